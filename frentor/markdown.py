"""Making user text inert before it goes into Markdown (st.markdown, captions, labels)."""

from __future__ import annotations

# Every character Markdown or its HTML subset gives a meaning to.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$:")


def escape_markdown(text: object, *, one_line: bool = True) -> str:
    """User text with every Markdown/HTML special character backslash-escaped; by default folded onto one line."""
    escaped = "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(text))
    return escaped.replace("\n", " ") if one_line else escaped
