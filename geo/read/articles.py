"""Reading articles: files and bytes in, ``Article`` records out.

This is the only module that reads article files. It decodes text (UTF-16/32 by their byte-order
mark, UTF-8 with or without one, then cp1252 with a warning), extracts the text of HTML pages with
trafilatura (falling back, with a warning, to the page's whole visible text when extraction loses
it), picks a title and marks the page-junk regions (polls, calls to action, copyright and
image-credit lines, donation asks) where no place is looked for. Junk is marked, never cut: offsets
keep indexing the article's text. Lone surrogates, which no encoding can write, are replaced by
U+FFFD one for one, so offsets stay valid and nothing downstream raises ``UnicodeEncodeError``.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

import msgspec

from geo.core.errors import ArticleError
from geo.core.records import Article
from geo.core.sentences import sentence_spans

MAX_BYTES = 5 * 1024 * 1024
"""Largest article accepted, in bytes (5 MiB: about 800,000 words, far beyond any news article)."""

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

# --- junk rules ------------------------------------------------------------------------------
# Each rule describes a kind of page furniture in general terms; none is copied from a sample.
_STRONG_JUNK = re.compile(
    r"""
    ^\s*(©|\(c\)\s|copyright\b)                                   # copyright notices
    | \ball\ rights\ reserved\b
    | ^\s*\(?\s*(image|photo|picture|video|graphic)s?\s*(source|credit|courtesy)s?\s*:  # credits
    | ^\s*(advertisement|sponsored(\ content)?|related(\ articles?|\ stories)?:?|read\ more:?)\s*$
    | \b(un)?subscri(be|bes|bed|bing|ber|bers|ption)\b            # subscription asks
    | \bnewsletters?\b
    | \bhome\s?page\b | \bbookmark(s|ed)?\b
    | \b(click|tap)\ (here|below)\b | \bsign\ (up|in)\b | \blog\ ?in\b
    | \bcookies?\ (policy|settings|consent)\b | \bprivacy\ policy\b | \bterms\ of\ (use|service)\b
    | \b(leave|leaving|send|sending)\ (us\ )?a\ tip\b | \bdonat(e|ion)s?\b
    | \bjoin\ the\ (conversation|discussion)\b | \bcomments?\ (section|below)\b
    | \bfollow\ us\b | \bshare\ (this|on)\b
    | \b(required|mandatory)\ fields?\b | \bvalidation\ purposes\b | \bleft\ unchanged\b
    | \*\s*$                                                      # form field marker at line end
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SEPARATOR = re.compile(r"^\s*[-=*_~•·.]{2,}\s*$")
_COPYRIGHT = re.compile(r"^\s*(©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_CREDIT = re.compile(r"^\s*\(?\s*(image|photo|picture|video|graphic)s?\s*(source|credit|courtesy)s?\s*:", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _is_shouting(line: str) -> bool:
    """A call to action set in capitals ("TAP HERE"): two or more words and no lowercase letter."""
    words = _WORD.findall(line)
    return len(words) >= 2 and not any(ch.islower() for ch in line) and any(ch.isupper() for ch in line)


def _all_capitals(text: str) -> bool:
    """True for a text whose cased letters are nearly all capitals (at least 90 %)."""
    # ASCII letters counted in C; the few other characters one by one.
    upper, lower = len(re.findall(r"[A-Z]", text)), len(re.findall(r"[a-z]", text))
    if not text.isascii():
        other = re.findall(r"[^\x00-\x7f]", text)
        upper += sum(1 for ch in other if ch.isupper())
        lower += sum(1 for ch in other if ch.islower())
    return upper + lower > 0 and upper >= 0.9 * (upper + lower)


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without the line break."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        spans.append((pos, pos + len(stripped)))
        pos += len(line)
    return spans


def _short_question(line: str) -> bool:
    """A short line ending in a question mark: a poll or teaser when it stands among junk lines."""
    return line.rstrip().endswith("?") and len(line.split()) <= 12


def _is_stub(text: str, span: tuple[int, int]) -> bool:
    return len(text[span[0] : span[1]].split()) <= 4


def _next_flag(flags: list[bool | None], i: int) -> bool | None:
    return next((flags[j] for j in range(i + 1, len(flags)) if flags[j] is not None), None)


def find_junk(text: str) -> tuple[tuple[int, int], ...]:
    """Return the ``(start, end)`` regions of ``text`` that are page furniture, not article prose.

    A line is junk when it matches a strong rule (copyright, image credit, subscription, sign-up,
    donation or form-field wording, a call to action in capitals, a separator). Short questions
    and short lines standing between junk lines join them, since polls and teasers come in
    blocks. Long prose paragraphs are never junk by wording alone: a real sentence may mention a
    newsletter.

    Parameters
    ----------
    text : str
        The article text.

    Returns
    -------
    tuple of (int, int)
        Sorted, non-overlapping line regions.
    """
    spans = _line_spans(text)
    parts: list[tuple[int, int]] = []  # junk sentences inside long story lines
    # A text written all in capitals (telex, cables) shouts every line: capitals say nothing there.
    shouted = _all_capitals(text)
    flags: list[bool | None] = []  # True junk, False prose, None blank
    for start, end in spans:
        line = text[start:end]
        if not line.strip():
            flags.append(None)
            continue
        n_words = len(line.split())
        notice = _COPYRIGHT.search(line) or _CREDIT.match(line)
        if n_words > 40 and not notice:
            # Long prose is junk only with a notice in it (below): no wording rule to run.
            flags.append(False)
            continue
        strong = (
            bool(_STRONG_JUNK.search(line))
            or _SEPARATOR.match(line) is not None
            or (not shouted and _is_shouting(line))
        )
        if strong and notice and n_words > 40:
            # A wire story that arrives as one long line with its credit or copyright: the notice's
            # sentences are junk, the story is not.
            parts.extend(_notice_sentences(text, start, end))
            flags.append(False)
        elif (
            strong
            and not notice
            and n_words >= PROSE_MIN_WORDS
            and _PROSE_END.search(line)
            and not _CALL.match(line)
            and not _is_shouting(line)
        ):
            # "put out a call for donations to help pay for ventilators.": a sentence of the story
            # that uses a word of page furniture is prose.
            flags.append(False)
        # Wording rules only apply to short paragraphs: long prose may mention a newsletter.
        elif strong and (n_words <= 40 or notice):
            flags.append(True)
        else:
            flags.append(False)
    # Polls and teasers come in blocks: a short question next to junk, or a stub of a few words
    # between two junk lines, belongs to the block. A headline between a copyright line and an
    # image credit is longer than a stub and stays prose.
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(flags):
            if flags[i] is not False:
                i += 1
                continue
            line = text[spans[i][0] : spans[i][1]]
            prev = next((flags[j] for j in range(i - 1, -1, -1) if flags[j] is not None), None)
            if _short_question(line) and (prev is True or _next_flag(flags, i) is True):
                flags[i] = changed = True
                i += 1
                continue
            # A block of stubs ("Yes", "No", "Read more") between junk lines, or after junk at the end.
            j = i
            while j < len(flags) and (flags[j] is None or (flags[j] is False and _is_stub(text, spans[j]))):
                j += 1
            block = [k for k in range(i, j) if flags[k] is False]
            after = _next_flag(flags, j - 1) if j > i else None
            if block and prev is True and after in (True, None):
                for k in block:
                    flags[k] = True
                changed = True
            i = max(j, i + 1)
    lines = [span for span, flag in zip(spans, flags, strict=True) if flag is True and span[1] > span[0]]
    return tuple(sorted(lines + parts))


PROSE_MIN_WORDS = 6
"""A line of this many words that ends as a sentence and is no call to action is a sentence of the
story even with a word of page furniture in it: "Donations from Ohio were sent to Haiti." (the asks
are calls, "Donate now", or shorter, "Make a donation")."""
_PROSE_END = re.compile(r"[.!?]['\"”’)]*\s*$")
# A call to action opens with its verb: "Sign up for ...", "Donate now", "Click here".
_CALL = re.compile(
    r"\s*(sign|subscribe|donate|click|tap|follow|join|share|read|log|register|support|get|leave|send)\b", re.IGNORECASE
)


def _notice_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a long line that are its credit or copyright notice: a credit opening the
    line; a copyright sentence and everything after it (the usual "may not be republished" tail)."""
    line = text[start:end]
    out = []
    sentences = sentence_spans(line)
    for k, (s, e) in enumerate(sentences):
        sentence = line[s:e]
        is_copyright = bool(_COPYRIGHT.search(sentence) or re.search(r"©|\bcopyright\b", sentence, re.IGNORECASE))
        if k == 0 and (_CREDIT.match(sentence) or is_copyright):
            out.append((start + s, start + e))  # a notice opening the line, then the story
        elif is_copyright:
            out.append((start + s, end))  # the notice closing the line, with its usual tail
            break
    return out


# --- titles ----------------------------------------------------------------------------------


def make_title(text: str, junk: tuple[tuple[int, int], ...] = (), limit: int = 160) -> str:
    """Return the article's title: its first real line, skipping junk, credits and copyright.

    A first line that is a whole paragraph (no separate headline) is cut to its first sentence,
    and to ``limit`` characters at a word boundary.
    """
    junk_starts = {start for start, _ in junk}
    for start, end in _line_spans(text):
        line = text[start:end].strip()
        if not line or start in junk_starts or _COPYRIGHT.search(line) or _CREDIT.match(line):
            continue
        if _SEPARATOR.match(line):
            continue
        # Only a first sentence shorter than ``limit * 2`` is used, and where it ends depends on
        # at most 20 characters after it: a megabyte-long first line is not split whole.
        head = line[: limit * 2 + 40]
        first = sentence_spans(head)
        if first and first[0][1] < len(head) and first[0][1] < limit * 2:
            line = line[: first[0][1]].rstrip()
        if len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            line = line[: cut if cut > 0 else limit].rstrip(",;: ") + "…"
        return line
    return "Untitled"


# --- ids and decoding ------------------------------------------------------------------------
def slugify(name: str) -> str:
    """Stable, URL-safe id from a file name: ``"Iran & Venezuela.txt"`` -> ``"iran-venezuela"``."""
    stem = name.rsplit("/", 1)[-1]
    for suffix in TEXT_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    ascii_name = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug:
        slug = "article-" + hashlib.sha1(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug


def text_id(text: str, prefix: str = "text") -> str:
    """Stable id for text without a file name (pasted text, stdin): a prefix and a content hash."""
    return f"{prefix}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


def _looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control characters in its first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


_BOMS = (
    # UTF-32 first: the UTF-32-LE mark begins with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def _decode_with_bom(data: bytes, name: str) -> tuple[str, tuple[str, ...]] | None:
    """Text of UTF-16/32 data that starts with its byte-order mark, or None without one.

    Undecodable units (a lone surrogate half, a truncated last unit) become U+FFFD with a warning.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), ()
            except UnicodeDecodeError as exc:
                return body.decode(codec, "replace"), (
                    f"{name}: not valid {label} ({exc.reason} at byte {exc.start + len(bom)}); "
                    "undecodable units replaced by U+FFFD.",
                )
    return None


def _looks_binary_text(text: str) -> bool:
    """``_looks_binary`` for decoded text: NUL or many control characters in its first 8192."""
    head = text[:8192]
    if not head:
        return False
    if "\x00" in head:
        return True
    controls = sum(1 for ch in head if ch < " " and ch not in "\t\n\f\r")
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-16/32 by their byte-order mark, UTF-8 (BOM or not), else cp1252
    with a warning.

    Raises
    ------
    ArticleError
        When the data is binary or decodes in none of these encodings.
    """
    by_bom = _decode_with_bom(data, name)
    if by_bom is not None:
        if _looks_binary_text(by_bom[0]):
            raise ArticleError(f"{name}: not a text file (binary content after a UTF-16/32 byte-order mark).")
        return by_bom
    if _looks_binary(data):
        raise ArticleError(f"{name}: not a text file (binary content).")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{name}: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor cp1252 ({exc.reason})."
        ) from None
    return text, (f"{name}: not valid UTF-8; decoded as cp1252.",)


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> tuple[str, int]:
    """``text`` with every code point that no UTF encoding can write (a lone surrogate, as a
    careless caller or ``surrogateescape`` leaves in a str) replaced by U+FFFD, one for one, so
    offsets into the original text stay valid; and how many were replaced."""
    if text.isascii():
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


# --- HTML ------------------------------------------------------------------------------------
HTML_PARSER_DEPTH = 255
"""Deepest nesting the HTML parser under trafilatura (libxml2) reads; elements below it are lost."""
HTML_FALLBACK_RATIO = 0.1
"""Extraction that keeps less than this share of a page's visible text lost it rather than cleaned
it (trafilatura drops menus, links and footers, rarely nine tenths of a page)."""
HTML_FALLBACK_MIN_CHARS = 2000
"""Visible text below which a small extraction is normal (a short story under a long menu)."""
HTML_EMPTY_MIN_CHARS = 1024
"""Markup at least this long that yields no text at all is refused rather than read as empty."""

_TAG_START = re.compile(r"<(?:(!--)|(/?)([A-Za-z][A-Za-z0-9:-]*)|[!?/])")
_RAW_TEXT = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "noscript", "template", "title")
}
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
    ]
)
# Elements that never nest (void) or whose end tag HTML lets the next sibling imply: not counted
# in the nesting depth, since pages leave them open.
_FLAT_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "option",
        "optgroup",
        "colgroup",
        "caption",
        "rb",
        "rt",
        "rp",
    ]
)


def _strip(html: str) -> tuple[str, int]:
    """Visible text by tag stripping (see ``strip_tags``) and the page's deepest element nesting."""
    import html as html_lib

    out: list[str] = []
    pos, n = 0, len(html)
    depth = max_depth = 0
    while pos < n:
        m = _TAG_START.search(html, pos)
        if m is None:
            out.append(html[pos:])
            break
        out.append(html[pos : m.start()])
        if m.group(1):  # a comment
            end = html.find("-->", m.end())
            pos = n if end == -1 else end + 3
            continue
        close = html.find(">", m.end())
        if close == -1:
            break
        pos = close + 1
        name = (m.group(3) or "").lower()
        if name in _BLOCK_TAGS:
            out.append("\n")
        if name and name not in _FLAT_TAGS and html[close - 1] != "/":
            depth = max(0, depth - 1) if m.group(2) else depth + 1
            max_depth = max(max_depth, depth)
        if name in _RAW_TEXT and not m.group(2) and html[close - 1] != "/":
            end_tag = _RAW_TEXT[name].search(html, pos)
            pos = n if end_tag is None else end_tag.end()
            depth = max(0, depth - 1)
    text = html_lib.unescape("".join(out))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line), max_depth


def strip_tags(html: str) -> str:
    """The visible text of an HTML page by plain tag stripping: no tree, so no depth limit.

    Comments and the content of script, style, noscript, template and title elements are dropped, block
    elements break lines, entities are decoded and white space is collapsed within each line.
    Linear in the page: each search starts where the previous one ended, and an unclosed tag or
    comment ends the text.
    """
    return _strip(html)[0]


def read_html(html: str, name: str = "<html>") -> tuple[str, str | None, tuple[str, ...]]:
    """Main text, title and warnings of an HTML page.

    The main text is trafilatura's (scripts, menus and footers dropped). When that loses text
    instead (the page nests deeper than ``HTML_PARSER_DEPTH``, or extraction keeps less than
    ``HTML_FALLBACK_RATIO`` of the visible text, or nothing), the page's whole visible text by plain
    tag stripping is used instead, with a warning.

    Raises
    ------
    ArticleError
        When ``HTML_EMPTY_MIN_CHARS`` or more of markup hold no text at all (one giant tag, a page
        of scripts): an empty article would pass for an article without places.
    """
    import trafilatura  # imported here: only HTML needs it, and it is slow to import

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    except (ValueError, RecursionError):  # a page trafilatura cannot take apart still has visible text
        text = ""
    title = None
    try:
        meta = trafilatura.extract_metadata(html)
        title = meta.title if meta is not None else None
    except Exception:
        title = None
    visible, depth = _strip(html)
    kept = len(text.strip())
    warning = None
    if not kept:
        if visible:
            warning = "HTML extraction found no main text"
    elif depth > HTML_PARSER_DEPTH and kept < len(visible):
        warning = (
            f"HTML nested {depth:,} deep (the parser reads {HTML_PARSER_DEPTH}); extraction kept "
            f"{kept:,} of {len(visible):,} characters of visible text"
        )
    elif kept < HTML_FALLBACK_RATIO * len(visible) and len(visible) >= HTML_FALLBACK_MIN_CHARS:
        warning = f"HTML extraction kept {kept:,} of {len(visible):,} characters of visible text"
    if warning:
        text = visible
    if not text.strip() and len(html) >= HTML_EMPTY_MIN_CHARS:
        raise ArticleError(f"{name}: no text in {len(html):,} characters of HTML (one giant tag, or only scripts?).")
    warnings = (f"{name}: {warning}; used the page's whole visible text (tags stripped) instead.",) if warning else ()
    return text, title, warnings


def article_from_text(
    text: str,
    article_id: str | None = None,
    title: str | None = None,
    path: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Build an ``Article`` from decoded text: junk regions, title and id.

    Code points no encoding can write (lone surrogates) in the text, id, title or path are replaced
    by U+FFFD one for one, with a warning, so nothing downstream raises ``UnicodeEncodeError`` and
    offsets into ``text`` stay valid.
    """
    text, bad = encodable(text)
    if bad:
        where = path or article_id or "text"
        warnings = (
            *warnings,
            f"{encodable(where)[0]}: {bad:,} unencodable code points (lone surrogates) replaced by U+FFFD.",
        )
    article_id = encodable(article_id)[0] if article_id else article_id
    title = encodable(title)[0] if title else title
    path = encodable(path)[0] if path else path
    junk = find_junk(text)
    return Article(
        id=article_id or text_id(text),
        title=(title or "").strip() or make_title(text, junk),
        text=text,
        path=path,
        junk=junk,
        warnings=warnings,
    )


def encodable_article(article: Article) -> Article:
    """``article`` with lone surrogates in any of its strings replaced by U+FFFD (see ``encodable``),
    for articles built without ``article_from_text``; the same record when there are none."""
    changes: dict[str, object] = {}
    in_text = 0
    for name in ("id", "title", "text", "path", "url", "source", "language"):
        value = getattr(article, name)
        clean, bad = encodable(value) if value else (value, 0)
        if bad:
            changes[name] = clean
            in_text = bad if name == "text" else in_text
    if not changes:
        return article
    if in_text:
        where = encodable(article.path or article.id)[0]
        changes["warnings"] = (
            *article.warnings,
            f"{where}: {in_text:,} unencodable code points (lone surrogates) replaced by U+FFFD.",
        )
    return msgspec.structs.replace(article, **changes)


def article_from_bytes(name: str, data: bytes, path: str | None = None) -> Article:
    """Build an ``Article`` from a file's bytes; ``name`` gives the id and the format (by suffix).

    Raises
    ------
    ArticleError
        When the data is too large, binary or undecodable.
    """
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,} bytes).")
    text, warnings = decode_bytes(data, name)
    title = None
    if name.lower().endswith((".html", ".htm")) or (
        not name.lower().endswith((".txt", ".md")) and re.match(r"\s*(<!doctype html|<html)", text[:200], re.I)
    ):
        text, title, html_warnings = read_html(text, name)
        warnings = (*warnings, *html_warnings)
    return article_from_text(text, article_id=slugify(name), title=title, path=path, warnings=warnings)


def read_article(path: str | Path) -> Article:
    """Read one article file (.txt, .md, .html).

    Raises
    ------
    ArticleError
        When the file is missing, not a regular file, too large, binary or undecodable.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{p}: no such file.") from None
    except OSError as exc:
        raise ArticleError(f"{p}: cannot be read ({exc.strerror}).") from None
    if not p.is_file():
        raise ArticleError(f"{p}: not a regular file.")
    if size > MAX_BYTES:
        raise ArticleError(f"{p}: too large ({size:,} bytes; the limit is {MAX_BYTES:,} bytes).")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{p}: cannot be read ({exc.strerror}).") from None
    return article_from_bytes(p.name, data, path=str(p))


def list_article_files(directory: str | Path) -> list[Path]:
    """Article files in a directory (by suffix), sorted by name for stable order."""
    d = Path(directory)
    return sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
