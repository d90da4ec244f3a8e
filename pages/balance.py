"""Balance: how much I gave and received, per month, for one person, a group or the whole network; and health."""

import streamlit as st

from frentor import clock
from frentor.ui.balance import data
from frentor.ui.balance.charts import activity_chart, balance_charts, learn_teach_chart
from frentor.ui.balance.health_table import health_section, person_health
from frentor.ui.balance.imbalances import top_people
from frentor.ui.balance.period import mode_picker, range_picker
from frentor.ui.balance.scope import scope_picker
from frentor.ui.balance.summary import period_figures
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.widgets import empty_state, page_header

with page("balance") as store:
    page_header("balance", "balance.purpose")
    today = clock.today()
    first_ever = data.first_entry(store)

    if first_ever is None:
        empty_state("balance.empty", next_page="ledger")
    else:
        with st.container(border=True):
            scope = scope_picker(store)
            start, end = range_picker(today, first_ever)
            mode = mode_picker()
        st.caption(t(f"balance.mode.explain.{mode}", start=start.strftime("%Y-%m"), end=end.strftime("%Y-%m")))

        if scope is None:
            st.info(t("balance.person.choose"), icon=":material/person_search:")
        else:
            monthly = data.monthly(store, scope, start, end)
            period_figures(monthly)
            balance_charts(monthly, mode)
            if scope.person_id:
                person_health(store, today, scope.person_id)
            else:
                top_people(store, scope, start, end, mode)
            activity_chart(store, scope, start, end)

        learn_teach_chart(store, start, end)
        health_section(store, today)
        page_link("people", t("health.open_people"))
