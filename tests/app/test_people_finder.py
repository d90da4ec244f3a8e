"""The People finder (search and filters) on its own."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor.passions import add_passion
from frentor.people import PeopleFilter
from tests.app.conftest import assert_no_exception, domain_store


def finder_script() -> None:
    import streamlit as st

    from frentor.ui.people.finder import finder
    from frentor.ui.store import current_store

    st.session_state["filters"] = finder(current_store())


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
