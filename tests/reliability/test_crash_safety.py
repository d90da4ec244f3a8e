"""kill -9 in the middle of a large write: afterwards the database opens and the write is all there or absent."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from frentor.demo import load_demo
from frentor.importer import MAX_ROWS
from frentor.store import Database, Store
from tests.conftest import TODAY

TRIALS = int(os.environ.get("FRENTOR_CRASH_TRIALS", "4"))
BIG_PEOPLE, BIG_ENTRIES = 2_000, 200_000
IMPORT_ENTRIES = MAX_ROWS  # the largest ledger one import accepts

_WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from frentor.demo import load_demo
    from frentor.store import Database, Store
    store = Store(Database(sys.argv[1]), "alice")
    print("start", flush=True)
    load_demo(store, people={people}, entries={entries}, seed=99, today=dt.date(2026, 11, 27))
    print("done", flush=True)
""").format(people=BIG_PEOPLE, entries=BIG_ENTRIES)


@pytest.mark.reliability
@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_during_demo_load_keeps_all_or_nothing(tmp_path, trial):
    path = str(tmp_path / "crash.duckdb")
    db = Database(path)
    load_demo(Store(db, "alice"), people=5, entries=10, today=TODAY)
    load_demo(Store(db, "bob"), people=3, entries=7, today=TODAY)
    db.close()

    writer = subprocess.Popen([sys.executable, "-c", _WRITER, path], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "start"
    time.sleep(random.Random(trial).uniform(0.05, 2.5))
    finished = writer.poll() is not None
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)

    db = Database(path)  # opens (WAL replayed or discarded), no error
    alice = Store(db, "alice").counts()
    assert (alice["people"], alice["ledger_entries"]) in {(5, 10), (BIG_PEOPLE, BIG_ENTRIES)}, (finished, alice)
    print(f"\ncrash-trial demo outcome={'complete' if alice['people'] == BIG_PEOPLE else 'absent'}")
    bob = Store(db, "bob").counts()
    assert (bob["people"], bob["ledger_entries"]) == (3, 7)  # previously committed data intact
    db.close()


_IMPORTER = textwrap.dedent("""
    import sys
    from frentor.cli import main
    print("start", flush=True)
    sys.exit(main(["--db", sys.argv[1], "--workspace", "alice", "import", sys.argv[2]]))
""")


@pytest.fixture(scope="module")
def big_export(tmp_path_factory):
    """An export as large as one import accepts (importer.MAX_ROWS entries), written once, imported (and killed)
    many times."""
    from frentor.reports import export_to_dir

    folder = tmp_path_factory.mktemp("big-export")
    db = Database(str(folder / "source.duckdb"))
    source = Store(db, "source")
    load_demo(source, people=BIG_PEOPLE, entries=IMPORT_ENTRIES, seed=42, today=TODAY)
    export_to_dir(source, folder / "export")
    db.close()
    return folder / "export"


@pytest.mark.reliability
@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_during_import_keeps_all_or_nothing(tmp_path, big_export, trial):
    path = str(tmp_path / "import.duckdb")
    db = Database(path)
    load_demo(Store(db, "alice"), people=5, entries=10, today=TODAY)
    before = Store(db, "alice").read("SELECT id, points, note FROM ledger_entries WHERE workspace = ? ORDER BY id")
    db.close()

    importer = subprocess.Popen(
        [sys.executable, "-c", _IMPORTER, path, str(big_export)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert importer.stdout.readline().strip() == "start"
    time.sleep(random.Random(1000 + trial).uniform(0.1, 6.0))
    importer.send_signal(signal.SIGKILL)
    importer.wait(timeout=30)

    db = Database(path)
    alice = Store(db, "alice")
    counts = alice.counts()
    assert counts["ledger_entries"] in {10, 10 + IMPORT_ENTRIES}, counts
    assert counts["people"] in {5, 5 + BIG_PEOPLE}, counts
    assert (counts["ledger_entries"] == 10) == (counts["people"] == 5)  # never half an import
    print(f"\ncrash-trial import outcome={'absent' if counts['people'] == 5 else 'complete'}")
    kept = alice.read(
        "SELECT id, points, note FROM ledger_entries WHERE workspace = ? AND id = ANY(?) ORDER BY id",
        [[row[0] for row in before]],
    )
    assert kept == before  # what was committed before is intact
    db.close()
