"""Frozen records that flow through the pipeline: Place, Mention, Relation, Article, ParsedArticle.

Every record validates itself at construction, so a bad value fails where it is made and not
three stages later. Records are plain frozen dataclasses with slots: hashable, picklable (Streamlit's
``st.cache_data`` copies them) and cheap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from geo.core.errors import RecordError

PLACE_TYPES = ("country", "region", "city", "admin1", "admin2", "continent", "water")
MENTION_KINDS = ("toponym", "demonym")
RELATION_TYPES = ("route", "transfer", "tie")


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


@dataclass(frozen=True, slots=True)
class Place:
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
        ``admin1``/``admin2`` are first- and second-level administrative divisions.
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
    type: str
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


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of article text that names a place (``toponym``) or is derived from one (``demonym``).

    ``text`` always equals ``article.text[start:end]``; ``place_id`` is None when resolution abstained.
    """

    text: str
    start: int
    end: int
    kind: str = "toponym"
    place_id: str | None = None
    score: float = 0.0

    def __post_init__(self) -> None:
        check_span(self.start, self.end, f"mention {self.text!r}")
        if self.end - self.start != len(self.text):
            raise RecordError(
                f"Expected mention text of length end - start = {self.end - self.start}, instead got: {self.text!r}."
            )
        if self.kind not in MENTION_KINDS:
            raise RecordError(f"Expected a mention kind in {MENTION_KINDS}, instead got: {self.kind!r}.")


@dataclass(frozen=True, slots=True)
class Relation:
    """A link the article draws between two places, with the sentence that says so.

    ``directed`` is True for routes and transfers (source -> target). Legs of one itinerary share a
    ``group`` and are numbered by ``order`` from 1. ``negated`` marks denied or negated claims.
    """

    type: str
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


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its decoded text, title and the page-junk regions to ignore.

    ``junk`` holds ``(start, end)`` offsets into ``text`` of regions (polls, "TAP HERE", copyright
    lines...) where no place is looked for. ``warnings`` carries non-fatal notes (cp1252 fallback).
    """

    id: str
    title: str
    text: str
    path: str | None = None
    junk: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            raise RecordError("Expected a non-empty article id, instead got an empty one.")
        for start, end in self.junk:
            check_span(start, end, "junk region")
            if end > len(self.text):
                raise RecordError(f"Junk region ({start}, {end}) runs past the text's end {len(self.text)}.")

    def in_junk(self, start: int, end: int) -> bool:
        """Return True when the span ``[start, end)`` overlaps a junk region."""
        return any(start < j_end and j_start < end for j_start, j_end in self.junk)


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """The geoparser's result for one article: mentions, the places they resolve to, and relations."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    relations: tuple[Relation, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())

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
