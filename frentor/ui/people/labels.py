"""Translated labels of a person's role, stage, reach tier and origin (format functions for pickers and tables)."""

from __future__ import annotations

from frentor.people import Person
from frentor.ui.i18n import t


def role_label(role: str) -> str:
    return t(f"role.{role}")


def stage_label(stage: str) -> str:
    return t(f"stage.{stage}")


def tier_label(tier: str) -> str:
    return t(f"tier.{tier}")


def origin_line(person: Person) -> str:
    """Where the person came from and, for LinkedIn, when you connected: "Came from: LinkedIn · Connected on: ..."."""
    parts = [t("contacts.labelled", label=t("field.source"), value=t(f"source.{person.source or 'manual'}"))]
    if person.connected_on:
        parts.append(t("contacts.labelled", label=t("field.connected_on"), value=person.connected_on.isoformat()))
    return " · ".join(parts)
