"""Loading the bundled gazetteer from data/ (the only I/O for it) and looking names up in it.

The built file (``data/gazetteer.tsv.gz``, written by ``geo.gazetteer.build``) is gzip'd UTF-8
text in five blocks, one item per line:

1. a header ``H version source n_places n_keys max_name_tokens`` (tab-separated);
2. ``n_places`` place ids, sorted;
3. ``n_places`` place rows in the same order: ``name type country_code lat lon geonameid population
   admin1 feature_code`` (geonameid left empty when the id is ``gn:<geonameid>``);
4. ``n_keys`` lookup keys, already passed through :func:`normalize_name`, sorted;
5. ``n_keys`` posting lines, one per key in the same order: ``row:kind,row:kind...`` where ``row``
   is the place's row number and ``kind`` a one-letter code (n name, b abbrev, a alias, d demonym).

Loading is one decompression and one ``str.split``: ids and keys are found by binary search over
their sorted blocks, and rows and postings stay raw strings until asked for. Turning 240,000 rows
into ``Place`` records and 600,000 keys into a dict up front would cost seconds, while a geoparser
only ever looks at a few hundred of them per article. Records are made on first use and remembered.
"""

from __future__ import annotations

import bisect
import functools
import os
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geo.core.errors import GazetteerError
from geo.core.paths import GAZETTEER_PATH
from geo.core.records import Place

FORMAT_VERSION = "1"
DEFAULT_PATH = GAZETTEER_PATH
NAME_KINDS = ("name", "abbrev", "alias", "demonym")
_KIND_CODES = {"n": "name", "b": "abbrev", "a": "alias", "d": "demonym"}
KIND_CODE = {kind: code for code, kind in _KIND_CODES.items()}

# Letters NFKD leaves whole (they are not "letter + combining mark"), folded the way an English
# reader would type them, so "Tromsø" and "Łódź" meet their ASCII spellings.
_LETTER_FOLDS = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
}
_PUNCT = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u02bb": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    ".": "",
    "-": " ",
    "\u2010": " ",
    "\u2011": " ",
    "\u2012": " ",
    "\u2013": " ",
    "\u2014": " ",
    "\u00a0": " ",
}
_TABLE = str.maketrans({**_LETTER_FOLDS, **_PUNCT})


