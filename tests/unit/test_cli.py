import pytest

from frentor.cli import main
from frentor.store import Database, Store


def test_demo_then_info(db_path, capsys):
    assert main(["--db", str(db_path), "--workspace", "w1", "demo", "--people", "12", "--entries", "50"]) == 0
    assert main(["--db", str(db_path), "--workspace", "w1", "info"]) == 0
    out = capsys.readouterr().out
    assert "people: 12" in out and "ledger_entries: 50" in out
    db = Database(str(db_path))
    assert Store(db, "local").counts()["people"] == 0
    db.close()


def test_env_selects_database_and_workspace(db_path, monkeypatch):
    monkeypatch.setenv("FRENTOR_DB", str(db_path))
    monkeypatch.setenv("FRENTOR_WORKSPACE", "from-env")
    assert main(["demo", "--people", "3", "--entries", "4"]) == 0
    db = Database(str(db_path))
    assert Store(db, "from-env").counts()["ledger_entries"] == 4
    db.close()


def test_store_errors_become_messages_not_tracebacks(tmp_path, capsys):
    bogus = tmp_path / "x.duckdb"
    bogus.write_text("not a database")
    assert main(["--db", str(bogus), "info"]) == 1
    err = capsys.readouterr().err
    assert "cannot open the database" in err and "Traceback" not in err


def test_backup_and_restore_commands(db_path, tmp_path, capsys):
    snapshot = tmp_path / "snap.duckdb"
    assert main(["--db", str(db_path), "demo", "--people", "4", "--entries", "9"]) == 0
    assert main(["--db", str(db_path), "backup", str(snapshot)]) == 0
    assert main(["--db", str(db_path), "demo", "--people", "2", "--entries", "1", "--replace"]) == 0
    assert main(["--db", str(db_path), "restore", str(snapshot)]) == 0
    out = capsys.readouterr().out
    assert "ledger_entries: 9" in out
    assert main(["--db", str(db_path), "backup", str(snapshot)]) == 1  # never overwrites
    assert "already exists" in capsys.readouterr().err


def test_demo_refuses_to_replace_real_data_without_replace_and_names_the_loss(db_path, capsys):
    from frentor.kinds import add_kind

    assert main(["--db", str(db_path), "demo", "--people", "4", "--entries", "9"]) == 0
    db = Database(str(db_path))
    add_kind(Store(db, "local"), "Bought them lunch", 3)
    before = Store(db, "local").counts()
    db.close()
    capsys.readouterr()

    assert main(["--db", str(db_path), "demo", "--people", "2", "--entries", "1"]) == 1
    err = capsys.readouterr().err
    assert "4 people" in err and "9 ledger entries" in err and "1 kind of your own" in err and "--replace" in err
    db = Database(str(db_path))
    assert Store(db, "local").counts() == before, "nothing was replaced"
    db.close()

    assert main(["--db", str(db_path), "demo", "--people", "2", "--entries", "1", "--replace"]) == 0
    db = Database(str(db_path))
    assert Store(db, "local").counts()["people"] == 2
    db.close()


def test_demo_on_an_empty_workspace_needs_no_replace(db_path):
    assert main(["--db", str(db_path), "--workspace", "fresh", "demo", "--people", "2", "--entries", "1"]) == 0


# -- robustness: every input of the security review gives one clear message and exit code 1, never a traceback ---
def _zip(**files: bytes) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _corrupt_zip() -> bytes:
    data = bytearray(_zip(**{"people.csv": b"id,name\n" + b"p1,Ada Lovelace\n" * 200}))
    start = data.index(b"people.csv") + len("people.csv")
    for offset in range(start + 2, start + 40):
        data[offset] ^= 0xFF
    return bytes(data)


def _repeated_zip() -> bytes:
    import io
    import warnings
    import zipfile

    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the repeated name: that is the point
        for _ in range(5):
            archive.writestr("ledger.csv", b"0" * (8 * 1024 * 1024))
    return buffer.getvalue()


