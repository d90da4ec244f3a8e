"""The weekly review: a few minutes each week to look back and keep the habit of giving.

It shows what you gave and received this week and the week before, who is due (today's nudges), the report backs
still open, one reflection prompt from the method (a new one each week), and the habit: how many weeks in a row you
gave at least once. Weeks start on Monday; an entry dated later this week counts for this week. An act of giving is
value given (direction 'gave' with points > 0); a message sent is contact, not a gift. The current week keeps last
week's streak alive until it ends: on Monday morning you have not broken anything yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from frentor import nudges as nudges_module
from frentor import report_back
from frentor.ledger import EntryQuery, newest_entries
from frentor.store import Store
from frentor.store import weekly_review as queries
from frentor.validation import REFLECTION_LIMIT, clean_text

WEEKS_SHOWN = 12
ENTRIES_SHOWN = 100
# One prompt a week, in this order (catalog keys review.prompt.<name>), from the method and the coaches it cites.
PROMPTS: tuple[str, ...] = (
    "thank_you_part_2",
    "give_expecting_nothing",
    "unasked_question",
    "a_little_ahead",
    "teach_someone",
    "trade_a_skill",
    "volunteer",
    "taking_more",
    "heart_race",
    "small_experiment",
    "contact_three",
    "pass_it_on",
)


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def prompt_for(day: dt.date) -> str:
    """The week's reflection prompt (catalog key); the same all week, the next one the week after."""
    weeks = week_start(day).toordinal() // 7
    return f"review.prompt.{PROMPTS[weeks % len(PROMPTS)]}"


@dataclass(frozen=True)
class WeekTotals:
    week_start: dt.date
    gave_count: int  # acts of giving
    gave_points: float
    received_count: int
    received_points: float
    messages: int  # messages sent (frentor.messages)

    @property
    def week_end(self) -> dt.date:
        return self.week_start + dt.timedelta(days=6)


@dataclass(frozen=True)
class Habit:
    """weeks: the last weeks, oldest first, one row each: week_start, acts, points, kept (at least one act),
    streak (weeks in a row with giving, ending that week), reviewed (review marked done)."""

    weeks: pd.DataFrame
    current_streak: int
    best_streak: int
    gave_this_week: bool


@dataclass(frozen=True)
class WeeklyReview:
    today: dt.date
    this_week: WeekTotals
    last_week: WeekTotals
    entries: pd.DataFrame  # both weeks' entries, newest first (columns of frentor.ledger.list_entries)
    due: list[nudges_module.Nudge]  # today's nudges
    report_backs: list[report_back.FollowUp]  # every open follow-up, soonest due first
    prompt_key: str
    habit: Habit
    done: bool  # this week's review is marked done
    reflection: str  # what was written when marking it done

    @property
    def week_start(self) -> dt.date:
        return self.this_week.week_start


