"""From Home to the composer through the router: a due report back's "Write the report-back" (in Today's nudges and in
This week) opens the person on People, on the "Write a message" tab, on that follow-up; sending it clears the nudge.

Dates are relative to the day the test runs (the app's Home uses today): help received 30 days ago is always due."""

from __future__ import annotations

import datetime as dt

import pytest

from frentor import report_back
from frentor.i18n import CATALOG
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.people import NewPerson, add_person
from tests.app.conftest import assert_no_exception, domain_store


def text(key: str, **params) -> str:
    return CATALOG[key]["en"].format(**params)


@pytest.fixture
def due(app_db):
    """Ada gave advice 30 days ago (report back due); Ben an introduction yesterday (not due yet)."""
    store = domain_store(app_db)
    ensure_default_kinds(store)
    today = dt.date.today()
    ada = add_person(store, NewPerson("Ada", role="peer"))
    ben = add_person(store, NewPerson("Ben", role="peer"))
    log_entry(store, NewEntry(today - dt.timedelta(days=30), "received", "kind-advice", person_id=ada))
    log_entry(store, NewEntry(today - dt.timedelta(days=1), "received", "kind-introduction", person_id=ben))
    (ada_follow_up,) = report_back.open_follow_ups(store, person_id=ada)
    (ben_follow_up,) = report_back.open_follow_ups(store, person_id=ben)
    return store, ada, ada_follow_up.id, ben, ben_follow_up.id


def first_tab(at) -> str:
    """The tab the detail view asks the browser to show when it draws the tabs (st.tabs' `default`)."""
    found = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "tab_container") and proto.HasField("tab_container"):
            labels = [child.label for child in node.children.values()]
            found.append(labels[proto.tab_container.default_tab_index])
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    (label,) = found
    return label


def assert_composer_open_on(at, person_id: str, follow_up_id: str) -> None:
    assert_no_exception(at)
    assert at.title[0].value == text("page.people")
    assert at.selectbox(key="people_open").value == person_id
    assert at.button_group(key=f"compose_kind_{person_id}").value == "report_back"
    assert at.selectbox(key=f"compose_follow_up_{person_id}").value == follow_up_id
    assert first_tab(at) == text("people.tab.compose")


def test_write_the_report_back_from_todays_nudge_opens_the_composer_on_it(app, due):
    store, ada, follow_up, _, _ = due
    at = app.run()
    assert_no_exception(at)
    nudge = next(m.value for m in at.markdown if "Report back to Ada" in m.value)
    assert "advice" in nudge
    at.button(key="home_nudge_write_0").click().run()
    assert_composer_open_on(at, ada, follow_up)
    assert "Hi Ada," in at.text_area(key=f"compose_text_{ada}").value

    at.button(key=f"compose_send_{ada}").click().run()
    assert_no_exception(at)
    assert report_back.get_follow_up(store, follow_up).closed_on == dt.date.today()
    at.switch_page("app.py").run()
    assert_no_exception(at)
    assert not any("Report back to Ada" in m.value for m in at.markdown)  # the nudge is gone
    assert not [b for b in at.button if b.key.startswith("home_nudge_write_")]


def test_write_from_this_weeks_list_opens_a_report_back_not_due_yet(app, due):
    _, _, _, ben, ben_follow_up = due
    at = app.run()
    at.button(key=f"home_week_write_{ben_follow_up}").click().run()
    assert_composer_open_on(at, ben, ben_follow_up)


def test_the_request_is_taken_once(app, due):
    _, ada, follow_up, _, _ = due
    at = app.run()
    at.button(key="home_nudge_write_0").click().run()
    at.button_group(key=f"compose_kind_{ada}").set_value("question").run()
    at.run()
    assert at.button_group(key=f"compose_kind_{ada}").value == "question"  # the user's choice wins afterwards
    assert first_tab(at) == text("people.tab.stage")  # asked for once; the browser keeps the tab the user is on


def test_open_the_person_still_opens_the_first_tab(app, due):
    _, ada, _, _, _ = due
    at = app.run()
    at.button(key="home_nudge_open_0").click().run()
    assert_no_exception(at)
    assert at.selectbox(key="people_open").value == ada
    assert first_tab(at) == text("people.tab.stage")
