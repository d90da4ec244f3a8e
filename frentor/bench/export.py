"""Export benchmark: `frentor export` of the whole workspace next to a raw DuckDB COPY of the same tables."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

from frentor.reports import export_to_dir
from frentor.store import Store
from frentor.store.bench import copy_tables_to_csv


def measure_export(store: Store, folder: Path, runs: int) -> list:
    from frentor.bench import Result, time_calls

    def fresh(name: str) -> Path:
        target = folder / name
        shutil.rmtree(target, ignore_errors=True)
        return target

    copy_samples = time_calls(lambda: copy_tables_to_csv(store, fresh("copy")), runs=runs, warmup=1)
    export_samples = time_calls(lambda: export_to_dir(store, fresh("export")), runs=runs, warmup=1)
    ratio = statistics.median(export_samples) / statistics.median(copy_samples)
    return [
        Result("raw COPY of all tables", copy_samples),
        Result("frentor export", export_samples, "<= 2x COPY", f"{ratio:.2f}x COPY"),
    ]
