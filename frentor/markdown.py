"""Making user text inert before it goes into Markdown (st.markdown, captions, labels) or a message."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Every character Markdown or its HTML subset gives a meaning to.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$:")
# How much of a user's text a message repeats: enough to recognise it, never enough to flood the page.
QUOTE_LIMIT = 60


def escape_markdown(text: object, *, one_line: bool = True) -> str:
    """User text with every Markdown/HTML special character backslash-escaped; by default folded onto one line."""
    escaped = "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(text))
    return escaped.replace("\n", " ") if one_line else escaped


def quote_user_text(text: object, limit: int = QUOTE_LIMIT) -> str:
    """User text as a message may repeat it: one line, control and direction-override characters dropped, at most
    `limit` characters (then …), Markdown/HTML escaped and in quotes, so it can never render as a link, an image
    or markup, in the app or on a terminal. Build message params with this, where the error is raised."""
    raw = str(text)
    # Cc: control characters (newlines fold to spaces first); Cf: format characters such as U+202E, which can make
    # a file name or link read backwards.
    cleaned = "".join(
        ch
        for ch in raw[: limit * 4].replace("\r", " ").replace("\n", " ")
        if unicodedata.category(ch) not in ("Cc", "Cf")
    )
    shown = cleaned[:limit] + ("…" if len(cleaned) > limit or len(raw) > limit * 4 else "")
    return "“" + escape_markdown(shown) + "”"


def quote_user_texts(texts: Sequence[object], most: int = 5, limit: int = 40) -> str:
    """Several pieces of user text (e.g. a file's column names): the first `most`, each quoted as by
    quote_user_text, then how many more there are."""
    shown = ", ".join(quote_user_text(text, limit) for text in texts[:most])
    return shown + (f" (+{len(texts) - most})" if len(texts) > most else "")
