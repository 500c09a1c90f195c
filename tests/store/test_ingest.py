"""Ingest into a real DuckDB file: idempotency, origins, replacement, removal, language, reparse,
migrations, bad input, and the command line's report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from geo.cli import main
from geo.core.errors import StoreError
from geo.store import schema
from geo.store.connect import connect, reading, writing
from geo.store.ingest import ingest, reparse

sys.path.insert(0, str(Path(__file__).parent))
from corpus import article_text, snapshot, write_corpus

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"), n=12)


def count(store, sql="SELECT count(*) FROM articles"):
    with reading(store) as con:
        return con.execute(sql).fetchone()[0]


def test_ingest_twice_adds_nothing_the_second_time(corpus, tmp_path):
    store = tmp_path / "s.duckdb"
    first = ingest([corpus], store, workers=1, batch_size=5, progress=False)
    # 12 stories + dated + wire-1 + the French one; wire-copy repeats story-000's text
    assert first.summary() == "15 new, 1 unchanged, 0 replaced, 0 failed"
    before = snapshot(store)
    second = ingest([corpus], store, workers=1, batch_size=5, progress=False)
    assert second.summary() == "0 new, 16 unchanged, 0 replaced, 0 failed"
    assert snapshot(store) == before


def test_same_text_from_two_origins_is_one_article_with_both(corpus, tmp_path):
    store = tmp_path / "s.duckdb"
    ingest([corpus], store, workers=1, progress=False)
    with reading(store) as con:
        (aid, source, date) = con.execute(
            "SELECT id, source, date FROM articles WHERE text = ?", [article_text(0)]
        ).fetchone()
        origins = con.execute(
            "SELECT origin, source FROM origins WHERE article_id = ? ORDER BY origin", [aid]
        ).fetchall()
    # a folder's own files come before its sub-folders: the JSONL record is seen first and keeps its
    # id, date and source; the file is listed as a second origin with its own source
    assert (aid, source, str(date)) == ("wire-copy", "Copy Desk", "2024-01-01")
    assert [o[0].rsplit("/", 2)[1:] for o in origins] == [["west", "story-000.txt"], ["corpus0", "wire.jsonl#line=2"]]
    assert [o[1] for o in origins] == ["west", "Copy Desk"]


def test_dates_sources_language_and_foreign_text(corpus, tmp_path, capsys):
    store = tmp_path / "s.duckdb"
    report = ingest([corpus], store, workers=1, progress=False)
    with reading(store) as con:
        rows = {
            r[0]: r[1:] for r in con.execute("SELECT id, date, source, language, geoparsed FROM articles").fetchall()
        }
        fr_mentions = con.execute("SELECT count(*) FROM mentions WHERE article_id = 'wire-fr'").fetchone()[0]
    assert str(rows["2024-03-05-dated"][0]) == "2024-03-05"
    assert rows["wire-1"][:2] == (__import__("datetime").date(2024, 2, 1), "Wire")
    assert rows["wire-fr"][2:] == ("fr", False) and fr_mentions == 0
    assert any("not English" in w for w in report.warnings)


def test_changed_text_replaces_and_removed_stays_removed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text(1))
    (folder / "b.txt").write_text(article_text(2))
    store = tmp_path / "s.duckdb"
    ingest([folder], store, workers=1, progress=False)
    (folder / "a.txt").write_text(article_text(3))
    report = ingest([folder], store, workers=1, progress=False)
    assert report.summary() == "0 new, 1 unchanged, 1 replaced, 0 failed"
    with reading(store) as con:
        text = con.execute("SELECT text FROM articles WHERE id = 'a'").fetchone()[0]
        starts = con.execute("SELECT count(*) FROM mentions WHERE article_id = 'a' AND text = 'Tehran'").fetchone()[0]
    assert text == article_text(3) and starts == 0  # article_text(1) named Tehran, article_text(3) does not

    assert main(["remove", "b", "--store", str(store)]) == 0
    assert count(store, "SELECT count(*) FROM articles WHERE NOT removed") == 1
    report = ingest([folder], store, workers=1, progress=False)
    assert report.counts["removed"] == 1 and count(store, "SELECT count(*) FROM articles WHERE NOT removed") == 1
    report = ingest([folder], store, workers=1, progress=False, restore=True)
    assert report.counts["restored"] == 1 and count(store, "SELECT count(*) FROM articles WHERE NOT removed") == 2
    assert main(["remove", "nope", "--store", str(store)]) == 2
    assert main(["remove", "b", "--store", str(tmp_path / "typo.duckdb")]) == 2
    assert not (tmp_path / "typo.duckdb").exists()


def test_reparse_only_articles_of_another_fingerprint(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(article_text(i))
    store = tmp_path / "s.duckdb"
    ingest([folder], store, workers=1, progress=False)
    before = snapshot(store)
    with writing(store) as con:
        con.execute("UPDATE articles SET fingerprint = 'old' WHERE id = '1'")
        con.execute("DELETE FROM mentions WHERE article_id = '1'")
    assert reparse(store, progress=False).counts["replaced"] == 1
    assert snapshot(store) == before
    assert reparse(store, progress=False).counts["replaced"] == 0


def test_cli_reports_each_failure_on_its_own_line_and_a_last_line(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(article_text(1))
    (folder / "binary.txt").write_bytes(b"\x00\x01" * 100)
    (folder / "rows.jsonl").write_text(json.dumps({"text": article_text(2)}) + "\n{oops\n")
    (folder / "nocol.csv").write_text("a,b\n1,2\n")
    (folder / "feed.rss").write_text("<rss><channel><item>")
    code = main(["ingest", str(folder), "--store", str(tmp_path / "s.duckdb"), "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out.strip().splitlines()[-1] == "2 new, 0 unchanged, 0 replaced, 4 failed"
    failed = [line for line in err.splitlines() if "failed" in line]
    assert len(failed) == 4, err
    assert any("binary.txt" in f and "binary" in f for f in failed)
    assert any("rows.jsonl#line=2" in f and "not JSON" in f for f in failed)
    assert any("nocol.csv" in f and "'text'" in f for f in failed)
    assert any("feed.rss#entry=1" in f for f in failed)
    assert "Traceback" not in err


def test_feed_that_is_not_xml_is_a_failure(tmp_path, capsys):
    (tmp_path / "feed.xml").write_text("{ definitely not xml")
    code = main(["ingest", str(tmp_path / "feed.xml"), "--store", str(tmp_path / "s.duckdb"), "--quiet"])
    assert code == 2 and "not an RSS or Atom feed" in capsys.readouterr().err


@pytest.mark.parametrize(
    "setup, needle",
    [
        (lambda p: p.write_text("not a database at all"), "not a DuckDB store file"),
        (lambda p: p.mkdir(), "not a file"),
    ],
)
def test_bad_store_paths_are_one_line(tmp_path, capsys, setup, needle):
    store = tmp_path / "bad.duckdb"
    setup(store)
    (tmp_path / "a.txt").write_text(article_text(1))
    for argv in (["ingest", str(tmp_path / "a.txt")], ["stats"], ["export", "--format", "csv"]):
        assert main([*argv, "--store", str(store)]) == 2
        err = capsys.readouterr().err
        assert needle in err and len(err.strip().splitlines()) == 1, err


def test_store_in_a_folder_that_cannot_be_made(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert main(["stats", "--store", str(tmp_path / "missing.duckdb")]) == 2
    assert "no store there yet" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path / "file"), "--store", str(tmp_path / "file" / "s.duckdb")]) == 2
    assert "cannot create" in capsys.readouterr().err


def test_store_choice_flag_then_environment(tmp_path, monkeypatch):
    from geo.store.connect import DEFAULT_STORE, store_path

    monkeypatch.delenv("GEO_STORE", raising=False)
    assert store_path(None) == DEFAULT_STORE and DEFAULT_STORE.parent.name == "data"
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "env.duckdb"))
    assert store_path(None) == tmp_path / "env.duckdb"
    assert store_path(tmp_path / "flag.duckdb") == tmp_path / "flag.duckdb"


def test_migrations_keep_an_older_store_readable_and_refuse_a_newer_one(tmp_path, capsys):
    store = tmp_path / "s.duckdb"
    (tmp_path / "a.txt").write_text(article_text(1))
    ingest([tmp_path / "a.txt"], store, workers=1, progress=False)
    grown = (*schema.MIGRATIONS, ("ALTER TABLE articles ADD COLUMN section VARCHAR",))
    con = connect(store, write=True)
    try:
        assert schema.migrate(con, migrations=grown) == schema.SCHEMA_VERSION
        assert con.execute("SELECT id, section FROM articles").fetchall() == [("a", None)]
    finally:
        con.close()
    assert main(["stats", "--store", str(store), "--format", "json"]) == 2
    assert "newer version" in capsys.readouterr().err


def test_stats_json(corpus, tmp_path, capsys):
    store = tmp_path / "s.duckdb"
    ingest([corpus], store, workers=1, progress=False)
    assert main(["stats", "--store", str(store), "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert {
        "articles": 15,
        "sources": 5,
        "first_date": "2024-01-01",
        "last_date": "2024-03-05",
    }.items() <= stats.items()
    assert stats["mentions"] > 40 and stats["places"] >= 10


def test_store_errors_are_store_errors(tmp_path):
    with pytest.raises(StoreError, match="no store there yet"), reading(tmp_path / "none.duckdb"):
        pass


def test_near_duplicates_join_a_story_across_separate_ingests(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    original = article_text(5) + " " + article_text(6)
    (folder / "a.txt").write_text(original)
    store = tmp_path / "s.duckdb"
    ingest([folder], store, workers=1, progress=False)
    (folder / "b.txt").write_text(original.replace("for talks", "for new talks"))  # a wire copy, edited
    (folder / "c.txt").write_text(article_text(7))
    assert ingest([folder], store, workers=1, progress=False).summary() == "2 new, 1 unchanged, 0 replaced, 0 failed"
    with reading(store) as con:
        stories = dict(con.execute("SELECT id, story FROM articles").fetchall())
    assert stories == {"a": "a", "b": "a", "c": "c"}
