"""Relationship health: one label per person, each from a rule simple enough to show on screen.

Rules, checked in this order (the first that matches wins):
1. too_early   fewer than `min_exchanges` exchanges logged with the person, ever;
2. check_in    days since the last exchange > the keep-in-touch interval. ANY logged exchange, in either direction,
               resets the clock (receiving help is contact too);
3. taking      over the last `tilt_months` months I received well more than I gave: received - given is at least
               `tilt_min_points` AND received > `tilt_ratio` x given. Mentors and mentees are never labelled so:
               with a mentor you mostly receive, with a mentee you mostly give, and that tilt is the point;
4. on_track    everything else.
Paused and archived people are left out: nobody should be nagged about a relationship they chose to pause.

The interval is the person's own keep_in_touch_days, else the default for their role.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from frentor import people as people_module
from frentor.store import Store
from frentor.store import health as health_queries

LABELS = ("check_in", "taking", "too_early", "on_track")  # most urgent first
TILT_EXEMPT_ROLES = ("mentor", "mentee")
ACTIVE_DAYS = 90  # a relationship is "active" with an exchange in the last 90 days
PAUSED_STAGE = "paused"

# Fallback until frentor.people provides DEFAULT_KEEP_IN_TOUCH_DAYS (the People area owns that setting).
_FALLBACK_KEEP_IN_TOUCH_DAYS = {"mentor": 45, "frentor": 30, "peer": 60, "mentee": 30}
_UNKNOWN_ROLE_DAYS = 60


def default_keep_in_touch_days() -> dict[str, int]:
    """Role -> days: frentor.people.DEFAULT_KEEP_IN_TOUCH_DAYS when it exists, else our fallback."""
    defaults = getattr(people_module, "DEFAULT_KEEP_IN_TOUCH_DAYS", None)
    merged = dict(_FALLBACK_KEEP_IN_TOUCH_DAYS)
    if isinstance(defaults, dict):
        merged.update({str(k): int(v) for k, v in defaults.items()})
    return merged


@dataclass(frozen=True)
class HealthRules:
    min_exchanges: int = 3
    tilt_months: int = 3
    tilt_ratio: float = 1.5
    tilt_min_points: float = 5.0


DEFAULT_RULES = HealthRules()


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` months earlier (clamped to the month's last day: 31 May - 3 months = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def interval_days(role: str, keep_in_touch_days: int | None) -> int:
    if keep_in_touch_days is not None and not pd.isna(keep_in_touch_days) and int(keep_in_touch_days) > 0:
        return int(keep_in_touch_days)
    return default_keep_in_touch_days().get(role, _UNKNOWN_ROLE_DAYS)


def relationship_health(store: Store, today: dt.date, rules: HealthRules = DEFAULT_RULES) -> pd.DataFrame:
    """One row per non-archived, non-paused person: person_id, name, role, stage, reach_tier, homework_done,
    interval_days, last_exchange, days_since, overdue_days, exchanges, gave_count, received_count, given_recent,
    received_recent, tilt_expected, label. Sorted most urgent first."""
    since = months_before(today, rules.tilt_months)
    frame = health_queries.people_stats(store, since)
    frame = frame[frame["stage"] != PAUSED_STAGE].reset_index(drop=True)
    return label_frame(frame, today, rules)


def label_frame(frame: pd.DataFrame, today: dt.date, rules: HealthRules = DEFAULT_RULES) -> pd.DataFrame:
    """Add interval_days, days_since, overdue_days, tilt_expected and label to a people_stats frame."""
    out = frame.copy()
    defaults = default_keep_in_touch_days()
    own = pd.to_numeric(out["keep_in_touch_days"], errors="coerce")
    by_role = out["role"].map(defaults).fillna(_UNKNOWN_ROLE_DAYS)
    out["interval_days"] = own.where(own > 0, by_role).astype("int64")
    last = pd.to_datetime(out["last_exchange"])
    out["last_exchange"] = last.dt.date
    days = (pd.Timestamp(today) - last).dt.days
    out["days_since"] = days.astype("Int64")
    out["overdue_days"] = (days - out["interval_days"]).clip(lower=0).fillna(0).astype("int64")
    out["tilt_expected"] = out["role"].isin(TILT_EXEMPT_ROLES)
    given = out["given_recent"].astype(float)
    received = out["received_recent"].astype(float)
    taking = (received - given >= rules.tilt_min_points) & (received > rules.tilt_ratio * given)
    conditions = [
        out["exchanges"] < rules.min_exchanges,
        days.notna() & (days > out["interval_days"]),
        taking & ~out["tilt_expected"],
    ]
    out["label"] = np.select(conditions, ["too_early", "check_in", "taking"], default="on_track")
    urgency = out["label"].map({label: i for i, label in enumerate(LABELS)})
    ratio = (days / out["interval_days"]).fillna(0)
    out = out.assign(_urgency=urgency, _ratio=-ratio, _tilt=-(received - given))
    out = out.sort_values(["_urgency", "_ratio", "_tilt", "name", "person_id"], kind="stable")
    return out.drop(columns=["_urgency", "_ratio", "_tilt"]).reset_index(drop=True)


def label_counts(health: pd.DataFrame) -> dict[str, int]:
    counts = health["label"].value_counts() if not health.empty else pd.Series(dtype="int64")
    return {label: int(counts.get(label, 0)) for label in LABELS}


def active_relationships(health: pd.DataFrame, days: int = ACTIVE_DAYS) -> int:
    """People with at least one exchange (either direction) in the last `days` days, today included."""
    if health.empty:
        return 0
    return int((health["days_since"].fillna(days + 1) < days).sum())
