"""SQL for CSV imports: validate, stage, compare and upsert whole files inside ONE transaction.

Checked files arrive as streams of Arrow record batches of text columns plus a `__row` column (the spreadsheet row
number, header = row 1), loaded into temporary tables of the import's transaction. Every check and conversion runs
in DuckDB over the whole file, without a Python loop. Identifiers come from the FileSpecs in frentor.store.reports
(code), never from users; values are parameters. Nothing is kept unless every file passes: any problem raises
before COMMIT.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from frentor.csv_safety import ESCAPE
from frentor.errors import Problem, ValidationError
from frentor.store import rollup
from frentor.store.reports import SPEC_BY_FILE, Column, FileSpec
from frentor.store.workspace import Store

MAX_LISTED_PROBLEMS = 20
ROW = "__row"


class ImportRejected(ValidationError):
    """Import problems: the first MAX_LISTED_PROBLEMS are listed, `count` says how many there were in all."""

    def __init__(self, problems: list[Problem], total: int | None = None) -> None:
        super().__init__(problems[:MAX_LISTED_PROBLEMS])
        self.params["count"] = max(total or 0, len(problems))


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged


@dataclass(frozen=True)
class StagedFile:
    """A checked file, ready to be loaded: its rows come again, block by block, from `batches()`."""

    spec: FileSpec
    name: str  # shown in messages (the uploaded or given file name, already made safe)
    columns: tuple[str, ...]  # text columns named as in the spec (a subset), then __row
    rows: int
    batches: Callable[[], Iterator[pa.RecordBatch]]

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([(name, pa.int64() if name == ROW else pa.string()) for name in self.columns])


# Each file's rows land in a temporary table named after the file (names from code; an import holds each file once),
# written once here like every other statement built from identifiers.
_IMPORT_TABLE = {file: "frentor_import_" + spec.table for file, spec in SPEC_BY_FILE.items()}
_LOAD = {
    file: "CREATE TEMP TABLE " + table + " AS SELECT * FROM frentor_incoming"  # noqa: S608 (names from code)
    for file, table in _IMPORT_TABLE.items()
}


def _load(cur: duckdb.DuckDBPyConnection, staged: StagedFile) -> str:
    """The file's rows into a temporary table, streamed block by block from the file (never held whole in Python);
    returns the table's name."""
    reader = pa.RecordBatchReader.from_batches(staged.schema, staged.batches())
    cur.register("frentor_incoming", reader)
    try:
        (loaded,) = cur.execute(_LOAD[staged.spec.file]).fetchone()  # CREATE TABLE AS answers its row count
    finally:
        cur.unregister("frentor_incoming")
    # The file was read a second time: if it is not the file that was checked (changed on disk meanwhile), stop.
    if loaded != staged.rows:
        raise ImportRejected([Problem(field=staged.name, key="import.changed_while_reading")])
    return _IMPORT_TABLE[staged.spec.file]


@dataclass
class ImportResult:
    counts: dict[str, TableCounts] = field(default_factory=dict)


class _DryRun(Exception):  # noqa: N818 - a control-flow signal, not an error
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _restore(expression: str) -> str:
    escape = ESCAPE.replace("'", "''")
    return f"CASE WHEN starts_with({expression}, '{escape}') THEN substr({expression}, 2) ELSE {expression} END"


def _choices_sql(choices: Sequence[str]) -> str:
    return ", ".join("'" + c.replace("'", "''") + "'" for c in choices)


