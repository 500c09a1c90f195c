"""The escaping rule of the dashboard, kept by reading the code: every string a Streamlit element
renders as Markdown or HTML is a literal or made by ``dashboard.safe`` (``md``/``html``), and the
helpers escape what they are given."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dashboard.safe import Html, Md, cell, html, html_join, md, md_join

ROOT = Path(__file__).resolve().parents[2]
APP_FILES = [ROOT / "app.py", *sorted((ROOT / "dashboard").glob("*.py"))]

# Streamlit calls (by name, on st, st.sidebar or any container) whose text is rendered as Markdown:
# the first argument (or label/body/text) and the help text.
MARKDOWN_CALLS = {
    "markdown",
    "write",
    "caption",
    "title",
    "header",
    "subheader",
    "warning",
    "error",
    "info",
    "success",
    "toast",
    "latex",
    "metric",
    "expander",
    "popover",
    "status",
    "spinner",
    "progress",
    "button",
    "download_button",
    "link_button",
    "form_submit_button",
    "checkbox",
    "toggle",
    "radio",
    "selectbox",
    "multiselect",
    "text_input",
    "text_area",
    "number_input",
    "date_input",
    "time_input",
    "slider",
    "select_slider",
    "file_uploader",
    "color_picker",
    "page_link",
    "segmented_control",
    "pills",
}
TEXT_KEYWORDS = ("label", "body", "text", "help")
MD_HELPERS = {"md", "md_join"}
HTML_HELPERS = {"html", "html_join"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _root(node: ast.expr) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_helper(node: ast.expr, helpers: set[str]) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in helpers


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def problems(source: str, filename: str = "<code>") -> list[str]:
    """Every Streamlit call in ``source`` given text that is neither literal nor escaped."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name = node.func.attr
        where = f"{filename}:{node.lineno} {name}"
        if name == "html":
            if node.args and not (_literal(node.args[0]) or _is_helper(node.args[0], HTML_HELPERS)):
                out.append(f"{where}: HTML not made by dashboard.safe.html")
            continue
        if name == "tabs" and node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
            out.extend(
                f"{where}: tab label" for e in node.args[0].elts if not (_literal(e) or _is_helper(e, MD_HELPERS))
            )
            continue
        if name not in MARKDOWN_CALLS or not (node.args or node.keywords):
            continue
        if name == "write" and _root(node.func) != "st":
            continue  # a file's write; Streamlit's is called as st.write (containers use markdown here)
        texts = []
        if node.args and name != "progress":
            texts.append(node.args[0])
        texts.extend(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)
        for text in texts:
            if not (
                _literal(text)
                or _is_helper(text, MD_HELPERS)
                or (isinstance(text, ast.Constant) and text.value is None)
            ):
                out.append(f"{where}: text not literal and not made by dashboard.safe.md")
    for node in ast.walk(ast.parse(source)):  # md()/html() called as plain functions too
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("md", "html")
            and node.args
            and not _literal(node.args[0])
        ):
            out.append(f"{filename}:{node.lineno} {node.func.id}: the template must be the code's own literal text")
    return out


@pytest.mark.parametrize("path", APP_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_app_code_sends_streamlit_only_literal_or_escaped_text(path):
    assert problems(path.read_text(encoding="utf-8"), path.name) == []


@pytest.mark.parametrize(
    "snippet",
    [
        "st.error(f'No article {aid}')",
        "st.warning(message)",
        "col.button(place.name)",
        "st.sidebar.caption('x' + title)",
        "st.html(text)",
        "st.html(f'<b>{name}</b>')",
        "st.selectbox(label, options)",
        "st.text_input('Title', help=note)",
        "st.tabs(['Map', name])",
        "st.markdown(md(template, value))",
        "st.sidebar.write(article.title)",
        "st.columns(2)[0].caption(name)",
        "st.markdown(md_join([x]), unsafe_allow_html=True) or st.markdown(html_text)",
    ],
)
def test_the_rule_catches_unescaped_text(snippet):
    assert problems(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        "st.error('Fixed text')",
        "st.error(md('No article {}', aid))",
        "col.button(md('＋ {}', name), key='k')",
        "st.html(html('<b>{}</b>', name))",
        "st.html(html_join(parts))",
        "bar.progress(0.5, text=md('{} done', n))",
        "st.tabs(['Map', md('{}', name)])",
        "st.code(anything)",
        "st.dataframe(rows)",
        "out.write(line)",
    ],
)
def test_the_rule_lets_literal_and_escaped_text_through(snippet):
    assert problems(snippet) == []


HOSTILE = [
    "![x](http://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    ":red[alarm] $x^2$ **bold**",
    "[link](javascript:alert(1))",
    "line\n# heading\n- item",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_md_leaves_no_markup_and_html_no_tag(value):
    out = md("Article {} has {:,} places", value, 1234)
    assert isinstance(out, Md) and out.startswith("Article ") and out.endswith(" has 1,234 places")
    escaped = out[len("Article ") : -len(" has 1,234 places")]
    # every character Markdown or Streamlit would read is preceded by a backslash, and no line break is left
    assert re.search(r"(?<!\\)[<>\[\]()!*_$:`#]", escaped.replace("\\\\", "")) is None, escaped
    assert "\n" not in out
    h = html("<b>{}</b>", value)
    assert isinstance(h, Html) and "<img" not in h and "<script" not in h and h.startswith("<b>")


def test_joins_refuse_pieces_not_made_by_the_helpers():
    assert html_join([html("<i>{}</i>", "<x>"), html("{}", "&")]) == "<i>&lt;x&gt;</i>&amp;"
    assert md_join([md("{}", "*a*"), md("b")], " ") == "\\*a\\* b"
    with pytest.raises(TypeError):
        html_join([html("ok"), "<b>raw</b>"])
    with pytest.raises(TypeError):
        md_join(["**raw**"])


def test_cell_shows_control_characters_and_caps_length():
    assert cell("a\x1b[31mred\r\nb") == "a\\x1b[31mred b"
    assert len(cell("x" * 1000, 50)) == 50 and cell(None) == ""
