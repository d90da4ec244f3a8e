"""Step 1 · brainstorm: many ideas at once, one per line, or one idea with a note."""

from __future__ import annotations

import streamlit as st

from frentor import passions
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act, act_in_callback, show_failure
from frentor.ui.i18n import t
from frentor.ui.passions.steps import go_to

TEXT = "passions_brainstorm_text"
SLOT = "passions_brainstorm"


def brainstorm_step(store: Store, *, first_time: bool) -> None:
    """The brainstorm box (bigger and primary while the list is empty) and the one-idea form."""
    with st.container(border=True):
        if first_time:  # the picker names the steps once there are ideas
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
                # A refused batch stays to be fixed, even after a look at another step (a form's text reaches
                # the server only when submitted, so unsubmitted typing is the browser's alone).
                persist_state="page",
            )
            st.form_submit_button(
                t("passions.brainstorm_submit"),
                key="passions_brainstorm_submit",
                icon=":material/playlist_add:",
                type="primary" if first_time else "secondary",
                on_click=capture_lines,
                args=(store,),
            )
        show_failure(SLOT)
        single_idea(store)


def capture_lines(store: Store) -> None:
    """The submit callback: a callback, because only before the text area is drawn may its text be cleared."""
    result = act_in_callback(
        SLOT,
        lambda: passions.brainstorm(store, st.session_state.get(TEXT, "")),
        success=lambda done: t(
            "passions.brainstorm_done", added=len(done.added), existing=len(done.already_there), repeated=done.repeated
        ),
    )
    if result is not None:
        st.session_state[TEXT] = ""  # a refused text stays, to be fixed
        go_to("score")


def single_idea(store: Store) -> None:
    with (
        st.expander(t("passions.single_title")),
        st.form("passions_single_form", clear_on_submit=False, border=False),
    ):
        title = st.text_input(
            t("field.passion_title"),
            key="passions_single_title",
            max_chars=passions.TITLE_LIMIT,
            persist_state="page",
        )
        note = st.text_area(
            t("field.notes"),
            key="passions_single_note",
            height=80,
            max_chars=passions.NOTES_LIMIT,
            persist_state="page",
        )
        if st.form_submit_button(t("passions.single_submit"), key="passions_single_submit"):
            act(
                lambda: passions.add_passion(store, title, note),
                success=t("passions.single_done", title=escape_markdown(title.strip())),
            )
