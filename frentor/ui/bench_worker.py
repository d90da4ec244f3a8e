"""Worker process of `frentor bench`: times every page's full rerun with AppTest and prints one JSON line.

Runs in its own process (FRENTOR_DB / FRENTOR_WORKSPACE set by the caller) so its peak memory is the app's.
`--hosted` times first visits (cold) and reruns (warm) of other users' workspaces in one shared database instead.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from frentor.bench import time_calls
from frentor.ui.navigation import PAGES, PageSpec
from frentor.ui.store import shared_database

ROOT = Path(__file__).resolve().parents[2]


def _largest_figure(at: AppTest) -> int:
    sizes = [len(element.proto.spec) for element in at.get("plotly_chart")]
    return max(sizes, default=0)


def _peak_memory_mb() -> float:
    """This process's high-water resident memory. VmHWM, unlike ru_maxrss, does not inherit the parent's peak
    across fork and exec (the benchmark's parent holds the whole generated dataset at one point)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def simulate_write() -> None:
    """A committed write that changes no row: every workspace's cached reads are stale (a write scoped to no
    workspace), as after a real write, while the data the next rerun measures stays the same."""
    shared_database().write(lambda cursor: None)


def main(runs: int) -> dict:
    pages: dict[str, list[float]] = {}
    after_write: dict[str, list[float]] = {}
    largest = 0
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    for spec in PAGES:
        at.switch_page(spec.path).run()
        if at.exception:
            raise RuntimeError(f"page {spec.key} raised: {at.exception[0].value}")
        largest = max(largest, _largest_figure(at))
        pages[spec.key] = time_calls(at.run, runs=runs, warmup=1)
        after_write[spec.key] = time_calls(lambda: (simulate_write(), at.run()), runs=max(3, runs // 2), warmup=0)
    # Peak memory of the app's own work, read before the naive baseline loads the whole ledger into pandas.
    peak_mb = _peak_memory_mb()
    naive = AppTest.from_file(str(Path(__file__).with_name("bench_naive_balance.py")), default_timeout=120)
    naive_samples = time_calls(naive.run, runs=runs, warmup=1)
    if naive.exception:
        raise RuntimeError(f"naive balance raised: {naive.exception[0].value}")
    return {
        "pages": pages,
        "after_write": after_write,
        "naive_balance": naive_samples,
        "largest_figure_bytes": largest,
        "peak_memory_mb": peak_mb,
    }


def _memory_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _clear_caches() -> None:
    """Empty every cache a first visit would find empty (read and figure caches; the database stays open)."""
    import streamlit as st

    from frentor.ui.caching import _figure

    st.cache_data.clear()
    _figure.clear()


def _visit(
    workspace: str, *, cold: bool = False, on_page: Callable[[PageSpec, AppTest, float, float], None] | None = None
):
    """One user's session: Home, then every page. `cold` empties the caches before each page's first visit;
    `on_page(spec, at, elapsed_ms, cpu_ms)` runs after each first visit (CPU: this process, every thread)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["frentor_workspace"] = workspace
    for spec in PAGES:
        if cold:
            _clear_caches()
        started, cpu = time.perf_counter(), time.process_time()
        at.run() if spec.key == "home" else at.switch_page(spec.path).run()
        elapsed, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
        if at.exception:
            raise RuntimeError(f"page {spec.key} raised for {workspace}: {at.exception[0].value}")
        if on_page:
            on_page(spec, at, elapsed, cpu)


def memory_samples(users: int) -> list[int]:
    """After how many users the hosted bench reads the app's memory: 20 and each doubling below `users`, then
    `users` itself."""
    counts = []
    count = 20
    while count < users:
        counts.append(count)
        count *= 2
    return [*counts, users]


def hosted(runs: int, timed: list[str], others: list[str], warmup: str) -> dict:
    """First visits with empty caches (cold) and reruns (warm) of every page for each workspace of `timed`, then
    every page for each of `others`: the app's memory after 20 users in all, each doubling, and all of them."""
    cold: dict[str, list[float]] = {spec.key: [] for spec in PAGES}
    cold_cpu: dict[str, list[float]] = {spec.key: [] for spec in PAGES}
    warm: dict[str, list[float]] = {spec.key: [] for spec in PAGES}
    largest = 0

    def measure(spec: PageSpec, at: AppTest, elapsed: float, cpu: float) -> None:
        nonlocal largest
        cold[spec.key].append(elapsed)
        cold_cpu[spec.key].append(cpu)
        largest = max(largest, _largest_figure(at))
        warm[spec.key].extend(time_calls(at.run, runs=runs, warmup=0))

    _visit(warmup)  # a hosted server has been up a while: the database is open and the pages' modules imported
    for workspace in timed:
        _visit(workspace, cold=True, on_page=measure)
    memory: dict[str, float] = {}
    last = len(timed) + len(others)
    samples = memory_samples(last)
    for number, workspace in enumerate(others, start=len(timed) + 1):
        _visit(workspace)
        if number in samples:
            gc.collect()
            memory[str(number)] = _memory_mb("VmRSS")
    duckdb_mb = shared_database().read("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()")[0][0] / 2**20
    return {
        "duckdb_memory_mb": duckdb_mb,
        "cold": cold,
        "cold_cpu": cold_cpu,
        "warm": warm,
        "largest_figure_bytes": largest,
        "memory_mb_after_users": memory,
        "peak_memory_mb": _peak_memory_mb(),
    }


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--hosted":
        _runs, _timed, _others, _warmup = int(sys.argv[2]), sys.argv[3].split(","), sys.argv[4].split(","), sys.argv[5]
        print(json.dumps(hosted(_runs, _timed, _others, _warmup)))
    else:
        print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
