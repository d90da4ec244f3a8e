"""People: create with links, edit, search and filter (one page at a time), archive, delete policy, isolation."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from frentor import people
from frentor.errors import ValidationError
from frentor.homework import add_question
from frentor.people import (
    DEFAULT_KEEP_IN_TOUCH_DAYS,
    NewPerson,
    PeopleFilter,
    PersonHasLedgerError,
    PersonNotFoundError,
    add_person,
    archive_person,
    delete_person,
    deletion_impact,
    get_person,
    search_people,
    update_person,
)


def _passions(store, *rows):
    frame = pd.DataFrame(rows, columns=["id", "title", "status"])
    store.write(lambda cur: store.insert_frame(cur, "passions", frame))


def _community(store, cid, name):
    frame = pd.DataFrame({"id": [cid], "name": [name]})
    store.write(lambda cur: store.insert_frame(cur, "communities", frame))


def _entry(store, person_id, direction="gave", points=2, day="2026-11-01", entry_id=None):
    frame = pd.DataFrame(
        {
            "id": [entry_id or f"e-{person_id}-{day}-{direction}"],
            "occurred_on": [pd.Timestamp(day)],
            "person_id": [person_id],
            "direction": [direction],
            "kind_id": ["kind-shared_work"],
            "points": [points],
        }
    )
    store.write(lambda cur: store.insert_frame(cur, "ledger_entries", frame))


def test_default_keep_in_touch_by_role_is_public_and_used():
    assert DEFAULT_KEEP_IN_TOUCH_DAYS == {"mentor": 45, "frentor": 21, "peer": 30, "mentee": 30}
    assert people.effective_keep_in_touch_days("frentor", None) == 21
    assert people.effective_keep_in_touch_days("frentor", 7) == 7


def test_add_person_with_every_link_round_trips(store):
    _passions(store, ("p1", "Data journalism", "focus"))
    _community(store, "c1", "Startup Weekend 周末创业营")
    pid = add_person(
        store,
        NewPerson(
            name="  王伟 “the 'quoted'” 🚀 ",
            role="mentor",
            reach_tier="long_shot",
            organisation="杭州创客空间",
            notes="Robert'); DROP TABLE people;--",
            passion_ids=["p1", "p1", "not-mine"],
            hashtags="#ddj #创业",
            community_ids=["c1"],
            offers=["Social media", "social media ", "Fundraising"],
            needs=["Proofreading"],
            channels=[("Blog", "https://example.com/w"), ("", "")],
            next_action="Share the latest post",
            next_action_due="2026-12-01",
            keep_in_touch_days="14",
        ),
    )
    person = get_person(store, pid)
    assert person.name == "王伟 “the 'quoted'” 🚀"
    assert person.notes == "Robert'); DROP TABLE people;--"
    assert person.passion_ids == ("p1",)  # duplicates dropped; unknown ids are not linked
    assert person.community_ids == ("c1",)
    assert person.offers == ("Fundraising", "Social media")  # case-insensitive duplicates dropped
    assert person.needs == ("Proofreading",)
    assert person.channels == (("Blog", "https://example.com/w"),)
    assert person.next_action_due == dt.date(2026, 12, 1)
    assert person.keep_in_touch_days == 14 and person.effective_keep_in_touch_days == 14
    assert person.stage == "noticed" and person.homework["homework_read_work"] is False


def test_person_without_interval_uses_role_default(store):
    pid = add_person(store, NewPerson("Ada", role="mentor"))
    assert get_person(store, pid).keep_in_touch_days is None
    assert get_person(store, pid).effective_keep_in_touch_days == 45
    frame, _ = search_people(store)
    assert frame["keep_in_touch_days"].tolist() == [45]


def test_validation_lists_every_problem_and_writes_nothing(store):
    with pytest.raises(ValidationError) as caught:
        add_person(
            store,
            NewPerson(
                name="",
                role="boss",
                channels=[("Site", "javascript:alert(1)")],
                keep_in_touch_days=0,
                next_action_due="next week",
            ),
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {
        "field.name",
        "field.role",
        "field.url",
        "field.person_keep_in_touch",
        "field.person_next_action_due",
    }
    assert store.counts()["people"] == 0


def test_update_replaces_details_and_links_but_keeps_stage(store):
    _passions(store, ("p1", "A", "focus"), ("p2", "B", "idea"))
    pid = add_person(store, NewPerson("Ada", stage="engaging", passion_ids=["p1"], offers=["X"]))
    update_person(
        store,
        pid,
        NewPerson("Ada L.", role="frentor", stage="noticed", passion_ids=["p2"], needs=["Y"], keep_in_touch_days=None),
    )
    person = get_person(store, pid)
    assert (person.name, person.role, person.stage) == ("Ada L.", "frentor", "engaging")
    assert person.passion_ids == ("p2",) and person.offers == () and person.needs == ("Y",)
    with pytest.raises(PersonNotFoundError):
        update_person(store, "nobody", NewPerson("X"))


def test_set_next_action(store):
    pid = add_person(store, NewPerson("Ada"))
    people.set_next_action(store, pid, "Send thanks", dt.date(2026, 12, 24))
    person = get_person(store, pid)
    assert (person.next_action, person.next_action_due) == ("Send thanks", dt.date(2026, 12, 24))


def test_search_filters_and_pages(store):
    _passions(store, ("p1", "A", "focus"))
    for i in range(12):
        add_person(
            store,
            NewPerson(
                f"Person {i:02d}",
                role="mentor" if i < 4 else "peer",
                stage="following" if i % 2 else "noticed",
                reach_tier="strongest" if i < 2 else "fifty_fifty",
                passion_ids=["p1"] if i in (3, 5) else [],
            ),
        )
    add_person(store, NewPerson("50%_off \\ sale", organisation="Shop"))
    page, total = search_people(store, limit=5, offset=5)
    assert total == 13 and page["name"].tolist() == [f"Person {i:02d}" for i in range(4, 9)]  # "50%..." sorts first
    _, total = search_people(store, PeopleFilter(roles=("mentor",)))
    assert total == 4
    found, total = search_people(store, PeopleFilter(roles=("mentor",), stages=("following",)))
    assert found["name"].tolist() == ["Person 01", "Person 03"]
    _, total = search_people(store, PeopleFilter(tiers=("strongest",)))
    assert total == 2
    found, _ = search_people(store, PeopleFilter(passion_id="p1"))
    assert found["name"].tolist() == ["Person 03", "Person 05"]
    # LIKE wildcards in the search text are literal.
    found, _ = search_people(store, PeopleFilter(query="50%_"))
    assert found["name"].tolist() == ["50%_off \\ sale"]
    _, total = search_people(store, PeopleFilter(query="%"))
    assert total == 1
    found, _ = search_people(store, PeopleFilter(query="shop"))
    assert len(found) == 1


def test_search_shows_homework_and_last_exchange(store):
    pid = add_person(store, NewPerson("Ada"))
    _entry(store, pid, day="2026-10-01")
    _entry(store, pid, direction="received", day="2026-11-20")
    frame, _ = search_people(store)
    assert frame["last_exchange"][0] == pd.Timestamp("2026-11-20")
    assert frame["homework_done"][0] == 0


def test_archive_hides_and_brings_back(store):
    pid = add_person(store, NewPerson("Ada"))
    archive_person(store, pid)
    assert search_people(store)[1] == 0
    assert search_people(store, PeopleFilter(include_archived=True))[1] == 1
    assert people.search_people(store)[0].empty
    archive_person(store, pid, archived=False)
    assert search_people(store)[1] == 1


def test_delete_removes_links_questions_channels(store, other_store):
    _passions(store, ("p1", "A", "focus"))
    pid = add_person(store, NewPerson("Ada", passion_ids=["p1"], offers=["X"], channels=[("Blog", "https://a.io")]))
    add_question(store, pid, "Why?")
    keep = add_person(store, NewPerson("Ben", passion_ids=["p1"]))
    impact = deletion_impact(store, pid)
    assert (impact.links, impact.questions, impact.channels, impact.ledger_entries) == (2, 1, 1, 0)
    assert deletion_impact(other_store, pid) is None
    with pytest.raises(PersonNotFoundError):
        delete_person(other_store, pid)  # another workspace cannot delete it
    delete_person(store, pid)
    counts = store.counts()
    assert counts["people"] == 1 and counts["person_questions"] == 0 and counts["channels"] == 0
    assert counts["person_skills"] == 0 and counts["person_passions"] == 1
    assert get_person(store, keep) is not None


def test_delete_refuses_with_ledger_entries_unless_told(store):
    pid = add_person(store, NewPerson("Ada"))
    _entry(store, pid, entry_id="e1")
    _entry(store, pid, direction="received", entry_id="e2")
    with pytest.raises(PersonHasLedgerError) as caught:
        delete_person(store, pid)
    assert caught.value.params == {"entries": 2}
    assert get_person(store, pid) is not None and store.counts()["ledger_entries"] == 2
    impact = delete_person(store, pid, delete_ledger_entries=True)
    assert impact.ledger_entries == 2
    assert store.counts()["ledger_entries"] == 0 and get_person(store, pid) is None


def test_workspaces_are_isolated(store, other_store):
    pid = add_person(store, NewPerson("Ada"))
    assert get_person(other_store, pid) is None
    assert search_people(other_store)[1] == 0
    with pytest.raises(PersonNotFoundError):
        archive_person(other_store, pid)


def test_counts_per_stage_and_role_include_zeros(store):
    add_person(store, NewPerson("A", role="mentor", stage="following"))
    add_person(store, NewPerson("B", role="mentor", stage="following"))
    archived = add_person(store, NewPerson("C", role="mentee", stage="trusted"))
    archive_person(store, archived)
    stages = people.stage_counts(store)
    assert stages["stage"].tolist() == list(people.STAGES)
    assert stages["people"].tolist() == [0, 2, 0, 0, 0, 0]
    assert people.role_counts(store)["people"].tolist() == [2, 0, 0, 0]


def test_channel_lines_parse_and_format():
    parsed = people.parse_channel_lines("Blog https://a.io/x\n\n https://b.io \nMastodon\n小宇宙 播客 https://c.cn")
    assert parsed == [
        ("Blog", "https://a.io/x"),
        ("", "https://b.io"),
        ("Mastodon", ""),
        ("小宇宙 播客", "https://c.cn"),
    ]
    assert people.parse_channel_lines(people.format_channel_lines(parsed)) == parsed
