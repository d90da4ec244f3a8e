"""Relationship health: the rules in plain sight, and the people under each label (most urgent first)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from frentor import health
from frentor.store import Store
from frentor.ui.balance import data
from frentor.ui.errors import error_boundary
from frentor.ui.i18n import t

DEFAULT_LABEL = "check_in"


def rule_text(label: str) -> str:
    """The rule behind a health label, with the numbers it uses."""
    rules = health.DEFAULT_RULES
    return t(
        f"health.rule.{label}",
        min_exchanges=rules.min_exchanges,
        months=rules.tilt_months,
        ratio=f"{rules.tilt_ratio:g}",
        points=f"{rules.tilt_min_points:g}",
    )


def person_health(store: Store, today: dt.date, person_id: str) -> None:
    """One person's health label and its rule (nothing for someone without a relationship yet)."""
    label = data.person_label(store, today, person_id)
    if label is not None:
        st.markdown(t("balance.person.health", label=t(f"health.label.{label}"), rule=rule_text(label)))


@st.fragment
def health_section(store: Store, today: dt.date) -> None:
    """A fragment: choosing another label reruns only this section, not the charts above."""
    with error_boundary():  # a fragment rerun is outside the page's error boundary
        st.subheader(t("health.title"))
        counts, _active = data.health_summary(store, today)
        _rules()
        label = st.segmented_control(
            t("health.filter"),
            list(health.LABELS),
            default=DEFAULT_LABEL,
            required=True,
            format_func=lambda k: t("health.filter_option", label=t(f"health.label.{k}"), count=counts[k]),
            key="balance_health_label",
        )
        label = label or DEFAULT_LABEL
        st.caption(t("health.rule_line", label=t(f"health.label.{label}"), rule=rule_text(label)))
        chosen = data.health_rows(store, today, label)
        if chosen.empty:
            st.caption(t("health.none", label=t(f"health.label.{label}")))
        else:
            _table(chosen)
            if counts[label] > data.HEALTH_TABLE_ROWS:
                st.caption(t("health.more", shown=data.HEALTH_TABLE_ROWS, total=counts[label]))


def _rules() -> None:
    defaults = health.default_keep_in_touch_days()
    with st.expander(t("health.rules.title"), expanded=False, icon=":material/rule:"):
        for label in health.LABELS:
            st.markdown("- **" + t(f"health.label.{label}") + "**: " + rule_text(label))
        st.markdown(
            t(
                "health.rules.intervals",
                mentor=defaults.get("mentor", 0),
                frentor=defaults.get("frentor", 0),
                peer=defaults.get("peer", 0),
                mentee=defaults.get("mentee", 0),
            )
        )
        st.caption(t("health.rules.paused"))


def _table(chosen: pd.DataFrame) -> None:
    months = health.DEFAULT_RULES.tilt_months
    table = pd.DataFrame(
        {
            "name": chosen["name"],
            "role": [t(f"role.{r}") for r in chosen["role"]],
            "last": chosen["last_exchange"],
            "days": chosen["days_since"],
            "interval": chosen["interval_days"],
            "given": chosen["given_recent"].round(2),
            "received": chosen["received_recent"].round(2),
        }
    )
    st.dataframe(
        table,
        hide_index=True,
        key="balance_health_table",
        column_config={
            "name": st.column_config.TextColumn(t("field.name")),
            "role": st.column_config.TextColumn(t("field.role")),
            "last": st.column_config.DateColumn(t("health.col.last"), format="YYYY-MM-DD"),
            "days": st.column_config.NumberColumn(t("health.col.days")),
            "interval": st.column_config.NumberColumn(t("health.col.interval")),
            "given": st.column_config.NumberColumn(t("health.col.given", months=months), format="%.2f"),
            "received": st.column_config.NumberColumn(t("health.col.received", months=months), format="%.2f"),
        },
    )
