import pandas as pd
import pytest

from frentor.demo import build_demo_frames, load_demo
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
