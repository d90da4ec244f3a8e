"""Home (the app's entry point): where you are in the method, this month's figures, and a few things to do today.

The order depends on who is reading. A newcomer (nothing in the ledger yet) needs where to start: the current step,
today's few nudges, then the whole method. A daily user comes for today's nudges; then the week (the habit of giving
and the weekly review), then where they are in the method, the month's figures and the method's steps.
"""

from frentor import clock
from frentor.store import counts_are_empty
from frentor.ui.balance import data
from frentor.ui.contacts.calendar import calendar_download
from frentor.ui.counts import workspace_counts
from frentor.ui.home.figures import key_figures
from frentor.ui.home.progress import current_step, method_steps, summary_line
from frentor.ui.home.start import first_visit
from frentor.ui.home.this_week import this_week
from frentor.ui.home.today import today_nudges
from frentor.ui.page import page
from frentor.ui.widgets import page_header

with page("home") as store:
    page_header("home", "home.purpose")
    counts = workspace_counts(store)
    if counts_are_empty(counts):
        first_visit(store)
    else:
        today = clock.today()
        steps = data.method_steps(store, today)
        summary_line(store, counts)
        if counts["ledger_entries"] == 0:
            current_step(steps)
            today_nudges(store, today)
            calendar_download(store, key="home_calendar")
            method_steps(steps)
        else:
            today_nudges(store, today)
            this_week(store, today)
            current_step(steps)
            key_figures(store, today)
            calendar_download(store, key="home_calendar")
            method_steps(steps)
