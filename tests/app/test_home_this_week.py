"""Home's "This week" section (frentor/ui/home/this_week.py) alone, on a fixed Friday: this week against last week,
who is due, the report backs waiting, the week's prompt, the habit chart, and "Review done" with its undo."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from streamlit.testing.v1 import AppTest

from frentor.i18n import CATALOG
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.messages import log_sent
from frentor.people import NewPerson, add_person
from frentor.weekly_review import prompt_for, weekly_review
from tests.app.conftest import assert_no_exception, domain_store
from tests.conftest import TODAY

MONDAY = dt.date(2026, 11, 23)  # TODAY is Friday 2026-11-27


def week_script(today) -> None:
    from frentor.ui.home.this_week import this_week
    from frentor.ui.store import current_store

    this_week(current_store(), today)


def open_week() -> AppTest:
    at = AppTest.from_function(week_script, args=(TODAY,), default_timeout=30).run()
    assert_no_exception(at)
    return at


def text(key: str, **params) -> str:
    return CATALOG[key]["en"].format(**params)


def metric(at: AppTest, label_key: str):
    return next(m for m in at.metric if m.label == text(label_key))


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.fixture
def store(app_db):
    store = domain_store(app_db)
    ensure_default_kinds(store)
    return store


@pytest.fixture
def week(store):
    """Four weeks in a row with giving (two acts this week), help received this week and long ago, one message."""
    ada = add_person(store, NewPerson("Ada", role="peer"))
    ben = add_person(store, NewPerson("Ben *Bold* [x](y)", role="mentor"))

    def log(day: dt.date, direction: str, kind: str, person: str) -> None:
        log_entry(store, NewEntry(day, direction, f"kind-{kind}", person_id=person), today=TODAY)

    for day in (dt.date(2026, 11, 3), dt.date(2026, 11, 10), dt.date(2026, 11, 17)):
        log(day, "gave", "shared_work", ada)
    log(MONDAY + dt.timedelta(days=1), "gave", "shared_work", ada)
    log(MONDAY + dt.timedelta(days=3), "gave", "thoughtful_comment", ben)
    log(MONDAY + dt.timedelta(days=2), "received", "advice", ben)  # report back due in 3 weeks
    log(TODAY - dt.timedelta(days=30), "received", "advice", ada)  # report back due 9 days ago
    log_sent(store, ada, "first_contact", MONDAY + dt.timedelta(days=3), today=TODAY)  # contact, not a gift
    return ada, ben


def test_this_week_against_last_week(week):
    at = open_week()
    assert at.subheader[0].value == text("review.title")
    assert at.caption[0].value == text("review.week_of", start="2026-11-23", end="2026-11-29")
    gave, received, sent = (metric(at, f"review.metric.{k}") for k in ("gave", "received", "messages"))
    assert (gave.value, gave.delta) == ("2", "1")
    assert (received.value, received.delta) == ("1", "1")
    assert (sent.value, sent.delta) == ("1", "1")
    assert metric(at, "review.metric.run").value == "4"


def test_who_is_due_and_the_report_backs_waiting(week):
    at = open_week()
    shown = markdown(at)
    assert text("review.due") in shown and "Ada" in shown.split(text("review.due"))[1]
    lines = [m.value for m in at.markdown if "advice from" in m.value]
    assert lines == [
        text("review.report_back_item", name="Ada", help="advice", date="2026-10-28", due="2026-11-18"),
        text(
            "review.report_back_item",
            name="Ben \\*Bold\\* \\[x\\]\\(y\\)",
            help="advice",
            date="2026-11-25",
            due="2026-12-16",
        ),
    ]
    assert len([b for b in at.button if b.key.startswith("home_week_write_")]) == 2


def test_the_weeks_prompt_and_the_habit_chart(week):
    at = open_week()
    assert text(prompt_for(TODAY)) in [i.value for i in at.info]
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    bars, streak = spec["data"]
    assert bars["x"][-4:] == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]
    assert bars["y"][-5:] == [0, 1, 1, 1, 2]
    assert streak["y"][-5:] == [0, 1, 2, 3, 4]


def test_nothing_given_yet_this_week_keeps_the_run_open(store):
    ada = add_person(store, NewPerson("Ada"))
    log_entry(store, NewEntry(dt.date(2026, 11, 17), "gave", "kind-shared_work", person_id=ada), today=TODAY)
    at = open_week()
    assert metric(at, "review.metric.run").value == "1"
    assert text("review.streak_open", weeks=1) in [i.value for i in at.info]
    assert text("review.no_report_backs") in markdown(at)


def test_review_done_records_the_week_with_a_reflection_and_can_be_undone(store, week):
    at = open_week()
    at.text_area(key="home_review_reflection").input("Thanked *Ada* for the [intro](x)")
    at.button(key="home_review_done").click().run()
    assert_no_exception(at)
    review = weekly_review(store, TODAY)
    assert (review.done, review.reflection) == (True, "Thanked *Ada* for the [intro](x)")
    at.run()
    assert text("review.done_already") in [s.value for s in at.success]
    assert text("review.your_reflection", text="Thanked \\*Ada\\* for the \\[intro\\]\\(x\\)") in [
        c.value for c in at.caption
    ]
    assert not [t for t in at.text_area if t.key == "home_review_reflection"]

    at.button(key="home_review_undo").click().run()
    assert_no_exception(at)
    assert weekly_review(store, TODAY).done is False
    at.run()
    assert at.button(key="home_review_done")


def test_review_done_in_one_click_without_a_reflection(store, week):
    at = open_week()
    at.button(key="home_review_done").click().run()
    assert_no_exception(at)
    assert weekly_review(store, TODAY).done is True
    assert weekly_review(store, TODAY + dt.timedelta(days=7)).done is False  # a week at a time
