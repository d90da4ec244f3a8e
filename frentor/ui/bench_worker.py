"""Worker process of `frentor bench`: times every page's full rerun with AppTest and prints one JSON line.

Runs in its own process (FRENTOR_DB / FRENTOR_WORKSPACE set by the caller) so its peak memory is the app's.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

from frentor.bench import time_calls
from frentor.ui.navigation import PAGES
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
    """A committed write that changes no row: every cached read is stale, as after a real write, while the data the
    next rerun measures stays the same."""
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


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
