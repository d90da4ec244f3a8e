"""SQL for ledger entries: insert with existence checks, filtered pages of entries, edits and deletes.

The ledger grows to millions of rows and has no index: inserts only look up the small tables (people, communities,
kinds, passions) by primary key, and listing pushes filters, ordering and the page limit into SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd

from frentor.store import follow_ups
from frentor.store.workspace import Store

# Columns an edit may change (identifiers from code only).
EDITABLE_COLUMNS: tuple[str, ...] = ("occurred_on", "direction", "kind_id", "points", "hours", "passion_id", "note")


# How many of the newest entries decide who counts as a "recent" counterpart.
RECENT_WINDOW = 2000


@dataclass(frozen=True)
class EntryQuery:
    """Filters for listing entries; None means 'any'."""

    start: dt.date | None = None
    end: dt.date | None = None
    person_id: str | None = None
    community_id: str | None = None
    kind_ids: tuple[str, ...] = ()
    direction: str | None = None
    passion_id: str | None = None


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


def refs_check(store: Store, person_id: str | None, community_id: str | None, passion_id: str | None):
    """Existence of references, outside a transaction (for the UI's pre-save checks)."""
    with store.db.cursor() as cur:
        return lookup_refs(cur, store.workspace, person_id=person_id, community_id=community_id, passion_id=passion_id)


def _where(query: EntryQuery) -> tuple[str, list[Any]]:
    """WHERE clause from fixed fragments; every value is a parameter. The workspace comes first."""
    clauses = ["e.workspace = ?"]
    params: list[Any] = []
    if query.start is not None:
        clauses.append("e.occurred_on >= ?")
        params.append(query.start)
    if query.end is not None:
        clauses.append("e.occurred_on <= ?")
        params.append(query.end)
    if query.person_id is not None:
        clauses.append("e.person_id = ?")
        params.append(query.person_id)
    if query.community_id is not None:
        clauses.append("e.community_id = ?")
        params.append(query.community_id)
    if query.kind_ids:
        clauses.append("list_contains(?, e.kind_id)")
        params.append(list(query.kind_ids))
    if query.direction is not None:
        clauses.append("e.direction = ?")
        params.append(query.direction)
    if query.passion_id is not None:
        clauses.append("e.passion_id = ?")
        params.append(query.passion_id)
    return " AND ".join(clauses), params


_PAGE_COLUMNS = (
    "e.workspace, e.id, e.occurred_on, e.person_id, e.community_id, e.direction, e.kind_id, e.points, e.hours, "
    "e.passion_id, e.note, e.created_at"
)
_PAGE_ORDER = "ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC"
_PAGE_NAMES = (
    "SELECT page.id, page.occurred_on, page.person_id, page.community_id, "
    "       coalesce(p.name, c.name) AS counterpart, page.direction, page.kind_id, k.key AS kind_key, "
    "       k.name AS kind_name, page.points, page.hours, page.passion_id, s.title AS passion, page.note "
    "FROM page "
    "LEFT JOIN people p ON p.workspace = page.workspace AND p.id = page.person_id "
    "LEFT JOIN communities c ON c.workspace = page.workspace AND c.id = page.community_id "
    "LEFT JOIN value_kinds k ON k.workspace = page.workspace AND k.id = page.kind_id "
    "LEFT JOIN passions s ON s.workspace = page.workspace AND s.id = page.passion_id "
    "ORDER BY page.occurred_on DESC, page.created_at DESC, page.id DESC"
)


def count_entries(store: Store, query: EntryQuery) -> int:
    where, params = _where(query)
    return int(store.read("SELECT count(*) FROM ledger_entries e WHERE " + where, params)[0][0])  # noqa: S608


def page_entries(store: Store, query: EntryQuery, limit: int, offset: int) -> pd.DataFrame:
    """Newest first: the page is cut in SQL before names are joined in, so it stays fast on a large ledger."""
    where, params = _where(query)
    inner = "SELECT " + _PAGE_COLUMNS + " FROM ledger_entries e WHERE " + where  # noqa: S608 (fragments from code)
    sql = "WITH page AS (" + inner + " " + _PAGE_ORDER + " LIMIT ? OFFSET ?) " + _PAGE_NAMES
    return store.read_df(sql, [*params, limit, offset])


def get_entry(store: Store, entry_id: str) -> dict[str, Any] | None:
    frame = store.read_df(
        "SELECT id, occurred_on, person_id, community_id, direction, kind_id, points, hours, passion_id, note "
        "FROM ledger_entries WHERE workspace = ? AND id = ?",
        [entry_id],
    )
    if frame.empty:
        return None
    return frame.iloc[0].to_dict()


def update_entry(cur: duckdb.DuckDBPyConnection, workspace: str, entry_id: str, values: dict[str, Any]) -> int:
    """Set the given EDITABLE_COLUMNS of one entry; returns the number of rows changed (0 or 1)."""
    columns = [c for c in EDITABLE_COLUMNS if c in values]
    if not columns:
        return 0
    assignments = ", ".join(f"{c} = ?" for c in columns)  # identifiers from EDITABLE_COLUMNS only
    sql = "UPDATE ledger_entries SET " + assignments + " WHERE workspace = ? AND id = ? RETURNING id"  # noqa: S608
    rows = cur.execute(sql, [*(values[c] for c in columns), workspace, entry_id]).fetchall()
    return len(rows)


def delete_entries(store: Store, entry_ids: list[str]) -> int:
    if not entry_ids:
        return 0

    def work(cur: duckdb.DuckDBPyConnection) -> int:
        rows = cur.execute(
            "DELETE FROM ledger_entries WHERE workspace = ? AND list_contains(?, id) RETURNING id",
            [store.workspace, list(entry_ids)],
        ).fetchall()
        follow_ups.forget_entries(cur, store.workspace, list(entry_ids))
        return len(rows)

    return store.write(work)


def counterparts(store: Store, search: str, limit: int) -> pd.DataFrame:
    """People (not archived) and communities whose name contains `search` (case-insensitive): those met in the
    latest RECENT_WINDOW entries first (most recent first), then by name. Columns: type, id, name, last_on."""
    pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return store.read_df(
        "WITH cp AS ("
        "  SELECT 'person' AS type, id, name FROM people "
        "  WHERE workspace = $1 AND NOT archived AND name ILIKE $2 ESCAPE '\\' "
        "  UNION ALL "
        "  SELECT 'community' AS type, id, name FROM communities "
        "  WHERE workspace = $1 AND name ILIKE $2 ESCAPE '\\'"
        "), recent AS ("  # counterparts of the latest entries only: a top-N, not a scan of the whole ledger
        "  SELECT coalesce(person_id, community_id) AS id, max(occurred_on) AS last_on FROM ("
        "    SELECT person_id, community_id, occurred_on FROM ledger_entries WHERE workspace = $1 "
        "    ORDER BY occurred_on DESC LIMIT $4"
        "  ) GROUP BY 1"
        ") "
        "SELECT cp.type, cp.id, cp.name, recent.last_on FROM cp LEFT JOIN recent ON recent.id = cp.id "
        "ORDER BY recent.last_on DESC NULLS LAST, lower(cp.name), cp.id LIMIT $3",
        [pattern, limit, RECENT_WINDOW],
    )


def counterpart_names(store: Store, person_ids: list[str], community_ids: list[str]) -> dict[str, str]:
    rows = store.read(
        "SELECT id, name FROM people WHERE workspace = $1 AND list_contains($2, id) "
        "UNION ALL SELECT id, name FROM communities WHERE workspace = $1 AND list_contains($3, id)",
        [list(person_ids), list(community_ids)],
    )
    return {row[0]: row[1] for row in rows}


def list_passions(store: Store) -> pd.DataFrame:
    return store.read_df("SELECT id, title FROM passions WHERE workspace = ? ORDER BY lower(title), id")
