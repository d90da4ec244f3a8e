"""The People page's cached reads: each lives until the next write of the workspace (see frentor.ui.caching)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from frentor import people, picklists
from frentor.give_first import GiveFirstAdvice, advice_before_asking
from frentor.homework import Homework, get_homework
from frentor.people import PAGE_SIZE, DeletionImpact, PeopleFilter, Person
from frentor.skill_trades import SkillTrade, trades_for_person
from frentor.stages import StageFacts, stage_facts
from frentor.store import Store
from frentor.ui.caching import cached_read


@dataclass(frozen=True)
class Counts:
    """How many people there are, per stage and per role (not archived), for the empty state and the charts."""

    total: int
    stages: pd.DataFrame  # stage, people
    roles: pd.DataFrame  # role, people


@dataclass(frozen=True)
class Choices:
    """What a person can be linked to, for the form and the finder."""

    passions: dict[str, str]  # id -> title, focus first
    communities: dict[str, str]  # id -> name
    skill_names: list[str]


@dataclass(frozen=True)
class PersonDetail:
    """Everything the detail view shows about one person (several reads scan the ledger: cached together)."""

    person: Person
    facts: StageFacts | None
    advice: GiveFirstAdvice | None
    impact: DeletionImpact | None
    homework: Homework | None  # with the questions prepared for them
    trades: list[SkillTrade]


@cached_read(max_entries=16)
def counts(store: Store) -> Counts:
    return Counts(people.count_people(store), people.stage_counts(store), people.role_counts(store))


@cached_read(max_entries=16)
def choices(store: Store) -> Choices:
    passions = picklists.passions(store)
    communities = picklists.communities(store)
    return Choices(
        passions=dict(zip(passions["id"], passions["title"], strict=True)),
        communities=dict(zip(communities["id"], communities["name"], strict=True)),
        skill_names=picklists.skill_names(store),
    )


@cached_read(max_entries=64)
def search(store: Store, filters: PeopleFilter, limit: int, offset: int) -> tuple[pd.DataFrame, int]:
    """One page of the people matching `filters` and how many match in all."""
    return people.search_people(store, filters, limit=limit, offset=offset)


@cached_read(max_entries=32)
def names(store: Store, person_ids: tuple[str, ...]) -> dict[str, str]:
    """Names of these people (ids not found are left out)."""
    return picklists.person_names(store, list(person_ids))


@cached_read(max_entries=32)
def detail(store: Store, person_id: str) -> PersonDetail | None:
    """The detail view's data, or None when the person is not (or no longer) in this workspace."""
    person = people.get_person(store, person_id)
    if person is None:
        return None
    return PersonDetail(
        person=person,
        facts=stage_facts(store, person_id),
        advice=advice_before_asking(store, person_id),
        impact=people.deletion_impact(store, person_id),
        homework=get_homework(store, person_id),
        trades=trades_for_person(store, person_id),
    )


def matching(store: Store, filters: PeopleFilter) -> int:
    """How many people match `filters`."""
    return search(store, filters, 1, 0)[1]


def page_of_people(store: Store, filters: PeopleFilter, page_number: int) -> tuple[pd.DataFrame, int]:
    """Page `page_number` (1-based, PAGE_SIZE a page) of the people matching `filters`, and how many match."""
    return search(store, filters, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)
