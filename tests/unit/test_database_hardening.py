"""DuckDB file-access hardening of the app's open path (Database(restrict_files=True)): what it blocks and what
keeps working (registered pandas frames, WAL and checkpoints, spilling to the temp directory, backups)."""

from __future__ import annotations

import os

import duckdb
import pandas as pd
import pytest

from frentor.backup import backup_database, restore_workspace
from frentor.people import NewPerson, add_person, search_people
from frentor.store import Database, Store


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "outside" / "secret.csv"
    path.parent.mkdir()
    path.write_text("name,password\nroot,hunter2\n", encoding="utf-8")
    return path


@pytest.fixture
def hardened(db_path):
    area = db_path.parent / "backups"
    database = Database(str(db_path), restrict_files=True, allowed_directories=[area])
    yield database
    database.close()


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('{secret}')",
        "SELECT * FROM '{secret}'",
        "SELECT content FROM read_text('{secret}')",
        "SELECT * FROM read_text('/etc/passwd')",
        "COPY (SELECT 1) TO '{outside}/leak.csv'",
        "ATTACH '{outside}/other.duckdb' AS other",
        "SELECT * FROM glob('{outside}/*')",
    ],
)
def test_sql_cannot_touch_arbitrary_files(hardened, secret_file, sql):
    statement = sql.format(secret=secret_file, outside=secret_file.parent)
    with pytest.raises(duckdb.Error) as raised, hardened.cursor() as cur:
        cur.execute(statement).fetchall()
    assert "hunter2" not in str(raised.value)
    assert not (secret_file.parent / "leak.csv").exists()
    assert not (secret_file.parent / "other.duckdb").exists()


@pytest.mark.parametrize(
    "sql",
    [
        "SET enable_external_access = true",
        "SET allowed_directories = ['/']",
        "SET lock_configuration = false",
        "RESET enable_external_access",
    ],
)
def test_the_restriction_cannot_be_undone(hardened, secret_file, sql):
    with pytest.raises(duckdb.Error), hardened.cursor() as cur:
        cur.execute(sql)
    with pytest.raises(duckdb.Error), hardened.cursor() as cur:
        cur.execute(f"SELECT * FROM read_csv('{secret_file}')").fetchall()


def test_extensions_cannot_be_loaded(hardened):
    with pytest.raises(duckdb.Error), hardened.cursor() as cur:
        cur.execute("LOAD httpfs")


def test_an_unrestricted_database_can_read_files(db_path, secret_file):
    """The control: the same query works without the restriction (so the tests above prove something)."""
    database = Database(str(db_path))
    try:
        assert database.read(f"SELECT password FROM read_csv('{secret_file}')") == [("hunter2",)]
        assert database.restricted is False
    finally:
        database.close()


def test_registered_frames_and_normal_work_still_function(hardened):
    store = Store(hardened, "alice")
    frame = pd.DataFrame({"id": ["p1"], "name": ["O'Brien 🦊 李"], "role": ["peer"]})
    inserted = store.write(lambda cur: store.insert_frame(cur, "people", frame))
    assert inserted == 1
    add_person(store, NewPerson(name='"Quoted" 名字'))
    assert sorted(search_people(store)[0]["name"]) == ['"Quoted" 名字', "O'Brien 🦊 李"]
    assert store.read_df("SELECT count(*) AS n FROM people WHERE workspace = ?")["n"].iloc[0] == 2


def test_wal_and_checkpoint_survive_reopen(db_path):
    database = Database(str(db_path), restrict_files=True)
    store = Store(database, "alice")
    add_person(store, NewPerson(name="before checkpoint"))
    database.checkpoint()
    add_person(store, NewPerson(name="after checkpoint"))  # a new WAL file after the checkpoint
    database.close()
    reopened = Database(str(db_path))
    try:
        assert sorted(search_people(Store(reopened, "alice"))[0]["name"]) == ["after checkpoint", "before checkpoint"]
    finally:
        reopened.close()


def test_big_sort_spills_to_the_temp_directory(db_path):
    database = Database(str(db_path), config={"memory_limit": "64MB", "threads": "1"}, restrict_files=True)
    try:
        temp = database.read("SELECT current_setting('temp_directory')")[0][0]
        assert any(str(temp).rstrip("/") + "/" == d for d in database.allowed_directories)
        assert not os.path.exists(temp), "DuckDB creates its temp directory only when it spills"
        rows = database.read(
            "SELECT max(x) FROM (SELECT md5(i::VARCHAR) || repeat('x', 60) AS x FROM range(1200000) r(i) ORDER BY x)"
        )
        assert rows[0][0].startswith("ffff")
        assert os.path.isdir(temp), "the sort spilled to disk under the restriction"
    finally:
        database.close()


def test_backup_and_restore_work_inside_the_allowed_area(hardened, db_path):
    store = Store(hardened, "alice")
    add_person(store, NewPerson(name="kept in the backup"))
    target = backup_database(store, db_path.parent / "backups" / "snap.duckdb")
    add_person(store, NewPerson(name="added after the backup"))
    restore_workspace(store, target)
    assert list(search_people(store)[0]["name"]) == ["kept in the backup"]


def test_backup_outside_the_allowed_area_is_refused(hardened, tmp_path):
    store = Store(hardened, "alice")
    with pytest.raises(duckdb.Error):
        backup_database(store, tmp_path / "elsewhere" / "snap.duckdb")


def test_second_open_of_the_same_file_in_one_process_is_fine(hardened, db_path):
    again = Database(str(db_path), restrict_files=True)  # DuckDB shares the already locked instance
    try:
        assert again.restricted
        assert again.read("SELECT current_setting('enable_external_access')") == [(False,)]
    finally:
        again.close()


def test_memory_database_can_be_restricted_too(secret_file):
    database = Database(":memory:", restrict_files=True)
    try:
        with pytest.raises(duckdb.Error):
            database.read(f"SELECT * FROM read_csv('{secret_file}')")
    finally:
        database.close()


def test_registered_arrow_tables_still_work(hardened):
    import pyarrow as pa

    with hardened.cursor() as cur:
        cur.register("staged_arrow", pa.table({"n": [1, 2, 39]}))
        try:
            assert cur.execute("SELECT sum(n) FROM staged_arrow").fetchall() == [(42,)]
        finally:
            cur.unregister("staged_arrow")


@pytest.mark.parametrize("restrict", [False, True])
def test_no_extension_is_downloaded_or_loaded_on_demand(db_path, tmp_path, restrict):
    """Every Database (CLI and app) turns DuckDB's extension autoload/autoinstall off: a file's content must never
    make it fetch code (a SQLite header would load sqlite_scanner from the network)."""
    database = Database(str(db_path), restrict_files=restrict, allowed_directories=[tmp_path])
    fake = tmp_path / "fake.db"
    fake.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    try:
        settings = database.read(
            "SELECT current_setting('autoload_known_extensions'), current_setting('autoinstall_known_extensions')"
        )
        assert settings == [(False, False)]
        with pytest.raises(duckdb.Error) as raised, database.cursor() as cur:
            cur.execute(f"ATTACH '{fake}' AS fake (READ_ONLY)")
        assert "download" not in str(raised.value).lower()
    finally:
        database.close()
