"""One way to act: run a domain call, show what went wrong or confirm what was done, and refresh the page.

    if st.button(...):
        act(lambda: people.add_person(store, new), success=t("people.added", name=new.name))

A FrentorError is shown where the action was taken and nothing else happens (domain writes are transactional, so
nothing was changed). On success a toast is queued (it must outlive the rerun that follows, or it would vanish
before anyone reads it), and the app reruns so every table and chart shows the change.

For widget callbacks (on_click / on_change), which run before the script (whose run follows anyway), use
`act_in_callback(slot, ...)` and call `show_failure(slot)` where the form is drawn, so an error appears next to the
form and not at the top of the page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import ParamSpec, TypeVar

import streamlit as st
from streamlit.errors import StreamlitAPIException

from frentor.errors import FrentorError
from frentor.ui.errors import error_boundary, show_error

T = TypeVar("T")
_TOASTS = "frentor_pending_toasts"
_FAILURES = "frentor_pending_failures"
SUCCESS_ICON = ":material/check_circle:"

Success = str | Callable[[T], str] | None


def act(call: Callable[[], T], *, success: Success = None, rerun: bool = True) -> T | None:
    """Run `call()`. On a FrentorError: show it here and return None. On success: queue the toast and rerun the app;
    with rerun=False, show the toast now and return the result."""
    try:
        result = call()
    except FrentorError as exc:
        show_error(exc)
        return None
    message = _success_text(success, result)
    if not rerun:
        if message:
            st.toast(message, icon=SUCCESS_ICON)
        return result
    if message:
        queue_toast(message)
    st.rerun()


def act_in_callback(slot: str, call: Callable[[], T], *, success: Success = None) -> T | None:
    """`act` for widget callbacks: a failure is kept for `show_failure(slot)`; Streamlit reruns by itself after."""
    try:
        result = call()
    except FrentorError as exc:
        st.session_state.setdefault(_FAILURES, {})[slot] = exc
        return None
    message = _success_text(success, result)
    if message:
        queue_toast(message)
    return result


def show_failure(slot: str) -> None:
    """Show (once) the error a callback kept under `slot`, where the form it came from is drawn."""
    failures = st.session_state.get(_FAILURES) or {}
    exc = failures.pop(slot, None)
    if exc is not None:
        show_error(exc)


def queue_toast(message: str) -> None:
    """A toast shown at the top of the next run of any page (it survives st.rerun and st.switch_page)."""
    st.session_state.setdefault(_TOASTS, []).append(message)


def show_pending_toast() -> None:
    """Called by the page setup on every run."""
    for message in st.session_state.pop(_TOASTS, None) or []:
        st.toast(message, icon=SUCCESS_ICON)


def _success_text(success: Success, result: object) -> str | None:
    return success(result) if callable(success) else success


# -- Parts of a page that rerun on their own (st.fragment) -------------------------------------------------------------
P = ParamSpec("P")


def fragment(key: str | None = None) -> Callable[[Callable[P, None]], Callable[P, None]]:
    """`st.fragment(key=key)` for a part of a page: a widget inside it reruns only this part. The part gets its own
    error boundary (a fragment rerun runs outside the page's) and shows the toasts of acts (the page setup, which
    shows them on a full run, does not run). Name it with `key` so that act_in_fragment can rerun it."""

    def decorate(draw: Callable[P, None]) -> Callable[P, None]:
        @functools.wraps(draw)  # Streamlit tells fragments apart by module + qualname: keep the part's own
        def part(*args: P.args, **kwargs: P.kwargs) -> None:
            show_pending_toast()
            with error_boundary():
                draw(*args, **kwargs)

        return st.fragment(part, key=key)

    return decorate


def act_in_fragment(
    slot: str, call: Callable[[], T], *, success: Success = None, rerun: str | Sequence[str] = "app"
) -> None:
    """`act_in_callback` for the callback of a widget inside a fragment. On success, rerun `rerun`: the keys of the
    fragments that show what `call` changed, or "app" for the whole app (Streamlit 1.67 reruns keyed fragments only
    from a callback; a key not drawn on this page means the whole app). On a FrentorError only the widget's own
    fragment reruns, where show_failure(slot) shows it."""
    try:
        result = call()
    except FrentorError as exc:
        st.session_state.setdefault(_FAILURES, {})[slot] = exc
        return
    message = _success_text(success, result)
    if message:
        queue_toast(message)
    try:
        st.rerun(rerun if isinstance(rerun, str) else list(rerun))
    except StreamlitAPIException:
        st.rerun()  # a part named in `rerun` is not drawn on this page: rerun the whole app
