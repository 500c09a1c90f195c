"""The one command line of the product: ``python -m geo parse|gazetteer|schema ...``."""

from __future__ import annotations

import argparse
import json
import sys

from geo.core.errors import GeoError


def _cmd_parse(args: argparse.Namespace) -> int:
    from geo.read.articles import article_from_bytes, read_article
    from geo.core.contract import to_contract
    from geo.pipeline import Geoparser

    articles = []
    skipped = 0
    for name in args.files:
        try:
            if name == "-":
                articles.append(article_from_bytes("stdin.txt", sys.stdin.buffer.read()))
            else:
                articles.append(read_article(name))
        except GeoError as exc:
            print(f"geo parse: skipped {exc}", file=sys.stderr)
            skipped += 1
            continue
        for warning in articles[-1].warnings:
            print(f"geo parse: warning: {warning}", file=sys.stderr)
    parser = Geoparser(model=args.model, relations=not args.no_relations)
    parsed = parser.parse_articles(articles)
    if args.format == "geojson":
        from geo.core.geometry import to_geojson

        doc = to_geojson(parsed)
    else:
        doc = to_contract(parsed)
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return 2 if skipped else 0


def _cmd_gazetteer(args: argparse.Namespace) -> int:
    from geo.gazetteer.build import build_gazetteer

    stats = build_gazetteer(args.out) if args.out else build_gazetteer()
    for key, value in stats.items():
        print(f"{key}: {value}")
    return 0


def _cmd_basemap(args: argparse.Namespace) -> int:
    from geo.viz.basemap import build_detail

    for name, size in build_detail(args.source).items():
        print(f"{name}: {size} bytes")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from geo.core.contract import schema_text

    sys.stdout.write(schema_text())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m geo``."""
    p = argparse.ArgumentParser(prog="python -m geo", description="Offline news geoparser.")
    sub = p.add_subparsers(dest="command", required=True)

    parse = sub.add_parser("parse", help="parse article files (.txt, .md, .html; - for stdin) to JSON")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--format", choices=("json", "geojson"), default="json")
    parse.add_argument("--model", default=None, help="spaCy model name (default: $GEO_SPACY_MODEL or the small model)")
    parse.add_argument("--no-relations", action="store_true", help="skip relation extraction")
    parse.add_argument("--compact", action="store_true", help="one-line JSON")
    parse.set_defaults(func=_cmd_parse)

    gaz = sub.add_parser("gazetteer", help="build the bundled gazetteer from the pinned packages")
    gaz.add_argument("action", choices=("build",))
    gaz.add_argument("--out", default=None, help="output path (default: the bundled location in data/)")
    gaz.set_defaults(func=_cmd_gazetteer)

    basemap = sub.add_parser("basemap", help="build the detail basemap layers (static/basemap) from Natural Earth")
    basemap.add_argument("action", choices=("build",))
    basemap.add_argument("--from", dest="source", required=True,
                         help="folder with the Natural Earth 1:10m shapefiles (see data/basemap/README.md)")
    basemap.set_defaults(func=_cmd_basemap)

    schema = sub.add_parser("schema", help="print the JSON Schema of the parse contract")
    schema.set_defaults(func=_cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; bad input is reported in one line on stderr with exit code 2, never a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GeoError as exc:
        print(f"geo {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130

