"""The dashboard as a person uses it, in headless Chromium over a real store: the map shows places and
lines, every URL filter narrows it, a click lists articles and opens one, a correction survives a
reparse, an upload survives a restart, the PowerPoint holds the map, hostile input stays inert, and
nothing is fetched from off the machine. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from urllib.parse import urlencode, urlparse

import pytest

pytestmark = pytest.mark.e2e

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob", "about"}
TIES = "iran-latin-america-ties"
ALLIANCE = "venezuela-iran-alliance"
DAMASCUS, CARACAS, TEHRAN = "gn:170654", "gn:3646738", "gn:112931"
EVIL = "http://evil.example"


def _query(store, sql, params=()):
    from geo.store.connect import reading

    with reading(store) as con:
        return con.execute(sql, list(params)).fetchall()


def _url(server, **params) -> str:
    return f"{server.url}/?{urlencode(params, doseq=True)}" if params else f"{server.url}/"


def test_a_large_store_draws_places_lines_labels_and_legend(server, page, e2e):
    opened = time.perf_counter()
    frame = e2e.open_map(page, server.url)
    e2e.record_timing("seconds_to_first_map_e2e_store", time.perf_counter() - opened)
    counts = e2e.map_counts(frame)
    assert counts["places"] >= 500 and counts["links"] >= 20 and counts["arrows"] >= 5 and counts["labels"] >= 10
    assert frame.locator("path.geo-tie").count() >= 1 and frame.locator("path.geo-route").count() >= 1
    assert frame.locator(".geo-legend").is_visible()
    assert "Natural Earth" in frame.locator(".leaflet-control-attribution").inner_text()
    page.get_by_text("Filters", exact=True).wait_for(timeout=60_000)  # the sidebar comes once the map is drawn
    page.wait_for_timeout(500)
    e2e.screenshot(page, "dashboard")
    assert not page.errors


def test_each_url_filter_narrows_the_map(server, page, e2e, e2e_store):
    full = e2e.map_counts(e2e.open_map(page, server.url))
    (source,) = _query(e2e_store, "SELECT source FROM articles GROUP BY 1 ORDER BY count(*) LIMIT 1")[0]
    (mid,) = _query(e2e_store, "SELECT quantile_disc(date, 0.5) FROM articles")[0]
    cases = {
        "article": {"article": TIES},
        "since": {"since": mid.isoformat()},
        "until": {"until": mid.isoformat()},
        "source": {"source": source},
        "country": {"country": "SY"},
        "place": {"place": DAMASCUS},
        "pair": {"pair": f"{CARACAS},{TEHRAN}"},
        "place_type": {"place_type": "country"},
        "relation": {"relation": "route"},
        "min_mentions": {"min_mentions": "3"},
        "q": {"q": "Conviasa"},
    }
    for name, params in cases.items():
        frame = e2e.open_map(page, _url(server, **params))
        got = e2e.map_counts(frame)
        assert got["places"] <= full["places"] and got["links"] <= full["links"], name
        assert (got["places"], got["links"]) != (full["places"], full["links"]), f"{name} narrows nothing"
        assert got["places"] > 0, name
        if name == "pair":
            e2e.screenshot(page, "dashboard-pair-caracas-tehran")
    assert not page.errors


def test_a_filter_change_repaints_the_map_without_reloading_it(server, page, e2e):
    frame = e2e.open_map(page, server.url)
    page.get_by_text("Filters", exact=True).wait_for(timeout=60_000)
    before = e2e.map_counts(frame)
    frame.evaluate("() => { window.sameMap = true; }")
    box = page.locator('input[aria-label="Minimum mentions"]')
    t0 = time.perf_counter()
    box.fill("3")
    box.press("Enter")
    e2e.wait_for_new_view(frame, before["views"])
    e2e.record_timing("seconds_filter_change_to_repaint_e2e_store", time.perf_counter() - t0)
    after = e2e.map_counts(frame)
    assert after["places"] < before["places"]
    assert frame.evaluate("() => window.sameMap") is True, "the map (and its basemap) was not reloaded"
    assert "min_mentions=3" in page.url


def test_clicking_a_place_lists_its_articles_and_opens_one(server, page, e2e):
    frame = e2e.open_map(page, _url(server, article=TIES))
    page.get_by_text("Filters", exact=True).wait_for(timeout=60_000)
    e2e.click_place(page, frame, "Havana")
    frame.locator(".leaflet-popup-content .geo-popup").wait_for(timeout=10_000)
    assert "Havana" in frame.locator(".leaflet-popup-content").inner_text()
    page.get_by_role("heading", name="Havana").wait_for(timeout=30_000)
    page.get_by_text("senior Cuban officials praised Iran", exact=False).first.wait_for(timeout=10_000)
    page.get_by_role("button", name="Read article").first.click()
    page.locator("mark.geo-mention.selected").first.wait_for(timeout=30_000)
    assert "Havana" in page.locator("mark.geo-mention.selected").first.inner_text()
    e2e.screenshot(page, "dashboard-place-clicked")


def test_a_correction_shows_and_survives_a_reparse(server, page, e2e, e2e_store):
    frame = e2e.open_map(page, _url(server, place=DAMASCUS))
    assert "Damascus" in e2e.place_names(frame)
    e2e.click_place(page, frame, "Damascus")
    page.get_by_role("button", name="Read article").first.click()
    page.get_by_text("Correct this article").click()  # the mention of the place clicked comes first
    views = e2e.map_counts(frame)["views"]
    page.get_by_role("button", name="“Damascus” is not a place").click()
    page.get_by_text("marked not a place").wait_for(timeout=30_000)
    e2e.wait_for_new_view(frame, views)
    assert "Damascus" not in e2e.place_names(frame)
    e2e.screenshot(page, "dashboard-corrected")
    # an older parser's rows: the page says so, geo reparse parses the article again, the fix stays
    from geo.store.connect import writing

    with writing(e2e_store) as con:
        con.execute("UPDATE articles SET fingerprint = 'older' WHERE id = ?", [TIES])
        from geo.store.schema import bump_revision

        bump_revision(con)
    page.goto(server.url)
    page.get_by_text("parsed by an older version of the parser").wait_for(timeout=60_000)
    done = subprocess.run(
        [sys.executable, "-m", "geo", "reparse", "--store", str(e2e_store), "--quiet"],
        cwd=e2e.ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert _query(e2e_store, "SELECT count(*) FROM articles WHERE fingerprint = 'older'") == [(0,)]
    frame = e2e.open_map(page, server.url)
    assert "Damascus" not in e2e.place_names(frame)
    assert _query(e2e_store, "SELECT count(*) FROM mention_view WHERE place_id = ? ", [DAMASCUS]) == [(0,)]
    assert _query(e2e_store, "SELECT count(*) FROM mentions WHERE place_id = ?", [DAMASCUS]) == [(1,)], (
        "the parser still finds it: the correction, kept apart, hides it"
    )


def test_the_powerpoint_briefing_holds_the_map_picture_links_and_sources(server, page, e2e, tmp_path):
    from pptx import Presentation

    e2e.open_map(page, _url(server, article=[TIES, ALLIANCE]))
    page.get_by_text("Briefing & export").click()
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name="PowerPoint briefing").click()
    path = tmp_path / "briefing.pptx"
    info.value.save_as(path)
    prs = Presentation(str(path))
    first, second = prs.slides
    pictures = [s for s in first.shapes if s.shape_type == 13]
    assert pictures and len(pictures[0].image.blob) > 50_000
    text = "\n".join(s.text_frame.text for s in second.shapes if s.has_text_frame)
    assert ("Sources:" in text and "→" in text) or "—" in text
    (tmp_path / "map.png").write_bytes(pictures[0].image.blob)
    e2e.screenshot(page, "dashboard-export")


HOSTILE_ID = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SOURCE = f"![s]({EVIL}/s.png) <script>window.__pwned=2</script>"
HOSTILE_TITLE = f'Title <img src="{EVIL}/t.png"> :red[loud] $x^2$ [a](javascript:window.__pwned=3)'


INJECTED = (
    'img[src*="evil"], img[src="x"], script[src*="evil"], a[href^="javascript"], iframe[src*="evil"], '
    "[onerror], [onload]"
)


def _no_injection(page, frame=None) -> None:
    for target in (page, frame):
        if target is None:
            continue
        assert target.evaluate("() => window.__pwned") is None
        assert target.evaluate("(sel) => document.querySelectorAll(sel).length", INJECTED) == 0


def test_hostile_url_values_stay_inert(server, page, e2e, requests_seen):
    params = dict.fromkeys(
        (
            "article",
            "source",
            "place",
            "place_type",
            "relation",
            "country",
            "since",
            "until",
            "min_mentions",
            "pair",
            "q",
        ),
        HOSTILE_SOURCE,
    )
    params["bogus<b>"] = f"![x]({EVIL}/x.png)"
    frame = e2e.open_map(page, f"{server.url}/?{urlencode(params)}")
    page.get_by_text("ignored", exact=False).first.wait_for(timeout=60_000)
    warnings = page.locator('[data-testid="stAlertContentWarning"]').all_inner_texts()
    assert any("![s](" in w or "s.png" in w for w in warnings), "the value is shown as text"
    page.wait_for_timeout(1000)
    _no_injection(page, frame)
    e2e.screenshot(page, "dashboard-hostile-url")
    assert not [u for u in requests_seen if urlparse(u).hostname == "evil.example"]


def test_hostile_uploads_names_titles_and_texts_stay_inert(server, page, e2e, requests_seen, e2e_store):
    record = {
        "id": HOSTILE_ID,
        "title": HOSTILE_TITLE,
        "source": HOSTILE_SOURCE,
        "date": "2024-02-02",
        "text": "Officials flew from Caracas to Quito on Monday for talks on trade and energy, the ministry "
        "said in a statement. The delegation will return to Caracas next week, officials said.\n\n"
        f'![y]({EVIL}/y.png) <script>window.__pwned=4</script> =HYPERLINK("http://evil.example") '
        ":red[alarm] $$x$$ **bold**",
    }
    e2e.open_map(page, server.url)
    page.get_by_text("Add & remove").click()
    page.locator('input[type="file"]').set_input_files(
        [
            {
                "name": f"{HOSTILE_ID}.jsonl",
                "mimeType": "application/json",
                "buffer": (json.dumps(record) + "\n").encode(),
            },
            {
                "name": f"![x]({EVIL}/x.png)\n<img src=x>.txt",
                "mimeType": "text/plain",
                "buffer": b"\x89PNG\x00\x00" * 50,
            },
        ]
    )
    page.get_by_text("Corpus: 1 new", exact=False).wait_for(timeout=240_000)
    assert page.get_by_text("binary", exact=False).count() >= 1, "the bad file is named in an error"
    (aid,) = _query(e2e_store, "SELECT id FROM articles WHERE source = ?", [HOSTILE_SOURCE])[0]
    frame = e2e.open_map(page, f"{server.url}/?{urlencode({'source': HOSTILE_SOURCE, 'present': '1'})}")
    assert frame.locator(".geo-title").is_visible()
    _no_injection(page, frame)
    e2e.screenshot(page, "dashboard-hostile-presentation")
    frame = e2e.open_map(page, f"{server.url}/?{urlencode({'source': HOSTILE_SOURCE})}")
    e2e.click_place(page, frame, "Quito")
    page.get_by_role("button", name="Read article").first.click()
    page.locator(".geo-text").wait_for(timeout=30_000)
    assert "window.__pwned=4" in page.locator(".geo-text").inner_text()
    page.wait_for_timeout(500)
    _no_injection(page, frame)
    e2e.screenshot(page, "dashboard-hostile-article")
    assert aid == HOSTILE_ID
    assert not [u for u in requests_seen if urlparse(u).hostname == "evil.example"]


def test_an_upload_survives_a_server_restart(server, page, e2e):
    text = "Officials flew from Reykjavik to Caracas on Monday for talks on fisheries, the ministry said."
    e2e.open_map(page, server.url)
    page.get_by_text("Add & remove").click()
    page.locator('input[type="file"]').set_input_files(
        [{"name": "fisheries.txt", "mimeType": "text/plain", "buffer": text.encode()}]
    )
    page.get_by_text("Corpus: 1 new", exact=False).wait_for(timeout=240_000)
    server.stop()
    e2e.record_timing("seconds_restart_to_health", server.start())
    frame = e2e.open_map(page, _url(server, q="fisheries"))
    assert "Reykjavík" in e2e.place_names(frame)


def test_no_request_leaves_the_machine(server, page, requests_seen, e2e):
    frame = e2e.open_map(page, server.url)
    frame.evaluate("() => { window.map.setZoom(6); }")  # the detail basemap is fetched from this server
    page.wait_for_timeout(2500)
    for served in (
        "leaflet/leaflet.js",
        "leaflet/leaflet.css",
        "basemap/world.json",
        "basemap/countries.json",
        "basemap/rivers.json",
    ):
        assert any(f"/app/static/{served}" in url for url in requests_seen), served  # from this server
    outside = []
    for url in requests_seen:
        parsed = urlparse(url)
        if parsed.scheme in LOCAL_SCHEMES:
            continue
        if parsed.hostname not in LOCAL_HOSTS:
            outside.append(url[:120])
    assert not outside, outside
