"""One person's detail view: who they are, then one tab per part of the method.

Tabs are a list of DetailTab, so another part (a section, a composer) is one more entry. Each tab draws itself from
`(store, person_id)` and reads what it shows through frentor.ui.people.data (a fragment reruns with the arguments of
the last full run: data passed in would be stale).

The view is a fragment (key DETAIL) and each tab a fragment inside it: choosing something in a tab reruns only that
tab; a write reruns the view and the parts of the page that show what changed (act_in_fragment), never the finder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import streamlit as st

from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import fragment
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.detail_contact import contact_details
from frentor.ui.people.labels import role_label, stage_label, tier_label
from frentor.ui.people.picker import take_request


@dataclass(frozen=True)
class DetailTab:
    label_key: str  # catalog key of the tab's title
    show: Callable[[Store, str], None]  # draws the tab for (store, person_id)


DETAIL = "people_detail"  # fragment key of the detail view


@fragment(key=DETAIL)
def person_detail(store: Store, person_id: str, tabs: Sequence[DetailTab]) -> None:
    """The person's name and summary, then `tabs`. Nothing when the person is gone."""
    detail = data.detail(store, person_id)
    if detail is None:
        return
    person = detail.person
    st.divider()
    st.subheader(escape_markdown(person.name))
    summary = t(
        "people.detail.summary",
        role=role_label(person.role),
        stage=stage_label(person.stage),
        tier=tier_label(person.reach_tier),
    )
    st.caption(" · ".join([summary, *(escape_markdown(text) for text in (person.title, person.organisation) if text)]))
    contact_details(person)
    if person.archived:
        st.info(t("people.detail.archived"), icon=":material/inventory_2:")
    # A tab asked for by a hand-over (Home's "Write the report-back") is chosen when the tabs first show: the browser
    # keeps the user's own choice after that.
    wanted = take_request(person_id, "tab")
    labels = [t(tab.label_key) for tab in tabs]
    default = t(wanted) if wanted in {tab.label_key for tab in tabs} else None
    for tab, container in zip(tabs, st.tabs(labels, default=default), strict=True):
        with container:
            _tab(tab.show, store, person_id)


@fragment()
def _tab(show: Callable[[Store, str], None], store: Store, person_id: str) -> None:
    show(store, person_id)
