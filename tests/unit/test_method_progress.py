"""Where the user is in the five steps, judged from their data."""

from __future__ import annotations

import datetime as dt

import pytest

from frentor import health, method_progress
from frentor.demo import load_demo
from frentor.people import NewPerson, add_person
from tests.conftest import TODAY
from tests.unit.test_balance import add_entry, add_passion
from tests.unit.test_nudges import add_community, homework_done

ZERO_COUNTS = dict.fromkeys(
    (
        "passions",
        "focus_passions",
        "skills",
        "offer_skills",
        "people",
        "following_people",
        "homework_done_people",
        "communities",
    ),
    0,
)
ZERO_FACTS = {"gave_people": 0, "learned_people": 0, "taught_people": 0, "two_way": 0, "two_way_active": 0}


def steps(counts=None, facts=None):
    return method_progress.evaluate({**ZERO_COUNTS, **(counts or {})}, {**ZERO_FACTS, **(facts or {})})


def summary(result):
    return [(s.status, s.action, s.page) for s in result]


def test_nothing_yet_everything_to_do():
    result = steps()
    assert [s.status for s in result] == ["todo"] * 5
    assert result[0].action == "brainstorm" and result[0].page == "passions"
    assert method_progress.current_step(result).number == 1


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"passions": 3}, ("doing", "narrow", "passions")),
        ({"passions": 3, "focus_passions": 1}, ("doing", "list_skills", "skills")),
        ({"skills": 2, "offer_skills": 2}, ("doing", "narrow", "passions")),
        (
            {"passions": 1, "focus_passions": 1, "skills": 1, "offer_skills": 1},
            ("done", "revisit_passions", "passions"),
        ),
    ],
)
def test_step_one(counts, expected):
    assert summary(steps(counts))[0] == expected


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"people": 2, "following_people": 2}, ("doing", "add_people", "people")),
        ({"people": 3}, ("doing", "follow_someone", "people")),
        ({"people": 3, "following_people": 1}, ("done", "review_shortlist", "shortlist")),
    ],
)
def test_step_two(counts, expected):
    assert summary(steps(counts))[1] == expected


@pytest.mark.parametrize(
    ("counts", "facts", "expected"),
    [
        ({}, {"gave_people": 1}, ("doing", "do_homework", "people")),
        ({"homework_done_people": 1}, {}, ("doing", "give_first", "ledger")),
        ({"homework_done_people": 1}, {"gave_people": 1}, ("done", "keep_giving", "ledger")),
    ],
)
def test_step_three(counts, facts, expected):
    assert summary(steps(counts, facts))[2] == expected


@pytest.mark.parametrize(
    ("counts", "facts", "expected"),
    [
        ({}, {"learned_people": 1}, ("doing", "join_community", "people")),
        ({"communities": 1}, {}, ("doing", "learn_from_mentor", "ledger")),
        ({"communities": 1}, {"learned_people": 1}, ("doing", "teach_mentee", "ledger")),
        ({"communities": 1}, {"learned_people": 1, "taught_people": 2}, ("done", "see_learn_teach", "balance")),
    ],
)
def test_step_four(counts, facts, expected):
    assert summary(steps(counts, facts))[3] == expected


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({}, ("todo", "trade_skills", "shortlist")),
        ({"two_way": 5, "two_way_active": 2}, ("doing", "grow_two_way", "balance")),
        ({"two_way": 5, "two_way_active": 3}, ("done", "keep_balanced", "balance")),
    ],
)
def test_step_five(facts, expected):
    assert summary(steps(facts=facts))[4] == expected


def test_current_step_is_the_first_not_done():
    result = steps({"passions": 1, "focus_passions": 1, "skills": 1, "offer_skills": 1, "people": 1})
    assert method_progress.current_step(result).number == 2


def test_from_the_store(store, other_store):
    add_passion(store, "Data journalism 数据新闻")
    mentor = add_person(store, NewPerson(name="Mentor", role="mentor", stage="conversation"))
    mentee = add_person(store, NewPerson(name="Mentee", role="mentee", stage="following"))
    peer = add_person(store, NewPerson(name="Peer", role="peer", stage="noticed"))
    homework_done(store, peer)
    add_entry(store, TODAY - dt.timedelta(days=5), "received", 3, mentor)
    add_entry(store, TODAY - dt.timedelta(days=5), "gave", 2, mentor)
    add_entry(store, TODAY - dt.timedelta(days=200), "gave", 4, mentee)
    add_community(store, "Meetup", TODAY)
    add_passion(other_store, "not mine")

    frame = health.relationship_health(store, TODAY)
    facts = method_progress.ledger_facts(frame)
    assert facts == {"gave_people": 2, "learned_people": 1, "taught_people": 1, "two_way": 1, "two_way_active": 1}
    result = method_progress.method_progress(store, frame)
    assert summary(result) == [
        ("doing", "narrow", "passions"),  # a passion, but none in focus and no skill on offer
        ("done", "review_shortlist", "shortlist"),
        ("done", "keep_giving", "ledger"),
        ("done", "see_learn_teach", "balance"),
        ("doing", "grow_two_way", "balance"),
    ]
    assert result[1].facts == {"people": 3, "following": 2}


def test_demo_data_is_well_along(store):
    load_demo(store, today=TODAY)
    result = method_progress.method_progress(store, health.relationship_health(store, TODAY))
    assert [s.status for s in result][:4] == ["done"] * 4
