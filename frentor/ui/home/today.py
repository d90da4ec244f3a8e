"""Today: a handful of nudges (report back, check in, give first, upcoming events), each with its next action."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import nudges
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.balance import data
from frentor.ui.coaching.composer import COMPOSE_TAB
from frentor.ui.coaching.labels import help_label
from frentor.ui.i18n import t
from frentor.ui.ledger.quick_log import quick_log
from frentor.ui.navigation import page_link
from frentor.ui.people.picker import open_person

# A few things to do first keep today doable; the rest wait, folded, below them (the nudges come most urgent first).
FIRST_SHOWN = 3

ICONS = {
    "check_in": ":material/schedule:",
    "first_give": ":material/volunteer_activism:",
    "report_back": ":material/forum:",
}


def nudge_text(nudge: nudges.Nudge) -> str:
    name = escape_markdown(nudge.title)
    when = nudge.on.isoformat() if nudge.on else ""
    if nudge.kind == "check_in":
        return t("home.nudge.check_in", name=name, days=nudge.days, interval=nudge.interval)
    if nudge.kind == "first_give":
        return t("home.nudge.first_give", name=name, role=t(f"role.{nudge.role}"))
    if nudge.kind == "report_back":
        return t("home.nudge.report_back", name=name, help=help_label(nudge.about), date=when)
    if nudge.days == 0:
        return t("home.nudge.event_today", name=name, date=when)
    return t("home.nudge.event", name=name, date=when, days=nudge.days)


def _person_actions(store: Store, index: int, nudge: nudges.Nudge) -> None:
    if nudge.kind == "report_back" and st.button(
        t("home.action.write_report_back"), key=f"home_nudge_write_{index}", type="primary", icon=":material/edit:"
    ):
        open_person(nudge.person_id, tab=COMPOSE_TAB, follow_up_id=nudge.follow_up_id)
    if st.button(t("home.action.open_person"), key=f"home_nudge_open_{index}", icon=":material/person:"):
        open_person(nudge.person_id)
    # The form is built only while its popover is open: seven hidden forms would slow every rerun.
    popover = st.popover(
        t("home.action.log_value"), icon=":material/add_circle:", key=f"home_nudge_log_{index}", on_change="rerun"
    )
    if popover.open:
        with popover:
            st.caption(t("home.action.log_for", name=escape_markdown(nudge.title)))
            quick_log(store, person_id=nudge.person_id, key=f"home_quick_log_{index}")


def _event_actions(nudge: nudges.Nudge) -> None:
    if nudge.url:
        st.link_button(t("home.action.open_event"), nudge.url, icon=":material/open_in_new:")
    page_link("ledger", t("home.action.log_volunteering"))


def today_nudges(store: Store, today: dt.date) -> None:
    st.subheader(t("home.today"))
    todo = data.today_nudges(store, today)
    if not todo:
        st.success(t("home.nudges.none"), icon=":material/done_all:")
    for index, nudge in enumerate(todo[:FIRST_SHOWN]):
        _nudge_card(store, index, nudge)
    if len(todo) > FIRST_SHOWN:
        with st.expander(t("home.nudges.more", count=len(todo) - FIRST_SHOWN), icon=":material/more_horiz:"):
            for index, nudge in enumerate(todo[FIRST_SHOWN:], start=FIRST_SHOWN):
                _nudge_card(store, index, nudge)
    page_link("balance", t("home.see_health"))


def _nudge_card(store: Store, index: int, nudge: nudges.Nudge) -> None:
    with st.container(border=True, key=f"home_nudge_{index}"):
        st.markdown(f"{ICONS.get(nudge.kind, ':material/event:')} {nudge_text(nudge)}")
        with st.container(horizontal=True, gap="small"):
            if nudge.person_id:
                _person_actions(store, index, nudge)
            else:
                _event_actions(nudge)
