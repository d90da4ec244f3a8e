"""Skills: what I love doing and am good at (what I can trade and volunteer) and what I want to learn."""

import streamlit as st

from frentor import skills
from frentor.errors import FrentorError
from frentor.ui.errors import show_error
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.widgets import page_header

with page("skills") as store:
    page_header("skills", "skills.purpose")

    ROUND = "skills_editor_round"
    st.session_state.setdefault(ROUND, 0)

    if message := st.session_state.pop("skills_flash", None):
        st.toast(message, icon=":material/check_circle:")

    def level_label(level: int | None) -> str:
        return t(f"skills.level.{level}") if level else t("skills.level.none")

    # Apply pending edits of either table before reading the data again.
    edit_error: FrentorError | None = None
    for side in skills.SIDES:
        key = f"skills_editor_{side}_{st.session_state[ROUND]}"
        pending = st.session_state.get(key)
        if not pending or not pending.get("edited_rows"):
            continue
        shown = skills.list_skills(store, side)
        changes, rows = {}, {}
        for position, edit in pending["edited_rows"].items():
            position = int(position)
            if 0 <= position < len(shown):
                changes[shown.iloc[position]["id"]] = dict(edit)
                rows[shown.iloc[position]["id"]] = position + 1
        try:
            saved = skills.update_skills(store, changes, rows)
            st.session_state[ROUND] += 1
            st.toast(t("skills.saved", count=saved), icon=":material/check_circle:")
        except FrentorError as exc:
            edit_error = exc

    frame = skills.list_skills(store)

    if frame.empty:
        st.info(t("skills.empty"), icon=":material/lightbulb:")

    # --- add ------------------------------------------------------------------------------------------------------
    def add_form() -> None:
        with st.container(border=True):
            st.subheader(t("skills.add_title"))
            st.caption(t("skills.add_help"))
            with st.form("skills_add_form", clear_on_submit=False, border=False):
                left, right = st.columns([3, 2])
                name = left.text_input(t("field.skill_name"), key="skills_add_name", max_chars=skills.SKILL_NAME_LIMIT)
                side = right.segmented_control(
                    t("field.skill_side"),
                    skills.SIDES,
                    default="offer",
                    required=True,
                    format_func=lambda s: t(f"side.{s}"),
                    key="skills_add_side",
                )
                left, right = st.columns([3, 2])
                notes = left.text_input(t("field.notes"), key="skills_add_notes")
                level = right.select_slider(
                    t("field.skill_level"),
                    options=[None, *skills.LEVELS],
                    value=None,
                    format_func=level_label,
                    key="skills_add_level",
                )
                if st.form_submit_button(
                    t("skills.add_submit"), key="skills_add_submit", type="primary", icon=":material/add:"
                ):
                    try:
                        skills.add_skill(store, name, side or "offer", level, notes)
                        st.session_state["skills_flash"] = t("skills.added")
                        st.rerun()
                    except FrentorError as exc:
                        show_error(exc)

    if frame.empty:
        add_form()

    if edit_error is not None:
        show_error(edit_error)
        if st.button(t("skills.discard_edits"), key="skills_discard_edits"):
            st.session_state[ROUND] += 1
            st.rerun()

    # --- my offers and my wants -------------------------------------------------------------------------------------
    for side, column in zip(skills.SIDES, st.columns(2), strict=True):
        part = frame[frame["side"] == side].reset_index(drop=True)
        with column, st.container(border=True):
            st.subheader(t(f"skills.{side}_title"))
            st.caption(t(f"skills.{side}_help"))
            if part.empty:
                st.caption(t(f"skills.{side}_empty"))
                continue
            st.data_editor(
                part,
                key=f"skills_editor_{side}_{st.session_state[ROUND]}",
                hide_index=True,
                num_rows="fixed",
                width="stretch",
                column_order=("name", "level", "notes"),
                column_config={
                    "name": st.column_config.TextColumn(
                        t("field.skill_name"), required=True, max_chars=skills.SKILL_NAME_LIMIT
                    ),
                    "level": st.column_config.NumberColumn(
                        t("field.skill_level"),
                        help=t("skills.level_help"),
                        min_value=1,
                        max_value=5,
                        step=1,
                        format="%d",
                    ),
                    "notes": st.column_config.TextColumn(t("field.notes")),
                },
            )

    if not frame.empty:
        add_form()

    # --- remove -----------------------------------------------------------------------------------------------------
    if not frame.empty:
        with st.expander(t("skills.remove_title"), icon=":material/delete:"):
            labels = {row.id: f"{t(f'side.{row.side}')} · {row.name}" for row in frame.itertuples()}
            chosen = st.multiselect(
                t("skills.remove_pick"), list(labels), format_func=labels.__getitem__, key="skills_remove_pick"
            )
            if chosen:
                st.warning(t("skills.remove_confirm", count=len(chosen)))
                if st.button(t("ui.confirm_delete"), key="skills_remove_confirm", type="primary"):
                    removed = skills.delete_skills(store, chosen)
                    st.session_state[ROUND] += 1
                    st.session_state.pop("skills_remove_pick", None)
                    st.session_state["skills_flash"] = t("skills.removed", count=removed)
                    st.rerun()

    with st.container(border=True):
        st.caption(t("skills.next_help"))
        page_link("people", t("skills.go_people"))
