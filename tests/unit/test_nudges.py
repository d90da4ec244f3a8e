"""Which nudges show today: overdue people, homework-done people waiting for a first give, upcoming events."""

from __future__ import annotations

import datetime as dt

from frentor import health, nudges
from frentor.homework import HOMEWORK_ITEMS, set_homework
from frentor.ids import new_id
from frentor.nudges import Nudge
from frentor.people import NewPerson, add_person
from tests.conftest import TODAY
from tests.unit.test_balance import add_entry
from tests.unit.test_health import set_interval


def n(kind: str, i: int, person: str | None = None) -> Nudge:
    return Nudge(kind=kind, title=f"{kind} {i}", person_id=person if person is not None else f"{kind}-{i}")


def test_quotas_then_leftovers_in_kind_order():
    checks = [n("check_in", i) for i in range(5)]
    gives = [n("first_give", i) for i in range(5)]
    events = [n("event", i) for i in range(5)]
    chosen = nudges.select_nudges(checks, gives, events, limit=7)
    assert [x.title for x in chosen] == [
        "check_in 0",
        "check_in 1",
        "check_in 2",
        "first_give 0",
        "first_give 1",
        "event 0",
        "event 1",
    ]
    assert len(nudges.select_nudges(checks, gives, events, limit=8)) == 8
    assert nudges.select_nudges(checks, gives, events, limit=8)[3].title == "check_in 3"  # first leftover


def test_unused_slots_go_to_other_kinds():
    chosen = nudges.select_nudges([n("check_in", 0)], [], [n("event", i) for i in range(10)], limit=7)
    assert [x.title for x in chosen] == ["check_in 0"] + [f"event {i}" for i in range(6)]
    assert nudges.select_nudges([], [], [], limit=7) == []


def test_one_nudge_per_person():
    both = "person-1"
    chosen = nudges.select_nudges([n("check_in", 0, both)], [n("first_give", 0, both), n("first_give", 1)], [])
    assert [(x.kind, x.person_id) for x in chosen] == [("check_in", both), ("first_give", "first_give-1")]


def homework_done(store, person_id):
    set_homework(store, person_id, dict.fromkeys(HOMEWORK_ITEMS, True))


def add_community(store, name, starts_on, url="https://example.org/e"):
    community_id = new_id()
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO communities (workspace, id, name, kind, url, starts_on) VALUES (?, ?, ?, 'event', ?, ?)",
            [store.workspace, community_id, name, url, starts_on],
        )
    )
    return community_id


def test_today_nudges_from_the_store(store, other_store):
    # Overdue: interval 14, last exchange 30 days ago (3 exchanges, so not "too early").
    overdue = add_person(store, NewPerson(name="Olga <script>", role="frentor", stage="conversation"))
    set_interval(store, overdue, 14)
    for _ in range(3):
        add_entry(store, TODAY - dt.timedelta(days=30), "received", 1, overdue)
    # Waiting for a first give: homework done, engaging, nothing given (received once is fine).
    ready = add_person(store, NewPerson(name="Ren 任", role="mentor", stage="engaging", reach_tier="strongest"))
    homework_done(store, ready)
    add_entry(store, TODAY - dt.timedelta(days=2), "received", 2, ready)
    # Not nudged: homework done but already given; homework not done; homework done but only "noticed".
    gave = add_person(store, NewPerson(name="Gave", role="peer", stage="engaging"))
    homework_done(store, gave)
    add_entry(store, TODAY, "gave", 1, gave)
    add_person(store, NewPerson(name="No homework", role="peer", stage="engaging"))
    noticed = add_person(store, NewPerson(name="Noticed", role="peer", stage="noticed"))
    homework_done(store, noticed)
    # Events: today and in 30 days count; in 31 days and yesterday do not; a javascript: link is dropped.
    add_community(store, "Tonight", TODAY)
    add_community(store, "In a month", TODAY + dt.timedelta(days=30), url="javascript:alert(1)")
    add_community(store, "Too far", TODAY + dt.timedelta(days=31))
    add_community(store, "Yesterday", TODAY - dt.timedelta(days=1))
    add_community(other_store, "Someone else's", TODAY)

    chosen = nudges.today_nudges(store, TODAY)
    assert [(x.kind, x.title) for x in chosen] == [
        ("check_in", "Olga <script>"),
        ("first_give", "Ren 任"),
        ("event", "Tonight"),
        ("event", "In a month"),
    ]
    check_in, first_give, tonight, month = chosen
    assert (check_in.person_id, check_in.days, check_in.interval) == (overdue, 30, 14)
    assert (first_give.person_id, first_give.role) == (ready, "mentor")
    assert (tonight.days, tonight.on, tonight.url) == (0, TODAY, "https://example.org/e")
    assert (month.days, month.url) == (30, "")


def test_check_ins_most_overdue_relative_to_interval_first(store):
    people = {}
    for name, interval, days_ago in (("A", 10, 20), ("B", 60, 90), ("C", 7, 30)):
        person = add_person(store, NewPerson(name=name, role="peer"))
        set_interval(store, person, interval)
        for _ in range(3):
            add_entry(store, TODAY - dt.timedelta(days=days_ago), "gave", 1, person)
        people[name] = person
    frame = health.relationship_health(store, TODAY)
    ordered = [x.title for x in nudges.check_in_candidates(frame)]
    assert ordered == ["C", "A", "B"]  # 30/7 = 4.3, 20/10 = 2, 90/60 = 1.5


def test_first_give_engaging_before_following_then_strongest_ties(store):
    for name, stage, tier in (
        ("Following strong", "following", "strongest"),
        ("Engaging long shot", "engaging", "long_shot"),
        ("Engaging strong", "engaging", "strongest"),
    ):
        homework_done(store, add_person(store, NewPerson(name=name, role="peer", stage=stage, reach_tier=tier)))
    frame = health.relationship_health(store, TODAY)
    assert [x.title for x in nudges.first_give_candidates(frame)] == [
        "Engaging strong",
        "Engaging long shot",
        "Following strong",
    ]


def test_nothing_to_nudge_in_an_empty_workspace(store):
    assert nudges.today_nudges(store, TODAY) == []
