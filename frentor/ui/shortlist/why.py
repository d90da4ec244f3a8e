"""Why each score: one line per part with its points out of the most it can give, and the skill trades possible."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
import streamlit as st

from frentor import scoring
from frentor.markdown import escape_markdown
from frentor.scoring import PARTS
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.shortlist import data


def one_decimal(value: float) -> str:
    """Half-up rounding, the same as the table shows (Python's format would round 51.25 to 51.2)."""
    return str(Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def why_explanations(store: Store, frame: pd.DataFrame, weights: dict[str, int]) -> None:
    """An expander per person (the top three open) with the reasons behind their score and the trades."""
    st.subheader(t("shortlist.why.title"))
    found = data.reasons(store, tuple(frame["id"]))
    shares = scoring.weight_shares(weights)
    for row in frame.itertuples():
        label = t("shortlist.why.person", rank=row.rank, name=escape_markdown(row.name), score=one_decimal(row.score))
        with st.expander(label, expanded=row.rank <= 3):
            lines = why_lines(row, found.shared_passions.get(row.id, []), shares)
            st.markdown("\n".join(f"- {line}" for line in lines))
            person_trades = found.trades.get(row.id, [])
            if person_trades:
                st.markdown("**" + t("trades.title") + "**")
                st.markdown(
                    "\n".join(
                        "- " + t(f"trades.i_{'give' if trade.i_give else 'get'}", skill=escape_markdown(trade.skill))
                        for trade in person_trades
                    )
                )


def why_lines(row, titles: list[str], shares: dict[str, float]) -> list[str]:
    """One line per part for a ranking row: what it found, and its points of the most the part can give."""
    explanations = {
        "passion": t(
            "shortlist.why.passion",
            shared=row.shared_passions,
            titles=", ".join(escape_markdown(x) for x in titles),
        )
        if row.shared_passions
        else t("shortlist.why.passion_none"),
        "skills": t("shortlist.why.skills", gives=row.they_need_i_offer, gets=row.they_offer_i_want),
        "reach": t("shortlist.why.reach", tier=t(f"tier.{row.reach_tier}")),
        "engagement": t("shortlist.why.engagement", points=f"{row.given_recent:g}", days=scoring.ENGAGEMENT_DAYS),
    }
    return [
        t(
            "shortlist.why.line",
            part=t(f"part.{part}"),
            explanation=explanations[part],
            points=one_decimal(getattr(row, f"points_{part}")),
            max=one_decimal(shares[part] * 100),
        )
        for part in PARTS
    ]
