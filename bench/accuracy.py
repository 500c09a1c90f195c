"""Accuracy and speed benchmarks on the geoparsing corpora, as commands that print numbers.

Three steps, each its own function so the metric can be tested without the pipeline:

1. ``read_corpus`` reads a corpus (LGL / TR-News or GeoWebNews XML) into frozen ``GoldArticle`` records,
   repairing TR-News' shifted offsets;
2. ``predictions_from`` turns the geoparser's ``ParsedArticle`` into ``Prediction`` records;
3. ``score_corpus`` matches predictions to gold one to one by span overlap (largest overlap first) and
   computes recognition P/R/F1, A@161, median/mean error and the headline F1@161c, exactly as defined in
   the corpora's README (``shared/bench/README.md``).

``run_accuracy`` is the ``python -m bench accuracy`` command (``bench.cli`` parses its arguments).
"""

from __future__ import annotations

import dataclasses
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO

from geo.core.errors import BenchError
from geo.core.geometry import EARTH_RADIUS_KM, haversine_km
from geo.core.paths import PROJECT_ROOT
from geo.core.records import Article, Mention, ParsedArticle, Place, check_latlon, check_span
from geo.recognize.nlp import DEFAULT_MODEL

BENCH_DIR = PROJECT_ROOT.parent / "shared" / "bench"
DEFAULT_CORPORA = ("GWN-dev.xml", "lgl.xml", "TR-News.xml")

A161_KM = 161.0
# A matched mention left unresolved gets the largest possible error, half the Earth's circumference,
# so abstaining never improves the median or mean (Gritta et al.'s convention).
MAX_ERROR_KM = math.pi * EARTH_RADIUS_KM
# TR-News has offsets shifted by up to 10 characters (the README says 1 to 5; the file has more).
MAX_SHIFT = 20
GWN_UNSCORED_TYPES = ("Demonym", "Homonym", "Language", "Literal_Expression", "Non_Lit_Expression")
NON_TOPONYM = "Non_Toponym"
NO_GAZTAG = "no_gaztag"
TOP_N = 15

CountryOf = Callable[[float, float], "str | None"]


# --------------------------------------------------------------------------------------------- records


def _check_point(lat: float | None, lon: float | None, what: str) -> None:
    if (lat is None) != (lon is None):
        raise BenchError(f"Expected both lat and lon or neither for {what}, instead got: {lat!r}, {lon!r}.")
    if lat is not None:
        check_latlon(lat, lon, what, BenchError)


def _check_span(start: int, end: int, what: str) -> None:
    check_span(start, end, what, BenchError)


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One annotated row of a corpus.

    Parameters
    ----------
    start, end : int
        Span in the article text (after repairing shifted offsets).
    phrase : str
        ``text[start:end]``.
    lat, lon : float or None
        Gold point; None for rows that are not scored.
    scored : bool
        True when the row counts as gold (it has coordinates and is not a Non_Toponym).
    gold_type : str
        GeoWebNews annotation type (``Literal``, ``Non_Literal_Modifier``, ``Demonym``...); for LGL and
        TR-News the GeoNames feature code (``PPL``, ``ADM2``...) or ``"no_gaztag"`` for unscored rows.
    non_toponym : bool
        A GeoWebNews Non_Toponym row: a place name not meant as a place. Hitting one is a false positive.
    geonameid : int or None
        Gold GeoNames id, when given.
    """

    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    scored: bool
    gold_type: str
    non_toponym: bool = False
    geonameid: int | None = None

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, f"gold toponym {self.phrase!r}")
        _check_point(self.lat, self.lon, f"gold toponym {self.phrase!r}")
        if self.scored and (self.lat is None or self.non_toponym):
            raise BenchError(f"Expected a scored gold toponym to have a point and be a toponym: {self.phrase!r}.")


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An annotated article: its text and every annotated row, in document order."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]

    def __post_init__(self) -> None:
        for t in self.toponyms:
            if t.end > len(self.text):
                raise BenchError(
                    f"Gold toponym {t.phrase!r} ends at {t.end}, past article {self.id}'s end {len(self.text)}."
                )


@dataclass(frozen=True, slots=True)
class Prediction:
    """A predicted mention and where it was resolved to (all None when resolution abstained)."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    place_type: str | None = None
    country_code: str | None = None

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, f"prediction {self.text!r}")
        _check_point(self.lat, self.lon, f"prediction {self.text!r}")


