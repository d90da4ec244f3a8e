"""Long CLI work shows progress on a terminal and nothing when its output is not one (a pipe, a file, CI)."""

from __future__ import annotations

import io

from frentor.progress import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal():
    stream = Terminal()
    with progress("export", total=2, stream=stream) as step:
        step("people.csv")
        step("ledger.csv")
    drawn = stream.getvalue()
    assert "export" in drawn and "/2" in drawn


def test_progress_is_silent_when_output_is_not_a_terminal():
    stream = io.StringIO()
    with progress("export", total=2, stream=stream) as step:
        step("people.csv")
        step("ledger.csv")
    assert stream.getvalue() == ""


def test_commands_print_only_their_results_through_a_pipe(tmp_path, capsys):
    from frentor.cli import main

    db = str(tmp_path / "p.duckdb")
    assert main(["--db", db, "demo", "--people", "5", "--entries", "50"]) == 0
    assert main(["--db", db, "export", str(tmp_path / "out")]) == 0
    assert main(["--db", db, "--workspace", "copy", "import", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert captured.err == "", "no progress drawn when standard error is not a terminal"
    assert "step" not in captured.out and "%" not in captured.out
