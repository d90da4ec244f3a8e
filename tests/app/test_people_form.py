"""The add/edit form fields (frentor/ui/people/form.py) alone: the domain's limits, prefilling, what comes back."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from frentor import people, validation
from frentor.errors import ValidationError
from frentor.people import NewPerson, add_person
from frentor.skills import add_skill
from frentor.validation import NAME_LIMIT, TEXT_LIMIT
from tests.app.conftest import assert_no_exception, domain_store


def fields_script(prefix: str, person_id: str | None) -> None:
    import streamlit as st

    from frentor.ui.people import data
    from frentor.ui.people.form import person_fields
    from frentor.ui.store import current_store

    store = current_store()
    person = data.detail(store, person_id).person if person_id else None
    st.session_state["entered"] = person_fields(prefix, person, data.choices(store))


def run_fields(prefix: str, person_id: str | None = None) -> AppTest:
    at = AppTest.from_function(fields_script, args=(prefix, person_id), default_timeout=30).run()
    assert_no_exception(at)
    return at


def test_widgets_use_the_domains_limits(app_db):
    at = run_fields("new")
    assert at.text_input(key="new_name").max_chars == NAME_LIMIT
    assert at.text_input(key="new_org").max_chars == people.ORGANISATION_LIMIT
    assert at.text_input(key="new_hashtags").max_chars == validation.HASHTAGS_LIMIT
    assert at.text_input(key="new_next_action").max_chars == validation.NEXT_ACTION_LIMIT
    assert at.text_area(key="new_notes").max_chars == TEXT_LIMIT
    assert at.number_input(key="new_keep").max == people.KEEP_IN_TOUCH_MAX_DAYS
    assert at.multiselect(key="new_offers").max_selections == people.MAX_SKILLS
    assert at.multiselect(key="new_needs").max_selections == people.MAX_SKILLS


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", NAME_LIMIT), ("organisation", people.ORGANISATION_LIMIT), ("next_action", validation.NEXT_ACTION_LIMIT)],
)
def test_the_limits_are_the_ones_the_domain_enforces(app_db, field, limit):
    store = domain_store(app_db)
    add_person(store, NewPerson(**{"name": "A", field: "x" * limit}))
    with pytest.raises(ValidationError):
        add_person(store, NewPerson(**{"name": "B", field: "x" * (limit + 1)}))


def test_a_new_person_starts_as_a_mentor_at_fifty_fifty_with_the_role_default_interval(app_db):
    at = run_fields("new")
    at.text_input(key="new_name").input("Ada").run()
    entered = at.session_state["entered"]
    assert (entered.name, entered.role, entered.reach_tier, entered.keep_in_touch_days) == (
        "Ada",
        "mentor",
        "fifty_fifty",
        None,  # 0 in the widget: the role's default
    )


def test_editing_prefills_every_field_and_gives_the_person_back_unchanged(app_db):
    store = domain_store(app_db)
    add_skill(store, "Editing", "offer")
    ada = add_person(
        store,
        NewPerson(
            "Ada",
            role="frentor",
            reach_tier="long_shot",
            organisation="Analytical Engines",
            notes="Met at the meetup",
            hashtags="#math",
            offers=["Rare skill"],
            needs=["Editing"],
            channels=[("Blog", "https://example.com/ada")],
            next_action="Send notes",
            next_action_due="2026-12-01",
            keep_in_touch_days=14,
        ),
    )
    at = run_fields("edit", ada)
    # The person's own skills are options even when the workspace does not list them.
    assert "Rare skill" in at.multiselect(key="edit_offers").options
    entered = at.session_state["entered"]
    before = people.get_person(store, ada)
    people.update_person(store, ada, entered)
    assert people.get_person(store, ada) == before
    assert (entered.role, entered.reach_tier, entered.keep_in_touch_days, entered.channels) == (
        "frentor",
        "long_shot",
        14,
        [("Blog", "https://example.com/ada")],
    )
    assert (entered.offers, entered.needs, entered.hashtags, str(entered.next_action_due)) == (
        ["Rare skill"],
        ["Editing"],
        "#math",
        "2026-12-01",
    )
