"""Reading articles: files and bytes in, ``Article`` records out.

This is the only module that reads article files. It decodes text (UTF-8, UTF-8 with BOM, then
cp1252 with a warning), extracts the text of HTML pages with trafilatura, picks a title and marks
the page-junk regions (polls, calls to action, copyright and image-credit lines, donation asks)
where no place is looked for. Junk is marked, never cut: offsets keep indexing the article's text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from geo.core.errors import ArticleError
from geo.core.sentences import sentence_spans
from geo.core.records import Article

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
    if text.isascii():  # counted in C for ASCII text, the usual case
        upper, lower = len(re.findall(r"[A-Z]", text)), len(re.findall(r"[a-z]", text))
    else:
        upper = sum(1 for ch in text if ch.isupper())
        lower = sum(1 for ch in text if ch.islower())
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
        strong = (bool(_STRONG_JUNK.search(line)) or _SEPARATOR.match(line) is not None
                  or (not shouted and _is_shouting(line)))
        notice = _COPYRIGHT.search(line) or _CREDIT.match(line)
        if strong and notice and n_words > 40:
            # A wire story that arrives as one long line with its credit or copyright: the notice's
            # sentences are junk, the story is not.
            parts.extend(_notice_sentences(text, start, end))
            flags.append(False)
        elif (strong and not notice and n_words > 10 and _PROSE_END.search(line) and not _CALL.match(line)
              and not _is_shouting(line)):
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
    lines = [span for span, flag in zip(spans, flags) if flag is True and span[1] > span[0]]
    return tuple(sorted(lines + parts))


_PROSE_END = re.compile(r"[.!?]['\"”’)]*\s*$")
# A call to action opens with its verb: "Sign up for ...", "Donate now", "Click here".
_CALL = re.compile(r"\s*(sign|subscribe|donate|click|tap|follow|join|share|read|log|register|support|get|leave|send)\b",
                   re.IGNORECASE)


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
        first = sentence_spans(line)
        if first and first[0][1] < len(line) and first[0][1] < limit * 2:
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


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 (BOM or not), else cp1252 with a warning.

    Raises
    ------
    ArticleError
        When the data is binary or decodes in neither encoding.
    """
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


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page, via trafilatura; scripts, menus and footers dropped.

    Falls back to the page's visible text (tags stripped) when trafilatura finds no main content.
    """
    import trafilatura  # imported here: only HTML needs it, and it is slow to import

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    title = None
    try:
        meta = trafilatura.extract_metadata(html)
        title = meta.title if meta is not None else None
    except Exception:  # noqa: BLE001 - metadata is optional; a malformed page still yields its text
        title = None
    if not text.strip():
        import lxml.html

        try:
            tree = lxml.html.fromstring(html)
            for bad in tree.xpath("//script|//style|//noscript"):
                bad.drop_tree()
            text = "\n".join(s.strip() for s in tree.itertext() if s.strip())
        except (ValueError, lxml.etree.ParserError):
            text = ""
    return text, title


def article_from_text(
    text: str, article_id: str | None = None, title: str | None = None, path: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Build an ``Article`` from decoded text: junk regions, title and id."""
    junk = find_junk(text)
    return Article(
        id=article_id or text_id(text),
        title=(title or "").strip() or make_title(text, junk),
        text=text,
        path=path,
        junk=junk,
        warnings=warnings,
    )


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
        text, title = html_to_text(text)
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
