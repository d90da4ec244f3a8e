"""CSV imports: a folder or zip written by export (a full restore/merge), or a single ledger file.

Rules (see also frentor.reports for the format and frentor.csv_safety for the apostrophe rule):

* Files are recognised by their exact base name (passions.csv, people.csv, ledger.csv, ...). Names from a zip or
  an upload are never used as paths: zip entries with a folder part (`/`, `\\`) or `..` are ignored, and so is
  any name we don't know. balances.csv is a report and is skipped on import.
* A single CSV with any other name (CLI `frentor import my.csv`, or one uploaded file) is read as a ledger file:
  columns date, person, direction, kind, points (note, id and the other ledger.csv columns optional). People are
  matched by exact name and created when missing. `kind` holds a built-in kind's key (e.g. `feedback`, as export
  writes it) or a user kind's name; unknown kinds are created as user kinds (default points = the points of their
  first row). Rows without an id get one derived from their content, so importing the same file twice adds
  nothing the second time.
* Upsert by id (links by all their columns, settings by key): rows are counted new / updated / unchanged; nothing
  is deleted. Columns a file lacks are left as they are (new rows get defaults).
* Accepted: UTF-8 with or without BOM, LF or CRLF line ends, quoted fields with newlines, commas and quotes.
* Limits: MAX_FILE_BYTES per file (512 MiB: a 1,000,000-entry ledger export is about 240 MB) and MAX_ROWS data
  rows per file.
* All or nothing: every file is checked first, then everything is written in ONE transaction. Problems name the
  file, the row (spreadsheet numbering: the header is row 1) and the column; the first 20 are listed.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv

from frentor import settings
from frentor.csv_safety import BOM, restore
from frentor.errors import Problem
from frentor.markdown import quote_user_text
from frentor.store import Store
from frentor.store import imports as queries
from frentor.store.imports import ImportRejected, ImportResult, StagedFile, TableCounts
from frentor.store.reports import BALANCES_FILE, SPEC_BY_FILE

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ROWS = 2_000_000
LEDGER_FILE = "ledger.csv"
KNOWN_FILES: frozenset[str] = frozenset((*SPEC_BY_FILE, BALANCES_FILE))
# Import order: parents first (kinds and people before the ledger that refers to them).
_ORDER = {name: index for index, name in enumerate(SPEC_BY_FILE)}

__all__ = [
    "KNOWN_FILES",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "ImportRejected",
    "ImportResult",
    "Source",
    "TableCounts",
    "import_sources",
    "plan_import",
    "safe_name",
    "sources_from_path",
    "sources_from_uploads",
]


@dataclass(frozen=True)
class Source:
    """One CSV to import: `file` is the export file it stands for, `name` what messages call it."""

    file: str
    name: str
    data: bytes


def safe_name(name: str) -> str:
    """A file name fit for messages: its last path part, letters/digits/.-_ and spaces only, at most 80 chars."""
    base = re.split(r"[/\\]", name or "")[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:80] or "upload.csv"


def _problem(name: str, key: str, **params) -> Problem:
    return Problem(field=name, key=key, params=params)


def _read_limited(handle, name: str) -> bytes:
    data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected([_problem(name, "import.too_big", limit=MAX_FILE_BYTES // (1024 * 1024))])
    return data


def _from_zip(data: bytes, name: str) -> list[Source]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportRejected([_problem(name, "import.bad_zip")]) from None
    sources, problems = [], []
    with archive:
        for info in archive.infolist():
            entry = info.filename
            # Only known base names at the top of the archive; never a path.
            if info.is_dir() or "/" in entry or "\\" in entry or ".." in entry or entry not in KNOWN_FILES:
                continue
            shown = f"{safe_name(name)}/{entry}"
            if info.file_size > MAX_FILE_BYTES:
                problems.append(_problem(shown, "import.too_big", limit=MAX_FILE_BYTES // (1024 * 1024)))
                continue
            try:
                with archive.open(info) as handle:
                    sources.append(Source(entry, shown, _read_limited(handle, shown)))
            except ImportRejected as exc:
                problems.extend(exc.problems)
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError):
                problems.append(_problem(shown, "import.bad_zip"))
    if problems:
        raise ImportRejected(problems)
    if not sources:
        raise ImportRejected([_problem(safe_name(name), "import.no_known_files")])
    return sources


def sources_from_path(path: Path) -> list[Source]:
    """What `frentor import PATH` reads: a folder written by export, a zip of one, or a single ledger CSV."""
    if path.is_dir():
        sources = []
        for file in sorted(KNOWN_FILES):
            candidate = path / file
            if candidate.is_file():
                with candidate.open("rb") as handle:
                    sources.append(Source(file, file, _read_limited(handle, file)))
        if not sources:
            raise ImportRejected([_problem(safe_name(str(path)), "import.no_known_files")])
        return sources
    if not path.is_file():
        raise ImportRejected([_problem(safe_name(str(path)), "import.missing_path")])
    with path.open("rb") as handle:
        data = _read_limited(handle, safe_name(path.name))
    if zipfile.is_zipfile(io.BytesIO(data)):
        return _from_zip(data, path.name)
    file = path.name if path.name in KNOWN_FILES else LEDGER_FILE
    return [Source(file, safe_name(path.name), data)]


def sources_from_uploads(uploads: Iterable[tuple[str, bytes]]) -> list[Source]:
    """Uploaded files (name as sent by the browser, bytes): zips are opened, CSVs recognised by base name.

    One CSV with an unknown name is a ledger file; with several files, unknown names are a problem.
    """
    uploads = list(uploads)
    sources, unknown = [], []
    for raw_name, data in uploads:
        name = safe_name(raw_name)
        if len(data) > MAX_FILE_BYTES:
            raise ImportRejected([_problem(name, "import.too_big", limit=MAX_FILE_BYTES // (1024 * 1024))])
        if name.lower().endswith(".zip") or data[:4] == b"PK\x03\x04":
            sources.extend(_from_zip(data, name))
        elif name in KNOWN_FILES:
            sources.append(Source(name, name, data))
        else:
            unknown.append(Source(LEDGER_FILE, name, data))
    if unknown and (len(unknown) > 1 or sources):
        raise ImportRejected([_problem(s.name, "import.unknown_file") for s in unknown])
    return sources + unknown


# -- parsing -----------------------------------------------------------------------------------------------------
def _encoding_problem(source: Source) -> Problem | None:
    try:
        source.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = source.data.count(b"\n", 0, exc.start) + 1
        return _problem(source.name, "import.not_utf8", line=line)
    return None


def _is_utf8_prefix(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # only a character cut in half at the end
    return True


def _parse(source: Source) -> StagedFile | list[Problem]:
    """One CSV as an Arrow table of text columns (+ the row number), or the problems that stop it."""
    spec = SPEC_BY_FILE[source.file]
    if len(source.data) > MAX_FILE_BYTES:
        return [_problem(source.name, "import.too_big", limit=MAX_FILE_BYTES // (1024 * 1024))]
    data = source.data[len(BOM) :] if source.data.startswith(BOM) else source.data
    if not data.strip():
        return [_problem(source.name, "import.empty_file")]
    head = data[:65536]
    if b"\x00" in head and not _is_utf8_prefix(head):  # binary (an image, a spreadsheet, ...), not text
        return [_problem(source.name, "import.not_csv")]
    first_line = data.split(b"\n", 1)[0].rstrip(b"\r")
    try:
        header_text = first_line.decode("utf-8")
    except UnicodeDecodeError:
        return [_encoding_problem(source) or _problem(source.name, "import.not_utf8", line=1)]
    try:
        header = pa_csv.read_csv(
            io.BytesIO(first_line + b"\n"),
            convert_options=pa_csv.ConvertOptions(column_types={}, strings_can_be_null=False),
        ).column_names
    except pa.ArrowInvalid:
        header = header_text.split(",")
    names = [h.strip() for h in header]
    problems = []
    duplicates = sorted({n for n in names if names.count(n) > 1})
    unknown = [n for n in names if n not in spec.names]
    missing = [c.name for c in spec.columns if c.required and c.name not in names]
    if source.file == LEDGER_FILE and not {"person", "person_id", "community_id"} & set(names):
        missing.append("person")
    if duplicates:
        problems.append(_problem(source.name, "import.duplicate_columns", columns=", ".join(duplicates)))
    if unknown:
        problems.append(
            _problem(source.name, "import.unknown_columns", columns=", ".join(unknown), expected=", ".join(spec.names))
        )
    if missing:
        problems.append(_problem(source.name, "import.missing_columns", columns=", ".join(missing)))
    if problems:
        return problems
    try:
        table = pa_csv.read_csv(
            io.BytesIO(data),
            read_options=pa_csv.ReadOptions(column_names=names, skip_rows=1, block_size=16 * 1024 * 1024),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types={n: pa.string() for n in names}, strings_can_be_null=False
            ),
        )
    except pa.ArrowInvalid as exc:
        text = str(exc)
        if "UTF8" in text or "utf8" in text.lower():
            return [_encoding_problem(source) or _problem(source.name, "import.not_utf8", line=0)]
        return [_problem(source.name, "import.bad_csv", detail=text.splitlines()[0][:160])]
    if table.num_rows > MAX_ROWS:
        return [_problem(source.name, "import.too_many_rows", limit=MAX_ROWS)]
    rows = pa.array(range(2, table.num_rows + 2), type=pa.int64())
    return StagedFile(spec, source.name, table.append_column(queries.ROW, rows))


def _settings_problems(staged: StagedFile) -> list[Problem]:
    """Every row of a settings file must hold a known, importable key and a valid value for it (frentor.settings):
    a stored setting is read before any page's error boundary, so a bad one must never get in."""
    if "key" not in staged.table.column_names:
        return []
    keys = staged.table.column("key").to_pylist()
    values = staged.table.column("value").to_pylist() if "value" in staged.table.column_names else [None] * len(keys)
    rows = staged.table.column(queries.ROW).to_pylist()
    known = ", ".join(key for key, spec in settings.SETTINGS.items() if spec.importable)
    problems = []
    for row, raw_key, raw_value in zip(rows, keys, values, strict=True):
        key = restore(raw_key)
        if not key:
            continue  # an empty key is reported by the cell checks
        spec = settings.SETTINGS.get(key)
        where = f"{staged.name} · key"
        if spec is None:
            problems.append(
                Problem(where, "import.unknown_setting", row, {"key": quote_user_text(key), "known": known})
            )
        elif not spec.importable:
            problems.append(Problem(where, "import.setting_not_importable", row, {"key": key}))
        elif raw_value is not None:
            try:
                settings.decode(key, restore(raw_value))
            except settings.BadSetting:
                problems.append(Problem(f"{staged.name} · value", "import.bad_setting", row, {"key": key}))
    return problems


