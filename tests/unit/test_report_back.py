"""Report back ("thank you, part 2"): help received opens a follow-up; reporting back closes it as value given."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from frentor import nudges, report_back
from frentor.errors import ValidationError
from frentor.kinds import REPORT_BACK_DAYS, ensure_default_kinds
from frentor.ledger import EntryQuery, NewEntry, delete_entries, list_entries, log_entry
from frentor.messages import FollowUpNotOpenError
from frentor.people import NewPerson, add_person, archive_person
from frentor.report_back import FollowUpNotFoundError
from tests.conftest import TODAY
from tests.unit.test_health import set_interval

RECEIVED_ON = dt.date(2026, 11, 2)


@pytest.fixture
def ada(store):
    ensure_default_kinds(store)
    return add_person(store, NewPerson("Ada Okafor", role="mentor", stage="conversation"))


def receive(store, person_id, kind="advice", day=RECEIVED_ON, direction="received", note="Start a newsletter"):
    return log_entry(
        store,
        NewEntry(occurred_on=day, direction=direction, kind_id=f"kind-{kind}", person_id=person_id, note=note),
        today=TODAY,
    )


@pytest.mark.parametrize(("kind", "days"), [("advice", 21), ("introduction", 28), ("referral", 28)])
def test_help_received_opens_a_follow_up_due_after_its_kinds_delay(store, ada, kind, days):
    entry_id = receive(store, ada, kind)
    (follow_up,) = report_back.open_follow_ups(store)
    assert (follow_up.person_id, follow_up.entry_id, follow_up.kind_key) == (ada, entry_id, kind)
    assert follow_up.received_on == RECEIVED_ON and follow_up.note == "Start a newsletter"
    assert (
        follow_up.due_on == RECEIVED_ON + dt.timedelta(days=days) == RECEIVED_ON + dt.timedelta(REPORT_BACK_DAYS[kind])
    )
    assert follow_up.is_open and follow_up.outcome == ""


def test_other_entries_open_nothing(store, ada):
    receive(store, ada, "feedback")  # help, but not the kind you report back on
    receive(store, ada, "advice", direction="gave")  # advice you gave
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO communities (workspace, id, name) VALUES (?, 'c1', 'Club')", [store.workspace]
        )
    )
    log_entry(store, NewEntry(occurred_on=RECEIVED_ON, direction="received", kind_id="kind-advice", community_id="c1"))
    assert report_back.open_follow_ups(store) == [] and store.counts()["follow_ups"] == 0


def test_due_only_from_its_due_date(store, ada):
    receive(store, ada)  # due 23 November
    due_on = RECEIVED_ON + dt.timedelta(days=21)
    assert report_back.due_follow_ups(store, due_on - dt.timedelta(days=1)) == []
    assert [f.entry_id for f in report_back.due_follow_ups(store, due_on)] != []
    (follow_up,) = report_back.due_follow_ups(store, TODAY)
    assert follow_up.is_due(TODAY) and follow_up.days_overdue(TODAY) == 4


def test_due_date_and_outcome_are_editable(store, ada):
    receive(store, ada)
    (follow_up,) = report_back.open_follow_ups(store)
    report_back.set_due(store, follow_up.id, "2026-12-24")
    report_back.set_outcome(store, follow_up.id, "  I started one: 40 readers in a month  ")
    changed = report_back.get_follow_up(store, follow_up.id)
    assert (changed.due_on, changed.outcome) == (dt.date(2026, 12, 24), "I started one: 40 readers in a month")
    assert report_back.due_follow_ups(store, TODAY) == []
    with pytest.raises(ValidationError):
        report_back.set_due(store, follow_up.id, "someday")
    with pytest.raises(ValidationError):
        report_back.set_outcome(store, follow_up.id, "x" * (report_back.OUTCOME_LIMIT + 1))
    with pytest.raises(FollowUpNotFoundError):
        report_back.set_due(store, "no-such-id", TODAY)


def test_reporting_back_logs_value_given_and_closes_the_follow_up(store, ada):
    receive(store, ada)
    (follow_up,) = report_back.open_follow_ups(store)
    sent = report_back.report_back(store, follow_up.id, TODAY, note="Told her about the newsletter", today=TODAY)

    closing = list_entries(store, EntryQuery(person_id=ada, direction="gave")).rows
    assert len(closing) == 1
    entry = closing.iloc[0]
    assert (entry["id"], entry["kind_key"], entry["note"]) == (
        sent.entry_id,
        "report_back",
        "Told her about the newsletter",
    )
    assert Decimal(str(entry["points"])) == Decimal("2") and entry["occurred_on"].date() == TODAY
    closed = report_back.get_follow_up(store, follow_up.id)
    assert (closed.closed_on, closed.closing_entry_id, closed.is_open) == (TODAY, sent.entry_id, False)
    assert report_back.open_follow_ups(store) == [] and report_back.due_follow_ups(store, TODAY) == []
    assert [f.id for f in report_back.all_follow_ups(store)] == [follow_up.id]

    # Reporting back twice on one follow-up is refused, and nothing more is written.
    with pytest.raises(FollowUpNotOpenError):
        report_back.report_back(store, follow_up.id, TODAY)
    assert len(list_entries(store, EntryQuery(person_id=ada, direction="gave")).rows) == 1
    assert store.counts()["sent_messages"] == 1


def test_dismiss_closes_without_logging_and_reopen_brings_it_back(store, ada):
    receive(store, ada)
    (follow_up,) = report_back.open_follow_ups(store)
    report_back.dismiss(store, follow_up.id, TODAY)
    assert report_back.open_follow_ups(store) == []
    assert store.counts()["ledger_entries"] == 1  # only the advice
    with pytest.raises(FollowUpNotOpenError):
        report_back.dismiss(store, follow_up.id, TODAY)
    report_back.reopen(store, follow_up.id)
    assert [f.id for f in report_back.open_follow_ups(store)] == [follow_up.id]
    with pytest.raises(FollowUpNotFoundError):
        report_back.dismiss(store, "no-such-id", TODAY)


def test_due_report_backs_lead_home_nudges_one_per_person(store, ada):
    # Ada is also overdue for a check-in (3 exchanges, interval 7 days): the report back is the better nudge.
    set_interval(store, ada, 7)
    receive(store, ada, day=dt.date(2026, 11, 1))
    receive(store, ada, "introduction", day=dt.date(2026, 10, 20), note="")
    receive(store, ada, "feedback", day=dt.date(2026, 11, 2))
    li = add_person(store, NewPerson("李娜", role="frentor"))
    receive(store, li, day=TODAY - dt.timedelta(days=3))  # not due yet

    chosen = nudges.today_nudges(store, TODAY)
    assert [(n.kind, n.person_id) for n in chosen] == [("report_back", ada)]
    nudge = chosen[0]
    # The introduction (due 17 November) is more overdue than the advice (due 22 November).
    assert (nudge.about, nudge.on, nudge.days, nudge.title) == ("introduction", dt.date(2026, 10, 20), 10, "Ada Okafor")
    assert nudge.follow_up_id == report_back.due_follow_ups(store, TODAY)[0].id
    # Given the open follow-ups (Home reads them once for its nudges and This week), the same nudges come out.
    assert nudges.today_nudges(store, TODAY, open_follow_ups=report_back.open_follow_ups(store)) == chosen


def test_due_follow_ups_are_the_open_ones_due_by_today_in_the_same_order(store, ada):
    for day in (dt.date(2026, 11, 2), dt.date(2026, 10, 20), TODAY - dt.timedelta(days=2), TODAY):
        receive(store, ada, day=day)
    for today in (dt.date(2026, 11, 20), TODAY, TODAY + dt.timedelta(days=60)):
        open_ones = report_back.open_follow_ups(store)
        assert [f.id for f in open_ones if f.is_due(today)] == [f.id for f in report_back.due_follow_ups(store, today)]


def test_report_back_quota_then_leftover_slots():
    def some(kind, count):
        return [nudges.Nudge(kind=kind, title=f"{kind} {i}", person_id=f"{kind}-{i}") for i in range(count)]

    full = nudges.select_nudges(
        some("check_in", 5), some("first_give", 5), some("event", 5), report_backs=some("report_back", 3)
    )
    assert [n.title for n in full] == [
        "report_back 0",
        "check_in 0",
        "check_in 1",
        "check_in 2",
        "first_give 0",
        "first_give 1",
        "event 0",
        "event 1",
    ]
    few = nudges.select_nudges(some("check_in", 1), [], [], report_backs=some("report_back", 3))
    assert [n.title for n in few] == ["report_back 0", "report_back 1", "report_back 2", "check_in 0"]


def test_follow_ups_of_deleted_entries_and_archived_people_are_hidden(store, ada):
    entry_id = receive(store, ada)
    li = add_person(store, NewPerson("李娜"))
    receive(store, li)
    archive_person(store, li)
    assert [f.person_id for f in report_back.open_follow_ups(store)] == [ada]
    delete_entries(store, [entry_id])
    assert report_back.open_follow_ups(store) == [] and report_back.due_follow_ups(store, TODAY) == []
    assert store.counts()["follow_ups"] == 1  # only 李娜's, kept for when she is back


def test_deleting_the_report_back_reopens_its_follow_up(store, ada):
    receive(store, ada)
    (follow_up,) = report_back.open_follow_ups(store)
    sent = report_back.report_back(store, follow_up.id, TODAY)
    assert report_back.open_follow_ups(store) == []
    delete_entries(store, [sent.entry_id])
    (reopened,) = report_back.open_follow_ups(store)
    assert (reopened.id, reopened.closed_on, reopened.closing_entry_id) == (follow_up.id, None, None)


def test_follow_ups_stay_in_their_workspace(store, other_store, ada):
    receive(store, ada)
    (follow_up,) = report_back.open_follow_ups(store)
    ensure_default_kinds(other_store)
    assert report_back.open_follow_ups(other_store) == [] and report_back.due_follow_ups(other_store, TODAY) == []
    assert report_back.get_follow_up(other_store, follow_up.id) is None
    with pytest.raises(FollowUpNotFoundError):
        report_back.set_outcome(other_store, follow_up.id, "not mine")
    with pytest.raises(FollowUpNotFoundError):
        report_back.report_back(other_store, follow_up.id, TODAY)
    with pytest.raises(FollowUpNotFoundError):
        report_back.dismiss(other_store, follow_up.id, TODAY)
    assert nudges.today_nudges(other_store, TODAY) == []
    assert report_back.get_follow_up(store, follow_up.id).is_open
