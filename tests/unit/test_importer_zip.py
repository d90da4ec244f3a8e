"""Hostile zips: bombs, repeated names, nested zips, lying headers and corrupt streams are refused before anything
is unpacked into memory, in the CLI and through the app's upload path; the importing process stays under 400 MB."""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from dataclasses import dataclass

import pytest

from frentor import importer, reports
from frentor.cli import IMPORT_MEMORY_LIMIT, main
from frentor.importer import ImportRejected, import_sources, sources_from_path, sources_from_uploads
from frentor.kinds import ensure_default_kinds
from tests.conftest import ROOT

MIB = 1024 * 1024
PEAK_LIMIT_KB = 400 * 1024


# -- building zips byte by byte (a bomb's entries share one compressed stream, as real bombs do) ----------------
@dataclass(frozen=True)
class Packed:
    """One deflate stream and what it unpacks to."""

    data: bytes
    size: int
    crc: int


def deflate_zeros(size: int, chunk: int = 4 * MIB) -> Packed:
    compressor, crc, parts = zlib.compressobj(1, zlib.DEFLATED, -15), 0, []
    block = b"0" * chunk
    for _ in range(size // chunk):
        parts.append(compressor.compress(block))
        crc = zlib.crc32(block, crc)
    parts.append(compressor.flush())
    return Packed(b"".join(parts), size, crc)


def deflated(data: bytes) -> Packed:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Packed(compressor.compress(data) + compressor.flush(), len(data), zlib.crc32(data))


def build_zip(entries: list[tuple[str, Packed]], *, share_data: bool = False) -> bytes:
    """A zip of deflated entries. With share_data, entries of one Packed point at the same bytes (overlapping)."""
    out, central, offsets = io.BytesIO(), [], {}
    for name, packed in entries:
        encoded = name.encode()
        if not (share_data and id(packed) in offsets):
            offsets[id(packed)] = out.tell()
            out.write(
                struct.pack(
                    "<IHHHHHIIIHH",
                    *(0x04034B50, 20, 0, 8, 0, 0, packed.crc, len(packed.data), packed.size, len(encoded), 0),
                )
            )
            out.write(encoded + packed.data)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                *(0x02014B50, 20, 20, 0, 8, 0, 0, packed.crc, len(packed.data), packed.size, len(encoded)),
                *(0, 0, 0, 0, 0, offsets[id(packed)]),
            )
            + encoded
        )
    start = out.tell()
    for record in central:
        out.write(record)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


@pytest.fixture(scope="module")
def zeros_400() -> Packed:
    return deflate_zeros(400 * MIB)


def zipped(**files: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def refused(data: bytes, name: str = "upload.zip") -> list[str]:
    with pytest.raises(ImportRejected) as caught:
        sources_from_uploads([(name, data)])
    return [p.key for p in caught.value.problems]


# -- checks before anything is unpacked ---------------------------------------------------------------------------
def test_repeated_names_are_refused(zeros_400):
    data = build_zip([("ledger.csv", zeros_400)] * 5)
    assert len(data) < 10 * MIB
    assert "import.zip_duplicate_name" in refused(data)


def test_a_small_zip_that_unpacks_to_a_lot_is_a_bomb(zeros_400):
    under_the_size_limit = deflate_zeros(importer.MAX_FILE_BYTES - MIB)
    assert refused(build_zip([("ledger.csv", under_the_size_limit)])) == ["import.zip_bomb"]
    assert refused(build_zip([("ledger.csv", zeros_400)])) == ["import.too_big"]  # over the size limit: no ratio needed


def test_entries_that_overlap_are_refused(zeros_400):
    small = Packed(zlib.compress(b"a,b\n", 1)[2:-4], 4, zlib.crc32(b"a,b\n"))
    data = build_zip([("people.csv", small), ("passions.csv", small)], share_data=True)
    assert "import.bad_zip" in refused(data)


def test_a_declared_size_beyond_the_archive_is_refused():
    packed = Packed(b"\x03\x00", 0, 0)
    data = bytearray(build_zip([("people.csv", packed)]))
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 20, 10 * MIB)  # compressed size: far beyond the file
    assert "import.bad_zip" in refused(bytes(data))


def test_too_many_entries_are_refused_before_the_zip_is_opened(monkeypatch):
    monkeypatch.setattr(importer, "MAX_ZIP_ENTRIES", 3)
    data = zipped(**{f"n{i}.txt": b"" for i in range(4)})
    assert refused(data) == ["import.zip_too_many_entries"]


def test_the_total_of_all_files_is_limited(monkeypatch):
    monkeypatch.setattr(importer, "MAX_IMPORT_BYTES", 100)
    data = zipped(**{"people.csv": b"id,name\n" + b"p,x\n" * 20, "passions.csv": b"id,title\n" + b"p,x\n" * 20})
    assert refused(data) == ["import.too_big_total"]


