"""The value-exchange ledger: log an act of value given or received, list, edit and delete entries.

Every entry is validated in full before anything is written; the insert and its existence checks run in one
transaction. Points default to the kind's default *at the time of logging* and are stored on the entry, so changing
a kind's default later never rewrites history.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd

from frentor import clock
from frentor.errors import Problem, ValidationError
from frentor.ids import new_id
from frentor.kinds import REPORT_BACK_DAYS
from frentor.picklists import item_limit, search_text
from frentor.store import Store
from frentor.store import follow_ups as follow_up_queries
from frentor.store import ledger as queries
from frentor.store import picklists as picklist_queries
from frentor.validation import TEXT_LIMIT, clean_choice, clean_date, clean_points, clean_text

DIRECTIONS = ("gave", "received")
POINTS_MAX = Decimal("1000000")  # an entry's points
HOURS_MAX = Decimal("10000")
NOTE_LIMIT = TEXT_LIMIT  # characters in a note
PAGE_SIZE = 200
# Dates further than this from today are almost always typos (2062 for 2026); refuse them.
_FAR_PAST = dt.date(1900, 1, 1)
_FAR_FUTURE_DAYS = 366 * 5

WARN_FUTURE = "ledger.warn.future_date"

__all__ = [
    "DIRECTIONS",
    "HOURS_MAX",
    "NOTE_LIMIT",
    "PAGE_SIZE",
    "POINTS_MAX",
    "WARN_FUTURE",
    "EntryPage",
    "EntryQuery",
    "NewEntry",
    "check_entry",
    "delete_entries",
    "find_counterparts",
    "list_entries",
    "log_entry",
    "update_entries",
]


@dataclass(frozen=True)
class EntryQuery:
    """Filters for listing entries; None means 'any'."""

    start: dt.date | None = None
    end: dt.date | None = None
    person_id: str | None = None
    community_id: str | None = None
    kind_ids: tuple[str, ...] = ()
    direction: str | None = None
    passion_id: str | None = None


@dataclass
class NewEntry:
    occurred_on: dt.date
    direction: str
    kind_id: str
    person_id: str | None = None
    community_id: str | None = None
    points: Decimal | float | int | str | None = None  # None: the kind's default points
    hours: Decimal | float | int | str | None = None
    passion_id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class EntryPage:
    """One page of entries (newest first) and how many entries match the filters in total."""

    rows: pd.DataFrame
    total: int
    limit: int
    offset: int


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str) and not value.strip():
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _clean_number(value: object, field: str, *, required: bool, maximum: Decimal) -> Decimal | None:
    if _blank(value):
        if required:
            raise ValidationError.single(field, "validation.required")
        return None
    if isinstance(value, bool):
        raise ValidationError.single(field, "validation.not_number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError.single(field, "validation.not_number")
    return clean_points(value, field, maximum=maximum)


def _clean_id(value: object) -> str | None:
    return None if _blank(value) else str(value).strip()


def _clean_date(value: object, today: dt.date) -> dt.date:
    if isinstance(value, pd.Timestamp):
        value = value.date()
    if _blank(value):
        raise ValidationError.single("field.date", "validation.required")
    if isinstance(value, str) and len(value.strip()) > 10:
        with contextlib.suppress(ValueError):  # a table editor may send '2026-11-27T00:00:00'
            value = dt.datetime.fromisoformat(value.strip()).date()
    day = clean_date(value, "field.date")
    latest = today + dt.timedelta(days=_FAR_FUTURE_DAYS)
    if not _FAR_PAST <= day <= latest:
        raise ValidationError.single("field.date", "validation.out_of_range", low=_FAR_PAST, high=latest)
    return day


def _validate_fields(entry: NewEntry, today: dt.date) -> dict[str, Any]:
    """Checks that need no database. Raises one ValidationError listing every problem."""
    clean: dict[str, Any] = {}
    problems: list[Problem] = []

    def run(key: str, fn) -> None:
        try:
            clean[key] = fn()
        except ValidationError as exc:
            problems.extend(exc.problems)

    run("occurred_on", lambda: _clean_date(entry.occurred_on, today))
    run("direction", lambda: clean_choice(entry.direction, "field.direction", DIRECTIONS))
    run("points", lambda: _clean_number(entry.points, "field.points", required=False, maximum=POINTS_MAX))
    run("hours", lambda: _clean_number(entry.hours, "field.hours", required=False, maximum=HOURS_MAX))
    run("note", lambda: clean_text(entry.note, "field.note", limit=NOTE_LIMIT))
    kind_id = _clean_id(entry.kind_id)
    if kind_id is None:
        problems.append(Problem(field="field.kind", key="validation.required"))
    clean["kind_id"] = kind_id
    person_id, community_id = _clean_id(entry.person_id), _clean_id(entry.community_id)
    if (person_id is None) == (community_id is None):
        key = "validation.required" if person_id is None else "ledger.validation.one_counterpart"
        problems.append(Problem(field="field.counterpart", key=key))
    clean["person_id"], clean["community_id"] = person_id, community_id
    clean["passion_id"] = _clean_id(entry.passion_id)
    if problems:
        raise ValidationError(problems)
    return clean


def _check_refs(cur: duckdb.DuckDBPyConnection, workspace: str, clean: dict[str, Any], row: int | None = None) -> None:
    """Counterpart, kind and passion must exist in this workspace; fills points from the kind when missing."""
    problems: list[Problem] = []
    found = queries.lookup_refs(
        cur,
        workspace,
        person_id=clean.get("person_id"),
        community_id=clean.get("community_id"),
        passion_id=clean.get("passion_id"),
    )
    if not found.get("person", True) or not found.get("community", True):
        problems.append(Problem(field="field.counterpart", key="validation.unknown", row=row))
    if not found.get("passion", True):
        problems.append(Problem(field="field.passion", key="validation.unknown", row=row))
    if clean.get("kind_id") is not None:
        default = queries.kind_default_points(cur, workspace, clean["kind_id"])
        if default is None:
            problems.append(Problem(field="field.kind", key="validation.unknown", row=row))
        elif "points" in clean and clean["points"] is None:
            clean["points"] = Decimal(default)
    if problems:
        raise ValidationError(problems)


def check_entry(store: Store, entry: NewEntry, *, today: dt.date | None = None) -> list[str]:
    """Warnings (catalog keys) worth showing before saving; they never block. Errors raise ValidationError."""
    today = today or clock.today()
    clean = _validate_fields(entry, today)
    with store.db.cursor() as cur:
        _check_refs(cur, store.workspace, clean)
    warnings: list[str] = []
    if clean["occurred_on"] > today:
        warnings.append(WARN_FUTURE)
    return warnings


def log_entry(
    store: Store,
    entry: NewEntry,
    *,
    today: dt.date | None = None,
    then: Callable[[duckdb.DuckDBPyConnection, str], None] | None = None,
) -> str:
    """Validate and insert one entry in one transaction; returns its id. Nothing is written on error.

    A date after `today` is allowed (the UI warns with check_entry); dates years away are refused as typos.
    Help received that deserves a report back (kinds.REPORT_BACK_DAYS) opens a follow-up (frentor.report_back).
    `then(cursor, entry_id)` does more work in the same transaction (e.g. logging the message the entry stands for);
    if it raises, nothing is written.
    """
    today = today or clock.today()
    clean = _validate_fields(entry, today)
    entry_id = new_id()

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        _check_refs(cur, store.workspace, clean)
        queries.insert_entry(cur, store.workspace, entry_id, clean)
        if clean["direction"] == "received" and clean["person_id"] is not None:
            follow_up_queries.create_for_received(cur, store.workspace, entry_id, clean, REPORT_BACK_DAYS)
        if then is not None:
            then(cur, entry_id)

    store.write(work)
    queries.settle_entry(store, clean["occurred_on"], clean["person_id"])
    return entry_id


def list_entries(
    store: Store, query: EntryQuery | None = None, *, limit: int = PAGE_SIZE, offset: int = 0
) -> EntryPage:
    """Newest entries matching `query` (filtered and paged in SQL) and the total count of matches."""
    query = query or EntryQuery()
    limit, offset = _page_bounds(limit, offset)
    rows = queries.page_entries(store, query, limit, offset)
    return EntryPage(rows=rows, total=queries.count_entries(store, query), limit=limit, offset=offset)


def newest_entries(store: Store, query: EntryQuery, limit: int) -> pd.DataFrame:
    """The newest `limit` entries matching `query`, as list_entries' rows, without counting every match."""
    return queries.page_entries(store, query, *_page_bounds(limit, 0))


