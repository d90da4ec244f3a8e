import pandas as pd

from frentor.give_first import advice_before_asking
from frentor.people import NewPerson, add_person
from tests.unit.test_nudges import homework_done


def _give(store, person_id, points):
    frame = pd.DataFrame(
        {
            "id": ["e1"],
            "occurred_on": [pd.Timestamp("2026-11-01")],
            "person_id": [person_id],
            "direction": ["gave"],
            "kind_id": ["kind-shared_work"],
            "points": [points],
        }
    )
    store.write(lambda cur: store.insert_frame(cur, "ledger_entries", frame))


def test_new_person_gets_advice_listing_everything(store):
    person = add_person(store, NewPerson("Ada"))
    advice = advice_before_asking(store, person)
    assert advice is not None and not advice.has_given and len(advice.missing_homework) == 4
    assert advice.suggestions


def test_given_but_homework_missing_still_warns(store):
    person = add_person(store, NewPerson("Ada"))
    _give(store, person, 2)
    advice = advice_before_asking(store, person)
    assert advice is not None and advice.has_given and advice.given_points == 2.0


def test_no_advice_once_given_andhomework_done(store, other_store):
    person = add_person(store, NewPerson("Ada"))
    homework_done(store, person)
    assert advice_before_asking(store, person).missing_homework == ()
    _give(store, person, 1)
    assert advice_before_asking(store, person) is None
    assert advice_before_asking(other_store, person) is None  # another workspace cannot see this person


def test_advice_suggests_skills_they_need_that_i_offer(store):
    skills = pd.DataFrame({"id": ["s1", "s2"], "name": ["Proofreading", "Piano"], "side": ["offer", "want"]})
    store.write(lambda cur: store.insert_frame(cur, "skills", skills))
    person = add_person(store, NewPerson("Ada", needs=["proofreading"], offers=["Piano"]))
    advice = advice_before_asking(store, person)
    assert advice.offer_skills == ("Proofreading",)


def test_received_value_does_not_count_as_giving(store):
    person = add_person(store, NewPerson("Ada"))
    homework_done(store, person)
    frame = pd.DataFrame(
        {
            "id": ["r1"],
            "occurred_on": [pd.Timestamp("2026-11-01")],
            "person_id": [person],
            "direction": ["received"],
            "kind_id": ["kind-advice"],
            "points": [3],
        }
    )
    store.write(lambda cur: store.insert_frame(cur, "ledger_entries", frame))
    advice = advice_before_asking(store, person)
    assert advice is not None and not advice.has_given and advice.missing_homework == ()
