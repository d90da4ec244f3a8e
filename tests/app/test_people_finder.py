"""The People finder (search and filters) and pager on their own."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor.passions import add_passion
from frentor.people import PeopleFilter
from frentor.ui.people.pager import page_count
from tests.app.conftest import assert_no_exception, domain_store


def finder_script() -> None:
    import streamlit as st

    from frentor.ui.people.finder import finder
    from frentor.ui.store import current_store

    st.session_state["filters"] = finder(current_store())


def pager_script(matching: int) -> None:
    import streamlit as st

    from frentor.ui.people.pager import pager

    matching = st.session_state.get("matching", matching)
    st.session_state["page_number"] = pager(matching, 10)


def test_the_finder_gives_back_what_was_chosen(app_db):
    store = domain_store(app_db)
    ceramics = add_passion(store, "Ceramics")
    at = AppTest.from_function(finder_script, default_timeout=30).run()
    assert_no_exception(at)
    assert at.session_state["filters"] == PeopleFilter()
    assert at.selectbox(key="people_filter_passion").options == ["Ceramics"]
    at.text_input(key="people_search").input("  ada ")
    at.multiselect(key="people_filter_role").set_value(["mentor", "frentor"])
    at.multiselect(key="people_filter_stage").set_value(["trusted"])
    at.multiselect(key="people_filter_tier").set_value(["long_shot"])
    at.selectbox(key="people_filter_passion").set_value(ceramics)
    at.checkbox(key="people_include_archived").check().run()
    assert at.session_state["filters"] == PeopleFilter(
        "  ada ", ("mentor", "frentor"), ("trusted",), ("long_shot",), ceramics, True
    )


def test_page_count_rounds_up_and_is_never_zero():
    assert [page_count(n, 10) for n in (0, 1, 10, 11, 25)] == [1, 1, 1, 2, 3]


def test_one_page_needs_no_pager():
    at = AppTest.from_function(pager_script, args=(10,), default_timeout=30).run()
    assert not at.number_input and at.session_state["page_number"] == 1


def test_the_pager_moves_back_when_fewer_people_match():
    at = AppTest.from_function(pager_script, args=(45,), default_timeout=30).run()
    assert at.number_input(key="people_page").max == 5
    at.number_input(key="people_page").set_value(5).run()
    assert at.session_state["page_number"] == 5
    at.session_state["matching"] = 21
    at.run()
    assert at.number_input(key="people_page").value == 3 and at.session_state["page_number"] == 3
