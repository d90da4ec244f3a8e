"""The period's figures: given, received, net, and the balance to date."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import balance
from frentor.ui.balance.data import points_text
from frentor.ui.i18n import t


def period_figures(monthly: pd.DataFrame) -> None:
    """Four metrics from the monthly frame, and a note when nothing was exchanged in the period."""
    summary = balance.summarise(monthly)
    given, received, net, to_date = st.columns(4)
    given.metric(t("balance.metric.given"), points_text(summary.given), border=True)
    received.metric(t("balance.metric.received"), points_text(summary.received), border=True)
    net.metric(t("balance.metric.net"), points_text(summary.net), border=True, help=t("balance.metric.net_help"))
    to_date.metric(
        t("balance.metric.to_date"),
        points_text(summary.balance_to_date),
        border=True,
        help=t("balance.metric.to_date_help"),
    )
    if summary.given == 0 and summary.received == 0:
        st.info(t("balance.no_entries_in_range"), icon=":material/info:")
