"""Reading ingest inputs: folders, JSONL, CSV, feeds, provenance, language, and bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geo.core.errors import ArticleError
from geo.read import sources
from geo.read.meta import date_from_filename, host_of, parse_date
from geo.read.sources import Failure, Item, file_ref, load, load_files_later, path_id, read_items, scan

STORY = "Flights ran from Caracas to Tehran every week, officials in Havana said on Monday."
FRENCH = (
    "Le président a annoncé jeudi une réforme des retraites à Paris, selon le gouvernement français, "
    "malgré les grèves qui paralysent le pays depuis plusieurs semaines."
)


def items(paths):
    got = list(read_items(paths))
    return [g for g in got if isinstance(g, Item)], [g for g in got if isinstance(g, Failure)]


def test_folder_is_scanned_recursively_with_ids_from_relative_paths(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.html").write_text(f"<html><body><p>{STORY} {folder}</p></body></html>")
    (tmp_path / "notes.txt").write_text(STORY)
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text(STORY)
    got, failures = items([tmp_path])
    assert failures == []
    assert [i.article.id for i in got] == ["notes", "a-index", "b-index"]  # a folder's files, then its folders
    assert got[0].article.source == tmp_path.name  # no record field, no HTML metadata: the folder


def test_path_id():
    assert path_id("news/a/Index.HTML") == "news-a-index"
    assert path_id("2024-03-05 storm.txt") == "2024-03-05-storm"


def test_metadata_file_and_file_name_date(tmp_path):
    (tmp_path / "2024-03-05-storm.txt").write_text(STORY)
    (tmp_path / "other.txt").write_text(STORY + " Again.")
    (tmp_path / "metadata.json").write_text(
        json.dumps(
            {"files": {"other.txt": {"date": "2023-01-02", "source": "Wire", "url": "https://www.wire.example/x"}}}
        )
    )
    got, _ = items([tmp_path])
    by_id = {i.article.id: i.article for i in got}
    assert by_id["2024-03-05-storm"].date == dt.date(2024, 3, 5)
    other = by_id["other"]
    assert (other.date, other.source, other.url) == (dt.date(2023, 1, 2), "Wire", "https://www.wire.example/x")


def test_bundled_samples_carry_their_source():
    from geo.core.paths import ARTICLES_DIR

    got, failures = items([ARTICLES_DIR])
    assert failures == []
    assert {i.article.id: i.article.source for i in got} == {
        "iran-latin-america-ties": "TheBlaze",
        "venezuela-iran-alliance": "PatriotFetch.com",
    }
    assert all(i.article.date is None for i in got)  # the texts show no publication date


def test_html_metadata_gives_date_and_site_name(tmp_path):
    (tmp_path / "page.html").write_text(
        '<html><head><meta property="article:published_time" content="2021-06-07T10:00:00Z">'
        '<meta property="og:site_name" content="Daily Example"><title>T</title></head>'
        f"<body><article><p>{STORY}</p><p>{STORY}</p></article><footer>© 2025</footer></body></html>"
    )
    (article,) = [i.article for i in items([tmp_path])[0]]
    assert (article.date, article.source) == (dt.date(2021, 6, 7), "Daily Example")


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "r1", "text": STORY, "date": "2024-02-01T08:00:00Z", "source": "AP", "title": "T1"}),
                "{not json",
                json.dumps({"title": "no text"}),
                json.dumps(["a list"]),
                "",
                json.dumps(
                    {"html": f"<p>{STORY} Second.</p>", "url": "https://www.example.com/a", "date": "last week"}
                ),
            ]
        )
        + "\n"
    )
    got, failures = items([path])
    assert [i.article.id for i in got] == ["r1", "feed-6"]
    r1, second = (i.article for i in got)
    assert (r1.date, r1.source, r1.title) == (dt.date(2024, 2, 1), "AP", "T1")
    assert second.date is None and second.source == "example.com"
    assert any("cannot be read" in w and "stored as unknown" in w for w in second.warnings)
    assert [f.origin.rsplit("#", 1)[1] for f in failures] == ["line=2", "line=3", "line=4"]
    assert "not JSON" in failures[0].reason and "no 'text' or 'html'" in failures[1].reason
    assert all("\n" not in f.message() for f in failures)


def test_csv_rows_and_csv_without_text_column(tmp_path):
    good = tmp_path / "rows.csv"
    good.write_text('id,title,text,date\nc1,"=1+1",' + f'"{STORY}",05 March 2024\n' + "c2,,,\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("title,body\nx,y\n")
    got, failures = items([good, bad])
    assert [(i.article.id, i.article.title, i.article.date) for i in got] == [("c1", "=1+1", dt.date(2024, 3, 5))]
    assert failures[0].origin.endswith("rows.csv#row=2")
    assert failures[1].origin.endswith("bad.csv") and "no 'text' or 'html' column" in failures[1].reason


RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Feed</title>
<item><guid>urn:1</guid><title>Full</title><link>https://example.org/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>{story}</p>]]></content:encoded></item>
<item><title>Short</title><link>https://example.org/2</link><description>Only a summary of events in Caracas and Havana today.</description></item>
</channel></rss>"""


