"""Turning errors into clear messages: the user never sees a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from frentor.errors import FrentorError, ValidationError
from frentor.ui.i18n import t

log = logging.getLogger("frentor")

_MAX_LISTED = 20


def problem_lines(exc: ValidationError) -> list[str]:
    lines = []
    for problem in exc.problems[:_MAX_LISTED]:
        message = t(problem.key, **problem.params)
        field = t(problem.field) if problem.field.startswith("field.") else problem.field
        if problem.row is None:
            lines.append(t("error.field", field=field, message=message))
        else:
            lines.append(t("error.field_row", row=problem.row, field=field, message=message))
    return lines


def show_error(exc: FrentorError) -> None:
    if isinstance(exc, ValidationError):
        st.error("\n".join([t(exc.key, **exc.params), *(f"- {line}" for line in problem_lines(exc))]))
    else:
        st.error(t(exc.key, **exc.params))


@contextmanager
def error_boundary() -> Iterator[None]:
    """Around a whole page: known errors become their message, anything else a calm generic one (logged)."""
    try:
        yield
    except FrentorError as exc:
        show_error(exc)
    except Exception:
        log.exception("unexpected error while rendering a page")
        st.error(t("error.unexpected"))
