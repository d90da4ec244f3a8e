"""Skill trades: what I offer that they need, and what they offer that I want."""

from __future__ import annotations

import pandas as pd

from frentor.people import NewPerson, add_person
from frentor.skill_trades import SkillTrade, trades_for_people, trades_for_person


def _my_skills(store, rows):
    frame = pd.DataFrame(rows, columns=["id", "name", "side"])
    store.write(lambda cur: store.insert_frame(cur, "skills", frame))


def test_trades_both_ways_case_insensitive(store, other_store):
    _my_skills(
        store,
        [("s1", "Proofreading", "offer"), ("s2", "Social-media advice", "want"), ("s3", "写作", "offer")],
    )
    pid = add_person(
        store,
        NewPerson("Ada", offers=[" social-media ADVICE", "Proofreading"], needs=["proofreading", "写作", "Piano"]),
    )
    trades = trades_for_person(store, pid)
    assert trades == [
        SkillTrade(pid, "Proofreading", True),
        SkillTrade(pid, "写作", True),
        SkillTrade(pid, "Social-media advice", False),
    ]
    # They offer proofreading too, but I offer it, not want it: no trade that way.
    assert trades_for_person(other_store, pid) == []


def test_no_skills_no_trades_and_every_id_is_a_key(store):
    pid = add_person(store, NewPerson("Ada", offers=["Chess"]))
    assert trades_for_people(store, [pid, "unknown"]) == {pid: [], "unknown": []}
    assert trades_for_people(store, []) == {}
