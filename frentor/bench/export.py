"""Export benchmark: ledger.csv as `frentor export` writes it next to a DuckDB COPY of the same SELECT (same joins,
same order, DuckDB's default CSV options), so the ratio is the writer's own overhead (quoting, timestamp format,
header). The whole export (13 files) and a raw COPY of every table are timed too, and reported without a target."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from frentor.reports import export_to_dir, write_file
from frentor.store import Store
from frentor.store.bench import copy_select_to_csv, copy_tables_to_csv

LEDGER_OVERHEAD_TARGET = 1.3


def measure_export(store: Store, folder: Path, runs: int) -> list:
    """Time each item in turns (one of each per run), so a busy moment of the machine weighs on all alike."""
    from frentor.bench import Result

    def fresh(name: str) -> Path:
        target = folder / name
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        return target

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        return (time.perf_counter() - started) * 1000

    items: dict[str, Callable[[], object]] = {
        "same SELECT": lambda: copy_select_to_csv(store, "ledger.csv", fresh("select") / "ledger.csv"),
        "ledger.csv": lambda: write_file(store, "ledger.csv", fresh("ledger") / "ledger.csv"),
        "tables": lambda: copy_tables_to_csv(store, fresh("copy")),
        "export": lambda: export_to_dir(store, fresh("export")),
    }
    samples: dict[str, list[float]] = {name: [] for name in items}
    for run in range(runs + 1):  # the first round warms caches and is not kept
        for name, action in items.items():
            ms = timed(action)
            if run > 0:
                samples[name].append(ms)
    ratio = statistics.median(samples["ledger.csv"]) / statistics.median(samples["same SELECT"])
    whole = statistics.median(samples["export"]) / statistics.median(samples["tables"])
    return [
        Result("COPY of ledger.csv's SELECT", samples["same SELECT"]),
        Result(
            "ledger.csv as exported",
            samples["ledger.csv"],
            f"<= {LEDGER_OVERHEAD_TARGET}x",
            f"{ratio:.2f}x the same SELECT",
            ratio <= LEDGER_OVERHEAD_TARGET,
        ),
        Result("raw COPY of all tables", samples["tables"]),
        Result("frentor export (13 files)", samples["export"], "", f"{whole:.2f}x raw COPY of all tables"),
    ]