# -- validation --------------------------------------------------------------------------------------------------
def _problem_case(column: Column) -> tuple[str, dict]:
    """A SQL CASE giving a message key for a bad cell (else NULL), and the message's parameters."""
    raw = _q(column.name)
    trimmed = f"trim({raw})"
    whens: list[str] = []
    params: dict = {}
    if column.nonempty:
        value = _restore(raw) if column.kind in ("text", "ntext") else trimmed
        whens.append(f"WHEN {value} = '' THEN 'validation.required'")
    if column.kind == "choice":
        whens.append(f"WHEN {trimmed} NOT IN ({_choices_sql(column.choices)}) THEN 'validation.bad_choice'")
        params = {"choices": ", ".join(column.choices)}
    elif column.kind == "int":
        whens.append(
            f"WHEN {trimmed} <> '' AND NOT regexp_full_match({trimmed}, '-?[0-9]{{1,9}}') THEN 'validation.not_number'"
        )
        whens.append(
            f"WHEN {trimmed} <> '' AND CAST({trimmed} AS BIGINT) NOT BETWEEN {column.low} AND {column.high} "
            "THEN 'validation.out_of_range'"
        )
        params = {"low": column.low, "high": column.high}
    elif column.kind == "decimal":
        whens.append(f"WHEN regexp_full_match({trimmed}, '-[0-9]*[.]?[0-9]+') THEN 'validation.negative'")
        whens.append(
            f"WHEN {trimmed} <> '' AND NOT regexp_full_match({trimmed}, '[0-9]+([.][0-9]+)?') "
            "THEN 'validation.not_number'"
        )
        whens.append(
            f"WHEN {trimmed} <> '' AND NOT regexp_full_match({trimmed}, "
            f"'[0-9]{{1,{column.digits}}}([.][0-9]{{1,2}})?') THEN 'import.bad_decimal'"
        )
        params = {"digits": column.digits}
    elif column.kind == "date":
        whens.append(
            f"WHEN {trimmed} <> '' AND (NOT regexp_full_match({trimmed}, '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') "
            f"OR try_cast({trimmed} AS DATE) IS NULL) THEN 'validation.bad_date'"
        )
    elif column.kind == "timestamp":
        whens.append(f"WHEN {trimmed} <> '' AND try_cast({trimmed} AS TIMESTAMP) IS NULL THEN 'import.bad_timestamp'")
    elif column.kind == "bool":
        whens.append(f"WHEN lower({trimmed}) NOT IN ('true', 'false', '') THEN 'import.bad_bool'")
    if not whens:
        return "", params
    return "CASE " + " ".join(whens) + " END", params


def _cell_problems(cur: duckdb.DuckDBPyConnection, staged: StagedFile, view: str) -> tuple[list[Problem], int]:
    present = set(staged.columns)
    parts, params_by_index = [], {}
    for index, column in enumerate(staged.spec.columns):
        if column.name not in present:
            continue
        case, params = _problem_case(column)
        if case:
            parts.append(f"SELECT {ROW}, {index} AS col, {case} AS problem FROM {view}")  # noqa: S608
            params_by_index[index] = params
    if staged.spec.file == "ledger.csv":
        # An entry belongs to a person (by id or name) or to a community.
        who = [f"{_restore(_q(c))} = ''" for c in ("person_id", "person", "community_id") if c in present]
        if who:
            index = staged.spec.names.index("person")
            parts.append(
                f"SELECT {ROW}, {index} AS col, CASE WHEN {' AND '.join(who)} THEN 'validation.required' END "  # noqa: S608
                f"AS problem FROM {view}"
            )
            params_by_index[index] = {}
        # The kind is needed unless a kind_id says which one.
        kind_index = staged.spec.names.index("kind")
        no_kind_id = f" AND {_restore(_q('kind_id'))} = ''" if "kind_id" in present else ""
        parts.append(
            f"SELECT {ROW}, {kind_index} AS col, CASE WHEN {_restore(_q('kind'))} = ''{no_kind_id} "  # noqa: S608
            f"THEN 'validation.required' END AS problem FROM {view}"
        )
        params_by_index[kind_index] = {}
    keys = [k for k in staged.spec.keys if k in present]
    if keys and len(keys) == len(staged.spec.keys):
        key_sql = ", ".join(_restore(_q(k)) for k in keys)
        skip_empty = " AND ".join(f"{_restore(_q(k))} <> ''" for k in keys)
        index = staged.spec.names.index(keys[0])
        parts.append(
            f"SELECT {ROW}, {index} AS col, CASE WHEN {skip_empty} AND row_number() OVER "  # noqa: S608
            f"(PARTITION BY {key_sql} ORDER BY {ROW}) > 1 THEN 'validation.duplicate' END AS problem FROM {view}"
        )
        params_by_index.setdefault(index, {})
    if not parts:
        return [], 0
    union = " UNION ALL ".join(parts)
    found = f"SELECT * FROM ({union}) WHERE problem IS NOT NULL"  # noqa: S608
    # Every identifier here comes from code (column specs, staging names); values were bound in `parts`.
    count_found = f"SELECT count(*) FROM ({found})"  # noqa: S608
    first_found = f"{found} ORDER BY {ROW}, col LIMIT {MAX_LISTED_PROBLEMS}"
    total = cur.execute(count_found).fetchone()[0]
    rows = cur.execute(first_found).fetchall()
    problems = [
        Problem(
            field=f"{staged.name} · {staged.spec.columns[col].name}",
            key=key,
            row=int(row),
            params=params_by_index.get(col, {}) if key != "validation.duplicate" else {},
        )
        for row, col, key in rows
    ]
    return problems, int(total)


