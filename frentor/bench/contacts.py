"""Contacts benchmark: preview and import of N contacts against N people already in the workspace (issue 17's
targets at N = 10,000: preview <= 2 s, import <= 5 s). The file is LinkedIn's Connections.csv (the common case) and
the same people as a vCard 3.0 file; 3 in 10 contacts are people already there (same name), the rest are new.
Also the calendar export of that workspace (no target: it shows what a download of the .ics costs)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from frentor.calendar_export import calendar_ics, count_items
from frentor.contacts import import_contacts, preview_contacts
from frentor.demo import load_demo
from frentor.store import Database, Store
from frentor.store.bench import delete_imported_people

_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def contact_files(existing_names: list[str], count: int) -> dict[str, bytes]:
    """A LinkedIn CSV and a vCard file of `count` contacts, 30% of them named like `existing_names`."""
    people = []
    for i in range(count):
        if i % 10 < 3 and existing_names:
            first, _, last = existing_names[i % len(existing_names)].partition(" ")
        else:
            first, last = f"Contact{i}", "Example"
        people.append((first, last, f"https://www.linkedin.com/in/contact-{i}", f"contact{i}@example.com"))
    rows = [
        f"{f},{la},{url},{mail},Company {i % 97},Position {i % 13},12 Mar 2024"
        for i, (f, la, url, mail) in enumerate(people)
    ]
    linkedin = 'Notes:\n"When exporting your connection data..."\n\n' + _HEADER + "\n" + "\n".join(rows) + "\n"
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{f} {la}\r\nN:{la};{f};;;\r\nEMAIL;TYPE=INTERNET:{mail}\r\n"
        f"TEL;TYPE=CELL:+1 555 {i:07d}\r\nORG:Company {i % 97}\r\nTITLE:Position {i % 13}\r\nitem1.URL:{url}\r\n"
        "item1.X-ABLabel:LinkedIn\r\nEND:VCARD\r\n"
        for i, (f, la, url, mail) in enumerate(people)
    ]
    return {"linkedin": linkedin.encode(), "vcard": "".join(cards).encode()}


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call. CPU time shows the work itself when the shared machine is busy."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measure_contacts(database: Database, workspace: str, people: int, runs: int) -> list:
    """Preview (per format) and import times in a workspace of its own holding `people` demo people."""
    from frentor.bench import Result

    store = Store(database, workspace)
    load_demo(store, people=people, entries=0)
    names = [row[0] for row in store.read("SELECT name FROM people WHERE workspace = ? ORDER BY id")]
    files = contact_files(names, people)
    results = []
    for fmt, data in files.items():
        preview_contacts(store, data, "contacts")  # warm-up
        times = [_timed(lambda data=data: preview_contacts(store, data, "contacts")) for _ in range(runs)]
        cpu = statistics.median(c for _, c in times)
        results.append(Result(f"contacts preview ({fmt})", [w for w, _ in times], "<= 2000 ms", f"CPU {cpu:.0f} ms"))
    times = []
    for _ in range(runs):
        preview = preview_contacts(store, files["linkedin"], "Connections.csv")
        times.append(_timed(lambda preview=preview: import_contacts(store, preview)))
        delete_imported_people(store, "linkedin")  # the next run imports the same people again
    cpu = statistics.median(c for _, c in times)
    ratio = f"CPU {cpu:.0f} ms; {preview.new} added per run"
    results.append(Result("contacts import (linkedin)", [w for w, _ in times], "<= 5000 ms", ratio))
    # Every demo person has a dated next action: the largest calendar a workspace of this size can ask for.
    times = [_timed(lambda: calendar_ics(store)) for _ in range(runs)]
    cpu = statistics.median(c for _, c in times)
    todos = count_items(calendar_ics(store))[0]
    results.append(Result("calendar .ics", [w for w, _ in times], "(no target)", f"CPU {cpu:.0f} ms; {todos} to-dos"))
    return results
