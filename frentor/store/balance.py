"""SQL for balances: monthly given/received/net, per-person lines, imbalances, activity and learn & teach.

Every query aggregates in DuckDB (GROUP BY month / person, window sums) and returns a small frame: a few dozen
months, or the top N people, never raw ledger rows. Everything counted by month reads the monthly rollup
(frentor/store/rollup.py: about a fifth of the ledger's rows in a 1M-entry workspace); only the weekday heatmap,
which needs days, reads the ledger.

Scope filters are assembled from the constant fragments below (never from user text); every value is a `?`
parameter. Building the filter per scope, instead of `(? IS NULL OR ...)`, lets DuckDB plan each query for what it
really filters on: the whole-network monthly totals run about twice as fast that way.

The first day of an entry's month is `occurred_on - (day(occurred_on) - 1)`: the same DATE as date_trunc('month')
gives, at half the cost on a million rows (measured 27 ms vs 53 ms); weeks likewise with isodow.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pandas as pd

from frentor.store.rollup import ROLLUP_CTE
from frentor.store.workspace import Store

if TYPE_CHECKING:  # the domain defines what a scope is; it imports this module, so only for annotations
    from frentor.balance import Scope


_PERSON = " AND e.person_id = ?"
_PEOPLE_OPEN = " AND e.person_id IN (SELECT p.id FROM people p WHERE p.workspace = ?"
_ROLE = " AND p.role = ?"
_STAGE = " AND p.stage = ?"
_PASSION = " AND p.id IN (SELECT pp.person_id FROM person_passions pp WHERE pp.workspace = ? AND pp.passion_id = ?)"
_PEOPLE_CLOSE = ")"
_SCOPE_MARK = "/*scope*/"


def _scope(scope: Scope, workspace: str) -> tuple[str, list]:
    """The WHERE fragment (on alias `e`) and its parameters for a scope."""
    sql = ""
    params: list = []
    if scope.person_id:
        sql += _PERSON
        params.append(scope.person_id)
    people = ""
    people_params: list = []
    if scope.role:
        people += _ROLE
        people_params.append(scope.role)
    if scope.stage:
        people += _STAGE
        people_params.append(scope.stage)
    if scope.passion_id:
        people += _PASSION
        people_params.extend([workspace, scope.passion_id])
    if people:
        sql += _PEOPLE_OPEN + people + _PEOPLE_CLOSE
        params.extend([workspace, *people_params])
    return sql, params


def _with_scope(template: str, scope: Scope, workspace: str) -> tuple[str, list]:
    fragment, params = _scope(scope, workspace)
    return template.replace(_SCOPE_MARK, fragment), params


def first_entry_date(store: Store, scope: Scope) -> dt.date | None:
    sql, params = _with_scope(
        f"WITH {ROLLUP_CTE} SELECT min(e.first_on) FROM rollup e WHERE true /*scope*/",  # noqa: S608 (constants; values are parameters)
        scope,
        store.workspace,
    )
    rows = store.read(sql, params)
    return rows[0][0] if rows and rows[0][0] is not None else None


_MONTHLY = f"""
WITH {ROLLUP_CTE},
monthly AS (
    SELECT e.month, sum(e.given) AS given, sum(e.received) AS received
    FROM rollup e
    WHERE e.month < ? /*scope*/
    GROUP BY 1
),
months AS (
    SELECT unnest(generate_series(?::DATE, ?::DATE, INTERVAL 1 MONTH))::DATE AS month
),
opening AS (
    SELECT coalesce(sum(given - received), 0) AS before FROM monthly WHERE month < ?
)
SELECT m.month,
       coalesce(x.given, 0)::DOUBLE AS given,
       coalesce(x.received, 0)::DOUBLE AS received,
       (coalesce(x.given, 0) - coalesce(x.received, 0))::DOUBLE AS change,
       sum(coalesce(x.given, 0) - coalesce(x.received, 0)) OVER (ORDER BY m.month)::DOUBLE AS cumulative,
       (o.before + sum(coalesce(x.given, 0) - coalesce(x.received, 0)) OVER (ORDER BY m.month))::DOUBLE
           AS historical
