"""Bring your network in: a LinkedIn, Google Contacts, Outlook or vCard file becomes a preview, then new people.

1. `preview_contacts(store, data, file_name)` reads the file (format from its content: frentor.contact_formats)
   and sorts every row or card into **new**, **already here** or **invalid**. Nothing is written.
2. `import_contacts(store, preview, numbers=..., role=..., stage=..., passion_id=...)` adds the chosen new ones in
   ONE transaction, matching again inside it, so importing the same file twice adds nobody.

What a person gets: a name (the card's FN, else its N / first-middle-last names, else the e-mail, else the
organisation; a contact with none of these is invalid), the first valid e-mail, the first http(s) link (LinkedIn's
profile URL, or the first website; a link without a scheme such as "www.example.com" gets https://), organisation,
title, where it came from (one of contact_formats.FORMATS) and LinkedIn's "Connected On" date. Text follows the app's
rules (frentor.validation): a name, organisation or title over NAME_LIMIT makes the contact invalid, naming the field.

"Already here" means the same e-mail (ignoring case), the same profile link (ignoring scheme, "www.", a trailing
slash and case; a person's saved channel links count too), or the same name after Unicode NFKC normalisation, case
folding and collapsing spaces: against the people of the workspace AND the earlier rows of the same file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

from frentor.contact_formats import ContactFile, RawContact, compose_name, quoted, read_contact_file
from frentor.errors import Problem, ValidationError
from frentor.i18n import translate
from frentor.ids import new_id
from frentor.importer import safe_name
from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.store import contacts as queries
from frentor.store import passions as passion_queries
from frentor.validation import NAME_LIMIT, clean_choice, clean_email, clean_text, clean_url

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
NEW, EXISTING, INVALID = "new", "existing", "invalid"
STATUSES = (NEW, EXISTING, INVALID)
# Columns of ContactsPreview.table(), in order; "import" is the tick box (ticked for new contacts).
TABLE_COLUMNS = (
    "import",
    "number",
    "status",
    "name",
    "email",
    "organisation",
    "title",
    "profile_url",
    "connected_on",
    "detail",
)


@dataclass(frozen=True)
class Contact:
    """One importable person, already cleaned by the app's rules."""

    name: str
    email: str = ""
    profile_url: str = ""
    organisation: str = ""
    title: str = ""
    source: str = ""
    connected_on: dt.date | None = None


@dataclass(frozen=True)
class PreviewRow:
    number: int  # row (CSV, as a spreadsheet numbers it) or card (vCard, from 1)
    status: str  # one of STATUSES
    contact: Contact | None = None  # None when invalid
    matched_by: str | None = None  # "email", "profile_url" or "name" when already here
    matched_name: str | None = None  # the person already in the workspace it matches
    matched_number: int | None = None  # or the earlier row or card of this file it matches
    problem: Problem | None = None  # why it is invalid


