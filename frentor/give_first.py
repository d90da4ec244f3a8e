"""Give before you ask: before logging help received from someone, check that you gave first and did your homework.

The app warns and suggests a way to give; it never blocks the entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from frentor.homework import HOMEWORK_ITEMS
from frentor.skill_trades import trades_for_person
from frentor.store import Store
from frentor.store import give_first as queries

# Low-effort ways to give first, in the order we suggest them (built-in kind keys).
GIVE_FIRST_SUGGESTIONS = ("shared_work", "thoughtful_comment", "rated_podcast", "bought_book", "volunteered_event")


@dataclass(frozen=True)
class GiveFirstAdvice:
    person_id: str
    given_points: float
    missing_homework: tuple[str, ...]
    suggestions: tuple[str, ...] = GIVE_FIRST_SUGGESTIONS
    # Skills I offer that this person needs: the most personal way to give first.
    offer_skills: tuple[str, ...] = ()

    @property
    def has_given(self) -> bool:
        return self.given_points > 0


def advice_before_asking(store: Store, person_id: str) -> GiveFirstAdvice | None:
    """None when all is well (something given and homework complete); else what is missing. Unknown person: None."""
    state = queries.give_first_state(store, person_id)
    if state is None:
        return None
    given_points, homework = state
    missing = tuple(item for item in HOMEWORK_ITEMS if not homework[item])
    if given_points > 0 and not missing:
        return None
    offer_skills = tuple(trade.skill for trade in trades_for_person(store, person_id) if trade.i_give)
    return GiveFirstAdvice(
        person_id=person_id, given_points=given_points, missing_homework=missing, offer_skills=offer_skills
    )
