import pandas as pd
import pytest

from frentor.errors import StoreError
from frentor.kinds import ensure_default_kinds
from frentor.store import Database, Store
from tests.conftest import database_held_by_another_process

HOSTILE = [
    "'; DROP TABLE people; --",
    'Robert"); DELETE FROM ledger_entries; --',
    "$ws",
    "?",
    "张伟 🤝",
    "' OR 1=1 --",
]


def test_settings_are_per_workspace(store, other_store):
    store.set_setting("language", "zh")
    assert store.get_setting("language") == "zh"
    assert other_store.get_setting("language") is None
    assert other_store.get_setting("language", "en") == "en"
    store.set_setting("language", "en")
    assert store.get_setting("language") == "en"


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_are_stored_verbatim(store, value):
    store.set_setting(value, {"text": value})
    assert store.get_setting(value) == {"text": value}
    assert {"people", "ledger_entries"} <= set(store.counts())


@pytest.mark.parametrize("workspace", HOSTILE)
def test_hostile_workspace_names_stay_isolated(db, workspace):
    hostile = Store(db, workspace)
    hostile.set_setting("k", 1)
    ensure_default_kinds(hostile)
    assert Store(db, "alice").counts()["value_kinds"] == 0
    assert hostile.counts()["value_kinds"] > 0


def test_insert_frame_stamps_workspace_and_clear_is_scoped(store, other_store):
    frame = pd.DataFrame({"id": ["a", "b"], "title": ["Design", "设计"], "workspace": ["bob", "bob"]})
    store.write(lambda cur: store.insert_frame(cur, "passions", frame))
    assert store.counts()["passions"] == 2
    assert other_store.counts()["passions"] == 0  # the frame's own workspace column is ignored
    other_store.write(lambda cur: other_store.insert_frame(cur, "passions", frame.drop(columns="workspace")))
    store.clear()
    assert store.counts()["passions"] == 0
    assert other_store.counts()["passions"] == 2


def test_insert_frame_refuses_unknown_identifiers(store):
    with pytest.raises(ValueError):
        store.write(lambda cur: store.insert_frame(cur, "passions; DROP TABLE x", pd.DataFrame({"id": ["a"]})))
    with pytest.raises(ValueError):
        store.write(lambda cur: store.insert_frame(cur, "passions", pd.DataFrame({"id); --": ["a"]})))


def test_write_is_all_or_nothing(store):
    def work(cur):
        cur.execute("INSERT INTO settings VALUES (?, 'a', '1')", [store.workspace])
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.write(work)
    assert store.get_setting("a") is None


def test_read_only_database_refuses_writes(db_path):
    Database(str(db_path)).close()
    db = Database(str(db_path), read_only=True)
    with pytest.raises(StoreError) as caught:
        Store(db, "w").set_setting("a", 1)
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


def test_data_version_changes_on_commit_only(store):
    before = store.data_version()
    store.set_setting("a", 1)
    after = store.data_version()
    assert after > before
    with pytest.raises(RuntimeError):
        store.write(lambda cur: (_ for _ in ()).throw(RuntimeError("boom")))
    assert store.data_version() == after


def test_data_version_is_per_workspace(store, other_store):
    mine, theirs = store.data_version(), other_store.data_version()
    other_store.set_setting("a", 1)
    assert store.data_version() == mine, "another workspace's write leaves this one's version"
    assert other_store.data_version() != theirs
    store.set_setting("a", 1)
    assert store.data_version() != mine, "a write always changes its own workspace's version"


def test_a_write_scoped_to_no_workspace_changes_every_version(db, store, other_store):
    mine, theirs = store.data_version(), other_store.data_version()
    db.write(lambda cur: None)
    assert store.data_version() != mine and other_store.data_version() != theirs


def test_duckdb_draws_no_progress_bar_of_its_own(db):
    # It would print into a command's output even through a pipe; the CLI draws its own, on a terminal only.
    assert db.read("SELECT current_setting('enable_progress_bar')") == [(False,)]
