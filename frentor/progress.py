"""Progress of long command-line work (demo data at 1M entries, the benchmark, large imports, exports).

A step counter drawn by tqdm on standard error while it is a terminal, and nothing at all when it is not (a pipe, a
file, CI), so scripts reading the command's output see only its results. Domain functions take an optional
`step(label)` callback and call it as they go; they never draw anything themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from tqdm import tqdm

Step = Callable[[str], None]


def no_progress(label: str) -> None:
    """The default `step` of functions that report progress: report nothing."""


@contextmanager
def progress(description: str, total: int | None = None, *, stream: TextIO | None = None) -> Iterator[Step]:
    """A `step(label)` callback advancing a bar of `total` steps (a counter when None) on `stream` (standard error
    by default), drawn only while `stream` is a terminal."""
    stream = stream or sys.stderr
    with tqdm(
        total=total,
        desc=description,
        unit="step",
        file=stream,
        disable=not _is_terminal(stream),
        leave=False,
        dynamic_ncols=True,
    ) as bar:

        def step(label: str) -> None:
            bar.set_postfix_str(label, refresh=False)
            bar.update(1)

        yield step


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream: not a terminal
        return False
