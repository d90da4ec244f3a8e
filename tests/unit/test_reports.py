"""CSV export: format, column order, spreadsheet safety, balances maths, filters, isolation, CLI == app bytes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from frentor import reports
from frentor.cli import main
from frentor.csv_safety import BOM
from frentor.kinds import ensure_default_kinds
from frentor.reports import ReportFilter
from frentor.store import Database, Store
from frentor.store.reports import header_line

from .test_reports_helpers import add_entry, add_person, add_user_kind


def rows_of(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.fixture
def ledger_store(store):
    """Two people, built-in and user kinds, entries over three months (hand-computed balances below)."""
    ensure_default_kinds(store)
    ada = add_person(store, "p-ada", "Ada 李")
    ben = add_person(store, "p-ben", '=HYPERLINK("http://x")')
    mine = add_user_kind(store, "k-mine", "@coffee chat")
    add_entry(store, "e1", dt.date(2026, 1, 5), ada, "gave", "kind-feedback", "2.50", note="-first")
    add_entry(store, "e2", dt.date(2026, 1, 20), ada, "received", "kind-advice", "1.00")
    add_entry(store, "e3", dt.date(2026, 3, 2), ada, "received", mine, "4.00", note="'=quoted")
    add_entry(store, "e4", dt.date(2026, 3, 2), ben, "gave", "kind-introduction", "3.00", note='line1\nline2, "x"')
    return store


def test_column_order_starts_as_the_issue_says(ledger_store):
    expected_start = {
        "passions.csv": ["id", "title", "status", "excitement"],
        "skills.csv": ["id", "name", "side"],
        "people.csv": ["id", "name", "role", "stage"],
        "ledger.csv": ["id", "date", "person_id", "person", "direction", "kind", "points", "note"],
        "balances.csv": ["person_id", "person", "month", "given", "received", "net", "cumulative_net"],
    }
    for file, start in expected_start.items():
        header = rows_of(reports.export_bytes(ledger_store, file))[0]
        assert header[: len(start)] == start, file
    for file in reports.EXPORT_FILES:
        assert "workspace" not in rows_of(reports.export_bytes(ledger_store, file))[0]


def test_ledger_file_is_iso_dated_dot_decimal_and_spreadsheet_safe(ledger_store):
    data = reports.export_bytes(ledger_store, "ledger.csv")
    assert not data.startswith(BOM)
    rows = rows_of(data)
    by_id = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert [r[0] for r in rows[1:]] == ["e1", "e2", "e3", "e4"]  # by date, then creation
    assert by_id["e1"]["date"] == "2026-01-05" and by_id["e1"]["points"] == "2.50"
    assert by_id["e1"]["note"] == "'-first"
    assert by_id["e1"]["kind"] == "feedback"  # built-in kinds by key
    assert by_id["e3"]["kind"] == "'@coffee chat"  # user kinds by name, neutralised
    assert by_id["e3"]["note"] == "''=quoted"
    assert by_id["e4"]["person"] == '\'=HYPERLINK("http://x")'
    assert by_id["e4"]["note"] == 'line1\nline2, "x"'
    # Numbers are written unquoted (numeric in a spreadsheet); text is always quoted.
    assert b',2.50,"\'-first",' in data
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r", "\n"), cell


def test_bom_option_prefixes_every_file(ledger_store):
    for file in reports.EXPORT_FILES:
        with_bom = reports.export_bytes(ledger_store, file, bom=True)
        assert with_bom == BOM + reports.export_bytes(ledger_store, file)


def test_balances_are_monthly_sums_with_running_net(ledger_store):
    rows = rows_of(reports.export_bytes(ledger_store, "balances.csv"))
    assert rows[1:] == [
        # person sorted by name: "'=HYPERLINK" sorts before "Ada" because the name starts with '='
        ["p-ben", '\'=HYPERLINK("http://x")', "2026-03", "3.00", "0.00", "3.00", "3.00"],
        ["p-ada", "Ada 李", "2026-01", "2.50", "1.00", "1.50", "1.50"],
        ["p-ada", "Ada 李", "2026-03", "0.00", "4.00", "-4.00", "-2.50"],
    ]


def test_negative_net_stays_a_number(ledger_store):
    data = reports.export_bytes(ledger_store, "balances.csv")
    assert b",0.00,4.00,-4.00,-2.50\n" in data


def test_filters_narrow_ledger_and_balances_only(ledger_store):
    only_march = ReportFilter(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))
    ledger = rows_of(reports.export_bytes(ledger_store, "ledger.csv", filters=only_march))
    assert [r[0] for r in ledger[1:]] == ["e3", "e4"]
    only_ada = ReportFilter(person_ids=("p-ada",))
    balances = rows_of(reports.export_bytes(ledger_store, "balances.csv", filters=only_ada))
    assert {r[0] for r in balances[1:]} == {"p-ada"}
    people = rows_of(reports.export_bytes(ledger_store, "people.csv", filters=only_ada))
    assert len(people) == 3  # not a report: always complete
    assert reports.preview(ledger_store, "ledger.csv", only_march)["id"].tolist() == ["e3", "e4"]


def test_export_holds_only_this_workspace(ledger_store, other_store):
    add_person(other_store, "p-bob-secret", "Bob's secret contact")
    for file in reports.EXPORT_FILES:
        assert b"secret" not in reports.export_bytes(ledger_store, file)
    assert rows_of(reports.export_bytes(other_store, "people.csv"))[1][0] == "p-bob-secret"


def test_settings_such_as_shortlist_weights_are_exported(ledger_store):
    ledger_store.set_setting("shortlist_weights", {"reach": 2, "skills": 3})
    rows = rows_of(reports.export_bytes(ledger_store, "settings.csv"))
    expected = '{"engagement": 20, "passion": 35, "reach": 2, "skills": 3}'  # stored complete, as read
    assert rows == [["key", "value"], ["shortlist_weights", expected]]


def test_cli_export_writes_the_same_bytes_as_the_app(db_path, tmp_path, capsys):
    db = Database(str(db_path))
    store = Store(db, "w1")
    ensure_default_kinds(store)
    ada = add_person(store, "p-ada", "+Ada")
    add_entry(store, "e1", dt.date(2026, 2, 1), ada, "gave", "kind-feedback", "1.00", note="@note 😀")
    app_files = {f: reports.export_bytes(store, f, bom=True) for f in reports.EXPORT_FILES}
    app_zip = reports.export_zip(store, bom=True)
    db.close()
    out = tmp_path / "out"
    assert main(["--db", str(db_path), "--workspace", "w1", "export", str(out), "--bom"]) == 0
    assert f"exported {len(reports.EXPORT_FILES)} files" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == sorted(reports.EXPORT_FILES)
    for file, data in app_files.items():
        assert (out / file).read_bytes() == data, file
    with zipfile.ZipFile(io.BytesIO(app_zip)) as archive:
        assert archive.namelist() == list(reports.EXPORT_FILES)
        for file in reports.EXPORT_FILES:
            assert archive.read(file) == app_files[file]


def test_zip_is_the_same_bytes_for_the_same_data(ledger_store):
    assert reports.export_zip(ledger_store) == reports.export_zip(ledger_store)


def test_empty_workspace_exports_headers_only(store):
    for file in reports.EXPORT_FILES:
        rows = rows_of(reports.export_bytes(store, file))
        assert len(rows) == 1 and rows[0]


def test_unknown_file_name_is_refused(store):
    with pytest.raises(ValueError):
        reports.export_bytes(store, "../etc/passwd")


def test_points_keep_two_decimals(ledger_store):
    rows = rows_of(reports.export_bytes(ledger_store, "kinds.csv"))
    header = rows[0]
    mine = next(r for r in rows[1:] if r[0] == "k-mine")
    assert Decimal(mine[header.index("default_points")]) == Decimal("1.00")
    assert mine[header.index("default_points")] == "1.00"


@pytest.mark.parametrize("bom", [False, True])
def test_duckdb_copy_and_arrow_writers_give_the_same_bytes(ledger_store, tmp_path, bom):
    """Local databases are written by DuckDB's COPY, MotherDuck ones from Arrow batches: one format for both."""
    ada = "p-ada"
    add_entry(ledger_store, "e5", dt.date(2026, 4, 1), ada, "gave", "kind-feedback", "0.50", note="")
    add_entry(ledger_store, "e6", dt.date(2026, 4, 2), "p-ben", "received", "kind-advice", "12.25", note="名字 \r\n\t")
    filters = [ReportFilter(), ReportFilter(date_from=dt.date(2026, 3, 1), person_ids=(ada,))]
    for file in reports.EXPORT_FILES:
        prefix = (BOM.decode() if bom else "") + header_line(file)
        for narrowing in filters if file in reports.FILTERABLE_FILES else filters[:1]:
            copied, streamed = tmp_path / "copied.csv", tmp_path / "streamed.csv"
            rows = reports.write_file(ledger_store, file, copied, bom=bom, filters=narrowing)
            assert reports.write_batches(ledger_store, file, streamed, prefix=prefix, filters=narrowing) == rows
            assert copied.read_bytes() == streamed.read_bytes(), (file, narrowing)


