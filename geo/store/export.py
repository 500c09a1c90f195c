"""Writing what a ``Filters`` selects to a file: GeoJSON (places and relation lines), CSV or JSONL.

Every table reads the corrected view: a mention moved or marked "not a place" and a relation hidden
or retyped by an analyst are exported as corrected, flagged ``corrected``; the ``corrections``
table lists the corrections themselves (undone ones too, with when).

CSV cells go through ``geo.core.safe.csv_row``: text a spreadsheet would run as a formula is
neutralised (OWASP), numbers stay numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Sequence
from typing import TextIO

import msgspec

from geo.core.errors import RecordError
from geo.core.geometry import line_geometry, to_geojson_position
from geo.core.records import Filters, Place
from geo.core.safe import csv_row
from geo.store import query

FORMATS = ("geojson", "csv", "jsonl")
TABLES = ("articles", "mentions", "places", "relations", "corrections")


def table_rows(con, f: Filters, table: str) -> Sequence[msgspec.Struct]:
    """The rows of one table of the export."""
    if table == "articles":
        return query.articles(con, f)
    if table == "mentions":
        return query.mentions(con, f)
    if table == "places":
        return query.places(con, f)
    if table == "relations":
        return query.relations(con, f)
    if table == "corrections":
        return query.corrections(con, f)
    raise RecordError(f"Expected a table from {TABLES}, instead got: {table!r}.")


def _place(row: query.PlaceRow) -> Place:
    return Place(
        row.id,
        row.name,
        row.type,  # type: ignore[arg-type]  # stored from a Place
        row.country_code,
        row.lat,
        row.lon,
        row.geonameid,
        row.population or 0,
    )


def geojson(con, f: Filters) -> dict:
    """A FeatureCollection: a Point per drawn place (with mention, article and story counts) and a
    great-circle line per aggregated relation between drawn places."""
    places = query.places(con, f)
    by_id = {p.id: p for p in places}
    features = []
    for p in places:
        props = {k: v for k, v in msgspec.structs.asdict(p).items() if k not in ("lat", "lon")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": to_geojson_position(p.lat, p.lon)},
                "properties": {"kind": "place", **props},
            }
        )
    for r in query.relations(con, f):
        source, target = by_id.get(r.source), by_id.get(r.target)
        if source is None or target is None or source.id == target.id:
            continue
        props = msgspec.structs.asdict(r)
        props["article_ids"] = list(r.article_ids)
        features.append(
            {
                "type": "Feature",
                "geometry": line_geometry(_place(source), _place(target)),
                "properties": {"kind": "relation", **props},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _cell(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    return value


def export(con, f: Filters, fmt: str, out: TextIO, table: str = "places") -> int:
    """Write the export to ``out``; returns the number of rows (features for GeoJSON).

    Raises
    ------
    RecordError
        For an unknown format or table.
    """
    if fmt not in FORMATS:
        raise RecordError(f"Expected a format from {FORMATS}, instead got: {fmt!r}.")
    if fmt == "geojson":
        doc = geojson(con, f)
        json.dump(doc, out, ensure_ascii=False)
        out.write("\n")
        return len(doc["features"])
    rows = table_rows(con, f, table)
    if fmt == "jsonl":
        out.writelines(msgspec.json.encode(row).decode("utf-8") + "\n" for row in rows)
        return len(rows)
    writer = csv.writer(out, lineterminator="\n")
    fields = next(iter(rows)).__struct_fields__ if rows else _fields(table)
    writer.writerow(fields)
    for row in rows:
        writer.writerow(csv_row(_cell(getattr(row, name)) for name in fields))
    return len(rows)


def _fields(table: str) -> tuple[str, ...]:
    return {
        "articles": query.ArticleRow,
        "mentions": query.MentionRow,
        "places": query.PlaceRow,
        "relations": query.RelationRow,
        "corrections": query.CorrectionRow,
    }[table].__struct_fields__