def _page_bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), 5000)), max(0, int(offset))


# Fields of an entry a table edit may change, with their catalog field names.
EDIT_FIELDS: dict[str, str] = {
    "occurred_on": "field.date",
    "direction": "field.direction",
    "kind_id": "field.kind",
    "points": "field.points",
    "hours": "field.hours",
    "passion_id": "field.passion",
    "note": "field.note",
}


def _clean_change(column: str, value: object, today: dt.date) -> Any:
    if column == "occurred_on":
        return _clean_date(value, today)
    if column == "direction":
        return clean_choice(value, "field.direction", DIRECTIONS)
    if column == "kind_id":
        kind_id = _clean_id(value)
        if kind_id is None:
            raise ValidationError.single("field.kind", "validation.required")
        return kind_id
    if column == "points":
        return _clean_number(value, "field.points", required=True, maximum=POINTS_MAX)
    if column == "hours":
        return _clean_number(value, "field.hours", required=False, maximum=HOURS_MAX)
    if column == "passion_id":
        return _clean_id(value)
    if column == "note":
        return clean_text(value, "field.note", limit=NOTE_LIMIT)
    raise ValueError(f"column {column!r} cannot be edited")


def update_entries(
    store: Store,
    changes: dict[str, dict[str, Any]],
    *,
    today: dt.date | None = None,
    rows: dict[str, int] | None = None,
) -> int:
    """Apply edits {entry_id: {column: value}} all-or-nothing; returns how many entries changed.

    Problems name the field and, when `rows` maps ids to table row numbers, the row. Unknown ids are refused.
    """
    today = today or clock.today()
    rows = rows or {}
    problems: list[Problem] = []
    cleaned: dict[str, dict[str, Any]] = {}
    for entry_id, change in changes.items():
        row = rows.get(entry_id)
        clean: dict[str, Any] = {}
        for column, value in change.items():
            if column not in EDIT_FIELDS:
                raise ValueError(f"column {column!r} cannot be edited")
            try:
                clean[column] = _clean_change(column, value, today)
            except ValidationError as exc:
                problems.extend(Problem(p.field, p.key, row, p.params) for p in exc.problems)
        cleaned[entry_id] = clean
    if problems:
        raise ValidationError(problems)

    def work(cur: duckdb.DuckDBPyConnection) -> int:
        found: list[Problem] = []
        changed = 0
        for entry_id, clean in cleaned.items():
            row = rows.get(entry_id)
            try:
                _check_refs(cur, store.workspace, {k: v for k, v in clean.items() if k != "points"}, row)
            except ValidationError as exc:
                found.extend(exc.problems)
                continue
            count = queries.update_entry(cur, store.workspace, entry_id, clean)
            if count == 0:
                found.append(Problem(field="field.entry", key="validation.unknown", row=row))
            changed += count
        if found:
            raise ValidationError(found)
        return changed

    return store.write(work)


