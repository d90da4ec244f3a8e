"""The Skills page's parts on their own (frentor/ui/skills/): both tables saved as edited, a refusal with its discard
button, the add form and removal with its confirmation; limits from frentor.skills."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from frentor import skills
from tests.app.conftest import domain_store


def tables_script():
    from frentor.ui.skills.data import load_skills
    from frentor.ui.skills.editors import refused_edits, save_pending_edits, skill_tables
    from frentor.ui.store import current_store

    store = current_store()
    if save_pending_edits(store):
        refused_edits()
    skill_tables(load_skills(store))


def form_script():
    from frentor.ui.skills.add_form import add_skill
    from frentor.ui.skills.remove import remove_skills
    from frentor.ui.store import current_store

    add_skill(current_store())
    remove_skills(current_store())


@pytest.fixture
def seeded(app_db) -> dict[str, str]:
    store = domain_store(app_db)
    return {
        "editing": skills.add_skill(store, "Editing", "offer", 4),
        "design": skills.add_skill(store, "Design", "offer", 2),
        "chinese": skills.add_skill(store, "Mandarin", "want"),
    }


def edit(at: AppTest, side: str, rows: dict) -> AppTest:
    key = f"skills_editor_{side}_{at.session_state['skills_editor_round']}"
    at.session_state[key] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}
    return at.run()


def test_each_side_saves_its_own_rows(app_db, seeded):
    at = AppTest.from_function(tables_script, default_timeout=30).run()
    at = edit(at, "offer", {1: {"notes": "print and web"}})  # the second offer, strongest first: Design
    at = edit(at, "want", {0: {"level": skills.LEVELS[0]}})
    assert not at.exception and not at.error
    frame = skills.list_skills(domain_store(app_db)).set_index("id")
    assert frame.at[seeded["design"], "notes"] == "print and web"
    assert frame.at[seeded["chinese"], "level"] == skills.LEVELS[0]
    assert at.session_state["skills_editor_round"] == 2


def test_a_refused_edit_is_explained_until_discarded(app_db, seeded):
    at = AppTest.from_function(tables_script, default_timeout=30).run()
    at = edit(at, "offer", {0: {"level": skills.LEVELS[-1] + 1}})
    assert "Row 1" in at.error[0].value
    assert skills.list_skills(domain_store(app_db)).set_index("id").at[seeded["editing"], "level"] == 4
    at.button(key="skills_discard_edits").click().run()
    assert not at.error


def test_add_then_remove_after_a_confirmation(app_db):
    at = AppTest.from_function(form_script, default_timeout=30).run()
    assert at.text_input(key="skills_add_name").max_chars == skills.SKILL_NAME_LIMIT
    assert at.text_input(key="skills_add_notes").max_chars == skills.SKILL_NOTES_LIMIT
    at.text_input(key="skills_add_name").input("Negotiation")
    at.segmented_control(key="skills_add_side").set_value("want")
    at.button(key="skills_add_submit").click().run()
    assert not at.exception and not at.error
    store = domain_store(app_db)
    (skill_id,) = skills.list_skills(store, "want")["id"]
    at.button(key="skills_add_submit").click().run()
    assert at.error, "the same skill twice on a side is refused"

    at.multiselect(key="skills_remove_pick").set_value([skill_id]).run()
    assert at.warning
    at.button(key="skills_remove_confirm").click().run()
    assert not at.exception and not at.error
    assert skills.list_skills(store).empty
    assert at.session_state["skills_editor_round"] == 1  # the tables' rows moved