def test_feed_entries_full_content_or_summary_flagged(tmp_path):
    (tmp_path / "news.rss").write_text(RSS.format(story=STORY))
    got, failures = items([tmp_path])
    assert failures == []
    full, short = got
    assert (full.article.id, full.article.source, full.article.date, full.summary) == (
        "urn:1",
        "Example Feed",
        dt.date(2024, 3, 5),
        False,
    )
    assert full.article.text.strip() == STORY
    assert short.article.id == "https://example.org/2" and short.summary
    assert any("only a summary" in w for w in short.article.warnings)


def test_feed_that_is_not_xml_fails_in_one_line(tmp_path):
    (tmp_path / "broken.xml").write_text("this is { not a feed")
    got, failures = items([tmp_path])
    assert got == [] and len(failures) == 1 and "not an RSS or Atom feed" in failures[0].reason


def test_non_english_is_flagged_with_a_warning(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH)
    (item,) = items([tmp_path])[0]
    assert item.foreign and item.article.language == "fr"
    assert any("not English" in w for w in item.article.warnings)


def test_bad_files_fail_alone(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "ok.txt").write_text(STORY)
    got, failures = items([tmp_path, tmp_path / "missing", tmp_path / "x.pdf"])
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert [i.article.id for i in got] == ["ok"]
    reasons = sorted(f.reason for f in failures)
    assert any("binary" in r for r in reasons) and any("no such file" in r for r in reasons)
    assert len(list(scan([tmp_path / "x.pdf"]))) == 1  # a file named on its own must be a known kind


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024-03-05T23:59:00+02:00", dt.date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 5)),
        ("March 5, 2024", dt.date(2024, 3, 5)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "3024-01-01", "1700-01-01"])
def test_unreadable_dates_raise(value):
    with pytest.raises(ArticleError):
        parse_date(value)


def test_file_name_dates_and_hosts():
    assert date_from_filename("storm_20240305.html") == dt.date(2024, 3, 5)
    assert date_from_filename("report-2024.txt") is None
    assert host_of("https://www.bbc.co.uk/news") == "bbc.co.uk" and host_of("not a url") is None


@pytest.mark.parametrize("n_files", [3, sources.BACKGROUND_MIN_FILES + 2])
def test_files_read_in_the_background_come_back_in_order_like_a_plain_read(tmp_path, n_files):
    # Few files are read in this process, many in a forked one: the same items either way, failures
    # in their places.
    paths = []
    for i in range(n_files):
        path = tmp_path / f"story{i:02d}.txt"
        path.write_text(f"Story number {i}. " + STORY)
        paths.append(path)
    paths.insert(1, tmp_path / "missing.txt")
    wait = load_files_later(paths)
    got = wait()
    assert got == [load(file_ref(p)) for p in paths]
    assert isinstance(got[1], Failure) and "no such file" in got[1].reason
    assert [g.article.text.split(".")[0] for g in got if isinstance(g, Item)] == [
        f"Story number {i}" for i in range(n_files)
    ]
