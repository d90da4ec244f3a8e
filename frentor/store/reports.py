"""SQL for CSV exports: one file per table plus the balances report, streamed as Arrow record batches.

Identifiers in the generated SQL come only from FILES below (code), never from users; values are parameters.
Text cells are neutralised for spreadsheets in SQL (see frentor.csv_safety for the rule), so a 1M-row ledger is
written without a Python loop over rows.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import duckdb
import pyarrow as pa

from frentor.csv_safety import DANGEROUS_FIRST_CHARACTERS, ESCAPE
from frentor.store import rollup
from frentor.store.conditions import and_conditions
from frentor.store.workspace import Store

if TYPE_CHECKING:  # the domain defines the filter; it imports this module, so only for annotations
    from frentor.reports import ReportFilter

T = TypeVar("T")

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
_BATCH_ROWS = 65_536


@dataclass(frozen=True)
class Column:
    """One CSV column. `kind` is one of: text, ntext (nullable text), choice, int, bool, decimal, date, timestamp."""

    name: str
    kind: str = "text"
    source: str | None = None  # table column when it differs from the CSV header
    required: bool = False  # header must be present on import
    nonempty: bool = False  # value must not be empty on import
    choices: tuple[str, ...] = ()
    low: int = 0
    high: int = 0
    digits: int = 10  # decimal: digits before the point (DECIMAL(12,2) -> 10)

    @property
    def column(self) -> str:
        return self.source or self.name


@dataclass(frozen=True)
class FileSpec:
    file: str
    table: str
    keys: tuple[str, ...]
    columns: tuple[Column, ...]
    order_by: str
    extra: dict[str, str] = field(default_factory=dict)
    where: str = "true"  # extra SQL condition (from code) on the rows exported

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _id(name: str = "id") -> Column:
    return Column(name, "text", required=True, nonempty=True)


def _ts(name: str) -> Column:
    return Column(name, "timestamp")


def _flag(name: str) -> Column:
    return Column(name, "bool")


_SCORE = {"kind": "int", "low": 1, "high": 5}

FILES: tuple[FileSpec, ...] = (
    FileSpec(
        "passions.csv",
        "passions",
        ("id",),
        (
            _id(),
            Column("title", required=True),
            Column("status", "choice", choices=("idea", "exploring", "focus", "parked")),
            Column("excitement", **_SCORE),
            Column("skill_fit", **_SCORE),
            Column("vision_fit", **_SCORE),
            _flag("ikigai_love"),
            _flag("ikigai_good_at"),
            _flag("ikigai_world_needs"),
            _flag("ikigai_paid_for"),
            Column("hashtags"),
            Column("notes"),
            Column("open_questions"),
            Column("research_notes"),
            _ts("created_at"),
            _ts("updated_at"),
        ),
        "created_at, id",
    ),
    FileSpec(
        "skills.csv",
        "skills",
        ("id",),
        (
            _id(),
            Column("name", required=True),
            Column("side", "choice", required=True, choices=("offer", "want")),
            Column("level", **_SCORE),
            Column("notes"),
            _ts("created_at"),
        ),
        "created_at, id",
    ),
    FileSpec(
        "people.csv",
        "people",
        ("id",),
        (
            _id(),
            Column("name", required=True),
            Column("role", "choice", choices=("mentor", "frentor", "peer", "mentee")),
            Column(
                "stage", "choice", choices=("noticed", "following", "engaging", "conversation", "trusted", "paused")
            ),
            Column("reach_tier", "choice", choices=("strongest", "fifty_fifty", "long_shot")),
            Column("organisation"),
            Column("title"),
            Column("email"),
            Column("profile_url"),
            Column("source", "choice", choices=("", "linkedin", "google", "outlook", "vcard")),
            Column("connected_on", "date"),
            Column("hashtags"),
            Column("notes"),
            _flag("homework_read_work"),
            _flag("homework_public_answers"),
            _flag("homework_new_questions"),
            _flag("homework_how_to_help"),
            Column("homework_notes"),
            Column("next_action"),
            Column("next_action_due", "date"),
            Column("keep_in_touch_days", "int", low=1, high=100_000),
            _flag("archived"),
            _ts("created_at"),
            _ts("updated_at"),
        ),
        "created_at, id",
    ),
    FileSpec(
        "communities.csv",
        "communities",
        ("id",),
        (
            _id(),
            Column("name", required=True),
            Column("kind", "choice", choices=("community", "event", "nonprofit")),
            Column("url"),
            Column("starts_on", "date"),
            Column("passion_id", "ntext"),
            Column("notes"),
            _ts("created_at"),
        ),
        "created_at, id",
    ),
    FileSpec(
        "channels.csv",
        "channels",
        ("id",),
        (
            _id(),
            Column("owner_type", "choice", required=True, choices=("passion", "person", "community")),
            Column("owner_id", required=True, nonempty=True),
            Column("platform"),
            Column("url"),
            Column("note"),
        ),
        "id",
    ),
    FileSpec(
        "person_passions.csv",
        "person_passions",
        ("person_id", "passion_id"),
        (_id("person_id"), _id("passion_id")),
        "person_id, passion_id",
    ),
    FileSpec(
        "person_communities.csv",
        "person_communities",
        ("person_id", "community_id"),
        (_id("person_id"), _id("community_id")),
        "person_id, community_id",
    ),
    FileSpec(
        "person_skills.csv",
        "person_skills",
        ("person_id", "name", "side"),
        (
            _id("person_id"),
            Column("name", required=True),
            Column("side", "choice", required=True, choices=("offers", "needs")),
        ),
        "person_id, name, side",
    ),
    FileSpec(
        "person_questions.csv",
        "person_questions",
        ("id",),
        (
            _id(),
            _id("person_id"),
            Column("question", required=True),
            _flag("asked"),
            _flag("answered_publicly"),
            _ts("created_at"),
        ),
        "created_at, id",
    ),
    FileSpec(
        "kinds.csv",
        "value_kinds",
        ("id",),
        (
            _id(),
            Column("key", "ntext"),
            Column("name"),
            Column("default_points", "decimal", required=True, nonempty=True),
            Column("usual_direction", "choice", choices=("gave", "received", "either")),
            _flag("archived"),
        ),
        "key NULLS LAST, name, id",
    ),
    FileSpec(
        "ledger.csv",
        "ledger_entries",
        ("id",),
        (
            Column("id"),
            Column("date", "date", source="occurred_on", required=True, nonempty=True),
            Column("person_id", "ntext"),
            Column("person"),  # derived: the person's name (import matches by it when person_id is unknown)
            Column("direction", "choice", required=True, choices=("gave", "received")),
            Column("kind", required=True),  # derived: built-in key, else the kind's name (needed without kind_id)
            Column("points", "decimal", required=True, nonempty=True),
            Column("note"),
            Column("community_id", "ntext"),
            Column("kind_id", "ntext"),
            Column("hours", "decimal", digits=6),
            Column("passion_id", "ntext"),
            _ts("created_at"),
        ),
        "e.occurred_on, e.created_at, e.rowid",
    ),
    FileSpec(
        "sent_messages.csv",
        "sent_messages",
        ("id",),
        (
            _id(),
            _id("person_id"),
            Column(
                "message_kind",
                "choice",
                required=True,
                choices=("first_contact", "follow_up", "question", "skill_trade", "report_back"),
            ),
            Column("sent_on", "date", required=True, nonempty=True),
            Column("entry_id", "ntext"),
            Column("question_id", "ntext"),
            Column("follow_up_id", "ntext"),
            _ts("created_at"),
        ),
        "sent_on, created_at, id",
    ),
    FileSpec(
        "follow_ups.csv",
        "follow_ups",
        ("id",),
        (
            _id(),
            _id("person_id"),
            _id("entry_id"),
            _id("kind_id"),
            Column("received_on", "date", required=True, nonempty=True),
            Column("note"),
            Column("due_on", "date", required=True, nonempty=True),
            Column("outcome"),
            Column("closed_on", "date"),
            Column("closing_entry_id", "ntext"),
            _ts("created_at"),
        ),
        "created_at, id",
    ),
    FileSpec(
        "weekly_reviews.csv",
        "weekly_reviews",
        ("week_start",),
        (Column("week_start", "date", required=True, nonempty=True), Column("reflection"), _ts("done_at")),
        "week_start",
    ),
    FileSpec(
        "settings.csv",
        "settings",
        ("key",),
        (Column("key", required=True, nonempty=True), Column("value", required=True)),
        "key",
        # When this database was last backed up describes this copy, not the user's data: never carried over.
        where="key <> 'last_backup_at'",
    ),
)
SPEC_BY_FILE: dict[str, FileSpec] = {spec.file: spec for spec in FILES}

BALANCES_FILE = "balances.csv"
BALANCES_COLUMNS = ("person_id", "person", "month", "given", "received", "net", "cumulative_net")


_FILTER_MARK = "/*filter*/"  # where the conditions of a ReportFilter go in a ledger query (alias e)


def _filter_sql(filters: ReportFilter | None) -> tuple[str, list[object]]:
    """The conditions narrowing ledger rows (alias e) to `filters`, each from a fixed fragment, and their values."""
    if filters is None:
        return "", []
    person_ids = None if filters.person_ids is None else list(filters.person_ids)
    return and_conditions(
        [
            ("e.occurred_on >= ?", filters.date_from),
            ("e.occurred_on <= ?", filters.date_to),
            ("list_contains(?::VARCHAR[], e.person_id)", person_ids),
        ]
    )


def neutralise_sql(expression: str) -> str:
    """SQL that prefixes ESCAPE to text starting with a dangerous character or with ESCAPE itself."""
    # ascii() gives the first character's code point: one integer test per cell, measured 3x cheaper than left(x, 1).
    firsts = ", ".join(str(ord(c)) for c in (*DANGEROUS_FIRST_CHARACTERS, ESCAPE))
    return f"CASE WHEN ascii({expression}) IN ({firsts}) THEN '''' || {expression} ELSE {expression} END"


def _export_expression(column: Column, alias: str = "") -> str:
    source = f"{alias}{column.column}"
    if column.kind == "text":
        expression = neutralise_sql(source)
    elif column.kind == "ntext":
        empty_as_null = f"nullif({source}, '')"
        expression = neutralise_sql(empty_as_null)
    elif column.kind == "timestamp":
        # Plain TIMESTAMP (microseconds), so both CSV writers print it as TIMESTAMP_FORMAT.
        expression = f"{source}::TIMESTAMP"
    else:
        expression = source
    return f"{expression} AS {column.name}"


def export_sql(spec: FileSpec) -> str:
    """The SELECT writing one file. Its parameters: the workspace; for ledger.csv, the workspace three times and
    then the values of the ReportFilter's conditions (which go at _FILTER_MARK)."""
    if spec.file == "ledger.csv":
        derived = {
            "person": neutralise_sql("p.name") + " AS person",
            "kind": neutralise_sql("coalesce(k.key, k.name)") + " AS kind",
        }
        select = ", ".join(derived.get(c.name) or _export_expression(c, "e.") for c in spec.columns)
        sql = (
            f"SELECT {select} FROM ledger_entries e "  # noqa: S608 (identifiers from FILES)
            # Joining on the id alone, against this workspace's rows only, is cheaper than a two-column join.
            "LEFT JOIN (SELECT id, name FROM people WHERE workspace = ?) p ON p.id = e.person_id "
            "LEFT JOIN (SELECT id, key, name FROM value_kinds WHERE workspace = ?) k ON k.id = e.kind_id "
            f"WHERE e.workspace = ?{_FILTER_MARK} ORDER BY {spec.order_by}"
        )
        return sql
    select = ", ".join(_export_expression(c) for c in spec.columns)
    sql = f"SELECT {select} FROM {spec.table} WHERE workspace = ? AND {spec.where} ORDER BY {spec.order_by}"  # noqa: S608
    return sql


