"""Shortlist: everyone ranked by a score whose parts the user weighs, with the reasons and trades for each."""

import streamlit as st

from frentor import clock
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.shortlist import data
from frentor.ui.shortlist.breakdown import breakdown_chart
from frentor.ui.shortlist.filters import ranked_page
from frentor.ui.shortlist.ranked_table import ranked_table
from frentor.ui.shortlist.top_three import top_three
from frentor.ui.shortlist.weights import weights_panel
from frentor.ui.shortlist.why import why_explanations
from frentor.ui.widgets import empty_state, page_header

with page("shortlist") as store:
    page_header("shortlist", "shortlist.purpose")
    context = data.context(store)
    if context.people == 0:
        empty_state("shortlist.empty", next_page="people")
    else:
        if context.focus_passions == 0:
            st.info(t("shortlist.no_focus"), icon=":material/favorite:")
            page_link("passions")
        if not context.my_skills["offer"] and not context.my_skills["want"]:
            st.info(t("shortlist.no_skills"), icon=":material/construction:")
            page_link("skills")

        weights = weights_panel(store)
        ranking = ranked_page(store, weights, clock.today())
        frame = ranking.frame
        if frame.empty:
            st.info(t("shortlist.no_match"), icon=":material/filter_alt_off:")
        else:
            if frame["rank"].iloc[0] == 1:
                top_three(frame)
                page_link("people", t("shortlist.open_people"))
            ranked_table(ranking)
            breakdown_chart(frame)
            why_explanations(store, frame, weights)
