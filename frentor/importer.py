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
* Limits: MAX_FILE_BYTES per file (32 MiB: a 100,000-entry ledger export is about 25 MB), MAX_ROWS data rows
  per file, MAX_IMPORT_BYTES for all files of one import. Files are read in small blocks, twice (checked, then
  loaded into DuckDB), never whole. A zip is checked from its directory before any entry
  is unpacked (entry count, repeated names, sizes, packing ratio, overlaps, method, encryption; see
  _checked_entries), then each entry is unpacked to a temporary file in small blocks and parsed from there, so a
  zip bomb is refused before it costs memory.
* All or nothing: every file is checked first, then everything is written in ONE transaction. Problems name the
  file, the row (spreadsheet numbering: the header is row 1) and the column; the first 20 are listed.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from frentor import settings
from frentor.builtin_kinds import BUILTIN_KINDS
from frentor.csv_safety import BOM, ESCAPE, restore
from frentor.errors import Problem, ValidationError
from frentor.markdown import quote_user_text, quote_user_texts
from frentor.progress import Step, no_progress
from frentor.store import Store
from frentor.store import imports as queries
from frentor.store.imports import MAX_LISTED_PROBLEMS, ImportRejected, ImportResult, StagedFile, TableCounts
from frentor.store.reports import BALANCES_FILE, SPEC_BY_FILE, Column, FileSpec
from frentor.validation import FIELD_RULES, ID_LIMIT, FieldRule

# An import is one transaction, and DuckDB holds a transaction's staging tables in memory until it commits: these
# caps keep the whole import of the largest accepted file under 400 MB (docs/RELIABILITY.md, measured by
# tests/unit/test_importer_zip.py). An export of 100,000 entries is about 25 MB; bigger workspaces move whole
# with a snapshot (frentor backup / restore).
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 100_000
MAX_IMPORT_BYTES = 32 * 1024 * 1024  # all files of one import together, unpacked (balances.csv, never read, aside)
# A zip is read only when its directory is plausible for an export (13 files): never more entries than this,
# each entry packed at most MAX_ZIP_RATIO to 1 once it is over RATIO_FLOOR_BYTES (CSV exports pack about 3 to 8
# to 1; a bomb packs hundreds or thousands to 1), entries inside the archive and not overlapping, only stored or
# deflated (what every zip tool writes; other methods can need much memory to unpack), never encrypted.
MAX_ZIP_ENTRIES = 1000
MAX_ZIP_RATIO = 50
RATIO_FLOOR_BYTES = 1024 * 1024
# pyarrow reads CSV in blocks of this size, and a row may span at most two of them. Small blocks keep the memory
# of a check small whatever the file's size (16 MiB blocks cost ~80 MB, 1 MiB ~8 MB); the longest row the
# fields' rules allow is well under 100 KB.
BLOCK_BYTES = 1024 * 1024
HEADER_BYTES = 64 * 1024  # a header line longer than this is not one of ours
_COPY_BYTES = 1024 * 1024
LEDGER_FILE = "ledger.csv"
KNOWN_FILES: frozenset[str] = frozenset((*SPEC_BY_FILE, BALANCES_FILE))
# Import order: parents first (kinds and people before the ledger that refers to them).
_ORDER = {name: index for index, name in enumerate(SPEC_BY_FILE)}

