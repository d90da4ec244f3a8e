"""SQL used only by the benchmark: the raw DuckDB COPY baseline for exports."""

from __future__ import annotations

from pathlib import Path

from frentor.store.workspace import TABLES, Store


def copy_tables_to_csv(store: Store, folder: Path) -> None:
    """COPY every table of the workspace to CSV, with no formatting at all: the fastest export DuckDB can do."""
    folder.mkdir(parents=True, exist_ok=True)
    workspace = store.workspace.replace("'", "''")
    with store.db.cursor() as cur:
        for table in TABLES:  # identifiers from code; COPY targets cannot be prepared parameters
            target = str(folder / f"{table}.csv").replace("'", "''")
            statement = f"COPY (SELECT * FROM {table} WHERE workspace = '{workspace}') TO '{target}' (HEADER)"  # noqa: S608
            cur.execute(statement)


def delete_imported_people(store: Store, source: str) -> int:
    """Delete the people imported from `source` with their passion links (between contacts import runs)."""

    def work(cur) -> int:
        ws = store.workspace
        cur.execute(
            "DELETE FROM person_passions WHERE workspace = ? AND person_id IN "
            "(SELECT id FROM people WHERE workspace = ? AND source = ?)",
            [ws, ws, source],
        )
        return len(
            cur.execute("DELETE FROM people WHERE workspace = ? AND source = ? RETURNING id", [ws, source]).fetchall()
        )

    return store.write(work)
