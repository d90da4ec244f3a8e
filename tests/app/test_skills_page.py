"""The Skills page through the router: empty explanation, add, edit in place, refuse bad input, remove."""

from __future__ import annotations

import pytest

from frentor import skills
from frentor.ui.navigation import PAGE_BY_KEY
from tests.app.conftest import assert_no_exception, domain_store, open_app_page

PAGE = PAGE_BY_KEY["skills"].path


@pytest.fixture
def open_page(app):
    return lambda: open_app_page(app, PAGE)


def add(at, name: str, side: str = "offer", level=None):
    at.text_input(key="skills_add_name").input(name)
    at.segmented_control(key="skills_add_side").set_value(side)
    if level is not None:
        at.select_slider(key="skills_add_level").set_value(level)
    return at.button(key="skills_add_submit").click().run()


def test_empty_page_explains_why_skills_matter(open_page):
    at = open_page()
    assert any("currency" in info.value for info in at.info)


def test_add_edit_and_remove(open_page, app_db):
    at = add(open_page(), "Proofreading 校对", level=5)
    assert_no_exception(at)
    store = domain_store(app_db)
    frame = skills.list_skills(store)
    assert frame[["name", "side", "level"]].values.tolist() == [["Proofreading 校对", "offer", 5]]

    key = f"skills_editor_offer_{at.session_state['skills_editor_round']}"
    at.session_state[key] = {"edited_rows": {0: {"level": 4, "notes": "fast"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert_no_exception(at)
    row = skills.list_skills(store).iloc[0]
    assert (row["level"], row["notes"]) == (4, "fast")

    at.multiselect(key="skills_remove_pick").set_value([row["id"]]).run()
    assert at.warning, "removal asks for confirmation"
    assert len(skills.list_skills(store)) == 1
    at.button(key="skills_remove_confirm").click().run()
    assert_no_exception(at)
    assert skills.list_skills(store).empty


def test_want_side_and_bad_input(open_page, app_db):
    at = add(open_page(), "Fundraising", side="want")
    assert_no_exception(at)
    store = domain_store(app_db)
    assert skills.list_skills(store)[["name", "side"]].values.tolist() == [["Fundraising", "want"]]
    at = add(at, "   ")
    assert at.error, "an empty name is explained"
    assert len(skills.list_skills(store)) == 1
    key = f"skills_editor_want_{at.session_state['skills_editor_round']}"
    at.session_state[key] = {"edited_rows": {0: {"level": 7}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert at.error
    assert skills.list_skills(store)["level"].isna().all()
