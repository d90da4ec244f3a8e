"""Passions: brainstorm parsing, scoring, editing, narrowing, delete impact; isolation between workspaces."""

from __future__ import annotations

import pandas as pd
import pytest

from frentor import communities, passions, research
from frentor.errors import ValidationError
from frentor.people import NewPerson, add_person


# -- brainstorm parsing ------------------------------------------------------------------------------------------
def test_parse_brainstorm_skips_blanks_bullets_and_repeats():
    text = (
        "Data journalism\n\n  - Urban gardening  \n* data JOURNALISM\n1. 创业 · startups\n2) 播客\n• Podcasting\n   \n"
    )
    titles, repeated = passions.parse_brainstorm(text)
    assert titles == ["Data journalism", "Urban gardening", "创业 · startups", "播客", "Podcasting"]
    assert repeated == 1


def test_parse_brainstorm_keeps_hyphenated_words_and_hostile_quotes():
    titles, _ = passions.parse_brainstorm('Open-source maintenance\nRobert\'); DROP TABLE passions;--\n"quoted" 🚀')
    assert titles == ["Open-source maintenance", "Robert'); DROP TABLE passions;--", '"quoted" 🚀']


def test_parse_brainstorm_reports_every_too_long_line_with_its_number():
    text = "ok\n" + "x" * 201 + "\nfine\n" + "y" * 300
    with pytest.raises(ValidationError) as exc:
        passions.parse_brainstorm(text)
    assert [(p.field, p.key, p.row) for p in exc.value.problems] == [
        ("field.passion_title", "validation.too_long", 2),
        ("field.passion_title", "validation.too_long", 4),
    ]


def test_parse_brainstorm_limits_the_number_of_lines():
    text = "\n".join(f"idea {i}" for i in range(passions.BRAINSTORM_LINE_LIMIT + 1))
    with pytest.raises(ValidationError) as exc:
        passions.parse_brainstorm(text)
    assert exc.value.problems[0].key == "passions.too_many_lines"


def test_brainstorm_adds_new_ideas_in_order_and_skips_existing(store):
    first = passions.brainstorm(store, "Alpha\nBeta\nGamma\nDelta\nEpsilon")
    assert len(first.added) == 5
    second = passions.brainstorm(store, "beta\nZeta\nZeta")
    assert second.already_there == ["beta"]
    assert second.repeated == 1
    assert len(second.added) == 1
    frame = passions.list_passions(store)
    assert frame["title"].tolist() == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"]
    assert set(frame["status"]) == {"idea"}


def test_brainstorm_with_one_bad_line_writes_nothing(store):
    with pytest.raises(ValidationError):
        passions.brainstorm(store, "Good idea\n" + "z" * 500)
    assert passions.list_passions(store).empty


def test_brainstorm_of_only_blank_lines_is_refused(store):
    with pytest.raises(ValidationError) as exc:
        passions.brainstorm(store, "\n   \n- \n")
    assert exc.value.problems[0].key == "validation.required"


def test_add_passion_refuses_duplicates_and_blank(store):
    passions.add_passion(store, "创业", "note with 'quotes'")
    with pytest.raises(ValidationError) as exc:
        passions.add_passion(store, "  创业 ")
    assert exc.value.problems[0].key == "validation.duplicate"
    with pytest.raises(ValidationError) as exc:
        passions.add_passion(store, "   ")
    assert exc.value.problems[0].key == "validation.required"
    row = passions.list_passions(store).iloc[0]
    assert (row["title"], row["notes"]) == ("创业", "note with 'quotes'")


# -- scoring -----------------------------------------------------------------------------------------------------
def test_score_formula_by_hand():
    # 2*5 + 4 + 3 + 2 ticks = 19
    assert passions.passion_score(5, 4, 3, 2) == 19
    assert passions.passion_score(None, None, None) == 0
    assert passions.passion_score(1, float("nan"), 5, 0) == 7
    assert passions.MAX_SCORE == 24


