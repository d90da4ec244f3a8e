"""Ledger domain: logging with validation, listing with filters and paging, edits and deletes."""

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest

from frentor import ledger
from frentor.errors import ValidationError
from frentor.kinds import ensure_default_kinds, update_kind
from frentor.ledger import EntryQuery, NewEntry, check_entry, log_entry
from frentor.people import NewPerson, add_person
from tests.conftest import TODAY

HOSTILE_NOTES = ["'; DROP TABLE ledger_entries; --", "张伟送了书 📚", 'say "hi" \\ %_ $1 ?']


@pytest.fixture
def ws(store):
    ensure_default_kinds(store)
    ada = add_person(store, NewPerson("Ada Okafor"))
    li = add_person(store, NewPerson("李娜", role="mentor"))
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO communities (workspace, id, name) VALUES (?, 'c1', 'Data Night'), (?, 'c2', 'Garden')",
            [store.workspace, store.workspace],
        )
    )
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO passions (workspace, id, title) VALUES (?, 'p1', 'Data journalism')", [store.workspace]
        )
    )
    return store, ada, li


def _count(store):
    return store.counts()["ledger_entries"]


def _problems(exc):
    return {(p.field, p.key) for p in exc.value.problems}


def test_log_entry_stores_defaults_from_the_kind(ws):
    store, ada, _ = ws
    entry_id = log_entry(store, NewEntry(TODAY, "gave", "kind-bought_book", person_id=ada), today=TODAY)
    row = store.read(
        "SELECT occurred_on, person_id, direction, kind_id, points, hours, note FROM ledger_entries "
        "WHERE workspace = ? AND id = ?",
        [entry_id],
    )[0]
    assert row == (TODAY, ada, "gave", "kind-bought_book", Decimal("3.00"), None, "")


def test_log_entry_with_explicit_points_hours_passion_and_note(ws):
    store, ada, _ = ws
    for note in HOSTILE_NOTES:
        log_entry(
            store,
            NewEntry(
                TODAY, "received", "kind-advice", person_id=ada, points="2.5", hours=1.25, passion_id="p1", note=note
            ),
            today=TODAY,
        )
    page = ledger.list_entries(store)
    assert page.total == 3
    assert sorted(page.rows["note"]) == sorted(HOSTILE_NOTES)
    assert set(page.rows["points"].astype(float)) == {2.5}
    assert set(page.rows["hours"].astype(float)) == {1.25}
    assert set(page.rows["passion"]) == {"Data journalism"}


def test_community_counterpart(ws):
    store, _, _ = ws
    log_entry(store, NewEntry(TODAY, "gave", "kind-volunteered_event", community_id="c1", hours=3), today=TODAY)
    page = ledger.list_entries(store, EntryQuery(community_id="c1"))
    assert page.total == 1 and page.rows["counterpart"].tolist() == ["Data Night"]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"person_id": None}, ("field.counterpart", "validation.required")),
        ({"person_id": "nobody"}, ("field.counterpart", "validation.unknown")),
        ({"community_id": "c1"}, ("field.counterpart", "ledger.validation.one_counterpart")),
        ({"kind_id": ""}, ("field.kind", "validation.required")),
        ({"kind_id": None}, ("field.kind", "validation.required")),
        ({"kind_id": "kind-nope"}, ("field.kind", "validation.unknown")),
        ({"points": -1}, ("field.points", "validation.negative")),
        ({"points": "abc"}, ("field.points", "validation.not_number")),
        ({"points": float("nan")}, None),  # NaN from a number widget means "not given": default points
        ({"points": float("inf")}, ("field.points", "validation.not_number")),
        ({"points": "Infinity"}, ("field.points", "validation.not_number")),
        ({"points": True}, ("field.points", "validation.not_number")),
        ({"hours": -0.5}, ("field.hours", "validation.negative")),
        ({"hours": "two"}, ("field.hours", "validation.not_number")),
        ({"hours": float("-inf")}, ("field.hours", "validation.not_number")),
        ({"direction": "took"}, ("field.direction", "validation.bad_choice")),
        ({"occurred_on": None}, ("field.date", "validation.required")),
        ({"occurred_on": "2026-13-01"}, ("field.date", "validation.bad_date")),
        ({"occurred_on": dt.date(2206, 1, 1)}, ("field.date", "validation.out_of_range")),
        ({"passion_id": "p-unknown"}, ("field.passion", "validation.unknown")),
        ({"note": "x" * 5001}, ("field.note", "validation.too_long")),
    ],
)
def test_invalid_entries_write_nothing_and_name_the_field(ws, changes, problem):
    store, ada, _ = ws
    values = {"occurred_on": TODAY, "direction": "gave", "kind_id": "kind-feedback", "person_id": ada, **changes}
    entry = NewEntry(**values)
    if problem is None:
        log_entry(store, entry, today=TODAY)
        assert _count(store) == 1
        return
    with pytest.raises(ValidationError) as exc:
        log_entry(store, entry, today=TODAY)
    assert problem in _problems(exc)
    assert _count(store) == 0


