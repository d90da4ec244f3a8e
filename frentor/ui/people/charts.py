"""The overview charts: people per stage (a funnel) and per role. Drawn last on the page, so that finding and
acting on a person comes first, also on a phone. A fragment (key CHARTS), so a stage move can rerun it alone."""

from __future__ import annotations

import streamlit as st

from frentor.charts.people import pipeline_funnel, role_mix
from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.ui.actions import fragment
from frentor.ui.caching import cached_figure
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.labels import role_label, stage_label
from frentor.ui.widgets import chart

CHARTS = "people_charts"  # fragment key


@fragment(key=CHARTS)
def overview_charts(store: Store) -> None:
    counts = data.counts(store)
    st.divider()
    chart_left, chart_right = st.columns(2)
    funnel = cached_figure(
        "people_funnel",
        (counts.stages,),
        lambda: pipeline_funnel(
            counts.stages,
            stage_labels={s: stage_label(s) for s in STAGES},
            title=t("people.chart.funnel"),
            x_title=t("people.chart.people_axis"),
        ),
    )
    roles = cached_figure(
        "people_roles",
        (counts.roles,),
        lambda: role_mix(
            counts.roles,
            role_labels={r: role_label(r) for r in ROLES},
            title=t("people.chart.roles"),
            y_title=t("people.chart.people_axis"),
        ),
    )
    with chart_left:
        chart(funnel, key="people_chart_funnel")
        st.caption(t("people.chart.funnel_caption"))
    with chart_right:
        chart(roles, key="people_chart_roles")
        st.caption(t("people.chart.roles_caption"))
