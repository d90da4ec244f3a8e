"""Cached reads of the Reports page: each lives until the workspace's next write."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frentor import picklists, reports
from frentor.reports import ReportFilter
from frentor.store import Store
from frentor.ui.caching import cached_read


@cached_read(max_entries=16)
def date_range(store: Store) -> tuple[dt.date | None, dt.date | None]:
    return reports.ledger_date_range(store)


@cached_read(max_entries=32)
def people_options(store: Store, search: str) -> list[tuple[str, str]]:
    found = picklists.people(store, search, limit=200, include_archived=True)
    return list(zip(found["id"], found["name"], strict=True))


@cached_read(max_entries=16)
def preview(store: Store, file: str, filters: ReportFilter) -> pd.DataFrame:
    return reports.preview(store, file, filters, limit=50)
