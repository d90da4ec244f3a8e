"""Relationship balance: points I gave minus points I received, by month, in three modes.

Modes (borrowed from hledger's three balance views):
- change: the net of each month on its own;
- cumulative: the running total since the start of the chosen range (the range starts at 0);
- historical: the running total since the very first entry, so what came before the range is included.

Scopes: one person, a set of people (by role, stage and/or passion), or the whole network (communities included).
Everything is aggregated in SQL (frentor.store.balance); results are small frames of months or top-N people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.store import balance as balance_queries
from frentor.validation import clean_choice, collect

MODES = ("change", "cumulative", "historical")
RANGE_PRESETS = ("3m", "6m", "12m", "24m", "all", "custom")
_PRESET_MONTHS = {"3m": 3, "6m": 6, "12m": 12, "24m": 24}
MAX_MONTHS = 240  # 20 years: the longest range one chart shows month by month
HEATMAP_WEEKS = 53
# People in the "most active" lines and on each side of the imbalances: TOP_PEOPLE unless the user picks another
# number between TOP_PEOPLE_MIN and TOP_PEOPLE_MAX.
TOP_PEOPLE = 5
TOP_PEOPLE_MIN = 3
TOP_PEOPLE_MAX = 10


@dataclass(frozen=True)
class Scope:
    """Whose entries count. All None: the whole network. person_id: one person. Otherwise people matching all of
    role, stage and passion that are set."""

    person_id: str | None = None
    role: str | None = None
    stage: str | None = None
    passion_id: str | None = None

    def validated(self) -> Scope:
        """This scope, once its role and stage are known ones (ValidationError otherwise)."""
        checks = []
        if self.role is not None:
            checks.append(lambda: clean_choice(self.role, "field.role", ROLES))
        if self.stage is not None:
            checks.append(lambda: clean_choice(self.stage, "field.stage", STAGES))
        collect(*checks)
        return self


NETWORK = Scope()


# -- months -------------------------------------------------------------------------------------------------------
def month_start(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, 1)


def add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + (month.month - 1) + count
    return dt.date(index // 12, index % 12 + 1, 1)


def months_between(start_month: dt.date, end_month: dt.date) -> int:
    """Number of months from start to end, both included (1 when they are the same month)."""
    return (end_month.year - start_month.year) * 12 + end_month.month - start_month.month + 1


def resolve_range(
    preset: str,
    today: dt.date,
    first_entry: dt.date | None = None,
    custom: tuple[dt.date, dt.date] | None = None,
) -> tuple[dt.date, dt.date]:
    """(start_month, end_month), both first days of months, inclusive. '12m' means the 12 months ending with
    today's month; 'all' starts at the month of the first entry; 'custom' takes the months of two dates."""
    end = month_start(today)
    if preset in _PRESET_MONTHS:
        return add_months(end, -(_PRESET_MONTHS[preset] - 1)), end
    if preset == "all":
        start = month_start(first_entry) if first_entry else end
        return min(start, end), end
    if preset == "custom" and custom:
        low, high = sorted(custom)
        start, stop = month_start(low), month_start(high)
        if months_between(start, stop) > MAX_MONTHS:
            start = add_months(stop, -(MAX_MONTHS - 1))
        return start, stop
    clean_choice(preset, "field.range", RANGE_PRESETS)  # raises for unknown presets
    return add_months(end, -11), end


def _checked(start_month: dt.date, end_month: dt.date) -> tuple[dt.date, dt.date]:
    start, end = month_start(start_month), month_start(end_month)
    if start > end:
        start, end = end, start
    if months_between(start, end) > MAX_MONTHS:
        start = add_months(end, -(MAX_MONTHS - 1))
    return start, end


# -- queries ------------------------------------------------------------------------------------------------------
def first_entry_date(store: Store, scope: Scope = NETWORK) -> dt.date | None:
    return balance_queries.first_entry_date(store, scope.validated())


def monthly_balance(store: Store, scope: Scope, start_month: dt.date, end_month: dt.date) -> pd.DataFrame:
    """One row per month of the range (gaps filled with zeros): month, given, received, change, cumulative,
    historical. change = given - received in that month."""
    start, end = _checked(start_month, end_month)
    frame = balance_queries.monthly_balance(store, scope.validated(), start, end)
    frame["month"] = pd.to_datetime(frame["month"])
    return frame


