"""Kinds of value exchanged, with default points. Built-ins are named in the catalog (key 'kind.<key>')."""

from __future__ import annotations

from dataclasses import dataclass

from frentor.store import Store
from frentor.store import kinds as kind_queries


@dataclass(frozen=True)
class DefaultKind:
    key: str
    points: float
    usual_direction: str  # gave / received / either


DEFAULT_KINDS: tuple[DefaultKind, ...] = (
    DefaultKind("bought_book", 3, "gave"),
    DefaultKind("rated_podcast", 2, "gave"),
    DefaultKind("shared_work", 2, "gave"),
    DefaultKind("thoughtful_comment", 1, "gave"),
    DefaultKind("attended_launch", 2, "gave"),
    DefaultKind("volunteered_event", 5, "gave"),
    DefaultKind("thank_you_note", 1, "gave"),
    DefaultKind("introduction", 4, "either"),
    DefaultKind("skill_trade", 5, "either"),
    DefaultKind("proofreading", 3, "either"),
    DefaultKind("feedback", 2, "either"),
    DefaultKind("referral", 5, "either"),
    DefaultKind("taught", 4, "gave"),
    DefaultKind("advice", 3, "received"),
)


def default_kind_id(key: str) -> str:
    """Built-in kinds have the same id in every workspace, so exports re-import without duplicates."""
    return f"kind-{key}"


def ensure_default_kinds(store: Store) -> int:
    """Add any missing built-in kind to the workspace; returns how many were added. Idempotent."""
    rows = [(default_kind_id(k.key), k.key, k.points, k.usual_direction) for k in DEFAULT_KINDS]
    return kind_queries.insert_missing_builtins(store, rows)
