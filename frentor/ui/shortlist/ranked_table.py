"""The ranked table: rank, name, score and each part's points, role, stage and next action."""

from __future__ import annotations

import streamlit as st

from frentor import scoring
from frentor.scoring import PARTS
from frentor.ui.i18n import t
from frentor.ui.shortlist.weights import part_help


def ranked_table(ranking: scoring.Ranking) -> None:
    """A "showing x–y of z" line and the page of the ranking (key shortlist_table); the page must not be empty."""
    frame = ranking.frame
    st.caption(
        t("shortlist.showing", start=int(frame["rank"].iloc[0]), end=int(frame["rank"].iloc[-1]), total=ranking.total)
    )
    helps = part_help()
    shown = frame.assign(
        role=frame["role"].map(lambda r: t(f"role.{r}")),
        stage=frame["stage"].map(lambda s: t(f"stage.{s}")),
    )
    st.dataframe(
        shown,
        hide_index=True,
        key="shortlist_table",
        column_order=(
            "rank",
            "name",
            "score",
            *(f"points_{p}" for p in PARTS),
            "role",
            "stage",
            "next_action",
            "next_action_due",
        ),
        column_config={
            "rank": st.column_config.NumberColumn(t("shortlist.col.rank"), format="%d", pinned=True),
            "name": st.column_config.TextColumn(t("field.name"), pinned=True),
            "score": st.column_config.ProgressColumn(
                t("shortlist.col.score"), min_value=0, max_value=100, format="%.1f"
            ),
            **{
                f"points_{p}": st.column_config.NumberColumn(t(f"part.{p}"), format="%.1f", help=helps[p])
                for p in PARTS
            },
            "role": t("field.role"),
            "stage": t("field.stage"),
            "next_action": t("field.person_next_action"),
            "next_action_due": st.column_config.DateColumn(t("field.person_next_action_due"), format="YYYY-MM-DD"),
        },
    )
