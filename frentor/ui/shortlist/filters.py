"""Which people and which page: role filter, page size, paused people, page number."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import scoring
from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.shortlist import data
from frentor.ui.widgets import page_number


def ranked_page(store: Store, weights: dict[str, int], today: dt.date) -> scoring.Ranking:
    """The chosen page of the ranking (keys shortlist_roles, shortlist_size, shortlist_include_paused,
    shortlist_page)."""
    role_column, size_column, page_column = st.columns([2, 1, 1])
    roles = role_column.multiselect(
        t("shortlist.filter_role"), ROLES, format_func=lambda r: t(f"role.{r}"), key="shortlist_roles"
    )
    size = size_column.selectbox(t("shortlist.size"), scoring.PAGE_SIZES, key="shortlist_size")
    include_paused = st.checkbox(t("shortlist.include_paused"), key="shortlist_include_paused")
    stages = tuple(s for s in STAGES if include_paused or s != "paused")
    weights_key = tuple(sorted(weights.items()))
    total = data.ranking(store, weights_key, tuple(roles), stages, 1, 0, today).total
    with page_column:
        number = page_number(t("shortlist.page"), total, size, key="shortlist_page", hide_single=False)
    return data.ranking(store, weights_key, tuple(roles), stages, size, (number - 1) * size, today)
