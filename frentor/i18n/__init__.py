"""One translation layer for every user-facing string.

Why a small catalog module and not gettext: the catalogs are plain Python dicts kept next to each other per area
(each key holds its English and Chinese text side by side), so a missing translation is a failing test, not a
silent fallback, and there is no compile step for .mo files on Streamlit Community Cloud.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

LANGUAGES: dict[str, str] = {"en": "English", "zh": "简体中文"}
DEFAULT_LANGUAGE = "en"

# Each area owns one module with MESSAGES = {key: {"en": ..., "zh": ...}}.
_AREAS = ("core", "discover", "connect", "exchange", "balance", "reports", "hosting", "safety", "contacts", "coaching")


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in _AREAS:
        module = importlib.import_module(f"frentor.i18n.{area}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise ValueError(f"translation key {key!r} is defined twice (again in {area})")
            merged[key] = texts
    return merged


CATALOG: Mapping[str, Mapping[str, str]] = _load()


def normalise_language(code: str | None) -> str:
    """Map a browser locale such as 'zh-CN' or 'en_US' to one of LANGUAGES."""
    if not code:
        return DEFAULT_LANGUAGE
    primary = code.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


def translate(key: str, lang: str, **params: Any) -> str:
    """The text for `key` in `lang`, with {placeholders} filled. Unknown keys raise: a typo must fail a test."""
    texts = CATALOG[key]
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text
