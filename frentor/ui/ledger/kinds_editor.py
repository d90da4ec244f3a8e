"""The kinds of value as a table: change a kind's default points or usual direction, archive or restore it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import kinds as kind_service
from frentor.store import Store
from frentor.ui.actions import act_in_callback, show_failure
from frentor.ui.errors import error_boundary
from frentor.ui.i18n import t
from frentor.ui.ledger import data
from frentor.ui.ledger.labels import kind_label, usual_direction_labels

EDITOR = "ledger_kinds_editor"
SLOT = "ledger_kinds"  # where a failed save is shown: above the Save button


@st.fragment
def kinds_editor(store: Store) -> None:
    """Every kind (archived too) with how often it was used; built-in names are translated and fixed. A fragment:
    editing cells reruns only the table."""
    with error_boundary():  # a fragment rerun is outside the page's error boundary
        _kinds_editor(store)


def _kinds_editor(store: Store) -> None:
    every_kind = data.kinds(store, include_archived=True)
    if not every_kind:
        return
    usage = data.usage(store)
    usual = usual_direction_labels()
    table = pd.DataFrame(
        {
            "id": [k.id for k in every_kind],
            "name": [kind_label(k) for k in every_kind],
            "builtin": [k.builtin for k in every_kind],
            "default_points": [float(k.default_points) for k in every_kind],
            "usual_direction": [k.usual_direction for k in every_kind],
            "archived": [k.archived for k in every_kind],
            "used": [usage.get(k.id, 0) for k in every_kind],
        }
    )
    st.data_editor(
        table,
        key=EDITOR,
        hide_index=True,
        height=min(38 + 35 * len(table), 720),
        num_rows="fixed",
        width="stretch",
        disabled=["name", "builtin", "used"],
        column_order=["name", "default_points", "usual_direction", "archived", "used", "builtin"],
        column_config={
            "name": st.column_config.TextColumn(t("field.kind")),
            "builtin": st.column_config.CheckboxColumn(t("kinds.col.builtin")),
            "default_points": st.column_config.NumberColumn(
                t("field.default_points"),
                min_value=0,
                max_value=float(kind_service.POINTS_MAX),
                step=0.5,
                format="%.2f",
                required=True,
            ),
            "usual_direction": st.column_config.SelectboxColumn(
                t("field.usual_direction"),
                options=list(kind_service.USUAL_DIRECTIONS),
                format_func=usual.__getitem__,
                required=True,
            ),
            "archived": st.column_config.CheckboxColumn(t("kinds.col.archived"), help=t("kinds.col.archived_help")),
            "used": st.column_config.NumberColumn(t("kinds.col.used"), format="%d"),
        },
    )
    kind_ids = table["id"].tolist()
    edits = {
        int(row): dict(columns)
        for row, columns in ((st.session_state.get(EDITOR) or {}).get("edited_rows") or {}).items()
    }

    def save_all() -> int:  # every edited row, or none of them
        changes = {kind_ids[row]: columns for row, columns in edits.items() if 0 <= row < len(kind_ids)}
        rows = {kind_ids[row]: row + 1 for row in edits if 0 <= row < len(kind_ids)}
        return kind_service.update_kinds(store, changes, rows)

    def save_kinds() -> None:
        if act_in_callback(SLOT, save_all, success=t("kinds.saved")) is not None:
            st.session_state.pop(EDITOR, None)
            st.rerun()  # the whole app, not only this fragment: the quick log offers the kinds with their points

    show_failure(SLOT)
    st.button(
        t("kinds.save"),
        key="ledger_kinds_save",
        type="primary",
        disabled=not edits,
        on_click=save_kinds,
        icon=":material/save:",
    )