def test_encrypted_and_unusual_methods_are_refused():
    data = bytearray(zipped(**{"people.csv": b"id,name\np,x\n"}))
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 8, 1)  # the "encrypted" flag
    assert refused(bytes(data)) == ["import.zip_encrypted"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_LZMA) as archive:
        archive.writestr("people.csv", b"id,name\np,x\n")
    assert refused(buffer.getvalue()) == ["import.zip_method"]


def test_a_corrupt_deflate_stream_is_a_clear_problem():
    good = zipped(**{"people.csv": b"id,name\n" + b"p1,Ada Lovelace\n" * 200})
    data = bytearray(good)
    start = data.index(b"people.csv") + len("people.csv")
    for offset in range(start + 2, start + 40):
        data[offset] ^= 0xFF
    keys = refused(bytes(data))
    assert keys == ["import.zip_corrupt"]


def test_a_crc_mismatch_is_a_clear_problem():
    data = bytearray(zipped(**{"people.csv": b"id,name\np1,Ada\n"}))
    for signature, crc_at in ((b"PK\x03\x04", 14), (b"PK\x01\x02", 16)):
        at = data.index(signature)
        struct.pack_into("<I", data, at + crc_at, 12345)
    assert refused(bytes(data)) == ["import.zip_corrupt"]


def test_nested_zips_are_never_opened():
    inner = zipped(**{"people.csv": b"id,name\np,x\n"})
    data = zipped(**{"inner.zip": inner, "ledger.csv": inner})
    with pytest.raises(ImportRejected) as caught:
        import_sources_of(sources_from_uploads([("outer.zip", data)]))
    assert [p.key for p in caught.value.problems] == ["import.not_csv"]


def import_sources_of(sources):
    from frentor.store import Database, Store

    store = Store(Database(":memory:"), "w")
    ensure_default_kinds(store)
    return import_sources(store, sources)


def test_a_real_export_zip_still_imports_from_the_cli_and_an_upload(tmp_path, store, other_store):
    from frentor.demo import load_demo

    load_demo(store, people=5, entries=40)
    archive = reports.export_zip(store, bom=True)
    ensure_default_kinds(other_store)
    assert import_sources(other_store, sources_from_uploads([("backup.zip", archive)])).counts["ledger.csv"].new == 40
    path = tmp_path / "backup.zip"
    path.write_bytes(archive)
    sources = sources_from_path(path)
    assert all(s.data is None and s.path is not None for s in sources), "entries are unpacked to files, not memory"
    assert import_sources(other_store, sources).counts["ledger.csv"].unchanged == 40


def test_unpacked_entries_are_removed_when_the_sources_are_dropped(tmp_path, store):
    path = tmp_path / "backup.zip"
    path.write_bytes(reports.export_zip(store))
    sources = sources_from_path(path)
    folder = sources[0].path.parent
    assert folder.is_dir()
    del sources
    assert not folder.exists()


def test_an_upload_is_never_copied_while_checking(monkeypatch):
    """The uploaded bytes are already in memory: a CSV upload is parsed from them, never from a copy."""
    data = b"date,person,direction,kind,points\n" + b"2026-01-01,A,gave,feedback,1\n" * 10
    (source,) = sources_from_uploads([("entries.csv", data)])
    assert source.data is data


