"""Current language of the session and the `t()` every page uses for its text."""

from __future__ import annotations

from typing import Any

import streamlit as st

from frentor.i18n import LANGUAGES, normalise_language, translate

_SESSION_KEY = "frentor_language"
LANGUAGE_SETTING = "language"


def browser_language() -> str:
    try:
        return normalise_language(st.context.locale)
    except Exception:  # no browser context (e.g. bare script or older runtime)
        return normalise_language(None)


def init_language(saved: str | None) -> str:
    """Pick the session's language once: saved workspace choice, else the browser's, else English."""
    if _SESSION_KEY not in st.session_state:
        st.session_state[_SESSION_KEY] = saved if saved in LANGUAGES else browser_language()
    return st.session_state[_SESSION_KEY]


def language_chosen() -> bool:
    """Whether this session's language is picked already (then the saved choice need not be read again)."""
    return _SESSION_KEY in st.session_state


def current_language() -> str:
    return st.session_state.get(_SESSION_KEY, "en")


def set_language(lang: str) -> None:
    st.session_state[_SESSION_KEY] = lang


def t(key: str, **params: Any) -> str:
    return translate(key, current_language(), **params)


def language_picker(key: str, width: int | str = "stretch") -> str | None:
    """The language select box; the language the user just picked (already in effect for the next run), else None.
    The caller saves it where it belongs and reruns."""
    languages = list(LANGUAGES)
    chosen = st.selectbox(
        t("sidebar.language"),
        languages,
        index=languages.index(current_language()),
        format_func=LANGUAGES.__getitem__,
        key=key,
        width=width,
    )
    if chosen == current_language():
        return None
    set_language(chosen)
    return chosen
