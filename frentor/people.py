"""People: mentors, frentors, peers and mentees, with their links, next action and keep-in-touch interval.

Stages live in frentor.stages, homework and prepared questions in frentor.homework.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from frentor.errors import FrentorError, ValidationError
from frentor.ids import new_id
from frentor.store import Store
from frentor.store import people as people_queries
from frentor.validation import (
    FIELD_RULES,
    NAME_LIMIT,
    NEXT_ACTION_LIMIT,
    SKILL_NAME_LIMIT,
    clean_choice,
    clean_date,
    clean_hashtags,
    clean_int,
    clean_text,
    clean_url,
    collect,
)

ROLES = ("mentor", "frentor", "peer", "mentee")
STAGES = ("noticed", "following", "engaging", "conversation", "trusted", "paused")
TIERS = ("strongest", "fifty_fifty", "long_shot")
# Where a person came from: typed in by hand (""), or imported from a LinkedIn, Google Contacts, Outlook or vCard file.
SOURCES = ("", "linkedin", "google", "outlook", "vcard")

# How often to get back in touch when a person has no interval of their own, by role (days).
DEFAULT_KEEP_IN_TOUCH_DAYS: dict[str, int] = {"mentor": 45, "frentor": 21, "peer": 30, "mentee": 30}
KEEP_IN_TOUCH_MAX_DAYS = 3650
MAX_SKILLS = 30
MAX_CHANNELS = 20
PAGE_SIZE = 25
ORGANISATION_LIMIT = NAME_LIMIT


class PersonHasLedgerError(FrentorError):
    """Deleting a person who has ledger entries needs the explicit 'delete their entries too' choice."""


class PersonNotFoundError(FrentorError):
    """The person is not in this workspace (deleted meanwhile, or another workspace's id)."""


@dataclass
class NewPerson:
    name: str
    role: str = "peer"
    stage: str = "noticed"
    reach_tier: str = "fifty_fifty"
    organisation: str = ""
    notes: str = ""
    passion_ids: list[str] = field(default_factory=list)
    hashtags: str = ""
    community_ids: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)  # skills they offer (names)
    needs: list[str] = field(default_factory=list)  # skills they need (names)
    channels: list[tuple[str, str]] = field(default_factory=list)  # (platform, url) where they post
    next_action: str = ""
    next_action_due: dt.date | str | None = None
    keep_in_touch_days: int | str | None = None  # None: the role's default
    # Contact details (mostly from imported contacts). None means "not given": a new person gets an empty value,
    # and update_person keeps what is stored, so a form that does not show these fields never wipes them.
    email: str | None = None
    profile_url: str | None = None
    title: str | None = None  # their job title or position
    source: str | None = None  # one of SOURCES
    connected_on: dt.date | str | None = None  # when you connected (LinkedIn's "Connected On")


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str
    stage: str
    reach_tier: str
    organisation: str
    hashtags: str
    notes: str
    next_action: str
    next_action_due: dt.date | None
    keep_in_touch_days: int | None
    archived: bool
    homework: dict[str, bool]
    passion_ids: tuple[str, ...]
    community_ids: tuple[str, ...]
    offers: tuple[str, ...]
    needs: tuple[str, ...]
    channels: tuple[tuple[str, str], ...]
    email: str = ""
    profile_url: str = ""
    title: str = ""
    source: str = ""
    connected_on: dt.date | None = None

    @property
    def effective_keep_in_touch_days(self) -> int:
        return effective_keep_in_touch_days(self.role, self.keep_in_touch_days)


@dataclass(frozen=True)
class DeletionImpact:
    """What deleting a person takes with them."""

    links: int  # passions, communities and skills linked to them
    questions: int
    channels: int
    ledger_entries: int


@dataclass(frozen=True)
class PeopleFilter:
    query: str = ""
    roles: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    passion_id: str | None = None
    include_archived: bool = False


def effective_keep_in_touch_days(role: str, days: int | None) -> int:
    """The person's own interval, or the default for their role."""
    if days is not None and not pd.isna(days) and int(days) > 0:
        return int(days)
    return DEFAULT_KEEP_IN_TOUCH_DAYS.get(role, DEFAULT_KEEP_IN_TOUCH_DAYS["peer"])


def _clean_names(values: list[str], field_key: str) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        name = clean_text(value, field_key, limit=SKILL_NAME_LIMIT)
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    if len(names) > MAX_SKILLS:
        raise ValidationError.single(field_key, "validation.out_of_range", low=0, high=MAX_SKILLS)
    return names