def test_export_runs_inside_the_apps_restricted_file_area(tmp_path):
    """The app lets DuckDB write only in its file area: downloads are built there and leave nothing behind."""
    area = tmp_path / "backups"
    db = Database(str(tmp_path / "app.duckdb"), restrict_files=True, allowed_directories=[area])
    store = Store(db, "w1")
    ensure_default_kinds(store)
    add_entry(store, "e1", dt.date(2026, 2, 1), add_person(store, "p-ada", "Ada"), "gave", "kind-feedback", "1.00")
    assert rows_of(reports.export_bytes(store, "ledger.csv"))[1][0] == "e1"
    with zipfile.ZipFile(io.BytesIO(reports.export_zip(store))) as archive:
        assert archive.namelist() == list(reports.EXPORT_FILES)
    assert list(area.iterdir()) == []
    db.close()


def test_export_folder_may_have_quotes_in_its_name(ledger_store, tmp_path):
    out = tmp_path / 'it\'s "here"'
    written = reports.export_to_dir(ledger_store, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(reports.EXPORT_FILES)
    assert {w.file: w.rows for w in written}["ledger.csv"] == 4


def test_cli_export_to_a_place_it_cannot_write_says_so_and_exits_1(db_path, tmp_path, capsys):
    db = Database(str(db_path))
    ensure_default_kinds(Store(db, "w1"))
    db.close()
    out = tmp_path / "out"
    (out / ".ledger.csv.partial").mkdir(parents=True)  # a folder where DuckDB must write the ledger file
    assert main(["--db", str(db_path), "--workspace", "w1", "export", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"cannot write to {out}" in err and "Traceback" not in err
    assert not (out / "ledger.csv").exists()


def test_relative_and_home_paths_mean_what_they_say(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    reports.write_file(store, "skills.csv", Path("relative.csv"))  # no rows: Python writes the header itself
    reports.write_file(store, "kinds.csv", Path("~/kinds.csv"))
    assert (tmp_path / "relative.csv").read_bytes().startswith(b'"id"')
    assert (tmp_path / "home" / "kinds.csv").exists() and not (tmp_path / "~").exists()
