"""Names shown for skill levels and sides."""

from __future__ import annotations

from frentor.ui.i18n import t


def level_label(level: int | None) -> str:
    return t(f"skills.level.{level}") if level else t("skills.level.none")


def side_label(side: str) -> str:
    return t(f"side.{side}")
