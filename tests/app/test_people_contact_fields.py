"""A person's contact fields on People (e-mail, profile link, title; source and connected-on from an import): in
the add/edit form, in the detail view (never as Markdown or HTML; the profile link only as a checked web link) and
in the results table."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from frentor import people
from frentor.errors import ValidationError
from frentor.people import NewPerson, add_person
from frentor.validation import EMAIL_LIMIT, NAME_LIMIT, URL_LIMIT
from tests.app.conftest import assert_no_exception, domain_store
from tests.app.test_people_form import run_fields

IMPORTED = NewPerson(
    "Grace Hopper",
    organisation="Navy Labs, Inc.",
    email="grace@example.com",
    profile_url="https://www.linkedin.com/in/grace-hopper-example",
    title="Rear Admiral",
    source="linkedin",
    connected_on="2023-01-03",
)


def detail_script(person_id: str) -> None:
    from frentor.ui.people.detail import DetailTab, person_detail
    from frentor.ui.store import current_store

    person_detail(current_store(), person_id, [DetailTab("people.tab.stage", lambda store, pid: None)])


def open_detail(person_id: str) -> AppTest:
    at = AppTest.from_function(detail_script, args=(person_id,), default_timeout=30).run()
    assert_no_exception(at)
    return at


def test_the_form_offers_the_contact_fields_with_the_domains_limits(app_db):
    at = run_fields("new")
    assert at.text_input(key="new_email").max_chars == EMAIL_LIMIT
    assert at.text_input(key="new_profile_url").max_chars == URL_LIMIT
    assert at.text_input(key="new_title").max_chars == NAME_LIMIT
    at.text_input(key="new_name").input("Ada")
    at.text_input(key="new_email").input("ada@example.com")
    at.text_input(key="new_profile_url").input("https://example.com/ada")
    at.text_input(key="new_title").input("Head of Research").run()
    entered = at.session_state["entered"]
    assert (entered.email, entered.profile_url, entered.title, entered.source, entered.connected_on) == (
        "ada@example.com",
        "https://example.com/ada",
        "Head of Research",
        None,  # not given: a person added by hand gets none, an edit keeps what the import said
        None,
    )
    assert not at.caption  # a new person has no origin to show yet


def test_editing_prefills_the_contact_fields_keeps_the_origin_and_clears_with_empty_text(app_db):
    store = domain_store(app_db)
    grace = add_person(store, IMPORTED)
    at = run_fields("edit", grace)
    assert [at.text_input(key=f"edit_{k}").value for k in ("email", "profile_url", "title")] == [
        "grace@example.com",
        "https://www.linkedin.com/in/grace-hopper-example",
        "Rear Admiral",
    ]
    assert at.caption[-1].value == "Came from: LinkedIn · Connected on: 2023-01-03"  # shown, not editable
    before = people.get_person(store, grace)
    people.update_person(store, grace, at.session_state["entered"])
    assert people.get_person(store, grace) == before
    at.text_input(key="edit_email").input("")
    at.text_input(key="edit_title").input("").run()
    people.update_person(store, grace, at.session_state["entered"])
    after = people.get_person(store, grace)
    assert (after.email, after.title, after.profile_url) == ("", "", before.profile_url)
    assert (after.source, after.connected_on) == ("linkedin", dt.date(2023, 1, 3))


def test_the_form_refuses_a_bad_email_or_link(app_db):
    store = domain_store(app_db)
    at = run_fields("new")
    at.text_input(key="new_name").input("Ada")
    at.text_input(key="new_email").input("not an address")
    at.text_input(key="new_profile_url").input("javascript:alert(1)").run()
    with pytest.raises(ValidationError) as refused:
        people.add_person(store, at.session_state["entered"])
    assert {problem.field for problem in refused.value.problems} == {"field.email", "field.profile_url"}
    assert people.count_people(store) == 0


def test_the_detail_shows_title_email_profile_button_and_origin(app_db):
    grace = add_person(domain_store(app_db), IMPORTED)
    at = open_detail(grace)
    assert at.caption[0].value == "Peer · Noticed · 50-50 · Rear Admiral · Navy Labs, Inc\\."
    assert [text.value for text in at.text] == ["grace@example.com"]  # plain text, not a mailto link
    (button,) = at.get("link_button")
    assert (button.proto.label, button.proto.url) == ("Profile", "https://www.linkedin.com/in/grace-hopper-example")
    assert at.caption[1].value == "From LinkedIn · connected on 2023-01-03"


def test_user_text_in_the_detail_is_never_markdown_and_only_web_links_are_buttons(app_db):
    store = domain_store(app_db)
    sneaky = add_person(
        store, NewPerson("Mallory", title="[CEO](https://evil.example)", email="m@example.com", source="vcard")
    )
    # A mail link passes the link rule but is no profile page; a javascript: link stored by hand never passes it.
    store.write(
        lambda cur: cur.execute(
            "UPDATE people SET profile_url = 'mailto:m@example.com' WHERE workspace = ? AND id = ?",
            [store.workspace, sneaky],
        )
    )
    at = open_detail(sneaky)
    assert at.caption[0].value == "Peer · Noticed · 50-50 · \\[CEO\\]\\(https\\://evil\\.example\\)"
    assert not at.get("link_button")
    assert [text.value for text in at.text] == ["m@example.com", "mailto:m@example.com"]
    assert at.caption[1].value == "From vCard (phone or address book)"
    store.write(
        lambda cur: cur.execute(
            "UPDATE people SET profile_url = 'javascript:alert(1)' WHERE workspace = ? AND id = ?",
            [store.workspace, sneaky],
        )
    )
    at = open_detail(sneaky)
    assert not at.get("link_button")


def test_someone_added_by_hand_without_contact_details_shows_none(app_db):
    ada = add_person(domain_store(app_db), NewPerson("Ada"))
    at = open_detail(ada)
    assert not at.text and not at.get("link_button") and len(at.caption) == 1


def test_the_results_table_shows_title_and_email(app, app_db):
    add_person(domain_store(app_db), IMPORTED)
    at = app.run()
    at.switch_page("pages/people.py").run()
    assert_no_exception(at)
    table = at.dataframe[0]
    assert table.value.loc[0, "title"] == "Rear Admiral" and table.value.loc[0, "email"] == "grace@example.com"
    assert {"title", "email"} <= set(table.proto.column_order)
