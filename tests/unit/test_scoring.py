"""Shortlist scoring: each part, weights, ties, empty data, the engagement window, paging and isolation.

Expected values are computed by hand in the comments.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from frentor import scoring
from frentor.errors import ValidationError
from frentor.passions import status_counts
from frentor.people import NewPerson, add_person, archive_person
from frentor.scoring import DEFAULT_WEIGHTS, load_weights, rank_people, save_weights
from tests.conftest import TODAY


def _seed_me(store, focus=("f1", "f2", "f3")):
    passions = pd.DataFrame(
        {
            "id": [*focus, "i1"],
            "title": [f"Focus {p}" for p in focus] + ["Just an idea"],
            "status": ["focus"] * len(focus) + ["idea"],
        }
    )
    skills = pd.DataFrame(
        {
            "id": ["s1", "s2", "s3", "s4"],
            "name": ["Proofreading", "Photography", "Social media", "Fundraising"],
            "side": ["offer", "offer", "want", "want"],
        }
    )

    def work(cur):
        store.insert_frame(cur, "passions", passions)
        store.insert_frame(cur, "skills", skills)

    store.write(work)


def _entries(store, rows):
    frame = pd.DataFrame(
        {
            "id": [f"e{i}" for i in range(len(rows))],
            "person_id": [r[0] for r in rows],
            "direction": [r[1] for r in rows],
            "points": [r[2] for r in rows],
            "occurred_on": [pd.Timestamp(TODAY - dt.timedelta(days=r[3])) for r in rows],
            "kind_id": ["kind-shared_work"] * len(rows),
        }
    )
    store.write(lambda cur: store.insert_frame(cur, "ledger_entries", frame))


@pytest.fixture
def seeded(store):
    _seed_me(store)
    a = add_person(
        store,
        NewPerson(
            "Ada", reach_tier="strongest", passion_ids=["f1", "f2"], offers=["social media "], needs=["PROOFREADING"]
        ),
    )
    b = add_person(store, NewPerson("Ben", reach_tier="fifty_fifty", passion_ids=["f1", "i1"], role="mentor"))
    c = add_person(store, NewPerson("carol", reach_tier="long_shot"))
    d = add_person(store, NewPerson("Dan", reach_tier="strongest", passion_ids=["f1", "f2", "f3"]))
    archive_person(store, d)
    _entries(
        store,
        [
            (a, "gave", 5, 10),  # in the 90-day window
            (a, "gave", 20, 100),  # too old
            (b, "gave", 12, 0),  # today: counts (capped at 10 points)
            (b, "received", 50, 1),  # received never counts
            (c, "gave", 4, 90),  # exactly 90 days ago: outside the window
            (c, "gave", 4, -1),  # tomorrow: not yet
        ],
    )
    return {"a": a, "b": b, "c": c, "d": d}


def test_each_part_and_the_default_weighted_score(store, seeded):
    ranking = rank_people(store, DEFAULT_WEIGHTS, today=TODAY)
    frame = ranking.frame.set_index("name")
    assert ranking.total == 3  # Dan is archived
    assert frame.index.tolist() == ["Ada", "Ben", "carol"]
    # Ada: 2 of 3 focus shared (full at 2) -> 1.0; offers a want + needs an offer -> 1.0; strongest -> 1.0;
    # gave 5 in window -> 0.5. Score = 35 + 30 + 15 + 0.5*20 = 90.
    ada = frame.loc["Ada"]
    assert (ada.shared_passions, ada.they_offer_i_want, ada.they_need_i_offer, ada.given_recent) == (2, 1, 1, 5.0)
    assert (ada.part_passion, ada.part_skills, ada.part_reach, ada.part_engagement) == (1.0, 1.0, 1.0, 0.5)
    assert ada.score == pytest.approx(90.0)
    # Ben: 1 focus (the idea does not count) -> 0.5; no skills -> 0; 50-50 -> 0.6; 12 points -> 1.0.
    # Score = 17.5 + 0 + 9 + 20 = 46.5.
    ben = frame.loc["Ben"]
    assert (ben.part_passion, ben.part_skills, ben.part_reach, ben.part_engagement) == (0.5, 0.0, 0.6, 1.0)
    assert ben.score == pytest.approx(46.5)
    assert (ben.points_passion, ben.points_skills, ben.points_reach, ben.points_engagement) == pytest.approx(
        (17.5, 0.0, 9.0, 20.0)
    )
    # carol: only reach, long shot 0.25 x 15 = 3.75 (her entries are outside the window).
    assert frame.loc["carol"].given_recent == 0.0
    assert frame.loc["carol"].score == pytest.approx(3.75)
    assert ranking.frame["rank"].tolist() == [1, 2, 3]


def test_contributions_add_up_to_the_score(store, seeded):
    frame = rank_people(store, {"passion": 10, "skills": 20, "reach": 30, "engagement": 40}, today=TODAY).frame
    total = sum(frame[f"points_{p}"] for p in scoring.PARTS)
    assert (total - frame["score"]).abs().max() < 1e-9
    # Ada with these weights: (10*1 + 20*1 + 30*1 + 40*0.5) / 100 * 100 = 80.
    assert frame.set_index("name").loc["Ada", "score"] == pytest.approx(80.0)


def test_weights_change_the_ranking(store, seeded):
    only_engagement = {"passion": 0, "skills": 0, "reach": 0, "engagement": 5}
    frame = rank_people(store, only_engagement, today=TODAY).frame
    # Ben gave 12 (capped 1.0) -> 100; Ada 5 -> 50; carol 0.
    assert frame["name"].tolist() == ["Ben", "Ada", "carol"]
    assert frame["score"].tolist() == pytest.approx([100.0, 50.0, 0.0])


def test_all_zero_weights_score_zero_and_sort_by_name(store, seeded):
    frame = rank_people(store, dict.fromkeys(scoring.PARTS, 0), today=TODAY).frame
    assert frame["score"].tolist() == [0.0, 0.0, 0.0]
    assert frame["name"].tolist() == ["Ada", "Ben", "carol"]


def test_ties_break_by_name_case_insensitively(store):
    for name in ("carol", "Bea", "ann"):
        add_person(store, NewPerson(name, reach_tier="long_shot"))
    frame = rank_people(store, DEFAULT_WEIGHTS, today=TODAY).frame
    assert frame["name"].tolist() == ["ann", "Bea", "carol"]
    assert frame["score"].nunique() == 1


def test_empty_workspace(store):
    ranking = rank_people(store, today=TODAY)
    assert ranking.total == 0 and ranking.frame.empty
    assert list(ranking.frame.columns) == list(scoring.SCORE_COLUMNS)


def test_no_focus_passion_scores_passion_zero_and_one_focus_is_full(store):
    pid = add_person(store, NewPerson("Ada"))
    assert rank_people(store, today=TODAY).frame["part_passion"].tolist() == [0.0]
    _seed_me(store, focus=("f1",))
    store.write(lambda cur: cur.execute("INSERT INTO person_passions VALUES (?, ?, 'f1')", [store.workspace, pid]))
    # One focus passion in all, and they share it: full marks.
    assert rank_people(store, today=TODAY).frame["part_passion"].tolist() == [1.0]


def test_paging_filters_and_rank_numbers(store, seeded):
    ranking = rank_people(store, DEFAULT_WEIGHTS, today=TODAY, limit=1, offset=1)
    assert ranking.total == 3 and ranking.frame["name"].tolist() == ["Ben"] and ranking.frame["rank"].tolist() == [2]
    mentors = rank_people(store, DEFAULT_WEIGHTS, today=TODAY, roles=["mentor"])
    assert mentors.frame["name"].tolist() == ["Ben"] and mentors.total == 1
    following = rank_people(store, DEFAULT_WEIGHTS, today=TODAY, stages=["following"])
    assert following.total == 0


def test_weights_validate_save_and_load_per_workspace(store, other_store):
    assert load_weights(store) == DEFAULT_WEIGHTS
    saved = save_weights(store, {"passion": "50", "skills": 0, "reach": 25, "engagement": 25.0})
    assert saved == {"passion": 50, "skills": 0, "reach": 25, "engagement": 25}
    assert load_weights(store) == saved
    assert load_weights(other_store) == DEFAULT_WEIGHTS
    with pytest.raises(ValidationError) as caught:
        save_weights(store, {"passion": -1, "skills": 101, "reach": "x"})
    assert {p.field for p in caught.value.problems} == {
        "field.weight_passion",
        "field.weight_skills",
        "field.weight_reach",
    }
    assert load_weights(store) == saved
    for poisoned in ('{"passion": "lots", "reach": 500}', "[1, 2]"):  # past every check, as a crafted file could
        store.write(
            lambda cur, raw=poisoned: cur.execute(
                "UPDATE settings SET value = ? WHERE workspace = ?", [raw, store.workspace]
            )
        )
        assert load_weights(store) == DEFAULT_WEIGHTS
    # Saved weights are what rank_people uses when none are given.
    save_weights(store, {"passion": 0, "skills": 0, "reach": 0, "engagement": 1})
    assert rank_people(store, today=TODAY).weights["engagement"] == 1


def test_other_workspace_sees_nothing(store, other_store, seeded):
    assert rank_people(other_store, today=TODAY).total == 0


def test_shared_focus_passion_titles(store, seeded):
    titles = scoring.shared_focus_passions(store, [seeded["a"], seeded["c"]])
    assert titles == {seeded["a"]: ["Focus f1", "Focus f2"], seeded["c"]: []}
    assert status_counts(store)["focus"] == 3
    assert scoring.my_skill_counts(store) == {"offer": 2, "want": 2}
