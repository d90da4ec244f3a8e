"""Skill trades: the concrete exchanges possible with a person.

"You offer proofreading and they need it" (you give) or "they offer social-media advice and you want to learn
it" (you get). A trade both ways is the heart of a frentor relationship.
"""

from __future__ import annotations

from dataclasses import dataclass

from frentor.store import Store
from frentor.store import skill_trades as queries


@dataclass(frozen=True)
class SkillTrade:
    person_id: str
    skill: str
    i_give: bool  # True: I offer it and they need it; False: they offer it and I want it


def trades_for_people(store: Store, person_ids: list[str] | tuple[str, ...]) -> dict[str, list[SkillTrade]]:
    """Possible trades per person (every given id is a key; [] when nothing matches). Gives come first."""
    ids = list(dict.fromkeys(person_ids))
    result: dict[str, list[SkillTrade]] = {pid: [] for pid in ids}
    if not ids:
        return result
    frame = queries.trades(store, ids)
    for pid, i_give, skill in zip(frame["person_id"], frame["i_give"], frame["skill"], strict=True):
        result[pid].append(SkillTrade(person_id=pid, skill=skill, i_give=bool(i_give)))
    return result


def trades_for_person(store: Store, person_id: str) -> list[SkillTrade]:
    return trades_for_people(store, [person_id])[person_id]
