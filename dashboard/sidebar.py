"""The filter widgets: the query layer's filters, each from the data, each in the URL.

Widgets keep their values in ``st.session_state`` under ``f_<filter name>`` (``o_<option>`` for
view options). A new session starts from its URL (``start_from_url``); after that the widgets are
the state and the URL follows them (``app.py`` writes it), so a pasted URL reproduces the view.

Places (for ``place`` and ``pair``) and articles are picked by typing a name: the matching ones are
offered as buttons (never by typing an id). The timeline (articles per day or week) shows the
selection without its date range; choosing a span on it sets the range.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.safe import Html, cell, html, html_join, md
from dashboard.state import UrlState
from geo.core.errors import GeoError
from geo.core.records import PLACE_TYPES, RELATION_TYPES, Filters

KEYS = {name: f"f_{name}" for name in Filters.__struct_fields__}
SUGGESTIONS = 6


def start_from_url(path: Path, url: UrlState) -> list[str]:
    """Put a new session's widgets in the state its URL asks for; returns problems to show
    (values the store does not know are left out and named)."""
    f = url.filters
    problems = list(url.problems)
    opts = data.options(path)
    known_titles = data.titles(path, f.article)
    unknown = [a for a in f.article if a not in known_titles]
    if unknown:
        problems.append("No article with id " + ", ".join(repr(a) for a in unknown) + ": left out.")
    ids = [*f.place, *(f.pair or ())]
    known_places = data.places(path, ids)
    unknown = [p for p in ids if p not in known_places]
    if unknown:
        problems.append("No place with id " + ", ".join(repr(p) for p in unknown) + " in this corpus: left out.")
    sources = {s for s, _ in opts.sources}
    unknown = [s for s in f.source if s not in sources]
    if unknown:
        problems.append("No source named " + ", ".join(repr(s) for s in unknown) + ": left out.")
    countries = {c for c, _ in opts.countries}
    if f.country and f.country not in countries:
        problems.append(f"No article mentions a place in {f.country!r}: country left out.")
    state = st.session_state
    state[KEYS["article"]] = [a for a in f.article if a in known_titles]
    state[KEYS["since"]] = f.since
    state[KEYS["until"]] = f.until
    state[KEYS["source"]] = [s for s in f.source if s in sources]
    state[KEYS["country"]] = f.country if f.country in countries else ""
    state[KEYS["place"]] = [p for p in f.place if p in known_places]
    state[KEYS["pair"]] = (
        [p for p in (f.pair or ()) if p in known_places] if f.pair and all(p in known_places for p in f.pair) else []
    )
    state[KEYS["place_type"]] = list(f.place_type)
    state[KEYS["relation"]] = list(f.relation)
    state[KEYS["min_mentions"]] = f.min_mentions
    state[KEYS["q"]] = f.q
    state["o_negated"] = url.negated
    state["o_present"] = url.present
    state.pop("f_span", None)  # the range slider follows Since/Until when drawn
    return problems


def current_filters() -> tuple[Filters, list[str]]:
    """The filters the widgets hold now, and what could not be used (a range that ends before it starts)."""
    s = st.session_state
    problems = []
    since, until = s.get(KEYS["since"]), s.get(KEYS["until"])
    if since and until and since > until:
        problems.append(f"The date range ends ({until}) before it starts ({since}): range ignored.")
        since = until = None
    pair = tuple(s.get(KEYS["pair"]) or ())
    try:
        filters = Filters(
            article=tuple(s.get(KEYS["article"]) or ()),
            since=since,
            until=until,
            source=tuple(s.get(KEYS["source"]) or ()),
            country=s.get(KEYS["country"]) or None,
            place=tuple(s.get(KEYS["place"]) or ()),
            pair=pair if len(pair) == 2 else None,
            q=(s.get(KEYS["q"]) or "").strip()[:200],
            place_type=tuple(s.get(KEYS["place_type"]) or ()),
            relation=tuple(s.get(KEYS["relation"]) or ()),
            min_mentions=max(1, int(s.get(KEYS["min_mentions"]) or 1)),
        )
    except GeoError as exc:  # defensive: widgets only offer valid values
        problems.append(str(exc))
        filters = Filters()
    return filters, problems


def _add(key: str, value: str, limit: int | None = None) -> None:
    chosen = list(st.session_state.get(key) or [])
    if value not in chosen and (limit is None or len(chosen) < limit):
        chosen.append(value)
    st.session_state[key] = chosen


def _picker(path: Path, label: str, key: str, find_key: str, limit: int | None = None) -> None:
    """Chosen places as removable chips, a box to type a name, and the matching places as buttons."""
    chosen = list(st.session_state.get(key) or [])
    names = data.places(path, chosen)
    st.multiselect(
        md("{}", label),
        chosen,
        key=key,
        format_func=lambda pid: cell(_place_label(names.get(pid))),
        placeholder="Type a name below",
        max_selections=limit,
    )
    typed = st.text_input("Find a place", key=find_key, placeholder="e.g. Caracas", label_visibility="collapsed")
    if typed.strip():
        found = [p for p in data.suggest_places(path, typed, SUGGESTIONS) if p.id not in chosen]
        if not found:
            st.caption(md("No place of this corpus is named {}…", typed.strip()[:60]))
        for p in found:
            st.button(
                md(
                    "＋ {} ({}{}, {} mentions)",
                    p.name,
                    p.type,
                    ", " + p.country_code if p.country_code else "",
                    p.mentions,
                ),
                key=f"{key}+{p.id}",
                on_click=_add,
                args=(key, p.id, limit),
                type="tertiary",
            )


def _place_label(place) -> str:
    if place is None:
        return "?"
    return f"{place.name} ({place.country_code})" if place.country_code else place.name


def _article_picker(path: Path) -> None:
    key = KEYS["article"]
    chosen = list(st.session_state.get(key) or [])
    titles = data.titles(path, chosen)
    st.multiselect(
        "Articles", chosen, key=key, format_func=lambda a: cell(titles.get(a, a), 90), placeholder="All articles"
    )
    typed = st.text_input(
        "Find an article", key="find_article", placeholder="words of its title", label_visibility="collapsed"
    )
    if typed.strip():
        found = [(a, t) for a, t in data.find_articles(path, typed, SUGGESTIONS) if a not in chosen]
        if not found:
            st.caption("No article title matches.")
        for aid, title in found:
            st.button(
                md("＋ {}", title[:90]), key=f"add-article+{aid}", on_click=_add, args=(key, aid), type="tertiary"
            )


def show(path: Path) -> st.delta_generator.DeltaGenerator:
    """Draw the filters in the sidebar; returns the container the timeline goes in (drawn after
    the map, so the map is sent to the browser first)."""
    opts = data.options(path)
    s = st.session_state
    with st.sidebar:
        st.header("Filters")
        st.text_input(
            "Text search",
            key=KEYS["q"],
            placeholder="every word, in title or text",
            help="Articles whose title or text contains every word.",
        )
        lo, hi = opts.first_date, opts.last_date
        cols = st.columns(2)
        cols[0].date_input(
            "Since",
            key=KEYS["since"],
            min_value=dt.date(1900, 1, 1),
            max_value=dt.date(2100, 12, 31),
            format="YYYY-MM-DD",
            on_change=_dates_changed,
        )
        cols[1].date_input(
            "Until",
            key=KEYS["until"],
            min_value=dt.date(1900, 1, 1),
            max_value=dt.date(2100, 12, 31),
            format="YYYY-MM-DD",
            on_change=_dates_changed,
        )
        timeline_box = st.container()
        if lo and hi:
            st.caption(
                md("Dated articles run from {} to {}; {:,} undated.", lo.isoformat(), hi.isoformat(), opts.undated)
            )
        source_counts = dict(opts.sources)
        st.multiselect(
            "Sources",
            list(source_counts),
            key=KEYS["source"],
            placeholder="All sources",
            format_func=lambda x: cell(f"{x} ({source_counts.get(x, 0):,})", 80),
        )
        countries = [c for c, _ in opts.countries]
        country_counts = dict(opts.countries)
        st.selectbox(
            "Country",
            ["", *countries],
            key=KEYS["country"],
            format_func=lambda c: (
                cell(f"{data.country_name(c)} ({c}) · {country_counts.get(c, 0):,} articles") if c else "Any country"
            ),
            help="Articles that mention a place in this country.",
        )
        st.subheader("Places")
        _picker(path, "Articles naming any of", KEYS["place"], "find_place")
        with st.expander("Every article linking two places", expanded=bool(s.get(KEYS["pair"]))):
            _picker(path, "Pair of places", KEYS["pair"], "find_pair", limit=2)
        types = list(opts.place_types) + [t for t in s.get(KEYS["place_type"]) or () if t not in opts.place_types]
        st.multiselect(
            "Place types",
            [t for t in PLACE_TYPES if t in types] + [t for t in types if t not in PLACE_TYPES],
            key=KEYS["place_type"],
            placeholder="Every type",
        )
        st.multiselect("Relation types", list(RELATION_TYPES), key=KEYS["relation"], placeholder="Every type")
        st.number_input(
            "Minimum mentions",
            min_value=1,
            max_value=1_000_000,
            step=1,
            key=KEYS["min_mentions"],
            help="Places with fewer mentions in the selected articles are not drawn.",
        )
        st.toggle("Show negated links (crossed out)", key="o_negated")
        st.subheader("Briefing")
        st.text_input("Title", key="o_title", placeholder="a title from the filters")
        st.toggle("Presentation mode", key="o_present")
    return timeline_box


def _span_changed() -> None:
    """The range slider under the timeline moved: set Since/Until (the whole span means no range)."""
    state = st.session_state
    lo, hi = state["f_span"]
    first, last = state.get("span_bounds", (lo, hi))
    state[KEYS["since"]] = lo if lo > first else None
    state[KEYS["until"]] = hi if hi < last else None


def _dates_changed() -> None:
    """Since/Until typed: move the range slider with them."""
    sync_span()


def sync_span() -> None:
    """Put the range slider where Since/Until are (clipped to the corpus's dates)."""
    state = st.session_state
    bounds = state.get("span_bounds")
    if not bounds:
        return
    first, last = bounds
    since, until = state.get(KEYS["since"]) or first, state.get(KEYS["until"]) or last
    state["f_span"] = (min(max(since, first), last), max(min(until, last), first))


def timeline(box, path: Path, filters: Filters) -> None:
    """Articles per day (per week over long spans) as bars, drawn as a small SVG (no chart library
    to load), with a range slider under them: moving it sets the date range."""
    opts = data.options(path)
    long = opts.first_date and opts.last_date and (opts.last_date - opts.first_date).days > 120
    unit = "week" if long else "day"
    rows, undated = data.timeline(path, filters, unit)
    with box:
        if not rows or not opts.first_date or not opts.last_date:
            st.caption(md("No dated article in this selection ({:,} undated).", undated))
            return
        first, last = opts.first_date, opts.last_date
        if first == last:
            st.caption(md("Every dated article is of {}; {:,} undated.", first.isoformat(), undated))
            return
        st.html(html_join(bars(rows, first, last, unit)))
        if st.session_state.get("span_bounds") != (first, last) or "f_span" not in st.session_state:
            st.session_state["span_bounds"] = (first, last)
            sync_span()
        st.slider(
            "Date range",
            min_value=first,
            max_value=last,
            key="f_span",
            on_change=_span_changed,
            step=dt.timedelta(days=1),
            format="YYYY-MM-DD",
            label_visibility="collapsed",
        )
        st.caption(
            md(
                "Articles per {} ({:,} at most); drag the ends to set the range. {:,} undated (left out by a range).",
                unit,
                max(n for _, n in rows),
                undated,
            )
        )


def bars(rows: list[tuple[dt.date, int]], first: dt.date, last: dt.date, unit: str) -> list[Html]:
    """The timeline as HTML bars, one per day or week of the corpus's whole span (so they line up
    with the range slider under them), each with its count as a tooltip. Plain ``div``s: the page's
    HTML sanitiser keeps no SVG."""
    step = 7 if unit == "week" else 1
    start = first - dt.timedelta(days=first.weekday()) if step == 7 else first
    counts = dict(rows)
    top = max(counts.values())
    parts = [
        html(
            '<div class="geo-timeline" style="display:flex;align-items:flex-end;gap:1px;height:56px;'
            'margin:2px 0 0" role="img" aria-label="articles per {}">',
            unit,
        )
    ]
    day = start
    while day <= last:
        n = counts.get(day, 0)
        parts.append(
            html(
                '<div class="geo-bar" title="{} of {}: {} article(s)" style="flex:1 1 0;min-width:1px;'
                'height:{}%;background:{}"></div>',
                unit,
                day.isoformat(),
                n,
                round(100 * n / top, 1) if n else 2,
                "#2563eb" if n else "#e5e7eb",
            )
        )
        day += dt.timedelta(days=step)
    parts.append(html("</div>"))
    return parts


def default_title(path: Path, filters: Filters) -> str:
    """A briefing title from the filters ("Caracas – Tehran, 2024-03-01 to 2024-05-31")."""
    parts = []
    names = data.places(path, [*filters.place, *(filters.pair or ())])
    if filters.pair:
        parts.append(" – ".join(names[p].name if p in names else p for p in filters.pair))
    elif filters.place:
        parts.append(", ".join(names[p].name if p in names else p for p in filters.place[:4]))
    if filters.country:
        parts.append(data.country_name(filters.country))
    if filters.q:
        parts.append(f"“{filters.q}”")
    if filters.relation:
        parts.append(", ".join(filters.relation))
    head = " · ".join(parts) if parts else "Places in the news"
    if filters.since or filters.until:
        head += (
            f", {filters.since.isoformat() if filters.since else '…'} to "
            f"{filters.until.isoformat() if filters.until else '…'}"
        )
    return head


def subtitle(path: Path, filters: Filters) -> str:
    """The date range and sources of a view, for presentation mode and the briefing."""
    first, last, sources = data.view_sources(path, filters)
    dates = f"{first.isoformat() if first else '…'} – {last.isoformat() if last else '…'}"
    names = [s for s, _ in sources]
    shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
    return f"{dates} · {shown}" if shown else dates
