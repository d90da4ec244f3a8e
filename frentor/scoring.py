"""The shortlist: a transparent score per person, from parts the user weighs on the page.

Each part is a number from 0 to 1:
- passion: how many of my focus passions they relate to (full marks at PASSION_FULL_AT, or at all of my focus
  passions when I have fewer);
- skills: half for "they offer something I want to learn", half for "they need something I offer";
- reach: by reach tier (strongest tie 1.0, 50-50 0.6, long shot 0.25);
- engagement: points of value I gave them in the last ENGAGEMENT_DAYS days (full marks at ENGAGEMENT_FULL_POINTS).

The score (0-100) is the weighted average: sum(weight x part) / sum(weights) x 100. A part's contribution is its
term of that sum, so the contributions add up to the score. Everything is computed and ranked in SQL, so it
stays fast on 10,000 people and a million ledger entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from frentor import clock, settings
from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.store import scoring as queries
from frentor.validation import clean_int, collect

# The weights are a stored setting: frentor.settings owns their shape and defaults (and checks what is read).
PARTS: tuple[str, ...] = settings.SHORTLIST_PARTS
DEFAULT_WEIGHTS: dict[str, int] = settings.DEFAULT_SHORTLIST_WEIGHTS
WEIGHT_MAX = settings.WEIGHT_MAX
WEIGHTS_SETTING = settings.SHORTLIST_WEIGHTS

PASSION_FULL_AT = 2
REACH_VALUES: dict[str, float] = {"strongest": 1.0, "fifty_fifty": 0.6, "long_shot": 0.25}
ENGAGEMENT_DAYS = 90
ENGAGEMENT_FULL_POINTS = 10.0
SHORTLIST_SIZE = 10
PAGE_SIZES = (SHORTLIST_SIZE, 25, 50)  # people per page the Shortlist offers

SCORE_COLUMNS = (
    "id",
    "name",
    "role",
    "stage",
    "reach_tier",
    "next_action",
    "next_action_due",
    "shared_passions",
    "they_offer_i_want",
    "they_need_i_offer",
    "given_recent",
    *(f"part_{p}" for p in PARTS),
    *(f"points_{p}" for p in PARTS),
    "score",
    "rank",
)


@dataclass(frozen=True)
class Ranking:
    frame: pd.DataFrame  # SCORE_COLUMNS, best first
    total: int  # people matching the filters (all pages)
    weights: dict[str, int]


def clean_weights(weights: Mapping[str, object]) -> dict[str, int]:
    """Whole numbers 0-100 for every part (missing parts take their default)."""
    clean: dict[str, int] = {}

    def check(part: str):
        def run() -> None:
            value = clean_int(weights.get(part, DEFAULT_WEIGHTS[part]), f"field.weight_{part}", low=0, high=WEIGHT_MAX)
            clean[part] = DEFAULT_WEIGHTS[part] if value is None else value

        return run

    collect(*(check(part) for part in PARTS))
    return clean


def load_weights(store: Store) -> dict[str, int]:
    """The workspace's saved weights; defaults for anything missing or unreadable (checked by the store)."""
    return store.get_setting(WEIGHTS_SETTING)


def save_weights(store: Store, weights: Mapping[str, object]) -> dict[str, int]:
    clean = clean_weights(weights)
    store.set_setting(WEIGHTS_SETTING, clean)
    return clean


def weight_shares(weights: Mapping[str, int]) -> dict[str, float]:
    """Each weight as a share of their sum (all zero when every weight is zero)."""
    total = sum(weights[p] for p in PARTS)
    if total <= 0:
        return {p: 0.0 for p in PARTS}
    return {p: weights[p] / total for p in PARTS}


def rank_people(
    store: Store,
    weights: Mapping[str, object] | None = None,
    *,
    today: dt.date | None = None,
    roles: list[str] | tuple[str, ...] | None = None,
    stages: list[str] | tuple[str, ...] | None = None,
    limit: int = SHORTLIST_SIZE,
    offset: int = 0,
) -> Ranking:
    """People (not archived) ranked by score, best first; ties by name then id. One page of `limit` rows."""
    clean = clean_weights(weights) if weights is not None else load_weights(store)
    today = today or clock.today()
    frame = queries.ranked(
        store,
        shares=weight_shares(clean),
        constants={
            "passion_full_at": PASSION_FULL_AT,
            "reach_strongest": REACH_VALUES["strongest"],
            "reach_fifty": REACH_VALUES["fifty_fifty"],
            "reach_long": REACH_VALUES["long_shot"],
            "engagement_full": ENGAGEMENT_FULL_POINTS,
        },
        today=today,
        since=today - dt.timedelta(days=ENGAGEMENT_DAYS),
        roles=[r for r in (roles or ()) if r in ROLES] or None,
        stages=[s for s in (stages or ()) if s in STAGES] or None,
        limit=max(1, int(limit)),
        offset=max(0, int(offset)),
    )
    total = int(frame["total"].iloc[0]) if len(frame) else 0
    frame = frame.drop(columns=["total"])
    frame["rank"] = range(offset + 1, offset + 1 + len(frame))
    return Ranking(frame=frame[list(SCORE_COLUMNS)].reset_index(drop=True), total=total, weights=clean)


def my_skill_counts(store: Store) -> dict[str, int]:
    """How many skills I offer and want: {"offer": n, "want": m}."""
    counts = queries.my_skill_counts(store)
    return {"offer": counts.get("offer", 0), "want": counts.get("want", 0)}


def shared_focus_passions(store: Store, person_ids: list[str]) -> dict[str, list[str]]:
    """Titles of the focus passions each given person relates to."""
    if not person_ids:
        return {}
    frame = queries.shared_focus_passions(store, list(person_ids))
    result: dict[str, list[str]] = {pid: [] for pid in person_ids}
    for pid, title in zip(frame["person_id"], frame["title"], strict=True):
        result.setdefault(pid, []).append(title)
    return result
