"""Today's nudges: a handful of concrete things to do now, most urgent first.

Four kinds:
- report_back open report-back follow-ups that are due ("thank you, part 2", frentor.report_back), most overdue
              first: tell the person what came of their advice or introduction;
- check_in    people whose keep-in-touch interval has run out (health label 'check_in'), the most overdue first
              (days since the last exchange divided by their interval);
- first_give  people you follow or engage with whose homework is done but to whom you have given nothing yet:
              the method says give first, so this is the moment (engaging before following, strongest ties first);
- event       events and communities starting within EVENT_HORIZON_DAYS days, soonest first.
Each kind has a quota so one kind cannot crowd out the others; unused slots go to the rest in the order above.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from frentor import communities, report_back
from frentor import health as health_module
from frentor.errors import ValidationError
from frentor.store import Store
from frentor.validation import clean_url

# A report back comes first: for one person it beats a plain check-in, and it is a debt of thanks.
KINDS = ("report_back", "check_in", "first_give", "event")
FIRST_GIVE_STAGES = ("engaging", "following")  # in order of urgency
EVENT_HORIZON_DAYS = 30
DEFAULT_LIMIT = 8
QUOTAS = {"report_back": 1, "check_in": 3, "first_give": 2, "event": 2}
_TIER_ORDER = {"strongest": 0, "fifty_fifty": 1, "long_shot": 2}


@dataclass(frozen=True)
class Nudge:
    kind: str
    title: str  # a person's or event's name: user data, never translated; escape it before markdown
    person_id: str | None = None
    community_id: str | None = None
    role: str | None = None
    days: int = 0  # check_in: days since the last exchange; event: days until it starts
    interval: int = 0  # check_in: the keep-in-touch interval in days
    on: dt.date | None = None  # check_in: last exchange; event: start date
    url: str = ""  # event: a validated http(s) link, or ""
    follow_up_id: str | None = None  # report_back: the follow-up to close
    about: str = ""  # report_back: built-in kind key of the help received ('advice', 'introduction', ...)


def check_in_candidates(health: pd.DataFrame, limit: int = 20) -> list[Nudge]:
    overdue = health[health["label"] == "check_in"]
    if overdue.empty:
        return []
    ratio = overdue["days_since"].astype(float) / overdue["interval_days"]
    overdue = (
        overdue.assign(_ratio=ratio)
        .sort_values(["_ratio", "days_since", "name", "person_id"], ascending=[False, False, True, True], kind="stable")
        .head(limit)
    )
    return [
        Nudge(
            kind="check_in",
            title=str(row.name),
            person_id=str(row.person_id),
            role=str(row.role),
            days=int(row.days_since),
            interval=int(row.interval_days),
            on=row.last_exchange,
        )
        for row in overdue.itertuples(index=False)
    ]


def first_give_candidates(health: pd.DataFrame, limit: int = 20) -> list[Nudge]:
    ready = health[
        health["homework_done"].fillna(False).astype(bool)
        & (health["gave_count"] == 0)
        & health["stage"].isin(FIRST_GIVE_STAGES)
    ]
    if ready.empty:
        return []
    ready = (
        ready.assign(
            _stage=ready["stage"].map({s: i for i, s in enumerate(FIRST_GIVE_STAGES)}),
            _tier=ready["reach_tier"].map(_TIER_ORDER).fillna(9),
        )
        .sort_values(["_stage", "_tier", "name", "person_id"], kind="stable")
        .head(limit)
    )
    return [
        Nudge(kind="first_give", title=str(row.name), person_id=str(row.person_id), role=str(row.role))
        for row in ready.itertuples(index=False)
    ]


def report_back_candidates(due: list[report_back.FollowUp], today: dt.date) -> list[Nudge]:
    """One nudge per due follow-up (frentor.report_back.due_follow_ups), most overdue first.
    days: days past the due date; on: when the help was received."""
    ordered = sorted(due, key=lambda f: (f.due_on, f.received_on, f.id))
    return [
        Nudge(
            kind="report_back",
            title=f.person,
            person_id=f.person_id,
            role=f.role,
            days=f.days_overdue(today),
            on=f.received_on,
            follow_up_id=f.id,
            about=f.kind_key or "",
        )
        for f in ordered
    ]


def event_candidates(events: pd.DataFrame, today: dt.date) -> list[Nudge]:
    """One nudge per event in `events` (rows of frentor.communities.upcoming_events)."""
    nudges = []
    for row in events.itertuples(index=False):
        starts = row.starts_on
        try:
            url = clean_url(row.url, "field.url")
        except ValidationError:
            url = ""
        nudges.append(
            Nudge(
                kind="event",
                title=str(row.name),
                community_id=str(row.id),
                days=(starts - today).days,
                on=starts,
                url=url,
            )
        )
    return nudges


def select_nudges(
    check_ins: list[Nudge],
    first_gives: list[Nudge],
    events: list[Nudge],
    limit: int = DEFAULT_LIMIT,
    report_backs: list[Nudge] | None = None,
) -> list[Nudge]:
    """At most `limit` nudges: each kind up to its quota, then leftovers in kind order; one nudge per person."""
    seen: set[str] = set()

    def unique(items: list[Nudge]) -> list[Nudge]:
        kept = []
        for item in items:
            if item.person_id is not None:
                if item.person_id in seen:
                    continue
                seen.add(item.person_id)
            kept.append(item)
        return kept

    pools = {
        "report_back": unique(list(report_backs or [])),
        "check_in": unique(check_ins),
        "first_give": unique(first_gives),
        "event": list(events),
    }
    chosen: dict[str, list[Nudge]] = {kind: pools[kind][: QUOTAS[kind]] for kind in KINDS}
    room = limit - sum(len(v) for v in chosen.values())
    for kind in KINDS:
        if room <= 0:
            break
        extra = pools[kind][len(chosen[kind]) : len(chosen[kind]) + room]
        chosen[kind].extend(extra)
        room -= len(extra)
    ordered = [n for kind in KINDS for n in chosen[kind]]
    return ordered[:limit]


def today_nudges(
    store: Store,
    today: dt.date,
    health: pd.DataFrame | None = None,
    limit: int = DEFAULT_LIMIT,
    *,
    open_follow_ups: list[report_back.FollowUp] | None = None,
) -> list[Nudge]:
    """The nudges for `today`. Pass `health` (from frentor.health.relationship_health) or the open follow-ups
    (frentor.report_back.open_follow_ups) when the caller has them: they are not read again."""
    if health is None:
        health = health_module.relationship_health(store, today)
    if open_follow_ups is None:
        due = report_back.due_follow_ups(store, today)
    else:  # the same rows in the same order as due_follow_ups: it is the open list up to today
        due = [follow_up for follow_up in open_follow_ups if follow_up.is_due(today)]
    events = communities.upcoming_events(store, today, days=EVENT_HORIZON_DAYS, limit=limit)
    pool = 2 * limit  # a person may appear in two kinds; one nudge per person
    return select_nudges(
        check_in_candidates(health, pool),
        first_give_candidates(health, pool),
        event_candidates(events, today),
        limit,
        report_backs=report_back_candidates(due, today),
    )
