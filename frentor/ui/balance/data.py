"""Cached reads for Home and Balance, shared so both pages reuse one computation (e.g. relationship health).

Every cache is keyed by frentor.ui.caching.data_key: any committed write changes it, so nothing is ever stale.
Results are small (months, top-N people, counts): the 10,000-row health frame is cached once
and the pages read slices of it, which are cheap to unpickle on every rerun.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from frentor import balance, health, method_progress, nudges
from frentor.store import Store
from frentor.ui.caching import data_key
from frentor.ui.i18n import t

HEALTH_TABLE_ROWS = 100


# -- balance ------------------------------------------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=64)
def _first_entry(_store: Store, key: tuple, scope: balance.Scope) -> dt.date | None:
    return balance.first_entry_date(_store, scope)


def first_entry(store: Store, scope: balance.Scope = balance.NETWORK) -> dt.date | None:
    return _first_entry(store, data_key(store), scope)


@st.cache_data(show_spinner=False, max_entries=64)
def _monthly(_store: Store, key: tuple, scope: balance.Scope, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.monthly_balance(_store, scope, start, end)


def monthly(store: Store, scope: balance.Scope, start: dt.date, end: dt.date) -> pd.DataFrame:
    return _monthly(store, data_key(store), scope, start, end)


@st.cache_data(show_spinner=False, max_entries=16)
def _month_totals(_store: Store, key: tuple, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.month_totals(_store, balance.NETWORK, start, end)


def network_month_totals(store: Store, start: dt.date, end: dt.date) -> pd.DataFrame:
    return _month_totals(store, data_key(store), start, end)


@st.cache_data(show_spinner=False, max_entries=64)
def _lines(_store: Store, key: tuple, scope: balance.Scope, start: dt.date, end: dt.date, top: int) -> pd.DataFrame:
    return balance.people_lines(_store, scope, start, end, top)


def people_lines(store: Store, scope: balance.Scope, start: dt.date, end: dt.date, top: int) -> pd.DataFrame:
    return _lines(store, data_key(store), scope, start, end, top)


@st.cache_data(show_spinner=False, max_entries=64)
def _imbalances(_store: Store, key: tuple, scope: balance.Scope, start: dt.date, end: dt.date, mode: str, top: int):
    return balance.top_imbalances(_store, scope, start, end, mode, top)


def imbalances(store: Store, scope: balance.Scope, start: dt.date, end: dt.date, mode: str, top: int):
    return _imbalances(store, data_key(store), scope, start, end, mode, top)


@st.cache_data(show_spinner=False, max_entries=64)
def _activity(_store: Store, key: tuple, scope: balance.Scope, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.activity_by_weekday(_store, scope, start, end)


def activity(store: Store, scope: balance.Scope, start: dt.date, end: dt.date) -> pd.DataFrame:
    return _activity(store, data_key(store), scope, start, end)


@st.cache_data(show_spinner=False, max_entries=32)
def _learn_teach(_store: Store, key: tuple, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.learn_and_teach(_store, start, end)


def learn_teach(store: Store, start: dt.date, end: dt.date) -> pd.DataFrame:
    return _learn_teach(store, data_key(store), start, end)


@st.cache_data(show_spinner=False, max_entries=64)
def _people(_store: Store, key: tuple, search: str) -> pd.DataFrame:
    return balance.person_choices(_store, search)


def person_choices(store: Store, search: str) -> pd.DataFrame:
    return _people(store, data_key(store), search.strip())


@st.cache_data(show_spinner=False, max_entries=16)
def _passions(_store: Store, key: tuple) -> pd.DataFrame:
    return balance.passion_choices(_store)


def passion_choices(store: Store) -> pd.DataFrame:
    return _passions(store, data_key(store))


# -- health, nudges, method ---------------------------------------------------------------------------------------
@st.cache_data(show_spinner=False, max_entries=8)
def _health(_store: Store, key: tuple, today: dt.date) -> pd.DataFrame:
    return health.relationship_health(_store, today)


@st.cache_data(show_spinner=False, max_entries=16)
def _health_summary(_store: Store, key: tuple, today: dt.date) -> tuple[dict[str, int], int]:
    everyone = _health(_store, key, today)
    return health.label_counts(everyone), health.active_relationships(everyone)


def health_summary(store: Store, today: dt.date) -> tuple[dict[str, int], int]:
    """(people per health label, active relationships)."""
    return _health_summary(store, data_key(store), today)


@st.cache_data(show_spinner=False, max_entries=32)
def _health_rows(_store: Store, key: tuple, today: dt.date, label: str) -> pd.DataFrame:
    everyone = _health(_store, key, today)
    return everyone[everyone["label"] == label].head(HEALTH_TABLE_ROWS).reset_index(drop=True)


def health_rows(store: Store, today: dt.date, label: str) -> pd.DataFrame:
    """The HEALTH_TABLE_ROWS most urgent people with that label."""
    return _health_rows(store, data_key(store), today, label)


@st.cache_data(show_spinner=False, max_entries=64)
def _person_label(_store: Store, key: tuple, today: dt.date, person_id: str) -> str | None:
    everyone = _health(_store, key, today)
    row = everyone[everyone["person_id"] == person_id]
    return None if row.empty else str(row["label"].iloc[0])


def person_label(store: Store, today: dt.date, person_id: str) -> str | None:
    return _person_label(store, data_key(store), today, person_id)


@st.cache_data(show_spinner=False, max_entries=16)
def _nudges(_store: Store, key: tuple, today: dt.date) -> list[nudges.Nudge]:
    return nudges.today_nudges(_store, today, _health(_store, key, today))


def today_nudges(store: Store, today: dt.date) -> list[nudges.Nudge]:
    return _nudges(store, data_key(store), today)


@st.cache_data(show_spinner=False, max_entries=16)
def _steps(_store: Store, key: tuple, today: dt.date) -> list[method_progress.StepProgress]:
    return method_progress.method_progress(_store, _health(_store, key, today))


def method_steps(store: Store, today: dt.date) -> list[method_progress.StepProgress]:
    return _steps(store, data_key(store), today)


@st.cache_data(show_spinner=False, max_entries=16)
def _counts(_store: Store, key: tuple) -> dict[str, int]:
    return _store.counts()


def table_counts(store: Store) -> dict[str, int]:
    return _counts(store, data_key(store))


# -- text ---------------------------------------------------------------------------------------------------------
def points_text(value: float, signed: bool = False) -> str:
    """'1,234.5 pts' (or '+3 pts' with signed=True) in the current language."""
    number = f"{value:+,.2f}" if signed else f"{value:,.2f}"
    return t("balance.points", points=number.rstrip("0").rstrip("."))
