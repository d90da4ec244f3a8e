"""The ledger's monthly rollup, table `ledger_months`: what Balance, Home, health and the People list read instead of
a million ledger rows.

What it holds: per workspace, month and person ('' for entries with a community only), the points given and
received, how many entries there were, how many were gifts (given, points > 0: a message sent is contact, not a
gift) and how many were received, and the first and last day with an entry. A (workspace, month, person) may
have several rows: readers sum the sums and counts and take the min / max of the days. The invariant, checked after
random sequences of every kind of write by tests/unit/test_rollup.py: those aggregates of the rollup equal
the same aggregates of the ledger.

How it is kept, always inside the transaction that changes the ledger (so it is all-or-nothing with it, and a kill
-9 leaves both or neither):
- new entries `append` rows. Appending never changes a row another session may be changing at the same moment, so
  sessions logging at once never conflict (tests/reliability/test_concurrency.py);
- edits and deletes `recompute` the (month, person) groups they touch from the ledger, since a minimum or a maximum
  cannot be taken back by adding a row; clear, restore and large imports recompute the workspace or its months.
`merge`, run after a commit and only when a group has many rows, folds them into one (a recompute of that group):
it changes no aggregate, so it may fail (a concurrent merge of the same group) without harm. That keeps the table
at about one row per (workspace, month, person): ~200,000 rows for a 1M-entry workspace, ~550 for a 1,000-entry one.

How to read it: start from `ROLLUP_CTE` (this workspace's rows), then aggregate. In a database shared by thousands
of workspaces, a workspace's rows are found by zone maps once the table is in workspace order (the migration fills
it so, and frentor/store/maintenance.py `recluster` puts every table back in that order). Nothing here is kept in the
process: every read and write goes to the database, so several app processes (or MotherDuck clients) see the same
rollup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import duckdb

from frentor.errors import StoreError
from frentor.store.conditions import and_conditions

# The first day of an entry's month (cheaper than date_trunc, see frentor/store/balance.py).
MONTH_OF = "(occurred_on - (day(occurred_on) - 1)::INTEGER)"

# A group with this many rows is merged into one after the write that reached it.
MERGE_AFTER = 16

_COLUMNS = "workspace, month, person_id, given, received, entries, gave_count, received_count, first_on, last_on"
_AGGREGATES = (
    "coalesce(sum(points) FILTER (WHERE direction = 'gave'), 0), "
    "coalesce(sum(points) FILTER (WHERE direction = 'received'), 0), "
    "count(*), count(*) FILTER (WHERE direction = 'gave' AND points > 0), "
    "count(*) FILTER (WHERE direction = 'received'), min(occurred_on), max(occurred_on)"
)

# This workspace's rollup rows; the first parameter is the workspace. Use as
# `WITH {ROLLUP_CTE}, ... SELECT ... FROM rollup e ...` (DuckDB inlines it, so later conditions reach the scan).
ROLLUP_CTE = (
    "rollup AS (SELECT month, person_id, given, received, entries, gave_count, received_count, first_on, last_on"
    " FROM ledger_months WHERE workspace = ?)"
)


def month_of(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, 1)


def next_month(month: dt.date) -> dt.date:
    return dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)


# -- keeping it -------------------------------------------------------------------------------------------------
def append_entry(
    cur: duckdb.DuckDBPyConnection, workspace: str, occurred_on: dt.date, person_id: str | None, direction: str, points
) -> None:
    """Add one new entry (already inserted in the ledger, in this transaction)."""
    gave = direction == "gave"
    points = Decimal(str(points))
    cur.execute(
        f"INSERT INTO ledger_months ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",  # noqa: S608 (constant)
        [
            workspace,
            month_of(occurred_on),
            person_id or "",
            points if gave else 0,
            0 if gave else points,
            int(gave and points > 0),
            int(not gave),
            occurred_on,
            occurred_on,
        ],
    )


def append_rows(cur: duckdb.DuckDBPyConnection, workspace: str, relation: str) -> None:
    """Add new entries held in `relation` (a table or view name from code with the ledger's occurred_on,
    person_id, direction and points; already inserted in the ledger, in this transaction), one row per group."""
    cur.execute(
        f"INSERT INTO ledger_months ({_COLUMNS}) "  # noqa: S608 (relation and columns from code)
        f"SELECT ?, {MONTH_OF}, coalesce(person_id, ''), {_AGGREGATES} FROM (SELECT occurred_on::DATE AS occurred_on,"
        f" person_id, direction, points FROM {relation}) GROUP BY 2, 3 ORDER BY 2, 3",  # in month order: zone maps
        [workspace],
    )


# Recomputing groups: the ledger's aggregate of this workspace, narrowed by recompute's conditions.
_RECOMPUTE = (
    f"INSERT INTO ledger_months ({_COLUMNS}) "  # noqa: S608 (constants)
    f"SELECT workspace, {MONTH_OF}, coalesce(person_id, ''), {_AGGREGATES} FROM ledger_entries WHERE workspace = ?"
)
_IN_MONTHS = f"list_contains(?, {MONTH_OF})"


def recompute(
    cur: duckdb.DuckDBPyConnection,
    workspace: str,
    *,
    months: Iterable[dt.date] | None = None,
    people: Iterable[str | None] | None = None,
) -> None:
    """Make the rollup of `months` x `people` (None: all of them) exact again, from the ledger as this transaction
    sees it. For edits, deletes and bulk changes; the groups may hold any rows before."""
    chosen_months = sorted({month_of(m) for m in months}) if months is not None else None
    chosen_people = sorted({person or "" for person in people}) if people is not None else None
    if chosen_months == [] or chosen_people == []:
        return
    first, after = (chosen_months[0], next_month(chosen_months[-1])) if chosen_months else (None, None)
    # The month bounds let DuckDB skip other months' row groups; the list picks the months between them.
    where_rollup, params = and_conditions(
        [
            ("month >= ?", first),
            ("month < ?", after),
            ("list_contains(?, month)", chosen_months),
            ("list_contains(?, person_id)", chosen_people),
        ]
    )
    where_ledger, _ = and_conditions(  # the same values in the same order: the same parameters
        [
            ("occurred_on >= ?", first),
            ("occurred_on < ?", after),
            (_IN_MONTHS, chosen_months),
            ("list_contains(?, coalesce(person_id, ''))", chosen_people),
        ]
    )
    delete = "DELETE FROM ledger_months WHERE workspace = ?" + where_rollup  # noqa: S608 (fragments from code)
    cur.execute(delete, [workspace, *params])
    cur.execute(_RECOMPUTE + where_ledger + " GROUP BY ALL", [workspace, *params])


def forget(cur: duckdb.DuckDBPyConnection, workspace: str) -> None:
    """Drop the workspace's rollup (its ledger is being emptied in this transaction)."""
    cur.execute("DELETE FROM ledger_months WHERE workspace = ?", [workspace])


