"""Contact files recognised by content and read row by row: LinkedIn and Google CSV variants, encodings, limits."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from frentor import contact_formats
from frentor.contact_formats import ContactFileError, compose_name, parse_connected_on, quoted, read_contact_file

LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
NOTE = '"When exporting your connection data, you may notice that some of the email addresses are missing."'


def _linkedin(*rows: str, preamble: str = f"Notes:\n{NOTE}\n\n", header: str = LINKEDIN_HEADER) -> bytes:
    return (preamble + header + "\n" + "\n".join(rows) + "\n").encode()


def _names(parsed) -> list[str]:
    return [compose_name(e.given, e.middle, e.family) or e.full_name for e in parsed.entries]


@pytest.mark.parametrize(
    "preamble",
    [
        f"Notes:\n{NOTE}\n\n",  # as LinkedIn writes it
        f'"Notes:"\n{NOTE}\n\n',  # quoted
        f"Notes:,,,,,,\n{NOTE},,,,,,\n,,,,,,\n",  # padded with commas by a spreadsheet
        "",  # no preamble at all
    ],
)
def test_linkedin_preambles_are_skipped_and_rows_numbered_as_a_spreadsheet_does(preamble):
    parsed = read_contact_file(
        _linkedin("Ada,Lovelace,https://x.example/ada,ada@example.com,AE,Lead,12 Mar 2024", preamble=preamble)
    )
    assert parsed.format == "linkedin" and parsed.unit == "row"
    (ada,) = parsed.entries
    assert ada.number == preamble.count("\n") + 2  # the header is one row, Ada the next
    assert (ada.given, ada.family, ada.urls, ada.emails, ada.organisation, ada.title, ada.connected_on) == (
        "Ada",
        "Lovelace",
        ("https://x.example/ada",),
        ("ada@example.com",),
        "AE",
        "Lead",
        dt.date(2024, 3, 12),
    )


def test_older_linkedin_export_without_url_column():
    header = "First Name,Last Name,Email Address,Company,Position,Connected On"
    (tim,) = read_contact_file(
        _linkedin("Tim,Berners-Lee,tim@example.org,W3C,Director,05 May 2016", preamble="", header=header)
    ).entries
    assert (tim.urls, tim.emails, tim.organisation, tim.connected_on) == (
        (),
        ("tim@example.org",),
        "W3C",
        dt.date(2016, 5, 5),
    )


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_spreadsheets_that_separate_with_semicolons_or_tabs(delimiter):
    text = (LINKEDIN_HEADER + "\n" + "Ada,Lovelace,,,AE,Lead,12 Mar 2024\n").replace(",", delimiter)
    (ada,) = read_contact_file(text.encode()).entries
    assert (ada.given, ada.organisation) == ("Ada", "AE")


def test_byte_order_marks_and_utf16_are_read():
    row = "娜,李,,,清华大学,研究员,28 Feb 2025"
    assert _names(read_contact_file(codecs.BOM_UTF8 + _linkedin(row))) == ["李娜"]
    utf16 = codecs.BOM_UTF16_LE + _linkedin(row).decode().encode("utf-16-le")
    assert _names(read_contact_file(utf16)) == ["李娜"]
    utf16_be = codecs.BOM_UTF16_BE + _linkedin(row).decode().encode("utf-16-be")
    assert _names(read_contact_file(utf16_be)) == ["李娜"]


def test_blank_rows_and_rows_of_commas_are_no_one():
    parsed = read_contact_file(_linkedin("Ada,Lovelace,,,,,", ",,,,,,", "", "Bo,Li,,,,,"))
    assert [e.number for e in parsed.entries] == [5, 8]  # notes 1-3, header 4, blank rows 6 and 7


def test_google_current_header_with_several_addresses_and_websites():
    header = (
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,E-mail 2 - Value,"
        "Website 1 - Value"
    )
    row = 'Mary,Ann,Smith,ACME,CTO,"a@example.com ::: b@example.com",c@example.com,www.mary.example'
    (mary,) = read_contact_file((header + "\n" + row + "\n").encode()).entries
    assert (mary.given, mary.middle, mary.family) == ("Mary", "Ann", "Smith")
    assert mary.emails == ("a@example.com", "b@example.com", "c@example.com")
    assert (mary.urls, mary.organisation, mary.title) == (("www.mary.example",), "ACME", "CTO")


def test_google_legacy_header():
    header = (
        "Name,Given Name,Additional Name,Family Name,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title,"
        "Website 1 - Value"
    )
    (grace,) = read_contact_file(
        (header + "\nGrace Hopper,Grace,,Hopper,g@example.mil,Navy,Admiral,http://x.example\n").encode()
    ).entries
    assert (grace.full_name, grace.emails, grace.organisation, grace.title, grace.urls) == (
        "Grace Hopper",
        ("g@example.mil",),
        "Navy",
        "Admiral",
        ("http://x.example",),
    )


def test_the_format_comes_from_the_content_not_the_name():
    vcard = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n"
    assert read_contact_file(b"\r\n  " + vcard).format == "vcard"
    assert read_contact_file(codecs.BOM_UTF8 + vcard.lower()).format == "vcard"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Mar 2024", dt.date(2024, 3, 12)),
        ("1 August 2019", dt.date(2019, 8, 1)),
        ("12-Mar-24", dt.date(2024, 3, 12)),
        ("2023-06-30", dt.date(2023, 6, 30)),
        ("30 Feb 2024", None),
        ("12 Foo 2024", None),
        ("03/12/2024", None),  # month or day first? not guessed
        ("", None),
    ],
)
def test_connected_on_dates(text, expected):
    assert parse_connected_on(text) == expected


@pytest.mark.parametrize(
    ("given", "middle", "family", "name"),
    [
        ("Ada", "", "Lovelace", "Ada Lovelace"),
        ("Mary", "Ann", "O'Neil", "Mary Ann O'Neil"),
        ("娜", "", "李", "李娜"),
        ("太郎", "", "山田", "山田太郎"),
        ("", "", "  Solo  ", "Solo"),
        ("", "", "", ""),
    ],
)
def test_names_from_their_parts(given, middle, family, name):
    assert compose_name(given, middle, family) == name


def test_quoted_user_text_is_cut_and_cleaned():
    assert quoted("a\x00b\nc") == "“a b c”"
    assert quoted("x" * 100, 10) == "“" + "x" * 9 + "…”"


# -- refusals: the whole file, with a clear reason and never a traceback ------------------------------------------
@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"", "contacts.empty_file"),
        (b" \r\n\t", "contacts.empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "contacts.not_text"),
        (b"date,person,direction\n2026-01-01,Ada,gave\n", "contacts.unknown_format"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "contacts.bad_utf16"),
    ],
)
def test_files_that_are_no_contacts_are_refused(data, key):
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(data)
    assert caught.value.key == key


def test_outlook_csv_keeps_its_addresses_links_company_and_job_title():
    header = "First Name,Middle Name,Last Name,Title,Suffix,E-mail Address,E-mail 2 Address,Company,Job Title,Web Page"
    parsed = read_contact_file((header + "\nAda,,Lovelace,Ms.,,,ada@example.com,AE,Lead,ada.example\n").encode())
    (ada,) = parsed.entries
    assert parsed.format == "outlook"
    assert (ada.given, ada.family, ada.emails, ada.urls) == ("Ada", "Lovelace", ("ada@example.com",), ("ada.example",))
    assert (ada.organisation, ada.title) == ("AE", "Lead")  # the job title, not the courtesy title


def test_linkedin_and_google_headers_are_not_taken_for_outlook():
    assert read_contact_file(_linkedin("Ada,Lovelace,,a@example.com,AE,Lead,12 Mar 2024")).format == "linkedin"
    google = "First Name,Middle Name,Last Name,E-mail 1 - Value,Organization Name,Organization Title,Web Page"
    assert read_contact_file((google + "\nAda,,Lovelace,a@example.com,AE,Lead,\n").encode()).format == "google"


def test_unknown_format_quotes_and_cuts_the_first_line():
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(('=HYPERLINK("evil")' + "x" * 500 + "\nmore\n").encode())
    shown = caught.value.params["first_line"]
    assert shown.startswith("“=HYPERLINK\\(") and shown.endswith("…”")  # escaped: the app shows it as Markdown
    assert len(shown.replace("\\", "")) <= 63


def test_a_first_line_that_looks_like_a_link_is_escaped():
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(b"[click](https://evil.example),x\n1,2\n")
    assert caught.value.params["first_line"] == "“\\[click\\]\\(https\\://evil\\.example\\),x”"


def test_a_csv_that_is_not_utf8_names_its_line():
    data = _linkedin("Ada,Lovelace,,,,,", "José,Núñez,,,,,").replace("Núñez".encode(), "Núñez".encode("latin-1"))
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(data)
    assert (caught.value.key, caught.value.params) == ("contacts.not_utf8", {"line": 6})


def test_a_header_far_down_is_not_recognised():
    with pytest.raises(ContactFileError):
        read_contact_file(_linkedin("Ada,Lovelace,,,,,", preamble="junk\n" * 25))


def test_size_and_count_limits(monkeypatch):
    monkeypatch.setattr(contact_formats, "MAX_CONTACT_FILE_BYTES", 100)
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(_linkedin(*["Ada,Lovelace,,,,,"] * 10))
    assert caught.value.key == "contacts.too_big"
    monkeypatch.setattr(contact_formats, "MAX_CONTACT_FILE_BYTES", 10_000)
    monkeypatch.setattr(contact_formats, "MAX_CONTACTS", 3)
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(_linkedin(*[f"Ada,Lovelace{i},,,,," for i in range(4)]))
    assert caught.value.key == "contacts.too_many"
    assert len(read_contact_file(_linkedin(*[f"Ada,Lovelace{i},,,,," for i in range(3)])).entries) == 3


def test_a_cell_beyond_the_csv_reader_limit_is_refused_cleanly():
    with pytest.raises(ContactFileError) as caught:
        read_contact_file(_linkedin("Ada," + "x" * 200_000 + ",,,,,"))
    assert caught.value.key == "contacts.bad_csv" and caught.value.params["row"] == 5
