"""Step 1 of the method: brainstorm passions, score them, narrow to a few in focus, research each, then go find
people. One step at a time (a step picker that starts on the step to do next), with where-am-I numbers on top."""

import streamlit as st

from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.passions import scoring
from frentor.ui.passions.brainstorm import brainstorm_step
from frentor.ui.passions.data import load_summary
from frentor.ui.passions.delete import delete_passion
from frentor.ui.passions.narrow import narrow_step
from frentor.ui.passions.overview import where_am_i
from frentor.ui.passions.research import research_step
from frentor.ui.passions.steps import step_picker
from frentor.ui.widgets import page_header

with page("passions") as store:
    page_header("passions", "passions.purpose")

    refused = scoring.save_pending_edits(store)  # before anything reads the passions
    summary = load_summary(store)
    where_am_i(summary)

    if summary.ideas == 0:  # a newcomer starts with the brainstorm alone
        brainstorm_step(store, first_time=True)
        st.stop()

    step = step_picker(summary)
    if step == "brainstorm":
        brainstorm_step(store, first_time=False)
    elif step == "score":
        scoring.score_step(store, refused)
    elif step == "narrow":
        narrow_step(store, refused)
    else:
        research_step(store)

    with st.container(border=True):
        st.subheader(t("passions.step_next"))
        st.caption(t("passions.next_help"))
        page_link("people", t("passions.go_people"))

    delete_passion(store)
