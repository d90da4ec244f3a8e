"""vCard reading: what real phones and address books write, and what breaks naive parsers (vobject alone included)."""

from __future__ import annotations

import pytest
import vobject

from frentor import contact_formats
from frentor.contact_formats import RawContact, read_contact_file


def _cards(*lines: str | bytes) -> list[RawContact]:
    data = b"\r\n".join(line if isinstance(line, bytes) else line.encode() for line in lines) + b"\r\n"
    return list(read_contact_file(data).entries)


def _card(*lines: str | bytes, version: str = "3.0") -> RawContact:
    (card,) = _cards("BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD")
    return card


def test_a_quoted_printable_soft_break_inside_a_multibyte_character():
    lines = ("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=AC=A7=E9=98=B3=E5=9B=", "=BD=E5=8D=8E", "TEL:1")
    text = "BEGIN:VCARD\r\nVERSION:2.1\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n"
    with pytest.raises(UnicodeDecodeError):  # why the pre-pass exists: vobject on its own cannot read this card
        vobject.readOne(text)
    assert _card(*lines, version="2.1").full_name == "欧阳国华"


def test_several_soft_breaks_and_one_before_a_blank_line():
    card = _card(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BC=",
        "ller;J=",
        "=C3=BCrgen;;;",
        "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9=",
        "",
        "TITLE:Chef",
        version="2.1",
    )
    assert (card.family, card.given, card.organisation, card.title) == ("Müller", "Jürgen", "Café", "Chef")


@pytest.mark.parametrize(
    "line",
    [
        "FN;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen",  # no CHARSET: UTF-8
        "FN;encoding=quoted-printable;charset=utf-8:J=C3=BCrgen",  # lower case (vobject compares exactly)
        "FN;QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen",  # vCard 2.1's bare parameter
        "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=FCrgen",
    ],
)
def test_quoted_printable_with_or_without_charset(line):
    assert _card(line, version="2.1").full_name == "Jürgen"


def test_8bit_text_in_the_charset_the_line_declares():
    assert _card(b"FN;CHARSET=SHIFT_JIS:" + "山田太郎".encode("shift_jis"), version="2.1").full_name == "山田太郎"
    assert _card(b"FN;CHARSET=GB18030:" + "李娜".encode("gb18030"), version="2.1").full_name == "李娜"


def test_a_fold_that_cuts_a_utf8_character_is_mended():
    raw = "FN:数据新闻记者".encode()
    cut = raw.index("闻".encode()) + 1  # inside the character
    assert _card(raw[:cut] + b"\r\n " + raw[cut:]).full_name == "数据新闻记者"


@pytest.mark.parametrize(
    ("line", "charset"),
    [
        (b"FN:Caf\xe9", "“UTF-8”"),  # 8-bit, not UTF-8, no CHARSET
        (b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC", "“UTF-8”"),  # half a character
        (b"FN;CHARSET=no-such-charset:Ad\xe9", "“no-such-charset”"),  # 8-bit text in an unknown charset
        (b"FN;CHARSET=rot13;ENCODING=QUOTED-PRINTABLE:Ada", "“rot13”"),  # a codec that is not a text encoding
    ],
)
def test_bad_encoding_makes_the_card_invalid_with_its_line(line, charset):
    cards = _cards(
        b"BEGIN:VCARD",
        b"FN:Before",
        b"END:VCARD",
        b"BEGIN:VCARD",
        line,
        b"END:VCARD",
    )
    assert cards[0].full_name == "Before"
    assert (cards[1].number, cards[1].problem, cards[1].params) == (
        2,
        "contacts.card_bad_encoding",
        {"line": 5, "charset": charset},
    )


def test_escapes_groups_and_preferred_addresses():
    card = _card(
        "FN:Doe\\, Jane\\nSmith",
        "N:Doe;Jane;Mary\\, Ann;Dr.;",
        "item1.EMAIL;TYPE=INTERNET:first@example.com",
        "item2.EMAIL;TYPE=INTERNET;TYPE=pref:preferred@example.com",
        "item1.X-ABLabel:_$!<Other>!$_",
        "ORG:ABC\\, Inc.\\;Group;North American Division",
        "item3.URL;type=pref:http\\://www.example.com/jane",
        "TITLE:Head\\, Research",
    )
    assert card.full_name == "Doe, Jane Smith"
    assert (card.family, card.given, card.middle) == ("Doe", "Jane", "Mary, Ann")
    assert card.emails == ("preferred@example.com", "first@example.com")
    assert card.organisation == "ABC, Inc.;Group"
    assert (card.urls, card.title) == (("http://www.example.com/jane",), "Head, Research")


def test_vcard_21_commas_are_part_of_a_name():
    assert _card("FN:Smith, John", "TITLE:Boss, big", version="2.1").full_name == "Smith, John"


def test_a_trailing_equals_sign_outside_quoted_printable_is_text():
    # Funambol's parser took this for a soft line break and swallowed the next line.
    card = _card("NOTE:trailing = is no soft line break=", "FN:parserbug=")
    assert card.full_name == "parserbug="


def test_photo_data_and_unknown_lines_are_ignored():
    card = _card(
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
        " /2wBDAAIBAQEBAQIBAQECAgICAgQDAgICAgUEBAMEBgUGBgYF",
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk",  # base64 without the fold's space
        "X-WEIRD;;;:::",
        "FN:Ada",
    )
    assert card.full_name == "Ada" and card.problem is None


def test_only_the_first_name_organisation_and_title_are_read():
    card = _card(
        "FN:First", "FN:Second", b"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Acme", b"ORG:\xff\xfe", version="2.1"
    )
    assert (card.full_name, card.organisation, card.problem) == ("First", "Acme", None)


def test_a_card_without_end_is_invalid_alone():
    cards = _cards(
        "BEGIN:VCARD", "FN:One", "END:VCARD",
        "BEGIN:VCARD", "FN:No end",
        "BEGIN:VCARD", "FN:Three", "END:VCARD",
        "END:VCARD",  # a stray END is ignored
        "BEGIN:VCARD", "FN:Five, unclosed at the end of the file",
    )  # fmt: skip
    assert [(c.number, c.full_name, c.problem) for c in cards] == [
        (1, "One", None),
        (2, "", "contacts.card_unclosed"),
        (3, "Three", None),
        (4, "", "contacts.card_unclosed"),
    ]
    assert cards[1].params == {"line": 4} and cards[3].params == {"line": 10}


def test_a_line_that_is_no_content_line_is_quoted_in_the_problem():
    (card,) = _cards("BEGIN:VCARD", "FN", "END:VCARD")
    assert (card.problem, card.params) == ("contacts.card_bad_line", {"line": 2, "text": "“FN”"})


def test_rfc_6350_parameters():
    card = _card(
        "FN;LANGUAGE=en;ALTID=1:Simon Perreault",
        'EMAIL;TYPE="work,internet";PREF=1:simon@example.ca',
        "URL;VALUE=uri;TYPE=home:http://nomis80.org",
        version="4.0",
    )
    assert (card.full_name, card.emails, card.urls) == (
        "Simon Perreault",
        ("simon@example.ca",),
        ("http://nomis80.org",),
    )


def test_card_count_limit(monkeypatch):
    monkeypatch.setattr(contact_formats, "MAX_CONTACTS", 2)
    with pytest.raises(contact_formats.ContactFileError) as caught:
        _cards(*["BEGIN:VCARD", "FN:x", "END:VCARD"] * 3)
    assert caught.value.key == "contacts.too_many"
