"""CSV exports of a workspace: one file per table plus the balances report, byte-for-byte the same from the app
and the CLI.

Format: UTF-8 (optionally with a byte-order mark for Excel), a header row, `\\n` line ends, ISO dates
(YYYY-MM-DD), timestamps as `YYYY-MM-DD HH:MM:SS.ffffff`, `.` decimals with two places, booleans `true`/`false`.
Every text value is quoted (so an empty text `""` differs from an empty unquoted cell, which means "no value");
numbers, dates and booleans are not. Text cells are neutralised for spreadsheets (frentor.csv_safety). The
`workspace` column is never exported: an import stamps the current workspace, so a backup moves between
workspaces and users. Rows are ordered deterministically, so the same data always gives the same bytes.

Writing goes through Arrow record batches (DuckDB -> pyarrow's CSV writer, C++ all the way), so the ledger of a
1,000,000-entry workspace is written without a Python loop over rows, and the app builds downloads in memory.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.csv as pa_csv

from frentor.csv_safety import BOM
from frentor.store import Store
from frentor.store import reports as queries
from frentor.store.reports import BALANCES_FILE, FILES, ReportFilter

# Every file an export writes, in a stable order: the tables (parents first), then the balances report.
EXPORT_FILES: tuple[str, ...] = (*(spec.file for spec in FILES), BALANCES_FILE)
# Files that honour a ReportFilter (date range, people); the others are always complete.
FILTERABLE_FILES: tuple[str, ...] = ("ledger.csv", BALANCES_FILE)
ZIP_NAME = "frentor-export.zip"

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
    "write_file",
]


@dataclass(frozen=True)
class ExportedFile:
    file: str
    rows: int
    size: int


def write_file(
    store: Store, file: str, sink: BinaryIO, *, bom: bool = False, filters: ReportFilter | None = None
) -> int:
    """Write one export file to a binary stream; returns the number of data rows."""
    if file not in EXPORT_FILES:
        raise ValueError(f"unknown export file {file!r}")
    if file not in FILTERABLE_FILES:
        filters = None

    def consume(reader: pa.RecordBatchReader) -> int:
        if bom:
            sink.write(BOM)
        rows = 0
        with pa_csv.CSVWriter(sink, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                rows += batch.num_rows
        return rows

    return queries.stream_file(store, file, consume, filters)


def export_bytes(store: Store, file: str, *, bom: bool = False, filters: ReportFilter | None = None) -> bytes:
    """One export file in memory (what the app offers for download)."""
    buffer = io.BytesIO()
    write_file(store, file, buffer, bom=bom, filters=filters)
    return buffer.getvalue()


def export_zip(store: Store, *, bom: bool = False) -> bytes:
    """Every export file, complete (no filter), in one zip archive built in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in EXPORT_FILES:
            # A fixed timestamp keeps the archive's bytes the same for the same data.
            info = zipfile.ZipInfo(file, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as member:
                write_file(store, file, member, bom=bom)
    return buffer.getvalue()


def export_to_dir(store: Store, out_dir: Path, *, bom: bool = False) -> list[ExportedFile]:
    """Write every export file into `out_dir` (created if missing; files of the same name are replaced).

    Each file is written to a temporary name first and renamed, so a failed export never leaves half a file
    under a real name.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for file in EXPORT_FILES:
        target = out_dir / file
        partial = out_dir / f".{file}.partial"
        with partial.open("wb") as sink:
            rows = write_file(store, file, sink, bom=bom)
        partial.replace(target)
        written.append(ExportedFile(file, rows, target.stat().st_size))
    return written


def preview(store: Store, file: str, filters: ReportFilter | None = None, limit: int = 50):
    """The first rows of one export file as a pandas frame, for a quick look before downloading."""
    if file not in EXPORT_FILES:
        raise ValueError(f"unknown export file {file!r}")
    return queries.preview(store, file, filters if file in FILTERABLE_FILES else None, limit)


def people_options(store: Store, search: str = "", limit: int = 200) -> list[tuple[str, str]]:
    return queries.people_options(store, search, limit)


def ledger_date_range(store: Store):
    return queries.ledger_date_range(store)
