"""SQL for consistent snapshots of the database file and restoring one workspace from a snapshot.

A snapshot to restore is hostile input: it may come from anyone, and a DuckDB file can hold views, macros and
generated columns that run SQL when read. A view read by the app's own connection would see the live database's
catalog (every workspace) and, without the file restriction, any file on the server. So a snapshot is never
attached to the app's connection. It is opened in a separate in-memory DuckDB that may read that one file and
nothing else (no other file, no extension, settings locked), its catalog must equal what Frentor's migrations
create for its schema version (base tables with exactly the expected columns, types and defaults; no view, macro,
sequence, type, index, schema or table more), and only then are this workspace's rows streamed from its tables.

ATTACH and COPY take no prepared parameters for paths and names: paths become single-quoted literals with quotes
doubled, and every other identifier comes from code (TABLES, _SNAPSHOT), never from users.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from frentor.errors import FrentorError
from frentor.store import rollup
from frentor.store.database import NO_EXTENSION_LOADING, Database
from frentor.store.migrations import apply_migrations
from frentor.store.workspace import TABLES, Store

_SNAPSHOT = "frentor_snapshot"
_ROWS = "frentor_restore_rows"
_BATCH_ROWS = 100_000
# What a DuckDB file starts with: an 8-byte checksum, then this magic.
_MAGIC = b"DUCK"
_MAGIC_AT = 8


def _literal(path: str) -> str:
    return "'" + path.replace("'", "''") + "'"


def _attach(path: str, *, read_only: bool) -> str:
    # TYPE duckdb: never let DuckDB guess the format from the file (a SQLite header would make it fetch and load
    # the sqlite extension).
    options = "TYPE duckdb" + (", READ_ONLY" if read_only else "")
    return f"ATTACH {_literal(path)} AS {_SNAPSHOT} ({options})"


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


# Distinct workspaces with any row in any table (table names from TABLES, code only).
_WORKSPACE_COUNT = (
    "SELECT count(*) FROM (" + " UNION ".join("SELECT workspace FROM " + table for table in TABLES) + ")"  # noqa: S608
)


def workspace_count(db: Database) -> int:
    """Distinct workspaces with any row in any table."""
    return db.read(_WORKSPACE_COUNT)[0][0]


# -- the isolated reader ------------------------------------------------------------------------------------------
def _file_error(key: str, path: Path, **params) -> FrentorError:
    from frentor.markdown import quote_user_text

    return FrentorError(key, path=quote_user_text(path.name), **params)


_DAMAGED_FILE = (duckdb.IOException, duckdb.SerializationException, duckdb.InternalException)


def _unreadable(path: Path, exc: duckdb.Error) -> FrentorError:
    from frentor.markdown import quote_user_text

    first_line = (str(exc).splitlines() or ["?"])[0]
    return _file_error("backup.unreadable", path, reason=quote_user_text(first_line, 160))


@contextmanager
def open_snapshot(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A separate in-memory DuckDB that can read the snapshot at `path` (attached read-only as _SNAPSHOT) and
    nothing else: no other file, no extension, and settings locked so no SQL can widen that."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_MAGIC_AT + len(_MAGIC))
    except OSError as exc:
        raise _file_error("backup.unreadable", path, reason=exc.strerror or "?") from None
    if head[_MAGIC_AT:] != _MAGIC:
        raise _file_error("backup.not_duckdb", path)
    connection = duckdb.connect(":memory:", config=dict(NO_EXTENSION_LOADING))
    try:
        # The order of DuckDB's "Securing DuckDB" guide: allowed paths, external access off, configuration locked.
        # DuckDB looks for the file's write-ahead log beside it (part of the snapshot, if there is one).
        connection.execute("SET allowed_paths = ?", [[str(path), f"{path}.wal"]])
        connection.execute("SET enable_external_access = false")
        connection.execute("SET lock_configuration = true")
        try:
            connection.execute(_attach(str(path), read_only=True))
        except duckdb.Error as exc:
            raise _unreadable(path, exc) from None
        try:
            yield connection
        except _DAMAGED_FILE as exc:
            # The catalog may be whole while the rows are not (a truncated or damaged file): DuckDB finds out only
            # when it reads them. The restore rolls back; the user hears what is wrong with the file.
            raise _unreadable(path, exc) from None
    finally:
        connection.close()


# -- the expected catalog ---------------------------------------------------------------------------------------
# Everything a database can hold that could run SQL when read, or that Frentor does not create. Read for one
# catalog (database) at a time; names compared exactly.
_INVENTORY = {
    "schema": "SELECT schema_name, '' FROM duckdb_schemas() WHERE database_name = ? AND NOT internal",
    "table": "SELECT schema_name || '.' || table_name, '' FROM duckdb_tables() WHERE database_name = ?",
    "view": "SELECT schema_name || '.' || view_name, '' FROM duckdb_views() WHERE database_name = ?",
    "macro": "SELECT schema_name || '.' || function_name, function_type FROM duckdb_functions() "
    "WHERE database_name = ? AND NOT internal",
    "sequence": "SELECT schema_name || '.' || sequence_name, '' FROM duckdb_sequences() WHERE database_name = ?",
    "type": "SELECT schema_name || '.' || type_name, '' FROM duckdb_types() WHERE database_name = ? AND NOT internal",
    "index": "SELECT schema_name || '.' || index_name, '' FROM duckdb_indexes() WHERE database_name = ?",
    # A generated column's expression is its column_default: a crafted one would run on every read.
    "column": "SELECT table_name || '.' || column_name, "
    "concat_ws(' | ', column_index, data_type, is_nullable, coalesce(column_default, '')) "
    "FROM duckdb_columns() WHERE database_name = ? AND NOT internal",
    "constraint": "SELECT table_name || '.' || constraint_type, constraint_text FROM duckdb_constraints() "
    "WHERE database_name = ?",
}


def catalog_of(connection: duckdb.DuckDBPyConnection, database: str) -> frozenset[tuple[str, str, str]]:
    """(kind, name, detail) of everything in `database`'s catalog."""
    found: set[tuple[str, str, str]] = set()
    for kind, sql in _INVENTORY.items():
        found.update((kind, name, detail) for name, detail in connection.execute(sql, [database]).fetchall())
    return frozenset(found)


