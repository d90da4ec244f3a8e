import pandas as pd
import pytest

from frentor.errors import StoreError
from frentor.kinds import ensure_default_kinds
from frentor.store import TABLES, Database, Store
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


def _string_literals(path) -> list[tuple[int, str]]:
    """(line, text) of every string literal of a module but docstrings, f-strings' constant parts included."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    owners = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef))]
    docstrings = {id(o.body[0].value) for o in owners if o.body and isinstance(o.body[0], ast.Expr)}
    return [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]


def test_every_query_of_the_store_uses_question_mark_parameters():
    """One parameter style in frentor.store (why: frentor/store/__init__.py): no `$1` or `$name` anywhere."""
    import re
    from pathlib import Path

    import frentor.store

    other_style = re.compile(r"\$(\d+|[A-Za-z_]\w*)")
    found = [
        f"{path.name}:{line}: {other_style.search(text).group(0)}"
        for path in sorted(Path(frentor.store.__file__).parent.glob("*.py"))
        for line, text in _string_literals(path)
        if other_style.search(text)
    ]
    assert found == []
