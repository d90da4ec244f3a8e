import re

from frentor.markdown import escape_markdown


def test_escape_markdown_makes_user_text_inert():
    hostile = "[click](javascript:alert(1)) **bold** <img src=x> `code` #1"
    escaped = escape_markdown(hostile)
    assert "\\[click\\]\\(javascript\\:alert\\(1\\)\\)" in escaped
    assert "\\*\\*bold\\*\\*" in escaped and "\\<img" in escaped
    assert escape_markdown("李娜 🌱") == "李娜 🌱"


def test_one_line_by_default_and_multi_line_on_request():
    assert escape_markdown("a\nb") == "a b"
    assert escape_markdown("a\nb", one_line=False) == "a\nb"


def test_quote_user_text_is_short_one_line_inert_and_quoted():
    from frentor.markdown import QUOTE_LIMIT, quote_user_text

    hostile = "![pic](https://evil.test/a.png)\n<script>x</script>\u202e" + "z" * 500
    quoted = quote_user_text(hostile)
    assert quoted.startswith("“") and quoted.endswith("…”")
    assert "\n" not in quoted and "\u202e" not in quoted
    assert "![" not in quoted and "](" not in quoted and re.search(r"(?<!\\)<", quoted) is None
    assert len(quoted) < QUOTE_LIMIT * 2 + 4
    assert quote_user_text("Zoë 李") == "“Zoë 李”"
    assert quote_user_text("a" * 5_000_000).count("a") == QUOTE_LIMIT


def test_quote_user_texts_lists_a_few_and_counts_the_rest():
    from frentor.markdown import quote_user_texts

    assert quote_user_texts(["a", "b"]) == "“a”, “b”"
    many = quote_user_texts([f"<c{i}>" for i in range(100)])
    assert many.count("“") == 5 and "95" in many and "<" not in many.replace("\\<", "")
