"""The one command line of the benchmarks: ``python -m bench accuracy|speed|relations|dashboard ...``.

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

    return run_speed(args.path or BENCH_DIR / "lgl.xml", out=out, model=args.model, via=args.via)


def _relations(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.relations import DEFAULT_PATH, run_relations_bench

    return run_relations_bench(args.path or DEFAULT_PATH, out=out)


def _dashboard(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    from bench.dashboard import measure_dashboard

    result = measure_dashboard(args.places)
    print(f"dashboard filter change, generated corpus: {int(result['places'])} places shown, "
          f"{int(result['relations'])} relations", file=out)
    for key in ("filter", "map_build", "map_render", "total"):
        print(f"  {key:<11} {result[key]:.3f} s", file=out)
    return result


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
    spd.set_defaults(run=_speed)
    rel = sub.add_parser("relations", help="precision and recall per relation type on a gold file")
    rel.add_argument("path", nargs="?", help="gold relations JSONL (default: data/bench/relations.jsonl)")
    rel.set_defaults(run=_relations)
    dash = sub.add_parser("dashboard", help="server time of a filter change on a generated corpus")
    dash.add_argument("--places", type=int, default=1000, help="distinct places in the generated corpus")
    dash.set_defaults(run=_dashboard)
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
