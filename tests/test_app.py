"""The Streamlit page run headless with AppTest: filters narrow the map, the URL selects articles,
bad uploads get a clear message. Uses the real parser on the bundled articles (data/articles)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest

from geo.read.articles import MAX_BYTES

pytestmark = pytest.mark.model

APP = str(Path(__file__).resolve().parent.parent / "app.py")
ALLIANCE = "venezuela-iran-alliance"
TIES = "iran-latin-america-ties"
TIMEOUT = 180


def run_app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def map_script(at: AppTest) -> str:
    """The Leaflet script handed to the streamlit-folium component."""
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)["script"]


def map_places(at: AppTest) -> set[str]:
    script = map_script(at)
    return set(re.findall(r'"([^"·]+) · \d+ mentions? · ', script))


def table(at: AppTest, index: int) -> list[dict]:
    return at.dataframe[index].value.to_dict("records")


@pytest.fixture(scope="module")
def full() -> AppTest:
    return run_app()


def test_page_shows_map_tables_and_downloads(full):
    assert "Caracas" in map_places(full) or "Venezuela" in map_places(full)
    assert {"Venezuela", "Iran"} <= {row["place"] for row in table(full, 0)}
    assert table(full, 1), "the relations table lists the routes and ties"
    labels = {b.label for b in full.get("download_button")}
    assert {"PNG (16:9)", "HTML map", "GeoJSON", "Mentions CSV"} <= labels


def test_map_is_offline_and_asks_for_few_returned_objects(full):
    (component,) = full.get("component_instance")
    args = json.loads(component.proto.json_args)
    assert set(args["returned_objects"]) == {"last_object_clicked_tooltip", "last_object_clicked"}
    for url in args["js_links"] + args["css_links"]:
        assert url.startswith("data:"), url[:60]
    assert "L.tileLayer" not in args["script"]


def test_query_parameter_selects_an_article(full):
    at = run_app(article=ALLIANCE)
    assert at.session_state["articles"] == [ALLIANCE]
    assert len({row["article"] for row in table(at, 1)}) == 1
    assert len({row["article"] for row in table(full, 1)}) == 2
    assert map_places(at) < map_places(full)
    assert "Havana" not in map_places(at)


def test_repeated_query_parameter_selects_both(full):
    at = run_app(article=[ALLIANCE, TIES])
    assert sorted(at.session_state["articles"]) == sorted([ALLIANCE, TIES])
    assert map_places(at) == map_places(full)


def test_unknown_article_in_url_is_reported():
    at = run_app(article="no-such-article")
    assert any("no-such-article" in w.value for w in at.warning)


def test_place_type_filter_narrows_the_map(full):
    at = run_app()
    at.multiselect(key="place_types").set_value(["country"]).run()
    rows = table(at, 0)
    assert rows and {row["type"] for row in rows} == {"country"}
    assert map_places(at) < map_places(full)


def test_relation_type_filter_narrows_relations(full):
    at = run_app()
    at.multiselect(key="rel_types").set_value(["transfer"]).run()
    assert {row["type"] for row in table(at, 1)} == {"transfer"}
    assert "geo-route" not in map_script(at) or '"type":"route"' not in map_script(at)


def test_min_mentions_and_search_narrow_the_map(full):
    at = run_app()
    at.number_input(key="min_mentions").set_value(3).run()
    assert all(row["mentions"] >= 3 for row in table(at, 0))
    assert map_places(at) < map_places(full)
    at.text_input(key="search").set_value("Venezuela").run()
    assert "Venezuela" in map_places(at)
    assert len(map_places(at)) < len(map_places(full))


def test_binary_upload_shows_an_error_and_the_page_still_works():
    at = run_app()
    at.file_uploader(key="upload").set_value([("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "text/plain")])
    at.run()
    assert not at.exception
    assert any("not a text file" in e.value for e in at.error)
    assert table(at, 0), "the map and tables still show the bundled articles"


def test_too_large_upload_states_the_limit():
    at = run_app()
    at.file_uploader(key="upload").set_value([("huge.txt", b"a" * (MAX_BYTES + 1), "text/plain")])
    at.run()
    assert not at.exception
    assert any("too large" in e.value and f"{MAX_BYTES:,}" in e.value for e in at.error)


def test_text_upload_adds_an_article():
    at = run_app()
    text = b"Officials flew from Caracas to Havana on Monday. Caracas denied it."
    at.file_uploader(key="upload").set_value([("note.txt", text, "text/plain")])
    at.run()
    assert not at.exception and not at.error
    assert any(o.startswith("Officials flew") for o in at.multiselect(key="articles").options)
    assert "Havana" in map_places(at)
