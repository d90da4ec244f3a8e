"""The kinds of value every workspace starts with (data only, no imports: the store re-creates them on clear).

Their names come from the catalog (key 'kind.<key>'); frentor.kinds is the domain API over all kinds.
"""

from __future__ import annotations

from dataclasses import dataclass


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

# Built-in kinds the coach logs for you (frentor.messages, frentor.report_back), built in like DEFAULT_KINDS but kept
# apart from them: DEFAULT_KINDS are the kinds of value people exchange (the demo draws its entries from those).
COACHING_KINDS: tuple[DefaultKind, ...] = (
    DefaultKind("reached_out", 0, "gave"),  # a message sent: contact, not value, so 0 points leave the balance alone
    DefaultKind("asked", 0, "gave"),  # one specific question asked
    DefaultKind("report_back", 2, "gave"),  # "thank you, part 2": telling them what came of their help
)
BUILTIN_KINDS: tuple[DefaultKind, ...] = DEFAULT_KINDS + COACHING_KINDS


def default_kind_id(key: str) -> str:
    """Built-in kinds have the same id in every workspace, so exports re-import without duplicates."""
    return f"kind-{key}"


def builtin_kind_rows() -> list[tuple[str, str, float, str]]:
    """(id, key, default points, usual direction) of every built-in kind, in catalog order."""
    return [(default_kind_id(k.key), k.key, k.points, k.usual_direction) for k in BUILTIN_KINDS]
