"""Preview and import of contacts: matching (e-mail, link, normalised name; workspace and earlier rows), invalid
entries, chosen rows, role/stage/passion, one transaction, and the table the People page shows."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frentor import contacts, reports
from frentor.contact_formats import ContactFileError
from frentor.contacts import TABLE_COLUMNS, import_contacts, preview_contacts
from frentor.errors import ValidationError
from frentor.i18n import translate
from frentor.people import NewPerson, add_person, get_person
from frentor.store import Database, Store

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def _linkedin(*rows: str) -> bytes:
    return (HEADER + "\n" + "\n".join(rows) + "\n").encode()


def _statuses(preview) -> list[tuple[int, str, str | None]]:
    return [(row.number, row.status, row.matched_by) for row in preview.rows]


def _people(store) -> list[str]:
    return sorted(r[0] for r in store.read("SELECT name FROM people WHERE workspace = ?"))


def test_matches_people_here_by_email_link_or_name(store):
    add_person(store, NewPerson(name="Ada Lovelace", email="ADA@Example.com"))
    add_person(store, NewPerson(name="Grace H.", profile_url="http://linkedin.com/in/grace/"))
    add_person(store, NewPerson(name="Ｌｉ  Ｎａ"))  # full-width letters and two spaces: NFKC + case folding
    add_person(store, NewPerson(name="Tim", channels=[("LinkedIn", "https://www.linkedin.com/in/timbl")]))
    preview = preview_contacts(
        store,
        _linkedin(
            "Augusta,King,,ada@example.com,,,",
            "Grace,Hopper,https://www.linkedin.com/in/grace,,,,",
            "li,na,,,,,",
            "Tim,Berners-Lee,https://linkedin.com/in/TimBL/,,,,",
            "Someone,New,,,,,",
        ),
        "Connections.csv",
    )
    assert _statuses(preview) == [
        (2, "existing", "email"),
        (3, "existing", "profile_url"),
        (4, "existing", "name"),
        (5, "existing", "profile_url"),
        (6, "new", None),
    ]
    assert [row.matched_name for row in preview.rows[:4]] == ["Ada Lovelace", "Grace H.", "Ｌｉ  Ｎａ", "Tim"]
    assert preview.detail(preview.rows[0], "en") == "“Ada Lovelace” (same e-mail)"
    assert store.counts()["people"] == 4  # a preview writes nothing


def test_matches_earlier_rows_of_the_same_file_and_imports_each_person_once(store):
    preview = preview_contacts(
        store,
        _linkedin(
            "Ada,Lovelace,,ada@example.com,,,",
            "A.,Lovelace,,ADA@example.com,,,",  # same e-mail as row 2
            "ada,LOVELACE,,,,,",  # same name as row 2
            "Bo,Li,https://x.example/bo,,,,",
            "Bo,Li,https://x.example/bo,,,,",
        ),
        "c.csv",
    )
    assert _statuses(preview) == [
        (2, "new", None),
        (3, "existing", "email"),
        (4, "existing", "name"),
        (5, "new", None),
        (6, "existing", "profile_url"),
    ]
    assert preview.detail(preview.rows[1], "en") == "Earlier in this file: row 2 (same e-mail)"
    assert preview.detail(preview.rows[1], "zh") == "与本文件中的第 2 行重复（电子邮箱相同）"
    result = import_contacts(store, preview)
    assert (result.added, result.already_here) == (2, 3)
    assert _people(store) == ["Ada Lovelace", "Bo Li"]


def test_invalid_rows_say_why_and_are_never_imported(store):
    preview = preview_contacts(
        store,
        _linkedin(
            ",,,,,,12 Mar 2024", "Ada," + "x" * 300 + ",,,,,", "Bo,Li,,,,Chief " + "y" * 300 + ",", "\x01,\x02,,,,,"
        ),
        "c.csv",
    )
    assert [(row.number, row.status) for row in preview.rows] == [
        (2, "invalid"),
        (3, "invalid"),
        (4, "invalid"),
        (5, "invalid"),
    ]
    assert preview.problems("en") == [
        "row 2: No name, e-mail or organisation: nothing to call this person by.",
        "row 3: Name: is longer than 200 characters",
        "row 4: Title or position: is longer than 200 characters",
        "row 5: No name, e-mail or organisation: nothing to call this person by.",
    ]
    assert preview.problems("zh")[0] == "第 2 行：没有姓名、电子邮箱或机构：无法称呼此联系人。"
    result = import_contacts(store, preview)
    assert (result.added, result.invalid) == (0, 4)
    assert store.counts()["people"] == 0


def test_name_falls_back_to_email_then_organisation_and_bad_links_and_addresses_are_left_out(store):
    header = (
        "First Name,Middle Name,Last Name,Organization Name,E-mail 1 - Value,E-mail 2 - Value,Website 1 - Value,"
        "Website 2 - Value"
    )
    data = (
        header
        + "\n,,,ACME,not-an-address,,javascript:alert(1),\n,,,ACME2,x@example.com,,ftp://a.example,example.org/me\n"
    ).encode()
    rows = preview_contacts(store, data, "g.csv").rows
    assert [(r.contact.name, r.contact.email, r.contact.profile_url) for r in rows] == [
        ("ACME", "", ""),
        ("x@example.com", "x@example.com", "https://example.org/me"),
    ]


def test_only_the_chosen_new_rows_are_imported_with_role_stage_and_passion(store):
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO passions (workspace, id, title) VALUES (?, 'p1', 'Open data')", [store.workspace]
        )
    )
    add_person(store, NewPerson(name="Here Already"))
    preview = preview_contacts(
        store, _linkedin("Ada,Lovelace,,,,,", "Bo,Li,,,,,", "Here,Already,,,,,", "Cy,Ng,,,,,"), "c.csv"
    )
    result = import_contacts(store, preview, numbers=[2, 4, 5], role="mentor", stage="following", passion_id="p1")
    # row 4 is already here: ticking it adds nobody; row 3 was left unticked
    assert (result.added, result.already_here, result.not_chosen) == (2, 1, 1)
    rows = store.read(
        "SELECT p.name, p.role, p.stage, p.source, pp.passion_id FROM people p LEFT JOIN person_passions pp "
        "ON pp.workspace = p.workspace AND pp.person_id = p.id WHERE p.workspace = ? ORDER BY p.name"
    )
    assert rows == [
        ("Ada Lovelace", "mentor", "following", "linkedin", "p1"),
        ("Cy Ng", "mentor", "following", "linkedin", "p1"),
        ("Here Already", "peer", "noticed", "", None),
    ]


@pytest.mark.parametrize(
    ("choice", "field"),
    [
        ({"role": "boss"}, "field.role"),
        ({"stage": "married"}, "field.stage"),
        ({"passion_id": "nope"}, "field.passion"),
    ],
)
def test_bad_choices_are_refused_and_nothing_is_written(store, choice, field):
    preview = preview_contacts(store, _linkedin("Ada,Lovelace,,,,,"), "c.csv")
    with pytest.raises(ValidationError) as caught:
        import_contacts(store, preview, **choice)
    assert caught.value.problems[0].field == field
    assert store.counts()["people"] == 0


def test_someone_added_between_preview_and_import_is_not_added_twice(store):
    preview = preview_contacts(store, _linkedin("Ada,Lovelace,,ada@example.com,,,", "Bo,Li,,,,,"), "c.csv")
    add_person(store, NewPerson(name="Countess of Lovelace", email="ada@example.com"))  # e.g. in another tab
    result = import_contacts(store, preview)
    assert (result.added, result.already_here) == (1, 1)
    assert _people(store) == ["Bo Li", "Countess of Lovelace"]


def test_all_or_nothing(store, monkeypatch):
    preview = preview_contacts(store, _linkedin("Ada,Lovelace,,,,,", "Bo,Li,,,,,"), "c.csv")
    real = contacts._new_people

    def with_a_clash(rows, role, stage):
        table = real(rows, role, stage)
        ids = table.column("id").to_pylist()
        return table.set_column(0, "id", [[ids[0]] * len(ids)])  # two people, one id: the second insert fails

    monkeypatch.setattr(contacts, "_new_people", with_a_clash)
    with pytest.raises(Exception, match="(?i)constraint|duplicate"):
        import_contacts(store, preview)
    assert store.counts()["people"] == 0


def test_imported_text_is_spreadsheet_safe_and_round_trips(store, other_store):
    preview = preview_contacts(store, _linkedin('=HYPERLINK("http://x"),Evil,,,"@SUM(A1)",+1-2,'), "c.csv")
    import_contacts(store, preview)
    person_id = store.read("SELECT id FROM people WHERE workspace = ?")[0][0]
    assert get_person(store, person_id).organisation == "@SUM(A1)"
    people_csv = reports.export_bytes(store, "people.csv").decode()
    assert "'=HYPERLINK" in people_csv and "'@SUM(A1)" in people_csv and "'+1-2" in people_csv


def test_the_preview_table_for_the_people_page(store):
    add_person(store, NewPerson(name="Ada Lovelace"))
    preview = preview_contacts(
        store,
        _linkedin("Ada,Lovelace,,,,,12 Mar 2024", "Bo,Li,https://x.example/bo,bo@example.com,ACME,CTO,", ",,,,,CEO,"),
        "../../etc/passwd",
    )
    assert preview.file_name == "passwd"
    table = preview.table("en")
    assert tuple(table.columns) == TABLE_COLUMNS
    assert table["import"].tolist() == [False, True, False]
    assert table["number"].tolist() == [2, 3, 4]
    assert table["status"].tolist() == ["Already here", "New", "Invalid"]
    assert table.loc[1, ["name", "email", "organisation", "title", "profile_url"]].tolist() == [
        "Bo Li",
        "bo@example.com",
        "ACME",
        "CTO",
        "https://x.example/bo",
    ]
    assert str(table.loc[0, "connected_on"]) == "2024-03-12" and table.loc[1, "connected_on"] is None
    assert table.loc[0, "detail"] == "“Ada Lovelace” (same name)"
    assert preview.table("zh")["status"].tolist() == ["已存在", "新联系人", "无效"]
    assert preview.summary("en") == "1 new, 1 already here, 1 invalid"
    assert isinstance(table, pd.DataFrame)


# -- hostile files: a preview or a clear refusal, never anything else ------------------------------------------------
_FUZZ_DB = Database(":memory:")
_FUZZ_WORKSPACES = itertools.count()
_VCARD_PIECES = [
    "BEGIN:VCARD",
    "END:VCARD",
    "VERSION:2.1",
    "FN:",
    "N:",
    "EMAIL;PREF:",
    "URL:",
    "ORG:",
    "item1.EMAIL:",
    ";CHARSET=",
    ";ENCODING=QUOTED-PRINTABLE:",
    "=E5=BC",
    "=",
    "\\",
    "\\,",
    ";",
    ":",
    ",",
    " ",
    "\r\n",
    "\n",
    "\r\n ",
    "李娜",
    "\x00",
    "javascript:alert(1)",
    "https://x.example",
    '"',
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.lists(st.one_of(st.sampled_from(_VCARD_PIECES), st.text(max_size=6)), max_size=40).map(
            lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
        ),
        st.lists(st.text(max_size=12), max_size=30).map(
            lambda cells: (HEADER + "\n" + ",".join(cells)).encode("utf-8", "surrogatepass")
        ),
        st.binary(max_size=200).map(lambda tail: b"BEGIN:VCARD\r\nFN;CHARSET=latin-1:" + tail),
    )
)
def test_any_file_gives_a_preview_or_a_clear_refusal(data):
    store = Store(_FUZZ_DB, f"fuzz-{next(_FUZZ_WORKSPACES)}")
    try:
        preview = preview_contacts(store, data, "x.vcf")
    except ContactFileError as exc:
        assert translate(exc.key, "en", **exc.params)
        return
    for lang in ("en", "zh"):
        table = preview.table(lang)
        assert len(table) == len(preview.rows)
        preview.problems(lang)
    before = store.counts()["people"]
    result = import_contacts(store, preview)
    assert store.counts()["people"] == before + result.added


def test_a_link_that_urlparse_refuses_is_left_out(store):
    rows = preview_contacts(store, _linkedin("Ada,Lovelace,http://[,,,,", "Bo,Li,.[,,,,"), "c.csv").rows
    assert [(row.status, row.contact.profile_url) for row in rows] == [("new", ""), ("new", "")]
