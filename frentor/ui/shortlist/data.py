"""Cached reads for the Shortlist screen: each lives until the next write (frentor.ui.caching.cached_read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from frentor import passions, scoring
from frentor.people import count_people
from frentor.skill_trades import SkillTrade, trades_for_people
from frentor.store import Store
from frentor.ui.caching import cached_read


@dataclass(frozen=True)
class Context:
    """What the page needs to know before ranking: is there anyone, and what is still missing for a good score."""

    people: int
    focus_passions: int
    my_skills: dict[str, int]  # 'offer' / 'want' -> how many


@dataclass(frozen=True)
class Reasons:
    """For one page of the ranking: my focus passions each person shares, and the skill trades possible."""

    shared_passions: dict[str, list[str]]
    trades: dict[str, list[SkillTrade]]


@cached_read(max_entries=16)
def context(store: Store) -> Context:
    return Context(count_people(store), passions.status_counts(store)["focus"], scoring.my_skill_counts(store))


@cached_read(max_entries=64)
def ranking(
    store: Store,
    weights: tuple[tuple[str, int], ...],
    roles: tuple[str, ...],
    stages: tuple[str, ...],
    limit: int,
    offset: int,
    today: dt.date,
) -> scoring.Ranking:
    """One page of the ranking; `weights` as sorted (part, weight) pairs, so equal weights share an entry."""
    return scoring.rank_people(
        store, dict(weights), today=today, roles=list(roles), stages=list(stages), limit=limit, offset=offset
    )


@cached_read(max_entries=32)
def reasons(store: Store, person_ids: tuple[str, ...]) -> Reasons:
    ids = list(person_ids)
    return Reasons(scoring.shared_focus_passions(store, ids), trades_for_people(store, ids))
