"""Names shown for a passion's status."""

from __future__ import annotations

from frentor.ui.i18n import t


def status_label(status: str) -> str:
    return t(f"status.{status}")