FROM months m
LEFT JOIN monthly x ON x.month = m.month
CROSS JOIN opening o
ORDER BY m.month
"""  # noqa: S608 (constants; values are parameters)


def monthly_balance(store: Store, scope: Scope, start_month: dt.date, end_month: dt.date) -> pd.DataFrame:
    """One row per month from start_month to end_month (first days of months, inclusive), gaps filled with 0:
    month, given, received, change, cumulative (since start_month), historical (since the first entry ever)."""
    sql, scope_params = _with_scope(_MONTHLY, scope, store.workspace)
    end_exclusive = _next_month(end_month)
    return store.read_df(sql, [end_exclusive, *scope_params, start_month, end_month, start_month])


_PEOPLE_LINES = f"""
WITH {ROLLUP_CTE},
top AS (
    SELECT e.person_id, sum(e.given + e.received) AS activity
    FROM rollup e
    WHERE e.person_id <> '' AND e.month >= ? AND e.month < ? /*scope*/
    GROUP BY 1
    ORDER BY activity DESC, e.person_id
    LIMIT ?
),
monthly AS (
    SELECT e.person_id, e.month, sum(e.given - e.received) AS change
    FROM rollup e
    JOIN top t ON t.person_id = e.person_id
    WHERE e.month < ?
    GROUP BY 1, 2
),
months AS (
    SELECT unnest(generate_series(?::DATE, ?::DATE, INTERVAL 1 MONTH))::DATE AS month
),
opening AS (
    SELECT t.person_id, coalesce(sum(x.change) FILTER (WHERE x.month < ?), 0) AS before
    FROM top t LEFT JOIN monthly x ON x.person_id = t.person_id
    GROUP BY 1
)
SELECT g.person_id, p.name, p.role, g.month, t.activity::DOUBLE AS activity,
       coalesce(x.change, 0)::DOUBLE AS change,
       sum(coalesce(x.change, 0)) OVER (PARTITION BY g.person_id ORDER BY g.month)::DOUBLE AS cumulative,
       (o.before + sum(coalesce(x.change, 0)) OVER (PARTITION BY g.person_id ORDER BY g.month))::DOUBLE
           AS historical
FROM (SELECT t.person_id, m.month FROM top t CROSS JOIN months m) g
JOIN top t ON t.person_id = g.person_id
JOIN opening o ON o.person_id = g.person_id
LEFT JOIN monthly x ON x.person_id = g.person_id AND x.month = g.month
LEFT JOIN people p ON p.workspace = ? AND p.id = g.person_id
ORDER BY t.activity DESC, g.person_id, g.month
"""  # noqa: S608 (constants; values are parameters)


def people_lines(store: Store, scope: Scope, start_month: dt.date, end_month: dt.date, limit: int) -> pd.DataFrame:
    """Monthly change/cumulative/historical balance of the `limit` most active people of the scope in the range."""
    sql, scope_params = _with_scope(_PEOPLE_LINES, scope, store.workspace)
    end_exclusive = _next_month(end_month)
    return store.read_df(
        sql,
        [
            start_month,
            end_exclusive,
            *scope_params,
            limit,
            end_exclusive,
            start_month,
            end_month,
            start_month,
            store.workspace,
        ],
    )


_IMBALANCES = f"""
WITH {ROLLUP_CTE},
per AS (
    SELECT e.person_id, sum(e.given) AS given, sum(e.received) AS received
    FROM rollup e
    WHERE e.person_id <> '' AND e.month >= ? AND e.month < ? /*scope*/
    GROUP BY 1
),
ranked AS (
    SELECT person_id, given, received, given - received AS balance,
           row_number() OVER (ORDER BY given - received DESC, person_id) AS rank_gave,
           row_number() OVER (ORDER BY given - received ASC, person_id) AS rank_received
    FROM per
)
SELECT r.person_id, p.name, p.role, r.given::DOUBLE AS given, r.received::DOUBLE AS received,
       r.balance::DOUBLE AS balance
