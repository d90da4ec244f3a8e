"""Ledger parts on their own: counterpart picker, filters, pager, entries edits, kinds editor, add-kind form."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from frentor.communities import add_community
from frentor.i18n import translate
from frentor.kinds import NAME_MAX, POINTS_MAX, ensure_default_kinds, get_kind, list_kinds
from frentor.ledger import EntryQuery, NewEntry, log_entry
from frentor.people import NewPerson, add_person
from frentor.ui.ledger import counterpart, pager
from frentor.ui.ledger.entries import pending_edits
from tests.app.conftest import PENDING_TOASTS, domain_store, run_component


@pytest.fixture
def people(app_db):
    """Ada, Bo and Cy, the Data Night community; Ada got an entry yesterday (recent counterparts come first)."""
    store = domain_store(app_db)
    ensure_default_kinds(store)
    ids = {name: add_person(store, NewPerson(name)) for name in ("Ada", "Bo", "Cy")}
    ids["Data Night"] = add_community(store, "Data Night")
    log_entry(store, NewEntry(dt.date.today() - dt.timedelta(days=1), "gave", "kind-feedback", person_id=ids["Ada"]))
    return ids


# -- counterpart picker ---------------------------------------------------------------------------------------------
def picker_script():
    import streamlit as st

    from frentor.ui.ledger.counterpart import counterpart_picker
    from frentor.ui.store import current_store

    st.session_state["picked"] = counterpart_picker(current_store(), key="cp", label="Who")


def test_picker_lists_recent_counterparts_first_and_labels_communities(people):
    at = run_component(picker_script)
    assert not at.text_input  # a short list needs no search box
    options = at.selectbox(key="cp_counterpart").options
    assert options[0] == "Ada"
    assert "Data Night (community or event)" in options
    at.selectbox(key="cp_counterpart").set_value(f"community:{people['Data Night']}").run()
    assert at.session_state["picked"] == f"community:{people['Data Night']}"


def test_long_lists_get_a_search_box_and_the_choice_stays_while_searching(people, monkeypatch):
    monkeypatch.setattr(counterpart, "PICKER_LIMIT", 2)
    at = run_component(picker_script)
    assert len(at.selectbox(key="cp_counterpart").options) == 2
    at.selectbox(key="cp_counterpart").set_value(f"person:{people['Ada']}").run()
    at.text_input(key="cp_search").input("  Cy ").run()
    assert at.selectbox(key="cp_counterpart").options == ["Ada", "Cy"]  # the current choice first, then matches
    assert at.session_state["picked"] == f"person:{people['Ada']}"


# -- filters ------------------------------------------------------------------------------------------------------
def filters_script():
    import streamlit as st

    from frentor.ui.ledger.filters import entry_filters
    from frentor.ui.store import current_store

    st.session_state["query"] = entry_filters(current_store())


def test_filters_describe_one_query(people):
    at = run_component(filters_script)
    assert at.session_state["query"] == EntryQuery()
    at.date_input(key="ledger_filter_from").set_value(dt.date(2026, 1, 1))
    at.selectbox(key="ledger_filter_counterpart").set_value(f"community:{people['Data Night']}")
    at.multiselect(key="ledger_filter_kinds").set_value(["kind-feedback", "kind-advice"])
    at.selectbox(key="ledger_filter_direction").set_value("received").run()
    assert at.session_state["query"] == EntryQuery(
        start=dt.date(2026, 1, 1),
        community_id=people["Data Night"],
        kind_ids=("kind-feedback", "kind-advice"),
        direction="received",
    )


# -- pager --------------------------------------------------------------------------------------------------------
def pager_script(query):
    import streamlit as st

    from frentor.ui.ledger.pager import entry_page
    from frentor.ui.store import current_store

    st.session_state["ids"] = entry_page(current_store(), query).rows["id"].tolist()


def test_pages_stop_at_max_pages_and_say_to_narrow_the_filters(app_db, people, monkeypatch):
    store = domain_store(app_db)
    for days in range(2, 7):  # 6 entries in all
        log_entry(
            store, NewEntry(dt.date.today() - dt.timedelta(days=days), "gave", "kind-advice", person_id=people["Bo"])
        )
    monkeypatch.setattr(pager, "PAGE_SIZE", 2)
    monkeypatch.setattr(pager, "MAX_PAGES", 2)
    at = run_component(pager_script, EntryQuery())
    assert at.number_input(key="ledger_page").max == 2
    assert "Showing 1–2 of 6 matching entries" in at.caption[0].value
    assert "Narrow the filters" in at.caption[0].value
    first = at.session_state["ids"]
    at.number_input(key="ledger_page").set_value(2).run()
    assert "Showing 3–4 of 6" in at.caption[0].value
    assert set(at.session_state["ids"]).isdisjoint(first)


# -- entries editor -------------------------------------------------------------------------------------------------
def test_pending_edits_split_changes_from_rows_ticked_for_deletion():
    ids = ["e1", "e2", "e3"]
    state = {
        "edited_rows": {
            "0": {"note": "fixed", "delete": False},
            "1": {"delete": True},
            "2": {"points": 4, "delete": True},
            "7": {"note": "a row of a page no longer shown"},
        }
    }
    changes, selected = pending_edits(state, ids)
    assert changes == {"e1": {"note": "fixed"}, "e3": {"points": 4}}
    assert selected == ["e2", "e3"]
    assert pending_edits({}, ids) == ({}, [])


# -- kinds editor and add-kind form ---------------------------------------------------------------------------------
def kinds_script():
    from frentor.ui.ledger.add_kind import add_kind_form
    from frentor.ui.ledger.kinds_editor import kinds_editor
    from frentor.ui.store import current_store

    store = current_store()
    kinds_editor(store)
    add_kind_form(store)


def _edit_kinds(at: AppTest, edits: dict) -> None:
    at.session_state["ledger_kinds_editor"] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ledger_kinds_save").click().run()
    assert not at.exception


def test_kinds_editor_refuses_or_saves_edits(app_db, people):
    at = run_component(kinds_script)
    _edit_kinds(at, {0: {"default_points": float(POINTS_MAX) + 1}})
    assert "Default points: must be between 0 and 1000" in at.error[0].value
    assert PENDING_TOASTS not in at.session_state
    store = domain_store(app_db)
    first = list_kinds(store)[0]
    # One good row and one bad: the table is saved whole or not at all, and the message names the bad row.
    _edit_kinds(at, {0: {"default_points": 7}, 1: {"default_points": float(POINTS_MAX) + 1}})
    assert "row 2" in at.error[0].value.lower()
    assert get_kind(store, first.id).default_points == first.default_points
    _edit_kinds(at, {0: {"default_points": 7, "archived": True}})
    assert not at.error
    assert at.session_state[PENDING_TOASTS] == [translate("kinds.saved", "en")]
    saved = get_kind(store, first.id)
    assert (float(saved.default_points), saved.archived) == (7.0, True)


def test_add_kind_form_refuses_a_duplicate_and_caps_the_name(app_db, people):
    at = run_component(kinds_script)
    assert at.text_input(key="ledger_kind_name").max_chars == NAME_MAX
    assert at.number_input(key="ledger_kind_points").max == float(POINTS_MAX)
    at.text_input(key="ledger_kind_name").input("Podcast guest")
    at.button(key="ledger_kind_add").click().run()
    assert not at.error
    assert at.session_state[PENDING_TOASTS] == [translate("kinds.added", "en", name="Podcast guest")]
    at.text_input(key="ledger_kind_name").input("podcast GUEST")
    at.button(key="ledger_kind_add").click().run()
    assert "already" in at.error[0].value
    assert [k.name for k in list_kinds(domain_store(app_db)) if not k.builtin] == ["Podcast guest"]
