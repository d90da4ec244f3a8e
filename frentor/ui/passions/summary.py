"""Where a newcomer stands in the four steps of Passions, from the data: what is done and what comes next."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from frentor import research

STEPS = ("brainstorm", "score", "narrow", "research")


@dataclass(frozen=True)
class Summary:
    ideas: int  # passions written
    scored: int  # passions with a score above 0
    focus: int  # passions in focus
    researched: int  # focus passions with at least research.RESEARCHED_AT research steps done

    def done(self, step: str) -> bool:
        """A step is done once its result exists: ideas, a score, a passion in focus, every focus researched."""
        return {
            "brainstorm": self.ideas > 0,
            "score": self.scored > 0,
            "narrow": self.focus > 0,
            "research": self.focus > 0 and self.researched >= self.focus,
        }[step]

    @property
    def next_step(self) -> str | None:
        """The first step not done, or None when all four are."""
        return next((step for step in STEPS if not self.done(step)), None)

    @property
    def step_to_show(self) -> str:
        """The step a visit starts on: the next one, or, when all are done, the map of where the passions stand."""
        return self.next_step or "narrow"


def summarise(frame: pd.DataFrame, focus_count: int, progress: pd.DataFrame) -> Summary:
    """From the passions (frentor.passions.list_passions), the focus count and research progress."""
    focus = progress[progress["status"] == "focus"]
    return Summary(
        ideas=len(frame),
        scored=int((frame["score"] > 0).sum()),
        focus=focus_count,
        researched=int((focus["done"] >= research.RESEARCHED_AT).sum()),
    )
