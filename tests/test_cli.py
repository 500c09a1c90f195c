"""The CLI: the JSON contract, GeoJSON, stdin, and bad input reported in one line with exit code 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from geo.cli import main
from geo.core.contract import decode_contract, json_schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles" / "iran-latin-america-ties.txt"


def run(argv, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_json_contract(capsys):
    code, out, err = run(["parse", str(SAMPLE)], capsys)
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, json_schema())
    assert decode_contract(out).articles[0].id == doc["articles"][0]["id"]
    (art,) = doc["articles"]
    assert {"id", "title", "path", "date", "source", "url", "mentions", "places", "relations"} <= set(art)
    text = SAMPLE.read_text(encoding="utf-8")
    for m in art["mentions"]:
        assert {"text", "start", "end", "kind", "place", "rule"} <= set(m)
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["kind"] in ("toponym", "demonym")
    ids = {p["id"] for p in art["places"]}
    assert {m["place"] for m in art["mentions"] if m["place"]} == ids
    for p in art["places"]:
        assert {"id", "name", "type", "country_code", "lat", "lon", "geonameid", "mentions"} <= set(p)
        assert p["mentions"] >= 1
        assert p["type"] in ("country", "region", "city", "admin1", "admin2", "continent", "water")


def test_bad_files_are_skipped_with_one_line_and_exit_2(tmp_path, capsys):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02PNG" * 50)
    code, out, err = run(["parse", str(tmp_path / "missing.txt"), str(binary), str(SAMPLE)], capsys)
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 2
    assert "missing.txt" in lines[0] and "no such file" in lines[0]
    assert "photo.txt" in lines[1] and "not a text file" in lines[1]
    assert "Traceback" not in err
    assert len(json.loads(out)["articles"]) == 1


def test_stdin_and_cp1252_warning(capsys, monkeypatch):
    code, out, err = run(
        ["parse", "-"], capsys, stdin="Talks in Bogotá and Caracas.".encode("cp1252"), monkeypatch=monkeypatch
    )
    assert code == 0
    assert "cp1252" in err
    (art,) = json.loads(out)["articles"]
    assert art["id"] == "stdin"
    assert {p["name"] for p in art["places"]} >= {"Caracas"}


def test_geojson_is_a_feature_collection(capsys):
    code, out, _ = run(["parse", "--format", "geojson", str(SAMPLE)], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["type"] == "FeatureCollection"
    kinds = {f["geometry"]["type"] for f in doc["features"]}
    assert "Point" in kinds


def test_no_traceback_from_a_real_process(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "parse", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "nope.txt" in proc.stderr


@pytest.mark.parametrize("argv", [["parse"], ["bench", "accuracy"]])
def test_usage_errors_exit_nonzero(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_basemap_static_writes_the_dashboards_static_files(capsys, monkeypatch, tmp_path):
    from geo.core import paths
    from geo.viz import assets

    monkeypatch.setattr(paths, "STATIC_DIR", tmp_path)
    code, out, err = run(["basemap", "static"], capsys)
    assert code == 0, err
    for name, data in assets.static_assets().items():
        assert (tmp_path / name).read_bytes() == data and f"{name}: {len(data)} bytes" in out


def test_basemap_build_without_its_source_is_one_line_and_code_2(capsys):
    code, _, err = run(["basemap", "build"], capsys)
    assert code == 2 and "--from" in err and len(err.strip().splitlines()) == 1
