"""Find people: a search box and filters by role, stage, reach tier and passion."""

from __future__ import annotations

import streamlit as st

from frentor.people import ROLES, STAGES, TIERS, PeopleFilter
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.labels import role_label, stage_label, tier_label


def finder(store: Store) -> PeopleFilter:
    """The filters as chosen (widget keys people_search, people_filter_*, people_include_archived)."""
    passion_titles = data.choices(store).passions
    query = st.text_input(t("people.search"), key="people_search", icon=":material/search:")
    by_role, by_stage, by_tier, by_passion = st.columns(4)
    roles = by_role.multiselect(t("people.filter_role"), ROLES, format_func=role_label, key="people_filter_role")
    stages = by_stage.multiselect(t("people.filter_stage"), STAGES, format_func=stage_label, key="people_filter_stage")
    tiers = by_tier.multiselect(t("people.filter_tier"), TIERS, format_func=tier_label, key="people_filter_tier")
    passion_id = by_passion.selectbox(
        t("people.filter_passion"),
        list(passion_titles),
        index=None,
        format_func=lambda pid: passion_titles.get(pid, pid),
        placeholder=t("people.filter_any"),
        key="people_filter_passion",
    )
    include_archived = st.checkbox(t("people.include_archived"), key="people_include_archived")
    return PeopleFilter(query, tuple(roles), tuple(stages), tuple(tiers), passion_id, include_archived)
