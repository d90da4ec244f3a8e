"""SQL for passions: capture, scoring edits, status, listing (with linked-people counts) and delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from frentor.store.workspace import Store

# The columns a full-row update writes, in this order (see update_passions).
EDITABLE_COLUMNS = (
    "title",
    "status",
    "excitement",
    "skill_fit",
    "vision_fit",
    "ikigai_love",
    "ikigai_good_at",
    "ikigai_world_needs",
    "ikigai_paid_for",
)


@dataclass(frozen=True)
class NewPassionRow:
    id: str
    title: str
    notes: str


def existing_titles(store: Store) -> set[str]:
    """Every passion title of the workspace, lower-cased (for duplicate checks before a write)."""
    return {row[0] for row in store.read("SELECT lower(title) FROM passions WHERE workspace = ?")}


def insert_new_passions(store: Store, rows: list[NewPassionRow]) -> list[str]:
    """Insert the rows whose title (case-insensitive) is not in the workspace yet; returns the ids inserted.

    Rows get increasing creation times so they list in the order they were typed.
    """
    start = dt.datetime.now()

    def work(cur: duckdb.DuckDBPyConnection) -> list[str]:
        inserted: list[str] = []
        for position, row in enumerate(rows):
            cur.execute(
                "INSERT INTO passions (workspace, id, title, notes, created_at, updated_at) "
                "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                "(SELECT 1 FROM passions WHERE workspace = ? AND lower(title) = lower(?)) "
                "RETURNING id",
                [
                    store.workspace,
                    row.id,
                    row.title,
                    row.notes,
                    start + dt.timedelta(microseconds=position),
                    start,
                    store.workspace,
                    row.title,
                ],
            )
            inserted.extend(r[0] for r in cur.fetchall())
        return inserted

    return store.write(work)


_LIST_SQL = """
WITH linked AS (
    SELECT pp.passion_id, count(*) AS people
    FROM person_passions pp
    JOIN people h ON h.workspace = pp.workspace AND h.id = pp.person_id
    WHERE pp.workspace = ? AND NOT h.archived
    GROUP BY pp.passion_id
)
SELECT p.id, p.title, p.notes, p.status, p.excitement, p.skill_fit, p.vision_fit,
       p.ikigai_love, p.ikigai_good_at, p.ikigai_world_needs, p.ikigai_paid_for,
       p.hashtags, p.open_questions, p.research_notes,
       CAST(coalesce(l.people, 0) AS INTEGER) AS people
FROM passions p
LEFT JOIN linked l ON l.passion_id = p.id
WHERE p.workspace = ? AND (CAST(? AS VARCHAR) IS NULL OR p.status = ?)
ORDER BY p.created_at, p.id
"""


def list_passions(store: Store, status: str | None) -> pd.DataFrame:
    return store.read_df(_LIST_SQL, [store.workspace, status, status])


def get_passion(store: Store, passion_id: str) -> dict | None:
    frame = store.read_df(
        "SELECT id, title, notes, status, excitement, skill_fit, vision_fit, ikigai_love, ikigai_good_at, "
        "ikigai_world_needs, ikigai_paid_for, hashtags, open_questions, research_notes "
        "FROM passions WHERE workspace = ? AND id = ?",
        [passion_id],
    )
    if frame.empty:
        return None
    return frame.iloc[0].to_dict()


def passion_exists(store: Store, passion_id: str) -> bool:
    return bool(store.read("SELECT count(*) FROM passions WHERE workspace = ? AND id = ?", [passion_id])[0][0])


def update_passions(store: Store, rows: dict[str, dict]) -> None:
    """Write full rows (every EDITABLE_COLUMNS value) for each id, in one transaction."""

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        for passion_id, values in rows.items():
            cur.execute(
                "UPDATE passions SET title = ?, status = ?, excitement = ?, skill_fit = ?, vision_fit = ?, "
                "ikigai_love = ?, ikigai_good_at = ?, ikigai_world_needs = ?, ikigai_paid_for = ?, "
                "updated_at = current_timestamp WHERE workspace = ? AND id = ?",
                [*(values[c] for c in EDITABLE_COLUMNS), store.workspace, passion_id],
            )

    store.write(work)


def set_status(store: Store, passion_ids: list[str], status: str) -> int:
    def work(cur: duckdb.DuckDBPyConnection) -> int:
        changed = 0
        for passion_id in passion_ids:
            cur.execute(
                "UPDATE passions SET status = ?, updated_at = current_timestamp "
                "WHERE workspace = ? AND id = ? AND status <> ? RETURNING id",
                [status, store.workspace, passion_id, status],
            )
            changed += len(cur.fetchall())
        return changed

    return store.write(work)


def status_counts(store: Store) -> dict[str, int]:
    rows = store.read("SELECT status, count(*) FROM passions WHERE workspace = ? GROUP BY status")
    return {status: int(count) for status, count in rows}


def delete_impact(store: Store, passion_id: str) -> dict[str, int]:
    """What deleting one passion touches: person links, channels, communities and ledger entries tagged with it."""
    rows = store.read(
        "SELECT "
        " (SELECT count(*) FROM person_passions WHERE workspace = ? AND passion_id = ?),"
        " (SELECT count(*) FROM channels WHERE workspace = ? AND owner_type = 'passion' AND owner_id = ?),"
        " (SELECT count(*) FROM communities WHERE workspace = ? AND passion_id = ?),"
        " (SELECT count(*) FROM ledger_entries WHERE workspace = ? AND passion_id = ?)",
        [passion_id, *[store.workspace, passion_id] * 3],
    )
    people, channels, communities, entries = rows[0]
    return {"people": people, "channels": channels, "communities": communities, "entries": entries}


def delete_passion(store: Store, passion_id: str) -> bool:
    """Delete the passion, its person links and channels; communities and ledger entries lose the tag. One
    transaction."""

    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        ws = store.workspace
        cur.execute("DELETE FROM person_passions WHERE workspace = ? AND passion_id = ?", [ws, passion_id])
        cur.execute(
            "DELETE FROM channels WHERE workspace = ? AND owner_type = 'passion' AND owner_id = ?", [ws, passion_id]
        )
        cur.execute("UPDATE communities SET passion_id = NULL WHERE workspace = ? AND passion_id = ?", [ws, passion_id])
        cur.execute(
            "UPDATE ledger_entries SET passion_id = NULL WHERE workspace = ? AND passion_id = ?", [ws, passion_id]
        )
        cur.execute("DELETE FROM passions WHERE workspace = ? AND id = ? RETURNING id", [ws, passion_id])
        return bool(cur.fetchall())

    return store.write(work)
