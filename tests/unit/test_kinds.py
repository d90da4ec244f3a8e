"""Value kinds: built-ins, user kinds, default points, archiving; entries never rewritten."""

from decimal import Decimal

import pytest

from frentor.errors import ValidationError
from frentor.kinds import (
    BUILTIN_KINDS,
    NAME_MAX,
    POINTS_MAX,
    add_kind,
    ensure_default_kinds,
    get_kind,
    kind_usage,
    list_kinds,
    update_kind,
    update_kinds,
)


@pytest.fixture
def kinds_store(store):
    ensure_default_kinds(store)
    return store


def test_builtins_listed_in_catalog_order_then_user_kinds_by_name(kinds_store):
    add_kind(kinds_store, "Zine swap", 2)
    add_kind(kinds_store, "播客嘉宾", "4.5", "received")
    add_kind(kinds_store, "Answered a survey", 1, "gave")
    kinds = list_kinds(kinds_store)
    assert [k.key for k in kinds[: len(BUILTIN_KINDS)]] == [k.key for k in BUILTIN_KINDS]
    assert [k.name for k in kinds[len(BUILTIN_KINDS) :]] == ["Answered a survey", "Zine swap", "播客嘉宾"]
    guest = kinds[-1]
    assert (guest.default_points, guest.usual_direction, guest.builtin) == (Decimal("4.50"), "received", False)


def test_ensure_default_kinds_is_idempotent_and_keeps_changed_points(kinds_store):
    update_kind(kinds_store, "kind-advice", default_points=8)
    assert ensure_default_kinds(kinds_store) == 0
    assert get_kind(kinds_store, "kind-advice").default_points == Decimal("8.00")


@pytest.mark.parametrize(
    ("name", "points", "direction", "problem"),
    [
        ("", 1, "either", ("field.kind", "validation.required")),
        ("   ", 1, "either", ("field.kind", "validation.required")),
        ("x" * 201, 1, "either", ("field.kind", "validation.too_long")),
        ("Ok", -1, "either", ("field.default_points", "validation.negative")),
        ("Ok", "lots", "either", ("field.default_points", "validation.not_number")),
        ("Ok", "NaN", "either", ("field.default_points", "validation.not_number")),
        ("Ok", 1001, "either", ("field.default_points", "validation.out_of_range")),
        ("Ok", 1, "sideways", ("field.usual_direction", "validation.bad_choice")),
    ],
)
def test_add_kind_validation_writes_nothing(kinds_store, name, points, direction, problem):
    before = len(list_kinds(kinds_store))
    with pytest.raises(ValidationError) as exc:
        add_kind(kinds_store, name, points, direction)
    assert problem in {(p.field, p.key) for p in exc.value.problems}
    assert len(list_kinds(kinds_store)) == before


def test_duplicate_user_kind_names_are_refused_case_insensitively(kinds_store, other_store):
    add_kind(kinds_store, "Coffee chat", 1)
    with pytest.raises(ValidationError) as exc:
        add_kind(kinds_store, "  coffee CHAT ", 2)
    assert exc.value.problems[0].key == "validation.duplicate"
    add_kind(other_store, "Coffee chat", 1)  # another workspace may use the same name


def test_update_kind_points_direction_archive_and_name(kinds_store):
    kind_id = add_kind(kinds_store, "Coffee chat", 1)
    other = add_kind(kinds_store, "Tea chat", 1)
    update_kind(kinds_store, kind_id, default_points="2.25", usual_direction="gave", name="Coffee ☕ chat")
    kind = get_kind(kinds_store, kind_id)
    assert (kind.name, kind.default_points, kind.usual_direction) == ("Coffee ☕ chat", Decimal("2.25"), "gave")
    update_kind(kinds_store, kind_id, archived=True)
    assert kind_id not in {k.id for k in list_kinds(kinds_store)}
    assert kind_id in {k.id for k in list_kinds(kinds_store, include_archived=True)}
    with pytest.raises(ValidationError):
        update_kind(kinds_store, other, name="coffee ☕ CHAT")
    with pytest.raises(ValidationError) as exc:
        update_kind(kinds_store, "kind-advice", name="Wisdom")
    assert exc.value.problems[0].key == "kinds.validation.builtin_name"
    with pytest.raises(ValidationError):
        update_kind(kinds_store, "kind-advice", default_points=-3)
    assert get_kind(kinds_store, "kind-advice").default_points == Decimal("3.00")


def test_a_table_of_kind_edits_is_saved_whole_or_not_at_all(kinds_store):
    coffee = add_kind(kinds_store, "Coffee chat", 1)
    changes = {
        "kind-advice": {"default_points": 5, "archived": True},
        coffee: {"default_points": POINTS_MAX + 1},  # row 4 as shown: out of range
        "kind-feedback": {"usual_direction": "sideways"},  # row 2 as shown
    }
    rows = {"kind-advice": 1, coffee: 4, "kind-feedback": 2}
    with pytest.raises(ValidationError) as exc:
        update_kinds(kinds_store, changes, rows)
    assert sorted((p.row, p.field) for p in exc.value.problems) == [
        (2, "field.usual_direction"),
        (4, "field.default_points"),
    ]
    assert get_kind(kinds_store, "kind-advice").default_points == Decimal("3.00")  # the good row was not saved
    assert not get_kind(kinds_store, "kind-advice").archived
    with pytest.raises(ValidationError) as exc:
        update_kinds(kinds_store, {coffee: {"name": "Tea"}}, {coffee: 4})  # not a column of the table
    assert exc.value.problems[0].row == 4
    changes[coffee] = {"default_points": 2}
    changes["kind-feedback"] = {"usual_direction": "received"}
    assert update_kinds(kinds_store, changes, rows) == 3
    points = [get_kind(kinds_store, k).default_points for k in (coffee, "kind-advice")]
    assert points == [Decimal("2.00"), Decimal("5.00")]
    assert get_kind(kinds_store, "kind-feedback").usual_direction == "received"


def test_unknown_or_foreign_kind_cannot_be_updated(kinds_store, other_store):
    kind_id = add_kind(kinds_store, "Mine", 1)
    with pytest.raises(ValidationError):
        update_kind(other_store, kind_id, default_points=5)
    with pytest.raises(ValidationError):
        update_kind(kinds_store, "kind-nope", default_points=5)
    assert get_kind(kinds_store, kind_id).default_points == Decimal("1.00")


def test_kind_usage_counts_entries(kinds_store):
    import datetime as dt

    from frentor.ledger import NewEntry, log_entry
    from frentor.people import NewPerson, add_person

    person = add_person(kinds_store, NewPerson("Ada"))
    for kind in ("kind-advice", "kind-advice", "kind-feedback"):
        log_entry(kinds_store, NewEntry(dt.date(2026, 1, 1), "received", kind, person_id=person))
    assert kind_usage(kinds_store) == {"kind-advice": 2, "kind-feedback": 1}


def test_the_limits_widgets_offer_are_the_ones_validation_enforces(kinds_store):
    add_kind(kinds_store, "x" * NAME_MAX, POINTS_MAX)
    with pytest.raises(ValidationError) as exc:
        add_kind(kinds_store, "y" * (NAME_MAX + 1), POINTS_MAX + 1)
    assert {p.field for p in exc.value.problems} == {"field.kind", "field.default_points"}
