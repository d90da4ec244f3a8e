"""Restoring a crafted snapshot: only a file Frentor's own `backup` could have written is accepted.

Each snapshot here is built in code the way an attacker would: start from a genuine snapshot of the attacker's own
workspace and change its catalog (views over the live database or over server files, a schema_version view,
macros, extra schemas or tables, a wrong column type), or hand over a file that is not a DuckDB database at all.
Every one must be refused with a clear FrentorError, leak 0 rows of other workspaces and 0 bytes of server files,
and leave the restoring workspace as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from frentor.backup import backup_database, restore_workspace
from frentor.demo import load_demo
from frentor.errors import FrentorError
from frentor.people import NewPerson, add_person
from frentor.store import TABLES, Database, Store
from tests.conftest import TODAY

VICTIM_MARK = "VictimSecretMarker7731"
SERVER_SECRET = "ServerFileSecret4242"
PEOPLE_COLUMNS = (
    "id, name, role, stage, reach_tier, organisation, hashtags, notes, homework_read_work, homework_public_answers, "
    "homework_new_questions, homework_how_to_help, next_action, next_action_due, keep_in_touch_days, archived, "
    "created_at, updated_at"
)


@pytest.fixture
def server_file(tmp_path) -> Path:
    path = tmp_path / "server" / "hostname"
    path.parent.mkdir()
    path.write_text(SERVER_SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def live(tmp_path):
    """The shared server database: the victim's workspace and the attacker's ("mallory"), who restores."""
    db = Database(str(tmp_path / "live.duckdb"))
    add_person(Store(db, "alice"), NewPerson(name=VICTIM_MARK))
    mallory = Store(db, "mallory")
    load_demo(mallory, people=3, entries=4, today=TODAY)
    yield db
    db.close()


@pytest.fixture
def genuine(tmp_path) -> Path:
    """A real snapshot holding only mallory's workspace, as `frentor backup` writes it on her own machine."""
    db = Database(str(tmp_path / "own" / "own.duckdb"))
    load_demo(Store(db, "mallory"), people=2, entries=3, today=TODAY)
    target = backup_database(Store(db, "mallory"), tmp_path / "own" / "snapshot.duckdb")
    db.close()
    return target


def craft(snapshot: Path, *statements: str, live_stub: Path | None = None) -> Path:
    """Change the snapshot's catalog with plain DuckDB (no restriction, as on the attacker's machine)."""
    con = duckdb.connect(str(snapshot))
    try:
        if live_stub is not None:  # so a view over "live.main.people" binds when it is created
            con.execute(f"ATTACH '{live_stub}' AS live")
        for statement in statements:
            con.execute(statement)
        if live_stub is not None:
            con.execute("DETACH live")
    finally:
        con.close()
    return snapshot


def live_stub(tmp_path) -> Path:
    """A database file named like the server's (its catalog is then 'live' too), with a people table."""
    path = tmp_path / "stub" / "live.duckdb"
    path.parent.mkdir()
    db = Database(str(path))
    db.close()
    return path


def everything_in(store: Store) -> str:
    """Every value of every row of the workspace, as one text to search for leaks."""
    parts = []
    for table in TABLES:
        parts.extend(str(row) for row in store.read(f"SELECT * FROM {table} WHERE workspace = ?"))  # noqa: S608
    return "\n".join(parts)


def assert_refused_without_leak(live, snapshot: Path, key: str | None = None) -> FrentorError:
    mallory = Store(live, "mallory")
    before = everything_in(mallory)
    with pytest.raises(FrentorError) as caught:
        restore_workspace(mallory, snapshot)
    if key is not None:
        assert caught.value.key == key, str(caught.value)
    after = everything_in(mallory)
    assert after == before, "the restoring workspace is unchanged"
    assert VICTIM_MARK not in after, "0 rows of another workspace"
    assert SERVER_SECRET not in after, "0 bytes of a server file"
    assert len(str(caught.value)) < 1000
    loaded = live.read(
        "SELECT extension_name FROM duckdb_extensions() WHERE loaded AND install_mode <> 'STATICALLY_LINKED'"
    )
    assert loaded == [], "no extension was loaded to read the file"
    return caught.value


