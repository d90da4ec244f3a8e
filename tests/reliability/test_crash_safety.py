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
from frentor.store import Database, Store
from tests.conftest import TODAY

TRIALS = int(os.environ.get("FRENTOR_CRASH_TRIALS", "4"))
BIG_PEOPLE, BIG_ENTRIES = 2_000, 200_000

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
    bob = Store(db, "bob").counts()
    assert (bob["people"], bob["ledger_entries"]) == (3, 7)  # previously committed data intact
    db.close()
