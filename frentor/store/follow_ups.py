"""SQL for report-back follow-ups ("thank you, part 2"): help received, and telling them later what came of it.

A follow-up points at the ledger entry of the help received and keeps a copy of its kind, date and note, so reading
follow-ups never touches the ledger. Deleting that entry deletes its follow-up; deleting the report back that closed
one opens it again (frentor.store.ledger.delete_entries). Later edits of the entry are not copied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import duckdb
import pandas as pd

from frentor.ids import new_id
from frentor.store.workspace import Store


def create_for_received(
    cur: duckdb.DuckDBPyConnection,
    workspace: str,
    entry_id: str,
    values: Mapping[str, Any],
    days_by_key: Mapping[str, int],
) -> str | None:
    """Inside the transaction that logs `entry_id` (help received from a person): open a follow-up when the entry's
    built-in kind has a report-back delay; due that many days after the help. Returns its id, or None."""
    row = cur.execute(
        "SELECT key FROM value_kinds WHERE workspace = ? AND id = ?", [workspace, values["kind_id"]]
    ).fetchone()
    if row is None or row[0] not in days_by_key:
        return None
    follow_up_id = new_id()
    due_on = values["occurred_on"] + dt.timedelta(days=int(days_by_key[row[0]]))
    cur.execute(
        "INSERT INTO follow_ups (workspace, id, person_id, entry_id, kind_id, received_on, note, due_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            workspace,
            follow_up_id,
            values["person_id"],
            entry_id,
            values["kind_id"],
            values["occurred_on"],
            values["note"],
            due_on,
        ],
    )
    return follow_up_id


def forget_entries(cur: duckdb.DuckDBPyConnection, workspace: str, entry_ids: list[str]) -> None:
    """Inside the transaction deleting ledger entries: their follow-ups go, and follow-ups they closed reopen."""
    cur.execute("DELETE FROM follow_ups WHERE workspace = ? AND list_contains(?, entry_id)", [workspace, entry_ids])
    cur.execute(
        "UPDATE follow_ups SET closed_on = NULL, closing_entry_id = NULL "
        "WHERE workspace = ? AND list_contains(?, closing_entry_id)",
        [workspace, entry_ids],
    )


# Archived people are out of view: their follow-ups are not listed (and come back if they are unarchived).
_FOLLOW_UPS = """
SELECT f.id, f.person_id, p.name AS person, p.role, f.entry_id, k.key AS kind_key, k.name AS kind_name,
       f.received_on, f.note, f.due_on, f.outcome, f.closed_on, f.closing_entry_id
FROM follow_ups f
JOIN people p ON p.workspace = f.workspace AND p.id = f.person_id AND NOT p.archived
LEFT JOIN value_kinds k ON k.workspace = f.workspace AND k.id = f.kind_id
WHERE f.workspace = ?
  AND (? OR f.closed_on IS NULL)
  AND (?::VARCHAR IS NULL OR f.person_id = ?)
  AND (?::DATE IS NULL OR f.due_on <= ?)
  AND (?::VARCHAR IS NULL OR f.id = ?)
ORDER BY f.closed_on NULLS FIRST, f.due_on, f.received_on, f.id
"""


def list_follow_ups(
    store: Store,
    *,
    person_id: str | None = None,
    due_by: dt.date | None = None,
    include_closed: bool = False,
    follow_up_id: str | None = None,
) -> pd.DataFrame:
    """Follow-ups (open ones first, soonest due first): id, person_id, person, role, entry_id, kind_key, kind_name,
    received_on, note, due_on, outcome, closed_on, closing_entry_id."""
    return store.read_df(
        _FOLLOW_UPS, [include_closed, person_id, person_id, due_by, due_by, follow_up_id, follow_up_id]
    )


def _update(store: Store, assignments: str, values: list[Any], follow_up_id: str, *, open_only: bool) -> bool:
    only_open = " AND closed_on IS NULL" if open_only else ""
    # `assignments` comes from this module's code, never from users; values are parameters.
    sql = "UPDATE follow_ups SET " + assignments + " WHERE workspace = ? AND id = ?" + only_open + " RETURNING id"  # noqa: S608
    return store.write_one(sql, [*values, store.workspace, follow_up_id])


def set_due(store: Store, follow_up_id: str, due_on: dt.date) -> bool:
    return _update(store, "due_on = ?", [due_on], follow_up_id, open_only=False)


def set_outcome(store: Store, follow_up_id: str, outcome: str) -> bool:
    return _update(store, "outcome = ?", [outcome], follow_up_id, open_only=False)


def dismiss(store: Store, follow_up_id: str, closed_on: dt.date) -> bool:
    """Close an open follow-up without a report (nothing to tell, or told outside Frentor)."""
    return _update(store, "closed_on = ?", [closed_on], follow_up_id, open_only=True)


def reopen(store: Store, follow_up_id: str) -> bool:
    return _update(store, "closed_on = NULL, closing_entry_id = NULL", [], follow_up_id, open_only=False)


def close_with_entry(
    cur: duckdb.DuckDBPyConnection,
    workspace: str,
    follow_up_id: str,
    person_id: str,
    closed_on: dt.date,
    closing_entry_id: str,
) -> bool:
    """Inside the transaction that logs the report back: close the person's open follow-up. False if it is not open
    (or not theirs)."""
    return bool(
        cur.execute(
            "UPDATE follow_ups SET closed_on = ?, closing_entry_id = ? "
            "WHERE workspace = ? AND id = ? AND person_id = ? AND closed_on IS NULL RETURNING id",
            [closed_on, closing_entry_id, workspace, follow_up_id, person_id],
        ).fetchall()
    )