# One row per person and month with entries; net = given - received; cumulative_net runs over that person's months.
_PERSON_ID_TEXT = neutralise_sql("m.person_id")
_PERSON_NAME_TEXT = neutralise_sql("p.name")
BALANCES_SQL = (
    "WITH monthly AS ("  # noqa: S608 (identifiers from code; the filter values are parameters)
    " SELECT e.person_id, date_trunc('month', e.occurred_on) AS month_start,"
    "  coalesce(sum(e.points) FILTER (WHERE e.direction = 'gave'), 0)::DECIMAL(14, 2) AS given,"
    "  coalesce(sum(e.points) FILTER (WHERE e.direction = 'received'), 0)::DECIMAL(14, 2) AS received"
    " FROM ledger_entries e"
    f" WHERE e.workspace = ? AND e.person_id IS NOT NULL{_FILTER_MARK}"
    " GROUP BY e.person_id, month_start)"
    f" SELECT {_PERSON_ID_TEXT} AS person_id, {_PERSON_NAME_TEXT} AS person,"
    " strftime(m.month_start, '%Y-%m') AS month, m.given, m.received, (m.given - m.received)::DECIMAL(14, 2) AS net,"
    " (sum(m.given - m.received) OVER (PARTITION BY m.person_id ORDER BY m.month_start))::DECIMAL(14, 2)"
    " AS cumulative_net"
    " FROM monthly m LEFT JOIN people p ON p.workspace = ? AND p.id = m.person_id"
    " ORDER BY p.name, m.person_id, m.month_start"
)


