"""Speed benchmark: the whole ``geo parse`` command against spaCy's small NER alone, as printed numbers."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from bench.accuracy import read_corpus
from geo.core.errors import BenchError
from geo.core.paths import PROJECT_ROOT
from geo.recognize.nlp import DEFAULT_MODEL


# The small model's NER carries its own embedding layer, so "NER alone" excludes the shared
# tok2vec too: keeping it would slow the baseline with work its NER never reads.
_SPACY_ONLY = """
import sys, spacy
nlp = spacy.load(sys.argv[1], exclude=["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer"])
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
n = sum(len(doc.ents) for doc in nlp.pipe(texts))
print(n)
"""

_GEOPARSER_API = """
import json, sys
from geo.pipeline import Geoparser
gp = Geoparser()
items = [(p, open(p, encoding="utf-8").read()) for p in sys.argv[1:]]
results = gp.parse_texts(items)
print(json.dumps([[m.text for m in pa.mentions] for pa in results]))
"""


@dataclass(frozen=True, slots=True)
class RunStats:
    """Wall time, CPU time and memory of one benchmarked subprocess.

    ``cpu_seconds`` (user + system, waited-for children included) is less sensitive than wall time to
    other load on the machine. ``max_rss_mb`` is the largest single process's peak (from ``wait4``);
    ``tree_rss_mb`` is the peak of the whole process tree's resident memory, sampled every 0.1 s
    (catches worker processes). ``tree_cpu_seconds`` also counts descendants the command does not
    wait for (a fork server's children), sampled every 0.1 s from /proc.
    """

    seconds: float
    cpu_seconds: float
    max_rss_mb: float
    tree_rss_mb: float
    tree_cpu_seconds: float = 0.0


def _tree_cpu(pid: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds (user + system, its own) of every process in the tree of ``pid``."""
    tick = os.sysconf("SC_CLK_TCK")
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            seen[p] = max(seen.get(p, 0.0), (int(fields[11]) + int(fields[12])) / tick)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError, IndexError):
            continue


def _tree_rss(pid: int) -> int:
    page = os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
            for task in os.listdir(f"/proc/{p}/task"):  # children of every thread (Dask nannies)
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(cmd: Sequence[str], cwd: str | Path | None = None) -> RunStats:
    """Run ``cmd`` to completion, timing it from launch to exit and recording its peak memory.

    Raises
    ------
    BenchError
        When the command exits non-zero (the message carries its last stderr lines).
    """
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        tree_peak = 0
        cpu_seen: dict[int, float] = {}
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            tree_peak = max(tree_peak, _tree_rss(proc.pid))
            _tree_cpu(proc.pid, cpu_seen)
            time.sleep(0.1)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-5:]
            raise BenchError(
                f"Expected {cmd[:4]}... to succeed, instead it exited {proc.returncode}: {' | '.join(tail)}"
            )
    max_rss = usage.ru_maxrss / 1024  # kilobytes on Linux
    cpu = usage.ru_utime + usage.ru_stime
    return RunStats(seconds, cpu, max_rss, max(tree_peak / 2**20, max_rss), max(cpu, sum(cpu_seen.values())))


def speed_texts(path: str | Path) -> tuple[str, ...]:
    """Texts for the speed benchmark: every ``*.txt`` in a directory (sorted), or a corpus' articles.

    Raises
    ------
    BenchError
        When ``path`` is neither a directory of .txt files nor a corpus file.
    """
    p = Path(path)
    if p.is_dir():
        files = sorted(p.glob("*.txt"))
        if not files:
            raise BenchError(f"Expected .txt files in {str(p)!r}, instead found none.")
        try:
            return tuple(f.read_text(encoding="utf-8") for f in files)
        except (OSError, UnicodeDecodeError) as exc:
            raise BenchError(f"Expected readable UTF-8 .txt files in {str(p)!r}, instead got: {exc}.") from exc
    return tuple(a.text for a in read_corpus(p))


def run_speed(
    path: str | Path,
    out: TextIO | None = None,
    model: str = DEFAULT_MODEL,
    via: str = "cli",
) -> dict[str, Any]:
    """Words per second of the whole parse path and of spaCy's small NER alone, start-up included.

    Both run as fresh subprocesses on the same texts, written one file per article to a temporary
    directory: the geoparser as ``python -m geo parse --format json FILES`` (``via="cli"``) or a script
    that builds ``Geoparser()`` and calls ``parse_texts`` (``via="api"``); spaCy as ``spacy.load`` with
    only its ner component (the small model's NER has its own embedding), then ``nlp.pipe`` in one
    process.

    Parameters
    ----------
    path : path
        A directory of ``.txt`` files or a corpus ``.xml``.
    out : text stream, optional
        Where the report goes (default: standard output).
    model : str
        spaCy model for the NER-alone run.
    via : {"cli", "api"}
        How the geoparser subprocess is started.

    Returns
    -------
    dict
        ``{"texts", "words", "geoparser": {...}, "spacy_ner": {...}, "ratio"}`` where each run has
        ``seconds``, ``cpu_seconds``, ``words_per_second``, ``max_rss_mb``, ``tree_rss_mb``; ``ratio``
        is the geoparser's wall time over spaCy's.

    Raises
    ------
    BenchError
        When the texts cannot be read or a subprocess fails.
    """
    out = out or sys.stdout
    if via not in ("cli", "api"):
        raise BenchError(f"Expected via in ('cli', 'api'), instead got: {via!r}.")
    texts = speed_texts(path)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory(prefix="geo-bench-") as tmp:
        files = []
        for i, text in enumerate(texts):
            f = Path(tmp) / f"{i:05d}.txt"
            f.write_text(text, encoding="utf-8")
            files.append(str(f))
        if via == "cli":
            geo_cmd = [sys.executable, "-m", "geo", "parse", "--format", "json", *files]
        else:
            geo_cmd = [sys.executable, "-c", _GEOPARSER_API, *files]
        geo = measure(geo_cmd, cwd=PROJECT_ROOT)
        ner = measure([sys.executable, "-c", _SPACY_ONLY, model, *files], cwd=PROJECT_ROOT)
    runs = {}
    for name, stats in (("geoparser", geo), ("spacy_ner", ner)):
        runs[name] = {**asdict(stats), "words_per_second": words / stats.seconds}
    report = {"texts": len(texts), "words": words, **runs, "ratio": geo.seconds / ner.seconds}
    print(f"{len(texts)} texts, {words} words (whitespace tokens), start-up included", file=out)
    for name, label in (("geoparser", f"geoparser ({via})"), ("spacy_ner", f"spaCy NER alone ({model})")):
        r = runs[name]
        print(
            f"{label:<40} {r['seconds']:7.1f} s {r['words_per_second']:9.0f} words/s  (CPU {r['cpu_seconds']:.1f} s)"
            f"   peak RSS {r['max_rss_mb']:.0f} MB (process tree {r['tree_rss_mb']:.0f} MB)",
            file=out,
        )
    print(f"geoparser takes {report['ratio']:.2f}x the time of spaCy NER alone", file=out)
    return report