def _streaks(giving: set[dt.date], first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """Weeks in a row with giving, ending at each week from `first` to `last` (Mondays)."""
    streaks: dict[dt.date, int] = {}
    run = 0
    week = first
    while week <= last:
        run = run + 1 if week in giving else 0
        streaks[week] = run
        week += dt.timedelta(days=7)
    return streaks


def habit_from_weeks(giving: pd.DataFrame, reviewed: set[dt.date], today: dt.date, weeks: int = WEEKS_SHOWN) -> Habit:
    """The habit from every week with giving (week_start, acts, points; any order) up to `today`'s week."""
    this_week = week_start(today)
    acts = {pd.Timestamp(w).date(): int(a) for w, a in zip(giving["week_start"], giving["acts"], strict=True)}
    points = {pd.Timestamp(w).date(): float(p) for w, p in zip(giving["week_start"], giving["points"], strict=True)}
    acts = {w: a for w, a in acts.items() if w <= this_week and a > 0}
    shown_from = this_week - dt.timedelta(weeks=weeks - 1)
    first = min([shown_from, *acts])
    streaks = _streaks(set(acts), first, this_week)
    shown = [shown_from + dt.timedelta(weeks=i) for i in range(weeks)]
    frame = pd.DataFrame(
        {
            "week_start": shown,
            "acts": [acts.get(w, 0) for w in shown],
            "points": [points.get(w, 0.0) for w in shown],
            "kept": [w in acts for w in shown],
            "streak": [streaks[w] for w in shown],
            "reviewed": [w in reviewed for w in shown],
        }
    )
    gave_now = this_week in acts
    current = streaks[this_week] if gave_now else streaks.get(this_week - dt.timedelta(weeks=1), 0)
    return Habit(weeks=frame, current_streak=current, best_streak=max(streaks.values()), gave_this_week=gave_now)


def giving_habit(store: Store, today: dt.date, weeks: int = WEEKS_SHOWN) -> Habit:
    """The habit of giving up to `today`'s week (the chart's data: frentor.charts.habit)."""
    this_week = week_start(today)
    reviewed = queries.reviews(store, this_week - dt.timedelta(weeks=weeks - 1), this_week)
    return habit_from_weeks(
        queries.giving_weeks(store, this_week + dt.timedelta(days=6)),
        {pd.Timestamp(w).date() for w in reviewed["week_start"]},
        today,
        weeks,
    )


def _totals(frame: pd.DataFrame, messages: pd.DataFrame, start: dt.date) -> WeekTotals:
    rows = frame[pd.to_datetime(frame["week_start"]).dt.date == start]
    sent = messages[pd.to_datetime(messages["week_start"]).dt.date == start]
    row = rows.iloc[0] if len(rows) else None
    return WeekTotals(
        week_start=start,
        gave_count=int(row["gave_count"]) if row is not None else 0,
        gave_points=float(row["gave_points"]) if row is not None else 0.0,
        received_count=int(row["received_count"]) if row is not None else 0,
        received_points=float(row["received_points"]) if row is not None else 0.0,
        messages=int(sent["messages"].iloc[0]) if len(sent) else 0,
    )


def week_totals(store: Store, today: dt.date) -> tuple[WeekTotals, WeekTotals]:
    """(this week, last week) up to the end of this week (entries dated later this week count)."""
    this_week = week_start(today)
    last_week = this_week - dt.timedelta(weeks=1)
    end = this_week + dt.timedelta(days=6)
    frame = queries.week_totals(store, last_week, end)
    messages = queries.messages_per_week(store, last_week, end)
    return _totals(frame, messages, this_week), _totals(frame, messages, last_week)


def weekly_review(
    store: Store,
    today: dt.date,
    *,
    health: pd.DataFrame | None = None,
    due: list[nudges_module.Nudge] | None = None,
    open_follow_ups: list[report_back.FollowUp] | None = None,
    weeks: int = WEEKS_SHOWN,
) -> WeeklyReview:
    """Everything the "This week" section shows. Pass `health` (frentor.health.relationship_health), today's
    nudges (`due`, frentor.nudges.today_nudges) or the open follow-ups (frentor.report_back.open_follow_ups) when
    the caller has them already: they are not computed again."""
    this_week, last_week = week_totals(store, today)
    entries = newest_entries(store, EntryQuery(start=last_week.week_start, end=this_week.week_end), ENTRIES_SHOWN)
    review = queries.reviews(store, this_week.week_start, this_week.week_start)
    if open_follow_ups is None:  # read once: the due ones among them are the nudges' report backs
        open_follow_ups = report_back.open_follow_ups(store)
    if due is None:
        due = nudges_module.today_nudges(store, today, health, open_follow_ups=open_follow_ups)
    return WeeklyReview(
        today=today,
        this_week=this_week,
        last_week=last_week,
        entries=entries,
        due=due,
        report_backs=open_follow_ups,
        prompt_key=prompt_for(today),
        habit=giving_habit(store, today, weeks),
        done=not review.empty,
        reflection=str(review["reflection"].iloc[0]) if not review.empty else "",
    )


def mark_review_done(store: Store, today: dt.date, reflection: str = "") -> dt.date:
    """Record that this week's review is done (with an optional reflection); returns the week's Monday."""
    text = clean_text(reflection, "field.review_reflection", limit=REFLECTION_LIMIT)
    start = week_start(today)
    queries.mark_done(store, start, text)
    return start


def undo_review(store: Store, today: dt.date) -> bool:
    """Take back this week's "review done"."""
    return queries.unmark_done(store, week_start(today))
