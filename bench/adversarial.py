"""Adversarial speed benchmark: seconds per megabyte of hostile input shapes beside news text.

``python -m bench adversarial`` loads the geoparser once, then parses each shape (repetitive tokens,
one endless word, no spaces, punctuation only, one giant sentence, tens of thousands of place names,
deep HTML) at each size and prints its seconds per MB beside those of normal news text of the same
size (LGL's texts, concatenated). Each parse runs in a process forked from the loaded one, so a
pathological shape is killed at the per-shape timeout and reported as over the limit instead of
hanging the benchmark; the model is still loaded only once.

Targets (issue 13): every shape within 3x the news text's s/MB, and no 1 MB input over 60 s.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from geo.core.errors import BenchError
from geo.core.workers import die_with_parent

MB = 1024 * 1024
DEFAULT_SIZES = (200 * 1024, MB)
MAX_RATIO = 3.0
MAX_SECONDS_PER_MB_INPUT = 60.0

_PUNCTUATION = ".!?,;:-—\"'()[]{}…/\\*&%$#@ "


@dataclass(frozen=True, slots=True)
class Shape:
    """One input shape: a name, what it is, and whether it is read as an HTML file."""

    name: str
    description: str
    html: bool = False


SHAPES = (
    Shape("news", "LGL news texts, concatenated (the reference)"),
    Shape("repeat-us", '"U.S. U.S. U.S. ..."'),
    Shape("repeat-paris", '"Paris Paris Paris ..."'),
    Shape("endless-word", "one word without end (letters only)"),
    Shape("no-spaces", "news text with all white space removed"),
    Shape("punctuation", "punctuation and spaces only"),
    Shape("giant-sentence", "news text with no full stop or line break: one sentence"),
    Shape("many-places", "tens of thousands of place names, comma-separated"),
    Shape("deep-html", "an .html file nesting news paragraphs thousands of <div> deep"),
)
SHAPE_NAMES = tuple(s.name for s in SHAPES)


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` UTF-8 bytes (cut at a character boundary)."""
    if not unit:
        raise BenchError("Expected a non-empty unit to repeat, instead got an empty one.")
    reps = size // max(1, len(unit.encode("utf-8"))) + 1
    return (unit * reps).encode("utf-8")[:size].decode("utf-8", "ignore")


