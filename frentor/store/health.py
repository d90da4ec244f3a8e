"""SQL for relationship health: one row per active person with their exchange statistics."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frentor.store.homework import all_done_sql
from frentor.store.rollup import ROLLUP_CTE, month_of, next_month
from frentor.store.workspace import Store

# One pass over the rollup (frentor/store/rollup.py) gives the all-time figures and the recent months after the one
# `recent_since` falls in; that month's days from `recent_since` on come from the ledger (a scan DuckDB narrows to
# that month's row groups, since entries are stored roughly in date order).
_PEOPLE_STATS = f"""
WITH {ROLLUP_CTE},
stats AS (
    SELECT e.person_id,
           max(e.last_on) AS last_exchange,
           sum(e.entries) AS exchanges,
           -- Giving means value: a 0-point entry (a message sent, frentor.messages) is contact, not a gift.
           sum(e.gave_count) AS gave_count,
           sum(e.received_count) AS received_count,
           sum(e.given) FILTER (WHERE e.month > ?) AS given_recent,
           sum(e.received) FILTER (WHERE e.month > ?) AS received_recent
    FROM rollup e
    WHERE e.person_id <> ''
    GROUP BY 1
),
partial AS (
    SELECT e.person_id,
           sum(CASE WHEN e.direction = 'gave' THEN e.points ELSE 0 END) AS given_recent,
           sum(CASE WHEN e.direction = 'received' THEN e.points ELSE 0 END) AS received_recent
    FROM ledger_entries e
    WHERE e.workspace = ? AND e.person_id IS NOT NULL AND e.occurred_on >= ? AND e.occurred_on < ?
    GROUP BY 1
)
SELECT p.id AS person_id, p.name, p.role, p.stage, p.reach_tier, p.keep_in_touch_days,
       {all_done_sql("p")} AS homework_done,
       s.last_exchange,
       coalesce(s.exchanges, 0)::INTEGER AS exchanges,
       coalesce(s.gave_count, 0)::INTEGER AS gave_count,
       coalesce(s.received_count, 0)::INTEGER AS received_count,
       (coalesce(s.given_recent, 0) + coalesce(q.given_recent, 0))::DOUBLE AS given_recent,
       (coalesce(s.received_recent, 0) + coalesce(q.received_recent, 0))::DOUBLE AS received_recent
FROM people p
LEFT JOIN stats s ON s.person_id = p.id
LEFT JOIN partial q ON q.person_id = p.id
WHERE p.workspace = ? AND NOT p.archived
"""  # noqa: S608 (constants and columns from code; values are parameters)


def people_stats(store: Store, recent_since: dt.date) -> pd.DataFrame:
    """Every non-archived person (in no particular order) with: last exchange (either direction), number of
    exchanges, how many I gave and received, and points given/received on or after `recent_since`."""
    month = month_of(recent_since)
    return store.read_df(
        _PEOPLE_STATS, [month, month, store.workspace, recent_since, next_month(month), store.workspace]
    )
