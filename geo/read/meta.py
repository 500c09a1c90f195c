"""An article's provenance: publication date, source (outlet) and URL, from what the input shows.

Publication date: the record's own field, else the HTML page's metadata (htmldate, metadata only:
never a date guessed from the running text), else a date in the file name, else unknown. Never the
time the file was read. Source: the record's field, else the site name in the HTML metadata or the
URL's host, else the folder name. A folder may carry a ``metadata.json`` beside its articles that
gives these values per file name (the bundled samples do).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import json
import re
from pathlib import Path
from typing import TypedDict
from urllib.parse import urlsplit

from geo.core.errors import ArticleError

METADATA_FILE = "metadata.json"
"""Per-folder provenance of article files: ``{"files": {"name.txt": {"date", "source", "url"}}}``."""

EARLIEST = dt.date(1800, 1, 1)
_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def _plausible(day: dt.date) -> dt.date | None:
    """The date if it could be a publication date (not before 1800, not after tomorrow)."""
    return day if EARLIEST <= day <= dt.date.today() + dt.timedelta(days=1) else None


def parse_date(value: object) -> dt.date | None:
    """A publication date from a record field: ISO 8601 (date or date-time), RFC 2822 (feeds,
    e-mail) or a spelled-out English date ("March 5, 2024", "5 Mar 2024").

    Raises
    ------
    ArticleError
        When the value is not empty and cannot be read as a plausible date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = _plausible(value)
        if day is None:
            raise ArticleError(f"date {value.isoformat()!r} is not a plausible publication date")
        return day
    text = str(value).strip()
    candidates: list[dt.date] = []
    iso = re.match(r"(\d{4}-\d\d-\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$", text)
    if iso:
        with contextlib.suppress(ValueError):
            candidates.append(dt.date.fromisoformat(iso.group(1)))
    if not candidates:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
            candidates.append(parsed.date())
        except (TypeError, ValueError, IndexError):
            pass
    for fmt in _FORMATS if not candidates else ():
        try:
            candidates.append(dt.datetime.strptime(text, fmt).date())
            break
        except ValueError:
            continue
    day = _plausible(candidates[0]) if candidates else None
    if day is None:
        raise ArticleError(f"date {text[:40]!r} cannot be read (expected YYYY-MM-DD)")
    return day


def date_from_filename(name: str) -> dt.date | None:
    """A date written in a file name (``2024-03-05-storm.txt``, ``storm_20240305.html``), or None."""
    for match in _FILENAME_DATE.finditer(Path(name).name):
        try:
            day = _plausible(dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            continue
        if day is not None:
            return day
    return None


def host_of(url: str | None) -> str | None:
    """The host of a URL without ``www.`` (``https://www.bbc.co.uk/news`` -> ``bbc.co.uk``), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


class PageMeta(TypedDict):
    """What a page's metadata declares: publication date, site name, canonical URL (None when not)."""

    date: dt.date | None
    sitename: str | None
    url: str | None


def html_metadata(html: str) -> PageMeta:
    """Date, site name and canonical URL a page declares in its metadata (each may be None).

    The date comes from htmldate reading the page's metadata only (``extensive_search=False``), so
    a date in the running text or the page's copyright year is never taken for the publication date.
    """
    import htmldate  # imported here: only HTML pages need it
    import trafilatura

    out: PageMeta = {"date": None, "sitename": None, "url": None}
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True)
        out["date"] = _plausible(dt.date.fromisoformat(found)) if found else None
    except (ValueError, TypeError):
        out["date"] = None
    try:
        meta = trafilatura.extract_metadata(html)
    except Exception:
        meta = None
    if meta is not None:
        out["sitename"] = (meta.sitename or "").strip() or None
        out["url"] = (meta.url or "").strip() or None
    return out


def folder_metadata(folder: Path) -> dict[str, dict[str, str | None]]:
    """The ``metadata.json`` of a folder: file name -> ``{"date", "source", "url"}`` (empty when absent).

    Raises
    ------
    ArticleError
        When the file exists but is not the expected JSON.
    """
    path = folder / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        files = doc["files"]
        if not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values()):
            raise TypeError("'files' is not an object of objects")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ArticleError(f'{path}: not a metadata file ({exc}); expected {{"files": {{name: {{...}}}}}}') from None
    return {str(name): {k: v.get(k) for k in ("date", "source", "url")} for name, v in files.items()}
