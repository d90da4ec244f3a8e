"""Research · events and communities of one passion, where its people meet."""

from __future__ import annotations

import streamlit as st

from frentor import communities
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_research
from frentor.validation import NAME_LIMIT


def kind_label(kind: str) -> str:
    return t(f"communities.kind.{kind}")


def research_places(store: Store, passion_id: str) -> None:
    st.caption(t("passions.places_help"))
    places = load_research(store, passion_id)["places"]
    if places.empty:
        st.caption(t("passions.places_empty"))
    else:
        st.dataframe(
            places.assign(kind=places["kind"].map(kind_label))[["name", "kind", "starts_on", "url"]],
            hide_index=True,
            width="stretch",
            column_config={
                "name": t("field.community_name"),
                "kind": t("field.community_kind"),
                "starts_on": st.column_config.DateColumn(t("field.starts_on"), format="YYYY-MM-DD"),
                "url": st.column_config.LinkColumn(t("field.url")),
            },
        )
    add_place(store, passion_id)


def add_place(store: Store, passion_id: str) -> None:
    with st.form("research_community_form", clear_on_submit=True):
        name = st.text_input(t("field.community_name"), key="research_community_name", max_chars=NAME_LIMIT)
        kind = st.selectbox(
            t("field.community_kind"), communities.KINDS, format_func=kind_label, key="research_community_kind"
        )
        url = st.text_input(t("field.url"), key="research_community_url", placeholder="https://")
        starts_on = st.date_input(t("field.starts_on"), value=None, key="research_community_date")
        if st.form_submit_button(t("passions.places_submit"), key="research_community_submit", icon=":material/event:"):
            act(
                lambda: communities.add_community(
                    store, name, kind=kind, url=url, starts_on=starts_on, passion_id=passion_id
                ),
                success=t("passions.places_added", name=escape_markdown(name.strip())),
            )
