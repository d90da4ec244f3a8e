"""Add a person: the form in an expander, open while nobody is there yet."""

from __future__ import annotations

import streamlit as st

from frentor import people
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.form import person_fields
from frentor.ui.people.picker import show_person


def add_person_section(store: Store, *, first: bool) -> None:
    """`first`: nobody is there yet. A new person opens in the detail view right away."""
    with st.expander(t("people.add"), expanded=first, icon=":material/person_add:"):
        with st.form("people_add_form", clear_on_submit=True, border=False):
            new_person = person_fields("people_add", None, data.choices(store))
            submitted = st.form_submit_button(t("people.add_submit"), key="people_add_submit", type="primary")
        if submitted:

            def add_and_open() -> str:
                new_id = people.add_person(store, new_person)
                show_person(new_id)
                return new_id

            act(add_and_open, success=t("people.added", name=escape_markdown(new_person.name.strip())))
