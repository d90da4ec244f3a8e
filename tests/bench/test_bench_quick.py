"""`frentor bench --quick` keeps working (CI asserts no timings, only that every item is measured)."""

from frentor.cli import main
from frentor.ui.navigation import PAGES


def test_quick_bench_measures_every_item(capsys):
    assert main(["bench", "--quick"]) == 0
    table = capsys.readouterr().out
    expected = [
        "demo build",
        "log one entry",
        "contacts preview (linkedin)",
        "contacts preview (vcard)",
        "contacts import (linkedin)",
        "calendar .ics",
        "raw COPY of all tables",
        "frentor export",
        "naive balance (pandas)",
        "largest figure JSON",
        "peak app memory",
    ] + [f"page {spec.key}" for spec in PAGES]
    missing = [item for item in expected if item not in table]
    assert not missing, table
    assert "balance page" in table and "x COPY" in table  # ratios against both baselines are printed
    contacts_import = next(line for line in table.splitlines() if line.startswith("contacts import"))
    assert " met " in contacts_import or "NOT MET" in contacts_import  # a verdict per target
