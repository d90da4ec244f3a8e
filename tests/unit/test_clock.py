"""The app's clock: FRENTOR_TODAY fixes "today" for journeys, demos and support; anything else is the real date."""

import datetime as dt
import logging

import pytest

from frentor import clock, ledger
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, check_entry
from frentor.people import NewPerson, add_person

FIXED = dt.date(2026, 3, 2)


def test_unset_or_empty_is_the_real_date(monkeypatch):
    monkeypatch.delenv(clock.TODAY_VARIABLE, raising=False)
    assert clock.today() == dt.date.today()
    monkeypatch.setenv(clock.TODAY_VARIABLE, "  ")
    assert clock.today() == dt.date.today()


def test_set_is_that_date_read_at_every_call(monkeypatch):
    monkeypatch.setenv(clock.TODAY_VARIABLE, FIXED.isoformat())
    assert clock.today() == FIXED
    monkeypatch.setenv(clock.TODAY_VARIABLE, " 2026-04-01 ")
    assert clock.today() == dt.date(2026, 4, 1)


@pytest.mark.parametrize("value", ["2026-02-30", "02/03/2026", "20260302", "2026-W10-1", "tomorrow"])
def test_a_malformed_value_is_the_real_date_and_one_warning(monkeypatch, caplog, value):
    clock._parse.cache_clear()  # another test may have warned about the same value already
    monkeypatch.setenv(clock.TODAY_VARIABLE, value)
    with caplog.at_level(logging.WARNING, logger="frentor.clock"):
        assert clock.today() == dt.date.today()
        assert clock.today() == dt.date.today()
    warnings = [r for r in caplog.records if r.name == "frentor.clock" and r.levelno == logging.WARNING]
    assert len(warnings) == 1, warnings  # once per value, not at every call
    assert clock.TODAY_VARIABLE in warnings[0].getMessage() and repr(value) in warnings[0].getMessage()


def test_a_domain_default_follows_the_clock(store, monkeypatch):
    ensure_default_kinds(store)
    ada = add_person(store, NewPerson("Ada Okafor"))
    entry = NewEntry(FIXED + dt.timedelta(days=1), "gave", "kind-feedback", person_id=ada)
    monkeypatch.setenv(clock.TODAY_VARIABLE, FIXED.isoformat())
    assert check_entry(store, entry) == [ledger.WARN_FUTURE]  # today=None: the day after the clock's is the future
    monkeypatch.setenv(clock.TODAY_VARIABLE, (FIXED + dt.timedelta(days=1)).isoformat())
    assert check_entry(store, entry) == []
