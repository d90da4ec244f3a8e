"""Labels of ledger choices in the session's language, computed when a widget is drawn (a format_func may be
called outside the script run, where t() has no session to read the language from)."""

from __future__ import annotations

from decimal import Decimal

from frentor import kinds, ledger
from frentor.i18n import CATALOG
from frentor.kinds import Kind
from frentor.ui.i18n import t


def kind_label(kind: Kind) -> str:
    """Built-in kinds by their translated name, user kinds by their own name."""
    if kind.key and f"kind.{kind.key}" in CATALOG:
        return t(f"kind.{kind.key}")
    return kind.name or kind.key or ""


def direction_labels() -> dict[str, str]:
    """'gave' / 'received' -> the translated words."""
    return {direction: t(f"direction.{direction}") for direction in ledger.DIRECTIONS}


def usual_direction_labels() -> dict[str, str]:
    """A kind's usual direction ('gave' / 'received' / 'either') -> the translated words."""
    return {direction: t(f"kinds.direction.{direction}") for direction in kinds.USUAL_DIRECTIONS}


def points_text(points: Decimal) -> str:
    """Points as people write them: 5, 2.5 (a Decimal read back as 5.0 would keep its trailing zero with :g)."""
    return f"{float(points):g}"