def normalize_name(name: str) -> str:
    """Return the lookup key of a place name.

    NFKD with combining marks dropped, casefolded, curly quotes made straight, dots dropped,
    hyphens and dashes made spaces, whitespace collapsed and a leading "the " stripped.

    Parameters
    ----------
    name : str
        A place name as written ("U.S.", "São Paulo", "the Islamic Republic").

    Returns
    -------
    str
        The key ("us", "sao paulo", "islamic republic"); "" for a blank name.
    """
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(name.casefold().translate(_TABLE).split())
    if key.startswith("the "):
        key = key[4:]
    return key


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One way a name leads to a place.

    Parameters
    ----------
    place_id : str
        Id of the place (``Gazetteer.place(place_id)``).
    kind : str
        ``"name"`` (the place's primary name), ``"abbrev"`` (U.S., Calif.), ``"alias"`` (an
        alternate or curated name) or ``"demonym"`` (Iranian, Texans).
    """

    place_id: str
    kind: str


class Gazetteer:
    """Places and a normalized-name index over them, read from one built file.

    Use :func:`load_gazetteer` rather than the constructor: it caches the loaded gazetteer per path.

    Attributes
    ----------
    path : pathlib.Path
        The file it was read from.
    source : str
        Provenance of the data (packages and versions the file was built from).
    version : str
        Format version of the file.
    max_name_tokens : int
        Number of whitespace tokens in the longest lookup key, so a matcher knows its window.
    """

    def __init__(self, path: Path, source: str, max_name_tokens: int, lines: list[str], n_places: int, n_keys: int):
        self.path = path
        self.source = source
        self.version = FORMAT_VERSION
        self.max_name_tokens = max_name_tokens
        self._lines = lines
        self._n = n_places
        self._k = n_keys
        # Offsets of the blocks inside ``lines``: ids, rows, keys, postings.
        self._ids0 = 1
        self._rows0 = 1 + n_places
        self._keys0 = 1 + 2 * n_places
        self._post0 = 1 + 2 * n_places + n_keys
        self._places: dict[int, Place] = {}
        self._entries: dict[str, tuple[NameEntry, ...]] = {}
        self._countries: dict[str, int] | None = None
        self._admin1: dict[tuple[str, str], int] | None = None

    def __len__(self) -> int:
        return self._n

    def __repr__(self) -> str:
        return f"Gazetteer({self._n} places, {self._k} names, from {str(self.path)!r})"

    def _row_of(self, place_id: str) -> int | None:
        lo, hi = self._ids0, self._ids0 + self._n
        i = bisect.bisect_left(self._lines, place_id, lo, hi)
        return i - lo if i < hi and self._lines[i] == place_id else None

    def _place_at(self, row: int) -> Place:
        place = self._places.get(row)
        if place is None:
            place = _parse_place(self._lines[self._ids0 + row], self._lines[self._rows0 + row])
            self._places[row] = place
        return place

    def get(self, place_id: str) -> Place | None:
        """Return the place with this id, or None when there is none."""
        row = self._row_of(place_id)
        return None if row is None else self._place_at(row)

    def place(self, place_id: str) -> Place:
        """Return the place with this id.

        Raises
        ------
        GazetteerError
            When no place has this id.
        """
        row = self._row_of(place_id)
        if row is None:
            raise GazetteerError(f"Expected a place id from the gazetteer, instead got: {place_id!r}.")
        return self._place_at(row)

    def lookup(self, name: str) -> tuple[NameEntry, ...]:
        """Return every entry whose normalized name equals ``normalize_name(name)``.

        Entries come in a fixed order: by population, largest first, then by kind (name, abbrev,
        alias, demonym), then by row. A place appears once per key, under its strongest kind.

        Parameters
        ----------
        name : str
            A name as written in text.

        Returns
        -------
        tuple of NameEntry
            Empty when the name is unknown.
        """
        key = normalize_name(name)
        cached = self._entries.get(key)
        if cached is not None:
            return cached
        lo, hi = self._keys0, self._keys0 + self._k
        i = bisect.bisect_left(self._lines, key, lo, hi)
        if not key or i >= hi or self._lines[i] != key:
            return ()
        entries = []
        for posting in self._lines[self._post0 + i - lo].split(","):
            row, code = posting.split(":")
            entries.append(NameEntry(self._lines[self._ids0 + int(row)], _KIND_CODES[code]))
        # Only hits are remembered, so the memo never outgrows the key block.
        self._entries[key] = found = tuple(entries)
        return found

    def candidates(self, name: str) -> tuple[tuple[NameEntry, Place], ...]:
        """Return ``lookup(name)`` with each entry's place, for a resolver that needs both."""
        return tuple((entry, self.place(entry.place_id)) for entry in self.lookup(name))

    def _build_code_index(self) -> None:
        countries: dict[str, int] = {}
        admin1: dict[tuple[str, str], int] = {}
        for row in range(self._n):
            text = self._lines[self._rows0 + row]
            if "\tcountry\t" in text or "\tadmin1\t" in text:
                fields = text.split("\t")
                if fields[1] == "country" and fields[2]:
                    countries.setdefault(fields[2], row)
                elif fields[1] == "admin1" and fields[2] and fields[7]:
                    admin1.setdefault((fields[2], fields[7]), row)
        self._countries, self._admin1 = countries, admin1

    def country(self, country_code: str) -> Place | None:
        """Return the country with this ISO alpha-2 code ("US", "IR"), or None."""
        if self._countries is None:
            self._build_code_index()
        assert self._countries is not None
        row = self._countries.get(country_code.upper())
        return None if row is None else self._place_at(row)

    def admin1(self, country_code: str, admin1_code: str) -> Place | None:
        """Return the first-level division with this GeoNames admin1 code (("US", "CA"), ("IN", "25")), or None."""
        if self._admin1 is None:
            self._build_code_index()
        assert self._admin1 is not None
        row = self._admin1.get((country_code.upper(), admin1_code))
        return None if row is None else self._place_at(row)

    def places_in(self, country_code: str) -> Iterator[Place]:
        """Yield every place whose country is ``country_code``; reads all rows, so it is slow."""
        code = country_code.upper()
        needle = f"\t{code}\t"
        for row in range(self._n):
            text = self._lines[self._rows0 + row]
            if needle in text and text.split("\t", 3)[2] == code:
                yield self._place_at(row)


