"""Cached reads of the Reports page: each lives until the workspace's next write."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frentor import reports
from frentor.store import Store
from frentor.store.reports import ReportFilter
from frentor.ui.caching import cached_read


@cached_read(max_entries=16)
def date_range(store: Store) -> tuple[dt.date | None, dt.date | None]:
    return reports.ledger_date_range(store)


@cached_read(max_entries=32)
def people_options(store: Store, search: str) -> list[tuple[str, str]]:
    return reports.people_options(store, search)


@cached_read(max_entries=16)
def preview(store: Store, file: str, filters: ReportFilter) -> pd.DataFrame:
    return reports.preview(store, file, filters, limit=50)
