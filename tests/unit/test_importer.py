"""CSV import: exact round trip, idempotent re-import, single ledger files, bad input (nothing written), safety."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from frentor import importer, reports
from frentor.cli import main
from frentor.csv_safety import BOM
from frentor.demo import load_demo
from frentor.importer import ImportRejected, Source, import_sources, plan_import, sources_from_uploads
from frentor.kinds import BUILTIN_KINDS, ensure_default_kinds
from frentor.store import Database, Store
from frentor.store import imports as import_queries
from frentor.store.reports import SPEC_BY_FILE

from .test_reports_helpers import add_entry, add_person, add_user_kind


def snapshot(store: Store) -> dict[str, bytes]:
    return {file: reports.export_bytes(store, file) for file in reports.EXPORT_FILES}


def export_sources(store: Store) -> list[Source]:
    return [Source(file, file, data) for file, data in snapshot(store).items()]


def ledger_source(text: str, name: str = "my-ledger.csv", *, encoding: str = "utf-8") -> list[Source]:
    return sources_from_uploads([(name, text.encode(encoding))])


@pytest.fixture
def seeded(store):
    ensure_default_kinds(store)
    ada = add_person(store, "p-ada", "Ada 李")
    add_person(store, "p-eq", "=cmd|' /C calc'!A0")
    mine = add_user_kind(store, "k-mine", "'=coffee")
    add_entry(store, "e1", dt.date(2026, 1, 5), ada, "gave", "kind-feedback", "2.50", note="-minus\r\nCRLF 😀")
    add_entry(store, "e2", dt.date(2026, 2, 1), "p-eq", "received", mine, "0.00", note='"quoted", comma')
    store.set_setting("shortlist_weights", {"reach": 2})
    return store


# -- round trip --------------------------------------------------------------------------------------------------
def test_export_import_export_is_byte_identical_and_reimport_changes_nothing(seeded, other_store):
    ensure_default_kinds(other_store)
    before = snapshot(seeded)
    result = import_sources(other_store, export_sources(seeded))
    assert result.counts["people.csv"].new == 2
    assert result.counts["ledger.csv"].new == 2
    assert result.counts["kinds.csv"].new == 1 and result.counts["kinds.csv"].unchanged == len(BUILTIN_KINDS)
    assert snapshot(other_store) == before
    again = import_sources(other_store, export_sources(seeded))
    assert all(c.new == 0 and c.updated == 0 for c in again.counts.values()), again.counts
    assert sum(c.unchanged for c in again.counts.values()) == sum(c.total for c in result.counts.values())
    assert snapshot(other_store) == before


def test_demo_workspace_round_trips_through_the_cli(db_path, tmp_path, capsys):
    db = Database(str(db_path))
    load_demo(Store(db, "source"), people=40, entries=600)
    db.close()
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["--db", str(db_path), "--workspace", "source", "export", str(first)]) == 0
    assert main(["--db", str(db_path), "--workspace", "copy", "import", str(first)]) == 0
    assert "ledger.csv: 600 new, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert main(["--db", str(db_path), "--workspace", "copy", "export", str(second)]) == 0
    for file in reports.EXPORT_FILES:
        assert (first / file).read_bytes() == (second / file).read_bytes(), file
    assert main(["--db", str(db_path), "--workspace", "copy", "import", str(first)]) == 0
    out = capsys.readouterr().out
    assert "ledger.csv: 0 new, 0 updated, 600 unchanged" in out
    assert "people.csv: 0 new, 0 updated, 40 unchanged" in out


def test_zip_upload_round_trips(seeded, other_store):
    sources = sources_from_uploads([("backup (1).zip", reports.export_zip(seeded, bom=True))])
    import_sources(other_store, sources)
    assert snapshot(other_store) == snapshot(seeded)


def test_an_edit_in_the_file_is_an_update(seeded):
    files = snapshot(seeded)
    files["people.csv"] = files["people.csv"].replace("Ada 李".encode(), b"Ada Li")
    result = import_sources(seeded, [Source(f, f, d) for f, d in files.items()])
    assert (result.counts["people.csv"].updated, result.counts["people.csv"].unchanged) == (1, 1)
    assert seeded.read("SELECT name FROM people WHERE workspace = ? AND id = 'p-ada'") == [("Ada Li",)]


def test_preview_counts_and_writes_nothing(seeded, other_store):
    ensure_default_kinds(other_store)
    before, version = snapshot(other_store), other_store.data_version()
    plan = plan_import(other_store, export_sources(seeded))
    assert plan.counts["ledger.csv"].new == 2 and plan.counts["people.csv"].new == 2
    assert snapshot(other_store) == before and other_store.data_version() == version


def test_import_only_touches_the_current_workspace(seeded, other_store):
    before = snapshot(seeded)
    ledger = "date,person,direction,kind,points\n2026-03-01,Ada 李,gave,feedback,1\n"
    import_sources(other_store, ledger_source(ledger))
    assert snapshot(seeded) == before
    assert other_store.read("SELECT count(*) FROM people WHERE workspace = ?") == [(1,)]


# -- single ledger file ------------------------------------------------------------------------------------------
def test_ledger_file_matches_people_by_name_and_creates_people_and_kinds(seeded):
    text = (
        "\ufeffdate,person,direction,kind,points,note\r\n"
        '2026-03-01,Ada 李,gave,feedback,1.5,"multi\r\nline"\r\n'
        "2026-03-02,New Person,received,Coffee chat,2,\r\n"
        "2026-03-03,New Person,gave,Coffee chat,3,'=not a formula\r\n"
        "2026-03-04,Ada 李,gave,''=coffee,1,\r\n"  # the kind named '=coffee, escaped as export writes it
    )
    result = import_sources(seeded, ledger_source(text))
    assert result.counts["ledger.csv"].new == 4
    assert result.counts["people.csv"].new == 1 and result.counts["kinds.csv"].new == 1
    rows = seeded.read(
        "SELECT e.occurred_on, p.name, coalesce(k.key, k.name), e.points, e.note FROM ledger_entries e "
        "JOIN people p ON p.workspace = e.workspace AND p.id = e.person_id "
        "JOIN value_kinds k ON k.workspace = e.workspace AND k.id = e.kind_id "
        "WHERE e.workspace = ? AND e.occurred_on >= '2026-03-01' ORDER BY e.occurred_on"
    )
    assert [(r[1], r[2], str(r[3]), r[4]) for r in rows] == [
        ("Ada 李", "feedback", "1.50", "multi\r\nline"),
        ("New Person", "Coffee chat", "2.00", ""),
        ("New Person", "Coffee chat", "3.00", "=not a formula"),
        ("Ada 李", "'=coffee", "1.00", ""),  # the existing user kind, by name (apostrophe escaped on export only)
    ]
    created = seeded.read(
        "SELECT default_points, usual_direction FROM value_kinds WHERE workspace = ? AND name = ?", ["Coffee chat"]
    )
    assert [(str(p), d) for p, d in created] == [("2.00", "either")]
    # Same file again: rows without ids get ids from their content, so nothing is added twice.
    again = import_sources(seeded, ledger_source(text))
    assert again.counts["ledger.csv"].unchanged == 4 and again.counts["ledger.csv"].new == 0
    assert again.counts["people.csv"].new == 0


def test_two_identical_rows_in_one_file_are_two_entries(store):
    text = "date,person,direction,kind,points\n2026-01-01,A,gave,feedback,1\n2026-01-01,A,gave,feedback,1\n"
    ensure_default_kinds(store)
    assert import_sources(store, ledger_source(text)).counts["ledger.csv"].new == 2
    assert import_sources(store, ledger_source(text)).counts["ledger.csv"].unchanged == 2


def test_exported_ledger_alone_reimports_into_another_workspace_by_names(seeded, other_store):
    data = reports.export_bytes(seeded, "ledger.csv")
    result = import_sources(other_store, sources_from_uploads([("ledger.csv", data)]))
    assert result.counts["ledger.csv"].new == 2
    names = {r[0] for r in other_store.read("SELECT name FROM people WHERE workspace = ?")}
    assert names == {"Ada 李", "=cmd|' /C calc'!A0"}


# -- bad input: clear message, nothing written ------------------------------------------------------------------
GOOD_HEADER = "date,person,direction,kind,points,note\n"


def reject(store: Store, sources: list[Source]) -> ImportRejected:
    before, version = snapshot(store), store.data_version()
    with pytest.raises(ImportRejected) as caught:
        import_sources(store, sources)
    assert snapshot(store) == before and store.data_version() == version
    return caught.value


def fields(exc: ImportRejected) -> list[tuple[str, int | None, str]]:
    return [(p.field, p.row, p.key) for p in exc.problems]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("2026-13-01,Ada,gave,feedback,1,\n", ("ledger.csv · date", 2, "validation.bad_date")),
        ("01/02/2026,Ada,gave,feedback,1,\n", ("ledger.csv · date", 2, "validation.bad_date")),
        ("2026-01-01,Ada,sideways,feedback,1,\n", ("ledger.csv · direction", 2, "validation.bad_choice")),
        ("2026-01-01,Ada,gave,feedback,-1,\n", ("ledger.csv · points", 2, "validation.negative")),
        ("2026-01-01,Ada,gave,feedback,abc,\n", ("ledger.csv · points", 2, "validation.not_number")),
        ("2026-01-01,Ada,gave,feedback,NaN,\n", ("ledger.csv · points", 2, "validation.not_number")),
        ("2026-01-01,Ada,gave,feedback,inf,\n", ("ledger.csv · points", 2, "validation.not_number")),
        ("2026-01-01,Ada,gave,feedback,1e3,\n", ("ledger.csv · points", 2, "validation.not_number")),
        ("2026-01-01,Ada,gave,feedback,1.234,\n", ("ledger.csv · points", 2, "import.bad_decimal")),
        ("2026-01-01,Ada,gave,feedback,,\n", ("ledger.csv · points", 2, "validation.required")),
        ("2026-01-01,,gave,feedback,1,\n", ("ledger.csv · person", 2, "validation.required")),
        ("2026-01-01,Ada,gave,,1,\n", ("ledger.csv · kind", 2, "validation.required")),
    ],
)
def test_bad_cells_name_file_row_and_column(seeded, body, problem):
    good = "2026-01-01,Ada,gave,feedback,1,ok\n"
    exc = reject(seeded, sources_from_uploads([("ledger.csv", (GOOD_HEADER + good + body).encode())]))
    assert fields(exc) == [(problem[0], 3, problem[2])]
    assert "nothing was saved" in str(exc)


def test_at_most_twenty_problems_are_listed_but_all_are_counted(seeded):
    body = "".join(f"2026-01-{day:02d},Ada,gave,feedback,-1,\n" for day in range(1, 29))
    exc = reject(seeded, ledger_source(GOOD_HEADER + body))
    assert len(exc.problems) == 20 and exc.params["count"] == 28
    assert [p.row for p in exc.problems] == list(range(2, 22))


def test_problems_in_several_files_are_reported_together_and_nothing_is_written(seeded, other_store):
    files = snapshot(seeded)
    files["people.csv"] = files["people.csv"].replace(b'"peer"', b'"boss"', 1)
    files["ledger.csv"] = files["ledger.csv"].replace(b",2026-02-01,", b",2026-02-30,")
    exc = reject(other_store, [Source(f, f, d) for f, d in files.items()])
    keys = {(p.field, p.key) for p in exc.problems}
    assert keys == {("people.csv · role", "validation.bad_choice"), ("ledger.csv · date", "validation.bad_date")}


def test_unknown_person_id_without_a_name_is_refused_after_staging(seeded, other_store):
    text = "date,person_id,direction,kind,points\n2026-01-01,nobody,gave,feedback,1\n"
    exc = reject(other_store, ledger_source(text))
    assert fields(exc) == [("my-ledger.csv · person_id", 2, "import.unknown_person")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("date,person,direction,kind\n2026-01-01,A,gave,feedback\n", "import.missing_columns"),
        ("date,person,direction,kind,points,colour\n", "import.unknown_columns"),
        ("date,date,person,direction,kind,points\n", "import.duplicate_columns"),
        ("", "import.empty_file"),
        ("\ufeff\r\n  \n", "import.empty_file"),
        ('date,person,direction,kind,points\n2026-01-01,"A,gave,feedback,1\n', "import.bad_csv"),
        ("date,person,direction,kind,points\n2026-01-01,A,gave\n", "import.bad_csv"),
    ],
)
def test_bad_files_are_refused_with_the_file_named(seeded, text, key):
    exc = reject(seeded, ledger_source(text, name="../../etc/evil<b>.csv"))
    assert [p.key for p in exc.problems] == [key]
    assert exc.problems[0].field.startswith("evil_b_.csv")


def test_wrong_encoding_is_refused_with_the_line(seeded):
    text = GOOD_HEADER + "2026-01-01,Zoë,gave,feedback,1,\n"
    exc = reject(seeded, ledger_source(text, encoding="latin-1"))
    assert fields(exc) == [("my-ledger.csv", None, "import.not_utf8")]
    assert exc.problems[0].params == {"line": 2}


def test_binary_file_is_not_csv(seeded):
    exc = reject(seeded, sources_from_uploads([("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00")]))
    assert [p.key for p in exc.problems] == ["import.not_csv"]


def test_files_beyond_the_limits_are_refused(seeded, monkeypatch):
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportRejected) as caught:
        sources_from_uploads([("ledger.csv", b"x" * 101)])
    assert [p.key for p in caught.value.problems] == ["import.too_big"]
    assert [p.key for p in reject(seeded, [Source("ledger.csv", "big.csv", b"x" * 101)]).problems] == ["import.too_big"]
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(importer, "MAX_ROWS", 2)
    text = GOOD_HEADER + "2026-01-01,A,gave,feedback,1,\n" * 3
    assert [p.key for p in reject(seeded, ledger_source(text)).problems] == ["import.too_many_rows"]


def test_several_unknown_uploads_are_refused(seeded):
    with pytest.raises(ImportRejected) as caught:
        sources_from_uploads([("a.csv", b"x"), ("b.csv", b"y")])
    assert [p.key for p in caught.value.problems] == ["import.unknown_file", "import.unknown_file"]


def test_zip_entries_are_never_paths(seeded, other_store):
    buffer = io.BytesIO()
    people = reports.export_bytes(seeded, "people.csv")
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../people.csv", b"id,name\nx-evil,Evil\n")
        archive.writestr("sub/people.csv", b"id,name\nx-evil2,Evil\n")
        archive.writestr("/abs/ledger.csv", b"junk")
        archive.writestr("notes.txt", b"hello")
        archive.writestr("people.csv", people)
    sources = sources_from_uploads([("x.zip", buffer.getvalue())])
    assert [(s.file, s.name) for s in sources] == [("people.csv", "x.zip/people.csv")]
    import_sources(other_store, sources)
    assert {r[0] for r in other_store.read("SELECT id FROM people WHERE workspace = ?")} == {"p-ada", "p-eq"}


def test_a_zip_without_known_files_or_broken_is_refused(seeded):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("other.csv", b"a,b\n")
    with pytest.raises(ImportRejected) as caught:
        sources_from_uploads([("x.zip", buffer.getvalue())])
    assert caught.value.problems[0].key == "import.no_known_files"
    with pytest.raises(ImportRejected) as caught:
        sources_from_uploads([("x.zip", b"PK\x03\x04 broken")])
    assert caught.value.problems[0].key == "import.bad_zip"


def test_cli_import_of_a_bad_file_exits_non_zero_and_names_row_and_column(db_path, tmp_path, capsys):
    bad = tmp_path / "entries.csv"
    bad.write_bytes((GOOD_HEADER + "2026-01-01,Ada,gave,feedback,1,\n2026-01-02,Ada,gave,feedback,-3,\n").encode())
    assert main(["--db", str(db_path), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Please fix 1 problem(s); nothing was saved." in err
    assert "row 3, entries.csv · points: must be 0 or more" in err
    db = Database(str(db_path))
    assert Store(db, "local").counts()["ledger_entries"] == 0
    db.close()
    assert main(["--db", str(db_path), "import", str(tmp_path / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_cli_dry_run_writes_nothing(db_path, tmp_path, capsys):
    good = tmp_path / "entries.csv"
    good.write_bytes(BOM + (GOOD_HEADER + "2026-01-01,Ada,gave,feedback,1,\r\n").encode())
    assert main(["--db", str(db_path), "import", str(good), "--dry-run"]) == 0
    assert "ledger.csv: 1 new" in capsys.readouterr().out
    db = Database(str(db_path))
    assert Store(db, "local").counts()["ledger_entries"] == 0
    db.close()


# -- concurrency: two browser sessions importing the same file at the same moment --------------------------------
def _rows_without_timestamps(store: Store) -> dict[str, list[tuple]]:
    rows = {}
    for file, spec in SPEC_BY_FILE.items():
        columns = [
            name
            for (name,) in store.db.read(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [spec.table],
            )
            if name not in ("workspace", "created_at", "updated_at")
        ]
        select = ", ".join(columns)
        rows[file] = store.read(f"SELECT {select} FROM {spec.table} WHERE workspace = ? ORDER BY ALL")  # noqa: S608
    return rows


def _import_at_once(db: Database, workspace: str, sources: list[Source], sessions: int = 2) -> list[BaseException]:
    import threading

    barrier = threading.Barrier(sessions)
    errors: list[BaseException] = []

    def session() -> None:
        store = Store(db, workspace)  # each session its own store; every operation its own cursor
        barrier.wait()
        try:
            import_sources(store, sources)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted on below
            errors.append(exc)

    threads = [threading.Thread(target=session) for _ in range(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.parametrize("kind", ["full export", "ledger file without ids"])
def test_two_identical_imports_at_once_give_the_rows_of_one_import(tmp_path, kind):
    db = Database(str(tmp_path / "shared.duckdb"))
    try:
        source = Store(db, "source")
        load_demo(source, people=30, entries=400)
        if kind == "full export":
            sources = export_sources(source)
        else:
            lines = [f"2026-0{1 + i % 9}-1{i % 9},Person {i % 7},gave,Kind {i % 3},{i % 5}" for i in range(200)]
            sources = ledger_source("date,person,direction,kind,points\n" + "\n".join(lines) + "\n")
        once = Store(db, "once")
        ensure_default_kinds(once)
        import_sources(once, sources)
        expected = _rows_without_timestamps(once)
        for round_number in range(3):
            workspace = f"twice-{round_number}"
            ensure_default_kinds(Store(db, workspace))
            errors = _import_at_once(db, workspace, sources)
            assert errors == [], errors
            assert _rows_without_timestamps(Store(db, workspace)) == expected
    finally:
        db.close()


def test_people_and_kinds_a_ledger_file_creates_are_found_again_after_a_rename(store):
    ensure_default_kinds(store)
    text = "date,person,direction,kind,points\n2026-01-01,Grace,gave,Lunch,1\n"
    import_sources(store, ledger_source(text))
    (person_id,) = store.read("SELECT id FROM people WHERE workspace = ? AND name = 'Grace'")[0]
    store.write(lambda cur: cur.execute("UPDATE people SET name = 'Grace Hopper' WHERE id = ?", [person_id]))
    again = import_sources(store, ledger_source(text))
    assert again.counts["people.csv"].new == 0 and again.counts["ledger.csv"].unchanged == 1
    assert store.read("SELECT name FROM people WHERE workspace = ?") == [("Grace Hopper",)]


# -- user text in messages: quoted, short, inert ------------------------------------------------------------------
def _message_text(exc: ImportRejected) -> str:
    from frentor.i18n import translate

    lines = [translate(exc.key, "en", **exc.params)]
    lines += [f"{p.field}: {translate(p.key, 'en', **p.params)}" for p in exc.problems]
    return "\n".join(lines)


def _assert_inert(text: str) -> None:
    import re

    assert "](" not in text and "![" not in text
    assert re.search(r"(?<!\\)<", text) is None, "every < escaped"


@pytest.mark.parametrize("repeat", [1, 2], ids=["unknown columns", "duplicate columns"])
def test_a_hostile_header_gives_a_short_inert_message(seeded, db_path, tmp_path, capsys, repeat):
    hostile = ["![pic](https://evil.test/a.png)", "[log in](https://evil.test/login)", "<img src=x onerror=alert(1)>"]
    columns = [f"{hostile[i % 3]} {i}" for i in range(1_500)] * repeat
    header = ",".join(f'"{c}"' for c in columns) if repeat == 1 else ",".join(["date", "date"] + columns[:1_500])
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zipped:  # stored: the zip is as big as the header
        zipped.writestr("ledger.csv", header + "\n2026-01-01\n")
    data = archive.getvalue()
    assert 40_000 < len(data) < 150_000 and len(header) < importer.HEADER_BYTES
    with pytest.raises(ImportRejected) as caught:
        import_sources(seeded, sources_from_uploads([("hostile.zip", data)]))
    text = _message_text(caught.value)
    assert len(text) < 3_000, len(text)
    _assert_inert(text)
    path = tmp_path / "hostile.zip"
    path.write_bytes(data)
    assert main(["--db", str(db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err) < 3_000 and "Traceback" not in err
    _assert_inert(err)


def test_a_header_longer_than_any_export_is_refused_without_echoing_it(seeded):
    header = ",".join(f"[x{i}](https://evil.test)" for i in range(20_000))
    with pytest.raises(ImportRejected) as caught:
        import_sources(seeded, ledger_source(header + "\n1\n"))
    assert [p.key for p in caught.value.problems] == ["import.header_too_long"]
    assert len(_message_text(caught.value)) < 500


def test_coaching_data_round_trips_in_a_backup_zip(store, other_store):
    """Homework notes, questions answered in public, sent messages, follow-ups and reviews are all in the zip."""
    from frentor import homework, messages, report_back, weekly_review
    from frentor.ledger import NewEntry, log_entry
    from frentor.people import NewPerson
    from frentor.people import add_person as add_new_person

    ensure_default_kinds(store)
    ensure_default_kinds(other_store)
    today = dt.date(2026, 11, 27)
    ada = add_new_person(store, NewPerson("Ada 李"))
    homework.set_homework_notes(store, ada, '=your talk, "quoted"\non testing')
    question = homework.add_question(store, ada, "@How did you start?")
    homework.mark_question_answered_publicly(store, question)
    advice = NewEntry(occurred_on=dt.date(2026, 11, 1), direction="received", kind_id="kind-advice", person_id=ada)
    log_entry(store, advice, today=today)
    intro = NewEntry(occurred_on=dt.date(2026, 11, 3), direction="received", kind_id="kind-introduction", person_id=ada)
    log_entry(store, intro, today=today)
    first, second = report_back.open_follow_ups(store)
    report_back.set_outcome(store, first.id, "-I started a newsletter")
    report_back.report_back(store, first.id, today, today=today)
    messages.log_sent(store, ada, "question", today, question_id=question, today=today)
    weekly_review.mark_review_done(store, today, "+gave twice")

    before = snapshot(store)
    for file in ("sent_messages.csv", "follow_ups.csv", "weekly_reviews.csv"):
        assert before[file].count(b"\n") > 1, file  # a header and rows
    assert b"'=your talk" in before["people.csv"] and b"'-I started" in before["follow_ups.csv"]

    archive = sources_from_uploads([(reports.ZIP_NAME, reports.export_zip(store))])
    result = import_sources(other_store, archive)
    assert (result.counts["sent_messages.csv"].new, result.counts["follow_ups.csv"].new) == (2, 2)
    assert result.counts["weekly_reviews.csv"].new == 1
    assert snapshot(other_store) == before
    assert [f.id for f in report_back.open_follow_ups(other_store)] == [second.id]
    assert homework.get_homework(other_store, ada).notes == '=your talk, "quoted"\non testing'
    assert homework.get_homework(other_store, ada).questions[0].answered_publicly
    again = import_sources(other_store, archive)
    assert all(c.new == 0 and c.updated == 0 for c in again.counts.values()), again.counts


def test_an_import_larger_than_the_memory_limit_is_refused_and_changes_nothing(tmp_path):
    """DuckDB holds an import's transaction in memory: when it runs out, the import is one clear problem, rolled
    back, not DuckDB's OutOfMemoryException."""
    db = Database(str(tmp_path / "small.duckdb"), config={"memory_limit": "16MB"})
    try:
        store = Store(db, "w")
        ensure_default_kinds(store)
        rows = "".join(f"2026-01-02,Person {i % 300},gave,feedback,1,{'note ' * 60}{i}\n" for i in range(60_000))
        with pytest.raises(ImportRejected) as caught:
            import_sources(store, ledger_source("date,person,direction,kind,points,note\n" + rows))
        assert [(p.field, p.key) for p in caught.value.problems] == [("my-ledger.csv", "import.out_of_memory")]
        assert store.db.read("SELECT count(*) FROM ledger_entries")[0][0] == 0
        assert store.db.read("SELECT count(*) FROM people")[0][0] == 0
    finally:
        db.close()


