"""Frozen records that flow through the pipeline: Place, Mention, Relation, Article, ParsedArticle.

They are msgspec ``Struct`` types: frozen, hashable, picklable (Streamlit's ``st.cache_data`` copies
them), cheap to build, and they are the JSON contract too: ``geo.core.contract`` encodes them as they
are and derives the JSON Schema from them, so there is one model system, not a second hand-kept copy.
Every record validates itself at construction (and when decoded), so a bad value fails where it is
made and not three stages later.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Literal, get_args

import msgspec

from geo.core.errors import RecordError
from geo.core.regions import Regions

PlaceType = Literal["country", "region", "city", "admin1", "admin2", "continent", "water", "facility"]
MentionKind = Literal["toponym", "demonym"]
RelationType = Literal["route", "transfer", "tie", "conflict"]
PLACE_TYPES: tuple[str, ...] = get_args(PlaceType)
MENTION_KINDS: tuple[str, ...] = get_args(MentionKind)
RELATION_TYPES: tuple[str, ...] = get_args(RelationType)


def check_latlon(lat: float, lon: float, what: str, error: type[Exception] = RecordError) -> None:
    """Raise ``error`` unless ``lat`` and ``lon`` are finite degrees in range."""
    if not (isinstance(lat, (int, float)) and math.isfinite(lat) and -90.0 <= lat <= 90.0):
        raise error(f"Expected a latitude in [-90, 90] for {what}, instead got: {lat!r}.")
    if not (isinstance(lon, (int, float)) and math.isfinite(lon) and -180.0 <= lon <= 180.0):
        raise error(f"Expected a longitude in [-180, 180] for {what}, instead got: {lon!r}.")


def check_span(start: int, end: int, what: str, error: type[Exception] = RecordError) -> None:
    """Raise ``error`` unless ``0 <= start <= end`` are integer offsets."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise error(f"Expected offsets 0 <= start <= end for {what}, instead got: {start!r}, {end!r}.")


class Place(msgspec.Struct, frozen=True):
    """One gazetteer entry.

    Parameters
    ----------
    id : str
        Stable identifier: ``"gn:<geonameid>"`` for GeoNames entries, ``"x:<slug>"`` for curated
        entries (macro-regions, water bodies) that have no GeoNames id in the bundled data.
    name : str
        Preferred English name.
    type : str
        One of ``PLACE_TYPES``. ``region`` is a macro-region (Latin America, Middle East);
        ``admin1``/``admin2`` are first- and second-level administrative divisions; ``facility``
        a named site (an airport).
    country_code : str or None
        ISO 3166-1 alpha-2 code of the country the place lies in, None for regions spanning several.
    lat, lon : float
        Representative point (GeoNames' convention for countries: the country's centre, not its capital).
    geonameid : int or None
        GeoNames id when the entry comes from GeoNames.
    population : int
        Population, 0 when unknown; used as a prior.
    admin1 : str or None
        GeoNames admin1 code of the first-level division the place lies in (``"CA"``, ``"07"``).
    feature_code : str
        GeoNames feature code (``PCLI``, ``ADM1``, ``PPLC``, ``PPLA``...), or ``""``.
    """

    id: str
    name: str
    type: PlaceType
    country_code: str | None
    lat: float
    lon: float
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None
    feature_code: str = ""

    def __post_init__(self) -> None:
        if not self.id or not isinstance(self.id, str):
            raise RecordError(f"Expected a non-empty place id, instead got: {self.id!r}.")
        if self.type not in PLACE_TYPES:
            raise RecordError(f"Expected a place type in {PLACE_TYPES}, instead got: {self.type!r} for {self.id}.")
        if self.country_code is not None and not (len(self.country_code) == 2 and self.country_code.isupper()):
            raise RecordError(f"Expected an ISO alpha-2 country code or None, instead got: {self.country_code!r}.")
        check_latlon(self.lat, self.lon, self.id)


