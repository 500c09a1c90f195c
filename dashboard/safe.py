"""The one escaping helper for every article- or user-derived string that reaches a Streamlit element.

Article text, titles, ids, sources, file names and URL values are untrusted. Streamlit renders the
text of ``st.markdown``, ``st.caption``, ``st.warning``, widget labels and the like as Markdown (with
its own extras: ``:red[...]``, ``$...$``, emoji shortcodes), and ``st.html`` as HTML. So every such
call in ``app.py`` and ``dashboard/`` gets either a string literal or the result of one of these:

- ``md(template, *values)``: Markdown; ``template`` is the code's own text (it may use Markdown),
  each value is escaped (``geo.core.safe.markdown_text``) and put where ``{}`` is;
- ``html(template, *values)``: HTML; each value is escaped (``geo.core.safe.html_text``);
- ``cell(value)``: a table cell or an option label shown as plain text: control characters made
  visible and the length capped;
- ``html_join``/``md_join``: pieces made by ``html``/``md`` joined (anything else is refused).

``tests/dashboard/test_safe.py`` reads the code (``ast``) and fails on a Streamlit call given
anything else.
"""

from __future__ import annotations

from geo.core.safe import html_text, markdown_text, printable


class Md(str):
    """Markdown whose untrusted parts are escaped."""


class Html(str):
    """HTML whose untrusted parts are escaped."""


def _values(values: tuple, escape) -> list:
    # Numbers keep their format spec ("{:,}"); anything else becomes escaped text.
    return [v if isinstance(v, (int, float)) and not isinstance(v, bool) else escape(v) for v in values]


def md(template: str, *values: object) -> Md:
    """``template`` with each ``{}`` replaced by a value escaped for Markdown."""
    return Md(template.format(*_values(values, markdown_text)))


def html(template: str, *values: object) -> Html:
    """``template`` with each ``{}`` replaced by a value escaped for HTML."""
    return Html(template.format(*_values(values, html_text)))


def html_join(parts) -> Html:
    """Pieces made by ``html`` joined into one; anything else is refused (it could be unescaped)."""
    parts = list(parts)
    bad = [type(p).__name__ for p in parts if not isinstance(p, Html)]
    if bad:
        raise TypeError(f"Expected pieces made by dashboard.safe.html, instead got: {bad[:3]!r}.")
    return Html("".join(parts))


def md_join(parts, sep: str = "") -> Md:
    """Pieces made by ``md`` joined into one (``sep`` is the code's own text); anything else is refused."""
    parts = list(parts)
    bad = [type(p).__name__ for p in parts if not isinstance(p, Md)]
    if bad:
        raise TypeError(f"Expected pieces made by dashboard.safe.md, instead got: {bad[:3]!r}.")
    return Md(sep.join(parts))


def cell(value: object, limit: int = 300) -> str:
    """A value as plain text for a table cell or an option label: control characters shown as
    escapes, white space folded, cut at ``limit`` characters."""
    if value is None:
        return ""
    return printable(" ".join(str(value).split()), limit)
