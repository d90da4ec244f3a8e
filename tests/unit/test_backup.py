import datetime as dt

import pytest

from frentor.backup import backup_database, backup_is_due, default_backup_path, mark_backed_up, restore_workspace
from frentor.demo import load_demo
from frentor.errors import FrentorError
from frentor.store import Database, Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 27, 9, 30)


def test_backup_then_restore_brings_back_exactly_the_workspace(tmp_path):
    db = Database(str(tmp_path / "live.duckdb"))
    alice, bob = Store(db, "alice"), Store(db, "bob")
    load_demo(alice, people=20, entries=300, today=TODAY)
    load_demo(bob, people=5, entries=10, today=TODAY)
    before = alice.read("SELECT id, points FROM ledger_entries WHERE workspace = ? ORDER BY id")
    snapshot = backup_database(alice, tmp_path / "snap" / "one.duckdb", now=NOW)
    assert snapshot.is_file()

    alice.clear()
    load_demo(bob, people=6, entries=11, today=TODAY)  # bob changes after the backup: restore must not touch him
    restored = restore_workspace(alice, snapshot)

    assert restored["ledger_entries"] == 300 and restored["people"] == 20
    assert alice.read("SELECT id, points FROM ledger_entries WHERE workspace = ? ORDER BY id") == before
    assert bob.counts()["people"] == 6
    db.close()


def test_backup_refuses_to_overwrite_and_restore_needs_a_file(tmp_path, store):
    target = tmp_path / "b.duckdb"
    target.write_text("keep me")
    with pytest.raises(FrentorError) as caught:
        backup_database(store, target)
    assert caught.value.key == "backup.target_exists" and target.read_text() == "keep me"
    with pytest.raises(FrentorError) as caught:
        restore_workspace(store, tmp_path / "missing.duckdb")
    assert caught.value.key == "backup.missing"


def test_backup_reminder(store):
    assert not backup_is_due(store, now=NOW)  # nothing to lose yet
    load_demo(store, people=3, entries=5, today=TODAY)
    assert backup_is_due(store, now=NOW)
    mark_backed_up(store, now=NOW)
    assert not backup_is_due(store, now=NOW + dt.timedelta(days=13))
    assert backup_is_due(store, now=NOW + dt.timedelta(days=15))


def test_default_backup_path_sits_next_to_the_database():
    assert default_backup_path("/x/y/frentor.duckdb", NOW).as_posix() == "/x/y/backups/frentor-20261127-093000.duckdb"
    assert default_backup_path(":memory:", NOW).as_posix() == "data/backups/frentor-20261127-093000.duckdb"


def test_backup_reminder_reuses_counts_the_caller_has(store):
    load_demo(store, people=3, entries=5, today=TODAY)
    assert backup_is_due(store, now=NOW, counts=store.counts())
    # The caller's counts decide emptiness: a workspace it saw as empty gets no reminder.
    assert not backup_is_due(store, now=NOW, counts=dict.fromkeys(store.counts(), 0))


def test_restore_from_an_older_version_snapshot_keeps_its_rows_and_empties_newer_tables(tmp_path):
    """A snapshot taken by version 1 has no coaching tables: restoring it must not fail, and leaves them empty."""
    import duckdb

    from tests.unit.test_upgrades import FIXTURES

    old = tmp_path / "v1.duckdb"
    connection = duckdb.connect(str(old))
    connection.execute(FIXTURES[0].read_text(encoding="utf-8"))
    connection.close()
    db = Database(str(tmp_path / "live.duckdb"))
    local = Store(db, "local")
    local.write(
        lambda cur: cur.execute(
            "INSERT INTO weekly_reviews (workspace, week_start) VALUES ('local', DATE '2026-11-23')"
        )
    )
    restored = restore_workspace(local, old)
    assert restored["people"] == 2 and restored["ledger_entries"] == 3
    assert restored["weekly_reviews"] == 0 and restored["follow_ups"] == 0
    assert local.read("SELECT DISTINCT homework_notes FROM people WHERE workspace = ?") == [("",)]
    db.close()
