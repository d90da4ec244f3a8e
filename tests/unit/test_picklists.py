"""Pick lists: one way to match a name (contains, ignoring case, wildcards literal) and one order per list."""

from __future__ import annotations

import datetime as dt

import pytest

from frentor import passions, picklists, skills
from frentor.communities import add_community
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.people import NewPerson, add_person, archive_person
from frentor.store.picklists import like_pattern

D = dt.date


@pytest.fixture
def people(store):
    ensure_default_kinds(store)
    ana = add_person(store, NewPerson(name="Ana", role="mentor"))
    bo = add_person(store, NewPerson(name='"Bo" <b>李</b>', role="peer"))
    cai = add_person(store, NewPerson(name="cai 100%_", role="mentee"))
    for day, person in ((1, ana), (2, ana), (3, ana), (4, bo), (5, bo)):
        log_entry(store, NewEntry(D(2026, 1, day), "gave", "kind-feedback", person_id=person), today=D(2026, 2, 1))
    return {"ana": ana, "bo": bo, "cai": cai}


def test_people_match_names_containing_the_search_or_list_the_most_active(store, people):
    found = picklists.people(store, "bo")
    assert found["id"].tolist() == [people["bo"]]
    assert list(found.columns) == ["id", "name", "role"]
    assert picklists.people(store, "'; DROP TABLE people; --").empty
    most_active = picklists.people(store)
    assert most_active["id"].tolist() == [people["ana"], people["bo"], people["cai"]]  # 3, 2 and 0 entries
    assert picklists.people(store, "  A ")["name"].tolist() == ["Ana", "cai 100%_"]  # by name, ignoring case


def test_wildcards_in_a_search_are_plain_characters(store, people):
    assert picklists.people(store, "%")["id"].tolist() == [people["cai"]]
    assert picklists.people(store, "0%_")["id"].tolist() == [people["cai"]]
    assert picklists.people(store, "_").shape[0] == 1
    assert like_pattern("a%b_c\\") == "%a\\%b\\_c\\\\%"


def test_archived_people_only_when_asked(store, people):
    archive_person(store, people["ana"])
    assert people["ana"] not in picklists.people(store)["id"].tolist()
    assert picklists.people(store, "ana").empty
    assert picklists.people(store, "ana", include_archived=True)["id"].tolist() == [people["ana"]]
    assert people["ana"] in picklists.people(store, include_archived=True)["id"].tolist()


def test_limits_are_kept_within_bounds(store, people):
    assert len(picklists.people(store, limit=1)) == 1
    assert len(picklists.people(store, limit=0)) == 1
    assert picklists.search_text("  x" * 500) == ("x" + "  x" * 499)[: picklists.SEARCH_LIMIT]


def test_person_names_skip_unknown_ids_and_other_workspaces(store, other_store, people):
    assert picklists.person_names(store, [people["ana"], "missing"]) == {people["ana"]: "Ana"}
    assert picklists.person_names(other_store, [people["ana"]]) == {}
    assert picklists.person_names(store, []) == {}


def test_passions_list_focus_first_then_by_title(store):
    ids = {title: passions.add_passion(store, title) for title in ("zebra", "Apple", "mango", "kiwi")}
    passions.set_status(store, [ids["zebra"]], "focus")
    passions.set_status(store, [ids["Apple"]], "parked")
    passions.set_status(store, [ids["kiwi"]], "exploring")
    listed = picklists.passions(store)
    assert listed["title"].tolist() == ["zebra", "kiwi", "mango", "Apple"]
    assert listed["status"].tolist() == ["focus", "exploring", "idea", "parked"]


def test_communities_and_skill_names_by_name_ignoring_case(store):
    add_community(store, "data night")
    add_community(store, "Book club")
    assert picklists.communities(store)["name"].tolist() == ["Book club", "data night"]
    skills.add_skill(store, "writing", "offer")
    skills.add_skill(store, "Design", "want")
    add_person(store, NewPerson(name="Dee", offers=["SQL", "writing"], needs=["accounting"]))
    assert picklists.skill_names(store) == ["accounting", "Design", "SQL", "writing"]
    assert picklists.skill_names(store, limit=2) == ["accounting", "Design"]