class Mention(msgspec.Struct, frozen=True):
    """A span of article text that names a place (``toponym``) or is derived from one (``demonym``).

    ``text`` always equals ``article.text[start:end]``; ``place_id`` (``"place"`` in JSON) is None
    when resolution abstained. ``rule`` names the recognition rule that proposed the span.
    """

    text: str
    start: int
    end: int
    kind: MentionKind = "toponym"
    place_id: str | None = msgspec.field(default=None, name="place")
    score: float = 0.0
    rule: str = ""

    def __post_init__(self) -> None:
        check_span(self.start, self.end, f"mention {self.text!r}")
        if self.end - self.start != len(self.text):
            raise RecordError(
                f"Expected mention text of length end - start = {self.end - self.start}, instead got: {self.text!r}."
            )
        if self.kind not in MENTION_KINDS:
            raise RecordError(f"Expected a mention kind in {MENTION_KINDS}, instead got: {self.kind!r}.")


class Relation(msgspec.Struct, frozen=True):
    """A link the article draws between two places, with the sentence that says so.

    ``directed`` is True when the text gives a direction (source -> target). Legs of one itinerary
    share a ``group`` and are numbered by ``order`` from 1. ``negated`` marks denied, stopped or
    negated claims; ``hedged`` plans, proposals, possibilities and reported claims. ``rule`` names
    the extraction rule that fired.
    """

    type: RelationType
    source: str
    target: str
    directed: bool
    evidence: str
    start: int
    end: int
    group: str | None = None
    order: int | None = None
    negated: bool = False
    confidence: float = 1.0
    hedged: bool = False
    rule: str = ""

    def __post_init__(self) -> None:
        if self.type not in RELATION_TYPES:
            raise RecordError(f"Expected a relation type in {RELATION_TYPES}, instead got: {self.type!r}.")
        if not self.source or not self.target:
            raise RecordError(f"Expected source and target place ids, instead got: {self.source!r}, {self.target!r}.")
        check_span(self.start, self.end, "relation evidence")
        if not 0.0 <= self.confidence <= 1.0:
            raise RecordError(f"Expected a confidence in [0, 1], instead got: {self.confidence!r}.")
        if self.order is not None and self.order < 1:
            raise RecordError(f"Expected an itinerary order >= 1 or None, instead got: {self.order!r}.")


class Article(msgspec.Struct, frozen=True):
    """An article as read: its decoded text, title, provenance and the page-junk regions to ignore.

    ``junk`` holds ``(start, end)`` offsets into ``text`` of regions (polls, "TAP HERE", copyright
    lines...) where no place is looked for. ``warnings`` carries non-fatal notes (cp1252 fallback).
    ``date`` is the publication date when known (never the time it was read), ``source`` the outlet,
    ``language`` an ISO 639-1 code when detected.
    """

    id: str
    title: str
    text: str
    path: str | None = None
    junk: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    date: dt.date | None = None
    language: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            raise RecordError("Expected a non-empty article id, instead got an empty one.")
        for start, end in self.junk:
            check_span(start, end, "junk region")
            if end > len(self.text):
                raise RecordError(f"Junk region ({start}, {end}) runs past the text's end {len(self.text)}.")

    def in_junk(self, start: int, end: int) -> bool:
        """Return True when the span ``[start, end)`` overlaps a junk region."""
        return Regions(self.junk).overlaps(start, end)


class ParsedArticle(msgspec.Struct, frozen=True):
    """The geoparser's result for one article: mentions, the places they resolve to, and relations."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    relations: tuple[Relation, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()

    def relation_endpoints(self) -> list[tuple[Relation, Place, Place]]:
        """Each relation with its two places, leaving out those whose places are unknown or equal."""
        places = {p.id: p for p in self.places}
        out = []
        for rel in self.relations:
            source, target = places.get(rel.source), places.get(rel.target)
            if source is not None and target is not None and source.id != target.id:
                out.append((rel, source, target))
        return out

    def mention_counts(self) -> dict[str, int]:
        """Number of mentions resolved to each place id."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.place_id is not None:
                counts[m.place_id] = counts.get(m.place_id, 0) + 1
        return counts


