"""Health labels at their edges, the interval reset by any exchange, and defaults by role."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from frentor import health
from frentor.people import NewPerson, add_person
from tests.conftest import TODAY
from tests.unit.test_balance import add_entry

D = dt.date
RULES = health.DEFAULT_RULES  # min 3 exchanges, 3 months, ratio 1.5, at least 5 points


def label(**overrides):
    values = {
        "role": "peer",
        "exchanges": 5,
        "days_since": 10,
        "interval": 30,
        "given_recent": 10.0,
        "received_recent": 10.0,
    }
    values.update(overrides)
    days = values["days_since"]
    person = {
        "person_id": "p",
        "name": "P",
        "role": values["role"],
        "keep_in_touch_days": values["interval"],
        "last_exchange": None if days is None else TODAY - dt.timedelta(days=days),
        "exchanges": values["exchanges"],
        "given_recent": values["given_recent"],
        "received_recent": values["received_recent"],
    }
    return health.label_frame(pd.DataFrame([person]), TODAY)["label"].iloc[0]


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, "on_track"),
        ({"exchanges": 2}, "too_early"),
        ({"exchanges": 3}, "on_track"),
        ({"exchanges": 0, "days_since": None}, "too_early"),
        ({"days_since": 30}, "on_track"),  # exactly the interval: not overdue yet
        ({"days_since": 31}, "check_in"),
        ({"exchanges": 2, "days_since": 400}, "too_early"),  # too little history wins
        ({"received_recent": 15.0}, "on_track"),  # 5 more, but not more than 1.5 x 10
        ({"received_recent": 15.01}, "taking"),  # 5.01 more and more than 1.5 x 10
        ({"given_recent": 0.0, "received_recent": 4.99}, "on_track"),  # less than 5 points: too small to matter
        ({"given_recent": 0.0, "received_recent": 5.0}, "taking"),
        ({"given_recent": 20.0, "received_recent": 29.0}, "on_track"),  # 9 more but only 1.45 x
        ({"role": "mentor", "given_recent": 0.0, "received_recent": 50.0}, "on_track"),  # tilt expected
        ({"role": "mentee", "given_recent": 0.0, "received_recent": 50.0}, "on_track"),
        ({"role": "frentor", "given_recent": 0.0, "received_recent": 50.0}, "taking"),
        ({"days_since": 31, "given_recent": 0.0, "received_recent": 50.0}, "check_in"),  # overdue first
    ],
)
def test_label_edges(overrides, expected):
    assert label(**overrides) == expected


def test_months_before_clamps_to_month_end():
    assert health.months_before(D(2026, 5, 31), 3) == D(2026, 2, 28)
    assert health.months_before(D(2024, 5, 31), 3) == D(2024, 2, 29)
    assert health.months_before(D(2026, 1, 15), 3) == D(2025, 10, 15)


def test_interval_defaults_by_role():
    defaults = health.default_keep_in_touch_days()
    assert set(defaults) >= {"mentor", "frentor", "peer", "mentee"}
    assert health.interval_days("mentor", None) == defaults["mentor"]
    assert health.interval_days("mentor", 7) == 7
    assert health.interval_days("peer", float("nan")) == defaults["peer"]


def set_interval(store, person_id, days):
    store.write(
        lambda cur: cur.execute(
            "UPDATE people SET keep_in_touch_days = ? WHERE workspace = ? AND id = ?",
            [days, store.workspace, person_id],
        )
    )


def row(frame, person_id):
    rows = frame[frame["person_id"] == person_id]
    assert len(rows) == 1
    return rows.iloc[0]


def test_any_exchange_resets_the_clock(store):
    mentor = add_person(store, NewPerson(name="Mira 导师", role="mentor", stage="conversation"))
    set_interval(store, mentor, 30)
    for days_ago in (120, 100, 90):
        add_entry(store, TODAY - dt.timedelta(days=days_ago), "gave", 3, mentor)
    before = row(health.relationship_health(store, TODAY), mentor)
    assert (before["label"], before["days_since"], before["interval_days"]) == ("check_in", 90, 30)
    assert before["overdue_days"] == 60

    # Receiving advice is contact too: the clock restarts.
    add_entry(store, TODAY - dt.timedelta(days=10), "received", 30, mentor)
    after = row(health.relationship_health(store, TODAY), mentor)
    assert (after["label"], after["days_since"], after["overdue_days"]) == ("on_track", 10, 0)
    assert after["last_exchange"] == TODAY - dt.timedelta(days=10)
    assert bool(after["tilt_expected"]) is True  # received 30 vs given 0, but a mentor: not "taking"


def test_role_default_interval_applies_without_own_interval(store):
    peer = add_person(store, NewPerson(name="Pat", role="peer"))
    default = health.default_keep_in_touch_days()["peer"]
    for _ in range(3):
        add_entry(store, TODAY - dt.timedelta(days=default), "gave", 1, peer)
    on_edge = row(health.relationship_health(store, TODAY), peer)
    assert (on_edge["interval_days"], on_edge["label"]) == (default, "on_track")
    late = row(health.relationship_health(store, TODAY + dt.timedelta(days=1)), peer)
    assert late["label"] == "check_in"


def test_taking_window_counts_from_the_same_day_n_months_ago(store):
    taker = add_person(store, NewPerson(name="Tom 'quote' \"O'Neil\"", role="frentor"))
    set_interval(store, taker, 365)
    since = health.months_before(TODAY, RULES.tilt_months)
    add_entry(store, since - dt.timedelta(days=1), "gave", 100, taker)  # just outside the window
    add_entry(store, since, "received", 6, taker)  # on the first day of the window
    add_entry(store, TODAY, "gave", 1, taker)
    result = row(health.relationship_health(store, TODAY), taker)
    assert (result["given_recent"], result["received_recent"]) == (1.0, 6.0)
    assert result["label"] == "taking"


def test_paused_and_archived_people_are_left_out(store):
    paused = add_person(store, NewPerson(name="Paused", role="peer", stage="paused"))
    archived = add_person(store, NewPerson(name="Archived", role="peer"))
    store.write(
        lambda cur: cur.execute(
            "UPDATE people SET archived = true WHERE workspace = ? AND id = ?", [store.workspace, archived]
        )
    )
    kept = add_person(store, NewPerson(name="Kept", role="peer"))
    frame = health.relationship_health(store, TODAY)
    assert frame["person_id"].tolist() == [kept]
    assert paused not in frame["person_id"].tolist()


def test_sorted_most_urgent_first_and_counts(store):
    new = add_person(store, NewPerson(name="New", role="peer"))
    late = add_person(store, NewPerson(name="Late", role="peer"))
    very_late = add_person(store, NewPerson(name="Very late", role="peer"))
    fine = add_person(store, NewPerson(name="Fine", role="peer"))
    for person, days_ago in ((late, 40), (very_late, 80), (fine, 1)):
        set_interval(store, person, 20)
        for _ in range(3):
            add_entry(store, TODAY - dt.timedelta(days=days_ago), "gave", 2, person)
    frame = health.relationship_health(store, TODAY)
    assert frame["person_id"].tolist() == [very_late, late, new, fine]
    assert frame["label"].tolist() == ["check_in", "check_in", "too_early", "on_track"]
    assert health.label_counts(frame) == {"check_in": 2, "taking": 0, "too_early": 1, "on_track": 1}
    assert health.active_relationships(frame) == 3  # 1, 40 and 80 days ago are within 90; "new" never
    assert health.active_relationships(frame, days=30) == 1


def test_workspace_isolation(store, other_store):
    mine = add_person(store, NewPerson(name="Mine", role="peer"))
    theirs = add_person(other_store, NewPerson(name="Theirs", role="peer"))
    add_entry(other_store, TODAY, "gave", 5, theirs)
    frame = health.relationship_health(store, TODAY)
    assert frame["person_id"].tolist() == [mine]
    assert int(frame["exchanges"].iloc[0]) == 0


def test_empty_workspace(store):
    frame = health.relationship_health(store, TODAY)
    assert frame.empty
    assert health.label_counts(frame) == {"check_in": 0, "taking": 0, "too_early": 0, "on_track": 0}
    assert health.active_relationships(frame) == 0
