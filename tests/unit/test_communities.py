"""Communities, events and nonprofits: validation, listing, upcoming events, delete rules, isolation."""

from __future__ import annotations

import datetime as dt

import pytest

from frentor import communities, passions
from frentor.errors import ValidationError
from tests.conftest import TODAY


def test_add_and_list_with_dates_first(store):
    passion = passions.add_passion(store, "创业")
    club = communities.add_community(store, "Zeta club", url="https://example.org/z")
    event = communities.add_community(
        store, "周末创业营", kind="event", starts_on="2026-12-05", passion_id=passion, notes="volunteer 'desk'"
    )
    frame = communities.list_communities(store)
    assert list(frame.columns[:6]) == ["id", "name", "kind", "url", "starts_on", "passion_id"]
    assert frame["id"].tolist() == [event, club]
    first = frame.iloc[0]
    assert (first["name"], first["kind"], first["starts_on"], first["passion_id"]) == (
        "周末创业营",
        "event",
        dt.date(2026, 12, 5),
        passion,
    )
    assert frame.iloc[1]["starts_on"] is None
    assert communities.list_communities(store, passion)["id"].tolist() == [event]


def test_add_community_validates_everything_at_once(store):
    with pytest.raises(ValidationError) as exc:
        communities.add_community(
            store, "", kind="party", url="javascript:alert(1)", starts_on="31/12/2026", passion_id="missing"
        )
    assert {p.field for p in exc.value.problems} == {
        "field.community_name",
        "field.community_kind",
        "field.url",
        "field.starts_on",
        "field.passion",
    }
    assert communities.list_communities(store).empty


def test_undated_only_list_gives_none_not_nat(store):
    communities.add_community(store, "Undated")
    assert communities.list_communities(store)["starts_on"].tolist() == [None]
    assert communities.list_communities(store, "no-such-passion").empty


def test_duplicate_names_are_refused_ignoring_case(store):
    communities.add_community(store, "Toastmasters")
    with pytest.raises(ValidationError) as exc:
        communities.add_community(store, "TOASTMASTERS")
    assert exc.value.problems[0].key == "validation.duplicate"


def test_upcoming_events_window_and_order(store):
    communities.add_community(store, "Past", kind="event", starts_on=TODAY - dt.timedelta(days=1))
    communities.add_community(store, "Later", kind="event", starts_on=TODAY + dt.timedelta(days=30))
    communities.add_community(store, "Today", kind="event", starts_on=TODAY)
    communities.add_community(store, "Far", kind="event", starts_on=TODAY + dt.timedelta(days=61))
    communities.add_community(store, "Undated")
    assert communities.upcoming_events(store, TODAY)["name"].tolist() == ["Today", "Later"]
    assert communities.upcoming_events(store, TODAY, days=61, limit=1)["name"].tolist() == ["Today"]


def test_delete_refused_while_the_ledger_uses_it(store):
    used = communities.add_community(store, "Garden collective", kind="nonprofit")
    free = communities.add_community(store, "Free")
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO ledger_entries (workspace, id, occurred_on, community_id, direction, kind_id, points) "
            "VALUES ('alice', 'e1', DATE '2026-01-01', ?, 'gave', 'kind-volunteered_event', 3)",
            [used],
        )
    )
    with pytest.raises(ValidationError) as exc:
        communities.delete_community(store, used)
    assert exc.value.problems[0].params == {"count": 1}
    assert communities.delete_community(store, free)
    assert communities.list_communities(store)["id"].tolist() == [used]


def test_isolated_per_workspace(store, other_store):
    mine = communities.add_community(store, "Mine")
    communities.add_community(other_store, "Mine")  # the same name elsewhere is fine
    assert len(communities.list_communities(other_store)) == 1
    assert not communities.delete_community(other_store, mine)
    assert communities.list_communities(store)["id"].tolist() == [mine]
