"""Property: whatever text people type, export -> import into an empty workspace -> export is byte-identical."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frentor import reports
from frentor.csv_safety import DANGEROUS_FIRST_CHARACTERS
from frentor.importer import Source, import_sources
from frentor.kinds import ensure_default_kinds
from frentor.store import Database, Store
from frentor.validation import TEXT_LIMIT

_DB = Database(":memory:")
_WORKSPACES = itertools.count()

_HOSTILE_PIECES = [
    *DANGEROUS_FIRST_CHARACTERS,
    "'",
    "''",
    '"',
    '""',
    ",",
    ";",
    "\r\n",
    "李娜",
    "王伟",
    "😀",
    "👩‍💻",
    " ",
    '=HYPERLINK("http://x")',
    "@SUM(A1)",
    "+1-2",
    "\\",
    "\x0b",
]
hostile_text = st.lists(st.one_of(st.sampled_from(_HOSTILE_PIECES), st.text(max_size=8)), max_size=8).map("".join)
# Up to the note limit every form and import applies (frentor.validation).
long_note = st.integers(min_value=1000, max_value=TEXT_LIMIT).map(lambda n: ('\'=长的笔记, "quoted"\n' * n)[:n])
# Names must hold something besides spaces, as in every form.
named = hostile_text.filter(lambda s: s.strip() != "")


def _fresh(name: str) -> Store:
    store = Store(_DB, f"{name}-{next(_WORKSPACES)}")
    ensure_default_kinds(store)
    return store


def _snapshot(store: Store) -> dict[str, bytes]:
    return {file: reports.export_bytes(store, file) for file in reports.EXPORT_FILES}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(named, min_size=1, max_size=3),
    notes=st.lists(st.one_of(hostile_text, long_note), min_size=1, max_size=4),
    kind_name=named,
    title=named,
    setting=hostile_text,
)
def test_hostile_text_round_trips_exactly(names, notes, kind_name, title, setting):
    source = _fresh("src")
    ws = source.workspace

    def seed(cur):
        for index, name in enumerate(names):
            cur.execute(
                "INSERT INTO people (workspace, id, name, notes, title, email, profile_url, source, connected_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    ws,
                    f"{name}#{index}",
                    name,
                    title,
                    setting,
                    f"person{index}@example.test",  # e-mail and profile link must be valid to import (validation)
                    f"https://example.test/in/{index}",
                    ("", "linkedin", "vcard")[index % 3],
                    dt.date(2000 + 4 * index, 2, 29) if index % 2 == 0 else None,
                ],
            )
        cur.execute(
            "INSERT INTO value_kinds (workspace, id, key, name, default_points) VALUES (?, ?, NULL, ?, 1)",
            [ws, "k" + kind_name, kind_name],
        )
        cur.execute(
            "INSERT INTO passions (workspace, id, title, research_notes) VALUES (?, 'p1', ?, ?)", [ws, title, setting]
        )
        for index, note in enumerate(notes):
            cur.execute(
                "INSERT INTO ledger_entries (workspace, id, occurred_on, person_id, direction, kind_id, points, note) "
                "VALUES (?, ?, ?, ?, 'gave', ?, 1.25, ?)",
                [ws, f"e{index}{note[:5]}", dt.date(2026, 1, 1 + index), f"{names[0]}#0", "k" + kind_name, note],
            )

    source.write(seed)
    # Settings hold no free text (frentor.settings checks every value): a valid one round-trips too.
    source.set_setting("shortlist_weights", {"reach": len(setting) % 101})
    exported = _snapshot(source)
    target = _fresh("dst")
    import_sources(target, [Source(file, file, data) for file, data in exported.items()])
    assert _snapshot(target) == exported
    again = import_sources(target, [Source(file, file, data) for file, data in exported.items()])
    assert all(c.new == 0 and c.updated == 0 for c in again.counts.values())
    # And the stored values are the originals, not the neutralised cells.
    assert sorted(r[0] for r in target.read("SELECT name FROM people WHERE workspace = ?")) == sorted(names)
    assert {r for r in target.read("SELECT title, email, profile_url FROM people WHERE workspace = ?")} == {
        (setting, f"person{index}@example.test", f"https://example.test/in/{index}") for index in range(len(names))
    }
    stored_notes = target.read("SELECT note FROM ledger_entries WHERE workspace = ? ORDER BY occurred_on")
    assert [r[0] for r in stored_notes] == notes
