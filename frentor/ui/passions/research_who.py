"""Research · who: people already doing this passion; add a new one or link someone already in People."""

from __future__ import annotations

import streamlit as st

from frentor import research
from frentor.markdown import escape_markdown
from frentor.people import ROLES
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_research
from frentor.validation import NAME_LIMIT


def research_people(store: Store, passion_id: str, count: int) -> None:
    """`count`: how many people are linked in all (the table shows the first ones)."""
    st.caption(t("passions.who_help"))
    linked = load_research(store, passion_id)["people"]
    if linked.empty:
        st.caption(t("passions.who_empty"))
    else:
        shown = linked.assign(role=linked["role"].map(lambda r: t(f"role.{r}")))
        st.dataframe(
            shown[["name", "role", "organisation"]],
            hide_index=True,
            width="stretch",
            column_config={"name": t("field.name"), "role": t("field.role"), "organisation": t("field.organisation")},
        )
        if count > len(linked):
            st.caption(t("passions.who_more", shown=len(linked), count=count))
    add_person(store, passion_id)
    link_person(store, passion_id)


def add_person(store: Store, passion_id: str) -> None:
    with st.form("research_person_form", clear_on_submit=True):
        st.markdown(t("passions.who_add"))
        name_column, role_column = st.columns([2, 1])
        name = name_column.text_input(t("field.name"), key="research_person_name", max_chars=NAME_LIMIT)
        role = role_column.selectbox(
            t("field.role"),
            ROLES,
            index=ROLES.index("peer"),
            format_func=lambda r: t(f"role.{r}"),
            key="research_person_role",
        )
        if st.form_submit_button(t("passions.who_submit"), key="research_person_submit", icon=":material/person_add:"):
            act(
                lambda: research.add_person_for_passion(store, passion_id, name, role),
                success=t("passions.who_added", name=escape_markdown(name.strip())),
            )


def link_person(store: Store, passion_id: str) -> None:
    """Search People by name and link one of them to this passion."""
    search = st.text_input(t("passions.link_search"), key="research_link_search", max_chars=NAME_LIMIT)
    if not search.strip():
        return
    found = research.find_people_to_link(store, passion_id, search)
    if found.empty:
        st.caption(t("passions.link_none"))
        return
    names = dict(zip(found["id"], found["name"], strict=True))
    person_id = st.selectbox(
        t("passions.link_pick"), list(names), format_func=names.__getitem__, key="research_link_pick"
    )
    if st.button(t("passions.link_submit"), key="research_link_submit", icon=":material/link:"):
        act(
            lambda: research.link_person(store, passion_id, person_id),
            success=t("passions.linked", name=escape_markdown(names[person_id])),
        )