# -- staging -----------------------------------------------------------------------------------------------------
def _convert(column: Column) -> str:
    raw, trimmed = _q(column.name), f"trim({_q(column.name)})"
    if column.kind == "text":
        return _restore(raw)
    if column.kind == "ntext":
        return f"nullif({_restore(raw)}, '')"
    if column.kind == "choice":
        return trimmed
    if column.kind == "int":
        return f"CAST(nullif({trimmed}, '') AS INTEGER)"
    if column.kind == "decimal":
        return f"CAST(nullif({trimmed}, '') AS DECIMAL({column.digits + 2}, 2))"
    if column.kind == "date":
        return f"CAST(nullif({trimmed}, '') AS DATE)"
    if column.kind == "timestamp":
        return f"CAST(nullif({trimmed}, '') AS TIMESTAMP)"
    if column.kind == "bool":
        return f"CASE lower({trimmed}) WHEN 'true' THEN true WHEN 'false' THEN false END"
    raise ValueError(column.kind)


# NULL in these kinds means "not given": inserts use the default, updates keep the stored value.
_KEEP_WHEN_EMPTY = {"bool": "false", "timestamp": "CAST(current_timestamp AS TIMESTAMP)"}


def _apply_rows(
    cur: duckdb.DuckDBPyConnection,
    store: Store,
    table: str,
    stage: str,
    keys: Sequence[str],
    columns: Sequence[tuple[str, str]],
) -> TableCounts:
    """Upsert the staged rows into `table` by `keys`. `columns` = (table column, kind) present in the stage."""
    ws = store.workspace
    non_keys = [(c, k) for c, k in columns if c not in keys]
    join = " AND ".join(f"t.{_q(k)} = s.{_q(k)}" for k in keys)
    changed = []
    for column, kind in non_keys:
        if kind in _KEEP_WHEN_EMPTY:
            changed.append(f"(s.{_q(column)} IS NOT NULL AND s.{_q(column)} IS DISTINCT FROM t.{_q(column)})")
        else:
            changed.append(f"s.{_q(column)} IS DISTINCT FROM t.{_q(column)}")
    changed_sql = " OR ".join(changed) or "false"
    status = f"{stage}_status"
    cur.execute(
        f"CREATE TEMP TABLE {status} AS SELECT s.*, CASE WHEN t.workspace IS NULL THEN 'new' "  # noqa: S608
        f"WHEN {changed_sql} THEN 'updated' ELSE 'unchanged' END AS __status "
        f"FROM {stage} s LEFT JOIN {table} t ON t.workspace = ? AND {join}",
        [ws],
    )
    counts = TableCounts()
    count_by_status = f"SELECT __status, count(*) FROM {status} GROUP BY ALL"  # noqa: S608 (staging name from code)
    for state, count in cur.execute(count_by_status).fetchall():
        setattr(counts, state, int(count))
    insert_columns = ", ".join(_q(c) for c, _ in columns)
    insert_values = ", ".join(
        f"coalesce({_q(c)}, {_KEEP_WHEN_EMPTY[k]})" if k in _KEEP_WHEN_EMPTY else _q(c) for c, k in columns
    )
    if counts.new:
        cur.execute(
            f"INSERT INTO {table} (workspace, {insert_columns}) "  # noqa: S608
            f"SELECT ?, {insert_values} FROM {status} WHERE __status = 'new' ORDER BY {ROW}",
            [ws],
        )
    if counts.updated and non_keys:
        assignments = ", ".join(
            f"{_q(c)} = coalesce(s.{_q(c)}, t.{_q(c)})" if k in _KEEP_WHEN_EMPTY else f"{_q(c)} = s.{_q(c)}"
            for c, k in non_keys
        )
        cur.execute(
            f"UPDATE {table} AS t SET {assignments} FROM {status} s "  # noqa: S608
            f"WHERE t.workspace = ? AND {join} AND s.__status = 'updated'",
            [ws],
        )
    return counts


