"""The "Import contacts" part of the People page on its own (frentor/ui/contacts/): upload -> preview with tick
boxes -> import the ticked new ones; the same file again adds nobody; invalid cards say their number and why;
a file that is not contacts says so; the preview is read once per upload, not on every rerun."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from frentor import contacts, people
from frentor.contact_formats import MAX_CONTACT_FILE_BYTES
from frentor.passions import add_passion
from frentor.people import NewPerson, add_person
from tests.app.conftest import assert_no_exception, domain_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"
LINKEDIN = "linkedin-connections-2024.csv"
LINKEDIN_NAMES = ["Ada Lovelace", "Grace Hopper", "李娜", "José Núñez-García", "Priya Raman"]


def import_script() -> None:
    from frentor.ui.contacts.section import import_contacts_section
    from frentor.ui.store import current_store

    import_contacts_section(current_store(), first=True)


def start() -> AppTest:
    at = AppTest.from_function(import_script, default_timeout=30).run()
    assert_no_exception(at)
    return at


def uploader(at: AppTest):
    (widget,) = [w for w in at.get("file_uploader") if "-contacts_upload_" in w.proto.id]
    return widget


def upload(at: AppTest, name: str, data: bytes | None = None) -> AppTest:
    data = (FIXTURES / name).read_bytes() if data is None else data
    uploader(at).set_value((name, data, "text/plain")).run()
    return at


def editor(at: AppTest):
    """The new-contacts editor (its key changes with each upload generation and the tick-all toggle)."""
    return next(e for e in at.dataframe if "_ticks_" in e.proto.id)


def not_imported(at: AppTest):
    """The table of the entries that are not imported (it shows a status column; the editor does not)."""
    return next(e for e in at.dataframe if "status" in e.proto.column_order)


def untick(at: AppTest, *positions: int) -> None:
    """Untick these lines of the new-contacts editor, as a click in the grid would (the edits go with the form)."""
    key = editor(at).proto.id.split("-", 2)[-1]
    at.session_state[key] = {
        "edited_rows": {position: {"import": False} for position in positions},
        "added_rows": [],
        "deleted_rows": [],
    }


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.success]
    return "\n".join(parts + [w.value for w in at.warning] + [i.value for i in at.info] + [e.value for e in at.error])


def names(store) -> list[str]:
    return sorted(people.search_people(store)[0]["name"])


def test_the_hints_say_how_to_get_each_file(app_db):
    at = start()
    hints = "\n".join(m.value for m in at.markdown)
    assert "Settings > Data privacy > Get a copy of your data > Connections" in hints
    assert "Export > Google CSV or vCard" in hints
    assert "Manage contacts > Export contacts" in hints  # Outlook
    assert ".vcf" in hints
    assert uploader(at).proto.type == [".csv", ".vcf"]
    assert uploader(at).proto.max_upload_size_mb == MAX_CONTACT_FILE_BYTES // (1024 * 1024)  # the domain's limit


def test_upload_preview_untick_import_then_the_same_file_adds_nobody(app_db):
    store = domain_store(app_db)
    focus = add_passion(store, "Data journalism")
    at = upload(start(), LINKEDIN)
    assert_no_exception(at)
    assert "5 new, 0 already here, 0 invalid" in texts(at)
    shown = editor(at).value
    assert shown["name"].tolist() == LINKEDIN_NAMES
    assert shown["import"].tolist() == [True] * 5  # new ones start ticked
    assert shown["number"].tolist() == [5, 6, 7, 8, 9]  # rows as a spreadsheet numbers them (after the preamble)
    assert list(editor(at).proto.column_order) == [
        "import",
        "number",
        "name",
        "organisation",
        "title",
        "email",
        "connected_on",
        "profile_url",
    ]
    assert names(store) == []  # the preview writes nothing
    untick(at, 1)  # Grace Hopper stays out
    at.selectbox(key="contacts_role").set_value("mentor")
    at.selectbox(key="contacts_stage").set_value("following")
    at.selectbox(key="contacts_passion").set_value(focus)
    at.button(key="contacts_import_submit").click().run()
    assert_no_exception(at)
    assert names(store) == sorted(set(LINKEDIN_NAMES) - {"Grace Hopper"})
    listed, _ = people.search_people(store)
    assert set(listed["role"]) == {"mentor"} and set(listed["stage"]) == {"following"}
    ada = people.get_person(store, listed.loc[listed["name"] == "Ada Lovelace", "id"].item())
    assert (ada.email, ada.title, ada.source, str(ada.connected_on), ada.passion_ids) == (
        "ada@example.com",
        "Head of Research",
        "linkedin",
        "2024-03-12",
        (focus,),
    )
    # The result stays in view; the file has left the uploader.
    result = "Added 4 people from “linkedin\\-connections\\-2024\\.csv”; 0 already here, 0 invalid, 1 left unticked."
    assert [s.value for s in at.success] == [result]
    assert uploader(at).value is None and not [e for e in at.dataframe if "_ticks_" in e.proto.id]

    # The same file again: the four are already here, only the one left out is new.
    upload(at, LINKEDIN)
    assert_no_exception(at)
    assert "1 new, 4 already here, 0 invalid" in texts(at)
    assert not at.success  # the last result went with the new file
    assert editor(at).value["name"].tolist() == ["Grace Hopper"]
    others = not_imported(at).value
    assert others["name"].tolist() == ["Ada Lovelace", "李娜", "José Núñez-García", "Priya Raman"]
    assert others["detail"].tolist()[0] == "“Ada Lovelace” (same e-mail)"
    at.button(key="contacts_import_submit").click().run()
    assert names(store) == sorted(LINKEDIN_NAMES)
    upload(at, LINKEDIN)
    assert "0 new, 5 already here, 0 invalid" in texts(at)
    assert "Nothing new to import" in texts(at)
    assert not at.button and people.search_people(store)[1] == 5


def test_an_outlook_export_previews_and_imports_with_its_source(app_db):
    store = domain_store(app_db)
    at = upload(start(), "outlook-contacts.csv")
    assert_no_exception(at)
    assert "5 new, 0 already here, 1 invalid" in texts(at)
    assert editor(at).value["name"].tolist() == [
        "Katherine Johnson",
        "周杰",
        "Alan M. Turing",
        "Open Data Co-op",
        "Eve Example",
    ]
    at.button(key="contacts_import_submit").click().run()
    assert_no_exception(at)
    listed, total = people.search_people(store)
    katherine = people.get_person(store, listed.loc[listed["name"] == "Katherine Johnson", "id"].item())
    assert (total, katherine.source, katherine.title) == (5, "outlook", "Research mathematician")


def test_untick_everyone_then_tick_a_few(app_db):
    store = domain_store(app_db)
    at = upload(start(), LINKEDIN)
    at.toggle(key="contacts_tick_all").set_value(False).run()
    assert editor(at).value["import"].tolist() == [False] * 5
    key = editor(at).proto.id.split("-", 2)[-1]
    at.session_state[key] = {"edited_rows": {2: {"import": True}}, "added_rows": [], "deleted_rows": []}
    at.button(key="contacts_import_submit").click().run()
    assert_no_exception(at)
    assert names(store) == ["李娜"]


def test_invalid_cards_say_their_number_and_why_and_nothing_is_written(app_db):
    store = domain_store(app_db)
    at = upload(start(), "malformed.vcf")
    assert_no_exception(at)
    assert "2 new, 0 already here, 3 invalid" in texts(at)
    assert "3 entries cannot be imported" in texts(at)
    others = not_imported(at).value
    assert others["number"].tolist() == [2, 3, 4]
    assert others["status"].tolist() == ["Invalid"] * 3
    assert others["detail"].tolist()[0] == "This card (from line 5) has no END:VCARD."
    assert others["detail"].tolist()[1] == "Line 10 is not valid “UTF-8” text."
    assert editor(at).value["name"].tolist() == ["Good One", "Good Two"]
    assert list(editor(at).proto.column_order) == ["import", "number", "name"]  # no empty columns
    assert names(store) == []  # nothing is written before Import
    # Only invalid cards: nothing to import, no button.
    only_bad = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Never closed\r\n"
    upload(at, "bad.vcf", only_bad)
    assert "0 new, 0 already here, 1 invalid" in texts(at)
    assert not_imported(at).value["number"].tolist() == [1]
    assert not at.button(key="contacts_import_submit") if at.button else True
    assert names(store) == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.csv", b"date,amount\n2026-01-01,3\n", "This is not a contacts export we know"),
        ("photo.vcf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This is not a contacts file (it is not text)"),
        ("empty.csv", b"", "This file is empty."),
    ],
)
def test_a_file_that_is_not_contacts_says_so(app_db, name, data, message):
    at = upload(start(), name, data)
    assert not at.exception
    assert len(at.error) == 1 and message in at.error[0].value
    assert not at.dataframe and not at.button


def test_a_file_header_is_shown_as_text_never_as_a_link(app_db):
    at = upload(start(), "x.csv", b"[click me](https://evil.example),x\n1,2\n")
    assert "\\[click me\\]\\(https\\://evil\\.example\\)" in at.error[0].value


def import_and_write_script() -> None:
    """The import part, and a button that writes to the workspace as another part of the page would."""
    import streamlit as st

    from frentor.people import NewPerson, add_person
    from frentor.ui.contacts.section import import_contacts_section
    from frentor.ui.store import current_store

    store = current_store()
    if st.button("write", key="test_write"):
        add_person(store, NewPerson("Ada Lovelace"))
    import_contacts_section(store, first=False)


def test_the_preview_is_read_once_per_upload_and_data_version(app_db, monkeypatch):
    import frentor.ui.contacts.upload as upload_module

    calls = []

    def counting(*args, **kwargs):
        calls.append(args[2])
        return contacts.preview_contacts(*args, **kwargs)

    monkeypatch.setattr(upload_module, "preview_contacts", counting)
    at = AppTest.from_function(import_and_write_script, default_timeout=30).run()
    upload(at, LINKEDIN)
    at.selectbox(key="contacts_role").set_value("mentor").run()  # reruns without a new file or a write
    at.toggle(key="contacts_tick_all").set_value(False).run()
    assert calls == [LINKEDIN]
    at.button(key="test_write").click().run()  # a write: who is "already here" may have changed
    assert calls == [LINKEDIN, LINKEDIN]
    assert "4 new, 1 already here, 0 invalid" in texts(at)
    upload(at, LINKEDIN)  # the same file uploaded again is a new upload
    assert calls == [LINKEDIN] * 3


def chinese_import_script() -> None:
    import streamlit as st

    from frentor.ui.contacts.section import import_contacts_section
    from frentor.ui.store import current_store

    st.session_state["frentor_language"] = "zh"
    import_contacts_section(current_store(), first=True)


def test_in_chinese_the_import_and_its_preview_show_no_english_ui_text(app_db):
    from tests.app.test_i18n_pages import ENGLISH, rendered_text

    add_person(domain_store(app_db), NewPerson("Ada Lovelace", email="ada@example.com"))
    at = AppTest.from_function(chinese_import_script, default_timeout=30).run()
    cards = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada L.\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李娜\r\nORG:清华大学\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Never closed\r\n"
    )
    # One run with a preview: AppTest formats a widget's value outside the script, in English, so no rerun after.
    upload(at, "zh.vcf", cards.encode())
    assert_no_exception(at)
    assert "新联系人 1 位，已存在 1 位，无效 1 条" in texts(at)
    leaked = sorted(fragment for fragment in ENGLISH if fragment in rendered_text(at._tree))
    assert not leaked, leaked[:10]
