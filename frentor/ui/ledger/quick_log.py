"""Quick log: record one act of value in a few clicks, from the Ledger page, a person's view or Home.

Who, direction and kind are the only choices needed; the date is today and points come from the kind unless the
user opens "More details". Widgets run in a fragment, so choosing values does not rerun the whole page; a successful
save reruns the whole app once so tables and charts pick up the new entry.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import clock, ledger
from frentor.kinds import Kind
from frentor.store import Store
from frentor.ui.actions import act_in_callback, show_failure
from frentor.ui.errors import error_boundary
from frentor.ui.i18n import t
from frentor.ui.ledger import data
from frentor.ui.ledger.counterpart import counterpart_picker
from frentor.ui.ledger.give_first import give_first_warning
from frentor.ui.ledger.labels import direction_labels, kind_label, points_text

CLEARED_AFTER_SAVE = ("points", "hours", "kind")  # counterpart, direction, date and passion stay for the next one


def quick_log(store: Store, *, person_id: str | None = None, key: str) -> None:
    """A compact form to log one entry. With `person_id` the counterpart is fixed (a person's view).

    Widget keys derive from `key` (<key>_counterpart, _direction, _kind, _date, _points, _hours, _passion, _note,
    _save), so the form can appear on several pages. Receiving help from someone you have not given to yet shows a
    give-first warning; it never blocks the entry.
    """
    _quick_log_fragment(store, person_id, key)


@st.fragment
def _quick_log_fragment(store: Store, person_id: str | None, key: str) -> None:
    # A fragment rerun is not inside the page's error boundary: give it its own.
    with error_boundary():
        _form(store, person_id, key)


def _form(store: Store, person_id: str | None, key: str) -> None:
    kinds = {k.id: k for k in data.kinds(store)}
    kind_labels = {
        kind_id: t("quick_log.kind_option", kind=kind_label(kind), points=points_text(kind.default_points))
        for kind_id, kind in kinds.items()
    }
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
            key=f"{key}_direction",
        )
        kind_id = right.selectbox(
            t("field.kind"),
            list(kinds),
            index=None,
            format_func=lambda kind_id: kind_labels.get(kind_id, kind_id),
            key=f"{key}_kind",
            placeholder=t("quick_log.kind_placeholder"),
            filter_mode="contains",
        )
        with st.expander(t("quick_log.more")):
            _details(store, key, kinds.get(kind_id) if kind_id else None)

        counterpart_person = person_id or ledger.parse_token(token)[0]
        if direction == "received" and counterpart_person:
            give_first_warning(store, counterpart_person)
        day = st.session_state.get(f"{key}_date")
        if isinstance(day, dt.date) and day > clock.today():
            st.warning(t(ledger.WARN_FUTURE), icon=":material/event:")

        show_failure(key)
        st.button(
            t("quick_log.save"),
            key=f"{key}_save",
            type="primary",
            icon=":material/add:",
            on_click=_save,
            args=(store, key, person_id),
        )


def _details(store: Store, key: str, kind: Kind | None) -> None:
    """Date, points, hours, passion and note: optional, folded away."""
    left, right = st.columns(2)
    left.date_input(t("field.date"), value=clock.today(), key=f"{key}_date", format="YYYY-MM-DD")
    right.number_input(
        t("field.points"),
        min_value=0.0,
        max_value=float(ledger.POINTS_MAX),
        value=None,
        step=0.5,
        key=f"{key}_points",
        placeholder=(
            t("quick_log.points_default", points=points_text(kind.default_points))
            if kind
            else t("quick_log.points_from_kind")
        ),
    )
    left.number_input(
        t("field.hours"), min_value=0.0, max_value=float(ledger.HOURS_MAX), value=None, step=0.5, key=f"{key}_hours"
    )
    passion_titles = dict(data.passions(store))
    right.selectbox(
        t("field.passion"),
        list(passion_titles),
        index=None,
        format_func=lambda pid: passion_titles.get(pid, pid),
        key=f"{key}_passion",
        placeholder=t("quick_log.optional"),
    )
    st.text_input(t("field.note"), key=f"{key}_note", max_chars=ledger.NOTE_LIMIT)


def _entry_from_state(key: str, person_id: str | None) -> ledger.NewEntry:
    state = st.session_state
    if person_id is None:
        person, community = ledger.parse_token(state.get(f"{key}_counterpart"))
    else:
        person, community = person_id, None
    return ledger.NewEntry(
        occurred_on=state.get(f"{key}_date") or clock.today(),
        direction=state.get(f"{key}_direction") or "gave",
        kind_id=state.get(f"{key}_kind"),
        person_id=person,
        community_id=community,
        points=state.get(f"{key}_points"),
        hours=state.get(f"{key}_hours"),
        passion_id=state.get(f"{key}_passion"),
        note=state.get(f"{key}_note") or "",
    )


def _save(store: Store, key: str, person_id: str | None) -> None:
    """Button callback: it runs before the script, so it may clear the form's widgets after a successful save."""
    saved = act_in_callback(
        key, lambda: ledger.log_entry(store, _entry_from_state(key, person_id)), success=t("quick_log.saved")
    )
    if saved is None:
        return
    for name in CLEARED_AFTER_SAVE:
        st.session_state[f"{key}_{name}"] = None
    st.session_state[f"{key}_note"] = ""
    # From a callback, st.rerun() reruns the whole app instead of only this fragment: every table and chart on the
    # page shows the new entry.
    st.rerun()
