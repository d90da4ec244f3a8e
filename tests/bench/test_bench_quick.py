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
        "frentor export (13 files)",
        "COPY of ledger.csv's SELECT",
        "ledger.csv as exported",
        "naive balance (pandas)",
        "largest figure JSON",
        "peak app memory",
    ] + [f"page {spec.key}" for spec in PAGES]
    missing = [item for item in expected if item not in table]
    assert not missing, table
    assert "balance page" in table and "x the same SELECT" in table  # ratios against both baselines are printed
    contacts_import = next(line for line in table.splitlines() if line.startswith("contacts import"))
    assert " met " in contacts_import or "NOT MET" in contacts_import  # a verdict per target
    assert_every_target_judged(table)


def assert_every_target_judged(table: str) -> None:
    """Every line with a target says whether it was met, and the table ends with the tally."""
    judged = [line for line in table.splitlines() if "<=" in line or ">=" in line]
    assert judged and all(" met " in f"{line} " or "NOT MET" in line for line in judged), table
    assert "targets met:" in table.splitlines()[-1]


def test_quick_hosted_bench_measures_every_page_cold_and_warm_and_memory(capsys):
    assert main(["bench", "--hosted", "--quick"]) == 0
    table = capsys.readouterr().out
    expected = [f"cold {spec.key} (5 users)" for spec in PAGES] + [f"warm {spec.key}" for spec in PAGES]
    expected += ["largest figure JSON", "app memory after 8 users"]
    missing = [item for item in expected if item not in table]
    assert not missing, table
    assert_every_target_judged(table)


def test_hosted_memory_is_read_at_20_users_each_doubling_and_the_end():
    from frentor.ui.bench_worker import memory_samples

    assert memory_samples(320) == [20, 40, 80, 160, 320]
    assert memory_samples(100) == [20, 40, 80, 100]
    assert memory_samples(8) == [8]


def test_hosted_memory_targets_ceiling_at_every_sample_and_flat_over_the_last_doubling():
    from frentor.bench.hosted import memory_results

    def verdicts(memory: dict[str, float]) -> dict[str, bool]:
        return {result.name: result.met for result in memory_results(memory, duckdb_mb=100)}

    plateau = verdicts({"20": 390, "40": 450, "80": 500, "160": 520, "320": 530})
    assert all(plateau.values()) and "app memory growth, 160 -> 320 users" in plateau
    still_growing = verdicts({"20": 390, "160": 500, "320": 560})
    assert not still_growing["app memory growth, 160 -> 320 users"]
    over_ceiling = verdicts({"20": 390, "160": 580, "320": 610})
    assert over_ceiling["app memory after 160 users"] and not over_ceiling["app memory after 320 users"]
