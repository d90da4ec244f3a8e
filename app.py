"""Home (the app's entry point): where you are in the method, this month's figures, and a few things to do today."""

import datetime as dt

from frentor.store import counts_are_empty
from frentor.ui.balance import data
from frentor.ui.contacts.calendar import calendar_download
from frentor.ui.counts import workspace_counts
from frentor.ui.home.figures import key_figures
from frentor.ui.home.progress import current_step, method_steps, summary_line
from frentor.ui.home.start import first_visit
from frentor.ui.home.today import today_nudges
from frentor.ui.page import page
from frentor.ui.widgets import page_header

with page("home") as store:
    page_header("home", "home.purpose")
    counts = workspace_counts(store)
    if counts_are_empty(counts):
        first_visit(store)
    else:
        today = dt.date.today()
        steps = data.method_steps(store, today)
        summary_line(store, counts)
        current_step(steps)
        key_figures(store, today)
        today_nudges(store, today)
        calendar_download(store, key="home_calendar")
        method_steps(steps)
