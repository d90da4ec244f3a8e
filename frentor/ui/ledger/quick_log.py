"""Quick log: record one act of value in a few clicks, from the Ledger page, a person's view or Home.

Who, direction and kind are the only choices needed; the date is today and points come from the kind unless the
user opens "More details". Widgets run in a fragment, so choosing values does not rerun the whole page; a successful
save reruns the app once so tables and charts pick up the new entry.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import ledger
from frentor.errors import FrentorError
from frentor.give_first import advice_before_asking
from frentor.kinds import Kind
from frentor.store import Store
from frentor.ui.errors import error_boundary, show_error
from frentor.ui.i18n import t
from frentor.ui.ledger import data
from frentor.ui.ledger.counterpart import counterpart_picker
from frentor.ui.ledger.labels import direction_labels, kind_label


def _k(key: str, name: str) -> str:
    return f"{key}_{name}"


def _kind_option_labels(kinds: dict[str, Kind]) -> dict[str, str]:
    return {
        kind_id: t("quick_log.kind_option", kind=kind_label(kind), points=f"{kind.default_points:g}")
        for kind_id, kind in kinds.items()
    }


def _give_first_warning(store: Store, person_id: str) -> None:
    advice = advice_before_asking(store, person_id)
    if advice is None:
        return
    lines = []
    if not advice.has_given:
        lines.append(t("quick_log.give_first.not_given"))
    if advice.missing_homework:
        missing = ", ".join(t(f"ledger.homework.{item}") for item in advice.missing_homework)
        lines.append(t("quick_log.give_first.homework", items=missing))
    ideas = ", ".join(t(f"kind.{key}") for key in advice.suggestions)
    lines.append(t("quick_log.give_first.ideas", ideas=ideas))
    lines.append(t("quick_log.give_first.not_blocking"))
    st.warning("\n\n".join(lines), icon=":material/volunteer_activism:")


def _entry_from_state(key: str, person_id: str | None) -> ledger.NewEntry:
    state = st.session_state
    if person_id is None:
        person, community = ledger.parse_token(state.get(_k(key, "counterpart")))
    else:
        person, community = person_id, None
    return ledger.NewEntry(
        occurred_on=state.get(_k(key, "date")) or dt.date.today(),
        direction=state.get(_k(key, "direction")) or "gave",
        kind_id=state.get(_k(key, "kind")),
        person_id=person,
        community_id=community,
        points=state.get(_k(key, "points")),
        hours=state.get(_k(key, "hours")),
        passion_id=state.get(_k(key, "passion")),
        note=state.get(_k(key, "note")) or "",
    )


def _save(store: Store, key: str, person_id: str | None) -> None:
    """Button callback: runs before the script, so it may reset the form's widgets after a successful save."""
    state = st.session_state
    try:
        ledger.log_entry(store, _entry_from_state(key, person_id))
    except FrentorError as exc:
        state[_k(key, "error")] = exc
        return
    state[_k(key, "flash")] = t("quick_log.saved")
    state[_k(key, "rerun")] = True
    for name in ("points", "hours", "kind"):
        state[_k(key, name)] = None
    state[_k(key, "note")] = ""


@st.fragment
def _quick_log_fragment(store: Store, person_id: str | None, key: str) -> None:
    # A fragment rerun is not inside the router's error boundary: give it its own.
    with error_boundary():
        _quick_log_body(store, person_id, key)


def _quick_log_body(store: Store, person_id: str | None, key: str) -> None:
    state = st.session_state
    if state.pop(_k(key, "rerun"), False):
        st.rerun()  # the whole app, so tables and charts show the new entry
    flash = state.pop(_k(key, "flash"), None)
    if flash:
        st.toast(flash, icon=":material/check_circle:")

    kinds = {k.id: k for k in data.kinds(store)}
    kind_labels = _kind_option_labels(kinds)
    directions = direction_labels()
    with st.container(border=True):
        st.markdown("**" + t("quick_log.title") + "**")
        token = None
        if person_id is None:
            token = counterpart_picker(store, key=key, label=t("field.counterpart"))
        left, right = st.columns([2, 3])
        direction = left.radio(
            t("field.direction"),
            list(ledger.DIRECTIONS),
            format_func=directions.__getitem__,
            horizontal=True,
            key=_k(key, "direction"),
        )
        kind_id = right.selectbox(
            t("field.kind"),
            list(kinds),
            index=None,
            format_func=lambda kind_id: kind_labels.get(kind_id, kind_id),
            key=_k(key, "kind"),
            placeholder=t("quick_log.kind_placeholder"),
            filter_mode="contains",
        )
        with st.expander(t("quick_log.more")):
            left, right = st.columns(2)
            left.date_input(t("field.date"), value=dt.date.today(), key=_k(key, "date"), format="YYYY-MM-DD")
            chosen_kind = kinds.get(kind_id) if kind_id else None
            right.number_input(
                t("field.points"),
                min_value=0.0,
                max_value=1_000_000.0,
                value=None,
                step=0.5,
                key=_k(key, "points"),
                placeholder=(
                    t("quick_log.points_default", points=f"{chosen_kind.default_points:g}")
                    if chosen_kind
                    else t("quick_log.points_from_kind")
                ),
            )
            left.number_input(
                t("field.hours"), min_value=0.0, max_value=10_000.0, value=None, step=0.5, key=_k(key, "hours")
            )
            passion_titles = dict(data.passions(store))
            right.selectbox(
                t("field.passion"),
                list(passion_titles),
                index=None,
                format_func=lambda pid: passion_titles.get(pid, pid),
                key=_k(key, "passion"),
                placeholder=t("quick_log.optional"),
            )
            st.text_input(t("field.note"), key=_k(key, "note"), max_chars=5000)

        counterpart_person = person_id or ledger.parse_token(token)[0]
        if direction == "received" and counterpart_person:
            _give_first_warning(store, counterpart_person)
        day = state.get(_k(key, "date"))
        if isinstance(day, dt.date) and day > dt.date.today():
            st.warning(t(ledger.WARN_FUTURE), icon=":material/event:")

        error = state.pop(_k(key, "error"), None)
        if error is not None:
            show_error(error)
        st.button(
            t("quick_log.save"),
            key=_k(key, "save"),
            type="primary",
            icon=":material/add:",
            on_click=_save,
            args=(store, key, person_id),
        )


def quick_log(store: Store, *, person_id: str | None = None, key: str) -> None:
    """A compact form to log one entry. With `person_id` the counterpart is fixed (a person's view).

    Widget keys derive from `key` (<key>_counterpart, _direction, _kind, _date, _points, _hours, _passion, _note,
    _save), so the form can appear on several pages. Receiving help from someone you have not given to yet shows a
    give-first warning; it never blocks the entry.
    """
    _quick_log_fragment(store, person_id, key)
