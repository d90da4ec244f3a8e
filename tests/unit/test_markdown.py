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
