"""The entries table: edit cells in place, save or discard edits, tick rows to delete them (after a confirmation)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import ledger
from frentor.store import Store
from frentor.ui.actions import act_in_callback, show_failure
from frentor.ui.i18n import t
from frentor.ui.ledger import data
from frentor.ui.ledger.delete_confirm import ask_to_delete, delete_confirmation, forget_pending
from frentor.ui.ledger.labels import direction_labels, kind_label

EDITOR = "ledger_editor"
SLOT = "ledger_entries"  # where a failed save or delete is shown: above the buttons
COLUMNS = ["delete", "occurred_on", "counterpart", "direction", "kind_id", "points", "hours", "passion_id", "note"]


def entries_editor(store: Store, page: ledger.EntryPage) -> None:
    """One page of entries as an editable table (key ledger_editor) with Save, Delete and Discard below it."""
    ids = page.rows["id"].tolist()
    st.data_editor(
        _table(page.rows),
        key=EDITOR,
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        disabled=["counterpart"],
        column_order=COLUMNS,
        column_config=_column_config(store),
    )
    changes, selected = pending_edits(st.session_state.get(EDITOR) or {}, ids)

    def save_edits() -> None:
        row_numbers = {entry_id: ids.index(entry_id) + 1 for entry_id in changes}
        saved = act_in_callback(
            SLOT,
            lambda: ledger.update_entries(store, changes, rows=row_numbers),
            success=lambda count: t("ledger.edits_saved", count=count),
        )
        if saved is not None:
            st.session_state.pop(EDITOR, None)
            st.rerun()  # the whole app, not only this fragment: the kinds' usage counts change too

    def discard_edits() -> None:
        st.session_state.pop(EDITOR, None)
        forget_pending()

    show_failure(SLOT)
    left, middle, right = st.columns(3)
    left.button(
        t("ledger.save_edits", count=len(changes)),
        key="ledger_save_edits",
        type="primary",
        disabled=not changes,
        on_click=save_edits,
        icon=":material/save:",
    )
    middle.button(
        t("ledger.delete_selected", count=len(selected)),
        key="ledger_delete",
        disabled=not selected,
        on_click=ask_to_delete,
        args=(selected,),
        icon=":material/delete:",
    )
    right.button(
        t("ledger.discard"),
        key="ledger_discard",
        disabled=not (changes or selected),
        on_click=discard_edits,
        icon=":material/undo:",
    )
    delete_confirmation(store, editor_key=EDITOR, slot=SLOT)


def pending_edits(editor_state: dict, ids: list[str]) -> tuple[dict[str, dict], list[str]]:
    """From the table's edit state: ({entry id: {column: new value}}, [entry ids ticked for deletion])."""
    edited = {int(row): dict(columns) for row, columns in (editor_state.get("edited_rows") or {}).items()}
    edited = {row: columns for row, columns in edited.items() if row < len(ids)}
    changes = {
        ids[row]: {column: value for column, value in columns.items() if column != "delete"}
        for row, columns in edited.items()
    }
    changes = {entry_id: columns for entry_id, columns in changes.items() if columns}
    selected = [ids[row] for row, columns in edited.items() if columns.get("delete")]
    return changes, selected


def _table(rows: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "delete": False,
            "occurred_on": pd.to_datetime(rows["occurred_on"]).dt.date,
            "counterpart": rows["counterpart"].fillna(t("ledger.unknown_counterpart")),
            "direction": rows["direction"],
            "kind_id": rows["kind_id"],
            "points": rows["points"].astype(float),
            "hours": rows["hours"].astype(float),
            "passion_id": rows["passion_id"],
            "note": rows["note"],
        }
    )


def _column_config(store: Store) -> dict:
    directions = direction_labels()
    kind_names = {kind.id: kind_label(kind) for kind in data.kinds(store, include_archived=True)}
    passion_titles = dict(data.passions(store))
    return {
        "delete": st.column_config.CheckboxColumn(
            t("ledger.col.select"), help=t("ledger.col.select_help"), width="small"
        ),
        "occurred_on": st.column_config.DateColumn(t("field.date"), format="YYYY-MM-DD", required=True),
        "counterpart": st.column_config.TextColumn(t("field.counterpart")),
        "direction": st.column_config.SelectboxColumn(
            t("field.direction"),
            options=list(ledger.DIRECTIONS),
            format_func=directions.__getitem__,
            required=True,
        ),
        "kind_id": st.column_config.SelectboxColumn(
            t("field.kind"),
            options=list(kind_names),
            format_func=lambda kind_id: kind_names.get(kind_id, kind_id),
            required=True,
        ),
        "points": st.column_config.NumberColumn(
            t("field.points"), min_value=0, max_value=float(ledger.POINTS_MAX), step=0.01, format="%.2f", required=True
        ),
        "hours": st.column_config.NumberColumn(
            t("field.hours"), min_value=0, max_value=float(ledger.HOURS_MAX), step=0.25, format="%.2f"
        ),
        "passion_id": st.column_config.SelectboxColumn(
            t("field.passion"),
            options=list(passion_titles),
            format_func=lambda pid: passion_titles.get(pid, pid),
        ),
        "note": st.column_config.TextColumn(t("field.note"), max_chars=ledger.NOTE_LIMIT),
    }
