"""Add one skill: its name, the side (I offer it or want to learn it), a level and a note."""

from __future__ import annotations

import streamlit as st

from frentor import skills
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.skills.labels import level_label, side_label


def add_skill(store: Store) -> None:
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
                format_func=side_label,
                key="skills_add_side",
            )
            left, right = st.columns([3, 2])
            notes = left.text_input(t("field.notes"), key="skills_add_notes", max_chars=skills.SKILL_NOTES_LIMIT)
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
                act(lambda: skills.add_skill(store, name, side or "offer", level, notes), success=t("skills.added"))
