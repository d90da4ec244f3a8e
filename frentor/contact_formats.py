"""Contact files as exported by LinkedIn, Google Contacts, Outlook and phones: recognised by their content, read
into raw contacts (one per row or card) before any rule of Frentor's applies (those live in frentor.contacts).

* LinkedIn `Connections.csv`: a "Notes:" preamble (a few rows, possibly quoted, or padded with commas by a
  spreadsheet), then `First Name,Last Name,URL,Email Address,Company,Position,Connected On` with dates such as
  `12 Mar 2024`. Older exports have no preamble and no URL column.
* Google Contacts CSV: the current header (`First Name,Middle Name,Last Name,...,Organization Name,Organization
  Title,...,E-mail 1 - Value,...,Website 1 - Value`) and the legacy one (`Name,Given Name,Additional Name,Family
  Name,...,E-mail 1 - Value,...,Organization 1 - Name,Organization 1 - Title,...`). A cell may hold several
  addresses joined by " ::: ".
* Outlook CSV (Outlook.com, classic Outlook, Google's "Outlook CSV"): `First Name,Middle Name,Last Name,Title,...,
  E-mail Address,E-mail 2 Address,E-mail 3 Address,...,Job Title,Department,Company,...,Web Page,...`. Its
  `Title` is a courtesy title (Dr., Ms.), not a role.
* vCard 2.1 / 3.0 / 4.0: see frentor.vcard.

Text: UTF-8 with or without a byte-order mark, or UTF-16 with one (Google's older CSV and some Windows tools write
that). CSV cells may be separated by commas, semicolons (spreadsheets in many European locales) or tabs. Rows are
numbered as a spreadsheet shows them (the first line of the file is row 1); cards are numbered from 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from frentor.errors import FrentorError
from frentor.markdown import quote_user_text

MAX_CONTACT_FILE_BYTES = 20 * 1024 * 1024  # a 30,000-connection LinkedIn export is about 3 MB; a vCard with photos more
MAX_CONTACTS = 100_000
FORMATS = ("linkedin", "google", "outlook", "vcard")
_HEADER_SEARCH_ROWS = 20  # LinkedIn's preamble is 3-4 rows; a header further down is not one of these files
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Han, kana and Hangul: names in these scripts are written family name first, without a space (张伟, 山田太郎).
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


class ContactFileError(FrentorError):
    """The whole file cannot be read as contacts (too big, binary, unknown format, bad encoding); nothing is read."""


@dataclass(frozen=True)
class RawContact:
    """One row or card as the file gives it. `problem` (a catalog key) says why it could not be read at all."""

    number: int
    full_name: str = ""
    given: str = ""
    middle: str = ""
    family: str = ""
    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    organisation: str = ""
    title: str = ""
    connected_on: dt.date | None = None
    problem: str | None = None
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ContactFile:
    format: str  # one of FORMATS
    entries: tuple[RawContact, ...]

    @property
    def unit(self) -> str:
        """What a number counts in this file: "card" for vCard, else "row"."""
        return "card" if self.format == "vcard" else "row"


def quoted(text: object, limit: int = 60) -> str:
    """User text fit for a message: control characters dropped, at most `limit` characters, in quotes."""
    clean = _CONTROL.sub(" ", str(text)).strip()
    return "“" + (clean if len(clean) <= limit else clean[: limit - 1] + "…") + "”"


def compose_name(given: str, middle: str, family: str) -> str:
    """A display name from its parts: "Given Middle Family", or family first without spaces in CJK scripts."""
    parts = [" ".join(p.split()) for p in (given, middle, family)]
    if _CJK.search(parts[0] + parts[2]):
        return "".join((parts[2], parts[0], parts[1]))
    return " ".join(p for p in parts if p)


def parse_connected_on(text: str) -> dt.date | None:
    """LinkedIn's "12 Mar 2024" (also "12-Mar-24" as a spreadsheet re-saves it, and ISO "2024-03-12"); None when
    the text is none of these. Month names are matched in code, not with strptime, which depends on the locale."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{2}|\d{4})", text)
    if not match or match.group(2).lower() not in _MONTHS:
        return None
    year = int(match.group(3))
    year += 2000 if year < 100 else 0
    try:
        return dt.date(year, _MONTHS[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        return None


# -- text --------------------------------------------------------------------------------------------------------
def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, *, lenient: bool = False) -> str:
    """The file's text. UTF-16 needs its byte-order mark. With `lenient`, bytes that are not UTF-8 are kept as
    surrogate escapes (vCard lines may declare their own CHARSET); otherwise they refuse the file with the line."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ContactFileError("contacts.bad_utf16") from None
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    if b"\x00" in data[:4096]:
        raise ContactFileError("contacts.not_text")
    try:
        return data.decode("utf-8", errors="surrogateescape" if lenient else "strict")
    except UnicodeDecodeError as exc:
        raise ContactFileError("contacts.not_utf8", line=_line_of(data, exc.start)) from None


def _first_line(text: str) -> str:
    """The first line that is not blank (without splitting a 20 MB file into lines)."""
    start = re.search(r"\S", text)
    if start is None:
        return ""
    end = text.find("\n", start.start())
    return text[start.start() : end if end >= 0 else len(text)].rstrip("\r")


# -- detection ---------------------------------------------------------------------------------------------------
def _csv_kind(cells: list[str]) -> str | None:
    names = {c.strip() for c in cells}
    if {"First Name", "Last Name"} <= names:
        if "Connected On" in names or "Position" in names:
            return "linkedin"
        if {"Labels", "File As", "Organization Name", "E-mail 1 - Value"} & names:  # Google's own columns
            return "google"
        # Outlook's CSV (Outlook.com, classic Outlook, and Google's "Outlook CSV"): its own e-mail and job columns.
        if {"E-mail Address", "Job Title", "Web Page"} & names:
            return "outlook"
    if {"Name", "Given Name", "Family Name"} <= names:
        return "google"
    return None


def _find_header(text: str) -> tuple[str, str, int] | None:
    """(format, delimiter, header row index from 0) of a LinkedIn, Google or Outlook CSV, by its header row."""
    for delimiter in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for index, cells in enumerate(reader):
                if index >= _HEADER_SEARCH_ROWS:
                    break
                kind = _csv_kind(cells)
                if kind:
                    return kind, delimiter, index
        except csv.Error:
            continue
    return None


def read_contact_file(data: bytes) -> ContactFile:
    """Recognise a contacts file by its content and read every row or card; raises ContactFileError."""
    if len(data) > MAX_CONTACT_FILE_BYTES:
        raise ContactFileError("contacts.too_big", limit=MAX_CONTACT_FILE_BYTES // (1024 * 1024))
    if not data.strip():
        raise ContactFileError("contacts.empty_file")
    text = decode_text(data, lenient=True)
    if _first_line(text).strip().upper().startswith("BEGIN:VCARD"):
        from frentor.vcard import read_vcards  # vobject is imported only when a vCard comes

        entries = read_vcards(text)
        fmt = "vcard"
    else:
        text = decode_text(data)  # CSV text must be UTF-8 (or UTF-16 with a byte-order mark) throughout
        found = _find_header(text)
        if found is None:
            # The whole-file messages are shown as Markdown in the app: the file's own text is escaped there.
            raise ContactFileError("contacts.unknown_format", first_line=quote_user_text(_first_line(text)))
        fmt, delimiter, header_index = found
        entries = _read_csv(text, fmt, delimiter, header_index)
    if len(entries) > MAX_CONTACTS:
        raise ContactFileError("contacts.too_many", limit=MAX_CONTACTS)
    return ContactFile(fmt, tuple(entries))


# -- CSV ---------------------------------------------------------------------------------------------------------
def _read_csv(text: str, fmt: str, delimiter: str, header_index: int) -> list[RawContact]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    read_row = {"linkedin": _linkedin_row, "google": _google_row, "outlook": _outlook_row}[fmt]
    entries: list[RawContact] = []
    columns: dict[str, int] = {}
    try:
        for index, cells in enumerate(reader):
            if index < header_index:
                continue
            if index == header_index:
                # The first column of a name wins if a header repeats one.
                columns = {name.strip(): position for position, name in reversed(list(enumerate(cells)))}
                continue
            if not any(cell.strip() for cell in cells):
                continue  # blank rows (and rows of commas a spreadsheet left) are no one
            entries.append(read_row(index + 1, cells, columns))
            if len(entries) > MAX_CONTACTS:
                break
    except csv.Error as exc:
        raise ContactFileError("contacts.bad_csv", row=reader.line_num, detail=quote_user_text(exc, 80)) from None
    return entries


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    position = columns.get(name)
    return cells[position].strip() if position is not None and position < len(cells) else ""


def _numbered(cells: list[str], columns: dict[str, int], pattern: str) -> tuple[str, ...]:
    """Values of the numbered columns (E-mail 1 - Value, E-mail 2 - Value, ...), in order, split at " ::: "."""
    values: list[str] = []
    number = 1
    while pattern.format(number) in columns:
        for value in _cell(cells, columns, pattern.format(number)).split(":::"):
            if value.strip():
                values.append(value.strip())
        number += 1
    return tuple(values)


def _linkedin_row(number: int, cells: list[str], columns: dict[str, int]) -> RawContact:
    url = _cell(cells, columns, "URL")
    email = _cell(cells, columns, "Email Address")
    return RawContact(
        number=number,
        given=_cell(cells, columns, "First Name"),
        family=_cell(cells, columns, "Last Name"),
        emails=(email,) if email else (),
        urls=(url,) if url else (),
        organisation=_cell(cells, columns, "Company"),
        title=_cell(cells, columns, "Position"),
        connected_on=parse_connected_on(_cell(cells, columns, "Connected On")),
    )


def _google_row(number: int, cells: list[str], columns: dict[str, int]) -> RawContact:
    legacy = "Given Name" in columns
    return RawContact(
        number=number,
        full_name=_cell(cells, columns, "Name"),  # the legacy file's display name
        given=_cell(cells, columns, "Given Name" if legacy else "First Name"),
        middle=_cell(cells, columns, "Additional Name" if legacy else "Middle Name"),
        family=_cell(cells, columns, "Family Name" if legacy else "Last Name"),
        emails=_numbered(cells, columns, "E-mail {} - Value"),
        urls=_numbered(cells, columns, "Website {} - Value"),
        organisation=_cell(cells, columns, "Organization 1 - Name" if legacy else "Organization Name"),
        title=_cell(cells, columns, "Organization 1 - Title" if legacy else "Organization Title"),
    )


def _outlook_row(number: int, cells: list[str], columns: dict[str, int]) -> RawContact:
    # Outlook's "Title" is a courtesy title (Dr., Ms.); the role is "Job Title".
    emails = (_cell(cells, columns, name) for name in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"))
    urls = (_cell(cells, columns, name) for name in ("Web Page", "Personal Web Page"))
    return RawContact(
        number=number,
        given=_cell(cells, columns, "First Name"),
        middle=_cell(cells, columns, "Middle Name"),
        family=_cell(cells, columns, "Last Name"),
        emails=tuple(email for email in emails if email),
        urls=tuple(url for url in urls if url),
        organisation=_cell(cells, columns, "Company"),
        title=_cell(cells, columns, "Job Title"),
    )
