"""Table layout for a database shared by many workspaces: `recluster` puts every table's rows in workspace order.

Why: DuckDB keeps, per row group (~120,000 rows) and column, the smallest and largest value (zone maps), and skips
row groups that cannot hold what a query filters on. A hosted app writes a few rows at a time for everyone at once,
so after months of use any one workspace's rows are spread over every row group of every table, and each query
(`WHERE workspace = ?`) decodes the whole workspace column: ~0.5 s for a 10M-entry ledger on the benchmark machine.
In workspace order, a workspace's rows sit in one or two row groups, and DuckDB reads those. Rows written after a
recluster go to the end of the table (the "tail"), which every query still scans, so run it again from time to time
(`frentor maintain`, e.g. nightly): it costs about a minute for 10M entries.

Measured alternatives (docs/BENCHMARKS.md): an ART index on `workspace` found a 1,000-entry workspace among 10M
rows quickly, but cost ~120 ms on every query of a workspace with a million rows (and ~250 MB of memory), so
single-user files got slower; DuckDB only uses an index for a scan with exactly one filter.

Safety: each table is rewritten in one transaction (its rows deleted and inserted again, sorted), so a crash leaves
it either as it was or reordered, never half-written; nothing changes but the order. Sessions writing meanwhile keep
their rows (a concurrent insert is not in this transaction's snapshot and is not deleted); a concurrent edit or
delete of a row being moved conflicts and is retried by `Database.write`. Works the same on MotherDuck.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from frentor.store.database import Database
from frentor.store.workspace import TABLES

# The order of each table's rows: workspace first; then what its queries filter or sort on within a workspace.
_ORDER: dict[str, str] = {
    "ledger_entries": "workspace, occurred_on, created_at, id",
    "ledger_months": "workspace, month, person_id",
}
CLUSTERED_TABLES: tuple[str, ...] = (*TABLES, "ledger_months")
_SORTED = "frentor_recluster_copy"

# Each table's rewrite, written once from the names above (code only, never user input). The sorted copy is an
# ordinary table of the transaction, not a TEMP one: DuckDB spills it to disk, and on MotherDuck it stays on the
# server (temporary tables live in the client); a crash or an error rolls it back with the rest.
_REWRITE: dict[str, tuple[str, ...]] = {
    table: (
        f"CREATE TABLE {_SORTED} AS SELECT * FROM {table} ORDER BY {_ORDER.get(table, 'workspace')}",  # noqa: S608
        f"DELETE FROM {table}",  # noqa: S608 (a table name from code)
        f"INSERT INTO {table} SELECT * FROM {_SORTED} ORDER BY {_ORDER.get(table, 'workspace')}",  # noqa: S608
        f"DROP TABLE {_SORTED}",
    )
    for table in CLUSTERED_TABLES
}


def recluster(db: Database, step: Callable[[str], None] = lambda label: None) -> None:
    """Rewrite every table in workspace order (one transaction per table), then checkpoint so the new order is what
    the file holds. `step(table)` after each table."""
    for table in CLUSTERED_TABLES:

        def work(cur: duckdb.DuckDBPyConnection, table: str = table) -> None:
            for statement in _REWRITE[table]:
                cur.execute(statement)

        db.write(work)  # scoped to no workspace: every cached read is refreshed (the data itself is unchanged)
        step(table)
    db.checkpoint()
