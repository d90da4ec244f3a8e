"""Detail tab "Stage & next step": the next action, keep-in-touch interval and links; where the person is in the
pipeline, what the method expects before the next move, and the move itself (never blocked)."""

from __future__ import annotations

import streamlit as st

from frentor.errors import ValidationError
from frentor.markdown import escape_markdown
from frentor.people import STAGES, Person
from frentor.stages import PAUSED, expectations, move_stage, next_stage
from frentor.store import Store
from frentor.ui.actions import act_in_fragment, show_failure
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.charts import CHARTS
from frentor.ui.people.detail import DETAIL
from frentor.ui.people.labels import stage_label
from frentor.ui.people.results import RESULTS
from frentor.validation import clean_url

MET = ":green[:material/check_circle:]"
UNMET = ":orange[:material/radio_button_unchecked:]"
MOVE_SLOT = "people_stage_move"  # where a refused move is shown


def stage_tab(store: Store, person_id: str) -> None:
    detail = data.detail(store, person_id)
    if detail is None:
        return
    _next_step(detail.person)
    _stage_move(store, detail)


def _next_step(person: Person) -> None:
    if person.next_action and person.next_action_due:
        st.markdown(
            t(
                "people.detail.next_action",
                action=escape_markdown(person.next_action),
                due=person.next_action_due.isoformat(),
            )
        )
    elif person.next_action:
        st.markdown(t("people.detail.next_action_undated", action=escape_markdown(person.next_action)))
    else:
        st.info(t("people.detail.no_next_action"), icon=":material/flag:")
    if person.keep_in_touch_days:
        st.caption(t("people.detail.keep_in_touch", days=person.keep_in_touch_days))
    else:
        st.caption(t("people.detail.keep_in_touch_default", days=person.effective_keep_in_touch_days))
    if person.channels:
        st.caption(t("people.detail.links"))
        link_columns = st.columns(min(len(person.channels), 4))
        for index, (platform, url) in enumerate(person.channels):
            column = link_columns[index % len(link_columns)]
            safe_url = _safe_link(url)
            if safe_url:
                column.link_button(platform or safe_url, safe_url, icon=":material/open_in_new:")
            else:
                column.text(platform or url)


def _safe_link(url: str) -> str:
    """The link if it is one a button may open, else "" (stored links were checked on save: this is a second
    check before anything becomes clickable)."""
    try:
        return clean_url(url, "field.url")
    except ValidationError:
        return ""


def _stage_move(store: Store, detail: data.PersonDetail) -> None:
    person = detail.person
    pid = person.id
    st.markdown("**" + t("people.stage.title") + "**")
    st.markdown(
        " → ".join(f"**{stage_label(s)}**" if s == person.stage else stage_label(s) for s in STAGES if s != PAUSED)
        + (f" · **{stage_label(PAUSED)}**" if person.stage == PAUSED else "")
    )
    targets = [s for s in STAGES if s != person.stage]
    suggested = next_stage(person.stage)
    target = st.selectbox(
        t("people.stage.move_to"),
        targets,
        index=targets.index(suggested) if suggested in targets else 0,
        format_func=stage_label,
        key=f"person_stage_target_{pid}",
    )
    checks = expectations(target, detail.facts)
    if checks:
        st.markdown(t("people.stage.expect", stage=stage_label(target)))
        st.markdown("\n".join(f"- {MET if c.met else UNMET} {t(f'stage_rule.{c.rule}')}" for c in checks))
        if all(c.met for c in checks):
            st.success(t("people.stage.all_met"), icon=":material/check:")
        else:
            st.warning(t("people.stage.some_unmet"), icon=":material/info:")
    else:
        st.caption(t("people.stage.expect_none"))
    show_failure(MOVE_SLOT)
    st.button(
        t("people.stage.move", stage=stage_label(target)),
        key=f"person_stage_move_{pid}",
        type="primary",
        on_click=_move,
        args=(store, pid, target),
    )


def _move(store: Store, person_id: str, target: str) -> None:
    # The chosen target is now the current stage, no longer an option: the picker falls back to the next suggestion.
    act_in_fragment(
        MOVE_SLOT,
        lambda: move_stage(store, person_id, target),
        success=lambda moved: (
            t("people.stage.moved_unmet", stage=stage_label(target), count=len(moved.unmet))
            if moved.unmet
            else t("people.stage.moved", stage=stage_label(target))
        ),
        rerun=[DETAIL, RESULTS, CHARTS],  # the stage shows in the view's summary, the table and the funnel
    )
