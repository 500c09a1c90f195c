"""The PowerPoint briefing opens with python-pptx and holds the map picture, the links and sources."""

from __future__ import annotations

import io

from pptx import Presentation

from geo.core.views import link_stats, place_stats
from geo.viz.deck import build_deck, clean, link_bullet
from geo.viz.picture import render_png


def test_deck_holds_the_map_the_links_and_the_sources(parsed_articles, basemap_path):
    places, links = place_stats(parsed_articles), link_stats(parsed_articles)
    png = render_png(
        places, links, title="Iran in Latin America", basemap_path=basemap_path, width_px=640, height_px=360
    )
    data = build_deck(
        png,
        links,
        {s.place.id: s.place for s in places},
        title="Iran in Latin America",
        subtitle="2024 · 2 sources",
        sources=["Reuters", "AP\x00 <b>"],
    )
    prs = Presentation(io.BytesIO(data))
    assert len(prs.slides) == 2
    first, second = prs.slides
    assert any(shape.shape_type == 13 for shape in first.shapes)  # a picture
    text = "\n".join(shape.text_frame.text for shape in second.shapes if shape.has_text_frame)
    assert "Caracas → Tehran: route" in text and "Sources: Reuters, AP <b>" in text
    assert "Flights ran from Caracas to Tehran every week." in text


def test_bullet_names_places_and_evidence(parsed_articles):
    places, links = place_stats(parsed_articles), link_stats(parsed_articles)
    head, evidence = link_bullet(links[0], {s.place.id: s.place for s in places})
    assert "→" in head or "—" in head
    assert evidence.startswith("“")


def test_clean_drops_what_xml_cannot_hold():
    assert clean("a\x00b\x1bc\ud800d  e\n f") == "abcd e f"
    assert len(clean("x" * 1000, limit=50)) == 50
