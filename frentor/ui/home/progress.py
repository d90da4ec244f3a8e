"""Where you are: what the workspace holds, a backup reminder when one is due, and the method step by step."""

from __future__ import annotations

import streamlit as st

from frentor import method_progress
from frentor.backup import BACKUP_REMINDER_DAYS, backup_is_due
from frentor.store import Store
from frentor.ui.caching import cached_read
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link

STATUS_ICONS = {
    "done": ":material/check_circle:",
    "doing": ":material/pending:",
    "todo": ":material/radio_button_unchecked:",
}


def summary_line(store: Store, counts: dict[str, int]) -> None:
    st.markdown(
        t("home.counts", passions=counts["passions"], people=counts["people"], entries=counts["ledger_entries"])
    )
    if _backup_is_due(store, tuple(sorted(counts.items()))):
        with st.container(border=True, key="home_backup_reminder"):
            st.warning(t("backup.reminder", days=BACKUP_REMINDER_DAYS), icon=":material/backup:")
            page_link("reports", t("home.backup_action"))


@cached_read(max_entries=64)
def _backup_is_due(store: Store, counts: tuple[tuple[str, int], ...]) -> bool:
    # Until the workspace's next write (an export or backup records itself there) or an hour: Home reruns on every
    # click and the reminder's fourteen days do not need a database read each time.
    return backup_is_due(store, counts=dict(counts))


def current_step(steps: list[method_progress.StepProgress]) -> None:
    current = method_progress.current_step(steps)
    if current is None:
        st.success(t("home.method.all_done"), icon=":material/emoji_events:")
        return
    with st.container(border=True, key="home_current_step"):
        title = t(f"method.step.{current.key}")
        st.markdown("**" + t("home.method.you_are_here", number=current.number, title=title) + "**")
        page_link(current.page, t(f"method.action.{current.action}"))


def method_steps(steps: list[method_progress.StepProgress]) -> None:
    st.subheader(t("home.method.title"))
    for step in steps:
        with st.container(border=True, key=f"home_step_{step.number}"):
            title = t("home.step.title", number=step.number, title=t(f"method.step.{step.key}"))
            st.markdown(f"{STATUS_ICONS[step.status]} **{title}** · {t(f'method.status.{step.status}')}")
            st.caption(t(f"method.facts.{step.key}", **step.facts))
            page_link(step.page, t(f"method.action.{step.action}"))
