"""Skills: what I love doing and am good at (what I can trade and volunteer) and what I want to learn."""

import streamlit as st

from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.skills.add_form import add_skill
from frentor.ui.skills.data import load_skills
from frentor.ui.skills.editors import refused_edits, save_pending_edits, skill_tables
from frentor.ui.skills.remove import remove_skills
from frentor.ui.widgets import page_header

with page("skills") as store:
    page_header("skills", "skills.purpose")

    refused = save_pending_edits(store)  # before anything reads the skills
    frame = load_skills(store)

    if frame.empty:  # a newcomer starts with the form, the tables only explain themselves
        st.info(t("skills.empty"), icon=":material/lightbulb:")
        add_skill(store)
    if refused:
        refused_edits()
    skill_tables(frame)
    if not frame.empty:
        add_skill(store)
        remove_skills(store)

    with st.container(border=True):
        st.caption(t("skills.next_help"))
        page_link("people", t("skills.go_people"))