def test_several_problems_are_reported_together(ws):
    store, _, _ = ws
    with pytest.raises(ValidationError) as exc:
        log_entry(store, NewEntry(TODAY, "gave", "", points=-2, hours="x"), today=TODAY)
    assert {p.field for p in exc.value.problems} == {"field.kind", "field.points", "field.hours", "field.counterpart"}


def test_future_date_warns_but_is_allowed(ws):
    store, ada, _ = ws
    tomorrow = TODAY + dt.timedelta(days=1)
    entry = NewEntry(tomorrow, "gave", "kind-feedback", person_id=ada)
    assert check_entry(store, entry, today=TODAY) == [ledger.WARN_FUTURE]
    assert check_entry(store, NewEntry(TODAY, "gave", "kind-feedback", person_id=ada), today=TODAY) == []
    log_entry(store, entry, today=TODAY)
    assert _count(store) == 1


def test_check_entry_raises_the_same_errors(ws):
    store, _, _ = ws
    with pytest.raises(ValidationError) as exc:
        check_entry(store, NewEntry(TODAY, "gave", "kind-feedback", person_id="ghost"), today=TODAY)
    assert ("field.counterpart", "validation.unknown") in _problems(exc)


def test_other_workspace_people_and_kinds_are_unknown(ws, other_store):
    store, ada, _ = ws
    with pytest.raises(ValidationError) as exc:
        log_entry(other_store, NewEntry(TODAY, "gave", "kind-feedback", person_id=ada), today=TODAY)
    assert {("field.counterpart", "validation.unknown"), ("field.kind", "validation.unknown")} <= _problems(exc)
    assert other_store.counts()["ledger_entries"] == 0
    log_entry(store, NewEntry(TODAY, "gave", "kind-feedback", person_id=ada), today=TODAY)
    assert ledger.list_entries(other_store).total == 0


def test_changing_a_default_does_not_rewrite_past_entries(ws):
    store, ada, _ = ws
    log_entry(store, NewEntry(TODAY, "gave", "kind-bought_book", person_id=ada), today=TODAY)
    update_kind(store, "kind-bought_book", default_points="7.5")
    log_entry(store, NewEntry(TODAY, "gave", "kind-bought_book", person_id=ada), today=TODAY)
    points = sorted(float(p) for p in ledger.list_entries(store).rows["points"])
    assert points == [3.0, 7.5]


def _seed(store, ada, li):
    rows = [
        (dt.date(2026, 1, 5), ada, None, "gave", "kind-bought_book", 3, "p1"),
        (dt.date(2026, 2, 1), ada, None, "received", "kind-advice", 3, None),
        (dt.date(2026, 2, 28), li, None, "gave", "kind-shared_work", 2, "p1"),
        (dt.date(2026, 3, 1), li, None, "received", "kind-introduction", 4, None),
        (dt.date(2026, 3, 2), None, "c1", "gave", "kind-volunteered_event", 5, None),
    ]
    for day, person, community, direction, kind, points, passion in rows:
        log_entry(
            store,
            NewEntry(day, direction, kind, person_id=person, community_id=community, points=points, passion_id=passion),
            today=TODAY,
        )


def test_filters_combine_and_count_all_matches(ws):
    store, ada, li = ws
    _seed(store, ada, li)
    assert ledger.list_entries(store).total == 5
    feb = ledger.list_entries(store, EntryQuery(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28)))
    assert feb.total == 2 and feb.rows["occurred_on"].dt.day.tolist() == [28, 1]  # newest first
    assert ledger.list_entries(store, EntryQuery(person_id=ada)).total == 2
    assert ledger.list_entries(store, EntryQuery(person_id=ada, direction="received")).total == 1
    kinds = ledger.list_entries(store, EntryQuery(kind_ids=("kind-advice", "kind-introduction")))
    assert sorted(kinds.rows["counterpart"]) == ["Ada Okafor", "李娜"]
    assert ledger.list_entries(store, EntryQuery(passion_id="p1")).total == 2
    assert ledger.list_entries(store, EntryQuery(direction="gave", start=dt.date(2026, 3, 1))).total == 1


def test_paging_is_done_in_sql(ws):
    store, ada, li = ws
    _seed(store, ada, li)
    first = ledger.list_entries(store, limit=2)
    second = ledger.list_entries(store, limit=2, offset=2)
    third = ledger.list_entries(store, limit=2, offset=4)
    assert (len(first.rows), len(second.rows), len(third.rows)) == (2, 2, 1)
    assert first.total == second.total == 5
    ids = [*first.rows["id"], *second.rows["id"], *third.rows["id"]]
    assert len(set(ids)) == 5
    assert first.rows["occurred_on"].iloc[0] == pd.Timestamp("2026-03-02")


