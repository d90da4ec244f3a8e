"""Balances by month in the three modes, per person, per group and for the whole network, hand-computed.

The ledger used by most tests (points; + means I gave, - means I received):

    person          role    stage      passion   Jan 2026                 Feb 2026            Mar       Apr
    Ana             mentor  following            +2 (15th), -5 (31st)     +4 (1st)
    "Bo" <b>李</b>  peer    engaging   P                                  -1.5 (28th)          +10 (31st)
    Cai 🌱          mentee  engaging                                                                     +3 (1st)
    a community                                                           +6 (10th)

Network per month: Jan -3 (2 given, 5 received), Feb +8.5 (10 given, 1.5 received), Mar +10, Apr +3.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frentor import balance
from frentor.errors import ValidationError
from frentor.ids import new_id
from frentor.people import NewPerson, add_person
from frentor.store import Store
from frentor.store import ledger as ledger_queries

D = dt.date


def add_entry(
    store: Store,
    day: dt.date,
    direction: str,
    points: float,
    person_id: str | None = None,
    community_id: str | None = None,
) -> None:
    values = {
        "occurred_on": day,
        "person_id": person_id,
        "community_id": community_id,
        "direction": direction,
        "kind_id": "kind-feedback",
        "points": points,
        "hours": None,
        "passion_id": None,
        "note": "",
    }
    store.write(lambda cur: ledger_queries.insert_entry(cur, store.workspace, new_id(), values))


def add_passion(store: Store, title: str) -> str:
    passion_id = new_id()
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO passions (workspace, id, title) VALUES (?, ?, ?)", [store.workspace, passion_id, title]
        )
    )
    return passion_id


@pytest.fixture
def ledger(store):
    passion = add_passion(store, "P")
    ana = add_person(store, NewPerson(name="Ana", role="mentor", stage="following"))
    bo = add_person(store, NewPerson(name='"Bo" <b>李</b>', role="peer", stage="engaging", passion_ids=[passion]))
    cai = add_person(store, NewPerson(name="Cai 🌱", role="mentee", stage="engaging"))
    add_entry(store, D(2026, 1, 15), "gave", 2, ana)
    add_entry(store, D(2026, 1, 31), "received", 5, ana)
    add_entry(store, D(2026, 2, 1), "gave", 4, ana)
    add_entry(store, D(2026, 2, 28), "received", 1.5, bo)
    add_entry(store, D(2026, 3, 31), "gave", 10, bo)
    add_entry(store, D(2026, 4, 1), "gave", 3, cai)
    add_entry(store, D(2026, 2, 10), "gave", 6, community_id="community-1")
    return {"ana": ana, "bo": bo, "cai": cai, "passion": passion}


def column(frame, name):
    return [round(float(v), 2) for v in frame[name]]


def months(frame):
    return [ts.date() for ts in frame["month"]]


def test_network_three_modes_over_a_range_that_skips_earlier_history(store, ledger):
    frame = balance.monthly_balance(store, balance.NETWORK, D(2026, 2, 1), D(2026, 3, 1))
    assert months(frame) == [D(2026, 2, 1), D(2026, 3, 1)]
    assert column(frame, "given") == [10, 10]
    assert column(frame, "received") == [1.5, 0]
    assert column(frame, "change") == [8.5, 10]
    assert column(frame, "cumulative") == [8.5, 18.5]  # starts from zero at the start of the range
    assert column(frame, "historical") == [5.5, 15.5]  # January's -3 carried in


def test_empty_months_are_filled_and_keep_the_running_totals(store, ledger):
    frame = balance.monthly_balance(store, balance.NETWORK, D(2026, 2, 1), D(2026, 5, 1))
    assert months(frame) == [D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1), D(2026, 5, 1)]
    assert column(frame, "change") == [8.5, 10, 3, 0]
    assert column(frame, "cumulative") == [8.5, 18.5, 21.5, 21.5]
    assert column(frame, "historical") == [5.5, 15.5, 18.5, 18.5]


def test_range_before_any_entry_and_month_boundaries(store, ledger):
    frame = balance.monthly_balance(store, balance.NETWORK, D(2025, 12, 1), D(2026, 1, 1))
    assert column(frame, "given") == [0, 2]
    assert column(frame, "received") == [0, 5]  # 31 January stays in January
    assert column(frame, "cumulative") == [0, -3]
    assert column(frame, "historical") == [0, -3]


def test_dates_inside_months_are_rounded_to_whole_months(store, ledger):
    frame = balance.monthly_balance(store, balance.NETWORK, D(2026, 2, 20), D(2026, 3, 2))
    assert months(frame) == [D(2026, 2, 1), D(2026, 3, 1)]
    assert column(frame, "change") == [8.5, 10]  # the whole of February and March count


def test_month_totals_read_only_the_range(store, ledger):
    frame = balance.month_totals(store, balance.NETWORK, D(2026, 1, 1), D(2026, 3, 1))
    assert months(frame) == [D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)]
    assert column(frame, "given") == [2, 10, 10]
    assert column(frame, "received") == [5, 1.5, 0]
    peer = balance.month_totals(store, balance.Scope(role="peer"), D(2026, 2, 1), D(2026, 2, 1))
    assert (column(peer, "given"), column(peer, "received")) == ([0], [1.5])


def test_one_person(store, ledger):
    frame = balance.monthly_balance(store, balance.Scope(person_id=ledger["ana"]), D(2026, 2, 1), D(2026, 3, 1))
    assert column(frame, "change") == [4, 0]
    assert column(frame, "cumulative") == [4, 4]
    assert column(frame, "historical") == [1, 1]  # 2 - 5 in January, then +4


@pytest.mark.parametrize(
    ("scope", "expected_change"),
    [
        (balance.Scope(role="peer"), [0, -1.5, 10, 0]),
        (balance.Scope(stage="engaging"), [0, -1.5, 10, 3]),
        (balance.Scope(role="mentee", stage="engaging"), [0, 0, 0, 3]),
        (balance.Scope(role="mentor", stage="engaging"), [0, 0, 0, 0]),
    ],
)
def test_groups_by_role_and_stage(store, ledger, scope, expected_change):
    frame = balance.monthly_balance(store, scope, D(2026, 1, 1), D(2026, 4, 1))
    assert column(frame, "change") == expected_change


def test_group_by_passion_and_historical_for_a_group(store, ledger):
    scope = balance.Scope(passion_id=ledger["passion"])
    frame = balance.monthly_balance(store, scope, D(2026, 3, 1), D(2026, 4, 1))
    assert column(frame, "change") == [10, 0]
    assert column(frame, "cumulative") == [10, 10]
    assert column(frame, "historical") == [8.5, 8.5]  # February's -1.5 carried in


def test_unknown_role_is_a_validation_error(store, ledger):
    with pytest.raises(ValidationError) as caught:
        balance.monthly_balance(store, balance.Scope(role="boss"), D(2026, 1, 1), D(2026, 2, 1))
    assert caught.value.problems[0].field == "field.role"


def test_workspaces_are_isolated(store, other_store, ledger):
    intruder = add_person(other_store, NewPerson(name="Eve", role="peer"))
    add_entry(other_store, D(2026, 2, 5), "received", 100, intruder)
    frame = balance.monthly_balance(store, balance.NETWORK, D(2026, 2, 1), D(2026, 2, 1))
    assert column(frame, "change") == [8.5]
    theirs = balance.monthly_balance(other_store, balance.NETWORK, D(2026, 2, 1), D(2026, 2, 1))
    assert column(theirs, "change") == [-100]
    assert balance.first_entry_date(other_store) == D(2026, 2, 5)


def test_first_entry_date(store, ledger):
    assert balance.first_entry_date(store) == D(2026, 1, 15)
    assert balance.first_entry_date(store, balance.Scope(person_id=ledger["cai"])) == D(2026, 4, 1)


def test_people_lines_top_n_with_opening_balance(store, ledger):
    lines = balance.people_lines(store, balance.NETWORK, D(2026, 2, 1), D(2026, 4, 1), limit=2)
    # Activity Feb-Apr: Bo 11.5, Ana 4, Cai 3 -> Bo and Ana.
    assert lines["person_id"].drop_duplicates().tolist() == [ledger["bo"], ledger["ana"]]
    bo = lines[lines["person_id"] == ledger["bo"]]
    ana = lines[lines["person_id"] == ledger["ana"]]
    assert bo["name"].iloc[0] == '"Bo" <b>李</b>'
    assert column(bo, "change") == [-1.5, 10, 0]
    assert column(bo, "cumulative") == [-1.5, 8.5, 8.5]
    assert column(ana, "cumulative") == [4, 4, 4]
    assert column(ana, "historical") == [1, 1, 1]


def test_people_lines_for_a_group(store, ledger):
    lines = balance.people_lines(store, balance.Scope(role="mentee"), D(2026, 1, 1), D(2026, 4, 1), limit=5)
    assert lines["person_id"].unique().tolist() == [ledger["cai"]]
    assert column(lines, "cumulative") == [0, 0, 0, 3]


def test_top_imbalances_in_range_and_historical(store, ledger):
    in_range = balance.top_imbalances(store, balance.NETWORK, D(2026, 2, 1), D(2026, 4, 1), "cumulative", limit=1)
    assert in_range["person_id"].tolist() == [ledger["bo"]]
    assert column(in_range, "balance") == [8.5]

    historical = balance.top_imbalances(store, balance.NETWORK, D(2026, 2, 1), D(2026, 4, 1), "historical", limit=5)
    assert historical["person_id"].tolist() == [ledger["bo"], ledger["cai"], ledger["ana"]]
    assert column(historical, "balance") == [8.5, 3, 1]

    january = balance.top_imbalances(store, balance.NETWORK, D(2026, 1, 1), D(2026, 1, 1), "change", limit=3)
    assert january["person_id"].tolist() == [ledger["ana"]]
    assert column(january, "balance") == [-3]
    assert column(january, "given") == [2]
    assert column(january, "received") == [5]


def test_top_imbalances_both_signs_limited_per_side(store, ledger):
    add_entry(store, D(2026, 3, 3), "received", 20, ledger["cai"])
    frame = balance.top_imbalances(store, balance.NETWORK, D(2026, 2, 1), D(2026, 4, 1), "cumulative", limit=1)
    # Bo +8.5 is the top giver side; Cai 3 - 20 = -17 the top receiver side; Ana (+4) is cut by the limit.
    assert frame["person_id"].tolist() == [ledger["bo"], ledger["cai"]]
    assert column(frame, "balance") == [8.5, -17]


def test_activity_heatmap_grid(store, ledger):
    grid = balance.activity_by_weekday(store, balance.NETWORK, D(2026, 1, 1), D(2026, 1, 1))
    # January 2026: 1 Jan is a Thursday, so weeks start Monday 29 Dec 2025; 31 Jan is a Saturday.
    assert [ts.date() for ts in grid.index] == [
        D(2025, 12, 29),
        D(2026, 1, 5),
        D(2026, 1, 12),
        D(2026, 1, 19),
        D(2026, 1, 26),
    ]
    assert list(grid.columns) == [1, 2, 3, 4, 5, 6, 7]
    assert int(grid.loc["2026-01-12", 4]) == 1  # Thursday 15 January
    assert int(grid.loc["2026-01-26", 6]) == 1  # Saturday 31 January
    assert int(grid.to_numpy().sum()) == 2


def test_activity_heatmap_keeps_the_last_53_weeks(store, ledger):
    grid = balance.activity_by_weekday(store, balance.NETWORK, D(2020, 1, 1), D(2026, 4, 1))
    assert len(grid) == balance.HEATMAP_WEEKS
    assert int(grid.to_numpy().sum()) == 7  # every 2026 entry is inside the last year


def test_learn_and_teach(store, ledger):
    frame = balance.learn_and_teach(store, D(2026, 1, 1), D(2026, 4, 1))
    assert column(frame, "from_mentors") == [5, 0, 0, 0]  # Ana is a mentor: I received 5 in January
    assert column(frame, "to_mentees") == [0, 0, 0, 3]  # Cai is a mentee: I gave 3 in April


def test_summarise(store, ledger):
    frame = balance.monthly_balance(store, balance.NETWORK, D(2026, 2, 1), D(2026, 3, 1))
    summary = balance.summarise(frame)
    assert summary == balance.RangeSummary(given=20, received=1.5, net=18.5, balance_to_date=15.5)


def test_empty_workspace(store):
    assert balance.first_entry_date(store) is None
    frame = balance.monthly_balance(store, balance.NETWORK, D(2026, 1, 1), D(2026, 3, 1))
    assert column(frame, "historical") == [0, 0, 0]
    assert balance.people_lines(store, balance.NETWORK, D(2026, 1, 1), D(2026, 3, 1)).empty
    assert balance.top_imbalances(store, balance.NETWORK, D(2026, 1, 1), D(2026, 3, 1), "change").empty
    assert int(balance.activity_by_weekday(store, balance.NETWORK, D(2026, 1, 1), D(2026, 3, 1)).to_numpy().sum()) == 0


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("3m", (D(2026, 9, 1), D(2026, 11, 1))),
        ("12m", (D(2025, 12, 1), D(2026, 11, 1))),
        ("24m", (D(2024, 12, 1), D(2026, 11, 1))),
        ("all", (D(2024, 3, 1), D(2026, 11, 1))),
    ],
)
def test_resolve_range_presets(preset, expected):
    assert balance.resolve_range(preset, D(2026, 11, 27), first_entry=D(2024, 3, 5)) == expected


def test_resolve_range_custom_and_errors():
    assert balance.resolve_range("custom", D(2026, 11, 27), custom=(D(2026, 5, 9), D(2026, 2, 3))) == (
        D(2026, 2, 1),
        D(2026, 5, 1),
    )
    assert balance.resolve_range("all", D(2026, 11, 27), first_entry=None) == (D(2026, 11, 1), D(2026, 11, 1))
    with pytest.raises(ValidationError):
        balance.resolve_range("forever", D(2026, 11, 27))


def test_month_arithmetic():
    assert balance.add_months(D(2026, 1, 1), -1) == D(2025, 12, 1)
    assert balance.add_months(D(2026, 12, 1), 1) == D(2027, 1, 1)
    assert balance.months_between(D(2025, 12, 1), D(2026, 2, 1)) == 3


def test_very_long_ranges_are_capped(store, ledger):
    frame = balance.monthly_balance(store, balance.NETWORK, D(1900, 1, 1), D(2026, 4, 1))
    assert len(frame) == balance.MAX_MONTHS
    assert column(frame, "historical")[-1] == 18.5