def _stage_table(cur: duckdb.DuckDBPyConnection, staged: StagedFile, view: str, stage: str) -> list[tuple[str, str]]:
    present = set(staged.columns)
    columns = [c for c in staged.spec.columns if c.name in present]
    select = ", ".join(f"{_convert(c)} AS {_q(c.column)}" for c in columns)
    create_stage = f"CREATE TEMP TABLE {stage} AS SELECT {ROW}, {select} FROM {view}"  # noqa: S608 (names from code)
    cur.execute(create_stage)
    return [(c.column, c.kind) for c in columns]


# -- the ledger: people and kinds by name, generated ids -------------------------------------------------------
_LEDGER_OPTIONAL = {
    "id": ("nullif({r}, '')", "CAST(NULL AS VARCHAR)"),
    "person_id": ("nullif({r}, '')", "CAST(NULL AS VARCHAR)"),
    "person": ("{r}", "''"),
    "note": ("{r}", "CAST(NULL AS VARCHAR)"),
    "community_id": ("nullif({r}, '')", "CAST(NULL AS VARCHAR)"),
    "kind_id": ("nullif({r}, '')", "CAST(NULL AS VARCHAR)"),
    "passion_id": ("nullif({r}, '')", "CAST(NULL AS VARCHAR)"),
}
# Ids of people and kinds a ledger file creates by name: derived from the name, so the same file gives the same ids.
_PERSON_ID = "('imp-person-' || md5({name}))"
_KIND_ID = "('imp-kind-' || md5({name}))"
_SQL_TYPES = {"decimal": "DECIMAL(12, 2)", "timestamp": "TIMESTAMP", "date": "DATE", "choice": "VARCHAR"}