LEDGER = b"date,person,direction,kind,points\n"
HOSTILE_FILES = {
    "sqlite header.duckdb": b"SQLite format 3\x00" + b"\x00" * 4080,
    "random.duckdb": bytes(range(256)) * 40,
    "empty.duckdb": b"",
    "corrupt.zip": _corrupt_zip(),
    "repeated.zip": _repeated_zip(),
    "nested.zip": _zip(**{"ledger.csv": _zip(**{"people.csv": b"id,name\np,x\n"}), "inner.zip": b"PK\x03\x04"}),
    "broken.zip": b"PK\x03\x04 broken",
    "settings.csv": b"key,value\nlanguage,not json at all\n",
    "five megabyte name.csv": LEDGER + b"2026-01-01," + b"A" * 5_000_000 + b",gave,feedback,1\n",
    "huge row.csv": LEDGER + b'2026-01-01,"' + b"x\n" * (20 * 1024 * 1024) + b'",gave,feedback,1\n',
    "huge header.csv": b",".join(b"c%d" % i for i in range(40_000)) + b"\n",
    "latin1.csv": LEDGER + "2026-01-01,Zoë,gave,feedback,1\n".encode("latin-1"),
    "image.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "communities.csv": b"id,name,url\nc1,Evil,javascript:alert(1)\n",
    "passions.csv": b"id,title,hashtags\np1,Phish,#ok [log in](https://evil.test)\n",
}


def _no_traceback(capsys) -> str:
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Traceback" not in text, text[-2000:]
    return captured.err


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_files_give_one_clear_message_and_exit_1(db_path, tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(HOSTILE_FILES[name])
    command = "restore" if name.endswith(".duckdb") else "import"
    assert main(["--db", str(db_path), command, str(path)]) == 1
    err = _no_traceback(capsys)
    assert err.strip() and len(err) < 5_000


@pytest.mark.parametrize(
    "args",
    [
        ["--workspace", "", "info"],
        ["--workspace", "   ", "demo"],
        ["restore", "{tmp}/missing.duckdb"],
        ["import", "{tmp}/missing.csv"],
        ["import", "{tmp}"],
        ["export", "{tmp}/a-file"],
        ["backup", "{tmp}/a-file"],
    ],
)
def test_bad_arguments_give_one_clear_message_and_exit_1(db_path, tmp_path, capsys, args):
    (tmp_path / "a-file").write_text("taken")
    assert main(["--db", str(db_path), *(a.format(tmp=tmp_path) for a in args)]) == 1
    err = _no_traceback(capsys)
    assert err.strip()


def test_a_blank_workspace_is_refused_not_taken_as_local(db_path, monkeypatch, capsys):
    assert main(["--db", str(db_path), "--workspace", "", "demo", "--people", "2", "--entries", "1"]) == 1
    assert "workspace" in capsys.readouterr().err
    monkeypatch.setenv("FRENTOR_WORKSPACE", "  ")
    assert main(["--db", str(db_path), "demo", "--people", "2", "--entries", "1"]) == 1
    db = Database(str(db_path))
    assert Store(db, "local").counts()["people"] == 0
    db.close()


def test_an_unexpected_error_is_one_line_and_debug_shows_the_trace(db_path, monkeypatch, capsys):
    import frentor.cli as cli

    def broken(store, args):
        raise RuntimeError("something internal\nwith a second line")

    help_text, add_arguments, _run = cli.COMMANDS["info"]
    monkeypatch.setitem(cli.COMMANDS, "info", (help_text, add_arguments, broken))
    assert main(["--db", str(db_path), "info"]) == 1
    err = _no_traceback(capsys)
    assert len(err.strip().splitlines()) == 1 and "RuntimeError" in err and "--debug" in err
    assert main(["--db", str(db_path), "--debug", "info"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_backup_says_it_is_an_operator_tool_holding_every_workspace(db_path, tmp_path, capsys):
    from frentor.cli import build_parser

    db = Database(str(db_path))
    for workspace in ("alice", "bob", "carol"):
        Store(db, workspace).set_setting("language", "en")
    db.close()
    assert main(["--db", str(db_path), "--workspace", "alice", "backup", str(tmp_path / "all.duckdb")]) == 0
    out = capsys.readouterr().out
    assert "every workspace" in out and "3 workspaces" in out and "export" in out
    help_text = build_parser()._subparsers._group_actions[0].choices["backup"].format_help()
    assert "operator" in help_text.lower()
