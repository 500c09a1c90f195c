"""Speed benchmark: the whole ``geo parse`` command against spaCy's small NER alone, as printed numbers."""

from __future__ import annotations

import json
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

# spaCy's NER alone, as the accuracy issue defines it: one process, the model already loaded, only
# nlp.pipe timed. The small model's NER carries its own embedding layer, so the strict variant also
# excludes the shared tok2vec (work its NER never reads); the "with tok2vec" variant keeps it, as
# excluding only the parser, tagger and lemmatizer does.
_SPACY_ONLY = """
import json, sys, time, spacy
exclude = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
if sys.argv[2] == "strict":
    exclude.append("tok2vec")
nlp = spacy.load(sys.argv[1], exclude=exclude)
texts = [open(p, encoding="utf-8").read() for p in sys.argv[3:]]
t0 = time.perf_counter()
n = sum(len(doc.ents) for doc in nlp.pipe(texts))
print(json.dumps({"pipe_seconds": time.perf_counter() - t0, "entities": n, "pipes": nlp.pipe_names}))
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


def measure_output(cmd: Sequence[str], cwd: str | Path | None = None) -> tuple[RunStats, str]:
    """``measure`` a command that prints a result, and return what it printed too."""
    with tempfile.TemporaryFile() as printed:
        stats = measure(cmd, cwd=cwd, stdout=printed)
        printed.seek(0)
        return stats, printed.read().decode("utf-8", "replace")


def measure(cmd: Sequence[str], cwd: str | Path | None = None, stdout: Any = subprocess.DEVNULL) -> RunStats:
    """Run ``cmd`` to completion, timing it from launch to exit and recording its peak memory.

    Raises
    ------
    BenchError
        When the command exits non-zero (the message carries its last stderr lines).
    """
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, stdout=stdout, stderr=err)
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


def _median(runs: list[Any], key: Any) -> Any:
    """The run with the median ``key`` (the lower middle one of an even count)."""
    return sorted(runs, key=key)[(len(runs) - 1) // 2]


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
    repeat: int = 1,
) -> dict[str, Any]:
    """Words per second of the whole ``geo parse`` command against spaCy's small NER alone.

    Both run as fresh subprocesses on the same texts, written one file per article to a temporary
    directory. The geoparser is timed as a whole command, start-up included: ``python -m geo parse
    --format json FILES`` (``via="cli"``) or a script that builds ``Geoparser()`` and calls
    ``parse_texts`` (``via="api"``). spaCy is timed as the accuracy issue defines it: one process,
    the model already loaded, only ``nlp.pipe`` over the texts, other components excluded; once
    strictly (the NER alone; the small model's NER has its own embedding) and once with the shared
    tok2vec kept.

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
    repeat : int
        Rounds of the three runs, interleaved (geoparser, strict, with tok2vec, then again), so load
        from other tenants of a shared machine falls on both sides alike. Each figure is the median
        run's (``speedup`` from the median times); ``rounds`` keeps every round's speedup.

    Returns
    -------
    dict
        ``{"texts", "words", "geoparser", "spacy_ner_strict", "spacy_ner_with_tok2vec", "speedup",
        "speedup_with_tok2vec", "rounds"}``: each run has ``seconds``, ``cpu_seconds``, ``words_per_second``,
        ``max_rss_mb``, ``tree_rss_mb`` (spaCy's also ``pipe_seconds``); ``speedup`` is spaCy's
        pipe time over the geoparser's whole time; ``rounds`` lists each round's ``speedup``.

    Raises
    ------
    BenchError
        When the texts cannot be read or a subprocess fails.
    """
    out = out or sys.stdout
    if via not in ("cli", "api"):
        raise BenchError(f"Expected via in ('cli', 'api'), instead got: {via!r}.")
    if repeat < 1:
        raise BenchError(f"Expected repeat >= 1, instead got: {repeat!r}.")
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
        geos: list[RunStats] = []
        ner_rounds: dict[str, list[tuple[RunStats, dict[str, Any]]]] = {"strict": [], "with_tok2vec": []}
        for _ in range(repeat):
            geos.append(measure(geo_cmd, cwd=PROJECT_ROOT))
            for variant, done in ner_rounds.items():
                stats, printed = measure_output(
                    [sys.executable, "-c", _SPACY_ONLY, model, variant, *files], cwd=PROJECT_ROOT
                )
                done.append((stats, json.loads(printed.strip().splitlines()[-1])))
    geo = _median(geos, key=lambda r: r.seconds)
    ner_runs = {v: _median(done, key=lambda r: r[1]["pipe_seconds"]) for v, done in ner_rounds.items()}
    runs: dict[str, Any] = {"geoparser": {**asdict(geo), "words_per_second": words / geo.seconds}}
    for variant, (stats, info) in ner_runs.items():
        runs[f"spacy_ner_{variant}"] = {
            **asdict(stats),
            "pipe_seconds": info["pipe_seconds"],
            "pipes": info["pipes"],
            "words_per_second": words / info["pipe_seconds"],
        }
    rounds = [ner[1]["pipe_seconds"] / g.seconds for g, ner in zip(geos, ner_rounds["strict"], strict=True)]
    report = {
        "texts": len(texts),
        "words": words,
        **runs,
        "speedup": runs["spacy_ner_strict"]["pipe_seconds"] / geo.seconds,
        "speedup_with_tok2vec": runs["spacy_ner_with_tok2vec"]["pipe_seconds"] / geo.seconds,
        "rounds": rounds,
    }
    print(f"{len(texts)} texts, {words} words (whitespace tokens)", file=out)
    g = runs["geoparser"]
    print(
        f"{'geoparser (' + via + '), whole command':<44} {g['seconds']:7.1f} s {g['words_per_second']:9.0f} words/s"
        f"  (CPU {g['cpu_seconds']:.1f} s)   peak RSS {g['max_rss_mb']:.0f} MB (tree {g['tree_rss_mb']:.0f} MB)",
        file=out,
    )
    for variant in ("strict", "with_tok2vec"):
        r = runs[f"spacy_ner_{variant}"]
        label = f"spaCy NER alone, nlp.pipe only ({'+'.join(r['pipes'])})"
        print(
            f"{label:<44} {r['pipe_seconds']:7.1f} s {r['words_per_second']:9.0f} words/s"
            f"  (whole process {r['seconds']:.1f} s)",
            file=out,
        )
    print(
        f"geoparser throughput: {report['speedup']:.2f}x spaCy's NER alone "
        f"({report['speedup_with_tok2vec']:.2f}x with its unused tok2vec kept)",
        file=out,
    )
    if repeat > 1:
        print(
            f"medians of {repeat} interleaved rounds; each round's speedup: " + ", ".join(f"{r:.2f}x" for r in rounds),
            file=out,
        )
    return report
