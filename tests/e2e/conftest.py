"""The real dashboard in headless Debian Chromium: a Streamlit server on a free local port, one
browser context with a fresh profile, and every request the pages make recorded.

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

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM = os.environ.get("GEO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MAP_FRAME = 'iframe[title*="st_folium"]'
TIMINGS: dict[str, float] = {}


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI=true: e2e tests must run)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory, browser):
    """``streamlit run app.py`` on a free port; yields its base URL and the time it was started.

    Asks for the browser first, so a missing chromium fails or skips before a server starts.
    """
    port = _free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.25)
        record_timing("seconds_from_server_start_to_health", time.perf_counter() - started)
        yield {"url": base, "started": started}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def requests_seen() -> list[str]:
    """Every URL any page or frame asked for (HTTP requests and websockets)."""
    return []


@pytest.fixture(scope="session")
def browser(tmp_path_factory, requests_seen):
    """A persistent Chromium context with a fresh profile, recording requests."""
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        _missing(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1600, "height": 1000},
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
    page.on("websocket", lambda ws: None)
    yield page
    page.close()


@pytest.fixture(scope="session")
def e2e():
    """The helpers below, for the test modules (which import nothing from this conftest)."""
    return SimpleNamespace(open_map=open_map, screenshot=screenshot, record_timing=record_timing, MAP_FRAME=MAP_FRAME,
                           map_counts=map_counts, click_place=click_place)


# What the Leaflet map in streamlit-folium's frame (``window.map``) holds: places are circles on a
# canvas (no DOM element each), links polylines, labels and arrows div icons.
_COUNTS_JS = """() => {
    const out = {places: 0, links: 0, labels: document.querySelectorAll('.geo-label').length,
                 arrows: document.querySelectorAll('.geo-arrow').length, zoom: window.map ? window.map.getZoom() : null};
    if (!window.map) return out;
    for (const layer of Object.values(window.map._layers)) {
        if (layer instanceof L.CircleMarker) out.places += 1;
        else if (layer instanceof L.Polyline && layer.options.className && layer.options.className.includes('geo-link')) out.links += 1;
    }
    return out;
}"""


def _map_frame(page, timeout_ms: int = 120_000):
    page.wait_for_selector(MAP_FRAME, timeout=timeout_ms)
    return page.locator(MAP_FRAME).element_handle().content_frame()


def open_map(page, url: str, timeout_ms: int = 120_000):
    """Open a dashboard URL and wait until the map holds its place circles; returns the map's frame."""
    page.goto(url)
    frame = _map_frame(page, timeout_ms)
    frame.wait_for_function("() => window.map && Object.values(window.map._layers).some(l => l instanceof L.CircleMarker)",
                            timeout=timeout_ms)
    return frame


def map_counts(frame) -> dict:
    """Places, links, labels, arrows and the zoom of the map in ``frame``."""
    return frame.evaluate(_COUNTS_JS)


def click_place(page, frame, name: str) -> None:
    """Click the circle of the place whose tooltip starts with ``name`` (a real mouse click on the canvas)."""
    point = frame.evaluate("""(name) => {
        for (const layer of Object.values(window.map._layers)) {
            if (layer instanceof L.CircleMarker && layer.getTooltip() &&
                String(layer.getTooltip().getContent()).startsWith(name + ' ')) {
                window.map.setView(layer.getLatLng(), Math.max(window.map.getZoom(), 4), {animate: false});
                const p = window.map.latLngToContainerPoint(layer.getLatLng());
                return [p.x, p.y];
            }
        }
        return null;
    }""", name)
    assert point is not None, f"no circle for {name}"
    page.wait_for_timeout(300)
    point = frame.evaluate("""(name) => {
        for (const layer of Object.values(window.map._layers)) {
            if (layer instanceof L.CircleMarker && String(layer.getTooltip().getContent()).startsWith(name + ' ')) {
                const p = window.map.latLngToContainerPoint(layer.getLatLng()); return [p.x, p.y];
            }
        }
    }""", name)
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
