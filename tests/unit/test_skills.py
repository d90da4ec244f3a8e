"""My skills: offers and wants, levels, edits, duplicates and isolation."""

from __future__ import annotations

import pandas as pd
import pytest

from frentor import skills
from frentor.errors import ValidationError


def test_add_and_list_by_side_strongest_first(store):
    skills.add_skill(store, "Proofreading", "offer", 5, "中文 and English")
    skills.add_skill(store, "Photography", "offer", 3)
    skills.add_skill(store, "Fundraising", "want")
    skills.add_skill(store, "校对", "offer")
    frame = skills.list_skills(store)
    assert frame[["name", "side"]].values.tolist() == [
        ["Proofreading", "offer"],
        ["Photography", "offer"],
        ["校对", "offer"],
        ["Fundraising", "want"],
    ]
    assert skills.list_skills(store, "want")["name"].tolist() == ["Fundraising"]
    assert pd.isna(skills.list_skills(store, "want").iloc[0]["level"])
    with pytest.raises(ValidationError):
        skills.list_skills(store, "both")


def test_validation_and_duplicates_per_side(store):
    with pytest.raises(ValidationError) as exc:
        skills.add_skill(store, " ", "trade", 7)
    assert {p.field for p in exc.value.problems} == {"field.skill_name", "field.skill_side", "field.skill_level"}
    skills.add_skill(store, "Public speaking", "want")
    with pytest.raises(ValidationError) as exc:
        skills.add_skill(store, "public SPEAKING", "want")
    assert exc.value.problems[0].key == "validation.duplicate"
    skills.add_skill(store, "Public speaking", "offer")  # the other side is a different list
    assert len(skills.list_skills(store)) == 2


def test_update_edits_and_refuses_bad_batches_whole(store):
    a = skills.add_skill(store, "Editing", "offer", 2)
    b = skills.add_skill(store, "Design", "offer", 3)
    assert skills.update_skills(store, {a: {"level": 4, "notes": "O'Reilly style"}}) == 1
    row = skills.list_skills(store).set_index("id").loc[a]
    assert (row["level"], row["notes"]) == (4, "O'Reilly style")
    with pytest.raises(ValidationError) as exc:
        skills.update_skills(store, {a: {"level": 3}, b: {"level": 0}}, rows={a: 1, b: 2})
    assert [(p.field, p.key, p.row) for p in exc.value.problems] == [
        ("field.skill_level", "validation.out_of_range", 2)
    ]
    assert skills.list_skills(store).set_index("id").loc[a, "level"] == 4  # nothing saved
    with pytest.raises(ValidationError):
        skills.update_skills(store, {b: {"name": "editing"}})
    with pytest.raises(ValidationError):
        skills.update_skills(store, {b: {"side": "want"}})
    assert skills.update_skills(store, {}) == 0


def test_delete_and_isolation(store, other_store):
    a = skills.add_skill(store, "Editing", "offer")
    skills.add_skill(other_store, "Editing", "offer")
    assert skills.delete_skills(other_store, [a]) == 0
    with pytest.raises(ValidationError):
        skills.update_skills(other_store, {a: {"level": 2}})
    assert skills.delete_skills(store, [a, a]) == 1
    assert skills.list_skills(store).empty
    assert len(skills.list_skills(other_store)) == 1


def test_levels_and_notes_have_named_limits(store):
    skill = skills.add_skill(store, "Top", "offer", skills.LEVELS[-1], "n" * skills.SKILL_NOTES_LIMIT)
    skills.update_skills(store, {skill: {"level": skills.LEVELS[0]}})
    for level in (skills.LEVELS[0] - 1, skills.LEVELS[-1] + 1):
        with pytest.raises(ValidationError):
            skills.add_skill(store, f"Level {level}", "offer", level)
    with pytest.raises(ValidationError) as exc:
        skills.add_skill(store, "Wordy", "offer", None, "n" * (skills.SKILL_NOTES_LIMIT + 1))
    assert exc.value.problems[0].key == "validation.too_long"
