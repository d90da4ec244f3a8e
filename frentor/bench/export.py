"""Export benchmark: `frentor export` of the whole workspace next to a raw DuckDB COPY of the same tables."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from frentor.reports import export_to_dir, write_file
from frentor.store import Store
from frentor.store.bench import copy_tables_to_csv


def measure_export(store: Store, folder: Path, runs: int) -> list:
    """Time the raw COPY and `frentor export` in turns (one of each per run), so a busy moment of the machine
    weighs on both alike; then the export's two big files alone, to show where its time goes."""
    from frentor.bench import Result

    def fresh(name: str) -> Path:
        target = folder / name
        shutil.rmtree(target, ignore_errors=True)
        return target

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        return (time.perf_counter() - started) * 1000

    samples: dict[str, list[float]] = {"copy": [], "export": [], "ledger.csv": [], "balances.csv": []}
    for run in range(runs + 1):  # the first round warms caches and is not kept
        times = {
            "copy": timed(lambda: copy_tables_to_csv(store, fresh("copy"))),
            "export": timed(lambda: export_to_dir(store, fresh("export"))),
        }
        for file in ("ledger.csv", "balances.csv"):
            times[file] = timed(lambda file=file: write_file(store, file, folder / "export" / file))
        for name, ms in times.items():
            if run > 0:
                samples[name].append(ms)
    ratio = statistics.median(samples["export"]) / statistics.median(samples["copy"])
    return [
        Result("raw COPY of all tables", samples["copy"]),
        Result("frentor export", samples["export"], "<= 2x COPY", f"{ratio:.2f}x COPY"),
        Result("  its ledger.csv alone", samples["ledger.csv"]),
        Result("  its balances.csv alone", samples["balances.csv"]),
    ]