FROM ranked r
LEFT JOIN people p ON p.workspace = ? AND p.id = r.person_id
WHERE (r.rank_gave <= ? AND r.balance > 0) OR (r.rank_received <= ? AND r.balance < 0)
ORDER BY r.balance DESC, r.person_id
"""  # noqa: S608 (constants; values are parameters)


def imbalances(store: Store, scope: Scope, since: dt.date, end_month: dt.date, limit: int) -> pd.DataFrame:
    """Up to `limit` people I gave most more than I received from, and `limit` the other way, from `since` (the
    first day of a month)."""
    sql, scope_params = _with_scope(_IMBALANCES, scope, store.workspace)
    return store.read_df(sql, [since, _next_month(end_month), *scope_params, store.workspace, limit, limit])


# Days are not in the rollup: the heatmap reads the ledger (the range's row groups only: entries are stored by date).
_ACTIVITY = """
SELECT (e.occurred_on - (isodow(e.occurred_on) - 1)::INTEGER) AS week,
       isodow(e.occurred_on)::INTEGER AS weekday,
       count(*)::INTEGER AS entries,
       sum(e.points)::DOUBLE AS points
FROM ledger_entries e
WHERE e.workspace = ? AND e.occurred_on >= ? AND e.occurred_on < ? /*scope*/
GROUP BY 1, 2
ORDER BY 1, 2
"""


def weekly_activity(store: Store, scope: Scope, start: dt.date, end_exclusive: dt.date) -> pd.DataFrame:
    """Number of entries (and points) per ISO week (Monday) and weekday (1 = Monday .. 7 = Sunday)."""
    sql, scope_params = _with_scope(_ACTIVITY, scope, store.workspace)
    return store.read_df(sql, [start, end_exclusive, *scope_params])


_LEARN_TEACH = f"""
WITH {ROLLUP_CTE},
monthly AS (
    SELECT e.month,
           sum(CASE WHEN p.role = 'mentor' THEN e.received ELSE 0 END) AS from_mentors,
           sum(CASE WHEN p.role = 'mentee' THEN e.given ELSE 0 END) AS to_mentees
    FROM rollup e
    JOIN people p ON p.id = e.person_id
    WHERE p.workspace = ? AND e.month >= ? AND e.month < ? AND p.role IN ('mentor', 'mentee')
    GROUP BY 1
),
months AS (
    SELECT unnest(generate_series(?::DATE, ?::DATE, INTERVAL 1 MONTH))::DATE AS month
)
SELECT m.month, coalesce(x.from_mentors, 0)::DOUBLE AS from_mentors, coalesce(x.to_mentees, 0)::DOUBLE AS to_mentees
FROM months m LEFT JOIN monthly x ON x.month = m.month
ORDER BY m.month
"""  # noqa: S608 (constants; values are parameters)


def learn_and_teach(store: Store, start_month: dt.date, end_month: dt.date) -> pd.DataFrame:
    """Per month of the range: points received from mentors and points given to mentees (whole network)."""
    return store.read_df(_LEARN_TEACH, [store.workspace, start_month, _next_month(end_month), start_month, end_month])


def _next_month(month: dt.date) -> dt.date:
    return dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)


_TOTALS = f"""
WITH {ROLLUP_CTE},
monthly AS (
    SELECT e.month, sum(e.given) AS given, sum(e.received) AS received
    FROM rollup e
    WHERE e.month >= ? AND e.month < ? /*scope*/
    GROUP BY 1
),
months AS (
    SELECT unnest(generate_series(?::DATE, ?::DATE, INTERVAL 1 MONTH))::DATE AS month
)
SELECT m.month, coalesce(x.given, 0)::DOUBLE AS given, coalesce(x.received, 0)::DOUBLE AS received
FROM months m LEFT JOIN monthly x ON x.month = m.month
ORDER BY m.month
"""  # noqa: S608 (constants; values are parameters)


def month_totals(store: Store, scope: Scope, start_month: dt.date, end_month: dt.date) -> pd.DataFrame:
    """Given and received per month of the range only (no opening balance: reads just the range's entries)."""
    sql, scope_params = _with_scope(_TOTALS, scope, store.workspace)
    return store.read_df(sql, [start_month, _next_month(end_month), *scope_params, start_month, end_month])