def test_a_genuine_snapshot_restores(live, genuine):
    restored = restore_workspace(Store(live, "mallory"), genuine)
    assert restored["people"] == 2 and restored["ledger_entries"] == 3
    assert Store(live, "alice").counts()["people"] == 1, "other workspaces untouched"


def test_view_over_another_workspace_through_the_live_catalog(live, genuine, tmp_path):
    stub = live_stub(tmp_path)
    craft(
        genuine,
        "DROP TABLE people",
        f"CREATE VIEW people AS SELECT 'mallory' AS workspace, {PEOPLE_COLUMNS} FROM live.main.people",
        live_stub=stub,
    )
    assert_refused_without_leak(live, genuine, "backup.unexpected_schema")


def test_view_over_a_server_file(live, genuine, server_file):
    craft(
        genuine,
        "DROP TABLE passions",
        "CREATE VIEW passions AS SELECT 'mallory' AS workspace, 'x' AS id, content AS title, '' AS notes, "
        "'idea' AS status, NULL AS excitement, NULL AS skill_fit, NULL AS vision_fit, false AS ikigai_love, "
        "false AS ikigai_good_at, false AS ikigai_world_needs, false AS ikigai_paid_for, '' AS hashtags, "
        "'' AS open_questions, '' AS research_notes, now()::TIMESTAMP AS created_at, now()::TIMESTAMP AS updated_at "
        f"FROM read_text('{server_file}')",
    )
    assert_refused_without_leak(live, genuine, "backup.unexpected_schema")


@pytest.mark.skipif(not os.path.exists("/etc/hostname"), reason="no /etc/hostname here")
def test_view_over_etc_hostname(live, genuine):
    hostname = Path("/etc/hostname").read_text().strip()
    craft(
        genuine,
        "CREATE TABLE hostname_copy AS SELECT 1 AS x",
        "DROP TABLE skills",
        "CREATE VIEW skills AS SELECT 'mallory' AS workspace, 'x' AS id, content AS name, 'offer' AS side, "
        "NULL::SMALLINT AS level, '' AS notes, now()::TIMESTAMP AS created_at FROM read_text('/etc/hostname')",
    )
    assert_refused_without_leak(live, genuine)
    assert not hostname or hostname not in everything_in(Store(live, "mallory"))


def test_schema_version_as_a_view_cannot_bypass_the_version_check(live, genuine):
    craft(
        genuine, "DROP TABLE schema_version", "CREATE VIEW schema_version AS SELECT 1 AS version, now() AS applied_at"
    )
    assert_refused_without_leak(live, genuine, "backup.unexpected_schema")


@pytest.mark.parametrize(
    "statements",
    [
        ["CREATE MACRO lookup(x) AS x"],
        ["CREATE MACRO rows_of() AS TABLE SELECT 1 AS x"],
        ["CREATE SCHEMA extra", "CREATE TABLE extra.people AS SELECT * FROM main.people"],
        ["CREATE TABLE notes_of_mine (x INTEGER)"],
        ["CREATE SEQUENCE counter"],
        ["CREATE TYPE mood AS ENUM ('a', 'b')"],
        ["CREATE INDEX people_by_name ON people (name)"],
        ["CREATE VIEW extra_view AS SELECT 1 AS x"],
        ["ALTER TABLE people ALTER COLUMN organisation SET DATA TYPE BLOB"],
        ["ALTER TABLE people ADD COLUMN extra VARCHAR"],
        ["ALTER TABLE people DROP COLUMN notes"],
        ["ALTER TABLE people RENAME COLUMN notes TO notes2"],
        ["ALTER TABLE passions ADD COLUMN leak VARCHAR DEFAULT 'x'"],
        ["DROP TABLE ledger_entries"],
    ],
    ids=lambda statements: statements[0][:40],
)
def test_anything_but_the_expected_catalog_is_refused(live, genuine, statements):
    craft(genuine, *statements)
    assert_refused_without_leak(live, genuine, "backup.unexpected_schema")