def _parse_place(pid: str, row: str) -> Place:
    name, kind, cc, lat, lon, gnid, pop, admin1, fcode = row.split("\t")
    return Place(
        id=pid,
        name=name,
        type=kind,  # type: ignore[arg-type]  # the build writes only PLACE_TYPES
        country_code=cc or None,
        lat=float(lat),
        lon=float(lon),
        geonameid=int(gnid) if gnid else (int(pid[3:]) if pid.startswith("gn:") else None),
        population=int(pop) if pop else 0,
        admin1=admin1 or None,
        feature_code=fcode,
    )


def read_gazetteer(path: str | os.PathLike) -> Gazetteer:
    """Read a built gazetteer file, without caching (see :func:`load_gazetteer`).

    Parameters
    ----------
    path : str or os.PathLike
        A ``.tsv.gz`` file written by ``geo.gazetteer.build.build_gazetteer``.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        When the file is missing, not a gazetteer, or of another format version.
    """
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(
            f"Expected the gazetteer file at {str(path)!r}, instead found nothing there; "
            "run `python -m geo gazetteer build` to build it."
        )
    try:
        # zlib in one call is several times faster than reading through a GzipFile.
        text = zlib.decompress(path.read_bytes(), 31).decode("utf-8")
    except (OSError, zlib.error, UnicodeDecodeError) as exc:
        raise GazetteerError(
            f"Expected a gzip'd UTF-8 gazetteer at {str(path)!r}, instead could not read it ({exc}); "
            "run `python -m geo gazetteer build` to rebuild it."
        ) from exc
    lines = text.split("\n")
    header = lines[0].split("\t")
    if len(header) != 6 or header[0] != "H" or header[1] != FORMAT_VERSION:
        raise GazetteerError(
            f"Expected a gazetteer file of format {FORMAT_VERSION} at {str(path)!r}, instead got the header "
            f"{lines[0][:80]!r}; run `python -m geo gazetteer build` to rebuild it."
        )
    _, _, source, places_field, keys_field, max_tokens = header
    n_places, n_keys = int(places_field), int(keys_field)
    end = 1 + 2 * n_places + 2 * n_keys
    if len(lines) != end + 1 or lines[end] != "":
        raise GazetteerError(
            f"Expected {n_places} places and {n_keys} names in {str(path)!r}, instead the file has "
            f"{len(lines) - 1} lines; run `python -m geo gazetteer build` to rebuild it."
        )
    return Gazetteer(path, source, int(max_tokens), lines, n_places, n_keys)


@functools.lru_cache(maxsize=4)
def _load_cached(path: Path) -> Gazetteer:
    return read_gazetteer(path)


def load_gazetteer(path: str | os.PathLike | None = None) -> Gazetteer:
    """Load the bundled gazetteer, once per path (later calls return the same object).

    Parameters
    ----------
    path : str or os.PathLike, optional
        The built file; defaults to ``data/gazetteer.tsv.gz`` next to the ``geo`` package.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        When the file is missing or unreadable, with a message telling how to build it.
    """
    return _load_cached(Path(path).resolve() if path is not None else DEFAULT_PATH)