@dataclass(frozen=True, slots=True)
class MatchedPair:
    """A prediction matched to a scored gold toponym, its error and whether it counts for F1@161c."""

    gold: GoldToponym
    prediction: Prediction
    error_km: float
    within_161: bool
    correct: bool


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The outcome of matching one article's predictions to its gold rows."""

    article_id: str
    matched: tuple[MatchedPair, ...]
    missed: tuple[GoldToponym, ...]
    false_positives: tuple[Prediction, ...]
    ignored: tuple[Prediction, ...]
    hit_rows: tuple[GoldToponym, ...]


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Per annotation type: how many rows, how many a prediction matched (scored types) or overlapped
    (unscored types), and how many were correct at 161 km or by country."""

    gold_type: str
    rows: int
    scored: bool
    hit: int
    correct: int

    @property
    def recall(self) -> float:
        """Share of the rows that a prediction matched or overlapped."""
        return _ratio(self.hit, self.rows)


@dataclass(frozen=True, slots=True)
class CorpusScores:
    """Every number the accuracy benchmark reports for one corpus.

    ``precision``/``recall``/``f1`` are recognition; ``a161``, ``median_km`` and ``mean_km`` are over
    matched pairs (None when nothing matched); ``*_161c`` are end to end. ``top_*`` hold
    ``(phrase, count)`` pairs, most frequent first.
    """

    corpus: str
    articles: int
    gold: int
    predicted: int
    matched: int
    ignored: int
    unresolved: int
    correct: int
    precision: float
    recall: float
    f1: float
    a161: float | None
    median_km: float | None
    mean_km: float | None
    precision_161c: float
    recall_161c: float
    f1_161c: float
    by_type: tuple[TypeScore, ...]
    top_misses: tuple[tuple[str, int], ...]
    top_false_positives: tuple[tuple[str, int], ...]
    top_wrong_resolutions: tuple[tuple[str, int], ...]

    def as_dict(self) -> dict[str, Any]:
        """Plain dict (JSON-ready) of all fields, with ``by_type`` keyed by type."""
        d = asdict(self)
        d["by_type"] = {t.gold_type: {**asdict(t), "recall": t.recall} for t in self.by_type}
        for key in ("top_misses", "top_false_positives", "top_wrong_resolutions"):
            d[key] = [list(pair) for pair in d[key]]
        return d


# --------------------------------------------------------------------------------------------- readers


def fix_span(text: str, start: int, end: int, phrase: str, max_shift: int = MAX_SHIFT) -> tuple[int, int]:
    """Return the span of ``phrase`` in ``text`` nearest to ``start``, repairing shifted offsets.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        Offsets as annotated; ``end`` is ignored when it disagrees with ``phrase``.
    phrase : str
        The annotated surface form.
    max_shift : int
        How far from ``start`` the phrase may begin.

    Returns
    -------
    tuple of int
        ``(start, end)`` with ``text[start:end] == phrase``.

    Raises
    ------
    BenchError
        When ``phrase`` does not occur within ``max_shift`` characters of ``start``.
    """
    if text[start:end] == phrase:
        return start, end
    best: int | None = None
    lo = max(0, start - max_shift)
    i = text.find(phrase, lo, start + max_shift + len(phrase))
    while i != -1:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(phrase, i + 1, start + max_shift + len(phrase))
    if best is None or not phrase:
        raise BenchError(
            f"Expected {phrase!r} within {max_shift} characters of offset {start}, instead found {text[start:end]!r}."
        )
    return best, best + len(phrase)


def _int(elem: ET.Element, tag: str, where: str) -> int:
    value = (elem.findtext(tag) or "").strip()
    try:
        return int(value)
    except ValueError:
        raise BenchError(f"Expected an integer <{tag}> in {where}, instead got: {value!r}.") from None


def _float_or_none(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


def _int_or_none(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _lgl_toponym(elem: ET.Element, text: str, where: str) -> GoldToponym:
    phrase = elem.findtext("phrase") or ""
    start, end = fix_span(text, _int(elem, "start", where), _int(elem, "end", where), phrase)
    gaztag = elem.find("gaztag")
    if gaztag is None:
        return GoldToponym(start, end, phrase, None, None, scored=False, gold_type=NO_GAZTAG)
    lat, lon = _float_or_none(gaztag.findtext("lat")), _float_or_none(gaztag.findtext("lon"))
    return GoldToponym(
        start,
        end,
        phrase,
        lat,
        lon,
        scored=lat is not None,
        gold_type=(gaztag.findtext("fcode") or "").strip() or NO_GAZTAG,
        geonameid=_int_or_none(gaztag.get("geonameid")),
    )


def _gwn_toponym(elem: ET.Element, text: str, where: str) -> GoldToponym:
    phrase = elem.findtext("extractedName") or ""
    start, end = fix_span(text, _int(elem, "start", where), _int(elem, "end", where), phrase)
    gold_type = (elem.findtext("type") or "").strip()
    non_toponym = gold_type == NON_TOPONYM
    lat, lon = _float_or_none(elem.findtext("latitude")), _float_or_none(elem.findtext("longitude"))
    return GoldToponym(
        start,
        end,
        phrase,
        lat,
        lon,
        scored=lat is not None and not non_toponym,
        gold_type=gold_type,
        non_toponym=non_toponym,
        geonameid=_int_or_none(elem.findtext("geonamesID")),
    )


def parse_corpus(xml: str | bytes, source: str = "<string>") -> tuple[GoldArticle, ...]:
    """Parse a corpus from its XML text, detecting LGL/TR-News or GeoWebNews format.

    Parameters
    ----------
    xml : str or bytes
        The whole XML document (``<articles><article>...``).
    source : str
        Name used in error messages.

    Returns
    -------
    tuple of GoldArticle
        In file order. Offsets index the article text; shifted ones are repaired with :func:`fix_span`.

    Raises
    ------
    BenchError
        When the XML is malformed or in neither format.
    """
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise BenchError(f"Expected a corpus in XML at {source}, instead got a parse error: {exc}.") from exc
    if root.tag != "articles":
        raise BenchError(f"Expected <articles> as the root of {source}, instead got: <{root.tag}>.")
    articles = []
    for n, art in enumerate(root.iter("article")):
        art_id = art.get("docid") or art.get("file") or str(n)
        where = f"{source} article {art_id}"
        text_elem = art.find("text")
        if text_elem is None:
            raise BenchError(f"Expected a <text> in {where}, instead found none.")
        text = text_elem.text or ""
        rows = []
        for elem in art.iter("toponym"):
            if elem.find("extractedName") is not None:
                rows.append(_gwn_toponym(elem, text, where))
            elif elem.find("phrase") is not None:
                rows.append(_lgl_toponym(elem, text, where))
            else:
                tags = [child.tag for child in elem]
                raise BenchError(f"Expected <phrase> or <extractedName> in a toponym of {where}, instead got: {tags}.")
        rows.sort(key=lambda t: (t.start, t.end))
        articles.append(GoldArticle(id=art_id, text=text, toponyms=tuple(rows)))
    return tuple(articles)


def read_corpus(path: str | Path) -> tuple[GoldArticle, ...]:
    """Read a corpus file; see :func:`parse_corpus`.

    Raises
    ------
    BenchError
        When the file cannot be read or is in no known format.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BenchError(f"Expected a readable corpus file, instead got: {str(path)!r} ({exc.strerror}).") from exc
    return parse_corpus(data, source=str(path))