@dataclass(frozen=True)
class ContactsPreview:
    file_name: str  # safe for messages
    format: str  # one of contact_formats.FORMATS
    unit: str  # "row" or "card": what `number` counts
    rows: tuple[PreviewRow, ...]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def existing(self) -> int:
        return self.count(EXISTING)

    @property
    def invalid(self) -> int:
        return self.count(INVALID)

    def summary(self, lang: str) -> str:
        """One line: "N new, M already here, K invalid"."""
        return translate("contacts.summary", lang, new=self.new, existing=self.existing, invalid=self.invalid)

    def detail(self, row: PreviewRow, lang: str) -> str:
        """Why a row is invalid, or whom it matches; empty for a new one."""
        if row.problem is not None:
            message = translate(row.problem.key, lang, **row.problem.params)
            if row.problem.field:
                return translate("error.field", lang, field=translate(row.problem.field, lang), message=message)
            return message
        if row.status == EXISTING:
            how = translate(f"contacts.matched_by.{row.matched_by}", lang)
            if row.matched_name is not None:
                return translate("contacts.matches_person", lang, name=quoted(row.matched_name), how=how)
            unit = translate(f"contacts.unit.{self.unit}", lang)
            return translate("contacts.matches_earlier", lang, unit=unit, number=row.matched_number, how=how)
        return ""

    def problems(self, lang: str) -> list[str]:
        """Each invalid entry as "card 3: why" (or "row 7: why")."""
        unit = translate(f"contacts.unit.{self.unit}", lang)
        return [
            translate("contacts.problem_line", lang, unit=unit, number=row.number, detail=self.detail(row, lang))
            for row in self.rows
            if row.status == INVALID
        ]

    def table(self, lang: str) -> pd.DataFrame:
        """The preview as a table (TABLE_COLUMNS), one line per row or card: the UI shows it with a tick box per
        line ("import", ticked for new contacts; only new ones can be imported)."""
        status = {key: translate(f"contacts.status.{key}", lang) for key in STATUSES}
        empty = Contact(name="")
        records = []
        for row in self.rows:
            contact = row.contact or empty
            records.append(
                (
                    row.status == NEW,
                    row.number,
                    status[row.status],
                    contact.name,
                    contact.email,
                    contact.organisation,
                    contact.title,
                    contact.profile_url,
                    contact.connected_on,
                    self.detail(row, lang),
                )
            )
        frame = pd.DataFrame.from_records(records, columns=list(TABLE_COLUMNS))
        frame["connected_on"] = frame["connected_on"].astype(object)  # dates or None, never NaT
        return frame


@dataclass(frozen=True)
class ContactImport:
    added: int
    already_here: int
    invalid: int  # never imported
    not_chosen: int  # new ones left unticked


# -- matching keys -----------------------------------------------------------------------------------------------
def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def email_key(email: str) -> str:
    return email.strip().casefold()


def url_key(url: str) -> str:
    """A profile link without what does not tell people apart: scheme, "www.", a trailing slash, a fragment, case.
    (String operations, not urlsplit: this runs for every person and contact of a 10,000-row preview.)"""
    text = url.strip().casefold().split("#", 1)[0]
    text = _SCHEME.sub("", text).removeprefix("www.")
    path, _, query = text.partition("?")
    return path.rstrip("/") + ("?" + query if query else "")


_KEYS = (("email", email_key), ("profile_url", url_key), ("name", name_key))


# -- from raw entries to contacts -------------------------------------------------------------------------------
def _first_valid(values: Iterable[str], clean) -> str:
    for value in values:
        try:
            cleaned = clean(value)
        except ValidationError:
            continue
        if cleaned:
            return cleaned
    return ""


def _link(value: str) -> str:
    text = value.strip()
    if text and "://" not in text and "." in text.split("/", 1)[0] and not text.lower().startswith("mailto:"):
        text = "https://" + text  # "www.example.com" as address books keep it
    return clean_url(text, "field.profile_url")


def to_contact(raw: RawContact, source: str) -> Contact | Problem:
    """The person a raw entry describes, by the app's rules, or the problem that makes it invalid."""
    if raw.problem:
        return Problem(field="", key=raw.problem, params=dict(raw.params))
    email = _first_valid(raw.emails, lambda value: clean_email(value, "field.email"))
    url = _first_valid(raw.urls, _link)
    name = raw.full_name or compose_name(raw.given, raw.middle, raw.family) or email or raw.organisation
    try:
        name = clean_text(" ".join(name.split()), "field.name", limit=NAME_LIMIT)
        organisation = clean_text(" ".join(raw.organisation.split()), "field.organisation", limit=NAME_LIMIT)
        title = clean_text(" ".join(raw.title.split()), "field.person_title", limit=NAME_LIMIT)
    except ValidationError as exc:
        return exc.problems[0]
    if not name:  # nothing at all, or control characters only
        return Problem(field="", key="contacts.no_name")
    return Contact(name, email, url, organisation, title, source, raw.connected_on)


