"""The one DuckDB database of a process (frentor/store/database.py): transactions, read-only and locked files."""

import pytest

from frentor.errors import StoreError
from frentor.store import Database, Store
from tests.conftest import database_held_by_another_process


def test_write_is_all_or_nothing(store):
    def work(cur):
        cur.execute("INSERT INTO settings VALUES (?, 'language', '\"zh\"')", [store.workspace])
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.write(work)
    assert store.get_setting("language") is None


def test_read_only_database_refuses_writes(db_path):
    Database(str(db_path)).close()
    db = Database(str(db_path), read_only=True)
    with pytest.raises(StoreError) as caught:
        Store(db, "w").set_setting("language", "en")
    assert caught.value.key == "error.db_read_only"
    db.close()


def test_locked_file_gives_clear_message(db_path):
    Database(str(db_path)).close()
    with database_held_by_another_process(db_path) as pid:
        with pytest.raises(StoreError) as caught:
            Database(str(db_path))
        assert caught.value.key == "error.db_locked"
        message = str(caught.value)
        assert str(db_path) in message and f"PID {pid}" in message and "--db" in message


def test_duckdb_draws_no_progress_bar_of_its_own(db):
    # It would print into a command's output even through a pipe; the CLI draws its own, on a terminal only.
    assert db.read("SELECT current_setting('enable_progress_bar')") == [(False,)]
