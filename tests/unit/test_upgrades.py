"""Databases written by every released schema version open in this version without losing a row."""

from pathlib import Path

import duckdb
import pytest

from frentor.store import TABLES, Database
from frentor.store.migrations import LATEST_VERSION

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_v*.sql"))


def _build(sql_file: Path, target: Path) -> dict[str, int]:
    connection = duckdb.connect(str(target))
    connection.execute(sql_file.read_text(encoding="utf-8"))
    present = {r[0] for r in connection.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    # Tables a later version added start empty after the upgrade.
    counts = {
        t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] if t in present else 0  # noqa: S608
        for t in TABLES
    }
    connection.close()
    return counts


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_database_migrates_without_loss(tmp_path, fixture):
    path = tmp_path / "old.duckdb"
    before = _build(fixture, path)
    notes = duckdb.connect(str(path)).execute("SELECT id, note, points FROM ledger_entries ORDER BY id").fetchall()
    db = Database(str(path))
    assert db.read("SELECT max(version) FROM schema_version")[0][0] == LATEST_VERSION
    after = {t: db.read(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}  # noqa: S608
    assert after == before
    assert db.read("SELECT id, note, points FROM ledger_entries ORDER BY id") == notes
    db.close()


def test_every_older_schema_version_has_a_fixture():
    """Adding migration N means freezing a schema_v(N-1).sql fixture (the previous release) here."""
    versions = {int(p.stem.removeprefix("schema_v")) for p in FIXTURES}
    assert versions == set(range(1, max(LATEST_VERSION, 2)))


def test_duplicate_ledger_ids_in_an_old_file_do_not_stop_the_upgrade(tmp_path):
    """Before version 2 the ledger had no key, and two imports at once could store one entry twice: the upgrade
    keeps one row per (workspace, id), the earliest created, and every other row."""
    path = tmp_path / "old.duckdb"
    fixture = Path(__file__).parents[1] / "fixtures" / "schema_v1.sql"
    before = _build(fixture, path)
    connection = duckdb.connect(str(path))
    connection.execute(
        "INSERT INTO ledger_entries SELECT workspace, id, occurred_on, person_id, community_id, direction, kind_id, "
        "points + 1, hours, passion_id, note || ' (second copy)', created_at + INTERVAL 1 SECOND FROM ledger_entries"
    )
    originals = connection.execute(
        "SELECT workspace, id, points, note FROM ledger_entries WHERE note NOT LIKE '% (second copy)' ORDER BY ALL"
    ).fetchall()
    connection.close()
    db = Database(str(path))
    try:
        assert db.read("SELECT max(version) FROM schema_version")[0][0] == LATEST_VERSION
        assert db.read("SELECT workspace, id, points, note FROM ledger_entries ORDER BY ALL") == originals
        assert {t: db.read(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES} == before  # noqa: S608
    finally:
        db.close()
