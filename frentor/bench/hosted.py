"""The hosted-scale database of `frentor bench --hosted`: many workspaces in one file, their rows interleaved.

A hosted app's ledger is written a few entries at a time by everyone at once, so any one workspace's rows are
spread thinly over the whole table. This builds that shape quickly: a few distinct demo workspaces (templates,
frentor.demo with different seeds) are stamped onto every workspace in bulk INSERT ... SELECT statements, and the
ledger is inserted in time order across all workspaces (each entry gets a time of day of its own), as months of
use would leave it. Workspace names are what signed-in users get (frentor.hosting.workspace_for_user).

Two files are measured: the interleaved one as built, and a maintained copy: `frentor maintain` (every table put in
workspace order, frentor/store/maintenance.py) followed by a day of use (TAIL_ENTRIES new entries per workspace,
interleaved again) - the state of a database maintained nightly. Both are built once and kept in build/.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from frentor import clock
from frentor.demo import build_demo_frames
from frentor.hosting import workspace_for_user
from frentor.kinds import DEFAULT_KINDS, default_kind_id
from frentor.store import Database
from frentor.store.bench import append_tail, insert_template_rows
from frentor.store.config import MEMORY_LIMIT_ENV
from frentor.store.maintenance import recluster
from frentor.store.migrations import MIGRATIONS

HOSTED_WORKSPACES = 10_000
HOSTED_PEOPLE = 50
HOSTED_ENTRIES = 1_000
TEMPLATES = 16  # distinct demo workspaces the others are stamped from
TAIL_ENTRIES = 3  # entries each workspace logs in the day after a maintenance (the unsorted tail of every query)
# The app's DuckDB memory limit in the benchmark, as docs/DEPLOY.md recommends for a hosted app: without one DuckDB
# keeps every block it has read (up to 80% of the machine), so the app grows with every user it serves.
MEMORY_LIMIT = "256MB"


@dataclass(frozen=True)
class HostedShape:
    workspaces: int = HOSTED_WORKSPACES
    people: int = HOSTED_PEOPLE
    entries: int = HOSTED_ENTRIES

    def file_name(self, layout: str) -> str:
        # The schema is part of the name: a file built before a schema change is not reused.
        schema = hashlib.sha256(repr(MIGRATIONS).encode()).hexdigest()[:8]
        return f"hosted-{self.workspaces}x{self.people}x{self.entries}-{schema}-{layout}.duckdb"


def workspace_name(index: int) -> str:
    """The workspace of the index-th benchmark user, named as a signed-in user's would be."""
    return workspace_for_user({"iss": "https://bench.frentor.invalid", "sub": f"user-{index}"}) or ""


def workspace_names(count: int) -> list[str]:
    return [workspace_name(index) for index in range(count)]


def template_frames(shape: HostedShape, today: dt.date) -> dict[str, pd.DataFrame]:
    """Every table's rows for TEMPLATES demo workspaces, with a `template` column saying which one."""
    templates = min(TEMPLATES, shape.workspaces)
    frames: dict[str, list[pd.DataFrame]] = {}
    for template in range(templates):
        built = build_demo_frames(shape.people, shape.entries, seed=1000 + template, today=today)
        built["value_kinds"] = pd.DataFrame(
            {
                "id": [default_kind_id(k.key) for k in DEFAULT_KINDS],
                "key": [k.key for k in DEFAULT_KINDS],
                "name": "",
                "default_points": [float(k.points) for k in DEFAULT_KINDS],
                "usual_direction": [k.usual_direction for k in DEFAULT_KINDS],
            }
        )
        for table, frame in built.items():
            frames.setdefault(table, []).append(frame.assign(template=template))
    return {table: pd.concat(parts, ignore_index=True) for table, parts in frames.items()}


