"""What a click on the map lists, and an article with its places highlighted.

A place: the selected articles that name it, newest first, each with its date, source and the
sentence naming it, and a button that opens the article. A line: the relations behind it with their
evidence and articles (each can be hidden or retyped there). An open article shows its text with
every mention marked (the clicked place's mentions stronger, corrected ones underlined), its
corrections tools, and a button to remove it.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import corrections_panel, data
from dashboard.map_panel import clear_selection
from dashboard.safe import Html, html, html_join, md
from dashboard.sidebar import KEYS
from geo.core.records import Filters
from geo.store.query import ArticleText

ARTICLE_STYLE = (
    ".geo-text{white-space:pre-wrap;line-height:1.6;max-height:560px;overflow:auto;"
    "padding:.6em .8em;border:1px solid #e5e7eb;border-radius:6px;background:#fff}"
    "mark.geo-mention{background:#fde68a;padding:0 1px;border-radius:2px}"
    "mark.geo-mention.selected{background:#f97316;color:#fff}"
    "mark.geo-mention.corrected{text-decoration:underline dashed #7c3aed 2px}"
    "mark.geo-mention.unresolved{background:#e5e7eb}"
)


def _open(article_id: str) -> None:
    st.session_state["open_article"] = article_id


def _close() -> None:
    st.session_state["open_article"] = None


def _only(key: str, value: str) -> None:
    st.session_state[key] = [value]


def _meta(date, source) -> str:
    return " · ".join(x for x in (date.isoformat() if date else "undated", source or "unknown source"))


def show(path: Path, filters: Filters, selected: tuple[str, ...] | None) -> None:
    """The panel of the clicked place or line, then the open article (if any)."""
    if selected is None:
        st.caption("Click a place or a line on the map to list the articles behind it.")
    elif selected[0] == "p":
        _place(path, filters, selected[1])
    else:
        _link(path, filters, selected)
    article_id = st.session_state.get("open_article")
    if article_id:
        show_article(path, article_id, selected[1] if selected and selected[0] == "p" else None)


def _place(path: Path, filters: Filters, place_id: str) -> None:
    place = data.places(path, [place_id]).get(place_id)
    if place is None:
        st.caption("The place clicked is no longer in the store.")
        return
    rows, total = data.place_articles(path, filters, place_id)
    st.subheader(md("{}", place.name))
    where = f"{place.type}, {data.country_name(place.country_code)}" if place.country_code else place.type
    st.caption(
        md(
            "{} · named in {:,} selected article(s){}",
            where,
            total,
            f", the {len(rows)} newest listed" if total > len(rows) else "",
        )
    )
    cols = st.columns([1, 1, 4])
    cols[0].button(
        md("Only articles naming {}", place.name[:40]), key="only-place", on_click=_only, args=(KEYS["place"], place_id)
    )
    cols[1].button("Clear", key="clear-place", on_click=clear_selection)
    for row in rows:
        left, right = st.columns([7, 1])
        left.markdown(md("**{}** · {}  \n{}", row.title, _meta(row.date, row.source), row.sentence))
        right.button("Read article", key=f"open-place-{row.id}", on_click=_open, args=(row.id,))


def _link(path: Path, filters: Filters, key: tuple[str, ...]) -> None:
    _, type_, source, target, directed, hedged, negated = key
    names = data.places(path, [source, target])
    a = names[source].name if source in names else source
    b = names[target].name if target in names else target
    rows = data.link_relations(path, filters, key)
    flags = ", ".join(w for w, on in (("hedged", hedged == "1"), ("negated", negated == "1")) if on)
    st.subheader(md("{} {} {}", a, "→" if directed == "1" else "—", b))
    st.caption(
        md(
            "{}{} · {:,} relation(s) in the selected articles (newest first, at most 50)",
            type_,
            f" ({flags})" if flags else "",
            len(rows),
        )
    )
    st.button("Clear", key="clear-link", on_click=clear_selection)
    for art, rel in rows:
        left, right = st.columns([7, 1])
        left.markdown(md("**{}** · {}  \n{}", art.title, _meta(art.date, art.source), " ".join(rel.evidence.split())))
        right.button("Read article", key=f"open-link-{art.id}-{rel.seq}", on_click=_open, args=(art.id,))
        with left:
            corrections_panel.relation_actions(path, art, rel, key=f"link-{art.id}-{rel.seq}")


def highlighted(article: ArticleText, selected_place: str | None = None) -> list[Html]:
    """The article's text as HTML pieces with every mention marked (all of it escaped); overlapping
    mentions keep the leftmost-longest one."""
    text = article.text
    parts: list[Html] = [html("<style>{}</style>", ARTICLE_STYLE), html('<div class="geo-text">')]
    pos = 0
    for m in sorted(article.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start < pos or m.end > len(text):
            continue
        parts.append(html("{}", text[pos : m.start]))
        classes = ["geo-mention"]
        if m.place is None:
            classes.append("unresolved")
        elif m.place == selected_place:
            classes.append("selected")
        if m.correction is not None:
            classes.append("corrected")
        label = m.place_name or "not a place" if m.correction is not None else m.place_name or "not resolved"
        if m.place_name and m.country_code:
            label = f"{m.place_name} ({m.place_type}, {m.country_code})"
        if m.correction is not None:
            label += " · corrected"
        parts.append(html('<mark class="{}" title="{}">{}</mark>', " ".join(classes), label, text[m.start : m.end]))
        pos = m.end
    parts.append(html("{}</div>", text[pos:]))
    return parts


def show_article(path: Path, article_id: str, selected_place: str | None = None) -> None:
    """One article: provenance, buttons, the highlighted text and the tools to correct it."""
    art = data.article(path, article_id)
    if art is None:
        st.caption("The article opened is no longer in the store.")
        return
    st.divider()
    st.subheader(md("{}", art.title))
    st.caption(
        md(
            "{} · id {}{}{}",
            _meta(art.date, art.source),
            art.id,
            f" · {art.url}" if art.url else "",
            " · removed" if art.removed else "",
        )
    )
    cols = st.columns([1, 1, 1, 3])
    cols[0].button("Close", key="close-article", on_click=_close)
    cols[1].button("Only this article", key="only-article", on_click=_only, args=(KEYS["article"], art.id))
    with cols[2]:
        from dashboard import add_panel

        add_panel.remove_button(path, art)
    st.html(html_join(highlighted(art, selected_place)))
    st.caption(
        "Marked: places found (orange: the place clicked; grey: a name not resolved; dashed underline: corrected)."
    )
    corrections_panel.article_tools(path, art, selected_place)
