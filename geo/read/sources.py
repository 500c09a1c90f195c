"""Inputs of an ingest: files and folders in, ``Item`` records (or ``Failure`` records) out.

Reading happens in two steps so that the expensive one can run on any worker:

1. ``scan(paths)`` walks the inputs in a stable order and yields a small ``Ref`` per article: one per
   ``.txt``/``.md``/``.html``/``.htm`` file (read later, where it is parsed) and one per record of a
   ``.jsonl`` or ``.csv`` file or entry of an RSS/Atom feed (``.rss``, ``.atom``, ``.xml``). JSONL and
   CSV files are streamed line by line, so they have no size limit; each record has the 5 MiB cap.
2. ``load(ref)`` turns a ``Ref`` into an ``Item``: the ``Article`` with its id, date, source, url and
   language, the origin it came from, and a content hash; or a ``Failure`` naming the origin and why.

Ids: a record's ``id`` field when it has one, else a slug of the file's path relative to the folder
given (``news/a/index.html`` -> ``a-index``), with ``-N`` (line, row or entry number) for records.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import msgspec

from geo.core.errors import ArticleError
from geo.core.records import Article
from geo.core.safe import printable
from geo.core.workers import can_fork, die_with_parent
from geo.read.articles import MAX_BYTES, TEXT_SUFFIXES, article_from_bytes, article_from_text, read_html, slugify
from geo.read.language import detect_language, is_foreign
from geo.read.meta import (
    PageMeta,
    date_from_filename,
    folder_metadata,
    host_of,
    html_metadata,
    parse_date,
)

RECORD_SUFFIXES = (".jsonl", ".csv")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + RECORD_SUFFIXES + FEED_SUFFIXES
RECORD_FIELDS = ("id", "title", "text", "html", "date", "source", "url")


class Ref(msgspec.Struct, frozen=True):
    """Where one article comes from, before it is read: cheap to make, to pickle and to send.

    ``kind`` is ``"file"`` (the file is read by ``load``) or ``"record"`` (``fields`` holds the
    record's values as read from a JSONL line, CSV row or feed entry). ``origin`` names the file,
    with ``#line=N``, ``#row=N`` or ``#entry=N`` for records. ``fields`` may also carry provenance
    from a folder's ``metadata.json``; ``folder`` is the fallback source.
    """

    kind: str
    origin: str
    path: str
    id: str
    fields: dict[str, str] = {}
    folder: str | None = None
    summary: bool = False


class Item(msgspec.Struct, frozen=True):
    """One article ready to parse: the record, where it came from and a hash of its text.

    ``summary`` marks a feed entry that carried only its summary; ``foreign`` an article confidently
    not in English, which is kept but not geoparsed.
    """

    article: Article
    origin: str
    hash: str
    summary: bool = False
    foreign: bool = False


class Failure(msgspec.Struct, frozen=True):
    """An input that could not be read, and why (one line)."""

    origin: str
    reason: str

    def message(self) -> str:
        """The one-line report: origin and reason, with control characters made visible."""
        return f"{printable(self.origin, 300)}: {self.reason}"


def content_hash(text: str) -> str:
    """Hash of an article's text (SHA-256, 128 bits in hex): equal texts are one article."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def path_id(relpath: str | Path) -> str:
    """An article id from a path relative to the folder given to ingest: folders joined by ``-``."""
    parts = Path(relpath).parts
    stem = parts[-1]
    for suffix in SUPPORTED_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return slugify("-".join((*parts[:-1], stem)))


# --------------------------------------------------------------------------------------------- scan


def _walk(folder: Path, errors: list[Failure] | None = None) -> Iterator[Path]:
    """Files under ``folder``, recursively, in a stable (sorted) order; hidden entries skipped.
    A sub-folder that cannot be listed is added to ``errors``."""

    def failed(exc: OSError) -> None:
        if errors is not None:
            errors.append(Failure(str(exc.filename or folder), f"cannot be read ({exc.strerror})"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def scan(paths: Iterable[str | Path]) -> Iterator[Ref | Failure]:
    """Every article the inputs hold, as ``Ref`` records, and a ``Failure`` for each input that
    cannot be read at all (missing path, unsupported file given by name, bad container).

    Parameters
    ----------
    paths : iterable of path
        Files and folders; a folder is scanned recursively for every supported kind of file
        (other files in it are left alone).
    """
    for raw in paths:
        path = Path(raw)
        walk_errors: list[Failure] = []
        if path.is_dir():
            root = path
            files: Iterable[Path] = _walk(path, walk_errors)
            explicit = False
        elif path.exists():
            root, files, explicit = path.parent, (path,), True
        else:
            yield Failure(str(path), "no such file or folder")
            continue
        metadata: dict[Path, dict] = {}
        for file in files:
            while walk_errors:
                yield walk_errors.pop(0)
            suffix = file.suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                if explicit:
                    yield Failure(
                        str(file), f"unsupported kind of file (expected one of {', '.join(SUPPORTED_SUFFIXES)})"
                    )
                continue
            rel = file.relative_to(root)
            folder = file.parent.resolve().name or None
            origin = str(file.resolve())
            if suffix in TEXT_SUFFIXES:
                if file.parent not in metadata:
                    try:
                        metadata[file.parent] = folder_metadata(file.parent)
                    except ArticleError as exc:
                        yield Failure(str(file.parent), str(exc).split(": ", 1)[-1])
                        metadata[file.parent] = {}
                fields = {k: v for k, v in metadata[file.parent].get(file.name, {}).items() if v}
                yield Ref("file", origin, origin, path_id(rel), fields, folder)
            elif suffix == ".jsonl":
                yield from _scan_jsonl(file, origin, path_id(rel), folder)
            elif suffix == ".csv":
                yield from _scan_csv(file, origin, path_id(rel), folder)
            else:
                yield from _scan_feed(file, origin, path_id(rel), folder)
        yield from walk_errors


def count_articles(paths: Iterable[str | Path]) -> int:
    """About how many articles the inputs hold, cheaply (files counted, lines of JSONL and CSV
    files counted, feed items guessed from their tags): the total of a progress bar."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = _walk(path) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            suffix = file.suffix.lower()
            if suffix in TEXT_SUFFIXES:
                total += 1
            elif suffix in RECORD_SUFFIXES or suffix in FEED_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        n = 0
                        for chunk in iter(lambda: handle.read(1 << 20), b""):
                            n += (
                                chunk.count(b"\n")
                                if suffix in RECORD_SUFFIXES
                                else chunk.count(b"<item") + chunk.count(b"<entry")
                            )
                except OSError:
                    continue
                total += max(0, n - (suffix == ".csv"))
    return total


def _clean_fields(values: dict, where: str) -> dict[str, str]:
    """The known fields of a record as text; numbers become text, other values are an error."""
    out: dict[str, str] = {}
    for key in RECORD_FIELDS:
        value = values.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ArticleError(f"{where}: field {key!r} is not text")
        out[key] = str(value).strip() if key != "text" and key != "html" else str(value)
    if not out.get("text", "").strip() and not out.get("html", "").strip():
        raise ArticleError(f"{where}: no 'text' or 'html' field with content")
    size = len(out.get("text", out.get("html", "")).encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise ArticleError(f"{where}: too large ({size:,} bytes; the limit is {MAX_BYTES:,} bytes)")
    return out


def _record_ref(
    origin: str, path: Path, base_id: str, n: int, fields: dict[str, str], folder: str | None, summary: bool = False
) -> Ref:
    return Ref("record", origin, str(path.resolve()), fields.get("id") or f"{base_id}-{n}", fields, folder, summary)


def _scan_jsonl(path: Path, origin: str, base_id: str, folder: str | None) -> Iterator[Ref | Failure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(origin, f"cannot be read ({exc.strerror})")
        return
    with handle:
        n = 0
        while True:
            try:
                line = handle.readline(MAX_BYTES + 2)
            except OSError as exc:
                yield Failure(origin, f"cannot be read ({exc.strerror})")
                return
            if not line:
                return
            n += 1
            where = f"{origin}#line={n}"
            if len(line.rstrip(b"\r\n")) > MAX_BYTES:
                while line and not line.endswith(b"\n"):  # skip the rest of the line, never kept
                    line = handle.readline(1 << 20)
                yield Failure(where, f"line too large (the limit is {MAX_BYTES:,} bytes)")
                continue
            if not line.strip():
                continue
            try:
                value = json.loads(line.decode("utf-8-sig"))
            except UnicodeDecodeError as exc:
                yield Failure(where, f"not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            except json.JSONDecodeError as exc:
                yield Failure(where, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(value, dict):
                yield Failure(where, f"expected a JSON object, instead got {type(value).__name__}")
                continue
            try:
                fields = _clean_fields(value, where)
            except ArticleError as exc:
                yield Failure(where, str(exc).split(": ", 1)[-1])
                continue
            yield _record_ref(where, path, base_id, n, fields, folder)


def _scan_csv(path: Path, origin: str, base_id: str, folder: str | None) -> Iterator[Ref | Failure]:
    csv.field_size_limit(MAX_BYTES + 1)
    try:
        handle = path.open("r", encoding="utf-8-sig", newline="", errors="strict")
    except OSError as exc:
        yield Failure(origin, f"cannot be read ({exc.strerror})")
        return
    with handle:
        try:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                yield Failure(origin, "empty CSV file (expected a header with a 'text' or 'html' column)")
                return
            names = [h.strip().lower() for h in header]
            if "text" not in names and "html" not in names:
                shown = ", ".join(printable(h, 30) for h in header[:12])
                yield Failure(origin, f"no 'text' or 'html' column (columns: {shown})")
                return
            n = 0
            for row in reader:
                n += 1
                where = f"{origin}#row={n}"
                if not any(cell.strip() for cell in row):
                    continue
                values = {
                    name: cell for name, cell in zip(names, row, strict=False) if name in RECORD_FIELDS and cell != ""
                }
                try:
                    fields = _clean_fields(values, where)
                except ArticleError as exc:
                    yield Failure(where, str(exc).split(": ", 1)[-1])
                    continue
                yield _record_ref(where, path, base_id, n, fields, folder)
        except UnicodeDecodeError as exc:
            yield Failure(origin, f"not UTF-8 ({exc.reason}); the rows after that point were not read")
        except csv.Error as exc:
            yield Failure(origin, f"not a readable CSV file ({exc})")
        except OSError as exc:
            yield Failure(origin, f"cannot be read ({exc.strerror})")


def _scan_feed(path: Path, origin: str, base_id: str, folder: str | None) -> Iterator[Ref | Failure]:
    import feedparser

    try:
        if path.stat().st_size > 8 * MAX_BYTES:
            yield Failure(origin, f"feed too large (the limit is {8 * MAX_BYTES:,} bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(origin, f"cannot be read ({exc.strerror})")
        return
    feed = feedparser.parse(data)
    if not feed.get("version") and not feed.entries:
        reason = feed.get("bozo_exception")
        detail = f" ({printable(str(reason).splitlines()[0], 120)})" if reason else ""
        yield Failure(origin, f"not an RSS or Atom feed{detail}")
        return
    feed_title = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, 1):
        where = f"{origin}#entry={n}"
        summary = False
        body, body_type = "", ""
        if entry.get("content"):
            body = entry.content[0].get("value") or ""
            body_type = entry.content[0].get("type") or ""
        if not body.strip():
            body = entry.get("summary") or ""
            body_type = (entry.get("summary_detail") or {}).get("type") or "text/html"
            summary = True
        values = {
            "id": entry.get("id") or entry.get("link"),
            "title": entry.get("title"),
            "url": entry.get("link"),
            "source": feed_title or host_of(entry.get("link")),
        }
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            values["date"] = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        else:
            values["date"] = entry.get("published") or entry.get("updated")
        values["html" if "html" in body_type else "text"] = body
        try:
            fields = _clean_fields(values, where)
        except ArticleError as exc:
            yield Failure(where, str(exc).split(": ", 1)[-1])
            continue
        yield _record_ref(where, path, base_id, n, fields, folder, summary)


# --------------------------------------------------------------------------------------------- load


def load(ref: Ref) -> Item | Failure:
    """Read one article: its text, title, id, date, source, url and language.

    A date that cannot be read is stored as unknown with a warning; a text confidently not in
    English is kept and flagged (``foreign``) with a warning. Never raises for bad input.
    """
    try:
        return _load(ref)
    except ArticleError as exc:
        reason = str(exc)
        prefix = f"{Path(ref.path).name}: "
        return Failure(ref.origin, reason.removeprefix(prefix))


def _load(ref: Ref) -> Item:
    fields = ref.fields
    meta: PageMeta = {"date": None, "sitename": None, "url": None}
    if ref.kind == "file":
        path = Path(ref.path)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ArticleError(f"too large ({size:,} bytes; the limit is {MAX_BYTES:,} bytes)")
            data = path.read_bytes()
        except FileNotFoundError:
            raise ArticleError("no such file") from None
        except OSError as exc:
            raise ArticleError(f"cannot be read ({exc.strerror})") from None
        article = article_from_bytes(path.name, data, path=ref.path)
        if path.suffix.lower() in (".html", ".htm"):
            meta = html_metadata(data.decode("utf-8", "replace"))
        name_date = date_from_filename(path.name)
    else:
        html_warnings: tuple[str, ...] = ()
        if fields.get("text", "").strip():
            text, title = fields["text"], fields.get("title")
        else:
            text, html_title, html_warnings = read_html(fields["html"], ref.origin)
            title = fields.get("title") or html_title
            meta = html_metadata(fields["html"])
        article = article_from_text(text, article_id=ref.id, title=title, path=ref.path, warnings=html_warnings)
        name_date = None
    warnings = list(article.warnings)
    date = None
    if fields.get("date"):
        try:
            date = parse_date(fields["date"])
        except ArticleError as exc:
            warnings.append(f"{ref.origin}: {exc}; stored as unknown.")
    elif meta.get("date"):
        date = meta["date"]
    else:
        date = name_date
    url = fields.get("url") or meta.get("url") or None
    source = fields.get("source") or meta.get("sitename") or host_of(url) or ref.folder
    language, confidence = detect_language(article.text)
    foreign = is_foreign(language, confidence)
    if foreign:
        warnings.append(f"{ref.origin}: written in {language!r}, not English: kept but not geoparsed.")
    if ref.summary:
        warnings.append(f"{ref.origin}: the feed gives only a summary of this article.")
    article = msgspec.structs.replace(
        article,
        id=ref.id,
        date=date,
        source=source,
        url=url,
        language=language or article.language,
        warnings=tuple(warnings),
    )
    return Item(article, ref.origin, content_hash(article.text), ref.summary, foreign)


def file_ref(path: str | Path) -> Ref:
    """The ``Ref`` of one article file named on its own: id from its name, provenance from the
    ``metadata.json`` beside it (unreadable metadata is ignored here), the folder as fallback source."""
    p = Path(path)
    try:
        fields = {k: v for k, v in folder_metadata(p.parent).get(p.name, {}).items() if v}
    except ArticleError:
        fields = {}
    origin = str(p.resolve()) if p.exists() else str(p)
    return Ref("file", origin, origin, slugify(p.name), fields, p.parent.resolve().name or None)


def read_items(paths: Iterable[str | Path]) -> Iterator[Item | Failure]:
    """``scan`` then ``load`` every article, in order, in this process."""
    for ref in scan(paths):
        yield ref if isinstance(ref, Failure) else load(ref)


BACKGROUND_MIN_FILES = 16
"""Fewer files than this are read in the calling process: forking costs more than they do."""


def _load_files(paths: list[str]) -> list[Item | Failure]:
    return [load(file_ref(p)) for p in paths]


def _load_files_in_child(paths: list[str], parent_pid: int) -> list[Item | Failure]:
    die_with_parent(parent_pid)
    return _load_files(paths)


def load_files_later(paths: Iterable[str | Path]) -> Callable[[], list[Item | Failure]]:
    """Start reading article files (``load(file_ref(path))`` each) and return a function that waits for
    them, in order.

    Many files are read in one forked process while the caller goes on (``geo parse`` loads the
    model and gazetteer meanwhile: reading, language detection and junk marking take about as long,
    and the second core would otherwise idle). Few files, or a platform or thread that cannot fork,
    are read at once in this process.
    """
    names = [str(p) for p in paths]
    if len(names) < BACKGROUND_MIN_FILES or not can_fork():
        done = _load_files(names)
        return lambda: done
    import concurrent.futures
    import multiprocessing

    pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(_load_files_in_child, names, os.getpid())

    def wait() -> list[Item | Failure]:
        try:
            return future.result()
        finally:
            pool.shutdown()

    return wait
