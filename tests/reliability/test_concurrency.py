"""8 threads acting as 8 app sessions on one store: every write is kept, nobody sees a raw DuckDB error."""

from __future__ import annotations

import os
import random
import threading
from decimal import Decimal

import duckdb
import pytest

from frentor.errors import StoreError
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.people import NewPerson, add_person, set_next_action
from frentor.store import Database, Store
from tests.conftest import TODAY
from tests.unit.test_rollup import ledger_aggregate, rollup_aggregate

THREADS = 8
ENTRIES_PER_THREAD = int(os.environ.get("FRENTOR_CONCURRENCY_ENTRIES", "500"))


@pytest.mark.reliability
def test_concurrent_sessions_keep_every_write(tmp_path):
    db = Database(str(tmp_path / "busy.duckdb"))
    store = Store(db, "alice")
    ensure_default_kinds(store)
    people = [add_person(store, NewPerson(f"Person {i}", role="frentor")) for i in range(5)]
    shared = people[0]
    written: dict[str, Decimal] = {p: Decimal(0) for p in people}
    lock = threading.Lock()
    raw_errors: list[BaseException] = []
    clear_conflicts: list[StoreError] = []

    def session(number: int) -> None:
        rng = random.Random(number)
        mine = Store(db, "alice")  # each session builds its own store on the shared database, as the app does
        try:
            for i in range(ENTRIES_PER_THREAD):
                person = rng.choice(people)
                points = Decimal(rng.randint(0, 500)) / 100
                direction = rng.choice(["gave", "received"])
                log_entry(
                    mine,
                    NewEntry(
                        occurred_on=TODAY,
                        direction=direction,
                        kind_id="kind-feedback",
                        person_id=person,
                        points=points,
                        note=f"t{number}-{i} 张 🤝",
                    ),
                    today=TODAY,
                )
                with lock:
                    written[person] += points if direction == "gave" else -points
                if i % 25 == 0:  # everyone edits the same person now and then: same-row conflicts
                    try:
                        set_next_action(mine, shared, f"ping from session {number} #{i}", None)
                    except StoreError as exc:
                        clear_conflicts.append(exc)
        except StoreError as exc:
            clear_conflicts.append(exc)
        except (duckdb.Error, Exception) as exc:  # any raw error is a failure of the store
            raw_errors.append(exc)

    threads = [threading.Thread(target=session, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not raw_errors, raw_errors[:3]
    assert all(exc.key == "error.db_conflict" for exc in clear_conflicts)
    total = store.read("SELECT count(*) FROM ledger_entries WHERE workspace = ?")[0][0]
    assert total == THREADS * ENTRIES_PER_THREAD  # every ledger write kept
    balances = dict(
        store.read(
            "SELECT person_id, sum(CASE WHEN direction = 'gave' THEN points ELSE -points END) "
            "FROM ledger_entries WHERE workspace = ? GROUP BY person_id"
        )
    )
    assert {p: balances.get(p, Decimal(0)) for p in people} == written
    # The monthly rollup was appended to by every session and merged meanwhile: it still adds up to the ledger.
    assert rollup_aggregate(db) == ledger_aggregate(db)
    db.close()
