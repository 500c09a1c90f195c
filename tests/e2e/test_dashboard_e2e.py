"""The dashboard as a person sees it, in headless Chromium: markers and routes draw, ``?article=``
narrows the map, a marker click fills the article panel, and nothing is fetched from off the machine."""

from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.e2e

ALLIANCE = "venezuela-iran-alliance"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about"}


def test_first_map_shows_markers_routes_and_legend(server, page, e2e):
    opened = time.perf_counter()
    frame = e2e.open_map(page, server["url"])
    e2e.record_timing("seconds_from_server_start_to_first_map", time.perf_counter() - server["started"])
    e2e.record_timing("seconds_from_first_page_open_to_first_map", time.perf_counter() - opened)
    counts = e2e.map_counts(frame)
    assert counts["places"] >= 5 and counts["links"] >= 1 and counts["arrows"] >= 1 and counts["labels"] >= 3
    assert frame.locator("path.geo-route, path.geo-transfer").count() >= 1
    assert frame.locator(".geo-legend").is_visible()
    assert "Natural Earth" in frame.locator(".leaflet-control-attribution").inner_text()
    page.wait_for_timeout(500)
    e2e.screenshot(page, "dashboard")


def test_article_query_parameter_narrows_the_map(server, page, e2e):
    opened = time.perf_counter()
    full = e2e.map_counts(e2e.open_map(page, server["url"]))["places"]
    e2e.record_timing("seconds_from_page_open_to_map_warm_server", time.perf_counter() - opened)
    frame = e2e.open_map(page, f"{server['url']}/?article={ALLIANCE}")
    narrowed = e2e.map_counts(frame)["places"]
    assert 0 < narrowed < full
    page.wait_for_timeout(500)
    e2e.screenshot(page, "dashboard-one-article")


def test_clicking_a_marker_shows_its_sentences(server, page, e2e):
    frame = e2e.open_map(page, f"{server['url']}/?article={ALLIANCE}")
    e2e.click_place(page, frame, "Caracas")
    frame.locator(".leaflet-popup-content .geo-popup").wait_for(timeout=10_000)
    assert "Caracas" in frame.locator(".leaflet-popup-content").inner_text()
    page.get_by_text("mention(s)").first.wait_for(timeout=30_000)
    assert page.locator("mark.geo-mention.selected").count() >= 1
    e2e.screenshot(page, "dashboard-marker-clicked")


def test_presentation_mode_hides_controls(server, page, e2e):
    frame = e2e.open_map(page, f"{server['url']}/?present=1")
    assert frame.locator(".geo-title").is_visible()
    assert frame.locator(".geo-legend").is_visible()
    assert not page.locator("section[data-testid='stSidebar']").is_visible()
    page.wait_for_timeout(500)
    e2e.screenshot(page, "presentation")


def test_no_request_leaves_the_machine(server, page, requests_seen, e2e):
    frame = e2e.open_map(page, server["url"])
    frame.evaluate("() => window.map.setZoom(6)")  # the detail basemap is fetched from this server
    page.wait_for_timeout(2500)
    assert any("/app/static/basemap/countries.json" in url for url in requests_seen)
    assert requests_seen, "requests are recorded"
    outside = []
    for url in requests_seen:
        parsed = urlparse(url)
        if parsed.scheme in LOCAL_SCHEMES:
            continue
        if parsed.hostname not in LOCAL_HOSTS:
            outside.append(url[:120])
    assert not outside, outside
