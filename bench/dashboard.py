"""``python -m bench dashboard``: the dashboard on a 3,000-article, 10,000-place store, in headless Chromium.

On the store of ``bench.dashboard_store`` (real corpora, real ingest, replicated), with a real
``streamlit run app.py`` server made warm (it has served one page) and Debian's Chromium driven by
Playwright (a fresh browser context, so a cold browser cache, for every new visitor):

1. **first map**: seconds from navigation to the map's view drawn (its circles on the canvas);
2. **filter change**: the server's time for the page run a widget change causes (``dashboard.timing``)
   and the browser's time from the change to the repainted map;
3. **burst**: ``sessions`` visitors opening the page at once: the server's CPU per session, every map
   drawn, and the slowest map against a bare Streamlit page under the same burst;
4. **memory**: the server's resident memory across ``changes`` different filter changes.

Each number is printed beside its target, and the raw measurements go to ``--json``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TextIO

from geo.core.errors import BenchError
from geo.core.paths import PROJECT_ROOT

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
BARE_APP = 'import streamlit as st\nst.title("Bare page")\nst.write("Hello from a bare Streamlit page.")\n'
TARGETS = {
    "first_map_s": 2.0,
    "filter_server_s": 0.3,
    "filter_repaint_s": 1.0,
    "burst_cpu_per_session_s": 0.3,
    "burst_slowest_vs_bare": 2.0,
    "memory_max_mb": 1536,
}


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(app: Path, env: dict[str, str] | None = None, log: Path | None = None):
    """``streamlit run APP`` on a free local port; yields (base URL, process)."""
    from geo.core.workers import die_with_parent

    port = _free_port()
    parent = os.getpid()
    with open(log or os.devnull, "wb") as out:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(app),
                "--server.headless",
                "true",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=PROJECT_ROOT,
            env={**os.environ, **(env or {})},
            stdout=out,
            stderr=subprocess.STDOUT,
            # no server outlives a killed benchmark; the servers start before the browser's threads exist
            preexec_fn=lambda: die_with_parent(parent, signal.SIGTERM),
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise BenchError(f"Expected streamlit to start {app}, instead it exited or timed out.")
            time.sleep(0.25)
        yield base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _cpu(proc) -> float:
    import psutil

    t = psutil.Process(proc.pid).cpu_times()
    return t.user + t.system


def _rss_mb(proc) -> float:
    import psutil

    return psutil.Process(proc.pid).memory_info().rss / 2**20


async def _open_map(context, url: str, timeout_ms: int = 180_000) -> tuple[float, float]:
    """Seconds from navigation to the first view drawn on the map: by the browser's own clock (the
    frame the view was painted in, ``window.geoDrawnAt``, against the page's navigation start) and
    as Playwright saw it (which polls, late when the page is busy)."""
    page = await context.new_page()
    t0 = time.perf_counter()
    await page.goto(url, wait_until="commit")
    await page.wait_for_selector(MAP_FRAME, timeout=timeout_ms)
    frame = await (await page.query_selector(MAP_FRAME)).content_frame()
    await frame.wait_for_function("() => window.geoDrawnAt", timeout=timeout_ms, polling=20)
    seen = time.perf_counter() - t0
    drawn = await frame.evaluate("window.geoDrawnAt") - await page.evaluate("performance.timeOrigin")
    return drawn / 1000, seen


async def _open_bare(context, url: str, timeout_ms: int = 180_000) -> float:
    """Seconds from navigation to a bare Streamlit page's text shown, by the browser's clock."""
    page = await context.new_page()
    await page.goto(url, wait_until="commit")
    await page.get_by_text("Hello from a bare Streamlit page.").wait_for(timeout=timeout_ms)
    return await page.evaluate("performance.now()") / 1000


def _timings(path: Path, since: float) -> list[dict]:
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["end"] >= since]


def minimum_mentions_steps(mentions: list[int], wanted: tuple[int, ...] = (2, 3, 5, 1, 4, 8)) -> tuple[int, ...]:
    """The minimum-mentions values the filter-change test types, each drawing another set of places
    than the one before (a value that redraws the same view would wait for a repaint that never
    comes): ``wanted`` when the store's places tell them all apart, else as many values as do."""

    def drawn(v: int) -> int:
        return sum(m >= v for m in mentions)

    if all(drawn(a) != drawn(b) for a, b in itertools.pairwise((1, *wanted))):  # the page starts at 1
        return wanted
    firsts = {}
    for v in range(1, max(mentions, default=1) + 1):
        firsts.setdefault(drawn(v), v)
    values = sorted(firsts.values())
    return tuple(values[1::2] + values[0::2])[: len(wanted)] if len(values) > 1 else tuple(values)