def _date_or_none(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise RecordError(f"Expected {name} as YYYY-MM-DD, instead got: {value!r}.") from None


class Filters(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What an analyst asks of a corpus: the one query record of the store, the CLI and the URL.

    The field names are the CLI flags (``--since``) and the URL parameters (``?since=``).
    ``article``, ``since``/``until``, ``source``, ``q``, ``place`` (articles that mention it),
    ``country`` (articles that mention a place in it) and ``pair`` (articles with a relation between
    the two) select articles: AND across kinds, OR within a repeated one; an undated article falls
    outside any date range. ``place_type``, ``relation`` and ``min_mentions`` then narrow what is
    drawn from the selected articles. Empty means "no condition".
    """

    article: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    source: tuple[str, ...] = ()
    country: str | None = None
    place: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    q: str = ""
    place_type: tuple[PlaceType, ...] = ()
    relation: tuple[RelationType, ...] = ()
    min_mentions: int = 1

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise RecordError(f"Expected since <= until, instead got: {self.since} > {self.until}.")
        if self.country is not None and not (
            len(self.country) == 2 and self.country.isalpha() and self.country.isupper()
        ):
            raise RecordError(f"Expected country as an ISO alpha-2 code such as 'VE', instead got: {self.country!r}.")
        if self.pair is not None and (len(self.pair) != 2 or not all(self.pair)):
            raise RecordError(f"Expected pair as two place ids, instead got: {self.pair!r}.")
        bad_types = [t for t in self.place_type if t not in PLACE_TYPES]
        if bad_types:
            raise RecordError(f"Expected place types from {PLACE_TYPES}, instead got: {bad_types!r}.")
        bad_relations = [t for t in self.relation if t not in RELATION_TYPES]
        if bad_relations:
            raise RecordError(f"Expected relation types from {RELATION_TYPES}, instead got: {bad_relations!r}.")
        if not isinstance(self.min_mentions, int) or self.min_mentions < 1:
            raise RecordError(f"Expected min_mentions >= 1, instead got: {self.min_mentions!r}.")

    @property
    def selects_articles(self) -> bool:
        """True when any condition on articles is set (otherwise every article is selected)."""
        return bool(
            self.article or self.since or self.until or self.source or self.country or self.place or self.pair or self.q
        )

    @classmethod
    def from_params(cls, params: dict[str, str | list[str] | tuple[str, ...]]) -> Filters:
        """Filters from URL query parameters or CLI flags: repeatable names take lists, the rest a
        string (the last one wins); ``pair`` is ``"ID,ID"``; unknown names are an error.

        Raises
        ------
        RecordError
            When a value cannot be read (a date that is not YYYY-MM-DD, a non-number for min_mentions).
        """
        repeatable = {"article", "source", "place", "place_type", "relation"}
        known = set(cls.__struct_fields__)
        unknown = sorted(set(params) - known)
        if unknown:
            raise RecordError(f"Expected filter names from {sorted(known)}, instead got: {unknown!r}.")

        def many(name: str) -> tuple[str, ...]:
            value = params.get(name, ())
            items = [value] if isinstance(value, str) else list(value)
            return tuple(dict.fromkeys(v.strip() for v in items if v and v.strip()))

        def one(name: str) -> str | None:
            value = params.get(name)
            if isinstance(value, (list, tuple)):
                value = value[-1] if value else None
            return value.strip() if isinstance(value, str) and value.strip() else None

        kwargs: dict = {name: many(name) for name in repeatable}
        kwargs["since"] = _date_or_none(one("since"), "since")
        kwargs["until"] = _date_or_none(one("until"), "until")
        country = one("country")
        kwargs["country"] = country.upper() if country else None
        pair = one("pair")
        kwargs["pair"] = tuple(p.strip() for p in pair.split(",")) if pair else None
        kwargs["q"] = one("q") or ""
        min_mentions = one("min_mentions")
        try:
            kwargs["min_mentions"] = int(min_mentions) if min_mentions else 1
        except ValueError:
            raise RecordError(f"Expected min_mentions as a whole number, instead got: {min_mentions!r}.") from None
        return cls(**kwargs)

    def to_params(self) -> dict[str, str | list[str]]:
        """The URL query parameters (or CLI flags) that give these filters back; defaults left out."""
        out: dict[str, str | list[str]] = {}
        for name in ("article", "source", "place", "place_type", "relation"):
            if getattr(self, name):
                out[name] = list(getattr(self, name))
        for name in ("since", "until"):
            if getattr(self, name):
                out[name] = getattr(self, name).isoformat()
        if self.country:
            out["country"] = self.country
        if self.pair:
            out["pair"] = ",".join(self.pair)
        if self.q:
            out["q"] = self.q
        if self.min_mentions != 1:
            out["min_mentions"] = str(self.min_mentions)
        return out