def test_list_passions_scores_match_the_formula(store):
    pid = passions.add_passion(store, "Data journalism")
    other = passions.add_passion(store, "Gardening")
    passions.update_passions(
        store,
        {
            pid: {"excitement": 5, "skill_fit": 3, "vision_fit": 4, "ikigai_love": True, "ikigai_paid_for": True},
            other: {"excitement": 2},
        },
    )
    frame = passions.list_passions(store).set_index("id")
    assert frame.at[pid, "score"] == 2 * 5 + 3 + 4 + 2  # 19
    assert frame.at[pid, "ikigai"] == 2
    assert frame.at[other, "score"] == 4
    assert pd.isna(frame.at[other, "skill_fit"])


def test_update_refuses_out_of_range_and_saves_nothing(store):
    a = passions.add_passion(store, "A")
    b = passions.add_passion(store, "B")
    with pytest.raises(ValidationError) as exc:
        passions.update_passions(store, {a: {"excitement": 4}, b: {"excitement": 9, "title": ""}}, rows={a: 1, b: 2})
    found = {(p.field, p.key, p.row) for p in exc.value.problems}
    assert found == {
        ("field.excitement", "validation.out_of_range", 2),
        ("field.passion_title", "validation.required", 2),
    }
    frame = passions.list_passions(store)
    assert frame["excitement"].isna().all()  # A's valid edit was not saved either


def test_update_refuses_unknown_status_duplicate_title_and_unknown_column(store):
    a = passions.add_passion(store, "A")
    passions.add_passion(store, "B")
    with pytest.raises(ValidationError) as exc:
        passions.update_passions(store, {a: {"status": "done"}})
    assert exc.value.problems[0].key == "validation.bad_choice"
    with pytest.raises(ValidationError) as exc:
        passions.update_passions(store, {a: {"title": "b"}})
    assert exc.value.problems[0].key == "validation.duplicate"
    with pytest.raises(ValidationError):
        passions.update_passions(store, {a: {"workspace": "bob"}})
    with pytest.raises(ValidationError):
        passions.update_passions(store, {"nope": {"excitement": 3}})


def test_update_can_clear_a_rating(store):
    a = passions.add_passion(store, "A")
    passions.update_passions(store, {a: {"excitement": 3}})
    passions.update_passions(store, {a: {"excitement": None}})
    assert passions.list_passions(store)["excitement"].isna().all()


# -- narrowing ---------------------------------------------------------------------------------------------------
def test_status_path_and_set_status(store):
    a = passions.add_passion(store, "A")
    assert passions.set_status(store, [a, a], "focus") == 1
    assert passions.set_status(store, [a], "focus") == 0  # already there
    assert passions.list_passions(store, "focus")["id"].tolist() == [a]
    with pytest.raises(ValidationError):
        passions.set_status(store, [a], "done")
    assert passions.status_counts(store) == {"idea": 0, "exploring": 0, "focus": 1, "parked": 0}


def test_suggest_focus_picks_top_three_by_score_skipping_parked_and_unscored(store):
    ids = passions.brainstorm(store, "A\nB\nC\nD\nE\nF").added
    scores = {
        ids[0]: {"excitement": 3, "skill_fit": 3},  # 9
        ids[1]: {"excitement": 5, "skill_fit": 5, "vision_fit": 5, "status": "parked"},  # 20 but parked
        ids[2]: {"excitement": 4, "skill_fit": 1},  # 9, more excited than A
        ids[3]: {"excitement": 5},  # 10
        ids[4]: {"excitement": 1, "skill_fit": 1},  # 3
    }
    passions.update_passions(store, scores)
    frame = passions.list_passions(store)
    assert passions.suggest_focus(frame) == [ids[3], ids[2], ids[0]]
    assert passions.suggest_focus(frame, count=5) == [ids[3], ids[2], ids[0], ids[4]]  # F unscored


def test_too_many_in_focus_is_more_than_a_handful():
    assert not passions.too_many_in_focus(5)
    assert passions.too_many_in_focus(6)


