"""Step 1 of the method: brainstorm passions, score them, narrow to a few in focus, research each, then go find
people. The page walks a newcomer through it top to bottom."""

import streamlit as st

from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.passions import scoring
from frentor.ui.passions.brainstorm import brainstorm_step
from frentor.ui.passions.data import load_passions, load_progress, load_status_counts
from frentor.ui.passions.delete import delete_passion
from frentor.ui.passions.narrow import narrow_step
from frentor.ui.passions.overview import where_am_i
from frentor.ui.passions.research import research_step
from frentor.ui.widgets import page_header

with page("passions") as store:
    page_header("passions", "passions.purpose")

    refused = scoring.save_pending_edits(store)  # before anything reads the passions
    frame = load_passions(store)
    counts = load_status_counts(store)
    where_am_i(frame, counts, load_progress(store))

    brainstorm_step(store, first_time=frame.empty)
    if frame.empty:
        st.stop()
    scoring.score_step(frame, refused)
    narrow_step(store, frame, counts)
    research_step(store)

    with st.container(border=True):
        st.subheader(t("passions.step_next"))
        st.caption(t("passions.next_help"))
        page_link("people", t("passions.go_people"))

    delete_passion(store)
