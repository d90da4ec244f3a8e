"""Ledger: log acts of value, browse them with filters, fix or delete them, and manage the kinds of value."""

import math

import pandas as pd
import streamlit as st

from frentor import kinds as kind_service
from frentor import ledger
from frentor.errors import FrentorError
from frentor.ledger import EntryQuery
from frentor.ui import ledger_data
from frentor.ui.errors import show_error
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.quick_log import counterpart_picker, quick_log
from frentor.ui.widgets import page_header

with page("ledger") as store:
    PAGE_SIZE = ledger.PAGE_SIZE
    MAX_PAGES = 25  # deeper pages are slow to cut and never needed: narrow the filters instead
    EDITOR = "ledger_editor"

    page_header("ledger", "ledger.purpose")
    state = st.session_state
    # Option labels are computed now, in the session's language (format_func may be called outside the script run).
    DIRECTION_LABELS = {d: t(f"direction.{d}") for d in ledger.DIRECTIONS}
    USUAL_LABELS = {d: t(f"kinds.direction.{d}") for d in kind_service.USUAL_DIRECTIONS}

    def _flash(name: str) -> None:
        message = state.pop(name, None)
        if message:
            st.toast(message, icon=":material/check_circle:")

    def _error(name: str) -> None:
        error = state.pop(name, None)
        if error is not None:
            show_error(error)

    quick_log(store, key="ledger_quick")

    everything = ledger_data.entries(store, EntryQuery(), 1, 0)
    entries_tab, kinds_tab = st.tabs([t("ledger.tab.entries"), t("ledger.tab.kinds")])

    with entries_tab:
        if everything.total == 0:
            st.info(t("ledger.empty"), icon=":material/volunteer_activism:")
            page_link("people", t("ledger.empty_link"))
        else:
            # ---- filters --------------------------------------------------------------------------------------
            with st.expander(t("ledger.filters"), expanded=False, icon=":material/filter_list:"):
                left, right = st.columns(2)
                start = left.date_input(
                    t("ledger.filter.from"), value=None, key="ledger_filter_from", format="YYYY-MM-DD"
                )
                end = right.date_input(t("ledger.filter.to"), value=None, key="ledger_filter_to", format="YYYY-MM-DD")
                token = counterpart_picker(store, key="ledger_filter", label=t("ledger.filter.counterpart"))
                all_kinds = {k.id: k for k in ledger_data.kinds(store, include_archived=True)}
                kind_names = {kid: ledger_data.kind_label(k) for kid, k in all_kinds.items()}
                left, right = st.columns(2)
                kind_ids = left.multiselect(
                    t("field.kind"),
                    list(all_kinds),
                    format_func=lambda kid: kind_names.get(kid, kid),
                    key="ledger_filter_kinds",
                    placeholder=t("ledger.filter.any"),
                )
                direction = right.selectbox(
                    t("field.direction"),
                    list(ledger.DIRECTIONS),
                    index=None,
                    format_func=DIRECTION_LABELS.__getitem__,
                    key="ledger_filter_direction",
                    placeholder=t("ledger.filter.any"),
                )
                passion_titles = dict(ledger_data.passions(store))
                passion_id = st.selectbox(
                    t("field.passion"),
                    list(passion_titles),
                    index=None,
                    format_func=lambda pid: passion_titles.get(pid, pid),
                    key="ledger_filter_passion",
                    placeholder=t("ledger.filter.any"),
                )
            person_id, community_id = ledger.parse_token(token)
            query = EntryQuery(
                start=start,
                end=end,
                person_id=person_id,
                community_id=community_id,
                kind_ids=tuple(kind_ids),
                direction=direction,
                passion_id=passion_id,
            )
            total = ledger_data.entries(store, query, 1, 0).total
            pages = max(1, min(MAX_PAGES, math.ceil(total / PAGE_SIZE)))
            page_number = 1
            caption_column = st
            if state.get("ledger_page", 1) > pages:
                state["ledger_page"] = pages  # the filters changed: stay within the pages that exist
            if pages > 1:
                caption_column, page_column = st.columns([4, 1], vertical_alignment="bottom")
                page_number = int(
                    page_column.number_input(
                        t("ledger.page"), min_value=1, max_value=pages, value=1, step=1, key="ledger_page"
                    )
                )
            page = ledger_data.entries(store, query, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)
            shown_from = page.offset + 1 if len(page.rows) else 0
            caption_column.caption(
                t("ledger.showing", first=shown_from, last=page.offset + len(page.rows), total=f"{total:,}")
                + (" " + t("ledger.narrow") if total > MAX_PAGES * PAGE_SIZE else "")
            )

            if page.rows.empty:
                st.info(t("ledger.no_match"), icon=":material/search_off:")
            else:
                # ---- editable table ----------------------------------------------------------------------------
                rows = page.rows
                ids = rows["id"].tolist()
                table = pd.DataFrame(
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
                st.data_editor(
                    table,
                    key=EDITOR,
                    hide_index=True,
                    num_rows="fixed",
                    width="stretch",
                    disabled=["counterpart"],
                    column_order=[
                        "delete",
                        "occurred_on",
                        "counterpart",
                        "direction",
                        "kind_id",
                        "points",
                        "hours",
                        "passion_id",
                        "note",
                    ],
                    column_config={
                        "delete": st.column_config.CheckboxColumn(
                            t("ledger.col.select"), help=t("ledger.col.select_help"), width="small"
                        ),
                        "occurred_on": st.column_config.DateColumn(t("field.date"), format="YYYY-MM-DD", required=True),
                        "counterpart": st.column_config.TextColumn(t("field.counterpart")),
                        "direction": st.column_config.SelectboxColumn(
                            t("field.direction"),
                            options=list(ledger.DIRECTIONS),
                            format_func=DIRECTION_LABELS.__getitem__,
                            required=True,
                        ),
                        "kind_id": st.column_config.SelectboxColumn(
                            t("field.kind"),
                            options=list(all_kinds),
                            format_func=lambda kid: kind_names.get(kid, kid),
                            required=True,
                        ),
                        "points": st.column_config.NumberColumn(
                            t("field.points"), min_value=0, max_value=1_000_000, step=0.01, format="%.2f", required=True
                        ),
                        "hours": st.column_config.NumberColumn(
                            t("field.hours"), min_value=0, max_value=10_000, step=0.25, format="%.2f"
                        ),
                        "passion_id": st.column_config.SelectboxColumn(
                            t("field.passion"),
                            options=list(passion_titles),
                            format_func=lambda pid: passion_titles.get(pid, pid),
                        ),
                        "note": st.column_config.TextColumn(t("field.note"), max_chars=5000),
                    },
                )
                editor = state.get(EDITOR) or {}
                edited = {int(i): dict(v) for i, v in (editor.get("edited_rows") or {}).items()}
                changes = {
                    ids[i]: {col: val for col, val in cols.items() if col != "delete"}
                    for i, cols in edited.items()
                    if i < len(ids)
                }
                changes = {entry_id: cols for entry_id, cols in changes.items() if cols}
                selected = [ids[i] for i, cols in edited.items() if i < len(ids) and cols.get("delete")]

                def save_edits(changes=changes, ids=ids) -> None:
                    row_numbers = {entry_id: ids.index(entry_id) + 1 for entry_id in changes}
                    try:
                        count = ledger.update_entries(store, changes, rows=row_numbers)
                    except FrentorError as exc:
                        state["ledger_edit_error"] = exc
                        return
                    state["ledger_edit_flash"] = t("ledger.edits_saved", count=count)
                    state.pop(EDITOR, None)

                def discard_edits() -> None:
                    state.pop(EDITOR, None)
                    state.pop("ledger_confirm_delete", None)

                _error("ledger_edit_error")
                _flash("ledger_edit_flash")
                _flash("ledger_delete_flash")
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
                    on_click=lambda selected=selected: state.__setitem__("ledger_confirm_delete", list(selected)),
                    icon=":material/delete:",
                )
                right.button(
                    t("ledger.discard"),
                    key="ledger_discard",
                    disabled=not (changes or selected),
                    on_click=discard_edits,
                    icon=":material/undo:",
                )

                pending = state.get("ledger_confirm_delete")
                if pending:

                    def confirm_delete(pending=pending) -> None:
                        try:
                            count = ledger.delete_entries(store, pending)
                        except FrentorError as exc:
                            state["ledger_edit_error"] = exc
                            return
                        state["ledger_delete_flash"] = t("ledger.deleted", count=count)
                        state.pop("ledger_confirm_delete", None)
                        state.pop(EDITOR, None)

                    with st.container(border=True):
                        st.warning(t("ledger.confirm_delete", count=len(pending)), icon=":material/warning:")
                        yes, no = st.columns(2)
                        yes.button(
                            t("ui.confirm_delete"), key="ledger_delete_confirm", type="primary", on_click=confirm_delete
                        )
                        no.button(
                            t("ui.cancel"),
                            key="ledger_delete_cancel",
                            on_click=lambda: state.pop("ledger_confirm_delete", None),
                        )

    with kinds_tab:
        st.caption(t("kinds.intro"))
        every_kind = ledger_data.kinds(store, include_archived=True)
        usage = ledger_data.usage(store) if every_kind else {}
        if every_kind:
            kinds_table = pd.DataFrame(
                {
                    "id": [k.id for k in every_kind],
                    "name": [ledger_data.kind_label(k) for k in every_kind],
                    "builtin": [k.builtin for k in every_kind],
                    "default_points": [float(k.default_points) for k in every_kind],
                    "usual_direction": [k.usual_direction for k in every_kind],
                    "archived": [k.archived for k in every_kind],
                    "used": [usage.get(k.id, 0) for k in every_kind],
                }
            )
            st.data_editor(
                kinds_table,
                key="ledger_kinds_editor",
                hide_index=True,
                height=min(38 + 35 * len(kinds_table), 720),
                num_rows="fixed",
                width="stretch",
                disabled=["name", "builtin", "used"],
                column_order=["name", "default_points", "usual_direction", "archived", "used", "builtin"],
                column_config={
                    "name": st.column_config.TextColumn(t("field.kind")),
                    "builtin": st.column_config.CheckboxColumn(t("kinds.col.builtin")),
                    "default_points": st.column_config.NumberColumn(
                        t("field.default_points"), min_value=0, max_value=1000, step=0.5, format="%.2f", required=True
                    ),
                    "usual_direction": st.column_config.SelectboxColumn(
                        t("field.usual_direction"),
                        options=list(kind_service.USUAL_DIRECTIONS),
                        format_func=USUAL_LABELS.__getitem__,
                        required=True,
                    ),
                    "archived": st.column_config.CheckboxColumn(
                        t("kinds.col.archived"), help=t("kinds.col.archived_help")
                    ),
                    "used": st.column_config.NumberColumn(t("kinds.col.used"), format="%d"),
                },
            )
            kind_edits = {
                int(i): dict(v) for i, v in ((state.get("ledger_kinds_editor") or {}).get("edited_rows") or {}).items()
            }

            kind_ids = kinds_table["id"].tolist()

            def save_kinds(kind_edits=kind_edits, kind_ids=kind_ids) -> None:
                try:
                    for i, cols in kind_edits.items():
                        kind_service.update_kind(
                            store,
                            kind_ids[i],
                            default_points=cols.get("default_points"),
                            usual_direction=cols.get("usual_direction"),
                            archived=cols.get("archived"),
                        )
                except FrentorError as exc:
                    state["ledger_kinds_error"] = exc
                    return
                state["ledger_kinds_flash"] = t("kinds.saved")
                state.pop("ledger_kinds_editor", None)

            _error("ledger_kinds_error")
            _flash("ledger_kinds_flash")
            st.button(
                t("kinds.save"),
                key="ledger_kinds_save",
                type="primary",
                disabled=not kind_edits,
                on_click=save_kinds,
                icon=":material/save:",
            )

        st.subheader(t("kinds.add_title"))
        with st.form("ledger_kind_form", clear_on_submit=True, border=True):
            name = st.text_input(t("field.kind"), key="ledger_kind_name", max_chars=200)
            left, right = st.columns(2)
            points = left.number_input(
                t("field.default_points"),
                min_value=0.0,
                max_value=1000.0,
                value=2.0,
                step=0.5,
                key="ledger_kind_points",
            )
            usual = right.selectbox(
                t("field.usual_direction"),
                list(kind_service.USUAL_DIRECTIONS),
                index=2,
                format_func=USUAL_LABELS.__getitem__,
                key="ledger_kind_direction",
            )
            if st.form_submit_button(t("kinds.add"), key="ledger_kind_add", icon=":material/add:"):
                try:
                    kind_service.add_kind(store, name, points, usual)
                except FrentorError as exc:
                    show_error(exc)
                else:
                    state["ledger_kinds_flash"] = t("kinds.added", name=name.strip())
                    st.rerun()
