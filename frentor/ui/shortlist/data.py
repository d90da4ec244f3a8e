"""Cached reads for the Shortlist screen."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import scoring
from frentor.people import count_people
from frentor.store import Store
from frentor.ui.caching import data_key


@st.cache_data(show_spinner=False, max_entries=64)
def _rank(_store, key, weights, roles, stages, limit, offset, today):
    return scoring.rank_people(
        _store, dict(weights), today=today, roles=list(roles), stages=list(stages), limit=limit, offset=offset
    )


def ranking(
    store: Store, weights: tuple, roles: tuple, stages: tuple, limit: int, offset: int, today: dt.date
) -> scoring.Ranking:
    return _rank(store, data_key(store), weights, roles, stages, limit, offset, today)


@st.cache_data(show_spinner=False, max_entries=16)
def _context(_store, key):
    return count_people(_store), scoring.focus_passion_count(_store), scoring.my_skill_counts(_store)


def context(store: Store) -> tuple[int, int, dict[str, int]]:
    return _context(store, data_key(store))
