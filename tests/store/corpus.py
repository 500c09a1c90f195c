"""A generated folder of small English news articles for ingest tests (no corpus is copied)."""

from __future__ import annotations

import json
from pathlib import Path

CITIES = [
    "Caracas",
    "Tehran",
    "Havana",
    "Damascus",
    "Bogota",
    "Lima",
    "Quito",
    "Madrid",
    "Paris",
    "Berlin",
    "Cairo",
    "Nairobi",
    "Lagos",
    "Moscow",
    "Beijing",
    "Tokyo",
    "Seoul",
    "Manila",
    "Jakarta",
    "Sydney",
]
VERBS = ["travelled", "flew", "sailed", "drove"]


def article_text(i: int) -> str:
    a, b, c, d = (CITIES[(i * k + j) % len(CITIES)] for k, j in ((1, 0), (3, 1), (5, 2), (7, 3)))
    return (
        f"Report number {i} from the desk.\n\n"
        f"Officials {VERBS[i % 4]} from {a} to {b} on Monday for talks, report {i} said. "
        f"The mayor of {c} told reporters that ties with {d} would deepen this year. "
        f"Analysts in {a} expect a further {i} meetings before the summer."
    )


def write_corpus(folder: Path, n: int = 40) -> Path:
    """``n`` small articles in two sub-folders, a JSONL file of three records (one repeating a file's
    text, one in French) and a dated file name; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = folder / ("east" if i % 2 else "west")
        sub.mkdir(exist_ok=True)
        (sub / f"story-{i:03d}.txt").write_text(article_text(i), encoding="utf-8")
    (folder / "2024-03-05-dated.txt").write_text(article_text(1000), encoding="utf-8")
    records = [
        {"id": "wire-1", "text": article_text(2000), "date": "2024-02-01", "source": "Wire"},
        {"id": "wire-copy", "text": article_text(0), "date": "2024-01-01", "source": "Copy Desk"},
        {
            "id": "wire-fr",
            "text": "Le président a annoncé jeudi une réforme des retraites à Paris, selon le "
            "gouvernement, malgré les grèves qui paralysent le pays depuis des semaines.",
        },
    ]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return folder


TABLES = {
    "articles": "SELECT id, hash, title, text, source, url, date, language, fingerprint, geoparsed, summary, "
    "warnings, story, signature, removed, path FROM articles ORDER BY id",
    "origins": "SELECT article_id, origin, date, source, url FROM origins ORDER BY ALL",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, seq",
    "relations": "SELECT * FROM relations ORDER BY article_id, seq",
    "places": "SELECT * FROM places ORDER BY id",
    "bands": "SELECT * FROM bands ORDER BY ALL",
    "words": "SELECT * FROM words ORDER BY ALL",
}


def snapshot(store: Path) -> dict[str, list[tuple]]:
    """Every stored row but ingest times and the revision counter, in a stable order."""
    from geo.store.connect import reading

    with reading(store) as con:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
