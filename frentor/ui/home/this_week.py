"""This week: what you gave and received this week and the week before, who is due, the report backs still open,
the week's reflection prompt, the habit of giving (weeks in a row), and a one-click "Review done" that records the
week (with an optional reflection) and can be taken back."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor.charts.habit import giving_habit
from frentor.markdown import escape_markdown
from frentor.report_back import FollowUp
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.balance.charts import show_chart
from frentor.ui.coaching import data
from frentor.ui.coaching.composer import COMPOSE_TAB
from frentor.ui.coaching.labels import help_label
from frentor.ui.i18n import t
from frentor.ui.people.picker import open_person
from frentor.validation import REFLECTION_LIMIT
from frentor.weekly_review import WeeklyReview, mark_review_done, undo_review

REPORT_BACKS_SHOWN = 5  # the soonest due; the rest wait their turn (Home must stay short on a phone)
CHART_HEIGHT = 260
METRIC_WIDTH = 170  # two side by side on a phone


def this_week(store: Store, today: dt.date) -> None:
    review = data.weekly(store, today)
    with st.container(key="home_this_week"):
        st.subheader(t("review.title"))
        week = review.this_week
        st.caption(t("review.week_of", start=week.week_start.isoformat(), end=week.week_end.isoformat()))
        _figures(review)
        _habit_chart(review)
        _due(review)
        _report_backs(review.report_backs)
        _reflection(store, review)


def _figures(review: WeeklyReview) -> None:
    this, last = review.this_week, review.last_week
    habit = review.habit
    with st.container(horizontal=True, gap="small"):
        for label, now, before in (
            ("review.metric.gave", this.gave_count, last.gave_count),
            ("review.metric.received", this.received_count, last.received_count),
            ("review.metric.messages", this.messages, last.messages),
        ):
            st.metric(
                t(label),
                now,
                delta=now - before,
                delta_color="normal" if label != "review.metric.received" else "off",
                border=True,
                help=t("review.last_week", value=before),
                delta_description=t("review.vs_last_week"),
                width=METRIC_WIDTH,
            )
        st.metric(
            t("review.metric.run"),
            habit.current_streak,
            border=True,
            help=t("review.metric.run_help", weeks=habit.best_streak),
            width=METRIC_WIDTH,
        )
    if not habit.gave_this_week and habit.current_streak > 0:
        st.info(t("review.streak_open", weeks=habit.current_streak), icon=":material/local_fire_department:")


def _habit_chart(review: WeeklyReview) -> None:
    weeks = review.habit.weeks[["week_start", "acts", "streak"]]  # a dozen rows, one a week
    labels = (t("review.chart.title"), t("review.chart.week"), t("review.chart.acts"), t("review.chart.streak"))
    show_chart(
        "home_habit_chart",
        (weeks, labels),
        lambda: giving_habit(
            weeks,
            title=labels[0],
            x_title=labels[1],
            acts_label=labels[2],
            streak_label=labels[3],
            height=CHART_HEIGHT,
        ),
        t("review.chart.caption"),
    )


def _due(review: WeeklyReview) -> None:
    st.markdown("**" + t("review.due") + "**")
    people = [escape_markdown(n.title) for n in review.due if n.person_id]
    st.markdown(", ".join(people) if people else t("review.nobody_due"))


def _report_backs(report_backs: list[FollowUp]) -> None:
    st.markdown("**" + t("review.report_backs") + "**")
    if not report_backs:
        st.markdown(t("review.no_report_backs"))
        return
    for follow_up in report_backs[:REPORT_BACKS_SHOWN]:
        line = t(
            "review.report_back_item",
            name=escape_markdown(follow_up.person),
            help=help_label(follow_up.kind_key),
            date=follow_up.received_on.isoformat(),
            due=follow_up.due_on.isoformat(),
        )
        with st.container(horizontal=True, vertical_alignment="center", gap="small"):
            st.markdown(line, width="stretch")
            if st.button(
                t("home.action.write_report_back"),
                key=f"home_week_write_{follow_up.id}",
                icon=":material/edit:",
                type="tertiary",
            ):
                open_person(follow_up.person_id, tab=COMPOSE_TAB, follow_up_id=follow_up.id)


def _reflection(store: Store, review: WeeklyReview) -> None:
    st.markdown("**" + t("review.prompt_title") + "**")
    st.info(t(review.prompt_key), icon=":material/psychology:")
    today = review.today
    if review.done:
        st.success(t("review.done_already"), icon=":material/task_alt:")
        if review.reflection:
            st.caption(t("review.your_reflection", text=escape_markdown(review.reflection)))
        if st.button(t("review.undo"), key="home_review_undo", icon=":material/undo:"):
            act(
                lambda: undo_review(store, today),
                success=t("review.undone", date=review.week_start.isoformat()),
            )
        return
    with st.form("home_review_form", border=False):
        st.text_area(
            t("field.review_reflection"),
            key="home_review_reflection",
            max_chars=REFLECTION_LIMIT,
            help=t("review.reflection_help"),
            height=80,
        )
        done = st.form_submit_button(
            t("review.mark_done"), key="home_review_done", type="primary", icon=":material/task_alt:"
        )
    if done:
        reflection = st.session_state.get("home_review_reflection") or ""
        act(
            lambda: mark_review_done(store, today, reflection),
            success=lambda week: t("review.marked_done", date=week.isoformat()),
        )
