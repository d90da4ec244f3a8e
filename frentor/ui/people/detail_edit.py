"""Detail tab "Edit": the person's fields, prefilled, saved together."""

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


def edit_tab(store: Store, person_id: str) -> None:
    detail = data.detail(store, person_id)
    if detail is None:
        return
    with st.form(f"person_edit_form_{person_id}", border=False):
        edited = person_fields(f"person_edit_{person_id}", detail.person, data.choices(store))
        save = st.form_submit_button(t("ui.save"), key=f"person_edit_submit_{person_id}", type="primary")
    if save:

        def update() -> None:
            people.update_person(store, person_id, edited)
            # Set the picker again: it would keep showing, and sending back, the old name, and lose the person.
            show_person(person_id)

        act(update, success=t("people.edit.saved", name=escape_markdown(edited.name.strip())))
