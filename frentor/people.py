"""People: mentors, frentors, peers and mentees. (Foundation slice: create and list; the Connect issue adds the
rest: stages, homework, editing, archiving, search.)"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from frentor.ids import new_id
from frentor.store import Store
from frentor.store import people as people_queries
from frentor.validation import NAME_LIMIT, clean_choice, clean_text, collect

ROLES = ("mentor", "frentor", "peer", "mentee")
STAGES = ("noticed", "following", "engaging", "conversation", "trusted", "paused")
TIERS = ("strongest", "fifty_fifty", "long_shot")


@dataclass
class NewPerson:
    name: str
    role: str = "peer"
    stage: str = "noticed"
    reach_tier: str = "fifty_fifty"
    organisation: str = ""
    notes: str = ""
    passion_ids: list[str] = field(default_factory=list)


def add_person(store: Store, person: NewPerson) -> str:
    """Validate and create one person (with passion links) in one transaction; returns the new id."""
    clean: dict[str, str] = {}

    def check(key, fn):
        return lambda: clean.__setitem__(key, fn())

    collect(
        check("name", lambda: clean_text(person.name, "field.name", required=True, limit=NAME_LIMIT)),
        check("role", lambda: clean_choice(person.role, "field.role", ROLES)),
        check("stage", lambda: clean_choice(person.stage, "field.stage", STAGES)),
        check("reach_tier", lambda: clean_choice(person.reach_tier, "field.reach_tier", TIERS)),
        check("organisation", lambda: clean_text(person.organisation, "field.organisation", limit=NAME_LIMIT)),
        check("notes", lambda: clean_text(person.notes, "field.notes")),
    )
    person_id = new_id()
    people_queries.insert_person(store, person_id, clean, list(dict.fromkeys(person.passion_ids)))
    return person_id


def list_people(store: Store, include_archived: bool = False) -> pd.DataFrame:
    return people_queries.list_people(store, include_archived)
