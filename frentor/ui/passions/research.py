"""Step 4 · research one passion at a time: who is doing it, where they post, hashtags and questions, places.

A fragment: picking another passion, searching people to link or choosing a link to remove reruns only this step;
a save reruns the whole page (its numbers change).
"""

from __future__ import annotations

import streamlit as st

from frentor import research
from frentor.store import Store
from frentor.ui.errors import error_boundary
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_progress
from frentor.ui.passions.labels import status_label
from frentor.ui.passions.research_notes import research_notes
from frentor.ui.passions.research_places import research_places
from frentor.ui.passions.research_where import research_channels
from frentor.ui.passions.research_who import research_people

PICK = "research_passion"


@st.fragment
def research_step(store: Store) -> None:
    with error_boundary(), st.container(border=True):
        st.caption(t("passions.research_help"))
        progress = load_progress(store)
        if progress.empty:
            st.info(t("passions.research_empty"), icon=":material/lightbulb:")
            return
        steps = len(research.STEPS)
        labels = {
            row.id: t(
                "passions.research_option", title=row.title, status=status_label(row.status), done=row.done, steps=steps
            )
            for row in progress.itertuples()
        }
        passion_id = st.selectbox(t("passions.research_pick"), list(labels), format_func=labels.__getitem__, key=PICK)
        row = progress[progress["id"] == passion_id].iloc[0]
        done = int(row["done"])
        st.progress(done / steps, text=t("passions.research_progress", done=done, steps=steps))

        who, where, tags, places = st.tabs(
            [t("passions.tab_who"), t("passions.tab_where"), t("passions.tab_notes"), t("passions.tab_places")]
        )
        with who:
            research_people(store, passion_id, int(row["people"]))
        with where:
            research_channels(store, passion_id)
        with tags:
            research_notes(store, passion_id)
        with places:
            research_places(store, passion_id)