# --------------------------------------------------------------------------------------------- letter case

CASES = ("upper", "lower")


def recase(text: str, case: str) -> str:
    """``text`` in all capitals or all lower case, letter by letter, so every offset still holds.

    A letter whose other case is longer ("ß".upper() is "SS") is left as it is.

    Raises
    ------
    BenchError
        When ``case`` is not "upper" or "lower".
    """
    if case not in CASES:
        raise BenchError(f"Expected a letter case in {CASES}, instead got: {case!r}.")
    change = str.upper if case == "upper" else str.lower
    out = []
    for ch in text:
        changed = change(ch)
        out.append(changed if len(changed) == 1 else ch)
    return "".join(out)


def recase_corpus(corpus: Sequence[GoldArticle], case: str) -> tuple[GoldArticle, ...]:
    """A copy of ``corpus`` whose texts and phrases are in one letter case (same offsets, same gold)."""
    return tuple(
        GoldArticle(
            a.id,
            recase(a.text, case),
            tuple(dataclasses.replace(t, phrase=recase(t.phrase, case)) for t in a.toponyms),
        )
        for a in corpus
    )


# --------------------------------------------------------------------------------------------- metric


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def match_spans(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Match spans one to one by overlap, largest overlap first.

    Ties go to the earlier gold span, then the earlier prediction, so the result is deterministic.

    Parameters
    ----------
    gold, predicted : sequence of (int, int)
        ``(start, end)`` spans.

    Returns
    -------
    tuple of (int, int)
        ``(gold_index, predicted_index)`` pairs, sorted by gold index.
    """
    candidates = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            ov = _overlap(gs, ge, ps, pe)
            if ov > 0:
                candidates.append((-ov, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return tuple(sorted(pairs))


def score_article(article: GoldArticle, predictions: Sequence[Prediction], country_of: CountryOf) -> ArticleScore:
    """Match one article's predictions to its scored gold toponyms and judge each pair.

    Parameters
    ----------
    article : GoldArticle
        Gold rows, scored and unscored.
    predictions : sequence of Prediction
        The system's mentions for this article.
    country_of : callable
        ``(lat, lon) -> ISO alpha-2 or None``, for the F1@161c country rule.

    Returns
    -------
    ArticleScore
        Matched pairs; scored gold missed; predictions counted as false positives (unmatched, and
        overlapping a scored row, a Non_Toponym row or no row at all); predictions ignored (overlapping
        only unscored rows); and the unscored rows that some prediction overlapped.
    """
    scored = [t for t in article.toponyms if t.scored]
    unscored = [t for t in article.toponyms if not t.scored]
    pairs = match_spans([(t.start, t.end) for t in scored], [(p.start, p.end) for p in predictions])
    matched = tuple(_judge(scored[gi], predictions[pi], country_of) for gi, pi in pairs)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    missed = tuple(t for gi, t in enumerate(scored) if gi not in matched_gold)
    false_positives, ignored = [], []
    for pi, p in enumerate(predictions):
        if pi in matched_pred:
            continue
        touches_scored = any(_overlap(t.start, t.end, p.start, p.end) > 0 for t in scored)
        rows = [t for t in unscored if _overlap(t.start, t.end, p.start, p.end) > 0]
        if rows and not touches_scored and not any(t.non_toponym for t in rows):
            ignored.append(p)
        else:
            false_positives.append(p)
    hit_rows = tuple(t for t in unscored if any(_overlap(t.start, t.end, p.start, p.end) > 0 for p in predictions))
    return ArticleScore(article.id, matched, missed, tuple(false_positives), tuple(ignored), hit_rows)


def _judge(gold: GoldToponym, pred: Prediction, country_of: CountryOf) -> MatchedPair:
    if pred.lat is None or pred.lon is None or gold.lat is None or gold.lon is None:
        return MatchedPair(gold, pred, MAX_ERROR_KM, within_161=False, correct=False)
    error = haversine_km(gold.lat, gold.lon, pred.lat, pred.lon)
    within = error <= A161_KM
    correct = within or (
        pred.place_type == "country"
        and pred.country_code is not None
        and country_of(gold.lat, gold.lon) == pred.country_code
    )
    return MatchedPair(gold, pred, error, within_161=within, correct=correct)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _top(counter: Counter[str], n: int = TOP_N) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def score_corpus(
    gold: Sequence[GoldArticle],
    predictions: Sequence[Sequence[Prediction]] | Mapping[str, Sequence[Prediction]],
    country_of: CountryOf | None = None,
    corpus: str = "",
) -> CorpusScores:
    """Score a system's predictions on a corpus, as the corpora's README defines the metric.

    Parameters
    ----------
    gold : sequence of GoldArticle
        The corpus.
    predictions : sequence of sequences of Prediction, or mapping of article id to them
        One entry per gold article, in the same order, or keyed by article id (missing ids: no predictions).
    country_of : callable, optional
        ``(lat, lon) -> ISO alpha-2 or None``; defaults to the bundled basemap's :func:`geo.gazetteer.countries.country_of`.
    corpus : str
        Name shown in reports.

    Returns
    -------
    CorpusScores

    Raises
    ------
    BenchError
        When a sequence of predictions does not have one entry per article.
    """
    if country_of is None:
        from geo.gazetteer.countries import country_of as basemap_country_of

        country_of = basemap_country_of
    cached: dict[tuple[float, float], str | None] = {}

    def cached_country_of(lat: float, lon: float) -> str | None:
        if (lat, lon) not in cached:
            cached[(lat, lon)] = country_of(lat, lon)
        return cached[(lat, lon)]

    if isinstance(predictions, Mapping):
        per_article = [predictions.get(a.id, ()) for a in gold]
    else:
        per_article = list(predictions)
        if len(per_article) != len(gold):
            raise BenchError(f"Expected predictions for {len(gold)} articles, instead got {len(per_article)}.")

    results = [score_article(a, p, cached_country_of) for a, p in zip(gold, per_article, strict=True)]
    return summarise(gold, results, corpus)


def summarise(gold: Sequence[GoldArticle], results: Sequence[ArticleScore], corpus: str = "") -> CorpusScores:
    """Aggregate per-article scores into corpus figures; see :func:`score_corpus`."""
    pairs = [m for r in results for m in r.matched]
    n_gold = sum(t.scored for a in gold for t in a.toponyms)
    n_matched = len(pairs)
    n_fp = sum(len(r.false_positives) for r in results)
    n_predicted = n_matched + n_fp
    n_correct = sum(m.correct for m in pairs)
    errors = [m.error_km for m in pairs]
    precision, recall = _ratio(n_matched, n_predicted), _ratio(n_matched, n_gold)
    p161c, r161c = _ratio(n_correct, n_predicted), _ratio(n_correct, n_gold)

    rows: Counter[str] = Counter()
    scored_type: dict[str, bool] = {}
    for a in gold:
        for t in a.toponyms:
            rows[t.gold_type] += 1
            scored_type[t.gold_type] = t.scored
    hit: Counter[str] = Counter(m.gold.gold_type for m in pairs)
    hit.update(t.gold_type for r in results for t in r.hit_rows)
    correct: Counter[str] = Counter(m.gold.gold_type for m in pairs if m.correct)
    by_type = tuple(
        TypeScore(ty, n, scored_type[ty], hit[ty], correct[ty])
        for ty, n in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return CorpusScores(
        corpus=corpus,
        articles=len(gold),
        gold=n_gold,
        predicted=n_predicted,
        matched=n_matched,
        ignored=sum(len(r.ignored) for r in results),
        unresolved=sum(m.prediction.lat is None for m in pairs),
        correct=n_correct,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        a161=_ratio(sum(m.within_161 for m in pairs), n_matched) if pairs else None,
        median_km=statistics.median(errors) if errors else None,
        mean_km=statistics.fmean(errors) if errors else None,
        precision_161c=p161c,
        recall_161c=r161c,
        f1_161c=_f1(p161c, r161c),
        by_type=by_type,
        top_misses=_top(Counter(t.phrase for r in results for t in r.missed)),
        top_false_positives=_top(Counter(p.text for r in results for p in r.false_positives)),
        top_wrong_resolutions=_top(Counter(m.gold.phrase for m in pairs if not m.correct)),
    )


def predictions_from(parsed: ParsedArticle) -> tuple[Prediction, ...]:
    """Turn the geoparser's output for one article into predictions, in document order.

    Every mention is a prediction (toponyms and demonyms alike: GeoWebNews scores "Russian troops").
    A mention whose ``place_id`` is None or names no place in ``parsed.places`` is predicted but
    unresolved, so it counts for recognition and is never within 161 km.

    Parameters
    ----------
    parsed : ParsedArticle

    Returns
    -------
    tuple of Prediction
    """
    places = {p.id: p for p in parsed.places}
    out = []
    for m in sorted(parsed.mentions, key=lambda m: (m.start, m.end)):
        place = places.get(m.place_id) if m.place_id is not None else None
        if place is None:
            out.append(Prediction(m.start, m.end, m.text))
        else:
            out.append(Prediction(m.start, m.end, m.text, place.lat, place.lon, place.type, place.country_code))
    return tuple(out)


# --------------------------------------------------------------------------------------------- parsers


class TextParser(Protocol):
    """What the accuracy benchmark needs from a geoparser."""

    def parse_texts(self, items: Sequence[tuple[str, str]]) -> list[ParsedArticle]: ...


class SpacyBaseline:
    """Baseline to validate the metric: spaCy NER (GPE, LOC) + the most populous gazetteer match.

    Parameters
    ----------
    model : str
        spaCy model name.
    gazetteer : object, optional
        Has ``lookup(name) -> tuple[NameEntry, ...]`` (entries with ``place_id``) and
        ``place(id) -> Place``; defaults to :func:`geo.gazetteer.load_gazetteer`.
    """

    labels = ("GPE", "LOC")

    def __init__(self, model: str = DEFAULT_MODEL, gazetteer: Any = None) -> None:
        import spacy

        if gazetteer is None:
            from geo.gazetteer.lookup import load_gazetteer

            gazetteer = load_gazetteer()
        self.gazetteer = gazetteer
        self.nlp = spacy.load(model, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer"])

    def most_populous(self, name: str) -> Place | None:
        """The most populous gazetteer place called ``name`` (also tried without a leading "the")."""
        for candidate in (name, name[4:] if name.lower().startswith("the ") else None):
            if not candidate:
                continue
            places = [self.gazetteer.place(e.place_id) for e in self.gazetteer.lookup(candidate)]
            if places:
                return max(places, key=lambda p: p.population)
        return None

    def parse_texts(self, items: Sequence[tuple[str, str]]) -> list[ParsedArticle]:
        """Parse ``(article_id, text)`` pairs; see :class:`TextParser`."""
        out = []
        for (art_id, text), doc in zip(items, self.nlp.pipe(t for _, t in items), strict=True):
            mentions, places = [], {}
            for ent in doc.ents:
                if ent.label_ not in self.labels:
                    continue
                place = self.most_populous(ent.text)
                if place is not None:
                    places[place.id] = place
                mentions.append(Mention(ent.text, ent.start_char, ent.end_char, "toponym", place.id if place else None))
            article = Article(id=art_id, title="", text=text)
            out.append(ParsedArticle(article=article, mentions=tuple(mentions), places=tuple(places.values())))
        return out


def _make_parser(baseline: str | None, model: str | None) -> tuple[TextParser, str]:
    if baseline == "spacy":
        return SpacyBaseline(model or DEFAULT_MODEL), f"baseline spacy ({model or DEFAULT_MODEL}) + most populous"
    if baseline is not None:
        raise BenchError(f"Expected a baseline in ('spacy',), instead got: {baseline!r}.")
    from geo.pipeline import Geoparser

    # Relations do not change places; leaving them out keeps the accuracy run short.
    return Geoparser(model=model, relations=False), "geoparser"


# --------------------------------------------------------------------------------------------- commands


def _fmt(x: float | None, spec: str = ".3f") -> str:
    return "–" if x is None else format(x, spec)


def format_scores(s: CorpusScores) -> str:
    """Human-readable report of one corpus' scores."""
    lines = [
        f"== {s.corpus}: {s.articles} articles, {s.gold} scored toponyms ==",
        f"recognition   P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
        f"   (predicted {s.predicted}, matched {s.matched}, ignored on unscored rows {s.ignored})",
        f"resolution    A@161 {_fmt(s.a161)}  median {_fmt(s.median_km, '.1f')} km  mean {_fmt(s.mean_km, '.1f')} km"
        f"   (over {s.matched} matched, {s.unresolved} unresolved)",
        f"end to end    F1@161c {s.f1_161c:.3f}"
        f"  (P {s.precision_161c:.3f}  R {s.recall_161c:.3f}, correct {s.correct})",
        "by type       " + f"{'type':<22}{'rows':>6}{'scored':>8}{'hit':>6}{'hit%':>7}{'correct':>9}",
    ]
    for t in s.by_type[:20]:
        lines.append(
            " " * 14 + f"{t.gold_type:<22}{t.rows:>6}{'yes' if t.scored else 'no':>8}{t.hit:>6}"
            f"{t.recall:>7.2f}{t.correct if t.scored else '':>9}"
        )
    for title, items in (
        ("top misses", s.top_misses),
        ("top false positives", s.top_false_positives),
        ("top wrong resolutions", s.top_wrong_resolutions),
    ):
        lines.append(f"{title:<22}" + ", ".join(f"{phrase!r} {n}" for phrase, n in items))
    return "\n".join(lines)


def run_accuracy(
    paths: Sequence[str | Path] = (),
    out: TextIO | None = None,
    parser: TextParser | None = None,
    baseline: str | None = None,
    model: str | None = None,
    case: str | None = None,
) -> dict[str, Any]:
    """Parse each corpus with the geoparser (or a baseline), score it and print the report.

    Parameters
    ----------
    paths : sequence of path
        Corpus files; empty means the three development corpora in ``shared/bench``.
    out : text stream, optional
        Where the report goes (default: standard output).
    parser : object with ``parse_texts``, optional
        The system under test; defaults to ``geo.pipeline.Geoparser()`` or the chosen baseline.
    baseline : {"spacy"}, optional
        Score spaCy NER + most populous gazetteer match instead of the geoparser.
    model : str, optional
        spaCy model name for the default parser or baseline.
    case : {"upper", "lower"}, optional
        Score a copy of each corpus in that letter case (same offsets): how much recognition
        depends on capitals.

    Returns
    -------
    dict
        ``{"system": str, "seconds": float, "corpora": {name: CorpusScores.as_dict() + "seconds"}}``.

    Raises
    ------
    BenchError
        When a corpus cannot be read or the parser's output does not line up with the corpus.
    """
    out = out or sys.stdout
    paths = list(paths) or [BENCH_DIR / name for name in DEFAULT_CORPORA]
    corpora = [(Path(p).stem, read_corpus(p)) for p in paths]
    if case is not None:
        corpora = [(f"{name} ({case} case)", recase_corpus(gold, case)) for name, gold in corpora]
    t_start = time.perf_counter()
    if parser is None:
        parser, system = _make_parser(baseline, model)
    else:
        system = type(parser).__name__
    load_seconds = time.perf_counter() - t_start
    print(f"system: {system} (loaded in {load_seconds:.1f} s)", file=out)
    report: dict[str, Any] = {"system": system, "load_seconds": load_seconds, "corpora": {}}
    for name, gold in corpora:
        t0 = time.perf_counter()
        parsed = parser.parse_texts([(a.id, a.text) for a in gold])
        seconds = time.perf_counter() - t0
        scores = score_corpus(gold, _align(gold, parsed, name), corpus=name)
        print(format_scores(scores), file=out)
        print(f"parse time    {seconds:.1f} s\n", file=out)
        report["corpora"][name] = {**scores.as_dict(), "seconds": seconds}
    report["seconds"] = time.perf_counter() - t_start
    print(f"total time {report['seconds']:.1f} s", file=out)
    return report


def _align(gold: Sequence[GoldArticle], parsed: Sequence[ParsedArticle], corpus: str) -> list[tuple[Prediction, ...]]:
    by_id = {pa.article.id: pa for pa in parsed}
    out = []
    for a in gold:
        pa = by_id.get(a.id)
        if pa is None:
            raise BenchError(f"Expected a parse of article {a.id} of {corpus}, instead the parser returned none.")
        if pa.article.text != a.text:
            raise BenchError(f"Expected the parser to keep article {a.id}'s text unchanged so offsets line up.")
        out.append(predictions_from(pa))
    return out