def _stage_ledger(
    cur: duckdb.DuckDBPyConnection, store: Store, staged: StagedFile, view: str, counts: dict[str, TableCounts]
) -> TableCounts:
    ws = store.workspace
    present = set(staged.columns)
    spec = staged.spec

    def text(name: str) -> str:
        template, missing = _LEDGER_OPTIONAL[name]
        return template.format(r=_restore(_q(name))) if name in present else missing

    def typed(name: str) -> str:
        column = spec.column(name)
        return _convert(column) if name in present else f"CAST(NULL AS {_SQL_TYPES[column.kind]})"

    stage = "frentor_ledger_stage"
    person_id_of_name = _PERSON_ID.format(name="nullif(s.person_name, '')")
    kind_id_of_name = _KIND_ID.format(name="s.kind_text")
    cur.execute(
        f"CREATE TEMP TABLE {stage} AS SELECT {ROW}, {text('id')} AS given_id, {typed('date')} AS occurred_on, "  # noqa: S608
        f"{text('person_id')} AS person_id_raw, {text('person')} AS person_name, {typed('direction')} AS direction, "
        f"{_restore(_q('kind'))} AS kind_text, {text('kind_id')} AS kind_id_raw, {typed('points')} AS points, "
        f"{text('note')} AS note, {text('community_id')} AS community_id, {typed('hours')} AS hours, "
        f"{text('passion_id')} AS passion_id, {typed('created_at')} AS created_at FROM {view}"
    )
    # People named in the file but unknown here are created (matched by exact name). Their ids come from the name
    # (_PERSON_ID), not from chance: two sessions importing the same file at once then create the same key, and the
    # second one's retry finds the first one's person instead of adding a twin. A person created so and renamed
    # since keeps that id, and is matched by it.
    new_people = cur.execute(
        f"INSERT INTO people (workspace, id, name) SELECT ?, {_PERSON_ID.format(name='n')}, n FROM ("  # noqa: S608
        f" SELECT DISTINCT s.person_name AS n FROM {stage} s"
        " WHERE s.person_name <> ''"
        " AND NOT EXISTS (SELECT 1 FROM people p WHERE p.workspace = ? AND p.id = s.person_id_raw)"
        " AND NOT EXISTS (SELECT 1 FROM people p WHERE p.workspace = ? AND p.name = s.person_name)"
        f" AND NOT EXISTS (SELECT 1 FROM people p WHERE p.workspace = ? AND p.id = {person_id_of_name})"
        " ORDER BY n)",
        [ws, ws, ws, ws],
    ).fetchone()[0]
    # Kinds: by id, else a built-in key, else a user kind's name; unknown ones are created as user kinds.
    new_kinds = cur.execute(
        "INSERT INTO value_kinds (workspace, id, key, name, default_points, usual_direction) "  # noqa: S608
        f"SELECT ?, {_KIND_ID.format(name='kind_text')}, NULL, kind_text, first_points, 'either' FROM ("
        f" SELECT s.kind_text, arg_min(s.points, s.{ROW}) AS first_points FROM {stage} s"
        " WHERE NOT EXISTS (SELECT 1 FROM value_kinds k WHERE k.workspace = ? AND k.id = s.kind_id_raw)"
        " AND NOT EXISTS (SELECT 1 FROM value_kinds k WHERE k.workspace = ? AND k.key = s.kind_text)"
        " AND NOT EXISTS (SELECT 1 FROM value_kinds k WHERE k.workspace = ? AND k.key IS NULL AND k.name = s.kind_text)"
        f" AND NOT EXISTS (SELECT 1 FROM value_kinds k WHERE k.workspace = ? AND k.id = {kind_id_of_name})"
        " GROUP BY s.kind_text ORDER BY s.kind_text)",
        [ws, ws, ws, ws, ws],
    ).fetchone()[0]
    counts.setdefault("people.csv", TableCounts()).new += int(new_people)
    counts.setdefault("kinds.csv", TableCounts()).new += int(new_kinds)

    fingerprint = (
        "concat_ws(chr(31), "
        + ", ".join(
            f"coalesce(CAST({c} AS VARCHAR), chr(30))"
            for c in (
                "occurred_on",
                "person_id_raw",
                "person_name",
                "direction",
                "kind_text",
                "kind_id_raw",
                "points",
                "note",
                "community_id",
                "hours",
                "passion_id",
            )
        )
        + ")"
    )
    resolved = "frentor_ledger_resolved"
    cur.execute(
        f"CREATE TEMP TABLE {resolved} AS SELECT s.{ROW}, coalesce(s.given_id, g.generated_id) AS id,"  # noqa: S608
        " s.occurred_on, coalesce(pk.id, pn.id, pg.id) AS person_id, s.person_id_raw, s.community_id, s.direction,"
        " coalesce(kk.id, kkey.id, kname.id, kg.id) AS kind_id, s.points, s.hours, s.passion_id, s.note, s.created_at"
        f" FROM {stage} s"
        # Rows without an id get one from their content (+ which repeat of that content it is).
        f" LEFT JOIN (SELECT {ROW}, 'imp-' || md5(fp || chr(31) || CAST(row_number() OVER"
        f" (PARTITION BY fp ORDER BY {ROW}) AS VARCHAR)) AS generated_id"
        f"  FROM (SELECT {ROW}, {fingerprint} AS fp FROM {stage} WHERE given_id IS NULL)) g ON g.{ROW} = s.{ROW}"
        " LEFT JOIN people pk ON pk.workspace = ? AND pk.id = s.person_id_raw"
        " LEFT JOIN (SELECT name, min(id) AS id FROM people WHERE workspace = ? GROUP BY name) pn"
        "  ON pn.name = nullif(s.person_name, '')"  # a pure equi-join: a hash join, not a nested loop
        " LEFT JOIN value_kinds kk ON kk.workspace = ? AND kk.id = s.kind_id_raw"
        " LEFT JOIN (SELECT key, min(id) AS id FROM value_kinds WHERE workspace = ? AND key IS NOT NULL GROUP BY key)"
        "  kkey ON kkey.key = s.kind_text"
        " LEFT JOIN (SELECT name, min(id) AS id FROM value_kinds WHERE workspace = ? AND key IS NULL GROUP BY name)"
        "  kname ON kname.name = s.kind_text"
        # People and kinds this file's names created before, renamed since (ids from _PERSON_ID / _KIND_ID).
        f" LEFT JOIN people pg ON pg.workspace = ? AND pg.id = {person_id_of_name}"
        f" LEFT JOIN value_kinds kg ON kg.workspace = ? AND kg.id = {kind_id_of_name}",
        [ws, ws, ws, ws, ws, ws, ws],
    )
    orphans = cur.execute(
        f"SELECT {ROW}, person_id_raw IS NOT NULL FROM {resolved} WHERE person_id IS NULL AND community_id IS NULL "  # noqa: S608
        f"ORDER BY {ROW} LIMIT {MAX_LISTED_PROBLEMS}"
    ).fetchall()
    if orphans:
        total = cur.execute(
            f"SELECT count(*) FROM {resolved} WHERE person_id IS NULL AND community_id IS NULL"  # noqa: S608
        ).fetchone()[0]
        raise ImportRejected(
            [
                Problem(field=f"{staged.name} · person_id", key="import.unknown_person", row=int(row))
                if has_id
                else Problem(field=f"{staged.name} · person", key="validation.required", row=int(row))
                for row, has_id in orphans
            ],
            total,
        )
    # Optional columns the file lacks are left out: new rows get the table's defaults, existing rows keep theirs.
    columns = [
        ("id", "text"),
        ("occurred_on", "date"),
        ("person_id", "ntext"),
        ("direction", "choice"),
        ("kind_id", "ntext"),
        ("points", "decimal"),
    ]
    columns += [
        (c, kind)
        for c, kind in (
            ("community_id", "ntext"),
            ("hours", "decimal"),
            ("passion_id", "ntext"),
            ("note", "text"),
            ("created_at", "timestamp"),
        )
        if c in present
    ]
    final = "frentor_ledger_final"
    select = ", ".join(_q(c) for c, _ in columns)
    create_final = f"CREATE TEMP TABLE {final} AS SELECT {ROW}, {select} FROM {resolved}"  # noqa: S608 (names from code)
    cur.execute(create_final)
    # The rollup's months to make exact again: those of the file's rows and those the updated rows leave.
    months = cur.execute(
        f"SELECT DISTINCT {rollup.MONTH_OF} FROM (SELECT occurred_on FROM {final} UNION ALL "  # noqa: S608
        f"SELECT l.occurred_on FROM ledger_entries l JOIN {final} f ON l.workspace = ? AND l.id = f.id)",
        [ws],
    ).fetchall()
    counts = _apply_rows(cur, store, "ledger_entries", final, ("id",), columns)
    rollup.recompute(cur, ws, months=[month for (month,) in months])
    return counts


