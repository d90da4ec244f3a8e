"""recluster: every table in workspace order, nothing else changed; the rollup still matches the ledger."""

from __future__ import annotations

import datetime as dt

from frentor.cli import main
from frentor.demo import load_demo
from frentor.ledger import NewEntry, log_entry
from frentor.store import Database, Store
from frentor.store.maintenance import CLUSTERED_TABLES, recluster
from tests.unit.test_rollup import ledger_aggregate, rollup_aggregate

TODAY = dt.date(2026, 11, 27)


def _interleaved(db: Database) -> None:
    # Six workspaces' demo data, then entries logged by each in turn, as a hosted app's users do at the same time.
    stores = [Store(db, f"{name}-{seed}") for seed in range(3) for name in ("alice", "bob")]
    for number, store in enumerate(stores):
        load_demo(store, people=5, entries=40, seed=number, today=TODAY)
    for day in range(1, 6):
        for store in stores:
            person = store.read("SELECT id FROM people WHERE workspace = ? ORDER BY id LIMIT 1")[0][0]
            entry = NewEntry(
                occurred_on=TODAY - dt.timedelta(days=day), direction="gave", kind_id="kind-feedback", person_id=person
            )
            log_entry(store, entry, today=TODAY)


def _contents(db: Database) -> dict[str, list]:
    return {table: sorted(map(repr, db.read(f"SELECT * FROM {table}"))) for table in CLUSTERED_TABLES}  # noqa: S608


def _runs(db: Database, table: str) -> int:
    """How many runs of one workspace the table's rows form, in their stored order (1 per workspace when sorted)."""
    names = [row[0] for row in db.read(f"SELECT workspace FROM {table}")]  # noqa: S608 (table from code)
    return sum(1 for i, name in enumerate(names) if i == 0 or names[i - 1] != name)


def test_recluster_orders_every_table_by_workspace_and_changes_no_row(db):
    _interleaved(db)
    before = _contents(db)
    assert _runs(db, "ledger_entries") > 6 and _runs(db, "ledger_months") > 6
    recluster(db)
    assert _contents(db) == before
    for table in ("ledger_entries", "people", "ledger_months", "value_kinds"):
        workspaces = len({row[0] for row in db.read(f"SELECT workspace FROM {table}")})  # noqa: S608
        assert _runs(db, table) == workspaces, table
    dates = [row[0] for row in db.read("SELECT occurred_on FROM ledger_entries WHERE workspace = 'bob-1'")]
    assert dates == sorted(dates), "within a workspace, entries are in date order"
    assert rollup_aggregate(db) == ledger_aggregate(db)


def test_maintain_command(tmp_path, capsys):
    path = str(tmp_path / "shared.duckdb")
    db = Database(path)
    _interleaved(db)
    db.close()
    assert main(["--db", path, "maintain"]) == 0
    assert "tables in workspace order" in capsys.readouterr().out
    db = Database(path)
    assert _runs(db, "ledger_entries") == 6
    db.close()
