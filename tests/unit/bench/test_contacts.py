"""The contacts benchmark's files and the benchmark's met / NOT MET verdicts (no timings asserted here)."""

from __future__ import annotations

import pytest

from frentor.bench import Result, verdict
from frentor.bench.contacts import contact_files
from frentor.contacts import preview_contacts
from frentor.people import NewPerson, add_person


def test_benchmark_files_hold_the_same_contacts_three_in_ten_already_here(store):
    names = [f"Person{i} Here" for i in range(5)]
    for name in names:
        add_person(store, NewPerson(name=name))
    files = contact_files(names, 20)
    previews = {fmt: preview_contacts(store, data, fmt) for fmt, data in files.items()}
    for preview in previews.values():
        assert (preview.new, preview.existing, preview.invalid) == (14, 6, 0)
    assert [r.contact.name for r in previews["linkedin"].rows] == [r.contact.name for r in previews["vcard"].rows]


@pytest.mark.parametrize(
    ("target", "samples", "expected"),
    [
        ("<= 2000 ms", [1500.0, 2500.0, 1900.0], "met"),
        ("<= 2000 ms", [2100.0, 2500.0, 1900.0], "NOT MET"),
        ("< 60000 ms", [60000.0], "NOT MET"),
        ("<= 1024 KB (KB)", [10.0], "met"),
        ("<= 400 MB (MB)", [401.0], "NOT MET"),
        ("<= 2x COPY", [1.0], ""),
        ("(no target)", [1.0], ""),
        ("", [1.0], ""),
    ],
)
def test_verdict_by_the_median(target, samples, expected):
    assert verdict(Result("item", samples, target)) == expected
