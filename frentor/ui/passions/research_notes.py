"""Research · hashtags and open questions of one passion, with free notes."""

from __future__ import annotations

import streamlit as st

from frentor import research
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_research

HASHTAGS, QUESTIONS, NOTES = "research_hashtags", "research_questions", "research_notes"
LOADED_FOR = "research_loaded_for"


def research_notes(store: Store, passion_id: str) -> None:
    st.caption(t("passions.notes_help"))
    passion = load_research(store, passion_id)["passion"]
    # Filled from the passion when another passion is picked, or when the fields were dropped (after a visit to
    # another page); a refused save stays to be fixed, even after a look at another step (persist_state).
    if st.session_state.get(LOADED_FOR) != passion_id or HASHTAGS not in st.session_state:
        st.session_state[HASHTAGS] = passion["hashtags"]
        st.session_state[QUESTIONS] = passion["open_questions"]
        st.session_state[NOTES] = passion["research_notes"]
        st.session_state[LOADED_FOR] = passion_id
    with st.form("research_notes_form", border=False):
        st.text_input(t("field.passion_hashtags"), key=HASHTAGS, placeholder="#创业 #design", persist_state="page")
        st.text_area(
            t("field.open_questions"),
            key=QUESTIONS,
            placeholder=t("passions.questions_placeholder"),
            max_chars=research.NOTES_LIMIT,
            persist_state="page",
        )
        st.text_area(t("field.research_notes"), key=NOTES, max_chars=research.NOTES_LIMIT, persist_state="page")
        submitted = st.form_submit_button(t("ui.save"), key="research_notes_submit", icon=":material/save:")
    if submitted:
        act(lambda: save_notes(store, passion_id), success=lambda tags: t("passions.notes_saved", count=len(tags)))
    if saved := passion["hashtags"]:
        st.markdown(" ".join(f"`{tag}`" for tag in saved.split()))


def save_notes(store: Store, passion_id: str) -> list[str]:
    tags = research.save_notes(
        store, passion_id, st.session_state[HASHTAGS], st.session_state[QUESTIONS], st.session_state[NOTES]
    )
    st.session_state.pop(LOADED_FOR, None)  # show the tags as saved (normalised) after the rerun
    return tags