# -- peak memory, measured in a child process as `frentor import` and as the app's upload path ------------------
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    mode, db, path = sys.argv[1:4]
    if mode == "cli":
        from frentor.cli import IMPORT_MEMORY_LIMIT, main

        code = main(["--db", db, "import", path])
    else:
        from frentor.errors import FrentorError
        from frentor.importer import import_sources, sources_from_uploads
        from frentor.store import Database, Store, resolve_settings

        data = Path(path).read_bytes()  # what Streamlit's uploader holds
        settings = resolve_settings(cli_db=db)  # opened as the app opens it (its memory_limit from the environment)
        try:
            database = Database(settings.location, config=settings.connect_config())
            import_sources(Store(database, "w"), sources_from_uploads([("upload.zip", data)]))
            code = 0
        except FrentorError as exc:
            print(exc, file=sys.stderr)
            code = 1
    status = Path("/proc/self/status").read_text()
    peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    print(f"exit={code} peak_kb={peak}")
    """
)


def peak_of(mode: str, tmp_path, archive: bytes) -> tuple[int, int, str]:
    """Exit code, peak memory (KB) and standard error of importing `archive` in a new process. The CLI bounds
    DuckDB's memory for an import itself; the app uses the operator's memory_limit (docs/DEPLOY.md), here the same."""
    path = tmp_path / "hostile.zip"
    path.write_bytes(archive)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRENTOR_")}
    if mode == "upload":
        env["FRENTOR_MEMORY_LIMIT"] = IMPORT_MEMORY_LIMIT
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(tmp_path / f"{mode}.duckdb"), str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )
    last = done.stdout.strip().splitlines()[-1]
    code, peak = (int(part.split("=")[1]) for part in last.split())
    return code, peak, done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads VmHWM from /proc")
@pytest.mark.parametrize("mode", ["cli", "upload"])
def test_five_repeated_400_mib_entries_stay_under_400_mb(tmp_path, zeros_400, mode):
    code, peak, err = peak_of(mode, tmp_path, build_zip([("ledger.csv", zeros_400)] * 5))
    assert code == 1 and "Traceback" not in err, err
    assert peak < PEAK_LIMIT_KB, f"peak {peak // 1024} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads VmHWM from /proc")
@pytest.mark.parametrize("mode", ["cli", "upload"])
def test_a_deep_bomb_stays_under_400_mb(tmp_path, zeros_400, mode):
    """Zips inside zips, and at the top six export names that all point at one packed stream of 400 MiB."""
    nested = build_zip([("ledger.csv", zeros_400)])
    for _ in range(3):
        nested = zipped(**{"ledger.csv": nested, "deeper.zip": nested})
    names = ["passions.csv", "skills.csv", "people.csv", "communities.csv", "channels.csv", "kinds.csv"]
    entries = [(name, zeros_400) for name in names] + [("deeper.zip", deflated(nested))]
    archive = build_zip(entries, share_data=True)
    assert len(archive) < 4 * MIB
    code, peak, err = peak_of(mode, tmp_path, archive)
    assert code == 1 and "Traceback" not in err, err
    assert peak < PEAK_LIMIT_KB, f"peak {peak // 1024} MB"


def test_the_cli_reports_a_corrupt_zip_in_one_clear_line(tmp_path, db_path, capsys):
    data = bytearray(zipped(**{"people.csv": b"id,name\n" + b"p1,Ada Lovelace\n" * 200}))
    start = data.index(b"people.csv") + len("people.csv")
    for offset in range(start + 2, start + 40):
        data[offset] ^= 0xFF
    path = tmp_path / "corrupt.zip"
    path.write_bytes(bytes(data))
    assert main(["--db", str(db_path), "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "damaged" in captured.err


# -- valid zips at the limits: imported, or refused as too large for memory, always under 400 MB --------------------
def _ledger_at_the_row_limit() -> bytes:
    """MAX_ROWS entries, each with its own id and a short note, as an export writes them (about 50 MB)."""
    chance = random.Random(7)
    words = ["thanks", "for", "the", "intro", "review", "of", "my", "talk", "podcast", "book", "notes", "call"]
    lines = ["id,date,person,direction,kind,points,note"]
    for row in range(importer.MAX_ROWS):
        note = " ".join(chance.choices(words, k=8))
        lines.append(f"e{row:07d}{chance.getrandbits(40):010x},2026-0{row % 9 + 1}-1{row % 9},Person {row % 500},")
        lines[-1] += f"{'gave' if row % 3 else 'received'},feedback,{row % 5},{note}"
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads VmHWM from /proc")
@pytest.mark.parametrize("mode", ["cli", "upload"])
def test_a_valid_zip_at_the_row_limit_is_imported_under_400_mb(tmp_path, mode):
    ledger = _ledger_at_the_row_limit()
    assert len(ledger) < importer.MAX_FILE_BYTES
    code, peak, err = peak_of(mode, tmp_path, zipped(**{"ledger.csv": ledger}))
    assert code == 0, err
    assert peak < PEAK_LIMIT_KB, f"peak {peak // 1024} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads VmHWM from /proc")
def test_a_valid_zip_of_long_notes_at_the_size_limit_stays_under_400_mb(tmp_path):
    """Long notes up to the size limit: imported, or refused with Frentor's message if DuckDB's memory limit is
    reached (its out-of-memory error caught, the transaction rolled back); never a traceback, never 400 MB."""
    chance = random.Random(3)
    lines = ["date,person,direction,kind,points,note"]
    size = 0
    while size < importer.MAX_FILE_BYTES - 64 * 1024:
        lines.append(f"2026-01-02,Person {len(lines) % 500},gave,feedback,1,{chance.randbytes(2_400).hex()}")
        size += len(lines[-1]) + 1
    code, peak, err = peak_of("cli", tmp_path, zipped(**{"ledger.csv": ("\n".join(lines) + "\n").encode()}))
    assert "Traceback" not in err and peak < PEAK_LIMIT_KB, (err, peak // 1024)
    if code != 0:
        assert "too large to import within the memory" in err and err.count("\n") <= 3, err
