import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frentor.csv_safety import BOM, neutralise, restore
from frentor.store.reports import neutralise_sql


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+1-2", "'+1-2"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("\nline", "'\nline"),
        ("'=1", "''=1"),
        ("'plain", "''plain"),
        ("''", "'''"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("李娜 😀", "李娜 😀"),
        ("", ""),
    ],
)
def test_neutralise_examples_and_exact_reverse(text, cell):
    assert neutralise(text) == cell
    assert restore(cell) == text


def test_bom_is_utf8_byte_order_mark():
    assert "\ufeff".encode() == BOM


@settings(max_examples=200)
@given(st.text())
def test_restore_reverses_neutralise_and_the_cell_is_safe(text):
    cell = neutralise(text)
    assert restore(cell) == text
    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r", "\n")


_CON = duckdb.connect()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("=+-@'\t\r\nab李😀,\" ")), max_size=6))
def test_sql_neutralisation_matches_python(text):
    got = _CON.cursor().execute(f"SELECT {neutralise_sql('?')}", [text, text, text]).fetchone()[0]
    assert got == neutralise(text)
