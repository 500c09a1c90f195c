"""The one command line of the benchmarks: ``python -m bench accuracy|speed|relations|dashboard|ingest|adversarial|mutation ...``.

Every benchmark prints its numbers; ``--json FILE`` also writes them for a script to read. A corpus,
model or gazetteer that cannot be read is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from geo.core.errors import GeoError


def _accuracy(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.accuracy import run_accuracy

    return run_accuracy(args.paths, out=out, baseline=args.baseline, model=args.model, case=args.case)


def _speed(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.accuracy import BENCH_DIR
    from bench.speed import run_speed

    return run_speed(args.path or BENCH_DIR / "lgl.xml", out=out, model=args.model, via=args.via, repeat=args.repeat)


def _relations(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.relations import DEFAULT_PATH, REAL_PATH, run_relations_bench

    paths = [args.path] if args.path else [DEFAULT_PATH, REAL_PATH]
    reports = {}
    for n, path in enumerate(paths):
        if n:
            print(file=out)
        reports[str(path)] = run_relations_bench(path, out=out, details=not args.quiet, split=args.split)
    return reports


def _dashboard(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.dashboard import run_dashboard_bench

    return run_dashboard_bench(args.articles, args.places, args.sessions, args.changes, out=out)


def _ingest(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.accuracy import BENCH_DIR
    from bench.ingest import run_ingest_bench

    return run_ingest_bench(
        args.path or BENCH_DIR / "lgl.xml",
        out=out,
        articles=args.articles,
        mentions=args.mentions,
        dask=not args.no_dask,
    )


def _adversarial(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.adversarial import SHAPE_NAMES, run_adversarial

    sizes = [int(kb * 1024) for kb in args.sizes]
    return run_adversarial(
        sizes, args.shapes or SHAPE_NAMES, timeout=args.timeout, corpus=args.corpus, model=args.model, out=out
    )


def _mutation(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.mutation import DEFAULT_PACKAGES, run_mutation

    return run_mutation(
        args.packages or DEFAULT_PACKAGES, sample=args.sample, seed=args.seed, timeout=args.timeout, out=out
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m bench``."""
    from bench.speed import DEFAULT_MODEL

    ap = argparse.ArgumentParser(prog="python -m bench", description="Benchmarks that print numbers.")
    ap.add_argument("--json", dest="json_path", help="also write the numbers to this JSON file")
    sub = ap.add_subparsers(dest="command", required=True)
    acc = sub.add_parser("accuracy", help="recognition, resolution and F1@161c on corpora")
    acc.add_argument("paths", nargs="*", help="corpus .xml files (default: the three in ../shared/bench)")
    acc.add_argument("--baseline", choices=["spacy"], help="score a baseline instead of the geoparser")
    acc.add_argument("--model", help="spaCy model name")
    acc.add_argument("--case", choices=["upper", "lower"], help="score all-capital or all-lower-case copies")
    acc.set_defaults(run=_accuracy)
    spd = sub.add_parser("speed", help="words per second of geo parse vs spaCy's NER alone")
    spd.add_argument("path", nargs="?", help="a directory of .txt files or a corpus .xml (default: LGL)")
    spd.add_argument("--model", default=DEFAULT_MODEL, help="spaCy model for the NER-alone run")
    spd.add_argument("--via", choices=["cli", "api"], default="cli", help="start the geoparser by CLI or API")
    spd.add_argument(
        "--repeat", type=int, default=1, help="interleaved rounds; medians reported (a shared machine is noisy)"
    )
    spd.set_defaults(run=_speed)
    rel = sub.add_parser("relations", help="precision and recall per relation type on a gold file")
    rel.add_argument(
        "path",
        nargs="?",
        help="a gold relations JSONL of either form (default: the team-written "
        "set data/bench/relations.jsonl, then the real-news set data/bench/relations_real.jsonl)",
    )
    rel.add_argument("--quiet", action="store_true", help="totals only, no list of misses and false positives")
    rel.add_argument(
        "--split",
        choices=["dev", "heldout", "all"],
        default="all",
        help="score one fixed half of the cases (by a hash of each case's article) or all; "
        "misses and false positives are printed for dev cases only",
    )
    rel.set_defaults(run=_relations)
    dash = sub.add_parser(
        "dashboard",
        help="the dashboard in headless Chromium on a 3,000-article store: first map, "
        "filter change, a burst of sessions, memory",
    )
    dash.add_argument("--articles", type=int, default=3000, help="articles in the store (real corpora, replicated)")
    dash.add_argument("--places", type=int, default=10_000, help="distinct places the store should name at least")
    dash.add_argument("--sessions", type=int, default=20, help="visitors opening the page at once")
    dash.add_argument("--changes", type=int, default=100, help="filter changes while the server's memory is watched")
    dash.set_defaults(run=_dashboard)
    ing = sub.add_parser("ingest", help="ingest throughput, store size, query time, Dask vs local")
    ing.add_argument("path", nargs="?", help="a corpus .xml whose texts are ingested (default: LGL)")
    ing.add_argument("--articles", type=int, default=10_000, help="articles in the generated store")
    ing.add_argument("--mentions", type=int, default=100_000, help="mentions in the generated store")
    ing.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ing.set_defaults(run=_ingest)
    adv = sub.add_parser("adversarial", help="seconds per MB of hostile input shapes beside news text")
    adv.add_argument("shapes", nargs="*", help="shapes to time (default: all; news is always timed)")
    adv.add_argument(
        "--sizes",
        type=float,
        nargs="+",
        default=[200, 1024],
        metavar="KB",
        help="input sizes in KB (default: 200 1024)",
    )
    adv.add_argument("--timeout", type=float, default=60.0, help="seconds before one parse is killed (default 60)")
    adv.add_argument("--corpus", help="corpus .xml whose texts make the news reference (default: LGL)")
    adv.add_argument("--model", help="spaCy model name")
    adv.set_defaults(run=_adversarial)
    mut = sub.add_parser("mutation", help="mutants of the recognition and relation code the tests kill")
    mut.add_argument("packages", nargs="*", help="package folders (default: geo/recognize geo/relations)")
    mut.add_argument("--sample", type=int, default=200, help="mutants drawn at random (default 200)")
    mut.add_argument("--seed", type=int, default=20261125, help="seed of the draw")
    mut.add_argument("--timeout", type=float, default=600.0, help="seconds before a mutant's test run counts as killed")
    mut.set_defaults(run=_mutation)
    return ap


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one benchmark; 0 on success, 2 when an input cannot be read (message on stderr)."""
    out = out or sys.stdout
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    run: Callable[[argparse.Namespace, TextIO], dict[str, Any]] = args.run
    try:
        report = run(args, out)
    except GeoError as exc:
        print(f"bench {args.command}: {exc}", file=sys.stderr)
        return 2
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0
