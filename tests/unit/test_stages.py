"""Stage pipeline: what the method expects before each move, cumulative; moves are never refused."""

from __future__ import annotations

import pandas as pd
import pytest

from frentor.errors import ValidationError
from frentor.homework import HOMEWORK_ITEMS, add_question, set_homework
from frentor.people import NewPerson, add_person, get_person
from frentor.stages import (
    StageFacts,
    expectations,
    is_forward,
    move_stage,
    next_stage,
    stage_facts,
)


def _facts(stage="noticed", homework=False, channels=0, questions=0, given=0.0, received=0.0):
    return StageFacts(
        stage=stage,
        homework=dict.fromkeys(HOMEWORK_ITEMS, homework),
        channels=channels,
        questions=questions,
        given_points=given,
        received_points=received,
    )


def _entry(store, person_id, direction, points, entry_id):
    frame = pd.DataFrame(
        {
            "id": [entry_id],
            "occurred_on": [pd.Timestamp("2026-11-01")],
            "person_id": [person_id],
            "direction": [direction],
            "kind_id": ["kind-advice"],
            "points": [points],
        }
    )
    store.write(lambda cur: store.insert_frame(cur, "ledger_entries", frame))


def test_next_stage_walks_the_pipeline():
    assert [next_stage(s) for s in ("noticed", "following", "engaging", "conversation", "trusted", "paused")] == [
        "following",
        "engaging",
        "conversation",
        "trusted",
        None,
        "following",
    ]


def test_forward_backward_and_pause():
    assert is_forward("noticed", "engaging")
    assert not is_forward("engaging", "following")
    assert not is_forward("engaging", "paused")
    assert is_forward("paused", "noticed")


def test_expectations_per_target_are_cumulative():
    facts = _facts()
    assert [e.rule for e in expectations("following", facts)] == ["knows_channel"]
    assert [e.rule for e in expectations("engaging", facts)] == ["knows_channel", "read_work"]
    assert [e.rule for e in expectations("conversation", facts)] == [
        "knows_channel",
        "read_work",
        "gave_value",
        "homework_complete",
        "has_question",
    ]
    assert [e.rule for e in expectations("trusted", facts)][-1] == "both_ways"
    assert not any(e.met for e in expectations("trusted", facts))


def test_backward_and_pause_expect_nothing():
    assert expectations("following", _facts(stage="conversation")) == ()
    assert expectations("paused", _facts(stage="noticed")) == ()
    assert expectations("noticed", _facts(stage="noticed")) == ()


def test_rules_met_from_facts():
    ready = _facts(stage="conversation", homework=True, channels=1, questions=2, given=3, received=0)
    met = {e.rule: e.met for e in expectations("trusted", ready)}
    assert met == {
        "knows_channel": True,
        "read_work": True,
        "gave_value": True,
        "homework_complete": True,
        "has_question": True,
        "both_ways": False,
    }
    both = _facts(stage="conversation", homework=True, channels=1, questions=1, given=3, received=0.5)
    assert all(e.met for e in expectations("trusted", both))


def test_move_is_never_refused_and_reports_unmet(store):
    pid = add_person(store, NewPerson("Ada"))
    moved = move_stage(store, pid, "conversation")
    assert (moved.from_stage, moved.to_stage) == ("noticed", "conversation")
    assert [e.rule for e in moved.unmet] == [
        "knows_channel",
        "read_work",
        "gave_value",
        "homework_complete",
        "has_question",
    ]
    assert get_person(store, pid).stage == "conversation"
    assert move_stage(store, pid, "paused").unmet == ()


def test_expectations_read_the_store(store, other_store):
    pid = add_person(store, NewPerson("Ada", stage="conversation", channels=[("Blog", "https://a.io")]))
    set_homework(store, pid, dict.fromkeys(HOMEWORK_ITEMS, True))
    add_question(store, pid, "What surprised you most?")
    _entry(store, pid, "gave", 2, "e1")
    assert [e.rule for e in expectations("trusted", stage_facts(store, pid)) if not e.met] == ["both_ways"]
    _entry(store, pid, "received", 1, "e2")
    assert all(e.met for e in expectations("trusted", stage_facts(store, pid)))
    assert stage_facts(other_store, pid) is None
    with pytest.raises(ValidationError):
        move_stage(store, pid, "best_friend")