async def _browser_part(
    url: str,
    bare_url: str,
    proc,
    bare_proc,
    timings: Path,
    sessions: int,
    changes: int,
    words: list[str],
    out: TextIO,
    steps: tuple[int, ...] = (2, 3, 5, 1, 4, 8),
) -> dict[str, Any]:
    from playwright.async_api import TimeoutError as PlaywrightTimeout
    from playwright.async_api import async_playwright

    report: dict[str, Any] = {}
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=os.environ.get("GEO_CHROMIUM", CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )

        async def fresh():
            return await browser.new_context(viewport={"width": 1600, "height": 1000})

        # warm: each server serves one page first
        for target, opener in ((url, _open_map), (bare_url, _open_bare)):
            ctx = await fresh()
            await opener(ctx, target)
            await ctx.close()

        # 1. first map, one visitor at a time, cold browser cache each, alternating with a bare page
        firsts, seen, bares = [], [], []
        for _ in range(5):
            ctx = await fresh()
            drawn, observed = await _open_map(ctx, url)
            firsts.append(drawn)
            seen.append(observed)
            await ctx.close()
            ctx = await fresh()
            bares.append(await _open_bare(ctx, bare_url))
            await ctx.close()
        report["first_map_s"] = firsts
        report["first_map_seen_by_playwright_s"] = seen
        report["bare_page_s"] = bares
        print(
            f"first map drawn from navigation (browser clock): median {statistics.median(firsts):.2f} s "
            f"({', '.join(f'{x:.2f}' for x in firsts)}), as Playwright saw it {statistics.median(seen):.2f} s; "
            f"a bare Streamlit page: median {statistics.median(bares):.2f} s  [target < {TARGETS['first_map_s']} s]",
            file=out,
            flush=True,
        )

        # 2. filter changes in one session: minimum mentions typed into its box
        ctx = await fresh()
        page = await ctx.new_page()
        await page.goto(url)
        await page.wait_for_selector(MAP_FRAME, timeout=180_000)
        frame = await (await page.query_selector(MAP_FRAME)).content_frame()
        await frame.wait_for_function("() => window.geoViews >= 1", timeout=180_000)
        box = page.locator('input[aria-label="Minimum mentions"]')
        await box.wait_for(timeout=60_000)  # the filters come once the map is drawn
        server_s, server_cpu_s, repaint_s = [], [], []
        for value in steps:
            views = await frame.evaluate("() => window.geoViews")
            before = await frame.evaluate("performance.timeOrigin + performance.now()")
            wall0 = time.time()
            await box.fill(str(value))
            await box.press("Enter")
            await frame.wait_for_function(
                f"() => window.geoViews > {views} && window.geoDrawnAt > {before}", timeout=60_000, polling=10
            )
            repaint_s.append((await frame.evaluate("window.geoDrawnAt") - before) / 1000)
            await page.wait_for_timeout(300)
            runs = _timings(timings, wall0)
            if runs:
                slowest = max(runs, key=lambda r: r["wall"])
                server_s.append(slowest["wall"])
                server_cpu_s.append(slowest["cpu"])
        report["filter_server_s"] = server_s
        report["filter_server_cpu_s"] = server_cpu_s
        report["filter_repaint_s"] = repaint_s
        print(
            f"filter change (minimum mentions {', '.join(map(str, steps))}): server {statistics.median(server_s):.3f} s median, "
            f"max {max(server_s):.3f} s [target < {TARGETS['filter_server_s']} s] (CPU of the run "
            f"{statistics.median(server_cpu_s):.3f} s median); repainted map "
            f"{statistics.median(repaint_s):.2f} s median, max {max(repaint_s):.2f} s "
            f"[target < {TARGETS['filter_repaint_s']} s]",
            file=out,
            flush=True,
        )

        # 4. memory across many different filter changes (the same session): a text search for
        # each of ``changes`` words of the corpus's titles, each a different selection and view
        search = page.locator('input[aria-label="Text search"]')
        rss = [_rss_mb(proc)]
        for word in words[:changes]:
            views = await frame.evaluate("() => window.geoViews")
            await search.fill(word)
            await search.press("Enter")
            # two words may select the same articles: then there is no new view to wait for
            with suppress(PlaywrightTimeout):
                await frame.wait_for_function(f"() => window.geoViews > {views}", timeout=20_000, polling=20)
            rss.append(_rss_mb(proc))
        report["memory_mb"] = rss
        print(
            f"server memory across {len(rss) - 1} different filter changes (text searches): {rss[0]:.0f} MB before, "
            f"max {max(rss):.0f} MB, {rss[-1]:.0f} MB after [target < {TARGETS['memory_max_mb']} MB]",
            file=out,
            flush=True,
        )
        await ctx.close()

        # 3. a burst of visitors at once, then the same burst on a bare page
        for target, opener, p, name in ((url, _open_map, proc, "burst"), (bare_url, _open_bare, bare_proc, "bare")):
            contexts = [await fresh() for _ in range(sessions)]
            cpu0 = _cpu(p)
            t0 = time.perf_counter()
            results = await asyncio.gather(*(opener(c, target) for c in contexts), return_exceptions=True)
            took = time.perf_counter() - t0
            await asyncio.sleep(1.0)  # let the last runs finish before reading the CPU
            cpu = _cpu(p) - cpu0
            for c in contexts:
                await c.close()
            results = [r[0] if isinstance(r, tuple) else r for r in results]
            drawn = [r for r in results if isinstance(r, float)]
            report[f"{name}_s"] = [r if isinstance(r, float) else str(r) for r in results]
            report[f"{name}_cpu_s"] = cpu
            report[f"{name}_wall_s"] = took
            print(
                f"{sessions} {'maps' if name == 'burst' else 'bare pages'} opened at once: {len(drawn)} drawn, slowest "
                f"{max(drawn) if drawn else float('nan'):.2f} s, median {statistics.median(drawn) if drawn else 0:.2f} s; "
                f"server CPU {cpu:.2f} s = {cpu / sessions:.3f} s per session",
                file=out,
                flush=True,
            )
        await browser.close()
    burst = [r for r in report["burst_s"] if isinstance(r, float)]
    bare = [r for r in report["bare_s"] if isinstance(r, float)]
    if burst and bare:
        report["burst_slowest_vs_bare"] = max(burst) / max(bare)
        print(
            f"burst: slowest map / slowest bare page = {report['burst_slowest_vs_bare']:.2f}x "
            f"[target < {TARGETS['burst_slowest_vs_bare']}x]; server CPU per session "
            f"{report['burst_cpu_s'] / sessions:.3f} s [target < {TARGETS['burst_cpu_per_session_s']} s]",
            file=out,
            flush=True,
        )
    return report


