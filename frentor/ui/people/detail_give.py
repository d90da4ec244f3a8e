"""Detail tab "Give & trade": what to give before asking, the skill trades you could offer, and a quick log."""

from __future__ import annotations

import streamlit as st

from frentor.give_first import GiveFirstAdvice
from frentor.markdown import escape_markdown
from frentor.skill_trades import SkillTrade
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.ledger.quick_log import quick_log
from frentor.ui.people import data


def give_tab(store: Store, person_id: str) -> None:
    detail = data.detail(store, person_id)
    if detail is None:
        return
    st.markdown("**" + t("give_first.title") + "**")
    _advice(detail.advice)
    st.markdown("**" + t("trades.title") + "**")
    _trades(detail.trades)
    quick_log(store, person_id=person_id, key=f"person_ql_{person_id}")


def _advice(advice: GiveFirstAdvice | None) -> None:
    if advice is None:
        st.success(t("give_first.ok"), icon=":material/volunteer_activism:")
        return
    given = t("give_first.given", points=f"{advice.given_points:g}") if advice.has_given else None
    lines = [given or t("give_first.not_given")]
    if advice.missing_homework:
        lines.append(
            t("give_first.missing_homework", items="; ".join(t(f"homework.{i}") for i in advice.missing_homework))
        )
    if advice.offer_skills:
        lines.append(t("give_first.offer_skills", skills=", ".join(escape_markdown(s) for s in advice.offer_skills)))
    lines.append(t("give_first.suggest", kinds=", ".join(t(f"kind.{k}") for k in advice.suggestions)))
    st.warning("\n\n".join(lines), icon=":material/volunteer_activism:")


def _trades(trades: list[SkillTrade]) -> None:
    if not trades:
        st.caption(t("trades.none"))
        return
    st.markdown(
        "\n".join(
            f"- {t('trades.i_give' if trade.i_give else 'trades.i_get', skill=escape_markdown(trade.skill))}"
            for trade in trades
        )
    )
