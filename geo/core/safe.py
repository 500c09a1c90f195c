"""Untrusted text made harmless where it is shown: HTML, Markdown, spreadsheets and terminals.

An article, a file name or a URL parameter is untrusted input. Every string derived from one goes
through one of these helpers on its way to a page, a CSV cell or an error message:

- ``html_text``: text inside HTML (the map's popups, the highlighted article);
- ``markdown_text``: text inside Streamlit Markdown (titles, captions, warnings, errors), so that
  ``![x](http://host/x.png)`` cannot make the browser fetch anything and ``<b>`` stays literal;
- ``csv_cell``: a spreadsheet cell, neutralised as OWASP recommends ("CSV Injection");
- ``printable``: a file name or value in a terminal message, without control or escape sequences.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

# CommonMark lets any ASCII punctuation be escaped with a backslash; Streamlit adds "$" (LaTeX) and
# ":" (emoji shortcodes and ":red[...]" colour directives) to what it interprets.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=\"'&@^%])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def html_text(value: object) -> str:
    """``value`` as text safe inside an HTML element or a quoted attribute."""
    return html.escape(str(value), quote=True)


def markdown_text(value: object) -> str:
    """``value`` as literal text inside Markdown: every character Markdown (or Streamlit) would
    interpret is backslash-escaped, and line breaks become spaces so a value cannot open a block."""
    text = " ".join(str(value).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def csv_cell(value: Any) -> Any:
    """A value ready for a CSV cell: numbers stay numbers, ``None`` is empty, and text that a
    spreadsheet would run as a formula (first character ``= + - @``, tab or carriage return) gets a
    leading apostrophe, as OWASP recommends."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_row(values: Iterable[Any]) -> list[Any]:
    """``csv_cell`` of every value of a row."""
    return [csv_cell(v) for v in values]


def printable(value: object, limit: int = 200) -> str:
    """``value`` for a terminal or log line: control characters, terminal escape sequences and
    other non-printable code points shown as ``\\xNN``/``\\uNNNN`` escapes, cut to ``limit``."""
    out = []
    for ch in str(value):
        if ch == "\\":
            out.append("\\\\")
        elif not ch.isprintable():
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    text = "".join(out)
    return text if len(text) <= limit else text[: limit - 1] + "…"
