"""Spreadsheet safety for CSV text cells (OWASP "CSV Injection"), reversible exactly.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and TAB, CR or LF at the
start can smuggle one in. Frentor's rule for every TEXT cell it writes (names, notes, ids, kind names, ...):

* **Export**: if the text starts with one of ``= + - @ TAB CR LF`` *or with an apostrophe* ``'``, write one
  extra ``'`` in front of it. Everything else is written unchanged.
      ``=HYPERLINK("x")`` -> ``'=HYPERLINK("x")``      ``'=1`` -> ``''=1``      ``'quoted`` -> ``''quoted``
* **Import**: if a text cell starts with ``'``, drop exactly that one character.
      ``'=HYPERLINK("x")`` -> ``=HYPERLINK("x")``      ``''=1`` -> ``'=1``

Because a leading apostrophe is itself escaped, the two steps are exact inverses for every string: a value that
really begins with ``'`` (followed by ``=`` or anything else) survives the round trip. Numbers, dates and booleans
are never prefixed, so a spreadsheet still sees numbers as numbers (e.g. a negative ``net`` of ``-3.00`` in
balances.csv stays a number). One consequence for hand-made files: a text cell typed as ``'abc`` imports as
``abc`` (the spreadsheet convention for "this is text").

The exporter applies the same rule in SQL (frentor.store.reports.neutralise_sql) for speed; tests check that
both agree.
"""

from __future__ import annotations

DANGEROUS_FIRST_CHARACTERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n")
ESCAPE = "'"
_NEEDS_PREFIX = frozenset((*DANGEROUS_FIRST_CHARACTERS, ESCAPE))

# UTF-8 byte-order mark: Excel needs it to read UTF-8 (e.g. Chinese names) correctly.
BOM = b"\xef\xbb\xbf"


def neutralise(text: str) -> str:
    """The cell text to write: prefixed with ' when it starts with a formula trigger or with '."""
    return ESCAPE + text if text[:1] in _NEEDS_PREFIX else text


def restore(cell: str) -> str:
    """The original text of a cell written by `neutralise` (drops one leading ')."""
    return cell[1:] if cell.startswith(ESCAPE) else cell


def is_safe(cell: str) -> bool:
    """True when a spreadsheet would not treat the cell as a formula."""
    return cell[:1] not in DANGEROUS_FIRST_CHARACTERS