__all__ = [
    "KNOWN_FILES",
    "MAX_FILE_BYTES",
    "MAX_IMPORT_BYTES",
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
    """One CSV to import: `file` is the export file it stands for, `name` what messages call it.

    Its bytes are either `data` (an upload, already in memory: used as it is, never copied) or the file at `path`
    (given to the CLI, or a checked zip entry unpacked to a temporary folder, which `keep` holds: the folder is
    removed when the last source of that zip is dropped)."""

    file: str
    name: str
    data: bytes | None = None
    path: Path | None = None
    keep: object = field(default=None, repr=False, compare=False)

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else self.path.stat().st_size

    def open(self) -> BinaryIO:
        """A new binary stream over the bytes, from the start (BytesIO shares an upload's buffer, no copy)."""
        return io.BytesIO(self.data) if self.data is not None else self.path.open("rb")


def safe_name(name: str) -> str:
    """A file name fit for messages: its last path part, letters/digits/.-_ and spaces only, at most 80 chars."""
    base = re.split(r"[/\\]", name or "")[-1]
    return re.sub(r"[^\w.\- ]", "_", base)[:80] or "upload.csv"


def _problem(name: str, key: str, **params) -> Problem:
    return Problem(field=name, key=key, params=params)


def _too_big(name: str) -> ImportRejected:
    return ImportRejected([_problem(name, "import.too_big", limit=MAX_FILE_BYTES // (1024 * 1024))])


# -- zips: checked from their directory before anything is unpacked ----------------------------------------------
def _entry_count(handle: BinaryIO) -> int:
    """How many entries the zip's end record declares, read before zipfile parses the directory (which costs
    memory per entry: 300,000 empty entries, a 26 MB zip, took 160 MB). zipfile._EndRecData is private, but has
    read this record the same way since Python 2; a test pins it."""
    end = zipfile._EndRecData(handle)  # noqa: SLF001
    if end is None:
        raise zipfile.BadZipFile("no end of central directory")
    return end[zipfile._ECD_ENTRIES_TOTAL]  # noqa: SLF001


def _checked_entries(archive: zipfile.ZipFile, archive_size: int, shown_zip: str) -> list[zipfile.ZipInfo]:
    """The entries to import, or ImportRejected naming every problem; reads nothing but the zip's directory."""
    problems: list[Problem] = []
    chosen: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        entry = info.filename
        # Only known base names at the top of the archive; never a path, never a nested zip.
        if info.is_dir() or "/" in entry or "\\" in entry or ".." in entry or entry not in KNOWN_FILES:
            continue
        shown = f"{shown_zip}/{entry}"
        if entry in chosen:
            problems.append(_problem(shown, "import.zip_duplicate_name"))
            continue
        chosen[entry] = info
        if info.flag_bits & 0x1:
            problems.append(_problem(shown, "import.zip_encrypted"))
        elif info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            problems.append(_problem(shown, "import.zip_method"))
        elif info.file_size > MAX_FILE_BYTES:
            problems.append(_problem(shown, "import.too_big", limit=MAX_FILE_BYTES // (1024 * 1024)))
        elif info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            problems.append(_problem(shown, "import.zip_bomb", ratio=ratio, limit=MAX_ZIP_RATIO))
    # Declared sizes are what the ratio and the limits trust: each entry's packed bytes must lie inside the
    # archive, apart from every other entry's (a bomb can point many entries at one packed stream).
    end_of_previous = 0
    for info in sorted(chosen.values(), key=lambda i: i.header_offset):
        if info.header_offset < end_of_previous or info.header_offset + info.compress_size > archive_size:
            problems.append(_problem(f"{shown_zip}/{info.filename}", "import.bad_zip"))
        end_of_previous = max(end_of_previous, info.header_offset + 30 + len(info.orig_filename) + info.compress_size)
    if not problems and sum(i.file_size for i in chosen.values() if i.filename != BALANCES_FILE) > MAX_IMPORT_BYTES:
        problems.append(_problem(shown_zip, "import.too_big_total", limit=MAX_IMPORT_BYTES // (1024 * 1024)))
    if problems:
        raise ImportRejected(problems)
    return list(chosen.values())


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, shown: str) -> None:
    """Copy one checked entry to `target` in small blocks, never more than it declared (zipfile also stops there
    and checks the CRC at the end): memory stays at one block whatever the entry holds."""
    written = 0
    try:
        with archive.open(info) as entry, target.open("wb") as out:
            while block := entry.read(_COPY_BYTES):
                written += len(block)
                if written > info.file_size:
                    raise ImportRejected([_problem(shown, "import.bad_zip")])
                out.write(block)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a damaged stream, or a CRC that does not match
        raise ImportRejected([_problem(shown, "import.zip_corrupt", reason=quote_user_text(exc))]) from None
    except OSError as exc:  # the temporary folder: disk full, permissions
        reason = quote_user_text(exc.strerror or exc)
        raise ImportRejected([_problem(shown, "import.cannot_unpack", reason=reason)]) from None


def _from_zip(handle: BinaryIO, archive_size: int, name: str) -> list[Source]:
    shown_zip = safe_name(name)
    try:
        if _entry_count(handle) > MAX_ZIP_ENTRIES:
            raise ImportRejected([_problem(shown_zip, "import.zip_too_many_entries", limit=MAX_ZIP_ENTRIES)])
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, zlib.error):
        raise ImportRejected([_problem(shown_zip, "import.bad_zip")]) from None
    with archive:
        chosen = _checked_entries(archive, archive_size, shown_zip)
        if not chosen:
            raise ImportRejected([_problem(shown_zip, "import.no_known_files")])
        folder = tempfile.TemporaryDirectory(prefix="frentor-import-")
        sources = []
        for info in chosen:
            shown = f"{shown_zip}/{info.filename}"
            target = Path(folder.name) / info.filename  # a known base name (checked above): never a path
            _unpack(archive, info, target, shown)
            sources.append(Source(info.filename, shown, path=target, keep=folder))
    return sources


def sources_from_path(path: Path) -> list[Source]:
    """What `frentor import PATH` reads: a folder written by export, a zip of one, or a single ledger CSV.

    Files are read from disk when parsed, never loaded whole here; a zip's checked entries are unpacked to a
    temporary folder first."""
    if path.is_dir():
        sources = []
        for file in sorted(KNOWN_FILES):
            candidate = path / file
            if candidate.is_file():
                if candidate.stat().st_size > MAX_FILE_BYTES:
                    raise _too_big(file)
                sources.append(Source(file, file, path=candidate))
        if not sources:
            raise ImportRejected([_problem(safe_name(str(path)), "import.no_known_files")])
        return sources
    if not path.is_file():
        raise ImportRejected([_problem(safe_name(str(path)), "import.missing_path")])
    size = path.stat().st_size
    if zipfile.is_zipfile(path):
        with path.open("rb") as handle:
            return _from_zip(handle, size, path.name)
    if size > MAX_FILE_BYTES:
        raise _too_big(safe_name(path.name))
    file = path.name if path.name in KNOWN_FILES else LEDGER_FILE
    return [Source(file, safe_name(path.name), path=path)]


def sources_from_uploads(uploads: Iterable[tuple[str, bytes]]) -> list[Source]:
    """Uploaded files (name as sent by the browser, bytes): zips are opened, CSVs recognised by base name.

    One CSV with an unknown name is a ledger file; with several files, unknown names are a problem. The bytes are
    never copied: a CSV is parsed from them, a zip's checked entries are unpacked to a temporary folder.
    """
    uploads = list(uploads)
    sources, unknown = [], []
    for raw_name, data in uploads:
        name = safe_name(raw_name)
        if name.lower().endswith(".zip") or data[:4] == b"PK\x03\x04":
            sources.extend(_from_zip(io.BytesIO(data), len(data), name))
        elif len(data) > MAX_FILE_BYTES:
            raise _too_big(name)
        elif name in KNOWN_FILES:
            sources.append(Source(name, name, data))
        else:
            unknown.append(Source(LEDGER_FILE, name, data))
    if unknown and (len(unknown) > 1 or sources):
        raise ImportRejected([_problem(s.name, "import.unknown_file") for s in unknown])
    return sources + unknown


# -- parsing -----------------------------------------------------------------------------------------------------
def _encoding_problem(source: Source) -> Problem | None:
    """The line of the first byte that is not UTF-8, read in blocks (the file is never decoded whole)."""
    decoder, line = codecs.getincrementaldecoder("utf-8")(), 1
    with source.open() as handle:
        while block := handle.read(_COPY_BYTES):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                return _problem(source.name, "import.not_utf8", line=line + block.count(b"\n", 0, max(exc.start, 0)))
            line += block.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return _problem(source.name, "import.not_utf8", line=line)
    return None


def _is_utf8_prefix(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # only a character cut in half at the end
    return True


def _header(source: Source) -> list[str] | Problem:
    """The header's column names, from the first HEADER_BYTES only; or the problem that stops the file."""
    with source.open() as handle:
        head = handle.read(HEADER_BYTES + len(BOM))
    head = head[len(BOM) :] if head.startswith(BOM) else head
    if b"\x00" in head and not _is_utf8_prefix(head):  # binary (an image, a spreadsheet, a zip), not text
        return _problem(source.name, "import.not_csv")
    if not head.strip():  # nothing but blank lines where the header should be
        return _problem(source.name, "import.empty_file")
    end = head.find(b"\n")
    if end < 0 and source.size > HEADER_BYTES + len(BOM):
        return _problem(source.name, "import.header_too_long", limit=HEADER_BYTES // 1024)
    first_line = (head if end < 0 else head[:end]).rstrip(b"\r")
    try:
        header_text = first_line.decode("utf-8")
    except UnicodeDecodeError:
        return _encoding_problem(source) or _problem(source.name, "import.not_utf8", line=1)
    try:
        return pa_csv.read_csv(
            io.BytesIO(first_line + b"\n"),
            convert_options=pa_csv.ConvertOptions(column_types={}, strings_can_be_null=False),
        ).column_names
    except pa.ArrowInvalid:
        return header_text.split(",")


def _read_batches(source: Source, names: Sequence[str]) -> Iterator[pa.RecordBatch]:
    """The file's rows as text columns plus their row number, one block of about BLOCK_BYTES at a time: a file is
    never held whole (it is read twice, to check it and then to load it, see frentor.store.imports)."""
    # pyarrow skips a UTF-8 byte-order mark itself.
    with source.open() as handle:
        reader = pa_csv.open_csv(
            handle,
            read_options=pa_csv.ReadOptions(
                column_names=list(names), skip_rows=1, block_size=BLOCK_BYTES, use_threads=False
            ),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types={n: pa.string() for n in names}, strings_can_be_null=False
            ),
        )
        next_row = 2
        for batch in reader:
            rows = pa.array(range(next_row, next_row + batch.num_rows), type=pa.int64())
            next_row += batch.num_rows
            yield batch.append_column(queries.ROW, rows)


def _parse(source: Source) -> tuple[StagedFile, list[Problem], int] | list[Problem]:
    """One CSV checked block by block: the staged file with the problems of its cells (the first few of each column
    and how many more), or the problems that stop it from being read at all."""
    spec = SPEC_BY_FILE[source.file]
    if source.size > MAX_FILE_BYTES:
        return [_problem(source.name, "import.too_big", limit=MAX_FILE_BYTES // (1024 * 1024))]
    header = _header(source)
    if isinstance(header, Problem):
        return [header]
    names = [h.strip() for h in header]
    problems = []
    duplicates = sorted({n for n in names if names.count(n) > 1})
    unknown = [n for n in names if n not in spec.names]
    missing = [c.name for c in spec.columns if c.required and c.name not in names]
    if source.file == LEDGER_FILE and not {"person", "person_id", "community_id"} & set(names):
        missing.append("person")
    if duplicates:
        problems.append(_problem(source.name, "import.duplicate_columns", columns=quote_user_texts(duplicates)))
    if unknown:
        problems.append(
            _problem(
                source.name, "import.unknown_columns", columns=quote_user_texts(unknown), expected=", ".join(spec.names)
            )
        )
    if missing:
        problems.append(_problem(source.name, "import.missing_columns", columns=", ".join(missing)))
    if problems:
        return problems
    checks = _CellChecks(spec, source.name)
    try:
        for batch in _read_batches(source, names):
            checks.add(batch)
            if checks.rows > MAX_ROWS:
                return [_problem(source.name, "import.too_many_rows", limit=MAX_ROWS)]
    except pa.ArrowInvalid as exc:
        text = str(exc)
        if "UTF8" in text or "utf8" in text.lower():
            return [_encoding_problem(source) or _problem(source.name, "import.not_utf8", line=0)]
        if "straddl" in text:  # a row longer than the block pyarrow reads: its message names its internals
            return [_problem(source.name, "import.row_too_long", limit=BLOCK_BYTES // (1024 * 1024))]
        return [_problem(source.name, "import.bad_csv", detail=quote_user_text(text.splitlines()[0], 160))]
    staged = StagedFile(spec, source.name, (*names, queries.ROW), checks.rows, partial(_read_batches, source, names))
    return staged, checks.listed, checks.more


# Columns that are not a table's own, checked with the rule of the field they name; ids of any table.
_DERIVED_RULES: dict[tuple[str, str], FieldRule] = {
    ("ledger.csv", "person"): replace(FIELD_RULES[("people", "name")], required=False),  # or a person_id
    ("ledger.csv", "kind"): replace(FIELD_RULES[("value_kinds", "name")], required=False),  # or a kind_id
}
_ID_RULE = FieldRule("field.id", ID_LIMIT)
_BUILTIN_KEYS = tuple(kind.key for kind in BUILTIN_KINDS)


def _rule_of(spec: FileSpec, column: Column) -> FieldRule | None:
    if (spec.file, column.name) in _DERIVED_RULES:
        return _DERIVED_RULES[(spec.file, column.name)]
    if column.name == "id" or column.name.endswith("_id"):
        return _ID_RULE
    return FIELD_RULES.get((spec.table, column.column))


class _CellChecks:
    """Every text cell checked with its field's rule (frentor.validation.FIELD_RULES), as a form would check it,
    one block of rows at a time: lengths and empty names over whole columns (pyarrow), links and hashtags cell by
    cell, settings row by row. Keeps the first MAX_LISTED_PROBLEMS problems of each column and counts the rest."""

    def __init__(self, spec: FileSpec, name: str) -> None:
        self.spec, self.name = spec, name
        self.rows = 0
        self.listed: list[Problem] = []
        self.more = 0
        self._shown: dict[str, int] = {}

    def _note(self, field_name: str, problems: Iterable[Problem], count: int) -> None:
        room = MAX_LISTED_PROBLEMS - self._shown.get(field_name, 0)
        kept = list(itertools.islice(problems, max(room, 0)))
        self._shown[field_name] = self._shown.get(field_name, 0) + len(kept)
        self.listed.extend(kept)
        self.more += count - len(kept)

    def _flag(self, column: str, rows: pa.Array, bad: pa.Array, key: str, params: dict) -> None:
        count = pc.sum(bad).as_py() or 0
        if count:
            where = f"{self.name} · {column}"
            first = pc.filter(rows, bad).slice(0, MAX_LISTED_PROBLEMS).to_pylist()
            self._note(where, (Problem(where, key, row, params) for row in first), count)

    def add(self, batch: pa.RecordBatch) -> None:
        self.rows += batch.num_rows
        spec = self.spec
        rows = batch.column(queries.ROW)
        builtin = None
        if spec.file == "kinds.csv" and "key" in batch.schema.names:
            builtin = pc.not_equal(_restored(batch.column("key")), "")  # built-in kinds have a key and no name
        for name in batch.schema.names:
            if name == queries.ROW:
                continue
            text = _restored(batch.column(name))
            if spec.file == "kinds.csv" and name == "key":
                bad = pc.and_(pc.not_equal(text, ""), pc.invert(pc.is_in(text, value_set=pa.array(_BUILTIN_KEYS))))
                self._flag(name, rows, bad, "validation.bad_choice", {"choices": ", ".join(_BUILTIN_KEYS)})
                continue
            rule = _rule_of(spec, spec.column(name))
            if rule is None:
                continue
            too_long = pc.greater(pc.utf8_length(text), rule.limit)
            self._flag(name, rows, too_long, "validation.too_long", {"limit": rule.limit})
            if rule.required:
                empty = pc.equal(pc.utf8_trim_whitespace(text), "")
                if builtin is not None and name == "name":
                    empty = pc.and_(empty, pc.invert(builtin))
                self._flag(name, rows, empty, "validation.required", {})
            if rule.kind != "text":  # links and hashtags: the form's own validator, on each non-empty cell
                fits = pc.and_(pc.invert(too_long), pc.not_equal(text, ""))
                self._check_each(name, rule, pc.filter(rows, fits).to_pylist(), pc.filter(text, fits).to_pylist())
        if spec.file == "settings.csv":
            self._check_settings(batch)

    def _check_each(self, column: str, rule: FieldRule, rows: list[int], values: list[str]) -> None:
        for row, value in zip(rows, values, strict=True):
            try:
                rule.check(value, f"{self.name} · {column}")
            except ValidationError as exc:
                first = exc.problems[0]
                self._note(first.field, [Problem(first.field, first.key, row, first.params)], 1)

    def _check_settings(self, batch: pa.RecordBatch) -> None:
        """Every row of a settings file must hold a known, importable key and a valid value for it
        (frentor.settings): a stored setting is read before any page's error boundary, so a bad one must never
        get in."""
        if "key" not in batch.schema.names:
            return
        keys = batch.column("key").to_pylist()
        values = batch.column("value").to_pylist() if "value" in batch.schema.names else [None] * len(keys)
        known = ", ".join(key for key, spec in settings.SETTINGS.items() if spec.importable)
        for row, raw_key, raw_value in zip(batch.column(queries.ROW).to_pylist(), keys, values, strict=True):
            key = restore(raw_key)
            if not key:
                continue  # an empty key is reported by the cell checks
            spec = settings.SETTINGS.get(key)
            where = f"{self.name} · key"
            if spec is None:
                params = {"setting": quote_user_text(key), "known": known}
                self._note(where, [Problem(where, "import.unknown_setting", row, params)], 1)
            elif not spec.importable:
                self._note(where, [Problem(where, "import.setting_not_importable", row, {"setting": key})], 1)
            elif raw_value is not None:
                try:
                    settings.decode(key, restore(raw_value))
                except settings.BadSetting:
                    where = f"{self.name} · value"
                    self._note(where, [Problem(where, "import.bad_setting", row, {"setting": key})], 1)


def _restored(column: pa.Array) -> pa.Array:
    """The cells as stored: one leading apostrophe (the spreadsheet escape, frentor.csv_safety) dropped."""
    return pc.if_else(pc.starts_with(column, ESCAPE), pc.utf8_slice_codeunits(column, 1), column)


def _stage(sources: Sequence[Source]) -> list[StagedFile]:
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    staged: list[StagedFile] = []
    if sum(source.size for source in sources if source.file != BALANCES_FILE) > MAX_IMPORT_BYTES:
        name = sources[0].name if len(sources) == 1 else ", ".join(source.name for source in sources[:3])
        raise ImportRejected([_problem(name, "import.too_big_total", limit=MAX_IMPORT_BYTES // (1024 * 1024))])
    uncounted = 0  # cell problems found but not listed (only the first few of each column are kept)
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
            continue
        file, found, more = parsed
        staged.append(file)
        problems.extend(found)
        uncounted += more
    if problems:
        raise ImportRejected(problems, len(problems) + uncounted)
    if not staged:
        raise ImportRejected([_problem(sources[0].name if sources else "-", "import.no_known_files")])
    return sorted(staged, key=lambda s: _ORDER[s.spec.file])


def plan_import(store: Store, sources: Sequence[Source], step: Step = no_progress) -> ImportResult:
    """What importing `sources` would change (new / updated / unchanged per file); writes nothing."""
    return queries.run_import(store, _stage(sources), dry_run=True, step=step)


def import_sources(store: Store, sources: Sequence[Source], step: Step = no_progress) -> ImportResult:
    """Import `sources` into the store's workspace in one transaction; raises ImportRejected (nothing written).
    `step(label)` is called as each file is checked and written (frentor.progress)."""
    return queries.run_import(store, _stage(sources), step=step)
