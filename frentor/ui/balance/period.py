"""Which months and how to read them: a range preset (or custom dates) and the balance mode."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import balance
from frentor.ui.i18n import t

DEFAULT_RANGE = "12m"
DEFAULT_MODE = "cumulative"


def range_picker(today: dt.date, first_entry: dt.date | None) -> tuple[dt.date, dt.date]:
    """(first month, last month) of the chosen range (keys balance_range, balance_custom)."""
    preset = st.segmented_control(
        t("field.range"),
        list(balance.RANGE_PRESETS),
        default=DEFAULT_RANGE,
        required=True,
        format_func=lambda p: t(f"balance.range.{p}"),
        key="balance_range",
    )
    custom = None
    if preset == "custom":
        default = (balance.add_months(balance.month_start(today), -11), today)
        picked = st.date_input(t("balance.range.dates"), value=default, key="balance_custom", format="YYYY-MM-DD")
        # While the user has picked only the first day of a new range, keep the default.
        custom = (picked[0], picked[1]) if isinstance(picked, tuple | list) and len(picked) == 2 else default
    return balance.resolve_range(preset or DEFAULT_RANGE, today, first_entry, custom)


def mode_picker() -> str:
    """Cumulative, change per month or historical (key balance_mode)."""
    mode = st.segmented_control(
        t("balance.mode.label"),
        list(balance.MODES),
        default=DEFAULT_MODE,
        required=True,
        format_func=lambda m: t(f"balance.mode.{m}"),
        key="balance_mode",
        help=t("balance.mode.help"),
    )
    return mode or DEFAULT_MODE
