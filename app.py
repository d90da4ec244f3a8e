"""Home: where you are in the method, this month's figures, and a handful of things to do today."""

import datetime as dt

import streamlit as st

from frentor import balance, health, method_progress, nudges
from frentor.backup import BACKUP_REMINDER_DAYS, backup_is_due
from frentor.demo import load_demo
from frentor.markdown import escape_markdown
from frentor.store import Store, counts_are_empty
from frentor.ui import balance_data as data
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.people.picker import open_person
from frentor.ui.quick_log import quick_log
from frentor.ui.widgets import empty_state, page_header

with page("home") as store:
    STATUS_ICONS = {
        "done": ":material/check_circle:",
        "doing": ":material/pending:",
        "todo": ":material/radio_button_unchecked:",
    }

    def _nudge_text(nudge: nudges.Nudge) -> str:
        name = escape_markdown(nudge.title)
        if nudge.kind == "check_in":
            return t("home.nudge.check_in", name=name, days=nudge.days, interval=nudge.interval)
        if nudge.kind == "first_give":
            return t("home.nudge.first_give", name=name, role=t(f"role.{nudge.role}"))
        when = nudge.on.isoformat() if nudge.on else ""
        if nudge.days == 0:
            return t("home.nudge.event_today", name=name, date=when)
        return t("home.nudge.event", name=name, date=when, days=nudge.days)

    def _show_nudge(store: Store, index: int, nudge: nudges.Nudge) -> None:
        icon = {"check_in": ":material/schedule:", "first_give": ":material/volunteer_activism:"}.get(
            nudge.kind, ":material/event:"
        )
        with st.container(border=True, key=f"home_nudge_{index}"):
            st.markdown(f"{icon} {_nudge_text(nudge)}")
            with st.container(horizontal=True, gap="small"):
                if nudge.person_id:
                    if st.button(
                        t("home.action.open_person"), key=f"home_nudge_open_{index}", icon=":material/person:"
                    ):
                        open_person(nudge.person_id)
                    # The form is built only while its popover is open: seven hidden forms would slow every rerun.
                    popover = st.popover(
                        t("home.action.log_value"),
                        icon=":material/add_circle:",
                        key=f"home_nudge_log_{index}",
                        on_change="rerun",
                    )
                    if popover.open:
                        with popover:
                            st.caption(t("home.action.log_for", name=escape_markdown(nudge.title)))
                            quick_log(store, person_id=nudge.person_id, key=f"home_quick_log_{index}")
                else:
                    if nudge.url:
                        st.link_button(t("home.action.open_event"), nudge.url, icon=":material/open_in_new:")
                    page_link("ledger", t("home.action.log_volunteering"))

    def _show_steps(steps: list[method_progress.StepProgress]) -> None:
        for step in steps:
            with st.container(border=True, key=f"home_step_{step.number}"):
                st.markdown(
                    f"{STATUS_ICONS[step.status]} **"
                    + t("home.step.title", number=step.number, title=t(f"method.step.{step.key}"))
                    + "** · "
                    + t(f"method.status.{step.status}")
                )
                st.caption(t(f"method.facts.{step.key}", **step.facts))
                page_link(step.page, t(f"method.action.{step.action}"))

    page_header("home", "home.purpose")
    counts = data.table_counts(store)

    if counts_are_empty(counts):
        empty_state("home.empty", next_page="passions")
        if st.button(t("home.load_demo"), key="home_load_demo", icon=":material/auto_awesome:"):
            summary = load_demo(store)
            st.toast(t("home.demo_loaded", people=summary.people, entries=summary.entries))
            st.rerun()
    else:
        today = dt.date.today()
        st.markdown(
            t(
                "home.counts",
                passions=counts["passions"],
                people=counts["people"],
                entries=counts["ledger_entries"],
            )
        )
        if backup_is_due(store, counts=counts):
            with st.container(border=True, key="home_backup_reminder"):
                st.warning(t("backup.reminder", days=BACKUP_REMINDER_DAYS), icon=":material/backup:")
                page_link("reports", t("home.backup_action"))
        steps = data.method_steps(store, today)
        current = method_progress.current_step(steps)
        if current is None:
            st.success(t("home.method.all_done"), icon=":material/emoji_events:")
        else:
            with st.container(border=True, key="home_current_step"):
                st.markdown(
                    "**"
                    + t("home.method.you_are_here", number=current.number, title=t(f"method.step.{current.key}"))
                    + "**"
                )
                page_link(current.page, t(f"method.action.{current.action}"))

        # Key figures
        st.subheader(t("home.figures"))
        labels, active = data.health_summary(store, today)
        this_month = balance.month_start(today)
        months = data.network_month_totals(store, balance.add_months(this_month, -1), this_month)
        last, this = months.iloc[0], months.iloc[-1]
        f1, f2, f3, f4 = st.columns(4)
        f1.metric(
            t("home.metric.given"),
            data.points_text(float(this["given"])),
            delta=data.points_text(float(this["given"] - last["given"]), signed=True),
            border=True,
            help=t("home.metric.vs_last_month", value=data.points_text(float(last["given"]))),
        )
        f2.metric(
            t("home.metric.received"),
            data.points_text(float(this["received"])),
            delta=data.points_text(float(this["received"] - last["received"]), signed=True),
            delta_color="off",
            border=True,
            help=t("home.metric.vs_last_month", value=data.points_text(float(last["received"]))),
        )
        f3.metric(
            t("home.metric.active"),
            active,
            border=True,
            help=t("home.metric.active_help", days=health.ACTIVE_DAYS),
        )
        f4.metric(
            t("home.metric.overdue"),
            labels["check_in"],
            border=True,
            help=t("home.metric.overdue_help"),
        )

        # Today
        st.subheader(t("home.today"))
        todo = data.today_nudges(store, today)
        if not todo:
            st.success(t("home.nudges.none"), icon=":material/done_all:")
        for index, nudge in enumerate(todo):
            _show_nudge(store, index, nudge)
        page_link("balance", t("home.see_health"))

        # The method, step by step
        st.subheader(t("home.method.title"))
        _show_steps(steps)
