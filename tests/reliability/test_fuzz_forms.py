"""Fuzzed form input: every validator and domain write either succeeds cleanly or refuses with a field-named
message, and a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frentor.errors import ValidationError
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.people import NewPerson, add_person
from frentor.store import Database, Store
from frentor.validation import clean_date, clean_int, clean_points, clean_text, clean_url
from tests.conftest import TODAY

EXAMPLES = int(os.environ.get("FRENTOR_FUZZ_EXAMPLES", "200"))
hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.sampled_from(
        [
            "=SUM(A1)",
            "+1-2",
            "@cmd",
            "\t",
            "\r\n",
            "'=",
            "张伟 🤝",
            "\x00\x1f",
            "0000-00-00",
            "9999-12-31",
            "NaN",
            "inf",
            "-inf",
            "1e309",
            "-0",
            " ",
            "javascript:alert(1)",
        ]
    ),
    st.text(min_size=5000, max_size=6000),
)
anything = st.one_of(
    hostile_text, st.none(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.dates(), st.booleans()
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(anything)
def test_validators_return_clean_values_or_name_the_field(value):
    checks = [
        lambda: clean_text(value, "field.note", required=True, limit=100),
        lambda: clean_int(value, "field.points", low=1, high=5),
        lambda: clean_points(value, "field.points"),
        lambda: clean_date(value, "field.date"),
        lambda: clean_url(value, "field.url"),
    ]
    for check in checks:
        try:
            result = check()
        except ValidationError as exc:
            assert exc.problems and all(p.field.startswith("field.") for p in exc.problems)
            continue
        if isinstance(result, float):
            assert math.isfinite(result)


_db = Database(":memory:")
_store = Store(_db, "fuzz")
ensure_default_kinds(_store)
_person = add_person(_store, NewPerson("Fuzz target"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=hostile_text, role=st.one_of(st.sampled_from(["mentor", "peer"]), hostile_text))
def test_add_person_is_clean_or_refused_with_nothing_written(name, role):
    before = _store.counts()["people"]
    try:
        add_person(_store, NewPerson(name=name, role=role))
    except ValidationError as exc:
        assert exc.problems
        assert _store.counts()["people"] == before
    else:
        assert _store.counts()["people"] == before + 1


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    points=anything,
    hours=anything,
    note=hostile_text,
    direction=st.one_of(st.sampled_from(["gave", "received"]), hostile_text),
    occurred_on=st.one_of(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)), anything),
    kind_id=st.one_of(st.just("kind-feedback"), hostile_text),
)
def test_log_entry_is_clean_or_refused_with_nothing_written(points, hours, note, direction, occurred_on, kind_id):
    before = _store.counts()["ledger_entries"]
    entry = NewEntry(
        occurred_on=occurred_on,
        direction=direction,
        kind_id=kind_id,
        person_id=_person,
        points=points,
        hours=hours,
        note=note,
    )
    try:
        log_entry(_store, entry, today=TODAY)
    except ValidationError as exc:
        assert exc.problems
        assert _store.counts()["ledger_entries"] == before
    else:
        assert _store.counts()["ledger_entries"] == before + 1
