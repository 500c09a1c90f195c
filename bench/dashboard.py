"""Dashboard benchmark: server-side time of a filter change, as printed numbers."""

from __future__ import annotations

import math
import time

from bench.synthetic import generate_corpus
from geo.core.records import ParsedArticle
from geo.core.views import link_stats, place_stats
from geo.viz.tables import Filters, apply_filters
from geo.viz.webmap import build_map


def measure_dashboard(n_places: int = 1000, repeats: int = 3) -> dict[str, float]:
    """Server-side time of a dashboard filter change on a generated corpus of ``n_places`` places.

    A filter change reruns filtering, place summaries and the map build and render (what app.py
    does between a widget change and handing the map to st_folium). Parsing is cached, so it is
    not counted.

    Returns
    -------
    dict
        ``places``, ``relations``, and best-of-``repeats`` seconds for ``filter``, ``map_build``,
        ``map_render`` and ``total``.
    """
    corpus = generate_corpus(n_places)
    filters = Filters(relation_types=("route", "tie"), min_mentions=1)
    best: dict[str, float] = {}
    shown: list[ParsedArticle] = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        shown = apply_filters(corpus, filters)
        t1 = time.perf_counter()
        m = build_map(place_stats(shown), link_stats(shown))
        t2 = time.perf_counter()
        m.get_root().render()
        t3 = time.perf_counter()
        for k, v in (("filter", t1 - t0), ("map_build", t2 - t1), ("map_render", t3 - t2), ("total", t3 - t0)):
            best[k] = min(best.get(k, math.inf), v)
    return {
        "places": float(len({p.id for pa in shown for p in pa.places})),
        "relations": float(sum(len(pa.relations) for pa in shown)),
        **{k: round(v, 4) for k, v in best.items()},
    }
