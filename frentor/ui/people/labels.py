"""Translated labels of a person's role, stage and reach tier (format functions for pickers and tables)."""

from __future__ import annotations

from frentor.ui.i18n import t


def role_label(role: str) -> str:
    return t(f"role.{role}")


def stage_label(stage: str) -> str:
    return t(f"stage.{stage}")


def tier_label(tier: str) -> str:
    return t(f"tier.{tier}")
