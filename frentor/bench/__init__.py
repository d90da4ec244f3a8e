"""`frentor bench`: measure what users feel at scale, next to naive baselines, and print one table.

Items and targets (issues 8 and 16, on a 2-core machine with 10,000 people and 1,000,000 entries in one workspace):
  demo build (< 60 s), every page's full rerun (<= 300 ms median) and the same rerun right after a write (<= 300 ms),
  Balance page vs a naive pandas version (>= 10x), logging one entry (<= 20 ms median), ledger.csv vs a DuckDB COPY
  of the same SELECT (<= 1.3x), largest figure JSON (<= 1 MB), peak app memory (<= 400 MB). The naive baseline is
  frentor/ui/bench_naive_balance.py, run only by the benchmark. `--hosted` is frentor.bench.hosted.
Issue 17: previewing 10,000 contacts against 10,000 people (<= 2 s) and importing them (<= 5 s).
Every item with a target is marked "met" or "NOT MET" by its median, and the table ends with the tally.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from frentor import clock
from frentor.demo import load_demo
from frentor.store import Database, Store


@dataclass(frozen=True)
class Result:
    name: str
    samples_ms: list[float]
    target: str = ""
    ratio: str = ""
    met: bool | None = None  # None: the item has no target

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)


def at_most(name: str, samples: list[float], limit: float, unit: str = "ms") -> Result:
    """An item whose median must not exceed `limit`."""
    result = Result(name, samples, f"<= {limit:g} {unit}")
    return Result(name, samples, result.target, met=result.median <= limit)


def time_calls(fn: Callable[[], object], *, runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure_pages(location: str, workspace: str, runs: int) -> dict:
    """Run the page benchmark in a fresh process, so its peak memory is the app's, not the dataset builder's."""
    return run_worker(location, workspace, [str(runs)])


def run_worker(location: str, workspace: str, args: list[str], env: dict[str, str] | None = None) -> dict:
    """Run frentor.ui.bench_worker with `args` on the database at `location` (and `env` besides); returns the JSON
    it prints."""
    env = {**os.environ, "FRENTOR_DB": location, "FRENTOR_WORKSPACE": workspace, **(env or {})}
    completed = subprocess.run(
        [sys.executable, "-m", "frentor.ui.bench_worker", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    if completed.returncode != 0:
        raise RuntimeError("page benchmark failed:\n" + completed.stderr[-4000:])
    return json.loads(completed.stdout.strip().splitlines()[-1])


def run_bench(
    *,
    people: int,
    entries: int,
    runs: int,
    db: str | None = None,
    workspace: str = "bench",
    log: Callable[[str], None] = print,
) -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="frentor-bench-") as folder:
        location = db or str(Path(folder) / "bench.duckdb")
        database = Database(location)
        store = Store(database, workspace)
        if db is None or store.counts()["ledger_entries"] == 0:
            log(f"building {people} people and {entries} entries ...")
            started = time.perf_counter()
            load_demo(store, people=people, entries=entries, step=log)
            results.append(at_most("demo build", [(time.perf_counter() - started) * 1000], 60_000))
        log("logging entries")
        for item in _domain_items(store, runs):
            results.append(item)
        results.extend(_contacts_items(database, f"{workspace}-contacts", people, runs))
        log("exporting")
        results.extend(_export_items(store, Path(folder), runs))
        database.close()  # the page process opens the file itself; one writer at a time
        log("measuring page reruns ...")
        pages = measure_pages(location, workspace, runs)
    for page, samples in pages["pages"].items():
        results.append(at_most(f"page {page}", samples, 300))
    for page, samples in pages["after_write"].items():
        results.append(at_most(f"page {page} after a write", samples, 300))
    naive = pages["naive_balance"]
    balance = pages["pages"].get("balance")
    if balance:
        ratio = statistics.median(naive) / statistics.median(balance)
        cold = statistics.median(naive) / statistics.median(pages["after_write"]["balance"])
        note = f"balance page {ratio:.1f}x faster; {cold:.1f}x right after a write"
        results.append(Result("naive balance (pandas)", naive, ">= 10x", note, met=ratio >= 10))
    results.append(at_most("largest figure JSON", [pages["largest_figure_bytes"] / 1024], 1024, "KB"))
    results.append(at_most("peak app memory", [pages["peak_memory_mb"]], 400, "MB"))
    return results


def _domain_items(store: Store, runs: int) -> list[Result]:
    from frentor.ledger import NewEntry, log_entry

    person_id = store.read("SELECT id FROM people WHERE workspace = ? ORDER BY id LIMIT 1")[0][0]
    entry = NewEntry(occurred_on=clock.today(), direction="gave", kind_id="kind-shared_work", person_id=person_id)
    samples = time_calls(lambda: log_entry(store, entry), runs=max(runs, 20), warmup=2)
    return [at_most("log one entry", samples, 20)]


def _contacts_items(database: Database, workspace: str, people: int, runs: int) -> list[Result]:
    from frentor.bench.contacts import measure_contacts

    return measure_contacts(database, workspace, people, runs)


def _export_items(store: Store, folder: Path, runs: int) -> list[Result]:
    from frentor.bench.export import measure_export

    return measure_export(store, folder, runs)


_TARGET = re.compile(r"(<=|<)\s*([\d.]+)\s*(ms|KB|MB)\b")


def verdict(result: Result) -> str:
    """ "met" or "NOT MET": as the item says (`met`), else for a target in ms, KB or MB (the samples are in that
    unit); "" for other targets."""
    if result.met is not None:
        return "met" if result.met else "NOT MET"
    match = _TARGET.match(result.target)
    if not match:
        return ""
    limit = float(match.group(2))
    met = result.median <= limit if match.group(1) == "<=" else result.median < limit
    return "met" if met else "NOT MET"


def format_table(results: list[Result]) -> str:
    header = f"{'item':<34} {'median':>10} {'min':>10} {'max':>10}  {'target':<14} {'result':<8} note"
    lines = [header, "-" * len(header)]
    for r in results:
        lines.append(
            f"{r.name:<34} {r.median:>10.1f} {min(r.samples_ms):>10.1f} {max(r.samples_ms):>10.1f}  "
            f"{r.target:<14} {verdict(r):<8} {r.ratio}"
        )
    judged = [(r.name, verdict(r)) for r in results if verdict(r)]
    targets, missed = judged, [name for name, mark in judged if mark != "met"]
    lines.append(
        f"targets met: {len(targets) - len(missed)} of {len(targets)}"
        + (f"; not met: {', '.join(missed)}" if missed else "")
    )
    return "\n".join(lines)
