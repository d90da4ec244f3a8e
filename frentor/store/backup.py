"""SQL for consistent snapshots of the database file and restoring one workspace from a snapshot.

ATTACH and COPY take no prepared parameters for paths and names: paths become single-quoted literals with quotes
doubled, and every other identifier comes from code (TABLES, _SNAPSHOT), never from users.
"""

from __future__ import annotations

import duckdb

from frentor.store.database import Database
from frentor.store.workspace import TABLES, Store

_SNAPSHOT = "frentor_snapshot"


def _attach(path: str, *, read_only: bool) -> str:
    literal = "'" + path.replace("'", "''") + "'"
    return f"ATTACH {literal} AS {_SNAPSHOT}" + (" (READ_ONLY)" if read_only else "")


def _detach() -> str:
    return f"DETACH {_SNAPSHOT}"


def copy_database_to(db: Database, target: str) -> None:
    """Write a consistent copy of every table (all workspaces) to a new DuckDB file at `target`."""
    with db.cursor() as cur:
        cur.execute("CHECKPOINT")
        catalog = cur.execute("SELECT current_database()").fetchone()[0].replace('"', '""')
        copy_all = f'COPY FROM DATABASE "{catalog}" TO {_SNAPSHOT}'
        cur.execute(_attach(target, read_only=False))
        try:
            cur.execute(copy_all)
        finally:
            cur.execute(_detach())


def snapshot_version(db: Database, source: str) -> int:
    with db.cursor() as cur:
        cur.execute(_attach(source, read_only=True))
        try:
            query = f"SELECT coalesce(max(version), 0) FROM {_SNAPSHOT}.schema_version"  # noqa: S608
            return cur.execute(query).fetchone()[0]
        finally:
            cur.execute(_detach())


def restore_workspace_from(store: Store, source: str) -> dict[str, int]:
    """Replace this workspace's rows with the snapshot's rows of the same workspace, in one transaction."""
    with store.db.cursor() as cur:
        cur.execute(_attach(source, read_only=True))
    try:

        def work(cur: duckdb.DuckDBPyConnection) -> dict[str, int]:
            restored: dict[str, int] = {}
            # A snapshot from an older version lacks the tables added since: they come back empty.
            in_snapshot = {
                r[0]
                for r in cur.execute(
                    "SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [_SNAPSHOT]
                ).fetchall()
            }
            for table in TABLES:
                delete = f"DELETE FROM {table} WHERE workspace = ?"  # noqa: S608
                copy = f"INSERT INTO {table} BY NAME SELECT * FROM {_SNAPSHOT}.{table} WHERE workspace = ?"  # noqa: S608
                count = f"SELECT count(*) FROM {table} WHERE workspace = ?"  # noqa: S608
                cur.execute(delete, [store.workspace])
                if table in in_snapshot:
                    cur.execute(copy, [store.workspace])
                restored[table] = cur.execute(count, [store.workspace]).fetchone()[0]
            return restored

        return store.write(work)
    finally:
        with store.db.cursor() as cur:
            cur.execute(_detach())
