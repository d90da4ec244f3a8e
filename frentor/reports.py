"""CSV exports of a workspace: one file per table plus the balances report, byte-for-byte the same from the app
and the CLI.

Format: UTF-8 (optionally with a byte-order mark for Excel), a header row, `\\n` line ends, ISO dates
(YYYY-MM-DD), timestamps as `YYYY-MM-DD HH:MM:SS.ffffff`, `.` decimals with two places, booleans `true`/`false`.
Every text value is quoted (so an empty text `""` differs from an empty unquoted cell, which means "no value");
numbers, dates and booleans are not. Text cells are neutralised for spreadsheets (frentor.csv_safety). The
`workspace` column is never exported: an import stamps the current workspace, so a backup moves between
workspaces and users. Rows are ordered deterministically, so the same data always gives the same bytes.

Files are written by DuckDB's own COPY (parallel, C++ all the way): the ledger of a 1,000,000-entry workspace is
written without a Python loop over rows. The app builds its downloads the same way, in a private temporary folder.
A MotherDuck database streams Arrow batches to pyarrow's CSV writer instead (COPY there may run in the cloud, not
where the file is wanted); tests hold both writers to the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv

from frentor.csv_safety import BOM
from frentor.progress import Step, no_progress
from frentor.store import Store
from frentor.store import reports as queries
from frentor.store.database import is_motherduck
from frentor.store.reports import BALANCES_FILE, FILES

# Every file an export writes, in a stable order: the tables (parents first), then the balances report.
EXPORT_FILES: tuple[str, ...] = (*(spec.file for spec in FILES), BALANCES_FILE)
# Files that honour a ReportFilter (date range, people); the others are always complete.
FILTERABLE_FILES: tuple[str, ...] = ("ledger.csv", BALANCES_FILE)
ZIP_NAME = "frentor-export.zip"
_COPY_CHUNK = 1 << 20

__all__ = [
    "EXPORT_FILES",
    "FILTERABLE_FILES",
    "ZIP_NAME",
    "ExportedFile",
    "ReportFilter",
    "export_bytes",
    "export_to_dir",
    "export_zip",
    "preview",
    "write_batches",
    "write_file",
]


@dataclass(frozen=True)
class ReportFilter:
    """Optional narrowing of ledger.csv and balances.csv: inclusive date range and a set of people."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    person_ids: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ExportedFile:
    file: str
    rows: int
    size: int


def write_file(store: Store, file: str, target: Path, *, bom: bool = False, filters: ReportFilter | None = None) -> int:
    """Write one export file at `target` (replacing it); returns the number of data rows."""
    if file not in EXPORT_FILES:
        raise ValueError(f"unknown export file {file!r}")
    if file not in FILTERABLE_FILES:
        filters = None
    target = target.expanduser().resolve()  # what DuckDB would make of "~" and relative paths, made explicit
    prefix = (BOM.decode() if bom else "") + queries.header_line(file)
    if is_motherduck(store.db.location):
        return write_batches(store, file, target, prefix=prefix, filters=filters)
    return queries.copy_file(store, file, target, prefix=prefix, filters=filters)


def write_batches(store: Store, file: str, target: Path, *, prefix: str, filters: ReportFilter | None = None) -> int:
    """The same file as `write_file`, written from Arrow batches by pyarrow (for databases COPY cannot write from)."""

    def consume(reader: pa.RecordBatchReader) -> int:
        rows = 0
        with target.open("wb") as sink:
            sink.write(prefix.encode())
            options = pa_csv.WriteOptions(include_header=False)
            with pa_csv.CSVWriter(sink, reader.schema, write_options=options) as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    rows += batch.num_rows
        return rows

    return queries.stream_file(store, file, consume, filters)


@contextmanager
def _scratch_folder(store: Store) -> Iterator[Path]:
    """A private temporary folder where this database may write (the app restricts DuckDB to one file area)."""
    parent = store.db.scratch_directory()
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="frentor-export-", dir=parent) as folder:
        yield Path(folder)


def export_bytes(store: Store, file: str, *, bom: bool = False, filters: ReportFilter | None = None) -> bytes:
    """One export file in memory (what the app offers for download)."""
    with _scratch_folder(store) as folder:
        target = folder / "export.csv"
        write_file(store, file, target, bom=bom, filters=filters)
        return target.read_bytes()


def export_zip(store: Store, *, bom: bool = False) -> bytes:
    """Every export file, complete (no filter), in one zip archive built in memory."""
    buffer = io.BytesIO()
    with _scratch_folder(store) as folder, zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in EXPORT_FILES:
            target = folder / file
            write_file(store, file, target, bom=bom)
            # A fixed timestamp keeps the archive's bytes the same for the same data.
            info = zipfile.ZipInfo(file, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as member, target.open("rb") as source:
                shutil.copyfileobj(source, member, _COPY_CHUNK)
            target.unlink()
    return buffer.getvalue()


def export_to_dir(store: Store, out_dir: Path, *, bom: bool = False, step: Step = no_progress) -> list[ExportedFile]:
    """Write every export file into `out_dir` (created if missing; files of the same name are replaced);
    `step(file)` after each (frentor.progress).

    Each file is written to a temporary name first and renamed, so a failed export never leaves half a file
    under a real name.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for file in EXPORT_FILES:
        target = out_dir / file
        partial = out_dir / f".{file}.partial"
        rows = write_file(store, file, partial, bom=bom)
        partial.replace(target)
        written.append(ExportedFile(file, rows, target.stat().st_size))
        step(file)
    return written


def preview(store: Store, file: str, filters: ReportFilter | None = None, limit: int = 50):
    """The first rows of one export file as a pandas frame, for a quick look before downloading."""
    if file not in EXPORT_FILES:
        raise ValueError(f"unknown export file {file!r}")
    return queries.preview(store, file, filters if file in FILTERABLE_FILES else None, limit)


def ledger_date_range(store: Store):
    return queries.ledger_date_range(store)
