"""Where a newcomer stands in the four Passions steps (frentor/ui/passions/summary.py, no Streamlit needed)."""

from __future__ import annotations

import pandas as pd
import pytest

from frentor import research
from frentor.ui.passions.summary import STEPS, Summary, summarise


@pytest.mark.parametrize(
    ("summary", "next_step"),
    [
        (Summary(ideas=0, scored=0, focus=0, researched=0), "brainstorm"),
        (Summary(ideas=4, scored=0, focus=0, researched=0), "score"),
        (Summary(ideas=4, scored=0, focus=1, researched=0), "score"),  # a focus set by hand skips no rating
        (Summary(ideas=4, scored=2, focus=0, researched=0), "narrow"),
        (Summary(ideas=4, scored=2, focus=3, researched=2), "research"),
        (Summary(ideas=4, scored=2, focus=3, researched=3), None),
    ],
)
def test_the_next_step_is_the_first_not_done(summary, next_step):
    assert summary.next_step == next_step
    assert summary.step_to_show == (next_step or "narrow")  # all done: the map of where things stand
    if next_step is not None:
        assert not summary.done(next_step)
        assert all(summary.done(step) for step in STEPS[: STEPS.index(next_step)])


def test_research_is_not_done_without_a_focus():
    assert not Summary(ideas=3, scored=3, focus=0, researched=0).done("research")


def test_summarise_counts_researched_focus_passions_at_the_threshold():
    frame = pd.DataFrame({"score": [0, 5, 12, 0]})
    progress = pd.DataFrame(
        {
            "status": ["focus", "focus", "exploring", "focus"],
            "done": [research.RESEARCHED_AT, research.RESEARCHED_AT - 1, 5, len(research.STEPS)],
        }
    )
    summary = summarise(frame, focus_count=3, progress=progress)
    assert summary == Summary(ideas=4, scored=2, focus=3, researched=2)  # the exploring one does not count
