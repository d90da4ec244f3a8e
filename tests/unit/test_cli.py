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
