"""Open one person: a picker of the people on the current page (plus whoever is open already), and the one way other
pages and parts ask for a person to be opened (`open_person`, `show_person`), optionally on one part of their view
(a detail tab, the report back to write), which that part takes with `take_request`."""

from __future__ import annotations

import streamlit as st

from frentor.people import PeopleFilter
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.navigation import switch_to
from frentor.ui.people import data

OPEN_KEY = "people_open"  # the picker's widget key: the id of the person whose detail view is open
# Who to open on the People page's next run. Not a widget key: it survives a switch from another page, and the
# picker applies it before it is drawn (Streamlit refuses changes to a widget's value after that).
_REQUESTED = "people_open_requested"
# What to show in their view, {"person": id, <part>: value}: each part takes its own once (take_request).
_PARTS = "people_open_parts"


def open_person(person_id: str, *, tab: str | None = None, follow_up_id: str | None = None) -> None:
    """Go to the People page with this person open (from any page; ends this run), on the detail tab `tab` (its
    DetailTab.label_key) and, for the composer, on the report back of `follow_up_id`."""
    show_person(person_id, tab=tab, follow_up_id=follow_up_id)
    switch_to("people")


def show_person(person_id: str, *, tab: str | None = None, follow_up_id: str | None = None) -> None:
    """Open this person on the People page's next run (see open_person)."""
    st.session_state[_REQUESTED] = person_id
    st.session_state[_PARTS] = {"person": person_id, "tab": tab, "follow_up_id": follow_up_id}


def take_request(person_id: str, part: str) -> str | None:
    """What the last open_person/show_person asked `part` ('tab' or 'follow_up_id') to show for this person; given
    once, so that the user's own choices win afterwards."""
    parts = st.session_state.get(_PARTS)
    if not parts or parts.get("person") != person_id:
        return None
    return parts.pop(part, None)


def close_person() -> None:
    """Nobody open any more (the person was deleted). In a callback or before the picker is drawn."""
    st.session_state.pop(_REQUESTED, None)
    st.session_state.pop(_PARTS, None)
    # Set to None, not removed: a removed value leaves the browser showing the deleted person's name.
    st.session_state[OPEN_KEY] = None


def person_picker(store: Store, filters: PeopleFilter, page_number: int) -> str | None:
    """The id of the person to show, or None."""
    requested = st.session_state.pop(_REQUESTED, None)
    if requested:
        st.session_state[OPEN_KEY] = requested
    frame, _ = data.page_of_people(store, filters, page_number)
    options = dict(zip(frame["id"], frame["name"], strict=True))
    open_id = st.session_state.get(OPEN_KEY)
    if open_id and open_id not in options:
        # Whoever is open stays open when the filters or the page change, until they are deleted.
        known = data.names(store, (open_id,))
        if open_id in known:
            options = {open_id: known[open_id], **options}
        else:
            st.session_state[OPEN_KEY] = None  # gone meanwhile (deleted in another session)
    return st.selectbox(
        t("people.open"),
        list(options),
        index=None,
        format_func=lambda pid: options.get(pid, pid),
        key=OPEN_KEY,
        placeholder=t("people.open"),
    )
