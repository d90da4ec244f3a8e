"""A store bound to one workspace (frentor/store/workspace.py): settings, isolation, bulk inserts, versions, clear."""

import pandas as pd
import pytest

from frentor.kinds import ensure_default_kinds
from frentor.store import TABLES, Store

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
    store.set_setting("language", "en")
    assert store.get_setting("language") == "en"


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_are_stored_verbatim(store, value):
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO passions (workspace, id, title) VALUES (?, ?, ?)", [store.workspace, value, value]
        )
    )
    assert store.read("SELECT id, title FROM passions WHERE workspace = ?") == [(value, value)]
    assert {"people", "ledger_entries"} <= set(store.counts())


@pytest.mark.parametrize("workspace", HOSTILE)
def test_hostile_workspace_names_stay_isolated(db, workspace):
    hostile = Store(db, workspace)
    hostile.set_setting("language", "zh")
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


def test_data_version_changes_on_commit_only(store):
    before = store.data_version()
    store.set_setting("language", "en")
    after = store.data_version()
    assert after > before
    with pytest.raises(RuntimeError):
        store.write(lambda cur: (_ for _ in ()).throw(RuntimeError("boom")))
    assert store.data_version() == after


def _workspace_rows(store: Store) -> dict[str, list[tuple]]:
    """Every row of the workspace, table by table, in a stable order (the workspace column left out)."""
    rows = {}
    for table in TABLES:
        columns = [
            name
            for (name,) in store.db.read(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            )
            if name not in ("workspace", "created_at", "updated_at")
        ]
        select = ", ".join(columns)
        rows[table] = store.read(f"SELECT {select} FROM {table} WHERE workspace = ? ORDER BY ALL")  # noqa: S608
    return rows


def test_a_cleared_workspace_is_exactly_a_new_one(db):
    from frentor.demo import load_demo
    from frentor.kinds import add_kind, default_kind_id, list_kinds, update_kind

    new = Store(db, "new")
    ensure_default_kinds(new)  # what the app does once for every workspace it opens
    used = Store(db, "used")
    ensure_default_kinds(used)
    load_demo(used, people=5, entries=20)
    add_kind(used, "Bought them lunch", 4)
    update_kind(used, default_kind_id("feedback"), default_points=9, archived=True)
    used.set_setting("language", "zh")

    used.clear()  # no restart in between: the same process, the same cached "workspace ready"

    assert _workspace_rows(used) | {"settings": []} == _workspace_rows(new) | {"settings": []}
    assert [k.key for k in list_kinds(used)] == [k.key for k in list_kinds(new)] != []
    assert used.get_setting("language") == "zh", "preferences are not data: clearing keeps them"


def test_data_version_is_per_workspace(store, other_store):
    mine, theirs = store.data_version(), other_store.data_version()
    other_store.set_setting("language", "zh")
    assert store.data_version() == mine, "another workspace's write leaves this one's version"
    assert other_store.data_version() != theirs
    store.set_setting("language", "zh")
    assert store.data_version() != mine, "a write always changes its own workspace's version"


def test_a_write_scoped_to_no_workspace_changes_every_version(db, store, other_store):
    mine, theirs = store.data_version(), other_store.data_version()
    db.write(lambda cur: None)
    assert store.data_version() != mine and other_store.data_version() != theirs
