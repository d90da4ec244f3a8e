"""Step 1 · brainstorm: many ideas at once, one per line, or one idea with a note."""

from __future__ import annotations

import streamlit as st

from frentor import passions
from frentor.errors import FrentorError
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.errors import show_error
from frentor.ui.i18n import t
from frentor.ui.passions.flash import flash

TEXT = "passions_brainstorm_text"
_ERROR = "passions_brainstorm_error"


def brainstorm_step(store: Store, *, first_time: bool) -> None:
    """The brainstorm box (bigger and primary while the list is empty) and the one-idea form."""

    def capture_lines() -> None:
        try:
            result = passions.brainstorm(store, st.session_state.get(TEXT, ""))
        except FrentorError as exc:
            st.session_state[_ERROR] = exc
            return
        st.session_state[TEXT] = ""
        flash(
            t(
                "passions.brainstorm_done",
                added=len(result.added),
                existing=len(result.already_there),
                repeated=result.repeated,
            )
        )

    with st.container(border=True):
        st.subheader(t("passions.step_brainstorm"))
        st.caption(t("passions.brainstorm_help"))
        with st.expander(t("passions.prompts_title"), expanded=first_time):
            st.markdown(t("passions.prompts"))
        with st.form("passions_brainstorm_form", border=False):
            st.text_area(
                t("passions.brainstorm_label"),
                key=TEXT,
                placeholder=t("passions.brainstorm_placeholder"),
                height=160 if first_time else 100,
            )
            st.form_submit_button(
                t("passions.brainstorm_submit"),
                key="passions_brainstorm_submit",
                icon=":material/playlist_add:",
                type="primary" if first_time else "secondary",
                on_click=capture_lines,
            )
        if error := st.session_state.pop(_ERROR, None):
            show_error(error)
        single_idea(store)


def single_idea(store: Store) -> None:
    with (
        st.expander(t("passions.single_title")),
        st.form("passions_single_form", clear_on_submit=False, border=False),
    ):
        title = st.text_input(t("field.passion_title"), key="passions_single_title", max_chars=passions.TITLE_LIMIT)
        note = st.text_area(t("field.notes"), key="passions_single_note", height=80)
        if st.form_submit_button(t("passions.single_submit"), key="passions_single_submit"):
            try:
                passions.add_passion(store, title, note)
                flash(t("passions.single_done", title=escape_markdown(title.strip())))
                st.rerun()
            except FrentorError as exc:
                show_error(exc)
