"""Exports compared with golden files, CSV safe in a spreadsheet, and the export command's flags.

Regenerate the golden files after an intended change with ``GEO_UPDATE_GOLDEN=1 pytest tests/store``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from geo.cli import main
from geo.core.records import Filters
from geo.store.connect import reading
from geo.store.export import export

GOLDEN = Path(__file__).parent / "golden"
META = {
    "venezuela-iran-alliance": {
        "date": dt.date(2024, 3, 5),
        "source": "Example News",
        "title": '=HYPERLINK("http://x")',
    },
    "iran-latin-america-ties": {"source": "@Other Wire", "url": "https://example.org/ties"},
}
CASES = [
    ("geojson", "places", {}),
    ("csv", "places", {}),
    ("csv", "relations", {}),
    ("csv", "articles", {}),
    ("jsonl", "mentions", {"country": "BO"}),
    ("jsonl", "relations", {"relation": ["route"]}),
    ("csv", "places", {"since": "2024-01-01", "place_type": ["city"]}),
]


@pytest.fixture
def store(store_of, parsed_articles):
    return store_of(parsed_articles, META)


def _name(fmt, table, params):
    extra = "-".join(f"{k}={'+'.join(v) if isinstance(v, list) else v}" for k, v in sorted(params.items()))
    return f"{table}{'-' + extra if extra else ''}.{fmt}"


@pytest.mark.parametrize("fmt, table, params", CASES, ids=[_name(*c) for c in CASES])
def test_export_matches_golden_file(store, fmt, table, params):
    out = io.StringIO()
    with reading(store) as con:
        export(con, Filters.from_params(params), fmt, out, table)
    golden = GOLDEN / _name(fmt, table, params)
    if os.environ.get("GEO_UPDATE_GOLDEN"):
        golden.write_text(out.getvalue(), encoding="utf-8")
    assert out.getvalue() == golden.read_text(encoding="utf-8")


def test_csv_neutralises_formulas_and_keeps_numbers(store):
    out = io.StringIO()
    with reading(store) as con:
        export(con, Filters(), "csv", out, "articles")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    titles = {r["id"]: r["title"] for r in rows}
    assert titles["venezuela-iran-alliance"] == '\'=HYPERLINK("http://x")'
    assert {r["source"] for r in rows} == {"Example News", "'@Other Wire"}
    assert all(r["mentions"].isdigit() for r in rows)


def test_export_command_with_filters_to_a_file(store, tmp_path, capsys):
    out = tmp_path / "places.geojson"
    code = main(
        [
            "export",
            "--store",
            str(store),
            "--format",
            "geojson",
            "--since",
            "2000-01-01",
            "--place-type",
            "country",
            "-o",
            str(out),
        ]
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert "1 undated article(s) fall outside the date range" in err
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {f["properties"]["id"] for f in doc["features"] if f["properties"]["kind"] == "place"} == {
        "gn:3625428",
        "gn:130758",
    }


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["--since", "2024-02-30"], "since"),
        (["--country", "Venezuela"], "country"),
        (["--pair", "gn:1"], "pair"),
        (["--min-mentions", "many"], "min_mentions"),
        (["--place-type", "planet"], "place types"),
    ],
)
def test_bad_filters_are_one_line_and_exit_2(store, capsys, argv, needle):
    code = main(["export", "--store", str(store), "--format", "csv", *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and needle in err and "Traceback" not in err