def test_a_file_is_read_in_blocks_never_whole(monkeypatch, store):
    """The check reads blocks of BLOCK_BYTES: a file of many blocks keeps every row, numbered across blocks."""
    monkeypatch.setattr(importer, "BLOCK_BYTES", 4096)
    ensure_default_kinds(store)
    rows = [f"2026-01-02,Person {i % 7},gave,feedback,1,n{i}" for i in range(2_000)]
    rows[1_500] = "2026-01-02,,gave,feedback,1,no name"  # row 1,502 of the file (the header is row 1)
    exc = reject(store, ledger_source("date,person,direction,kind,points,note\n" + "\n".join(rows) + "\n"))
    assert ("my-ledger.csv · person", 1_502, "validation.required") in fields(exc)
    rows[1_500] = "2026-01-02,Person 1,gave,feedback,1,n1500"
    result = import_sources(store, ledger_source("date,person,direction,kind,points,note\n" + "\n".join(rows) + "\n"))
    assert result.counts["ledger.csv"].new == 2_000


def test_a_file_that_changes_between_its_check_and_its_load_is_refused(store, tmp_path):
    """The file is read twice (checked, then loaded): a file changed on disk in between is refused, not loaded."""
    ensure_default_kinds(store)
    path = tmp_path / "entries.csv"
    path.write_text("date,person,direction,kind,points\n2026-01-02,Ada,gave,feedback,1\n", encoding="utf-8")
    checked = importer._stage(importer.sources_from_path(path))
    with path.open("a", encoding="utf-8") as file:
        file.write("2026-01-03,Bob,gave,feedback,1\n")
    with pytest.raises(ImportRejected) as caught:
        import_queries.run_import(store, checked)
    assert [p.key for p in caught.value.problems] == ["import.changed_while_reading"]
    assert store.db.read("SELECT count(*) FROM ledger_entries")[0][0] == 0
