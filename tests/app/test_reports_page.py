"""Reports page: downloads equal the CLI's export bytes; upload -> preview counts -> confirm -> imported."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from frentor import importer, reports
from frentor.cli import main
from frentor.demo import load_demo
from frentor.store import Database, Store
from tests.app.conftest import assert_no_exception

PAGE = "pages/reports.py"


def _seed(app_db, people=12, entries=80) -> None:
    db = Database(str(app_db))
    load_demo(Store(db, "local"), people=people, entries=entries)
    db.close()


def test_downloads_equal_the_cli_export(app, app_db, tmp_path, downloads):
    _seed(app_db)
    out = tmp_path / "cli"
    assert main(["--db", str(app_db), "export", str(out), "--bom"]) == 0
    at = app.run()
    at.switch_page(PAGE).run()
    at.checkbox(key="reports_bom").check().run()
    assert_no_exception(at)
    assert {b.proto.id.split("-")[-1] for b in at.get("download_button")} >= {"reports_download_zip"}
    for file in reports.EXPORT_FILES:
        data = downloads[file]()
        assert data == (out / file).read_bytes(), file
    with zipfile.ZipFile(io.BytesIO(downloads[reports.ZIP_NAME]())) as archive:
        for file in reports.EXPORT_FILES:
            assert archive.read(file) == (out / file).read_bytes(), file


def test_filters_change_the_preview_and_the_ledger_download(app, app_db, downloads):
    _seed(app_db)
    at = app.run()
    at.switch_page(PAGE).run()
    full = downloads["ledger.csv"]().count(b"\n")
    at.date_input(key="reports_dates").set_value((dt.date(2026, 1, 1), dt.date(2026, 1, 31))).run()
    assert_no_exception(at)
    january = downloads["ledger.csv"]()
    assert 1 <= january.count(b"\n") < full
    dates = {line.split(b",")[1] for line in january.splitlines()[1:]}
    assert all(d.startswith(b"2026-01-") for d in dates), dates
    preview = at.dataframe[0].value
    assert set(preview["date"].astype(str).str[:7]) <= {"2026-01"}


def test_upload_preview_then_confirm_imports(app, app_db):
    _seed(app_db, people=5, entries=10)
    at = app.run()
    at.switch_page(PAGE).run()
    ledger = "date,person,direction,kind,points,note\n2026-11-01,Brand New 新朋友,gave,feedback,2,=SUM(A1)\n"
    at.file_uploader(key="reports_upload").set_value([("my entries.csv", ledger.encode(), "text/csv")]).run()
    assert_no_exception(at)
    plan = at.dataframe[-1].value
    assert plan.iloc[0].tolist()[:2] == ["people.csv", 1]
    assert plan.iloc[-1].tolist() == ["ledger.csv", 1, 0, 0]
    db = Database(str(app_db))
    assert Store(db, "local").counts()["ledger_entries"] == 10  # nothing written by the preview
    at.button(key="reports_import_confirm").click().run()
    assert_no_exception(at)
    assert Store(db, "local").counts()["ledger_entries"] == 11
    assert Store(db, "local").read("SELECT note FROM ledger_entries WHERE workspace = ? AND note LIKE '=%'") == [
        ("=SUM(A1)",)
    ]
    assert at.success and "2 new" in at.success[0].value  # the person and the entry
    db.close()


def test_a_bad_upload_shows_the_problems_and_writes_nothing(app, app_db):
    _seed(app_db, people=5, entries=10)
    at = app.run()
    at.switch_page(PAGE).run()
    bad = "date,person,direction,kind,points\n2026-02-30,A,gave,feedback,-1\n"
    at.file_uploader(key="reports_upload").set_value([("bad.csv", bad.encode(), "text/csv")]).run()
    assert not at.exception
    message = at.error[0].value
    assert "nothing was saved" in message
    assert "Row 2, bad.csv · date" in message and "Row 2, bad.csv · points" in message
    db = Database(str(app_db))
    assert Store(db, "local").counts()["ledger_entries"] == 10
    db.close()


def test_empty_workspace_teaches_and_still_offers_import(app):
    at = app.run()
    at.switch_page(PAGE).run()
    assert_no_exception(at)
    assert at.info and not at.get("download_button")
    # The uploader states the import's own limit, not the server's upload limit.
    assert at.file_uploader(key="reports_upload").proto.max_upload_size_mb == importer.MAX_FILE_BYTES // (1024 * 1024)
    assert any(f"up to {importer.MAX_ROWS:,} rows per file" in caption.value for caption in at.caption)