def month_totals(store: Store, scope: Scope, start_month: dt.date, end_month: dt.date) -> pd.DataFrame:
    """Given and received per month of the range (gaps as zeros): month, given, received. Cheaper than
    monthly_balance when no running total is needed, since only the range's entries are read."""
    start, end = _checked(start_month, end_month)
    frame = balance_queries.month_totals(store, scope.validated(), start, end)
    frame["month"] = pd.to_datetime(frame["month"])
    return frame


def people_lines(
    store: Store, scope: Scope, start_month: dt.date, end_month: dt.date, limit: int = TOP_PEOPLE
) -> pd.DataFrame:
    """The `limit` most active people of the scope in the range (by points exchanged), one row per person and
    month: person_id, name, role, month, activity, change, cumulative, historical."""
    start, end = _checked(start_month, end_month)
    limit = max(1, min(int(limit), 20))
    frame = balance_queries.people_lines(store, scope.validated(), start, end, limit)
    frame["month"] = pd.to_datetime(frame["month"])
    return frame


def top_imbalances(
    store: Store, scope: Scope, start_month: dt.date, end_month: dt.date, mode: str, limit: int = TOP_PEOPLE
) -> pd.DataFrame:
    """Up to `limit` people with the largest positive balance (I gave more) and `limit` with the most negative
    (I received more). In 'historical' mode the balance counts every entry up to the end of the range; otherwise
    only the range. Columns: person_id, name, role, given, received, balance (sorted high to low)."""
    clean_choice(mode, "field.mode", MODES)
    start, end = _checked(start_month, end_month)
    since = dt.date(1, 1, 1) if mode == "historical" else start
    limit = max(1, min(int(limit), 20))
    return balance_queries.imbalances(store, scope.validated(), since, end, limit)


def activity_by_weekday(store: Store, scope: Scope, start_month: dt.date, end_month: dt.date) -> pd.DataFrame:
    """Entries per week (rows: Monday of each week) and weekday (columns 1..7, Monday first) over the last
    HEATMAP_WEEKS weeks of the range; every week of that span is present, empty ones as zeros."""
    start, end = _checked(start_month, end_month)
    end_exclusive = add_months(end, 1)
    last_day = end_exclusive - dt.timedelta(days=1)
    last_monday = last_day - dt.timedelta(days=last_day.weekday())
    first_monday = max(start - dt.timedelta(days=start.weekday()), last_monday - dt.timedelta(weeks=HEATMAP_WEEKS - 1))
    counts = balance_queries.weekly_activity(store, scope.validated(), max(start, first_monday), end_exclusive)
    weeks = pd.date_range(pd.Timestamp(first_monday), pd.Timestamp(last_monday), freq="7D")
    grid = pd.DataFrame(0, index=weeks, columns=range(1, 8), dtype="int64")
    if not counts.empty:
        pivot = counts.pivot_table(index="week", columns="weekday", values="entries", aggfunc="sum", fill_value=0)
        pivot.index = pd.to_datetime(pivot.index)
        grid = grid.add(pivot.reindex(index=weeks, columns=range(1, 8), fill_value=0), fill_value=0).astype("int64")
    grid.index.name = "week"
    return grid


def learn_and_teach(store: Store, start_month: dt.date, end_month: dt.date) -> pd.DataFrame:
    """Per month of the range, across the whole network: from_mentors (points I received from mentors) and
    to_mentees (points I gave to mentees)."""
    start, end = _checked(start_month, end_month)
    frame = balance_queries.learn_and_teach(store, start, end)
    frame["month"] = pd.to_datetime(frame["month"])
    return frame


# -- summaries ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RangeSummary:
    given: float
    received: float
    net: float  # given - received within the range
    balance_to_date: float  # historical balance at the end of the range


def summarise(monthly: pd.DataFrame) -> RangeSummary:
    if monthly.empty:
        return RangeSummary(0.0, 0.0, 0.0, 0.0)
    given = round(float(monthly["given"].sum()), 2)
    received = round(float(monthly["received"].sum()), 2)
    return RangeSummary(
        given=given,
        received=received,
        net=round(given - received, 2),
        balance_to_date=round(float(monthly["historical"].iloc[-1]), 2),
    )