@functools.cache
def expected_catalog(version: int) -> frozenset[tuple[str, str, str]]:
    """The catalog Frentor's migrations create for schema `version`, built in a throwaway in-memory database."""
    connection = duckdb.connect(":memory:", config=dict(NO_EXTENSION_LOADING))
    try:
        apply_migrations(connection, up_to=version)
        return catalog_of(connection, "memory")
    finally:
        connection.close()


def snapshot_catalog(snapshot: duckdb.DuckDBPyConnection) -> frozenset[tuple[str, str, str]]:
    return catalog_of(snapshot, _SNAPSHOT)


def snapshot_version(snapshot: duckdb.DuckDBPyConnection) -> int:
    """The snapshot's schema version; call only once schema_version is known to be the expected base table."""
    query = f"SELECT coalesce(max(version), 0) FROM {_SNAPSHOT}.main.schema_version"  # noqa: S608
    return snapshot.execute(query).fetchone()[0]


# -- restoring ----------------------------------------------------------------------------------------------------
def restore_workspace_from(store: Store, snapshot: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Replace this workspace's rows with the verified snapshot's rows of the same workspace, in one transaction.

    Rows stream from the snapshot's reader into the live database in Arrow batches: a million-entry workspace is
    never held in memory whole."""

    # A snapshot from an older version (its catalog checked for that version) lacks the tables added since: they
    # come back empty.
    in_snapshot = {
        name
        for (name,) in snapshot.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main'", [_SNAPSHOT]
        ).fetchall()
    }

    def work(cur: duckdb.DuckDBPyConnection) -> dict[str, int]:
        restored: dict[str, int] = {}
        for table in TABLES:
            delete = f"DELETE FROM {table} WHERE workspace = ?"  # noqa: S608
            read = f"SELECT * FROM {_SNAPSHOT}.main.{table} WHERE workspace = ?"  # noqa: S608
            # OR IGNORE: a snapshot from before the ledger had its key may hold one entry twice (an old import
            # race); one row per key comes back, as the upgrade of such a file keeps (migrations._V2_KEYS).
            insert = f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM {_ROWS}"  # noqa: S608
            count = f"SELECT count(*) FROM {table} WHERE workspace = ?"  # noqa: S608
            cur.execute(delete, [store.workspace])
            if table in in_snapshot:
                reader = snapshot.execute(read, [store.workspace]).to_arrow_reader(_BATCH_ROWS)
                cur.register(_ROWS, reader)
                try:
                    cur.execute(insert)
                finally:
                    cur.unregister(_ROWS)
            restored[table] = cur.execute(count, [store.workspace]).fetchone()[0]
        rollup.recompute(cur, store.workspace)  # derived data: rebuilt here, never taken from the snapshot
        return restored

    return store.write(work)
