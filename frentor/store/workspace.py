"""A store bound to one workspace: the only way the rest of Frentor reaches the database."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import duckdb
import pandas as pd

from frentor.store.database import Database

T = TypeVar("T")

# Every user table, in dependency order (parents first). Identifiers in SQL come only from this list.
TABLES: tuple[str, ...] = (
    "passions",
    "skills",
    "people",
    "communities",
    "channels",
    "person_passions",
    "person_communities",
    "person_skills",
    "person_questions",
    "value_kinds",
    "ledger_entries",
    "sent_messages",
    "follow_ups",
    "weekly_reviews",
    "settings",
)

# The tables that hold a user's own work: a workspace with none of these is "empty" (new, nothing to lose).
WORK_TABLES: tuple[str, ...] = ("passions", "skills", "people", "ledger_entries")


def counts_are_empty(counts: dict[str, int]) -> bool:
    """True when `counts` (from Store.counts) show no work yet."""
    return all(counts[table] == 0 for table in WORK_TABLES)


class Store:
    """Reads and writes of one workspace. Every query issued through it filters by `workspace`."""

    def __init__(self, db: Database, workspace: str) -> None:
        if not workspace or not workspace.strip():
            raise ValueError("workspace must be a non-empty string")
        self.db = db
        self.workspace = workspace

    # -- low level, for the query modules of frentor.store only ---------------------------------------------
    def read(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return self.db.read(sql, [self.workspace, *(params or [])])

    def read_df(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run `sql` whose first parameter is the workspace; returns a pandas frame."""
        return self.db.read_df(sql, [self.workspace, *(params or [])])

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        return self.db.write(work)

    def data_version(self) -> int:
        """Part of every st.cache_data key (with the workspace), so a cached result never outlives a write."""
        return self.db.version

    # -- whole-workspace operations -------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        # Identifiers come from TABLES (code), never from users.
        parts = [f"SELECT '{table}', count(*) FROM {table} WHERE workspace = $ws" for table in TABLES]  # noqa: S608
        sql = " UNION ALL ".join(parts)
        rows = self.db.read(sql, {"ws": self.workspace})
        return {name: int(count) for name, count in rows}

    def is_empty(self) -> bool:
        return counts_are_empty(self.counts())

    def clear(self, cursor: duckdb.DuckDBPyConnection | None = None) -> None:
        """Delete every row of this workspace (settings kept), in one transaction."""

        def work(cur: duckdb.DuckDBPyConnection) -> None:
            for table in reversed(TABLES):
                if table != "settings":
                    statement = f"DELETE FROM {table} WHERE workspace = ?"  # noqa: S608 (table from TABLES)
                    cur.execute(statement, [self.workspace])

        if cursor is not None:
            work(cursor)
        else:
            self.write(work)

    def insert_frame(self, cur: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> int:
        """Bulk-insert `frame` into `table` inside the caller's transaction; rows are stamped with this workspace."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        if frame.empty:
            return 0
        known = {
            row[0]
            for row in cur.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall()
        }
        columns = [c for c in frame.columns if c != "workspace"]
        unknown = set(columns) - known
        if unknown:
            raise ValueError(f"unknown columns for {table}: {sorted(unknown)}")
        staged = frame[columns]
        column_list = ", ".join(["workspace", *columns])
        select_list = ", ".join(["$ws", *columns])
        cur.register("frentor_staged_rows", staged)
        try:
            # Table and columns were checked against TABLES and the catalog above.
            statement = f"INSERT INTO {table} ({column_list}) SELECT {select_list} FROM frentor_staged_rows"  # noqa: S608
            cur.execute(statement, {"ws": self.workspace})
        finally:
            cur.unregister("frentor_staged_rows")
        return len(staged)

    # -- settings -------------------------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self.read("SELECT value FROM settings WHERE workspace = ? AND key = ?", [key])
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True)

        def work(cur: duckdb.DuckDBPyConnection) -> None:
            cur.execute(
                "INSERT INTO settings (workspace, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (workspace, key) DO UPDATE SET value = excluded.value",
                [self.workspace, key, payload],
            )

        self.write(work)
