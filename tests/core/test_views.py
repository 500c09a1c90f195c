"""Views aggregate places and links across articles, counting stories, not copies."""

from __future__ import annotations

from msgspec.structs import replace

from geo.core.views import link_key, link_stats, place_stats


def test_place_stats_count_mentions_articles_and_stories(parsed_articles):
    stats = {s.place.name: s for s in place_stats(parsed_articles)}
    assert stats["Caracas"].mentions == 2 and stats["Caracas"].articles == 1 and stats["Caracas"].stories == 1
    assert [s.mentions for s in place_stats(parsed_articles)] == sorted(
        (s.mentions for s in place_stats(parsed_articles)), reverse=True
    )


def test_copies_of_one_story_count_once(parsed_articles):
    copy = replace(parsed_articles[0], article=replace(parsed_articles[0].article, id="copy"))
    corpus = [parsed_articles[0], copy]
    story = {parsed_articles[0].article.id: "s1", "copy": "s1"}
    caracas = next(s for s in place_stats(corpus, story) if s.place.name == "Caracas")
    assert caracas.articles == 2 and caracas.stories == 1 and caracas.mentions == 4
    route = next(link for link in link_stats(corpus, story) if link.type == "route")
    assert route.articles == 2 and route.stories == 1 and len(route.evidence) == 2
    assert next(link for link in link_stats(corpus) if link.type == "route").stories == 2


def test_links_keep_itinerary_legs_and_evidence(parsed_articles):
    links = link_stats(parsed_articles)
    legs = sorted(link.order for link in links if link.order is not None)
    assert legs == [1, 2]
    tie = next(link for link in links if link.type == "tie")
    assert not tie.directed and tie.source < tie.target
    assert tie.evidence[0].title and tie.evidence[0].sentence


def test_link_key_sorts_undirected_endpoints_only():
    assert link_key("tie", "b", "a", False, False, False)[1:3] == ("a", "b")
    assert link_key("route", "b", "a", True, False, False)[1:3] == ("b", "a")
