"""The .ics export, read back with a second, stricter parser.

Why `ical` (PyPI `ical`, the iCalendar library Home Assistant uses) as that parser: it maps every component onto
pydantic models of RFC 5545, so a value of the wrong type (a DUE that is no date), a bad parameter or a broken line
fails the parse, and its leniencies for other producers' mistakes are opt-in compat modes, off here. The `icalendar`
library that writes the file is lenient when it reads, so reading with it would prove little. `ical` quietly
makes up a missing UID or DTSTAMP, so the tests compare those with what they must be.
"""

from __future__ import annotations

import datetime as dt

import pytest
from ical.calendar_stream import IcsCalendarStream

from frentor import reports
from frentor.calendar_export import calendar_ics, count_items, event_uid, todo_uid
from frentor.communities import add_community
from frentor.importer import Source, import_sources
from frentor.people import NewPerson, add_person, archive_person
from frentor.stages import move_stage

TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 9, 30, tzinfo=dt.UTC)
LONG_ZH = "给她关于开放数据的报道写一条认真的评论，并转发给做数据新闻的朋友们，附上一句为什么值得一读"


def _ics(store, lang: str = "en") -> bytes:
    return calendar_ics(store, lang=lang, today=TODAY, now=NOW)


def _parse(ics: bytes):
    return IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))


@pytest.fixture
def planned(store):
    ids = {
        "li": add_person(
            store, NewPerson(name="李娜", next_action=LONG_ZH, next_action_due="2026-12-01", email="li@example.cn")
        ),
        "ada": add_person(
            store, NewPerson(name='Ada; \\the, "one"', next_action="Send\nthanks", next_action_due="2026-11-20")
        ),
        "bo": add_person(store, NewPerson(name="Bo", next_action="", next_action_due="2027-01-05")),
        "gone": add_person(store, NewPerson(name="Gone", next_action="x", next_action_due="2026-12-02")),
        "undated": add_person(store, NewPerson(name="Undated", next_action="one day")),
    }
    archive_person(store, ids["gone"])
    move_stage(store, ids["li"], "engaging")
    move_stage(store, ids["bo"], "trusted")
    add_community(
        store,
        "开放数据大会 2026：数据新闻与可视化工作坊（北京站）",
        kind="event",
        url="https://example.org/od",
        starts_on="2026-12-10",
        notes="带上电脑; bring a laptop",
    )
    add_community(store, "Last year", kind="event", starts_on="2025-12-10")
    add_community(store, "Too far", kind="event", starts_on="2028-12-10")
    add_community(store, "No date", kind="community")
    return ids


def test_one_todo_per_dated_next_action_and_one_event_per_upcoming_event(store, planned):
    calendar = _parse(_ics(store))
    todos = {todo.uid: todo for todo in calendar.todos}
    assert set(todos) == {todo_uid(planned[key]) for key in ("li", "ada", "bo")}  # not archived, not undated
    assert todos[todo_uid(planned["li"])].due == dt.date(2026, 12, 1)
    assert todos[todo_uid(planned["ada"])].summary == 'Send\nthanks (Ada; \\the, "one")'  # escaped and read back
    assert todos[todo_uid(planned["bo"])].summary == "Next step with Bo"
    (event,) = calendar.events
    assert event.uid == event_uid(
        store.read("SELECT id FROM communities WHERE workspace = ? AND kind = 'event' AND starts_on = '2026-12-10'")[0][
            0
        ]
    )
    assert (event.dtstart, event.dtend, event.url) == (
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 11),
        "https://example.org/od",
    )
    assert event.summary == "开放数据大会 2026：数据新闻与可视化工作坊（北京站）"
    assert event.description == "Event\n带上电脑; bring a laptop"
    assert count_items(_ics(store)) == (3, 1)
    assert {item.dtstamp for item in [*calendar.todos, *calendar.events]} == {NOW}


def test_descriptions_say_what_the_method_expects_next(store, planned):
    todos = {todo.uid: todo for todo in _parse(_ics(store)).todos}
    li = todos[todo_uid(planned["li"])].description.splitlines()
    assert li[0] == "Peer · stage: Engaging"
    assert li[1] == "Before you move on to “In conversation”, the method expects:"
    assert "• You have given value first (at least one “I gave” entry in the ledger)." in li
    assert li[-1] == "li@example.cn"
    assert "keep giving value both ways" in todos[todo_uid(planned["bo"])].description
    ada_zh = {t.uid: t for t in _parse(_ics(store, "zh")).todos}[todo_uid(planned["ada"])].description
    assert ada_zh.startswith("同行 · 阶段：已关注到\n进入“持续关注”阶段之前")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_lines_fold_at_75_octets_without_cutting_a_character(store, planned, lang):
    ics = _ics(store, lang)
    assert ics.endswith(b"\r\n") and b"\n" not in ics.replace(b"\r\n", b"")
    lines = ics.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long Chinese texts were folded
    for line in lines:
        line.decode("utf-8")  # each physical line on its own is whole characters
    todos = {t.uid: t for t in _parse(ics).todos}
    assert todos[todo_uid(planned["li"])].summary == (f"{LONG_ZH}（李娜）" if lang == "zh" else f"{LONG_ZH} (李娜)")


def test_uids_are_stable_across_exports_and_workspaces(store, other_store, planned):
    first = _ics(store)
    assert calendar_ics(store, today=TODAY, now=NOW + dt.timedelta(days=3)).replace(b"20261203", b"20261130") == first
    exported = {file: reports.export_bytes(store, file) for file in reports.EXPORT_FILES}
    import_sources(other_store, [Source(file, file, data) for file, data in exported.items()])
    moved = _parse(calendar_ics(other_store, today=TODAY, now=NOW))
    original = _parse(first)
    assert [t.uid for t in moved.todos] == [t.uid for t in original.todos]
    assert [e.uid for e in moved.events] == [e.uid for e in original.events]


def test_an_empty_workspace_is_a_valid_empty_calendar(store):
    ics = _ics(store)
    calendar = _parse(ics)
    assert (calendar.todos, calendar.events) == ([], [])
    assert b"X-WR-CALNAME:Frentor: next steps" in ics


def test_uids_never_change_between_versions():
    # Calendar apps match entries by UID: a new namespace or recipe would duplicate every to-do and event.
    assert todo_uid("p-1") == "5baca53b-bc5d-5c7c-8c78-3d56e5ec7259@frentor"
    assert event_uid("c-1") == "1b1d107b-7ffb-5250-9e56-0a18fb883046@frentor"
    assert todo_uid("c-1") != event_uid("c-1")


def test_a_paused_person_gets_the_way_back(store):
    person_id = add_person(store, NewPerson(name="Pat", next_action="Say hello again", next_action_due="2026-12-24"))
    move_stage(store, person_id, "paused")
    (todo,) = _parse(_ics(store)).todos
    lines = todo.description.splitlines()
    assert lines[:3] == [
        "Peer · stage: Paused",
        "Paused: when you pick this up again, start by following their work.",
        "Before you move on to “Following”, the method expects:",
    ]