def _clean_channels(channels: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    cleaned: list[tuple[str, str, str]] = []
    for platform, url in channels[:MAX_CHANNELS]:
        platform_text = clean_text(platform, "field.person_platform", limit=NAME_LIMIT)
        url_text = clean_url(url, "field.url")
        if platform_text or url_text:
            cleaned.append((new_id(), platform_text, url_text))
    return cleaned


def parse_channel_lines(text: str) -> list[tuple[str, str]]:
    """'Platform https://link' per line -> [(platform, url)]. A line without a link is a platform alone; a line
    that is only a link has an empty platform. Links are validated when the person is saved."""
    channels: list[tuple[str, str]] = []
    for line in (text or "").splitlines():
        words = line.strip().split()
        if not words:
            continue
        url_index = next((i for i, w in enumerate(words) if "://" in w), None)
        if url_index is None:
            channels.append((" ".join(words), ""))
        else:
            platform = " ".join(words[:url_index] + words[url_index + 1 :])
            channels.append((platform, words[url_index]))
    return channels


def format_channel_lines(channels: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    """The inverse of parse_channel_lines, for prefilling an edit form."""
    return "\n".join(" ".join(part for part in (platform, url) if part) for platform, url in channels)


def _clean_person(person: NewPerson) -> dict[str, Any]:
    clean: dict[str, Any] = {}

    def check(key, fn):
        return lambda: clean.__setitem__(key, fn())

    collect(
        check("name", lambda: clean_text(person.name, "field.name", required=True, limit=NAME_LIMIT)),
        check("role", lambda: clean_choice(person.role, "field.role", ROLES)),
        check("stage", lambda: clean_choice(person.stage, "field.stage", STAGES)),
        check("reach_tier", lambda: clean_choice(person.reach_tier, "field.reach_tier", TIERS)),
        check("organisation", lambda: clean_text(person.organisation, "field.organisation", limit=ORGANISATION_LIMIT)),
        check("notes", lambda: clean_text(person.notes, "field.notes")),
        check("hashtags", lambda: " ".join(clean_hashtags(person.hashtags, "field.person_hashtags"))),
        check(
            "next_action", lambda: clean_text(person.next_action, "field.person_next_action", limit=NEXT_ACTION_LIMIT)
        ),
        check(
            "next_action_due",
            lambda: clean_date(person.next_action_due, "field.person_next_action_due", required=False),
        ),
        check(
            "keep_in_touch_days",
            lambda: clean_int(
                person.keep_in_touch_days, "field.person_keep_in_touch", low=1, high=KEEP_IN_TOUCH_MAX_DAYS
            ),
        ),
        check("offers", lambda: _clean_names(list(person.offers), "field.person_offers")),
        check("needs", lambda: _clean_names(list(person.needs), "field.person_needs")),
        check("channels", lambda: _clean_channels(list(person.channels))),
        *_contact_checks(person, clean),
    )
    clean["passion_ids"] = list(dict.fromkeys(str(p) for p in person.passion_ids))
    clean["community_ids"] = list(dict.fromkeys(str(c) for c in person.community_ids))
    return clean


def _contact_checks(person: NewPerson, clean: dict[str, Any]) -> list:
    """Checks of the contact fields that were given (None = not given: left out of `clean`)."""
    fields = {
        "email": FIELD_RULES["people", "email"].check,
        "profile_url": FIELD_RULES["people", "profile_url"].check,
        "title": FIELD_RULES["people", "title"].check,
        "source": lambda value: clean_choice(value, "field.source", SOURCES),
        "connected_on": lambda value: clean_date(value, "field.connected_on", required=False),
    }
    return [
        (lambda key=key, check=check: clean.__setitem__(key, check(getattr(person, key))))
        for key, check in fields.items()
        if getattr(person, key) is not None
    ]


def add_person(store: Store, person: NewPerson) -> str:
    """Validate and create one person (with passion, community, skill and channel links) in one transaction."""
    clean = _clean_person(person)
    person_id = new_id()
    people_queries.insert_person(store, person_id, clean, clean["passion_ids"])
    return person_id


def update_person(store: Store, person_id: str, person: NewPerson) -> None:
    """Replace a person's details and links. Stage and homework are left as they are (see frentor.stages and
    frentor.homework); `person.stage` is ignored here."""
    clean = _clean_person(person)
    if not people_queries.update_person(store, person_id, clean):
        raise PersonNotFoundError("people.not_found")


def set_next_action(store: Store, person_id: str, action: str, due: dt.date | str | None) -> None:
    clean: dict[str, Any] = {}
    collect(
        lambda: clean.__setitem__("action", clean_text(action, "field.person_next_action", limit=NEXT_ACTION_LIMIT)),
        lambda: clean.__setitem__("due", clean_date(due, "field.person_next_action_due", required=False)),
    )
    if not people_queries.set_next_action(store, person_id, clean["action"], clean["due"]):
        raise PersonNotFoundError("people.not_found")


def get_person(store: Store, person_id: str) -> Person | None:
    row = people_queries.get_person(store, person_id)
    if row is None:
        return None
    due = row["next_action_due"]
    days = row["keep_in_touch_days"]
    return Person(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        stage=row["stage"],
        reach_tier=row["reach_tier"],
        organisation=row["organisation"],
        hashtags=row["hashtags"],
        notes=row["notes"],
        next_action=row["next_action"],
        next_action_due=None if pd.isna(due) else pd.Timestamp(due).date(),
        keep_in_touch_days=None if pd.isna(days) else int(days),
        archived=bool(row["archived"]),
        homework=row["homework"],
        passion_ids=tuple(row["passion_ids"]),
        community_ids=tuple(row["community_ids"]),
        offers=tuple(row["offers"]),
        needs=tuple(row["needs"]),
        channels=tuple(row["channels"]),
        email=row["email"],
        profile_url=row["profile_url"],
        title=row["title"],
        source=row["source"],
        connected_on=None if pd.isna(row["connected_on"]) else pd.Timestamp(row["connected_on"]).date(),
    )


def archive_person(store: Store, person_id: str, archived: bool = True) -> None:
    """Hide (or bring back) a person without losing anything: their ledger history stays."""
    if not people_queries.set_archived(store, person_id, archived):
        raise PersonNotFoundError("people.not_found")


def deletion_impact(store: Store, person_id: str) -> DeletionImpact | None:
    counts = people_queries.deletion_impact(store, person_id)
    return None if counts is None else DeletionImpact(**counts)


def delete_person(store: Store, person_id: str, *, delete_ledger_entries: bool = False) -> DeletionImpact:
    """Delete a person with their links, questions and channels, in one transaction.

    Policy: a person with ledger entries is NOT deleted unless `delete_ledger_entries` is True (then their entries
    go too, and the balance history changes). Otherwise PersonHasLedgerError is raised: archive them instead.
    """
    counts = people_queries.delete_person(store, person_id, with_ledger=delete_ledger_entries)
    if counts is None:
        raise PersonNotFoundError("people.not_found")
    impact = DeletionImpact(**counts)
    if impact.ledger_entries and not delete_ledger_entries:
        raise PersonHasLedgerError("people.delete_has_ledger", entries=impact.ledger_entries)
    return impact


def search_people(
    store: Store, filters: PeopleFilter | None = None, *, limit: int = PAGE_SIZE, offset: int = 0
) -> tuple[pd.DataFrame, int]:
    """One page of people matching the filters (sorted by name) and how many match in all.

    Columns: id, name, role, stage, reach_tier, organisation, next_action, next_action_due, keep_in_touch_days
    (effective: role default filled in), archived, homework_done (0-4), last_exchange (date or NaT).
    """
    frame, total = people_queries.search_people(
        store, filters or PeopleFilter(), limit=max(1, int(limit)), offset=max(0, int(offset))
    )
    frame["keep_in_touch_days"] = [
        effective_keep_in_touch_days(role, days)
        for role, days in zip(frame["role"], frame["keep_in_touch_days"], strict=True)
    ]
    return frame, total


def count_people(store: Store) -> int:
    return people_queries.count_people(store)


def stage_counts(store: Store) -> pd.DataFrame:
    """People (not archived) per stage, every stage present in pipeline order: columns stage, people."""
    counts = people_queries.stage_counts(store)
    by_stage = dict(zip(counts["stage"], counts["people"], strict=True))
    return pd.DataFrame({"stage": list(STAGES), "people": [int(by_stage.get(s, 0)) for s in STAGES]})


def role_counts(store: Store) -> pd.DataFrame:
    """People (not archived) per role, every role present: columns role, people."""
    counts = people_queries.role_counts(store)
    by_role = dict(zip(counts["role"], counts["people"], strict=True))
    return pd.DataFrame({"role": list(ROLES), "people": [int(by_role.get(r, 0)) for r in ROLES]})