def test_newest_entries_are_the_first_page_without_the_count(ws):
    store, ada, li = ws
    _seed(store, ada, li)
    query = EntryQuery(person_id=ada)
    newest = ledger.newest_entries(store, query, 1)
    pd.testing.assert_frame_equal(newest, ledger.list_entries(store, query, limit=1).rows)
    assert len(ledger.newest_entries(store, EntryQuery(), 10)) == 5


def test_update_entries_all_or_nothing(ws):
    store, ada, li = ws
    _seed(store, ada, li)
    rows = ledger.list_entries(store).rows
    a, b = rows["id"].iloc[0], rows["id"].iloc[1]
    changed = ledger.update_entries(
        store,
        {a: {"points": "9", "note": "更新 ✅"}, b: {"direction": "received", "kind_id": "kind-feedback"}},
        today=TODAY,
    )
    assert changed == 2
    fresh = ledger.list_entries(store).rows.set_index("id")
    assert float(fresh.loc[a, "points"]) == 9 and fresh.loc[a, "note"] == "更新 ✅"
    assert fresh.loc[b, "direction"] == "received" and fresh.loc[b, "kind_id"] == "kind-feedback"

    with pytest.raises(ValidationError) as exc:
        ledger.update_entries(store, {a: {"points": "1"}, b: {"points": -3}}, today=TODAY, rows={a: 1, b: 2})
    assert [(p.field, p.key, p.row) for p in exc.value.problems] == [("field.points", "validation.negative", 2)]
    with pytest.raises(ValidationError):
        ledger.update_entries(store, {a: {"points": "1"}, b: {"kind_id": "kind-ghost"}}, today=TODAY)
    with pytest.raises(ValidationError):
        ledger.update_entries(store, {a: {"points": None}}, today=TODAY)
    assert float(ledger.list_entries(store).rows.set_index("id").loc[a, "points"]) == 9  # nothing saved


def test_update_unknown_or_foreign_entry_is_refused(ws, other_store):
    store, ada, li = ws
    _seed(store, ada, li)
    entry_id = ledger.list_entries(store).rows["id"].iloc[0]
    ensure_default_kinds(other_store)
    with pytest.raises(ValidationError) as exc:
        ledger.update_entries(other_store, {entry_id: {"note": "hijack"}}, today=TODAY)
    assert ("field.entry", "validation.unknown") in _problems(exc)
    assert ledger.list_entries(store).rows["note"].iloc[0] == ""


def test_delete_entries_is_scoped_to_the_workspace(ws, other_store):
    store, ada, li = ws
    _seed(store, ada, li)
    ids = ledger.list_entries(store).rows["id"].tolist()
    assert ledger.delete_entries(other_store, ids) == 0
    assert ledger.delete_entries(store, ids[:2]) == 2
    assert ledger.list_entries(store).total == 3
    assert ledger.delete_entries(store, []) == 0


def test_find_counterparts_recent_first_then_by_name(ws):
    store, ada, li = ws
    everyone = ledger.find_counterparts(store)
    assert [c.name for c in everyone] == ["Ada Okafor", "Data Night", "Garden", "李娜"]
    log_entry(store, NewEntry(dt.date.today(), "gave", "kind-feedback", person_id=li))
    assert ledger.find_counterparts(store)[0].name == "李娜"
    assert [c.token for c in ledger.find_counterparts(store, "data")] == ["community:c1"]
    assert ledger.find_counterparts(store, "%") == []  # wildcards are literal
    assert ledger.parse_token("person:x") == ("x", None)
    assert ledger.parse_token("community:c1") == (None, "c1")
    assert ledger.parse_token(None) == (None, None)


def test_the_limits_widgets_offer_are_the_ones_validation_enforces(ws):
    store, ada, _ = ws
    at_limit = NewEntry(
        TODAY,
        "gave",
        "kind-feedback",
        person_id=ada,
        points=ledger.POINTS_MAX,
        hours=ledger.HOURS_MAX,
        note="x" * ledger.NOTE_LIMIT,
    )
    log_entry(store, at_limit, today=TODAY)
    over = NewEntry(
        TODAY,
        "gave",
        "kind-feedback",
        person_id=ada,
        points=ledger.POINTS_MAX + Decimal("0.01"),
        hours=ledger.HOURS_MAX + Decimal("0.01"),
        note="x" * (ledger.NOTE_LIMIT + 1),
    )
    with pytest.raises(ValidationError) as exc:
        log_entry(store, over, today=TODAY)
    assert {field for field, _ in _problems(exc)} == {"field.points", "field.hours", "field.note"}
    assert _count(store) == 1
