"""Every sample export (tests/fixtures/contacts, README there) is recognised by its content, imports exactly once
with the right names, and a second import of the same file adds nobody."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from frentor.contacts import import_contacts, preview_contacts
from frentor.people import get_person

FIXTURES = Path(__file__).parents[1] / "fixtures" / "contacts"

# file -> (format, names of the people it adds, numbers of the invalid rows/cards)
EXPECTED: dict[str, tuple[str, list[str], list[int]]] = {
    "linkedin-connections-2024.csv": (
        "linkedin",
        ["Ada Lovelace", "Grace Hopper", "李娜", "José Núñez-García", "Priya Raman"],
        [],
    ),
    "linkedin-connections-excel.csv": ("linkedin", ["Wei Zhang", "Olu Adeyemi", "Marie Curie"], []),
    "linkedin-connections-2017.csv": ("linkedin", ["Tim Berners-Lee", "Margaret Hamilton", "陈美玲"], []),
    "google-contacts.csv": ("google", ["Ada Lovelace", "王伟", "Mary Ann O'Neil", "info@okfn.example"], []),
    "google-contacts-legacy.csv": ("google", ["Grace Hopper", "张伟", "Linus Torvalds"], []),
    "outlook-contacts.csv": (
        "outlook",
        ["Katherine Johnson", "周杰", "Alan M. Turing", "Open Data Co-op", "Eve Example"],
        [7],
    ),
    "phone-android-v21-zh.vcf": ("vcard", ["欧阳国华", "林小雨", "Jürgen Müller"], [4]),
    "gmail-v30-zh.vcf": ("vcard", ["李娜", "Greg O'Connor, Jr.", "only.an.address@example.com"], []),
    "rfc6350-examples-v40.vcf": ("vcard", ["Mr. John Q. Public, Esq.", "John Philip Paul Stevenson"], []),
    "malformed.vcf": ("vcard", ["Good One", "Good Two"], [2, 3, 4]),
    "ezvcard-John_Doe_ANDROID.vcf": (
        "vcard",
        [
            "john.doe@company.com",
            "jane.doe@company.com",
            "Ñ Ñ Ñ Ñ Ñ",
            "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ",
            "Ñ Ñ Ñ Ñ",
            "ÑÑÑÑ",
        ],
        [],
    ),
    "ezvcard-John_Doe_IPHONE.vcf": ("vcard", ["Mr. John Richter James Doe Sr."], []),
    "ezvcard-John_Doe_GMAIL.vcf": ("vcard", ["Mr. John Richter, James Doe Sr."], []),
    "ezvcard-gmail-list.vcf": ("vcard", ["Arnold Smith", "Chris Beatle", "Doug White"], []),
    "ezvcard-outlook-2007.vcf": ("vcard", ["Mr. Michael Angstadt Jr."], []),
    "ezvcard-rfc6350-example.vcf": ("vcard", ["Simon Perreault"], []),
}


def test_every_sample_file_is_listed():
    assert {p.name for p in FIXTURES.iterdir() if p.suffix in (".csv", ".vcf")} == set(EXPECTED)


def _names(store) -> list[str]:
    return sorted(row[0] for row in store.read("SELECT name FROM people WHERE workspace = ?"))


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_each_sample_imports_exactly_once_with_the_right_names(store, file):
    fmt, names, invalid = EXPECTED[file]
    data = (FIXTURES / file).read_bytes()
    # The name does not decide the format: the content does.
    preview = preview_contacts(store, data, "upload.txt")
    assert preview.format == fmt
    assert [row.number for row in preview.rows if row.status == "invalid"] == invalid
    assert preview.new == len(names)
    first = import_contacts(store, preview)
    assert (first.added, first.invalid) == (len(names), len(invalid))
    assert _names(store) == sorted(names)
    again = import_contacts(store, preview_contacts(store, data, file))
    assert (again.added, again.already_here) == (0, len(names))
    assert _names(store) == sorted(names)


def test_linkedin_fields_arrive_on_the_person(store):
    import_contacts(store, preview_contacts(store, (FIXTURES / "linkedin-connections-2024.csv").read_bytes(), "c.csv"))
    (person_id,) = store.read("SELECT id FROM people WHERE workspace = ? AND name = 'Grace Hopper'")[0]
    grace = get_person(store, person_id)
    assert (grace.organisation, grace.title, grace.profile_url, grace.email, grace.source, grace.connected_on) == (
        "Navy Labs, Inc.",
        "Rear Admiral",
        "https://www.linkedin.com/in/grace-hopper-example",
        "",
        "linkedin",
        dt.date(2023, 1, 3),
    )


@pytest.mark.parametrize(
    ("file", "name", "fields"),
    [
        (
            "phone-android-v21-zh.vcf",
            "欧阳国华",
            ("ouyang.guohua@example.cn", "", "华为技术有限公司", "高级工程师"),
        ),
        (
            "gmail-v30-zh.vcf",
            "李娜",
            (
                "li.na@example.cn",
                "https://www.linkedin.com/in/li-na-example",
                "南方周末, 新闻部",
                "数据新闻记者，专注开放数据与可视化报道，兼任大学讲师",
            ),
        ),
        (
            "rfc6350-examples-v40.vcf",
            "Mr. John Q. Public, Esq.",
            (
                "jane_doe@example.com",
                "http://example.org/restaurant.french/~chezchic.html",
                "ABC, Inc.",
                "Research Scientist",
            ),
        ),
        (
            "ezvcard-John_Doe_IPHONE.vcf",
            "Mr. John Richter James Doe Sr.",
            ("john.doe@ibm.com", "http://www.ibm.com", "IBM", "Money Counter"),
        ),
        ("google-contacts.csv", "王伟", ("wang.wei@example.cn", "", "北京大学", "教授")),
        ("google-contacts.csv", "Mary Ann O'Neil", ("", "https://www.maryann.example", "", "")),
        (
            "google-contacts-legacy.csv",
            "Grace Hopper",
            ("grace@example.mil", "http://www.linkedin.com/in/grace-hopper-example", "Navy Labs, Inc.", "Rear Admiral"),
        ),
        # Outlook: the job title, not the courtesy title ("Dr."); a link without a scheme gets https://.
        (
            "outlook-contacts.csv",
            "Katherine Johnson",
            (
                "katherine.johnson@example.org",
                "https://www.katherine-johnson.example",
                "Langley Example Lab",
                "Research mathematician",
            ),
        ),
        ("outlook-contacts.csv", "周杰", ("zhou.jie@example.cn", "", "上海示例设计工作室", "创意总监")),
        ("outlook-contacts.csv", "Alan M. Turing", ("alan@example.ac.uk", "https://turing.example/papers", "", "")),
        ("outlook-contacts.csv", "Eve Example", ("eve@example.net", "", "", "")),  # a javascript: link is dropped
    ],
)
def test_card_and_row_details(store, file, name, fields):
    import_contacts(store, preview_contacts(store, (FIXTURES / file).read_bytes(), file))
    rows = store.read(
        "SELECT email, profile_url, organisation, title FROM people WHERE workspace = ? AND name = ?", [name]
    )
    assert rows == [fields]
