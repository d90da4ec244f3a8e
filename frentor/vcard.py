"""vCard 2.1 / 3.0 / 4.0 files (phones, Gmail, Apple and other address books): many cards per file, read into raw
contacts (frentor.contact_formats.RawContact), one per card, numbered from 1.

vobject (the maintained vCard parser) reads each content line: its grammar (name, group such as `item1.EMAIL`,
parameters including vCard 2.1's bare `QUOTED-PRINTABLE` and `PREF`, quoted parameter values) and the backslash
escapes of text, names (`N`) and organisations (`ORG`). Its source (0.9.9) showed what it does not do for real
files, so this module does that around it:

* Soft line breaks of quoted-printable values (`=` at the end of a line) are joined while the value is still
  encoded, so a multi-byte UTF-8 character split across two lines is decoded whole. vobject's own joining
  (`allowQP`, off by default) triggers on "quoted-printable" anywhere in a line, the value included.
* The file is cut into cards here: vobject nests a card that lacks END:VCARD into the next one and then fails the
  rest of the file; here only that card is invalid, with its number.
* Only the properties a person gets are read (the first FN, N, ORG and TITLE, every EMAIL and URL): PHOTO data
  and everything else is dropped unparsed, so a broken line there (real phone exports have them) harms nothing.
* vobject's components (readComponents) took ~0.3 ms per card on this machine and its ContentLine objects half
  of that again, too slow for 10,000 cards in a 2 s preview, so lines go through its parseLine grammar and its
  unescaping (skipped when a value has no backslash) only.
* Quoted-printable is decoded here as vobject's ContentLine does (codecs, then the CHARSET), but whatever the
  case of `ENCODING=quoted-printable` (vobject compares it exactly). 8-bit text outside UTF-8 (old phones:
  `FN;CHARSET=SHIFT_JIS:...`) arrives as surrogate escapes and is decoded with the line's CHARSET, which vobject
  applies to quoted-printable values only; without a CHARSET it must be UTF-8, which also mends a fold that cut a
  character in two (the file is decoded before lines are unfolded). An unknown charset, or bytes not valid in
  it, make the card invalid ("bad encoding").
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from vobject.base import ParseError, parseLine
from vobject.icalendar import stringToTextValues
from vobject.vcard import splitFields

from frentor.contact_formats import MAX_CONTACTS, RawContact, quoted

_WANTED = frozenset({"FN", "N", "EMAIL", "URL", "ORG", "TITLE"})
_FIRST_ONLY = frozenset({"FN", "N", "ORG", "TITLE"})  # a person gets the first of these; later ones are not read
_SURROGATE = re.compile(r"[\udc80-\udcff]")


@dataclass
class _Card:
    number: int
    start: int  # line of its BEGIN:VCARD
    lines: list[tuple[str, int]] = field(default_factory=list)  # wanted logical lines and where they start
    names: set[str] = field(default_factory=set)  # properties among them
    closed: bool = False


def _logical_lines(text: str) -> Iterator[tuple[str, int]]:
    """Unfolded lines with the number of the physical line each starts on."""
    current: str | None = None
    start = 0
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if current is None:
            current, start = line, number
        elif current.endswith("=") and "QUOTED-PRINTABLE" in current.split(":", 1)[0].upper():
            current = current[:-1] + line  # a soft line break: the encoded value goes on, even mid-character
        elif line[:1] in (" ", "\t"):
            current += line[1:]  # folded (RFC 2425/6350: a line break followed by one space or tab)
        else:
            yield current, start
            current, start = line, number
    if current is not None:
        yield current, start


def _cards(text: str) -> list[_Card]:
    cards: list[_Card] = []
    card: _Card | None = None
    for line, number in _logical_lines(text):
        head = line.split(":", 1)[0].split(";", 1)[0]  # [group.]NAME
        name = head[head.rfind(".") + 1 :].strip().upper()
        if name in ("BEGIN", "END") and line.partition(":")[2].strip().upper() == "VCARD":
            if card is not None:
                card.closed = name == "END"
                cards.append(card)  # an unclosed card ends where the next one begins
                card = None
            if name == "BEGIN":
                if len(cards) >= MAX_CONTACTS:
                    cards.append(_Card(len(cards) + 1, number))  # one past the limit: the caller refuses the file
                    return cards
                card = _Card(len(cards) + 1, number)
        elif card is not None and name in _WANTED and not (name in _FIRST_ONLY and name in card.names):
            card.lines.append((line, number))
            card.names.add(name)
    if card is not None:
        cards.append(card)
    return cards


def _text(value: str) -> str:
    if "\\" in value:  # no list separator: a comma in a name is part of it (vCard 2.1 writers do not escape it)
        value = stringToTextValues(value, listSeparator=None)[0]
    return " ".join(value.split())


def _fields(value: str) -> list[str | list[str]]:
    """The ;-separated parts of N or ORG, each a text or a list of ,-separated texts, unescaped."""
    if "\\" in value:
        return splitFields(value)
    return [part.split(",") if "," in part else part for part in value.split(";")]


def _joined(part: str | list[str], separator: str) -> str:
    return separator.join(part) if isinstance(part, list) else part


def _content(line: str, number: int) -> tuple[str, str, bool]:
    """(property name, value text, preferred) of one content line. Raises ParseError for a line that is not one,
    UnicodeError/LookupError for text not valid in its charset or an unknown charset."""
    name, param_list, value, _group = parseLine(line, number)
    charset, quoted_printable, preferred = "utf-8", False, False
    for param in param_list:  # [NAME, value, ...], or [VALUE] alone for vCard 2.1's bare parameters
        key = param[0].upper()
        values = [v.upper() for v in param[1:]]
        if key == "CHARSET" and values:
            charset = param[1]
        quoted_printable |= key == "QUOTED-PRINTABLE" or (key == "ENCODING" and "QUOTED-PRINTABLE" in values)
        preferred |= key == "PREF" or (key == "TYPE" and "PREF" in values)
    if quoted_printable:
        # As vobject's ContentLine decodes it, but whatever the case of the parameter (vobject's check is exact).
        value = codecs.decode(value.encode("utf-8"), "quoted-printable").decode(charset)
    elif _SURROGATE.search(value):
        # 8-bit text in the line's CHARSET, or UTF-8 that a fold cut inside a character (now joined again).
        value = value.encode("utf-8", "surrogateescape").decode(charset)
    return name.upper(), value, preferred


def _read_card(card: _Card) -> RawContact:
    if not card.closed:
        return RawContact(card.number, problem="contacts.card_unclosed", params={"line": card.start})
    found: dict[str, list[tuple[str, bool]]] = {name: [] for name in _WANTED}
    for line, number in card.lines:
        try:
            name, value, preferred = _content(line, number)
        except ParseError:
            problem = {"line": number, "text": quoted(_SURROGATE.sub("?", line))}
            return RawContact(card.number, problem="contacts.card_bad_line", params=problem)
        except (UnicodeError, LookupError):  # bytes not valid in the declared charset, or an unknown charset
            charset = re.search(r";\s*CHARSET=\"?([^;:\"]*)", line.split(":", 1)[0], re.IGNORECASE)
            problem = {"line": number, "charset": quoted(charset.group(1) if charset else "UTF-8", 30)}
            return RawContact(card.number, problem="contacts.card_bad_encoding", params=problem)
        found[name].append((value, preferred))
    return _contact(card.number, found)


def _contact(number: int, found: dict[str, list[tuple[str, bool]]]) -> RawContact:
    def texts(name: str) -> list[str]:
        ordered = sorted(found[name], key=lambda item: not item[1])  # preferred first, else file order
        return [text for text in (_text(value) for value, _ in ordered) if text]

    given = middle = family = ""
    if found["N"]:
        parts = [_joined(part, " ") for part in _fields(found["N"][0][0])] + [""] * 5
        family, given, middle = (" ".join(p.split()) for p in parts[:3])
    organisation = ""
    for value, _ in found["ORG"][:1]:
        units = [" ".join(_joined(unit, ", ").split()) for unit in _fields(value)]
        organisation = next((unit for unit in units if unit), "")
    return RawContact(
        number=number,
        full_name=next(iter(texts("FN")), ""),
        given=given,
        middle=middle,
        family=family,
        emails=tuple(texts("EMAIL")),
        # Apple escapes the colon of a link ("http\://"), which is no escape in vCard.
        urls=tuple(url.replace("\\:", ":") for url in texts("URL")),
        organisation=organisation,
        title=next(iter(texts("TITLE")), ""),
    )


def read_vcards(text: str) -> list[RawContact]:
    """Every card of a vCard file's text (bytes that were not UTF-8 kept as surrogate escapes)."""
    return [_read_card(card) for card in _cards(text)]
