"""Cached reads for Home and Balance, shared so both pages reuse one computation (e.g. relationship health).

Each read lives until the next write (frentor.ui.caching.cached_read). Results are small (months, top-N people,
counts), except the relationship-health frame (one row per person, 10,000 at scale): it is computed once per data
version and day, and the pages read slices and counts of it, which are cheap to unpickle on every rerun.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frentor import balance, health, method_progress, nudges, picklists, report_back
from frentor.store import Store
from frentor.ui.caching import cached_read
from frentor.ui.i18n import t

HEALTH_TABLE_ROWS = 100


# -- balance ------------------------------------------------------------------------------------------------------
@cached_read(max_entries=64)
def first_entry(store: Store, scope: balance.Scope = balance.NETWORK) -> dt.date | None:
    return balance.first_entry_date(store, scope)


@cached_read(max_entries=64)
def monthly(store: Store, scope: balance.Scope, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.monthly_balance(store, scope, start, end)


@cached_read(max_entries=16)
def network_month_totals(store: Store, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.month_totals(store, balance.NETWORK, start, end)


@cached_read(max_entries=64)
def people_lines(store: Store, scope: balance.Scope, start: dt.date, end: dt.date, top: int) -> pd.DataFrame:
    return balance.people_lines(store, scope, start, end, top)


@cached_read(max_entries=64)
def imbalances(store: Store, scope: balance.Scope, start: dt.date, end: dt.date, mode: str, top: int) -> pd.DataFrame:
    return balance.top_imbalances(store, scope, start, end, mode, top)


@cached_read(max_entries=64)
def activity(store: Store, scope: balance.Scope, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.activity_by_weekday(store, scope, start, end)


@cached_read(max_entries=32)
def learn_teach(store: Store, start: dt.date, end: dt.date) -> pd.DataFrame:
    return balance.learn_and_teach(store, start, end)


@cached_read(max_entries=64)
def person_choices(store: Store, search: str) -> pd.DataFrame:
    """People matching `search` (strip it first: it is part of the cache key)."""
    return picklists.people(store, search)


@cached_read(max_entries=16)
def passion_choices(store: Store) -> pd.DataFrame:
    return picklists.passions(store)


# -- health, nudges, method ---------------------------------------------------------------------------------------
@cached_read(max_entries=8)
def health_frame(store: Store, today: dt.date) -> pd.DataFrame:
    """Every relationship's health, computed once: the reads below slice it instead of computing it again."""
    return health.relationship_health(store, today)


@cached_read(max_entries=16)
def health_summary(store: Store, today: dt.date) -> tuple[dict[str, int], int]:
    """(people per health label, active relationships)."""
    everyone = health_frame(store, today)
    return health.label_counts(everyone), health.active_relationships(everyone)


@cached_read(max_entries=32)
def health_rows(store: Store, today: dt.date, label: str) -> pd.DataFrame:
    """The HEALTH_TABLE_ROWS most urgent people with that label."""
    everyone = health_frame(store, today)
    return everyone[everyone["label"] == label].head(HEALTH_TABLE_ROWS).reset_index(drop=True)


@cached_read(max_entries=64)
def person_label(store: Store, today: dt.date, person_id: str) -> str | None:
    everyone = health_frame(store, today)
    row = everyone[everyone["person_id"] == person_id]
    return None if row.empty else str(row["label"].iloc[0])


@cached_read(max_entries=16)
def all_open_follow_ups(store: Store) -> list[report_back.FollowUp]:
    """Everyone's open report-back follow-ups, read once for Home's nudges and its This week section."""
    return report_back.open_follow_ups(store)


@cached_read(max_entries=16)
def today_nudges(store: Store, today: dt.date) -> list[nudges.Nudge]:
    return nudges.today_nudges(store, today, health_frame(store, today), open_follow_ups=all_open_follow_ups(store))


@cached_read(max_entries=16)
def method_steps(store: Store, today: dt.date) -> list[method_progress.StepProgress]:
    return method_progress.method_progress(store, health_frame(store, today))


# -- text ---------------------------------------------------------------------------------------------------------
def points_text(value: float, signed: bool = False) -> str:
    """'1,234.5 pts' (or '+3 pts' with signed=True) in the current language."""
    number = f"{value:+,.2f}" if signed else f"{value:,.2f}"
    return t("balance.points", points=number.rstrip("0").rstrip("."))
