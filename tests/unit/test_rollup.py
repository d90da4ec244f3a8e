"""Property: after any sequence of ledger writes, imports, edits, deletes, clears, demo loads, restores and merges,
in any of two workspaces, the monthly rollup (frentor/store/rollup.py) equals the aggregate of the ledger."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from frentor import ledger
from frentor.backup import backup_database, restore_workspace
from frentor.demo import load_demo
from frentor.importer import import_sources, sources_from_uploads
from frentor.kinds import ensure_default_kinds
from frentor.people import NewPerson, add_person, delete_person
from frentor.store import Database, Store, rollup

TODAY = dt.date(2026, 11, 27)
WORKSPACES = ("alice", "bob")

days = st.dates(min_value=dt.date(2025, 1, 1), max_value=TODAY)
points = st.decimals(min_value=0, max_value=50, places=2)
directions = st.sampled_from(["gave", "received"])


def ledger_aggregate(db: Database) -> list[tuple]:
    return db.read(
        f"SELECT workspace, {rollup.MONTH_OF}, coalesce(person_id, ''), "
        "coalesce(sum(points) FILTER (WHERE direction = 'gave'), 0), "
        "coalesce(sum(points) FILTER (WHERE direction = 'received'), 0), count(*), "
        "count(*) FILTER (WHERE direction = 'gave' AND points > 0), count(*) FILTER (WHERE direction = 'received'), "
        "min(occurred_on), max(occurred_on) FROM ledger_entries GROUP BY ALL ORDER BY ALL"
    )


def rollup_aggregate(db: Database) -> list[tuple]:
    return db.read(
        "SELECT workspace, month, person_id, sum(given), sum(received), sum(entries), sum(gave_count), "
        "sum(received_count), "
        "min(first_on), max(last_on) FROM ledger_months GROUP BY ALL ORDER BY ALL"
    )


class LedgerWrites(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="frentor-rollup-"))
        self.db = Database(str(self.folder / "rollup.duckdb"))
        self.stores = {name: Store(self.db, name) for name in WORKSPACES}
        self.people: dict[str, list[str]] = {name: [] for name in WORKSPACES}
        self.snapshots: list[Path] = []
        self.numbers = itertools.count()
        for store in self.stores.values():
            ensure_default_kinds(store)

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _entries(self, workspace: str) -> list[str]:
        return [row[0] for row in self.stores[workspace].read("SELECT id FROM ledger_entries WHERE workspace = ?")]

    @rule(workspace=st.sampled_from(WORKSPACES))
    def add_someone(self, workspace: str) -> None:
        person = add_person(self.stores[workspace], NewPerson(name=f"Person {next(self.numbers)}"))
        self.people[workspace].append(person)

    @precondition(lambda self: any(self.people.values()))
    @rule(data=st.data(), day=days, direction=directions, amount=points, to_a_community=st.booleans())
    def log(self, data, day, direction, amount, to_a_community) -> None:
        workspace = data.draw(st.sampled_from([w for w in WORKSPACES if self.people[w]]))
        person = data.draw(st.sampled_from(self.people[workspace]))
        entry = ledger.NewEntry(
            occurred_on=day,
            direction=direction,
            kind_id="kind-feedback",
            person_id=None if to_a_community else person,
            community_id="a-community" if to_a_community else None,
            points=amount,
        )
        if to_a_community:  # a community entry needs the community to exist
            self.stores[workspace].write(
                lambda cur: cur.execute(
                    "INSERT INTO communities (workspace, id, name) SELECT ?, 'a-community', 'Club' "
                    "WHERE NOT EXISTS (SELECT 1 FROM communities WHERE workspace = ? AND id = 'a-community')",
                    [workspace, workspace],
                )
            )
        ledger.log_entry(self.stores[workspace], entry, today=TODAY)

    @rule(data=st.data(), workspace=st.sampled_from(WORKSPACES), count=st.integers(1, 20))
    def log_many_alike(self, data, workspace, count) -> None:
        """Many entries for one person and month: the group's rows get merged."""
        if not self.people[workspace]:
            return
        person = data.draw(st.sampled_from(self.people[workspace]))
        day = data.draw(days)
        for _ in range(count):
            entry = ledger.NewEntry(occurred_on=day, direction="gave", kind_id="kind-feedback", person_id=person)
            ledger.log_entry(self.stores[workspace], entry, today=TODAY)

    @rule(data=st.data(), workspace=st.sampled_from(WORKSPACES), day=days, direction=directions, amount=points)
    def edit(self, data, workspace, day, direction, amount) -> None:
        entries = self._entries(workspace)
        if not entries:
            return
        chosen = data.draw(st.lists(st.sampled_from(entries), min_size=1, max_size=3, unique=True))
        change = data.draw(
            st.fixed_dictionaries(
                {}, optional={"occurred_on": st.just(day), "direction": st.just(direction), "points": st.just(amount)}
            )
        )
        if change:
            ledger.update_entries(self.stores[workspace], {entry: dict(change) for entry in chosen}, today=TODAY)

    @rule(data=st.data(), workspace=st.sampled_from(WORKSPACES))
    def delete(self, data, workspace) -> None:
        entries = self._entries(workspace)
        if entries:
            ledger.delete_entries(self.stores[workspace], data.draw(st.lists(st.sampled_from(entries), max_size=4)))

    @rule(data=st.data(), workspace=st.sampled_from(WORKSPACES))
    def delete_a_person_and_their_entries(self, data, workspace) -> None:
        if self.people[workspace]:
            person = data.draw(st.sampled_from(self.people[workspace]))
            delete_person(self.stores[workspace], person, delete_ledger_entries=True)
            self.people[workspace].remove(person)

    @rule(
        workspace=st.sampled_from(WORKSPACES),
        rows=st.lists(st.tuples(days, st.sampled_from(["Ann", "Bea"]), directions, points), min_size=1, max_size=6),
        reuse_ids=st.booleans(),
    )
    def import_a_ledger_file(self, workspace, rows, reuse_ids) -> None:
        """A CSV with new entries; with reuse_ids, entries already here change (date, direction, points)."""
        existing = self._entries(workspace) if reuse_ids else []
        lines = ["id,date,person,direction,kind,points"]
        for index, (day, name, direction, amount) in enumerate(rows):
            entry_id = existing[index] if index < len(existing) else f"imported-{next(self.numbers)}"
            lines.append(f"{entry_id},{day.isoformat()},{name},{direction},feedback,{amount}")
        text = "\n".join(lines) + "\n"
        import_sources(self.stores[workspace], sources_from_uploads([("ledger.csv", text.encode())]))

    @rule(workspace=st.sampled_from(WORKSPACES), seed=st.integers(0, 3))
    def load_demo_data(self, workspace, seed) -> None:
        load_demo(self.stores[workspace], people=4, entries=30, seed=seed, today=TODAY)
        ensure_default_kinds(self.stores[workspace])
        self.people[workspace] = [
            r[0] for r in self.stores[workspace].read("SELECT id FROM people WHERE workspace = ?")
        ]

    @rule(workspace=st.sampled_from(WORKSPACES))
    def clear(self, workspace) -> None:
        self.stores[workspace].clear()
        ensure_default_kinds(
            self.stores[workspace]
        )  # a cleared workspace gets its built-in kinds again, as the app does
        self.people[workspace] = []

    @rule()
    def take_a_snapshot(self) -> None:
        target = self.folder / f"snapshot-{len(self.snapshots)}.duckdb"
        backup_database(self.stores["alice"], target)
        self.snapshots.append(target)

    @precondition(lambda self: self.snapshots)
    @rule(data=st.data(), workspace=st.sampled_from(WORKSPACES))
    def restore(self, data, workspace) -> None:
        restore_workspace(self.stores[workspace], data.draw(st.sampled_from(self.snapshots)))
        ensure_default_kinds(self.stores[workspace])
        self.people[workspace] = [
            r[0] for r in self.stores[workspace].read("SELECT id FROM people WHERE workspace = ?")
        ]

    @invariant()
    def rollup_equals_the_ledger(self) -> None:
        assert rollup_aggregate(self.db) == ledger_aggregate(self.db)

    @invariant()
    def merged_groups_stay_small(self) -> None:
        largest = self.db.read(
            "SELECT coalesce(max(n), 0) FROM "
            "(SELECT count(*) AS n FROM ledger_months GROUP BY workspace, month, person_id)"
        )
        assert largest[0][0] < rollup.MERGE_AFTER


LedgerWrites.TestCase.settings = settings(
    max_examples=20, stateful_step_count=12, deadline=None, suppress_health_check=list(HealthCheck)
)
TestRollupFollowsTheLedger = LedgerWrites.TestCase
