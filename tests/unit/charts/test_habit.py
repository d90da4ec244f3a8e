"""The habit chart: one bar per week from the weekly frame (acts of giving), and the run of weeks as a line."""

from __future__ import annotations

import datetime as dt

from frentor.charts import GAVE_COLOUR
from frentor.charts.habit import MISSED_COLOUR, giving_habit
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.people import NewPerson, add_person
from frentor.weekly_review import giving_habit as habit_of
from tests.conftest import TODAY


def test_bars_per_week_and_streak_line_from_the_weekly_frame(store):
    ensure_default_kinds(store)
    ada = add_person(store, NewPerson("Ada"))
    for day in (dt.date(2026, 11, 10), dt.date(2026, 11, 24), dt.date(2026, 11, 25)):
        entry = NewEntry(occurred_on=day, direction="gave", kind_id="kind-shared_work", person_id=ada)
        log_entry(store, entry, today=TODAY)
    weeks = habit_of(store, TODAY, weeks=4).weeks
    fig = giving_habit(weeks, title="Habit", x_title="Week", acts_label="Acts", streak_label="In a row")
    bars, line = fig.data
    assert list(bars.x) == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]
    assert list(bars.y) == [0, 1, 0, 2]
    assert list(bars.marker.color) == [MISSED_COLOUR, GAVE_COLOUR, MISSED_COLOUR, GAVE_COLOUR]
    assert list(line.y) == [0, 1, 0, 1] and line.yaxis == "y2"
    assert (bars.name, line.name) == ("Acts", "In a row")
    assert fig.layout.title.text == "Habit" and fig.layout.xaxis.title.text == "Week"
    assert fig.layout.yaxis2.overlaying == "y" and tuple(fig.layout.yaxis2.range) == (0, 3)