def test_a_generated_column_reading_settings_is_refused(live, genuine):
    con = duckdb.connect(str(genuine))
    ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'passions'").fetchone()[0]
    con.close()
    plain = "research_notes VARCHAR DEFAULT('') NOT NULL"
    assert plain in ddl
    generated = "research_notes VARCHAR GENERATED ALWAYS AS (current_setting('temp_directory'))"
    craft(genuine, "DROP TABLE passions", ddl.replace(plain, generated))
    assert_refused_without_leak(live, genuine, "backup.unexpected_schema")


def test_a_newer_snapshot_is_refused(live, genuine):
    craft(genuine, "INSERT INTO schema_version (version) VALUES (99)")
    error = assert_refused_without_leak(live, genuine, "error.db_too_new")
    assert error.params["found"] == 99


def test_a_database_without_frentor_tables_is_refused(live, tmp_path):
    other = tmp_path / "other.duckdb"
    craft(other, "CREATE TABLE t (x INTEGER)")
    assert_refused_without_leak(live, other, "backup.not_frentor")


@pytest.mark.parametrize(
    "content",
    [
        b"SQLite format 3\x00" + b"\x00" * 4080,
        b"",
        b"hello, this is text\n" * 50,
        bytes(range(256)) * 64,
        b"\x00" * 8 + b"DUCK" + b"\x00" * 4084,  # a DuckDB magic with nothing valid behind it
    ],
    ids=["sqlite", "empty", "text", "random", "bad-duckdb"],
)
def test_files_that_are_not_duckdb_databases_give_a_clear_message(live, tmp_path, content):
    path = tmp_path / "upload.duckdb"
    path.write_bytes(content)
    error = assert_refused_without_leak(live, path)
    assert error.key in ("backup.not_duckdb", "backup.unreadable")
    assert "Traceback" not in str(error)


def test_a_truncated_snapshot_gives_a_clear_message(live, genuine):
    data = genuine.read_bytes()
    genuine.write_bytes(data[: len(data) // 2])
    assert_refused_without_leak(live, genuine)


def test_restore_from_the_live_database_file_itself_is_refused(live):
    assert_refused_without_leak(live, Path(live.location), "backup.same_file")


def test_a_restricted_database_restores_only_from_its_file_area(tmp_path, genuine):
    area = tmp_path / "app" / "backups"
    db = Database(str(tmp_path / "app" / "app.duckdb"), restrict_files=True, allowed_directories=[area])
    try:
        with pytest.raises(FrentorError) as caught:
            restore_workspace(Store(db, "mallory"), genuine)
        assert caught.value.key == "backup.outside_area"
        area.mkdir(parents=True, exist_ok=True)
        inside = area / "snapshot.duckdb"
        inside.write_bytes(genuine.read_bytes())
        assert restore_workspace(Store(db, "mallory"), inside)["people"] == 2
    finally:
        db.close()


def test_the_cli_prints_one_clear_line_for_a_crafted_snapshot(live, genuine, tmp_path, capsys):
    from frentor.cli import main

    craft(genuine, "CREATE MACRO lookup(x) AS x")
    location = live.location
    live.close()
    assert main(["--db", location, "--workspace", "mallory", "restore", str(genuine)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out and "snapshot" in captured.err


def test_a_snapshot_of_an_older_schema_restores_with_one_row_per_ledger_id(live, tmp_path):
    """A version-1 snapshot (no ledger key then) is accepted as version 1's catalog, and an entry stored twice by an
    old race comes back once."""
    snapshot = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(snapshot))
    con.execute((Path(__file__).parents[1] / "fixtures" / "schema_v1.sql").read_text(encoding="utf-8"))
    workspace = con.execute("SELECT workspace FROM ledger_entries LIMIT 1").fetchone()[0]
    ids = con.execute("SELECT count(DISTINCT id) FROM ledger_entries WHERE workspace = ?", [workspace]).fetchone()[0]
    con.execute("INSERT INTO ledger_entries SELECT * FROM ledger_entries WHERE workspace = ?", [workspace])
    con.close()
    restored = restore_workspace(Store(live, workspace), snapshot)
    assert restored["ledger_entries"] == ids > 0