def _stage(sources: Sequence[Source]) -> list[StagedFile]:
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    staged: list[StagedFile] = []
    for source in sources:
        if source.file == BALANCES_FILE:
            continue  # a report, derived from the ledger
        if source.file in seen:
            problems.append(_problem(source.name, "import.same_file_twice", other=seen[source.file]))
            continue
        seen[source.file] = source.name
        parsed = _parse(source)
        if isinstance(parsed, list):
            problems.extend(parsed)
        else:
            staged.append(parsed)
            if parsed.spec.file == "settings.csv":
                problems.extend(_settings_problems(parsed))
    if problems:
        raise ImportRejected(problems)
    if not staged:
        raise ImportRejected([_problem(sources[0].name if sources else "-", "import.no_known_files")])
    return sorted(staged, key=lambda s: _ORDER[s.spec.file])


def plan_import(store: Store, sources: Sequence[Source]) -> ImportResult:
    """What importing `sources` would change (new / updated / unchanged per file); writes nothing."""
    return queries.run_import(store, _stage(sources), dry_run=True)


def import_sources(store: Store, sources: Sequence[Source]) -> ImportResult:
    """Import `sources` into the store's workspace in one transaction; raises ImportRejected (nothing written)."""
    return queries.run_import(store, _stage(sources))