def rebuild_all(cur: duckdb.DuckDBPyConnection) -> None:
    """The rollup of every workspace from scratch, in workspace order (for bulk loads that bypass the app's
    writes)."""
    cur.execute("DELETE FROM ledger_months")
    append_every_workspace(cur, "ledger_entries", order="workspace, month")


def append_every_workspace(cur: duckdb.DuckDBPyConnection, relation: str, order: str) -> None:
    """Add ledger-shaped rows of any workspaces held in `relation` (name from code; already in the ledger, in this
    transaction), one row per (workspace, month, person), inserted in `order` (SQL from code)."""
    cur.execute(
        f"INSERT INTO ledger_months ({_COLUMNS}) "  # noqa: S608 (relation and order from code)
        f"SELECT workspace, {MONTH_OF} AS month, coalesce(person_id, '') AS person_id, {_AGGREGATES} "
        f"FROM {relation} GROUP BY 1, 2, 3 ORDER BY {order}"
    )


def group_rows(cur: duckdb.DuckDBPyConnection, workspace: str, month: dt.date, person_id: str | None) -> int:
    """How many rows one (month, person) group has (merge it once it has MERGE_AFTER)."""
    return cur.execute(
        "SELECT count(*) FROM ledger_months WHERE workspace = ? AND month = ? AND person_id = ?",
        [workspace, month_of(month), person_id or ""],
    ).fetchone()[0]


def merge(write, workspace: str, month: dt.date, person_id: str | None) -> None:
    """Fold one group's rows into one if it has MERGE_AFTER or more, in a transaction of its own (`write` is
    Store.write). Changes no aggregate, so a conflict with a concurrent merge is ignored: the rows stay valid."""

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        if group_rows(cur, workspace, month, person_id) >= MERGE_AFTER:
            recompute(cur, workspace, months=[month], people=[person_id])

    try:
        write(work)
    except StoreError as exc:
        if exc.key != "error.db_conflict":
            raise
