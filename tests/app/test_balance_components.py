"""Balance parts on their own: scope and period pickers, the health section, and the shared health computation."""

from __future__ import annotations

import datetime as dt

import pytest

from frentor import balance, health
from frentor.kinds import ensure_default_kinds
from frentor.people import NewPerson, add_person
from frentor.ui.balance import data
from tests.app.conftest import domain_store, run_component
from tests.unit.test_balance import add_entry


@pytest.fixture
def two_people(app_db):
    """Ana (mentor) and Bo (peer), each with one exchange this month: both "too early to tell"."""
    store = domain_store(app_db)
    ensure_default_kinds(store)
    ana = add_person(store, NewPerson(name="Ana", role="mentor"))
    bo = add_person(store, NewPerson(name="Bo", role="peer"))
    add_entry(store, dt.date.today(), "gave", 4, ana)
    add_entry(store, dt.date.today(), "received", 2, bo)
    return {"ana": ana, "bo": bo}


# -- scope and period -----------------------------------------------------------------------------------------------
def scope_script():
    import streamlit as st

    from frentor.ui.balance.scope import scope_picker
    from frentor.ui.store import current_store

    st.session_state["scope"] = scope_picker(current_store())


def test_scope_is_the_network_a_chosen_person_or_a_group(two_people):
    at = run_component(scope_script)
    assert at.session_state["scope"] == balance.NETWORK
    at.segmented_control(key="balance_scope").set_value("person").run()
    assert at.session_state["scope"] is None  # nobody chosen yet
    at.selectbox(key="balance_person").set_value(two_people["bo"]).run()
    assert at.session_state["scope"] == balance.Scope(person_id=two_people["bo"])
    at.segmented_control(key="balance_scope").set_value("group").run()
    at.selectbox(key="balance_group_role").set_value("mentor").run()
    assert at.session_state["scope"] == balance.Scope(role="mentor")


def period_script(today):
    import datetime as dt

    import streamlit as st

    from frentor.ui.balance.period import mode_picker, range_picker

    st.session_state["range"] = range_picker(today, dt.date(2020, 5, 17))
    st.session_state["mode"] = mode_picker()


def test_period_defaults_and_a_half_picked_custom_range(two_people):
    today = dt.date(2026, 11, 27)
    at = run_component(period_script, today)
    assert at.session_state["range"] == (dt.date(2025, 12, 1), dt.date(2026, 11, 1))  # 12 months
    assert at.session_state["mode"] == "cumulative"
    at.segmented_control(key="balance_range").set_value("custom").run()
    at.date_input(key="balance_custom").set_value((dt.date(2026, 3, 4),)).run()  # only the first day so far
    assert at.session_state["range"] == (dt.date(2025, 12, 1), dt.date(2026, 11, 1))  # the default until both
    at.date_input(key="balance_custom").set_value((dt.date(2026, 3, 4), dt.date(2026, 5, 9))).run()
    assert at.session_state["range"] == (dt.date(2026, 3, 1), dt.date(2026, 5, 1))


# -- health -------------------------------------------------------------------------------------------------------
def health_script():
    import datetime as dt

    from frentor.ui.balance.health_table import health_section
    from frentor.ui.store import current_store

    health_section(current_store(), dt.date.today())


def test_health_section_lists_people_by_label_and_says_when_it_cut_the_list(two_people, monkeypatch):
    monkeypatch.setattr(data, "HEALTH_TABLE_ROWS", 1)
    at = run_component(health_script)
    assert "Needs a check-in (0)" in at.segmented_control(key="balance_health_label").options
    assert any("Nobody is" in c.value for c in at.caption)  # nobody is due a check-in
    at.segmented_control(key="balance_health_label").set_value("too_early").run()
    assert len(at.dataframe[0].value) == 1
    assert any("the 1 most urgent of 2" in c.value for c in at.caption)


def shared_reads_script():
    import datetime as dt

    from frentor.ui.balance import data
    from frentor.ui.store import current_store

    store, today = current_store(), dt.date.today()
    data.health_summary(store, today)
    data.health_rows(store, today, "too_early")
    data.person_label(store, today, "nobody")
    data.today_nudges(store, today)
    data.method_steps(store, today)


def test_relationship_health_is_computed_once_per_data_version(two_people, monkeypatch):
    calls = []
    real = health.relationship_health
    monkeypatch.setattr(health, "relationship_health", lambda *args, **kw: calls.append(1) or real(*args, **kw))
    at = run_component(shared_reads_script)
    at.run()
    assert len(calls) == 1  # five reads on Home and Balance, twice: one computation

    from frentor.ui.store import shared_database

    shared_database().write(lambda cursor: None)  # any committed write
    at.run()
    assert len(calls) == 2