# -- the whole import ------------------------------------------------------------------------------------------
def run_import(
    store: Store,
    files: Sequence[StagedFile],
    *,
    dry_run: bool = False,
    step: Callable[[str], None] = lambda label: None,
) -> ImportResult:
    """Validate every file, then upsert them in dependency order, all in one transaction.

    With dry_run the same work runs and is rolled back: the result tells what WOULD change (the preview).
    Raises ImportRejected (nothing written) when any cell is bad. `step(label)` follows the work, file by file.
    """

    def work(cur: duckdb.DuckDBPyConnection) -> ImportResult:
        views = []
        problems, total = [], 0
        for staged in files:
            view = _load(cur, staged)  # a temporary table, dropped with the staging tables below
            views.append(view)
            found, count = _cell_problems(cur, staged, view)
            problems.extend(found)
            total += count
            step(f"checked {staged.spec.file}")
        if problems:
            raise ImportRejected(problems, total)
        result = ImportResult()
        for index, staged in enumerate(files):
            if staged.spec.file == "ledger.csv":
                continue
            stage = f"frentor_stage_{index}"
            columns = _stage_table(cur, staged, views[index], stage)
            result.counts[staged.spec.file] = _apply_rows(
                cur, store, staged.spec.table, stage, staged.spec.keys, columns
            )
            step(f"wrote {staged.spec.file}")
        for index, staged in enumerate(files):
            if staged.spec.file == "ledger.csv":
                result.counts["ledger.csv"] = _stage_ledger(cur, store, staged, views[index], result.counts)
                step("wrote ledger.csv")
        for name in [
            r[0]
            for r in cur.execute(
                "SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE 'frentor\\_%' ESCAPE '\\'"
            ).fetchall()
        ]:
            drop_stage = f"DROP TABLE {_q(name)}"  # a staging table this import created
            cur.execute(drop_stage)
        if dry_run:
            raise _DryRun(result)
        return result

    try:
        return store.write(work)
    except _DryRun as done:
        return done.result
    except duckdb.OutOfMemoryException:  # rolled back: nothing was written
        names = ", ".join(staged.name for staged in files[:3])
        raise ImportRejected([Problem(field=names, key="import.out_of_memory")]) from None