def _classify(
    entries: Sequence[tuple[int, Contact | Problem]], known: Iterable[tuple[str, str, str, str]]
) -> list[PreviewRow]:
    """new / existing / invalid for each entry, against `known` people (id, name, email, link) and earlier entries."""
    index: dict[str, dict[str, tuple[str | None, int | None]]] = {kind: {} for kind, _ in _KEYS}
    for _id, name, email, url in known:
        for (kind, key_of), value in zip(_KEYS, (email, url, name), strict=True):
            if value:
                index[kind].setdefault(key_of(value), (name, None))
    rows: list[PreviewRow] = []
    for number, item in entries:
        if isinstance(item, Problem):
            rows.append(PreviewRow(number, INVALID, problem=item))
            continue
        keys = [
            (kind, key_of(value))
            for (kind, key_of), value in zip(_KEYS, (item.email, item.profile_url, item.name), strict=True)
            if value
        ]
        match = next(((kind, index[kind][key]) for kind, key in keys if key in index[kind]), None)
        target = match[1] if match else (None, number)
        for kind, key in keys:
            index[kind].setdefault(key, target)  # later rows matching this one match what it matched
        if match is None:
            rows.append(PreviewRow(number, NEW, contact=item))
        else:
            kind, (person, earlier) = match
            rows.append(
                PreviewRow(number, EXISTING, contact=item, matched_by=kind, matched_name=person, matched_number=earlier)
            )
    return rows


# -- the two steps -----------------------------------------------------------------------------------------------
def _entries(parsed: ContactFile) -> list[tuple[int, Contact | Problem]]:
    return [(raw.number, to_contact(raw, parsed.format)) for raw in parsed.entries]


def preview_contacts(store: Store, data: bytes, file_name: str) -> ContactsPreview:
    """Read an uploaded contacts file and say, per row or card, what importing it would do. Writes nothing.

    Raises ContactFileError (frentor.contact_formats) when the file as a whole cannot be read."""
    parsed = read_contact_file(data)
    rows = _classify(_entries(parsed), queries.known_people(store))
    return ContactsPreview(safe_name(file_name), parsed.format, parsed.unit, tuple(rows))


def _new_people(rows: Sequence[PreviewRow], role: str, stage: str) -> pa.Table:
    contacts = [row.contact for row in rows if row.contact is not None]
    return pa.table(
        {
            "id": [new_id() for _ in contacts],
            "name": [c.name for c in contacts],
            "role": [role] * len(contacts),
            "stage": [stage] * len(contacts),
            "organisation": [c.organisation for c in contacts],
            "title": [c.title for c in contacts],
            "email": [c.email for c in contacts],
            "profile_url": [c.profile_url for c in contacts],
            "source": [c.source for c in contacts],
            "connected_on": pa.array([c.connected_on for c in contacts], type=pa.date32()),
        }
    )


def import_contacts(
    store: Store,
    preview: ContactsPreview,
    *,
    numbers: Iterable[int] | None = None,
    role: str = "peer",
    stage: str = "noticed",
    passion_id: str | None = None,
) -> ContactImport:
    """Add the new contacts of `preview` whose number is in `numbers` (None: all new ones) as people with this role,
    stage and passion, in one transaction. Invalid entries are never imported (a caller that wants all or nothing,
    like the CLI without --skip-invalid, refuses when preview.invalid > 0); entries that match someone, in the
    workspace as it is now or earlier in the file, are never added twice."""
    role = clean_choice(role, "field.role", ROLES)
    stage = clean_choice(stage, "field.stage", STAGES)
    if passion_id and not passion_queries.passion_exists(store, passion_id):
        raise ValidationError.single("field.passion", "validation.unknown")
    chosen = None if numbers is None else {int(n) for n in numbers}
    entries = [(row.number, row.contact or row.problem) for row in preview.rows]
    outcome: dict[str, int] = {}

    def choose(known: list[tuple[str, str, str, str]]) -> pa.Table:
        rows = _classify(entries, known)
        new = [row for row in rows if row.status == NEW]
        picked = [row for row in new if chosen is None or row.number in chosen]
        outcome.update(
            existing=sum(1 for row in rows if row.status == EXISTING),
            invalid=sum(1 for row in rows if row.status == INVALID),
            not_chosen=len(new) - len(picked),
        )
        return _new_people(picked, role, stage)

    added = queries.insert_people(store, choose, passion_id or None)
    return ContactImport(added, outcome["existing"], outcome["invalid"], outcome["not_chosen"])
