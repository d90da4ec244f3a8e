"""The People results table and the "open one person" picker on their own."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor.homework import HOMEWORK_ITEMS, set_homework
from frentor.i18n import translate
from frentor.people import NewPerson, add_person
from tests.app.conftest import assert_no_exception, domain_store


def results_script(query: str, page_number: int) -> None:
    from frentor.people import PeopleFilter
    from frentor.ui.people.results import results_table
    from frentor.ui.store import current_store

    results_table(current_store(), PeopleFilter(query), page_number)


def picker_script(page_number: int) -> None:
    import streamlit as st

    from frentor import people
    from frentor.people import PeopleFilter
    from frentor.ui.people.picker import close_person, person_picker, show_person
    from frentor.ui.store import current_store

    store = current_store()
    if wanted := st.session_state.pop("show", None):
        show_person(wanted)
    if doomed := st.session_state.pop("delete", None):
        people.delete_person(store, doomed)
    if st.session_state.pop("close", False):
        close_person()
    st.session_state["chosen"] = person_picker(store, PeopleFilter(), st.session_state.get("page", page_number))


def seed(app_db, count: int) -> list[str]:
    store = domain_store(app_db)
    return [add_person(store, NewPerson(f"Person {i:02d}", role="frentor")) for i in range(count)]


def test_one_page_of_the_matches_with_translated_labels(app_db):
    ids = seed(app_db, 30)
    set_homework(domain_store(app_db), ids[26], {HOMEWORK_ITEMS[0]: True, HOMEWORK_ITEMS[1]: True})
    at = AppTest.from_function(results_script, args=("", 2), default_timeout=30).run()
    assert_no_exception(at)
    table = at.dataframe[0].value
    assert table["name"].tolist() == [f"Person {i:02d}" for i in range(25, 30)]
    assert set(table["role"]) == {"Frentor"} and set(table["stage"]) == {"Noticed"}
    assert table["homework_done"].tolist() == [0, 2, 0, 0, 0]
    assert [c.value for c in at.caption] == ["Showing 26–30 of 30 people"]


def test_no_match_says_what_to_do(app_db):
    at = AppTest.from_function(results_script, args=("nobody", 1), default_timeout=30).run()
    assert not at.dataframe
    assert [i.value for i in at.info] == [translate("people.no_match", "en")]


def test_the_picker_offers_the_page_and_opens_whoever_is_asked_for(app_db):
    ids = seed(app_db, 30)
    at = AppTest.from_function(picker_script, args=(1,), default_timeout=30).run()
    assert at.selectbox(key="people_open").options == [f"Person {i:02d}" for i in range(25)]
    assert at.session_state["chosen"] is None
    # Someone on another page (Home's nudges ask through open_person, which also switches page).
    at.session_state["show"] = ids[28]
    at.run()
    assert at.session_state["chosen"] == ids[28]
    assert at.selectbox(key="people_open").options[0] == "Person 28"
    # They stay open on another page of results, and when they are on it, they are listed once.
    at.session_state["page"] = 2
    at.run()
    assert at.session_state["chosen"] == ids[28]
    assert at.selectbox(key="people_open").options == [f"Person {i:02d}" for i in range(25, 30)]


def test_a_deleted_or_closed_person_is_no_longer_open(app_db):
    ids = seed(app_db, 3)
    at = AppTest.from_function(picker_script, args=(1,), default_timeout=30).run()
    at.selectbox(key="people_open").set_value(ids[1]).run()
    assert at.session_state["chosen"] == ids[1]
    at.session_state["close"] = True
    at.run()
    assert at.session_state["chosen"] is None
    at.selectbox(key="people_open").set_value(ids[2]).run()
    at.session_state["delete"] = ids[2]
    at.run()
    assert at.session_state["chosen"] is None
    assert at.selectbox(key="people_open").options == ["Person 00", "Person 01"]
