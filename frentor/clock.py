"""The app's "today": the real date, unless the environment variable FRENTOR_TODAY (YYYY-MM-DD) sets another.

Everything that decides what a user sees as today (nudges, due report backs, the date a form starts on, default
`today` arguments of the domain) asks here, so one variable shows the whole app as it will look on a given day:
for reproducible browser journeys (a report back due "later" without waiting weeks), demos, and support. The
variable is read at every call (cheap), so tests can set it with monkeypatch. A malformed value never stops the app:
it is logged once as a warning and the real date is used. Timestamps (backups, calendar stamps, creation times) stay
on the real clock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import re

log = logging.getLogger(__name__)

TODAY_VARIABLE = "FRENTOR_TODAY"


def today() -> dt.date:
    """FRENTOR_TODAY's date when it is set and valid, else the real date."""
    raw = os.environ.get(TODAY_VARIABLE, "").strip()
    return (_parse(raw) if raw else None) or dt.date.today()


@functools.lru_cache(maxsize=8)  # bounded like every cache; the variable rarely changes
def _parse(raw: str) -> dt.date | None:
    """The date `raw` names, or None (warned about once per value: today() is called many times a run)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):  # fromisoformat alone also takes 20260302 and 2026-W10-1
        with contextlib.suppress(ValueError):  # 2026-02-30
            return dt.date.fromisoformat(raw)
    log.warning("ignoring %s=%r (not a YYYY-MM-DD date); using the real date", TODAY_VARIABLE, raw)
    return None
