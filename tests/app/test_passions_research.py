"""Step 4 of Passions on its own (frentor/ui/passions/research*.py): one passion at a time, who / where / notes /
places, linking people already in People, removing a link, and the limits its fields take from the domain."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from frentor import passions, research
from frentor.i18n import translate
from frentor.people import NewPerson, add_person
from frentor.validation import NAME_LIMIT
from tests.app.conftest import domain_store


def script():
    from frentor.ui.passions.research import research_step
    from frentor.ui.store import current_store

    research_step(current_store())


def start() -> AppTest:
    return AppTest.from_function(script, default_timeout=30).run()


@pytest.fixture
def two(app_db) -> tuple[str, str]:
    """A passion in focus (listed first) and one being explored, each with its own notes."""
    store = domain_store(app_db)
    explored = passions.add_passion(store, "Gardening")
    focus = passions.add_passion(store, "Podcasting")
    passions.set_status(store, [focus], "focus")
    passions.set_status(store, [explored], "exploring")
    research.save_notes(store, focus, "#audio", "Who edits?", "")
    research.save_notes(store, explored, "#soil", "", "compost first")
    return focus, explored


def test_nothing_to_research_says_where_to_start(app_db):
    passions.add_passion(domain_store(app_db), "Just an idea")
    at = start()
    assert at.info, "explains that a passion must be exploring or in focus"
    assert not at.selectbox


def test_the_notes_follow_the_passion_picked(app_db, two):
    focus, explored = two
    at = start()
    assert at.selectbox(key="research_passion").value == focus
    assert (at.text_input(key="research_hashtags").value, at.text_area(key="research_questions").value) == (
        "#audio",
        "Who edits?",
    )
    at.selectbox(key="research_passion").set_value(explored).run()
    assert at.text_input(key="research_hashtags").value == "#soil"
    assert at.text_area(key="research_notes").value == "compost first"


def test_link_someone_already_in_people_then_remove_a_link(app_db, two):
    focus, _ = two
    store = domain_store(app_db)
    ada = add_person(store, NewPerson(name="Ada Lovelace"))
    research.add_channel(store, focus, "https://example.org/feed")
    at = start()
    at.text_input(key="research_link_search").input("lovel").run()
    assert at.selectbox(key="research_link_pick").value == ada
    at.button(key="research_link_submit").click().run()
    assert not at.exception and not at.error
    assert research.linked_people(store, focus)["name"].tolist() == ["Ada Lovelace"]
    at.button(key="research_channel_remove").click().run()
    assert not at.exception and not at.error
    assert research.list_channels(store, focus).empty


def test_a_search_with_no_match_says_so(app_db, two):
    at = start()
    at.text_input(key="research_link_search").input("nobody here").run()
    assert not [box for box in at.selectbox if box.key == "research_link_pick"]
    assert translate("passions.link_none", "en") in [caption.value for caption in at.caption]


def test_fields_take_their_limits_from_the_domain(app_db, two):
    at = start()
    assert at.text_input(key="research_person_name").max_chars == NAME_LIMIT
    assert at.text_input(key="research_link_search").max_chars == NAME_LIMIT
    assert at.text_input(key="research_channel_note").max_chars == research.NOTE_LIMIT
    assert at.text_area(key="research_questions").max_chars == research.NOTES_LIMIT
    assert at.text_area(key="research_notes").max_chars == research.NOTES_LIMIT
    assert at.text_input(key="research_community_name").max_chars == NAME_LIMIT
