import datetime as dt

import pandas as pd
import pytest

from frentor import report_back
from frentor.demo import REPORT_BACK_DEMO_MAX, REPORT_BACK_WINDOW_DAYS, build_demo_frames, load_demo
from frentor.kinds import REPORT_BACK_DAYS
from tests.conftest import TODAY


def test_exact_counts(store):
    summary = load_demo(store, people=40, entries=1234, seed=3, today=TODAY)
    counts = store.counts()
    assert (summary.people, summary.entries) == (40, 1234)
    assert counts["people"] == 40 and counts["ledger_entries"] == 1234
    assert counts["passions"] > 0 and counts["skills"] > 0 and counts["communities"] > 0


def test_same_seed_same_data_and_different_seed_differs():
    first = build_demo_frames(people=30, entries=300, seed=11, today=TODAY)
    second = build_demo_frames(people=30, entries=300, seed=11, today=TODAY)
    other = build_demo_frames(people=30, entries=300, seed=12, today=TODAY)
    for table, frame in first.items():
        pd.testing.assert_frame_equal(frame, second[table])
    assert not first["ledger_entries"]["id"].equals(other["ledger_entries"]["id"])


def test_demo_is_realistic(store):
    load_demo(store, people=60, entries=2000, seed=5, today=TODAY)
    roles = {r[0] for r in store.read("SELECT DISTINCT role FROM people WHERE workspace = ?")}
    stages = {r[0] for r in store.read("SELECT DISTINCT stage FROM people WHERE workspace = ?")}
    directions = {r[0] for r in store.read("SELECT DISTINCT direction FROM ledger_entries WHERE workspace = ?")}
    span = store.read("SELECT min(occurred_on), max(occurred_on) FROM ledger_entries WHERE workspace = ?")[0]
    assert roles == {"mentor", "frentor", "peer", "mentee"}
    assert len(stages) >= 5
    assert directions == {"gave", "received"}
    assert span[1] <= TODAY and (span[1] - span[0]).days > 600  # spread over about two years
    orphans = store.read(
        "SELECT count(*) FROM ledger_entries e WHERE workspace = ? AND e.person_id IS NOT NULL "
        "AND e.person_id NOT IN (SELECT id FROM people WHERE workspace = e.workspace)"
    )[0][0]
    unknown_kinds = store.read(
        "SELECT count(*) FROM ledger_entries e WHERE workspace = ? "
        "AND e.kind_id NOT IN (SELECT id FROM value_kinds WHERE workspace = e.workspace)"
    )[0][0]
    assert orphans == 0 and unknown_kinds == 0
    ids = store.read("SELECT count(DISTINCT id), count(*) FROM ledger_entries WHERE workspace = ?")[0]
    assert ids[0] == ids[1]


def test_demo_replaces_only_its_own_workspace(store, other_store):
    load_demo(other_store, people=5, entries=10, today=TODAY)
    load_demo(store, people=7, entries=20, today=TODAY)
    load_demo(store, people=8, entries=30, today=TODAY)
    assert store.counts()["people"] == 8 and store.counts()["ledger_entries"] == 30
    assert other_store.counts()["people"] == 5


def test_bad_counts_are_refused():
    with pytest.raises(ValueError):
        build_demo_frames(people=0, entries=5)


def test_demo_help_received_lately_waits_for_a_report_back(store):
    load_demo(store, people=60, entries=3000, seed=5, today=TODAY)
    open_ones = report_back.open_follow_ups(store)
    assert len(open_ones) == REPORT_BACK_DEMO_MAX  # a dozen, however much help the ledger holds
    assert open_ones, "recent advice, introductions and referrals each open a reminder"
    assert any(f.is_due(TODAY) for f in open_ones) and not all(f.is_due(TODAY) for f in open_ones)
    for follow_up in open_ones:
        assert follow_up.kind_key in REPORT_BACK_DAYS
        assert follow_up.due_on == follow_up.received_on + dt.timedelta(days=REPORT_BACK_DAYS[follow_up.kind_key])
        assert (TODAY - follow_up.received_on).days <= REPORT_BACK_WINDOW_DAYS
    received = store.read(
        "SELECT e.id, e.person_id, e.occurred_on, e.note FROM ledger_entries e JOIN value_kinds k "
        "ON k.workspace = e.workspace AND k.id = e.kind_id WHERE e.workspace = ? AND e.direction = 'received' "
        "AND list_contains(?, k.key) AND e.occurred_on >= ?",
        [list(REPORT_BACK_DAYS), TODAY - dt.timedelta(days=REPORT_BACK_WINDOW_DAYS)],
    )
    reminders = {(f.entry_id, f.person_id, f.received_on, f.note) for f in open_ones}
    assert len(received) > REPORT_BACK_DEMO_MAX and reminders < set(received)  # each is recent help received


def test_a_demo_without_entries_has_people_and_no_reminders(store):
    load_demo(store, people=5, entries=0, today=TODAY)
    assert (store.counts()["people"], store.counts()["ledger_entries"]) == (5, 0)
    assert report_back.open_follow_ups(store) == []