def search_words(titles: list[str], n: int) -> list[str]:
    """``n`` different words of the titles (five letters or more, in 2 to 200 titles), for text searches."""
    import collections
    import re

    counts = collections.Counter(w for t in titles for w in set(re.findall(r"[a-z]{5,}", t.lower())))
    return sorted((w for w, c in counts.items() if 2 <= c <= 200), key=lambda w: (-counts[w], w))[:n]


def run_dashboard_bench(
    articles: int = 3000, places: int = 10_000, sessions: int = 20, changes: int = 100, out: TextIO | None = None
) -> dict[str, Any]:
    """Build (or reuse) the store, start the servers and measure; prints as it goes."""
    from bench.dashboard_store import store_for
    from geo.core.records import Filters
    from geo.store import query
    from geo.store.connect import reading

    out = out or sys.stdout
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a killed benchmark stops its servers too
    chromium = os.environ.get("GEO_CHROMIUM", CHROMIUM)
    if not Path(chromium).exists():
        raise BenchError(f"Expected Debian's chromium at {chromium} (apt-get install chromium), instead found none.")
    store = store_for(articles, places, out=out)
    with reading(store) as con:
        stats = query.stats(con)
        place_stats = query.place_stats(con, Filters())
        n_places = len(place_stats)
        steps = minimum_mentions_steps([s.mentions for s in place_stats])
        titles = [t for (t,) in con.execute("SELECT title FROM articles ORDER BY id").fetchall()]
    words = search_words(titles, changes)
    print(
        f"store {store.name}: {stats['articles']:,} articles, {n_places:,} distinct places, "
        f"{stats['relations']:,} relations; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        file=out,
        flush=True,
    )
    report: dict[str, Any] = {
        "store": str(store),
        "articles": stats["articles"],
        "places": n_places,
        "relations": stats["relations"],
        "load_average": os.getloadavg(),
    }
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        timings = tmp / "timings.jsonl"
        bare = tmp / "bare.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        with (
            server(
                PROJECT_ROOT / "app.py",
                {"GEO_STORE": str(store), "GEO_DASHBOARD_TIMINGS": str(timings)},
                log=tmp / "server.log",
            ) as (url, proc),
            server(bare) as (bare_url, bare_proc),
        ):
            report.update(
                asyncio.run(
                    _browser_part(url, bare_url, proc, bare_proc, timings, sessions, changes, words, out, steps)
                )
            )
    report["load_average_after"] = os.getloadavg()
    return report
