import duckdb
import pytest

from frentor.errors import StoreError
from frentor.store import TABLES, Database
from frentor.store.migrations import LATEST_VERSION, apply_migrations, current_version


def test_empty_file_is_migrated_to_latest(db_path):
    db = Database(str(db_path))
    assert current_version(db._connection) == LATEST_VERSION
    tables = {r[0] for r in db.read("SELECT table_name FROM information_schema.tables")}
    assert set(TABLES) <= tables
    db.close()


def test_migrations_are_idempotent(db_path):
    Database(str(db_path)).close()
    db = Database(str(db_path))  # second open applies nothing new
    assert db.read("SELECT count(*) FROM schema_version")[0][0] == LATEST_VERSION
    assert apply_migrations(db._connection) == LATEST_VERSION
    assert db.read("SELECT count(*) FROM schema_version")[0][0] == LATEST_VERSION
    db.close()


def test_every_table_carries_workspace(db):
    for table in TABLES:
        columns = {
            r[0] for r in db.read("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])
        }
        assert "workspace" in columns, table


def test_newer_database_is_refused_without_change(db_path):
    Database(str(db_path)).close()
    connection = duckdb.connect(str(db_path))
    connection.execute("INSERT INTO schema_version (version) VALUES (?)", [LATEST_VERSION + 1])
    connection.close()
    with pytest.raises(StoreError) as caught:
        Database(str(db_path))
    assert caught.value.key == "error.db_too_new"
    assert "newer Frentor" in str(caught.value)
    connection = duckdb.connect(str(db_path), read_only=True)
    assert connection.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST_VERSION + 1
    connection.close()


def test_not_a_database_gives_clear_error(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("this is not a database")
    with pytest.raises(StoreError) as caught:
        Database(str(bogus))
    assert caught.value.key == "error.db_unreadable"
    assert str(bogus) in str(caught.value)


def test_every_table_has_a_primary_key(db):
    keyed = {
        table
        for (table,) in db.read(
            "SELECT table_name FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY' AND database_name = 'memory'"
        )
    }
    assert keyed == {*TABLES, "schema_version"}
    ledger_key = db.read(
        "SELECT constraint_column_names FROM duckdb_constraints() "
        "WHERE table_name = 'ledger_entries' AND constraint_type = 'PRIMARY KEY'"
    )
    assert ledger_key == [(["workspace", "id"],)]


def test_the_ledger_refuses_a_second_row_with_the_same_id(store):
    def insert(cur):
        cur.execute(
            "INSERT INTO ledger_entries (workspace, id, occurred_on, person_id, direction, kind_id, points) "
            "VALUES (?, 'e1', DATE '2026-01-01', 'p', 'gave', 'k', 1)",
            [store.workspace],
        )

    store.write(insert)
    with pytest.raises(duckdb.ConstraintException):
        store.db.write(insert)  # DuckDB's own constraint error: no retry can make a real duplicate succeed