def delete_entries(store: Store, entry_ids: list[str]) -> int:
    """Delete entries of this workspace by id; returns how many were deleted."""
    return queries.delete_entries(store, [str(i) for i in entry_ids])


@dataclass(frozen=True)
class Counterpart:
    type: str  # 'person' or 'community'
    id: str
    name: str

    @property
    def token(self) -> str:
        """One string for a selectbox option: 'person:<id>' or 'community:<id>'."""
        return f"{self.type}:{self.id}"


def parse_token(token: str | None) -> tuple[str | None, str | None]:
    """(person_id, community_id) from a counterpart token."""
    if not token or ":" not in token:
        return None, None
    kind, _, row_id = token.partition(":")
    if kind == "person":
        return row_id, None
    if kind == "community":
        return None, row_id
    return None, None


def find_counterparts(store: Store, search: str = "", *, limit: int = 50) -> list[Counterpart]:
    """People (not archived) and communities whose name contains `search` (frentor.picklists matching), those of
    the most recent exchanges first, then by name."""
    frame = picklist_queries.counterparts(store, search_text(search), item_limit(limit))
    return [Counterpart(r.type, r.id, r.name) for r in frame.itertuples(index=False)]


def counterpart_names(store: Store, tokens: list[str]) -> dict[str, str]:
    """Names for counterpart tokens (unknown tokens are left out)."""
    people = [p for p, _ in map(parse_token, tokens) if p]
    communities = [c for _, c in map(parse_token, tokens) if c]
    names = picklist_queries.counterpart_names(store, people, communities)
    result = {}
    for token in tokens:
        person_id, community_id = parse_token(token)
        name = names.get(person_id or community_id or "")
        if name is not None:
            result[token] = name
    return result
