"""SQL for ledger entries: insert with existence checks, filtered pages of entries, edits and deletes.

The ledger grows to millions of rows: inserts only look up the small tables (people, communities, kinds, passions)
by primary key, and listing pushes filters, ordering and the page limit into SQL. Every write here keeps the monthly
rollup (frentor/store/rollup.py) in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd

from frentor.store import follow_ups, rollup
from frentor.store.conditions import and_conditions
from frentor.store.workspace import Store

if TYPE_CHECKING:  # the domain defines the filters; it imports this module, so only for annotations
    from frentor.ledger import EntryQuery

# Columns an edit may change (identifiers from code only).
EDITABLE_COLUMNS: tuple[str, ...] = ("occurred_on", "direction", "kind_id", "points", "hours", "passion_id", "note")


def _exists(cur: duckdb.DuckDBPyConnection, table: str, workspace: str, row_id: str) -> bool:
    statements = {
        "people": "SELECT 1 FROM people WHERE workspace = ? AND id = ?",
        "communities": "SELECT 1 FROM communities WHERE workspace = ? AND id = ?",
        "passions": "SELECT 1 FROM passions WHERE workspace = ? AND id = ?",
    }
    return cur.execute(statements[table], [workspace, row_id]).fetchone() is not None


def lookup_refs(
    cur: duckdb.DuckDBPyConnection,
    workspace: str,
    *,
    person_id: str | None = None,
    community_id: str | None = None,
    passion_id: str | None = None,
) -> dict[str, bool]:
    """Which of the given references exist in the workspace (keys only for the ones asked)."""
    found: dict[str, bool] = {}
    if person_id is not None:
        found["person"] = _exists(cur, "people", workspace, person_id)
    if community_id is not None:
        found["community"] = _exists(cur, "communities", workspace, community_id)
    if passion_id is not None:
        found["passion"] = _exists(cur, "passions", workspace, passion_id)
    return found


def kind_default_points(cur: duckdb.DuckDBPyConnection, workspace: str, kind_id: str) -> Decimal | None:
    row = cur.execute(
        "SELECT default_points FROM value_kinds WHERE workspace = ? AND id = ?", [workspace, kind_id]
    ).fetchone()
    return None if row is None else row[0]


def insert_entry(cur: duckdb.DuckDBPyConnection, workspace: str, entry_id: str, values: dict[str, Any]) -> None:
    """Insert one entry and add it to the rollup; `settle_entry` after the commit keeps the rollup small."""
    cur.execute(
        "INSERT INTO ledger_entries (workspace, id, occurred_on, person_id, community_id, direction, kind_id, "
        "points, hours, passion_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            workspace,
            entry_id,
            values["occurred_on"],
            values["person_id"],
            values["community_id"],
            values["direction"],
            values["kind_id"],
            values["points"],
            values["hours"],
            values["passion_id"],
            values["note"],
        ],
    )
    rollup.append_entry(
        cur, workspace, values["occurred_on"], values["person_id"], values["direction"], values["points"]
    )


def settle_entry(store: Store, occurred_on: dt.date, person_id: str | None) -> None:
    """After an insert has committed: merge the rollup rows of its month and person once there are many."""
    with store.db.cursor() as cur:
        rows = rollup.group_rows(cur, store.workspace, occurred_on, person_id)
    if rows >= rollup.MERGE_AFTER:
        rollup.merge(store.write, store.workspace, occurred_on, person_id)


def _where(query: EntryQuery) -> tuple[str, list[Any]]:
    """WHERE clause from fixed fragments; every value is a parameter. The workspace comes first."""
    conditions, params = and_conditions(
        [
            ("e.occurred_on >= ?", query.start),
            ("e.occurred_on <= ?", query.end),
            ("e.person_id = ?", query.person_id),
            ("e.community_id = ?", query.community_id),
            ("list_contains(?, e.kind_id)", list(query.kind_ids) or None),
            ("e.direction = ?", query.direction),
            ("e.passion_id = ?", query.passion_id),
        ]
    )
    return "e.workspace = ?" + conditions, params


_PAGE_COLUMNS = (
    "e.workspace, e.id, e.occurred_on, e.person_id, e.community_id, e.direction, e.kind_id, e.points, e.hours, "
    "e.passion_id, e.note, e.created_at"
)
_PAGE_ORDER = "ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC"
# Names are joined from this workspace's rows of each table (a constant filter DuckDB applies while scanning), not
# matched on the page's workspace column: in a database shared by many workspaces that reads a fraction of them.
_PAGE_NAMES = (
    "SELECT page.id, page.occurred_on, page.person_id, page.community_id, "
    "       coalesce(p.name, c.name) AS counterpart, page.direction, page.kind_id, k.key AS kind_key, "
    "       k.name AS kind_name, page.points, page.hours, page.passion_id, s.title AS passion, page.note "
    "FROM page "
    "LEFT JOIN (SELECT id, name FROM people WHERE workspace = ?) p ON p.id = page.person_id "
    "LEFT JOIN (SELECT id, name FROM communities WHERE workspace = ?) c ON c.id = page.community_id "
    "LEFT JOIN (SELECT id, key, name FROM value_kinds WHERE workspace = ?) k ON k.id = page.kind_id "
    "LEFT JOIN (SELECT id, title FROM passions WHERE workspace = ?) s ON s.id = page.passion_id "
    "ORDER BY page.occurred_on DESC, page.created_at DESC, page.id DESC"
)


def count_entries(store: Store, query: EntryQuery) -> int:
    where, params = _where(query)
    if not params:  # no filter, every entry: the rollup's counts, not a pass over the ledger
        total = f"WITH {rollup.ROLLUP_CTE} SELECT coalesce(sum(entries), 0) FROM rollup"  # noqa: S608
        return int(store.read(total)[0][0])
    return int(store.read("SELECT count(*) FROM ledger_entries e WHERE " + where, params)[0][0])  # noqa: S608


def page_entries(store: Store, query: EntryQuery, limit: int, offset: int) -> pd.DataFrame:
    """Newest first: the page is cut in SQL before names are joined in, so it stays fast on a large ledger."""
    where, params = _where(query)
    inner = "SELECT " + _PAGE_COLUMNS + " FROM ledger_entries e WHERE " + where  # noqa: S608 (fragments from code)
    sql = "WITH page AS (" + inner + " " + _PAGE_ORDER + " LIMIT ? OFFSET ?) " + _PAGE_NAMES
    return store.read_df(sql, [*params, limit, offset, *[store.workspace] * 4])


def update_entry(cur: duckdb.DuckDBPyConnection, workspace: str, entry_id: str, values: dict[str, Any]) -> int:
    """Set the given EDITABLE_COLUMNS of one entry; returns the number of rows changed (0 or 1)."""
    columns = [c for c in EDITABLE_COLUMNS if c in values]
    if not columns:
        return 0
    before = cur.execute(
        "SELECT occurred_on, person_id FROM ledger_entries WHERE workspace = ? AND id = ?", [workspace, entry_id]
    ).fetchall()
    assignments = ", ".join(f"{c} = ?" for c in columns)  # identifiers from EDITABLE_COLUMNS only
    sql = (
        "UPDATE ledger_entries SET " + assignments + " WHERE workspace = ? AND id = ? "  # noqa: S608
        "RETURNING occurred_on, person_id"
    )
    after = cur.execute(sql, [*(values[c] for c in columns), workspace, entry_id]).fetchall()
    _recompute_for(cur, workspace, before + after)
    return len(after)


def _recompute_for(cur: duckdb.DuckDBPyConnection, workspace: str, keys: list[tuple]) -> None:
    """Make the rollup exact again for the months and people of entries changed or deleted: (occurred_on,
    person_id) rows, old and new values alike."""
    if keys:
        rollup.recompute(cur, workspace, months=[key[0] for key in keys], people=[key[1] for key in keys])


def delete_entries(store: Store, entry_ids: list[str]) -> int:
    if not entry_ids:
        return 0

    def work(cur: duckdb.DuckDBPyConnection) -> int:
        rows = cur.execute(
            "DELETE FROM ledger_entries WHERE workspace = ? AND list_contains(?, id) RETURNING occurred_on, person_id",
            [store.workspace, list(entry_ids)],
        ).fetchall()
        _recompute_for(cur, store.workspace, rows)
        follow_ups.forget_entries(cur, store.workspace, list(entry_ids))
        return len(rows)

    return store.write(work)
