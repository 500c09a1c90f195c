"""The real dashboard in headless Debian Chromium: a Streamlit server on a free local port over a
store built for the tests, one browser context with a fresh profile, and every request the pages
make recorded.

The store: the bundled articles through the real ingest (``python -m geo ingest``), then replicated
to a few hundred articles with stand-in places, dates and sources (``bench.dashboard_store``), so
the map holds a thousand places or more and every filter has something to narrow.

Without chromium or playwright the e2e tests skip, except under ``CI=true`` where they fail: a
missing browser in CI must not pass as green.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from needs import missing

from bench.dashboard import CHROMIUM, CHROMIUM_ARGS, MAP_FRAME  # one browser set-up for tests and benchmark

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
TIMINGS: dict[str, float] = {}
E2E_ARTICLES = 240


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def e2e_store(tmp_path_factory, browser) -> Path:
    """The bundled articles ingested for real, replicated to ``E2E_ARTICLES`` articles."""
    from bench.dashboard_store import replicate

    store = tmp_path_factory.mktemp("store") / "corpus.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "geo", "ingest", str(ROOT / "data" / "articles"), "--store", str(store), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    replicate(store, E2E_ARTICLES, 0, out=None)
    return store


class Server:
    """``streamlit run app.py`` over one store, restartable (the store and its uploads stay)."""

    def __init__(self, store: Path, log: Path):
        self.store, self.log, self.proc, self.url = store, log, None, ""

    def start(self) -> float:
        """Start the server; returns the seconds until it answered its health check."""
        port = _free_port()
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "GEO_STORE": str(self.store)}
        started = time.perf_counter()
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "streamlit",
                    "run",
                    str(ROOT / "app.py"),
                    "--server.headless",
                    "true",
                    "--server.port",
                    str(port),
                    "--server.address",
                    "127.0.0.1",
                    "--browser.gatherUsageStats",
                    "false",
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return time.perf_counter() - started
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start:\n{self.log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.25)

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.proc = None


@pytest.fixture(scope="session")
def server(tmp_path_factory, browser, e2e_store):
    """The dashboard's server over the e2e store. Asks for the browser first, so a missing chromium
    fails or skips before anything is built."""
    srv = Server(e2e_store, tmp_path_factory.mktemp("streamlit") / "server.log")
    record_timing("seconds_from_server_start_to_health", srv.start())
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def requests_seen() -> list[str]:
    """Every URL any page or frame asked for (HTTP requests and websockets)."""
    return []


@pytest.fixture(scope="session")
def browser(tmp_path_factory, requests_seen):
    """A persistent Chromium context with a fresh profile, recording requests."""
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        missing(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1600, "height": 1000},
            accept_downloads=True,
        )
        context.on("request", lambda req: requests_seen.append(req.url))
        context.on("page", lambda page: page.on("websocket", lambda ws: requests_seen.append(ws.url)))
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    yield page
    page.close()


@pytest.fixture(scope="session")
def e2e():
    """The helpers below, for the test modules (which import nothing from this conftest)."""
    return SimpleNamespace(
        open_map=open_map,
        screenshot=screenshot,
        record_timing=record_timing,
        MAP_FRAME=MAP_FRAME,
        map_counts=map_counts,
        click_place=click_place,
        wait_for_new_view=wait_for_new_view,
        place_names=place_names,
        ROOT=ROOT,
    )


# What the Leaflet map in streamlit-folium's frame (``window.map``) holds: places are drawn on one
# canvas layer (their rows in ``window.geoPlaces``), links are polylines, labels and arrows div icons.
_COUNTS_JS = """() => {
    const out = {places: (window.geoPlaces || []).length, links: 0, views: window.geoViews || 0,
                 labels: document.querySelectorAll('.geo-label').length,
                 arrows: document.querySelectorAll('.geo-arrow').length, zoom: window.map ? window.map.getZoom() : null};
    if (!window.map) return out;
    for (const layer of Object.values(window.map._layers)) {
        if (layer instanceof L.Polyline && layer.options.className && layer.options.className.includes('geo-link')) out.links += 1;
    }
    return out;
}"""


def _map_frame(page, timeout_ms: int = 120_000):
    page.wait_for_selector(MAP_FRAME, timeout=timeout_ms)
    return page.locator(MAP_FRAME).element_handle().content_frame()


def open_map(page, url: str, timeout_ms: int = 120_000):
    """Open a dashboard URL and wait until the map has drawn its view; returns the map's frame."""
    page.goto(url)
    frame = _map_frame(page, timeout_ms)
    frame.wait_for_function("() => window.map && window.geoDrawnAt", timeout=timeout_ms)
    return frame


def wait_for_new_view(frame, views: int, timeout_ms: int = 60_000) -> None:
    """Wait until the map has drawn a view after the ``views``-th one (a filter change repainted it)."""
    frame.wait_for_function(f"() => (window.geoViews || 0) > {views}", timeout=timeout_ms)


def map_counts(frame) -> dict:
    """Places, links, labels, arrows, views drawn and the zoom of the map in ``frame``."""
    return frame.evaluate(_COUNTS_JS)


def place_names(frame) -> set[str]:
    """The (HTML-escaped) names of the places on the map."""
    return set(frame.evaluate("() => (window.geoPlaces || []).map(p => p[4])"))


def click_place(page, frame, name: str) -> None:
    """Click the circle of the place named ``name`` (a real mouse click on the map's canvas)."""
    found = frame.evaluate(
        """(name) => {
        const i = window.geoPlaces.findIndex(p => p[4] === name);
        if (i < 0) return null;
        const p = window.geoPlaces[i];
        window.map.setView([p[0], p[1]], Math.max(window.map.getZoom(), 5), {animate: false});
        return i;
    }""",
        name,
    )
    assert found is not None, f"no circle for {name}"
    page.wait_for_timeout(400)  # the canvas redraws on the next frame
    point = frame.evaluate(
        """(i) => { const p = window.geoPlaces[i];
        const c = window.map.latLngToContainerPoint([p[0], p[1]]); return [c.x, c.y]; }""",
        found,
    )
    box = page.locator(MAP_FRAME).bounding_box()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def record_timing(name: str, seconds: float) -> None:
    """Keep a measured number in artifacts/e2e-timings.json (and print it with -s)."""
    path = ARTIFACTS / "e2e-timings.json"
    TIMINGS[name] = round(seconds, 2)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(TIMINGS, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {seconds:.2f}")
