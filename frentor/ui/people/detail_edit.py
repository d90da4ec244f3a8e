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


def edit_tab(store: Store, person_id: str) -> None:
    detail = data.detail(store, person_id)
    if detail is None:
        return
    with st.form(f"person_edit_form_{person_id}", border=False):
        edited = person_fields(f"person_edit_{person_id}", detail.person, data.choices(store))
        save = st.form_submit_button(t("ui.save"), key=f"person_edit_submit_{person_id}", type="primary")
    if save:
        act(
            lambda: people.update_person(store, person_id, edited),
            success=t("people.edit.saved", name=escape_markdown(edited.name.strip())),
        )