def export_file_query(store: Store, file: str) -> tuple[str, list[object]]:
    """The SELECT (and its parameters) that `file` of a whole-workspace export is written from."""
    return _file_query(store, file, None)


def _file_query(store: Store, file: str, filters: ReportFilter | None) -> tuple[str, list[object]]:
    conditions, values = _filter_sql(filters)
    if file == BALANCES_FILE:
        return BALANCES_SQL.replace(_FILTER_MARK, conditions), [store.workspace, *values, store.workspace]
    sql = export_sql(SPEC_BY_FILE[file])
    if file == "ledger.csv":
        return sql.replace(_FILTER_MARK, conditions), [store.workspace] * 3 + values
    return sql, [store.workspace]


def quoted_columns(file: str) -> tuple[str, ...]:
    """The columns written in double quotes: every text column (so "" differs from no value)."""
    if file == BALANCES_FILE:
        return ("person_id", "person", "month")
    return tuple(c.name for c in SPEC_BY_FILE[file].columns if c.kind in ("text", "ntext", "choice"))


def header_line(file: str) -> str:
    names = BALANCES_COLUMNS if file == BALANCES_FILE else SPEC_BY_FILE[file].names
    return ",".join(f'"{name}"' for name in names) + "\n"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def copy_file(store: Store, file: str, target: Path, *, prefix: str, filters: ReportFilter | None = None) -> int:
    """Write one export file at `target` with DuckDB's own parallel CSV writer; returns the number of data rows.

    `prefix` (the header line, with a byte-order mark if wanted) opens the file. COPY takes no prepared parameter
    for its target or options: the path becomes a quoted literal, and everything else comes from code.
    """
    sql, params = _file_query(store, file, filters)
    quoted = ", ".join(f'"{name}"' for name in quoted_columns(file))
    options = (
        f"FORMAT csv, HEADER false, FORCE_QUOTE ({quoted}), TIMESTAMPFORMAT {_literal(TIMESTAMP_FORMAT)}, "
        # DuckDB writes PREFIX, then the rows, each but the last ending in a newline, then SUFFIX.
        f"PREFIX {_literal(prefix)}, SUFFIX {_literal(chr(10))}"
    )
    statement = f"COPY ({sql}) TO {_literal(str(target))} ({options})"
    try:
        with store.db.cursor() as cur:
            rows = cur.execute(statement, params).fetchone()[0]
    except (duckdb.IOException, duckdb.PermissionException) as exc:
        # A file that cannot be written is an OSError to callers, as with open(): the CLI names the folder.
        raise OSError(errno.EIO, str(exc).splitlines()[0], str(target)) from exc
    if rows == 0:  # with no rows DuckDB still writes SUFFIX: a stray blank line after the header
        target.write_bytes(prefix.encode())
    return rows


