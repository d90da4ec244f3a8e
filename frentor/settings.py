"""Every per-workspace setting: its key, what a valid value is, and its default.

A stored setting is hostile input: an imported settings.csv, a crafted snapshot, an older Frentor or a hand-edited
database can leave any text in the table, and the app reads some settings before any page's error boundary. So
every value goes through here both ways: `encode` refuses to write a bad one (a programming error), `decode`
refuses to trust one (the store then logs a warning and uses the default), and import refuses a file with an
unknown key or a bad value, naming the row (frentor.importer).

No store import: the store checks every value it reads through this module.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from frentor.i18n import LANGUAGES
from frentor.validation import NAME_LIMIT, clean_text

LANGUAGE = "language"
LAST_BACKUP_AT = "last_backup_at"
SHORTLIST_WEIGHTS = "shortlist_weights"
SENDER_NAME = "sender_name"  # how the user signs the messages the composer drafts ("" = not given yet)

SHORTLIST_PARTS: tuple[str, ...] = ("passion", "skills", "reach", "engagement")
DEFAULT_SHORTLIST_WEIGHTS: dict[str, int] = {"passion": 35, "skills": 30, "reach": 15, "engagement": 20}
WEIGHT_MAX = 100
# No setting needs more text than this; a longer stored value is refused before it is parsed.
MAX_VALUE_CHARS = 4096


class BadSetting(ValueError):
    """A stored or imported value that is not valid for its key."""


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any  # returned (as a copy) when nothing valid is stored
    check: Callable[[Any], Any]  # the clean value from the decoded JSON, or raises BadSetting
    importable: bool = True  # False: the value describes this database, not the user's data (never carried over)


def _language(value: Any) -> str:
    if isinstance(value, str) and value in LANGUAGES:
        return value
    raise BadSetting("not a language Frentor speaks")


def _local_timestamp(value: Any) -> str:
    """An ISO date-time without a time zone (Frentor compares it with the local now(); an aware one would fail)."""
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if moment.tzinfo is None:
                return value
    raise BadSetting("not a local ISO date-time")


def _weights(value: Any) -> dict[str, int]:
    """Whole numbers 0..WEIGHT_MAX for known parts; missing parts take their default."""
    # type() is int: a JSON true is a Python bool, which isinstance(.., int) would let through.
    if (
        isinstance(value, dict)
        and set(value) <= set(SHORTLIST_PARTS)
        and all(type(weight) is int and 0 <= weight <= WEIGHT_MAX for weight in value.values())
    ):
        return {**DEFAULT_SHORTLIST_WEIGHTS, **value}
    raise BadSetting("not shortlist weights")


def _sender_name(value: Any) -> str:
    """One line of at most NAME_LIMIT characters, without control characters ("" means none)."""
    if isinstance(value, str) and len(value) <= NAME_LIMIT and value == value.strip() and value.isprintable():
        return value
    raise BadSetting("not a name to sign messages with")


def clean_sender_name(value: object) -> str:
    """A typed name as the sender_name setting keeps it: other spaces become plain ones, invisible characters (such
    as direction overrides) go; too long raises ValidationError for the field."""
    text = clean_text(value, "field.sender_name", limit=NAME_LIMIT)
    text = "".join(ch if ch.isprintable() else " " if ch.isspace() else "" for ch in text)
    return " ".join(text.split())


SETTINGS: dict[str, Setting] = {
    setting.key: setting
    for setting in (
        Setting(LANGUAGE, None, _language),  # None: not chosen yet, the browser's language is used
        Setting(LAST_BACKUP_AT, None, _local_timestamp, importable=False),  # None: never backed up
        Setting(SHORTLIST_WEIGHTS, DEFAULT_SHORTLIST_WEIGHTS, _weights),
        Setting(SENDER_NAME, "", _sender_name),
    )
}


def setting(key: str) -> Setting:
    """The registered setting `key`; an unknown key is a programming error (register it above)."""
    try:
        return SETTINGS[key]
    except KeyError:
        raise ValueError(f"unknown setting {key!r}: register it in frentor.settings") from None


def default(key: str) -> Any:
    return copy.deepcopy(setting(key).default)


def encode(key: str, value: Any) -> str:
    """The JSON text to store for `key`; raises ValueError (BadSetting) when the value is not valid for it."""
    clean = setting(key).check(value)
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def decode(key: str, text: str) -> Any:
    """The clean value of stored `text` for the known `key`; raises BadSetting for anything else."""
    check = setting(key).check
    if not isinstance(text, str) or len(text) > MAX_VALUE_CHARS:
        raise BadSetting("not text, or too long")
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: deeply nested brackets
        raise BadSetting("not JSON") from None
    return check(value)
