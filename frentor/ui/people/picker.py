"""Open one person: a picker of the people on the current page (plus whoever is open already)."""

from __future__ import annotations

import streamlit as st

from frentor.people import PeopleFilter
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.people import data

OPEN_KEY = "people_open"  # the picker's widget key: the id of the person whose detail view is open


def person_picker(store: Store, filters: PeopleFilter, page_number: int) -> str | None:
    """The id of the person to show, or None."""
    frame, _ = data.page_of_people(store, filters, page_number)
    options = dict(zip(frame["id"], frame["name"], strict=True))
    open_id = st.session_state.get(OPEN_KEY)
    if open_id and open_id not in options:
        # Whoever is open stays open when the filters or the page change, until they are deleted.
        known = data.names(store, (open_id,))
        if open_id in known:
            options = {open_id: known[open_id], **options}
        else:
            st.session_state.pop(OPEN_KEY, None)
    return st.selectbox(
        t("people.open"),
        list(options),
        index=None,
        format_func=lambda pid: options.get(pid, pid),
        key=OPEN_KEY,
        placeholder=t("people.open"),
    )
