"""The calendar download (frentor/ui/contacts/calendar.py) on Home and People: built only on click, in the session's
language; its bytes parse with a strict iCalendar parser (`ical`, as tests/unit/test_calendar_export.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from ical.calendar_stream import IcsCalendarStream
from streamlit.testing.v1 import AppTest

import frentor.ui.contacts.calendar as calendar_part
from frentor.calendar_export import FILE_NAME, MEDIA_TYPE, todo_uid
from frentor.people import NewPerson, add_person
from tests.app.conftest import assert_no_exception, domain_store

DUE = dt.date.today() + dt.timedelta(days=3)


@pytest.fixture
def built(monkeypatch) -> list[str]:
    """The language of each calendar built."""
    calls: list[str] = []
    real = calendar_part.calendar_ics

    def counting(store, *, lang):
        calls.append(lang)
        return real(store, lang=lang)

    monkeypatch.setattr(calendar_part, "calendar_ics", counting)
    return calls


def calendar_script(lang: str) -> None:
    import streamlit as st

    from frentor.ui.contacts.calendar import calendar_download
    from frentor.ui.store import current_store

    st.session_state["frentor_language"] = lang
    calendar_download(current_store(), key="test_calendar")


def parse(ics: bytes):
    return IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))


@pytest.mark.parametrize(("lang", "summary"), [("en", "Send the draft (李娜)"), ("zh", "Send the draft（李娜）")])
def test_the_download_is_built_on_click_and_parses(app_db, downloads, built, lang, summary):
    store = domain_store(app_db)
    li = add_person(store, NewPerson("李娜", next_action="Send the draft", next_action_due=DUE))
    add_person(store, NewPerson("Undated", next_action="Some day"))
    at = AppTest.from_function(calendar_script, args=(lang,), default_timeout=30).run()
    assert_no_exception(at)
    (button,) = at.get("download_button")
    assert button.proto.label == ("Calendar (.ics)" if lang == "en" else "日历（.ics）")
    assert "to-dos" in button.proto.help if lang == "en" else "待办事项" in button.proto.help
    assert built == []  # nothing is built while the page runs
    ics = downloads[FILE_NAME]()
    assert built == [lang]
    (todo,) = parse(ics).todos
    assert (todo.uid, todo.due, todo.summary) == (todo_uid(li), DUE, summary)


def test_the_button_names_the_file_and_its_type(app_db, downloads):
    at = AppTest.from_function(calendar_script, args=("en",), default_timeout=30).run()
    (button,) = at.get("download_button")
    assert FILE_NAME in downloads
    assert MEDIA_TYPE == "text/calendar"
    assert parse(downloads[FILE_NAME]()).todos == []  # an empty workspace is a valid, empty calendar
    assert button.proto.id.endswith("-test_calendar")
    assert at.caption[0].value == "Your dated next actions as to-dos, and upcoming events, for any calendar app."


@pytest.mark.parametrize(("page", "key"), [(None, "home_calendar"), ("pages/people.py", "people_calendar")])
def test_home_and_people_offer_it(app, app_db, downloads, page, key):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada", next_action="Comment on her post", next_action_due=DUE))
    at = app.run()
    if page:
        at.switch_page(page).run()
    assert_no_exception(at)
    assert [b for b in at.get("download_button") if b.proto.id.endswith(f"-{key}")]
    (todo,) = parse(downloads[FILE_NAME]()).todos
    assert (todo.uid, todo.summary) == (todo_uid(ada), "Comment on her post (Ada)")