def build_hosted(
    location: str | Path,
    shape: HostedShape = HostedShape(),
    *,
    today: dt.date | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> None:
    """Create the hosted database at `location` (which must not hold one yet), in one transaction."""
    today = today or clock.today()
    frames = template_frames(shape, today)
    workspaces = pd.DataFrame({"workspace": workspace_names(shape.workspaces)})
    workspaces["template"] = workspaces.index % min(TEMPLATES, shape.workspaces)
    database = Database(str(location))
    try:
        insert_template_rows(database, workspaces, frames, progress=progress)
    finally:
        database.close()


def build_maintained(
    interleaved: Path, location: Path, shape: HostedShape, *, progress: Callable[[str], None] = lambda m: None
) -> None:
    """Copy the interleaved database to `location`, put it in workspace order, then add a day of interleaved use."""
    partial = location.with_suffix(".partial")
    shutil.copyfile(interleaved, partial)
    database = Database(str(partial))
    try:
        recluster(database, step=lambda table: progress(f"maintain: {table}"))
        today = clock.today()
        ledger = template_frames(HostedShape(min(TEMPLATES, shape.workspaces), shape.people, shape.entries), today)
        tail = ledger["ledger_entries"].groupby("template").tail(TAIL_ENTRIES)
        workspaces = pd.DataFrame({"workspace": workspace_names(shape.workspaces)})
        workspaces["template"] = workspaces.index % min(TEMPLATES, shape.workspaces)
        progress(f"a day of use: {append_tail(database, workspaces, tail, today):,} new entries")
        database.checkpoint()
    finally:
        database.close()
    partial.replace(location)


def memory_results(memory_mb_after_users: dict[str, float], duckdb_mb: float) -> list:
    """The memory targets: at most 600 MB after every sample of users, and flat over the last doubling of users.

    Every cache is bounded (max_entries, at most 96 per-user entries, and a ttl), so memory rises while the caches
    fill and then stays level: the last doubling (160 -> 320 users by default) is past the point where they are
    full, and must add at most 10%.
    """
    from frentor.bench import Result, at_most

    counts = sorted(memory_mb_after_users, key=int)
    results = []
    for count in counts:
        result = at_most(f"app memory after {count} users", [memory_mb_after_users[count]], 600, "MB")
        note = ""
        if count == counts[-1]:
            note = f"DuckDB memory_limit {MEMORY_LIMIT}; DuckDB holds {duckdb_mb:.0f} MB at the end"
        results.append(Result(result.name, result.samples_ms, result.target, note, result.met))
    if len(counts) > 1:
        before, after = memory_mb_after_users[counts[-2]], memory_mb_after_users[counts[-1]]
        grew = after - before
        results.append(
            Result(
                f"app memory growth, {counts[-2]} -> {counts[-1]} users",
                [grew],
                "<= +10%",
                f"{grew / before:+.0%}",
                grew <= 0.1 * before,
            )
        )
    return results


def run_hosted_bench(
    *,
    runs: int,
    db: str | None = None,
    shape: HostedShape = HostedShape(),
    users: int = 320,
    seed: int = 16,
    log: Callable[[str], None] = print,
    interleaved: bool = False,
) -> list:
    """Build (or reuse) the hosted database, then time every page cold and warm for 5 random users and read the
    app's memory after 20 users, each doubling and `users` users (memory_results). Measures the maintained copy
    unless `interleaved`."""
    from frentor.bench import Result

    built = Path(db) if db else Path("build") / shape.file_name("interleaved")
    results: list[Result] = []
    if not built.exists():
        log(f"building {shape.workspaces:,} workspaces x ({shape.people} people, {shape.entries:,} entries) ...")
        started = time.perf_counter()
        built.parent.mkdir(parents=True, exist_ok=True)
        build_hosted(built, shape, progress=log)
        results.append(Result("hosted build (kept in build/)", [(time.perf_counter() - started) * 1000]))
    location = built
    if not interleaved:
        location = built.with_name(built.stem + "-maintained.duckdb")
        if not location.exists():
            started = time.perf_counter()
            build_maintained(built, location, shape, progress=log)
            results.append(Result("maintain + a day of use", [(time.perf_counter() - started) * 1000]))
    results.extend(_measure(location, shape, runs=runs, users=users, seed=seed, log=log))
    return results


def _measure(location: Path, shape: HostedShape, *, runs: int, users: int, seed: int, log: Callable[[str], None]):
    from frentor.bench import Result, at_most, run_worker

    results: list[Result] = []
    picked = random.Random(seed).sample(range(shape.workspaces), min(users, shape.workspaces - 1) + 1)
    names = [workspace_name(index) for index in picked]
    warmup, timed, others = names[0], names[1:6], names[6:]
    log(f"visiting every page as {len(names) - 1} users of {location} ...")
    args = ["--hosted", str(runs), ",".join(timed), ",".join(others), warmup]
    pages = run_worker(str(location), warmup, args, env={MEMORY_LIMIT_ENV: MEMORY_LIMIT})
    for page, samples in pages["cold"].items():
        result = at_most(f"cold {page} ({len(samples)} users)", samples, 300)
        cpu = statistics.median(pages["cold_cpu"][page])
        note = f"slowest user {max(samples):.0f} ms; CPU {cpu:.0f} ms"
        results.append(Result(result.name, samples, result.target, note, result.met))
    for page, samples in pages["warm"].items():
        results.append(at_most(f"warm {page}", samples, 100))
    results.append(at_most("largest figure JSON", [pages["largest_figure_bytes"] / 1024], 1024, "KB"))
    results.extend(memory_results(pages["memory_mb_after_users"], pages["duckdb_memory_mb"]))
    return results
