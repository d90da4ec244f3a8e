"""People's contact fields (e-mail, profile link, title, source, connected on): saved, kept on edits that do not
show them, validated, searched, and carried through export -> import -> export byte for byte."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from frentor import reports
from frentor.csv_safety import is_safe
from frentor.errors import ValidationError
from frentor.importer import Source, import_sources
from frentor.people import NewPerson, PeopleFilter, add_person, get_person, search_people, update_person


def _snapshot(store):
    return {file: reports.export_bytes(store, file) for file in reports.EXPORT_FILES}


def _ada(**fields) -> NewPerson:
    details = {
        "email": "ada@example.com",
        "profile_url": "https://www.linkedin.com/in/ada",
        "title": "Head of Research",
        "source": "linkedin",
        "connected_on": dt.date(2024, 3, 12),
    }
    return NewPerson(name="Ada", **{**details, **fields})


def test_contact_fields_are_saved_and_read_back(store):
    person = get_person(store, add_person(store, _ada()))
    assert (person.email, person.profile_url, person.title, person.source, person.connected_on) == (
        "ada@example.com",
        "https://www.linkedin.com/in/ada",
        "Head of Research",
        "linkedin",
        dt.date(2024, 3, 12),
    )


def test_a_person_added_without_them_has_empty_fields(store):
    person = get_person(store, add_person(store, NewPerson(name="Bo")))
    assert (person.email, person.profile_url, person.title, person.source, person.connected_on) == (
        "",
        "",
        "",
        "",
        None,
    )


def test_an_edit_that_does_not_give_them_keeps_them_and_one_that_does_changes_them(store):
    person_id = add_person(store, _ada())
    update_person(store, person_id, NewPerson(name="Ada L."))  # e.g. a form that does not show the contact fields
    kept = get_person(store, person_id)
    assert (kept.name, kept.email, kept.title, kept.connected_on) == (
        "Ada L.",
        "ada@example.com",
        "Head of Research",
        dt.date(2024, 3, 12),
    )
    update_person(store, person_id, NewPerson(name="Ada L.", email="", title="CTO", connected_on=""))
    changed = get_person(store, person_id)
    assert (changed.email, changed.title, changed.connected_on, changed.source) == ("", "CTO", None, "linkedin")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"email": "not an address"}, "field.email"),
        ({"email": "a@b"}, "field.email"),
        ({"profile_url": "javascript:alert(1)"}, "field.profile_url"),
        ({"source": "myspace"}, "field.source"),
        ({"connected_on": "12 Mar 2024"}, "field.connected_on"),
        ({"title": "x" * 201}, "field.person_title"),
    ],
)
def test_bad_contact_fields_are_refused_naming_the_field(store, fields, field):
    with pytest.raises(ValidationError) as caught:
        add_person(store, _ada(**fields))
    assert [p.field for p in caught.value.problems] == [field]
    assert store.counts()["people"] == 0


def test_search_finds_people_by_title_and_email(store):
    add_person(store, _ada())
    add_person(store, NewPerson(name="Bo"))
    by_title, _ = search_people(store, PeopleFilter(query="research"))
    by_email, _ = search_people(store, PeopleFilter(query="ada@"))
    assert list(by_title["name"]) == list(by_email["name"]) == ["Ada"]
    assert by_title.iloc[0]["profile_url"] == "https://www.linkedin.com/in/ada"


def test_contact_fields_round_trip_byte_identical_and_are_spreadsheet_safe(store, other_store):
    add_person(store, _ada(title='=HYPERLINK("http://x")', email="+1@example.com"))
    add_person(store, NewPerson(name="李娜", title="'-产品经理", source="vcard"))
    add_person(store, NewPerson(name="Bo"))
    exported = _snapshot(store)
    people_csv = exported["people.csv"].decode()
    assert '"title","email","profile_url","source","connected_on"' in people_csv
    assert "'=HYPERLINK" in people_csv and "''-产品经理" in people_csv and "'+1@example.com" in people_csv
    assert ",2024-03-12," in people_csv
    assert all(is_safe(cell.strip('"')) for line in people_csv.splitlines()[1:] for cell in line.split('","'))
    import_sources(other_store, [Source(file, file, data) for file, data in exported.items()])
    assert _snapshot(other_store) == exported
    assert {r[0] for r in other_store.read("SELECT title FROM people WHERE workspace = ?")} == {
        '=HYPERLINK("http://x")',
        "'-产品经理",
        "",
    }


def test_an_export_from_before_the_contact_fields_still_imports(store):
    old_header = '"id","name","role","stage"\n"p1","Ada","peer","noticed"\n'
    result = import_sources(store, [Source("people.csv", "people.csv", old_header.encode())])
    assert result.counts["people.csv"].new == 1
    assert store.read("SELECT email, title, source, connected_on FROM people WHERE workspace = ?") == [
        ("", "", "", None)
    ]


def test_an_unknown_source_in_a_file_is_refused_with_row_and_column(store):
    bad = '"id","name","source"\n"p1","Ada","myspace"\n'
    with pytest.raises(ValidationError) as caught:
        import_sources(store, [Source("people.csv", "people.csv", bad.encode())])
    assert [(p.row, p.field) for p in caught.value.problems] == [(2, "people.csv · source")]


def test_people_of_a_version_1_database_get_empty_contact_fields(tmp_path):
    import duckdb

    from frentor.store import Database

    path = tmp_path / "v1.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute((Path(__file__).parents[1] / "fixtures" / "schema_v1.sql").read_text(encoding="utf-8"))
    before = connection.execute("SELECT count(*) FROM people").fetchone()[0]
    connection.close()
    db = Database(str(path))
    rows = db.read("SELECT email, profile_url, title, source, connected_on FROM people")
    db.close()
    assert before > 0 and rows == [("", "", "", "", None)] * before
