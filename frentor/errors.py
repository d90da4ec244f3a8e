"""Errors a user can cause or meet, each carrying a translatable message key.

The UI and the CLI turn these into a clear sentence; nothing here is ever shown as a stack trace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class FrentorError(Exception):
    """Base class: `key` names a catalog message, `params` fill its placeholders."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:  # readable in logs and tests without a catalog
        from frentor.i18n import translate

        return translate(self.key, "en", **self.params)


class StoreError(FrentorError):
    """The database cannot be opened or used (locked, unreadable, too new)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: which field, optionally which row, and why."""

    field: str
    key: str
    row: int | None = None
    params: dict[str, Any] = field(default_factory=dict)


class ValidationError(FrentorError):
    """One or more problems with user input; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("error.validation", count=len(problems))
        self.problems = problems

    @classmethod
    def single(cls, field_name: str, key: str, **params: Any) -> ValidationError:
        return cls([Problem(field=field_name, key=key, params=params)])