def stream_file(
    store: Store,
    file: str,
    consume: Callable[[pa.RecordBatchReader], T],
    filters: ReportFilter | None = None,
    limit: int | None = None,
) -> T:
    """Run the export query of `file` and hand its Arrow batches to `consume` while the cursor is open."""
    sql, params = _file_query(store, file, filters)
    if limit is not None:  # every export query ends with its ORDER BY: a top-N, not a full sort held in memory
        sql, params = sql + " LIMIT ?", [*params, limit]
    with store.db.cursor() as cur:
        reader = cur.execute(sql, params).to_arrow_reader(_BATCH_ROWS)
        return consume(reader)


def preview(store: Store, file: str, filters: ReportFilter | None = None, limit: int = 50):
    """The first `limit` rows of a file as a pandas frame (the neutralised text, as the file holds it)."""

    def head(reader: pa.RecordBatchReader):
        batches, rows = [], 0
        for batch in reader:
            batches.append(batch.slice(0, limit - rows))
            rows += batches[-1].num_rows
            if rows >= limit:
                break
        return pa.Table.from_batches(batches, schema=reader.schema).to_pandas()

    return stream_file(store, file, head, filters, limit=limit)


_DATE_RANGE = "WITH " + rollup.ROLLUP_CTE + " SELECT min(first_on), max(last_on) FROM rollup"  # noqa: S608


def ledger_date_range(store: Store) -> tuple[dt.date | None, dt.date | None]:
    row = store.read(_DATE_RANGE)[0]
    return row[0], row[1]
