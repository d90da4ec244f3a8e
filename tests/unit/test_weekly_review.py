"""The weekly review: numbers for this week and last (weeks start on Monday), the habit streak, review done."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from frentor import messages, weekly_review
from frentor.errors import ValidationError
from frentor.i18n import CATALOG
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.people import NewPerson, add_person
from frentor.weekly_review import PROMPTS, habit_from_weeks, prompt_for, week_start
from tests.conftest import TODAY

# TODAY is Friday 27 November 2026: this week runs Monday 23 to Sunday 29, last week 16 to 22.
THIS_MONDAY = dt.date(2026, 11, 23)
LAST_MONDAY = dt.date(2026, 11, 16)


def log(store, person_id, day, direction, kind, points=None, community_id=None):
    entry = NewEntry(
        occurred_on=day,
        direction=direction,
        kind_id=f"kind-{kind}",
        person_id=None if community_id else person_id,
        community_id=community_id,
        points=points,
    )
    log_entry(store, entry, today=TODAY)


def giving(*weeks: tuple[dt.date, int]) -> pd.DataFrame:
    return pd.DataFrame(
        {"week_start": [w for w, _ in weeks], "acts": [a for _, a in weeks], "points": [2.0 * a for _, a in weeks]}
    )


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (dt.date(2026, 11, 23), dt.date(2026, 11, 23)),  # Monday is its own week's start
        (dt.date(2026, 11, 29), dt.date(2026, 11, 23)),  # Sunday is the week's last day
        (dt.date(2026, 11, 30), dt.date(2026, 11, 30)),
        (dt.date(2027, 1, 1), dt.date(2026, 12, 28)),  # across the new year
    ],
)
def test_weeks_start_on_monday(day, monday):
    assert week_start(day) == monday


def test_totals_this_week_and_last_against_hand_counts(store):
    ensure_default_kinds(store)
    ada = add_person(store, NewPerson("Ada"))
    li = add_person(store, NewPerson("李娜"))
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO communities (workspace, id, name) VALUES (?, 'c1', 'Club')", [store.workspace]
        )
    )
    # Last week (16-22 November): Monday 16 gave 3 (book), Sunday 22 gave 2 (shared) and received 3 (advice).
    log(store, ada, dt.date(2026, 11, 16), "gave", "bought_book")
    log(store, ada, dt.date(2026, 11, 22), "gave", "shared_work")
    log(store, li, dt.date(2026, 11, 22), "received", "advice")
    # This week (23-29): Monday 23 volunteered 5 at a community, Friday 27 received 1 (feedback, 1 point),
    # a message (0 points: not an act of giving), and Saturday 28 (later this week) gave 1 comment.
    log(store, ada, THIS_MONDAY, "gave", "volunteered_event", community_id="c1")
    log(store, li, TODAY, "received", "feedback", points=1)
    messages.log_sent(store, li, "first_contact", TODAY, today=TODAY)
    log(store, li, dt.date(2026, 11, 28), "gave", "thoughtful_comment")
    # Outside both weeks: Sunday 15 and Monday 30.
    log(store, ada, dt.date(2026, 11, 15), "gave", "bought_book")
    log(store, ada, dt.date(2026, 11, 30), "received", "advice")

    this_week, last_week = weekly_review.week_totals(store, TODAY)
    assert (this_week.week_start, this_week.week_end) == (THIS_MONDAY, dt.date(2026, 11, 29))
    assert (this_week.gave_count, this_week.gave_points) == (2, 6.0)  # volunteering 5 + comment 1
    assert (this_week.received_count, this_week.received_points) == (1, 1.0)
    assert this_week.messages == 1
    assert (last_week.week_start, last_week.gave_count, last_week.gave_points) == (LAST_MONDAY, 2, 5.0)
    assert (last_week.received_count, last_week.received_points, last_week.messages) == (1, 3.0, 0)

    review = weekly_review.weekly_review(store, TODAY)
    assert review.week_start == THIS_MONDAY
    assert len(review.entries) == 7  # everything from Monday 16 to Sunday 29
    assert review.entries["occurred_on"].min().date() == LAST_MONDAY
    # Weeks with giving: 9 Nov (the 15th), 16 Nov, 23 Nov: three in a row.
    assert (review.habit.current_streak, review.habit.best_streak, review.habit.gave_this_week) == (3, 3, True)


def test_no_giving_at_all():
    habit = habit_from_weeks(giving(), set(), TODAY, weeks=4)
    assert (habit.current_streak, habit.best_streak, habit.gave_this_week) == (0, 0, False)
    assert list(habit.weeks["week_start"]) == [THIS_MONDAY - dt.timedelta(weeks=i) for i in (3, 2, 1, 0)]
    assert list(habit.weeks["acts"]) == [0, 0, 0, 0] and list(habit.weeks["streak"]) == [0, 0, 0, 0]


def test_a_gap_breaks_the_run_and_the_best_run_is_kept():
    weeks = giving(
        (THIS_MONDAY - dt.timedelta(weeks=6), 1),
        (THIS_MONDAY - dt.timedelta(weeks=5), 2),
        (THIS_MONDAY - dt.timedelta(weeks=4), 1),  # a run of three
        (THIS_MONDAY - dt.timedelta(weeks=2), 1),  # gap at -3
        (THIS_MONDAY, 4),  # gap at -1
    )
    habit = habit_from_weeks(weeks, set(), TODAY, weeks=5)
    assert (habit.current_streak, habit.best_streak, habit.gave_this_week) == (1, 3, True)
    assert list(habit.weeks["acts"]) == [1, 0, 1, 0, 4]
    assert list(habit.weeks["streak"]) == [3, 0, 1, 0, 1]  # the first week shown carries the run from before it
    assert list(habit.weeks["kept"]) == [True, False, True, False, True]


def test_this_week_keeps_last_weeks_run_alive_until_it_ends():
    weeks = giving((LAST_MONDAY - dt.timedelta(weeks=1), 1), (LAST_MONDAY, 2))
    monday_morning = habit_from_weeks(weeks, set(), THIS_MONDAY, weeks=3)
    assert (monday_morning.current_streak, monday_morning.gave_this_week) == (2, False)
    assert list(monday_morning.weeks["streak"]) == [1, 2, 0]
    # Once a whole week passed without giving, the run is over.
    next_week = habit_from_weeks(weeks, set(), THIS_MONDAY + dt.timedelta(weeks=1), weeks=3)
    assert (next_week.current_streak, next_week.best_streak) == (0, 2)


def test_week_boundaries_sunday_and_monday_through_the_store(store):
    ensure_default_kinds(store)
    ada = add_person(store, NewPerson("Ada"))
    log(store, ada, dt.date(2026, 11, 22), "gave", "shared_work")  # Sunday: last week
    log(store, ada, dt.date(2026, 11, 23), "gave", "shared_work")  # Monday: this week
    on_sunday = weekly_review.giving_habit(store, dt.date(2026, 11, 22), weeks=2)
    assert list(on_sunday.weeks["week_start"]) == [dt.date(2026, 11, 9), LAST_MONDAY]
    assert list(on_sunday.weeks["acts"]) == [0, 1] and on_sunday.current_streak == 1
    on_monday = weekly_review.giving_habit(store, THIS_MONDAY, weeks=2)
    assert list(on_monday.weeks["acts"]) == [1, 1] and on_monday.current_streak == 2
    # Entries dated after this week do not count yet; 0-point entries never count.
    log(store, ada, dt.date(2026, 12, 1), "gave", "shared_work")
    log(store, ada, dt.date(2026, 11, 9), "gave", "shared_work", points=0)
    assert weekly_review.giving_habit(store, TODAY, weeks=4).weeks["acts"].tolist() == [0, 0, 1, 1]


def test_review_done_is_recorded_per_week(store):
    review = weekly_review.weekly_review(store, TODAY)
    assert (review.done, review.reflection) == (False, "")
    assert weekly_review.mark_review_done(store, TODAY, "Told Ada about the newsletter") == THIS_MONDAY
    weekly_review.mark_review_done(store, dt.date(2026, 11, 29), "  Better: two people this week  ")  # same week
    review = weekly_review.weekly_review(store, TODAY)
    assert (review.done, review.reflection) == (True, "Better: two people this week")
    assert store.counts()["weekly_reviews"] == 1
    assert review.habit.weeks["reviewed"].tolist()[-2:] == [False, True]
    assert not weekly_review.weekly_review(store, dt.date(2026, 11, 30)).done  # a new week, a new review
    with pytest.raises(ValidationError):
        weekly_review.mark_review_done(store, TODAY, "x" * (weekly_review.REFLECTION_LIMIT + 1))
    assert weekly_review.undo_review(store, TODAY) and not weekly_review.weekly_review(store, TODAY).done


def test_one_prompt_a_week_rotating_through_all_of_them():
    assert len({prompt_for(THIS_MONDAY + dt.timedelta(days=d)) for d in range(7)}) == 1
    assert prompt_for(THIS_MONDAY) != prompt_for(THIS_MONDAY + dt.timedelta(weeks=1))
    cycle = [prompt_for(THIS_MONDAY + dt.timedelta(weeks=w)) for w in range(len(PROMPTS))]
    assert sorted(cycle) == sorted(f"review.prompt.{p}" for p in PROMPTS)
    for key in cycle:
        assert CATALOG[key]["en"] and CATALOG[key]["zh"]


def test_review_shows_due_people_and_open_report_backs(store):
    ensure_default_kinds(store)
    ada = add_person(store, NewPerson("Ada"))
    log(store, ada, dt.date(2026, 10, 1), "received", "advice")  # due 22 October
    log(store, ada, TODAY, "received", "introduction")  # open, not due
    review = weekly_review.weekly_review(store, TODAY)
    assert [(n.kind, n.person_id) for n in review.due] == [("report_back", ada)]
    assert [f.kind_key for f in review.report_backs] == ["advice", "introduction"]
    # Home passes the nudges it already shows: the review uses them as they are (they are not computed twice).
    shown = review.due[:0]
    assert weekly_review.weekly_review(store, TODAY, due=shown).due is shown


def test_review_stays_in_its_workspace(store, other_store):
    ensure_default_kinds(store)
    ada = add_person(store, NewPerson("Ada"))
    log(store, ada, TODAY, "gave", "bought_book")
    log(store, ada, TODAY, "received", "advice")
    weekly_review.mark_review_done(store, TODAY)
    other = weekly_review.weekly_review(other_store, TODAY)
    assert (other.this_week.gave_count, other.this_week.received_count, other.done) == (0, 0, False)
    assert other.entries.empty and other.report_backs == [] and other.due == []
    assert other.habit.current_streak == 0
