"""`frentor import-contacts` and `frentor calendar`: exit codes, one-line summaries, problems by card/row number,
nothing written on refusal, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from frentor import contact_formats
from frentor.cli import main
from frentor.people import NewPerson, add_person
from frentor.store import Database, Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "contacts"


def _people(db_path: Path) -> list[tuple[str, str, str]]:
    db = Database(str(db_path))
    try:
        return sorted(Store(db, "local").read("SELECT name, role, source FROM people WHERE workspace = ?"))
    finally:
        db.close()


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_import_prints_one_line_and_a_second_run_adds_nobody(db_path, capsys):
    file = str(FIXTURES / "linkedin-connections-2024.csv")
    assert _run(db_path, "import-contacts", file, "--role", "mentor") == 0
    assert capsys.readouterr().out == "5 new, 0 already here, 0 invalid\n"
    assert _run(db_path, "import-contacts", file) == 0
    assert capsys.readouterr().out == "0 new, 5 already here, 0 invalid\n"
    people = _people(db_path)
    assert len(people) == 5 and {(role, source) for _, role, source in people} == {("mentor", "linkedin")}


def test_dry_run_writes_nothing(db_path, capsys):
    assert _run(db_path, "import-contacts", str(FIXTURES / "google-contacts.csv"), "--dry-run") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["4 new, 0 already here, 0 invalid", "(dry run: nothing written)"]
    assert _people(db_path) == []


def test_invalid_entries_refuse_the_whole_file_with_their_numbers(db_path, capsys):
    assert _run(db_path, "import-contacts", str(FIXTURES / "malformed.vcf")) == 1
    captured = capsys.readouterr()
    assert captured.out == "2 new, 0 already here, 3 invalid\n"
    assert captured.err.splitlines()[:3] == [
        "card 2: This card (from line 5) has no END:VCARD.",
        "card 3: Line 10 is not valid “UTF-8” text.",
        "card 4: Line 14 is not a vCard line: “FN”.",
    ]
    assert "--skip-invalid" in captured.err and "Traceback" not in captured.err
    assert _people(db_path) == []
    assert _run(db_path, "import-contacts", str(FIXTURES / "malformed.vcf"), "--dry-run") == 1


def test_skip_invalid_imports_the_others_and_lists_the_skipped(db_path, capsys):
    assert _run(db_path, "import-contacts", str(FIXTURES / "malformed.vcf"), "--skip-invalid") == 0
    captured = capsys.readouterr()
    assert captured.out == "2 new, 0 already here, 3 invalid\n"
    assert captured.err.splitlines() == [
        "skipped card 2: This card (from line 5) has no END:VCARD.",
        "skipped card 3: Line 10 is not valid “UTF-8” text.",
        "skipped card 4: Line 14 is not a vCard line: “FN”.",
    ]
    assert [name for name, _, _ in _people(db_path)] == ["Good One", "Good Two"]


def test_rows_are_named_rows_in_csv_files(db_path, tmp_path, capsys):
    file = tmp_path / "c.csv"
    file.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,,,\n,,,,,CEO,\n"
    )
    assert _run(db_path, "import-contacts", str(file)) == 1
    assert capsys.readouterr().err.startswith("row 3: No name, e-mail or organisation")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file"),
        (b"", "This file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a contacts file"),
        (b"date,person\n2026-01-01,Ada\n", "not a contacts export we know"),
        (b"First Name,Last Name,Connected On\nJos\xe9,N,\n", "Line 2 is not UTF-8 text"),
    ],
)
def test_files_that_cannot_be_read_give_a_message_not_a_traceback(db_path, tmp_path, capsys, content, message):
    file = tmp_path / "input.csv"
    if content is not None:
        file.write_bytes(content)
    assert _run(db_path, "import-contacts", str(file)) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_file_over_the_limit_is_refused_before_it_is_read(db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(contact_formats, "MAX_CONTACT_FILE_BYTES", 2 * 1024 * 1024)
    file = tmp_path / "big.vcf"
    file.write_bytes(b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n" * 100_000)
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    assert _run(db_path, "import-contacts", str(file)) == 1
    assert "larger than 2 MB" in capsys.readouterr().err
    assert file not in opened


def test_calendar_command_writes_the_file(db_path, tmp_path, capsys):
    db = Database(str(db_path))
    add_person(
        Store(db, "local"), NewPerson(name="李娜", next_action="Comment on her post", next_action_due="2030-01-02")
    )
    db.close()
    target = tmp_path / "out.ics"
    assert _run(db_path, "calendar", str(target), "--lang", "zh") == 0
    assert capsys.readouterr().out == f"1 to-dos and 0 events written to {target}\n"
    ics = target.read_bytes()
    assert b"BEGIN:VTODO" in ics and "（李娜）".encode() in ics
    assert not list(tmp_path.glob(".*partial"))


def test_calendar_command_reports_a_folder_it_cannot_write(db_path, tmp_path, capsys):
    assert _run(db_path, "calendar", str(tmp_path / "missing" / "out.ics")) == 1
    assert "cannot write" in capsys.readouterr().err