# -- linked people, delete ---------------------------------------------------------------------------------------
def test_people_count_excludes_archived_and_other_passions(store):
    a = passions.add_passion(store, "A")
    b = passions.add_passion(store, "B")
    add_person(store, NewPerson(name="Ada", passion_ids=[a]))
    add_person(store, NewPerson(name="Ben", passion_ids=[a, b]))
    archived = add_person(store, NewPerson(name="Old", passion_ids=[a]))
    store.write(lambda cur: cur.execute("UPDATE people SET archived = true WHERE id = ?", [archived]))
    frame = passions.list_passions(store).set_index("id")
    assert frame.at[a, "people"] == 2
    assert frame.at[b, "people"] == 1


def test_delete_states_and_applies_its_impact_in_one_go(store):
    a = passions.add_passion(store, "A")
    keep = passions.add_passion(store, "Keep")
    person = add_person(store, NewPerson(name="Ada", passion_ids=[a, keep]))
    research.add_channel(store, a, "https://example.org/blog")
    research.add_channel(store, keep, "https://example.org/other")
    club = communities.add_community(store, "Club", passion_id=a)
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO ledger_entries (workspace, id, occurred_on, person_id, direction, kind_id, points, "
            "passion_id) VALUES ('alice', 'e1', DATE '2026-01-01', ?, 'gave', 'kind-advice', 1, ?)",
            [person, a],
        )
    )
    impact = passions.delete_impact(store, a)
    assert impact == passions.DeleteImpact(title="A", people=1, channels=1, communities=1, entries=1)
    assert passions.delete_passion(store, a)
    assert passions.list_passions(store)["id"].tolist() == [keep]
    assert store.read("SELECT count(*) FROM person_passions WHERE workspace = ?")[0][0] == 1
    assert store.read("SELECT count(*) FROM channels WHERE workspace = ?")[0][0] == 1
    assert communities.list_communities(store).set_index("id").at[club, "passion_id"] is None
    assert store.read("SELECT passion_id FROM ledger_entries WHERE workspace = ?")[0][0] is None
    assert passions.delete_impact(store, a) is None
    assert not passions.delete_passion(store, a)


def test_workspaces_are_isolated(store, other_store):
    a = passions.add_passion(store, "Shared title")
    passions.add_passion(other_store, "Shared title")  # same title is fine in another workspace
    assert len(passions.list_passions(other_store)) == 1
    with pytest.raises(ValidationError):
        passions.update_passions(other_store, {a: {"excitement": 5}})
    assert not passions.delete_passion(other_store, a)
    assert passions.set_status(other_store, [a], "focus") == 0
    assert passions.list_passions(store).iloc[0]["status"] == "idea"
    assert passions.list_passions(other_store, "focus")["id"].tolist() == []


def test_list_passions_filters_by_status(store):
    a, b = passions.brainstorm(store, "A\nB").added
    passions.set_status(store, [b], "focus")
    assert passions.list_passions(store, "focus")["id"].tolist() == [b]
    assert passions.list_passions(store, "idea")["id"].tolist() == [a]
    with pytest.raises(ValidationError):
        passions.list_passions(store, "nope")
    assert {"id", "title", "status", "excitement", "skill_fit", "vision_fit", "score"} <= set(
        passions.list_passions(store).columns
    )


def test_ratings_span_the_named_range_and_the_score_its_maximum(store):
    pid = passions.add_passion(store, "Edge")
    top = {column: passions.RATING_MAX for column in passions.RATINGS} | {c: True for c in passions.IKIGAI}
    passions.update_passions(store, {pid: top})
    assert passions.list_passions(store).iloc[0]["score"] == passions.MAX_SCORE
    for low_or_high in (passions.RATING_MIN - 1, passions.RATING_MAX + 1):
        with pytest.raises(ValidationError) as exc:
            passions.update_passions(store, {pid: {"skill_fit": low_or_high}})
        assert exc.value.problems[0].key == "validation.out_of_range"
    passions.update_passions(store, {pid: {"skill_fit": passions.RATING_MIN}})


def test_a_passion_note_is_limited_to_notes_limit(store):
    passions.add_passion(store, "Long note", "n" * passions.NOTES_LIMIT)
    with pytest.raises(ValidationError) as exc:
        passions.add_passion(store, "Too long", "n" * (passions.NOTES_LIMIT + 1))
    assert exc.value.problems[0].key == "validation.too_long"
