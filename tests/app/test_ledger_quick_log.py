"""The quick log on its own (AppTest.from_function): what a save keeps and clears, failures, limits, the toast."""

from __future__ import annotations

from decimal import Decimal

import pytest
from streamlit.testing.v1 import AppTest

from frentor import ledger
from frentor.i18n import translate
from frentor.kinds import ensure_default_kinds
from frentor.ledger import list_entries
from frentor.people import NewPerson, add_person
from tests.app.conftest import PENDING_TOASTS, domain_store, run_component


def quick_log_script(person_id):
    from frentor.ui.ledger.quick_log import quick_log
    from frentor.ui.store import current_store

    quick_log(current_store(), person_id=person_id, key="ql")


@pytest.fixture
def ada(app_db):
    store = domain_store(app_db)
    ensure_default_kinds(store)
    return add_person(store, NewPerson("Ada"))


def _open(person_id=None) -> AppTest:
    return run_component(quick_log_script, person_id)


def test_a_save_clears_what_and_how_much_but_keeps_who_and_which_way(app_db, ada):
    at = _open()
    at.selectbox(key="ql_counterpart").set_value(f"person:{ada}")
    at.radio(key="ql_direction").set_value("received")
    at.selectbox(key="ql_kind").set_value("kind-advice")
    at.number_input(key="ql_points").set_value(4.5)
    at.text_input(key="ql_note").input("导师的建议")
    at.button(key="ql_save").click().run()
    assert not at.exception and not at.error

    row = list_entries(domain_store(app_db)).rows.iloc[0]
    assert (row["direction"], row["kind_id"], Decimal(row["points"]), row["note"]) == (
        "received",
        "kind-advice",
        Decimal("4.5"),
        "导师的建议",
    )
    assert at.selectbox(key="ql_kind").value is None
    assert at.number_input(key="ql_points").value is None
    assert at.text_input(key="ql_note").value == ""
    assert at.selectbox(key="ql_counterpart").value == f"person:{ada}"
    assert at.radio(key="ql_direction").value == "received"
    # The toast waits for the page setup of the full rerun that follows the save.
    assert at.session_state[PENDING_TOASTS] == [translate("quick_log.saved", "en")]


def test_a_refused_save_names_the_field_and_keeps_the_form(app_db, ada):
    at = _open(ada)
    at.text_input(key="ql_note").input("no kind chosen")
    at.button(key="ql_save").click().run()
    assert not at.exception
    assert "Kind of value: is required" in at.error[0].value
    assert at.text_input(key="ql_note").value == "no kind chosen"
    assert list_entries(domain_store(app_db)).total == 0
    assert PENDING_TOASTS not in at.session_state
    at.run()
    assert not at.error  # shown once, where the form is


def test_widgets_offer_the_domains_limits(ada):
    at = _open(ada)
    assert at.number_input(key="ql_points").max == float(ledger.POINTS_MAX)
    assert at.number_input(key="ql_hours").max == float(ledger.HOURS_MAX)
    assert at.text_input(key="ql_note").max_chars == ledger.NOTE_LIMIT


def test_points_placeholder_follows_the_chosen_kind(ada):
    at = _open(ada)
    at.selectbox(key="ql_kind").set_value("kind-volunteered_event").run()
    assert at.number_input(key="ql_points").proto.placeholder == "Default: 5"
    kind_options = at.selectbox(key="ql_kind").options
    assert "Volunteered at their event · 5 pts" in kind_options
