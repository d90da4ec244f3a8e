"""widgets.page_number, the page picker under Ledger and Shortlist tables."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def pager_script(total, hide_single):
    import streamlit as st

    from frentor.ui.widgets import page_number

    st.session_state["page"] = page_number("Page", total, 10, key="pg", max_pages=4, hide_single=hide_single)


def _run(total: int, hide_single: bool = True) -> AppTest:
    at = AppTest.from_function(pager_script, args=(total, hide_single), default_timeout=30).run()
    assert not at.exception
    return at


def test_pages_cover_the_rows_up_to_max_pages():
    assert _run(21).number_input(key="pg").max == 3  # 10 per page: the last page holds one row
    assert _run(1000).number_input(key="pg").max == 4  # deeper pages are not offered


def test_one_page_is_hidden_or_disabled():
    at = _run(7)
    assert not at.number_input and at.session_state["page"] == 1
    at = _run(0, hide_single=False)
    assert at.number_input(key="pg").disabled and at.session_state["page"] == 1


def test_the_chosen_page_moves_back_when_the_pages_shrink():
    at = _run(35)
    at.number_input(key="pg").set_value(4).run()
    assert at.session_state["page"] == 4
    shrunk = AppTest.from_function(pager_script, args=(15, True), default_timeout=30)
    shrunk.session_state["pg"] = 4  # a page chosen before the filters narrowed the rows
    shrunk.run()
    assert not shrunk.exception
    assert shrunk.session_state["page"] == 2 and shrunk.number_input(key="pg").value == 2
