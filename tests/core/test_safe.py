"""Untrusted text through the one set of escaping helpers."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.core.safe import csv_cell, csv_row, html_text, markdown_text, printable


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_cells_get_an_apostrophe(value):
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value,expected", [(3, 3), (-2.5, -2.5), (None, ""), (True, "true"), ("Caracas", "Caracas"), ("a=b", "a=b")]
)
def test_numbers_stay_numbers_and_plain_text_is_kept(value, expected):
    assert csv_cell(value) == expected


def test_a_written_row_cannot_start_a_formula():
    buf = io.StringIO()
    csv.writer(buf).writerow(csv_row(["=1+1", -4, "ok"]))
    assert buf.getvalue().strip() == "'=1+1,-4,ok"


@pytest.mark.parametrize(
    "value",
    [
        "![x](http://host/x.png)",
        "[click](javascript:alert(1))",
        "<img src=x onerror=alert(1)>",
        "# Title",
        "$x^2$",
        ":red[alarm]",
        "**bold**",
        "line\n\n- item",
    ],
)
def test_markdown_text_leaves_nothing_to_interpret(value):
    out = markdown_text(value)
    for ch in "![]()<>#$:*-":
        assert ch not in out.replace("\\" + ch, "")
    assert "\n" not in out


def test_html_text_escapes_tags_and_quotes():
    assert html_text('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"


@given(st.text())
def test_printable_has_no_control_characters(value):
    out = printable(value, limit=10_000)
    assert all(ch.isprintable() or ch == " " for ch in out)


def test_printable_shows_escapes_and_cuts():
    assert printable("a\nb\x1b[31mred") == "a\\x0ab\\x1b[31mred"
    assert len(printable("x" * 500, limit=50)) == 50