def news_text(texts: Sequence[str], size: int) -> str:
    """News texts joined by blank lines (cycled if needed) up to ``size`` UTF-8 bytes."""
    if not texts:
        raise BenchError("Expected news texts to build the reference from, instead got none.")
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def make_input(shape: str, size: int, news: Sequence[str], place_names: Sequence[str]) -> str:
    """The text (or HTML source) of ``shape`` at about ``size`` UTF-8 bytes.

    Raises
    ------
    BenchError
        For an unknown shape.
    """
    if shape == "news":
        return news_text(news, size)
    if shape == "repeat-us":
        return _fill("U.S. ", size)
    if shape == "repeat-paris":
        return _fill("Paris ", size)
    if shape == "endless-word":
        return _fill("abcdefghijklmnopqrstuvwxyz", size)
    if shape == "no-spaces":
        return "".join(news_text(news, size * 6 // 5).split()).encode("utf-8")[:size].decode("utf-8", "ignore")
    if shape == "punctuation":
        return _fill(_PUNCTUATION, size)
    if shape == "giant-sentence":
        text = news_text(news, size)
        table = str.maketrans({".": ",", "!": ",", "?": ",", "…": ",", "\n": " ", "\r": " "})
        return text.translate(table)
    if shape == "many-places":
        if not place_names:
            raise BenchError("Expected place names for the many-places shape, instead got none.")
        return _fill(", ".join(place_names) + ", ", size)
    if shape == "deep-html":
        paragraphs = [p for t in news for p in t.split("\n") if p.strip()]
        head, tail = "<!doctype html><html><head><title>Deep</title></head><body>", "</body></html>"
        pieces, closes, total, i = [head], [], len(head) + len(tail), 0
        while total < size:
            piece = f"<div><p>{paragraphs[i % len(paragraphs)][:300]}</p>"
            pieces.append(piece)
            closes.append("</div>")
            total += len(piece.encode("utf-8")) + 6
            i += 1
        return "".join(pieces) + "".join(closes) + tail
    raise BenchError(f"Expected a shape in {SHAPE_NAMES}, instead got: {shape!r}.")


def default_place_names(gazetteer, limit: int = 3000) -> tuple[str, ...]:
    """Names of the ``limit`` most populous US places of the gazetteer, then every country's."""
    cities = sorted(gazetteer.places_in("US"), key=lambda p: -p.population)
    names = [p.name for p in cities[:limit]]
    return tuple(dict.fromkeys(names))


@dataclass(frozen=True, slots=True)
class Timing:
    """One parse of one shape at one size: seconds (None on timeout or error) and what was found."""

    shape: str
    size: int
    seconds: float | None
    mentions: int = 0
    error: str = ""
    input_bytes: int = 0
    cpu_seconds: float | None = None

    @property
    def per_mb(self) -> float | None:
        return None if self.seconds is None else self.seconds / ((self.input_bytes or self.size) / MB)

    @property
    def cpu_per_mb(self) -> float | None:
        return None if self.cpu_seconds is None else self.cpu_seconds / ((self.input_bytes or self.size) / MB)


def run_forked(fn: Callable[[], dict[str, Any]], timeout: float) -> dict[str, Any]:
    """Run ``fn`` in a forked child (it inherits the loaded model) and return what it returns,
    or ``{"error": "timeout"}`` after ``timeout`` seconds, when the child is killed."""
    parent = os.getpid()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            os.close(r)
            die_with_parent(parent)
            result = fn()
        except BaseException as exc:
            result, code = {"error": f"{type(exc).__name__}: {exc}"[:300]}, 1
        try:
            os.write(w, json.dumps(result).encode("utf-8"))
        finally:
            os._exit(code)
    os.close(w)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                return {"error": "timeout"}
            ready, _, _ = select.select([r], [], [], left)
            if ready:
                data = os.read(r, 65536)
                if not data:
                    break
                chunks.append(data)
    finally:
        os.close(r)
        os.waitpid(pid, 0)
    if not chunks:
        return {"error": "the child died without a result"}
    return json.loads(b"".join(chunks).decode("utf-8"))


def time_shape(parser, shape: Shape, size: int, data: str, timeout: float) -> Timing:
    """Parse ``data`` (``shape`` at the nominal ``size``) once in a forked child and time it,
    reading included."""

    def work() -> dict[str, Any]:
        t0, c0 = time.perf_counter(), time.process_time()
        if shape.html:
            pa = parser.parse_bytes(f"{shape.name}.html", data.encode("utf-8"))
        else:
            pa = parser.parse_text(data, article_id=shape.name)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        text = pa.article.text
        bad = sum(1 for m in pa.mentions if text[m.start : m.end] != m.text)
        result = {"seconds": seconds, "cpu_seconds": cpu, "mentions": len(pa.mentions)}
        return {**result, "error": f"{bad} mentions with bad offsets"} if bad else result

    result = run_forked(work, timeout)
    return Timing(
        shape.name,
        size,
        result.get("seconds"),
        int(result.get("mentions", 0)),
        str(result.get("error", "")),
        len(data.encode("utf-8")),
        result.get("cpu_seconds"),
    )


def run_adversarial(
    sizes: Sequence[int] = DEFAULT_SIZES,
    shapes: Sequence[str] = SHAPE_NAMES,
    timeout: float = MAX_SECONDS_PER_MB_INPUT,
    corpus: str | Path | None = None,
    model: str | None = None,
    out: TextIO | None = None,
) -> dict[str, Any]:
    """Time every shape at every size with one loaded geoparser and print s/MB beside news text.

    Parameters
    ----------
    sizes : sequence of int
        Input sizes in bytes (default 200 KB and 1 MB).
    shapes : sequence of str
        Shape names from ``SHAPE_NAMES``; ``news`` is always timed, as the reference.
    timeout : float
        Seconds after which one parse is killed and reported as over the limit.
    corpus : path, optional
        The corpus whose texts make the news reference (default: ``../shared/bench/lgl.xml``).
    model : str, optional
        spaCy model name.
    out : text stream, optional
        Where the table goes (default: standard output).

    Returns
    -------
    dict
        ``{"timings": [...], "targets": {...}, "ok": bool}``; each timing has ``shape``, ``size``,
        ``seconds`` (None when killed or failed), ``per_mb``, ``ratio`` (to news), ``mentions``, ``error``.

    Raises
    ------
    BenchError
        For an unknown shape, a bad size or an unreadable corpus.
    """
    from bench.accuracy import BENCH_DIR, read_corpus
    from geo.pipeline import Geoparser

    out = out or sys.stdout
    unknown = [s for s in shapes if s not in SHAPE_NAMES]
    if unknown:
        raise BenchError(f"Expected shapes from {SHAPE_NAMES}, instead got: {unknown!r}.")
    if not sizes or any(s <= 0 for s in sizes):
        raise BenchError(f"Expected positive sizes in bytes, instead got: {list(sizes)!r}.")
    news = tuple(a.text for a in read_corpus(corpus or BENCH_DIR / "lgl.xml"))
    t0 = time.perf_counter()
    parser = Geoparser(model=model, n_process=1)
    parser.parse_text(news[0])  # loads what loads lazily (the dependency parser) before forking
    print(f"geoparser loaded in {time.perf_counter() - t0:.1f} s; timeout {timeout:.0f} s per parse", file=out)
    names = default_place_names(parser.gazetteer) if "many-places" in shapes else ()
    wanted = ["news"] + [s for s in shapes if s != "news"]
    by_name = {s.name: s for s in SHAPES}
    timings: list[Timing] = []
    for shape_name in wanted:
        shape = by_name[shape_name]
        for size in sizes:
            data = make_input(shape_name, size, news, names)
            timing = time_shape(parser, shape, size, data, timeout)
            timings.append(timing)
            note = f"  ({timing.error[:100]})" if timing.error else ""
            shown = "over" if timing.seconds is None else f"{timing.seconds:.2f} s"
            print(f"  {shape_name:<15} {size / 1024:6.0f} KB  {shown}{note}", file=out, flush=True)
    report = _report(timings, sizes, timeout)
    _print_table(report, sizes, timeout, out)
    return report


def _report(timings: Sequence[Timing], sizes: Sequence[int], timeout: float) -> dict[str, Any]:
    news = {t.size: t for t in timings if t.shape == "news"}
    rows = []
    ok = True
    for t in timings:
        ref = news.get(t.size)
        ratio = None
        if t.per_mb is not None and ref is not None and ref.per_mb:
            ratio = t.per_mb / ref.per_mb
        over_time = t.seconds is None or (t.size >= MB and t.seconds > MAX_SECONDS_PER_MB_INPUT)
        passed = not t.error and not over_time and (t.shape == "news" or (ratio is not None and ratio <= MAX_RATIO))
        ok = ok and passed
        cpu_ratio = None
        if t.cpu_per_mb is not None and ref is not None and ref.cpu_per_mb:
            cpu_ratio = t.cpu_per_mb / ref.cpu_per_mb
        rows.append(
            {
                **asdict(t),
                "per_mb": t.per_mb,
                "ratio": ratio,
                "cpu_per_mb": t.cpu_per_mb,
                "cpu_ratio": cpu_ratio,
                "passed": passed,
            }
        )
    return {
        "timings": rows,
        "ok": ok,
        "targets": {"max_ratio_to_news": MAX_RATIO, "max_seconds_1mb": MAX_SECONDS_PER_MB_INPUT, "timeout": timeout},
    }


def _print_table(report: dict[str, Any], sizes: Sequence[int], timeout: float, out: TextIO) -> None:
    """The table: per size, wall seconds, s/MB and its ratio to news, then the same per CPU second
    (steadier than wall time when other work shares the machine)."""
    rows = report["timings"]
    shapes = list(dict.fromkeys(r["shape"] for r in rows))
    cell = {(r["shape"], r["size"]): r for r in rows}
    top = f"{'':<15}" + "".join(f" | {f'{size / 1024:.0f} KB':^38}" for size in sizes)
    header = f"{'shape':<15}" + "".join(
        f" | {'s':>7} {'s/MB':>7} {'x news':>6} {'cpu/MB':>7} {'x news':>6}" for _ in sizes
    )
    print(file=out)
    print(top, file=out)
    print(header, file=out)
    print("-" * len(header), file=out)
    for shape in shapes:
        line = f"{shape:<15}"
        for size in sizes:
            r = cell.get((shape, size))
            if r is None:
                line += f" | {'':>38}"
            elif r["seconds"] is None:
                shown = ">" + format(timeout, ".0f") if r["error"] == "timeout" else "error"
                line += f" | {shown:>7} {'over':>7} {'':>6} {'':>7} {'':>6}!"
            else:
                ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}"
                cpu = "" if r.get("cpu_per_mb") is None else f"{r['cpu_per_mb']:.1f}"
                cpu_ratio = "" if r.get("cpu_ratio") is None else f"{r['cpu_ratio']:.2f}"
                mark = "" if r["passed"] else "!"
                line += f" | {r['seconds']:7.2f} {r['per_mb']:7.1f} {ratio:>6} {cpu:>7} {cpu_ratio:>6}{mark}"
        print(line.rstrip(), file=out)
    print(file=out)
    failed = [
        f"{r['shape']}@{r['size'] // 1024}KB" + (f" ({r['error'][:40]})" if r["error"] else "")
        for r in rows
        if not r["passed"]
    ]
    print(
        f"targets: every shape <= {MAX_RATIO:.0f}x news s/MB, no 1 MB input over {MAX_SECONDS_PER_MB_INPUT:.0f} s: "
        + ("met" if report["ok"] else "missed by " + ", ".join(failed)),
        file=out,
    )
