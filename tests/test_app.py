"""The Streamlit page run headless with AppTest on a real store (built without the parser): the
widgets come from the data, every filter is read from and written to the URL, hostile URL values
stay inert, nothing is parsed, and corrections, removals and presentation mode work."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import msgspec
import pytest
from streamlit.testing.v1 import AppTest

from geo.core.records import Filters
from geo.store import query
from geo.store.connect import reading

APP = str(Path(__file__).resolve().parent.parent / "app.py")
ALLIANCE = "venezuela-iran-alliance"
TIES = "iran-latin-america-ties"
CARACAS, TEHRAN, BOLIVIA, VENEZUELA = "gn:3646738", "gn:112931", "gn:3923057", "gn:3625428"
META = {
    ALLIANCE: {"date": dt.date(2024, 3, 5), "source": "Example News"},
    TIES: {"date": dt.date(2024, 5, 20), "source": "Other Wire"},
}
TIMEOUT = 60


@pytest.fixture(autouse=True)
def unstaged(monkeypatch):
    """AppTest has no browser to say the map is drawn: the page sends everything at once."""
    monkeypatch.setenv("GEO_DASHBOARD_STAGED", "0")


@pytest.fixture
def store(store_of, parsed_articles, monkeypatch):
    path = store_of(parsed_articles, META)
    monkeypatch.setenv("GEO_STORE", str(path))
    return path


def run_app(**query_params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query_params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def component(at: AppTest) -> dict:
    (found,) = at.get("component_instance")
    return json.loads(found.proto.json_args)


def map_data(at: AppTest) -> dict:
    """The rows of the view layer handed to the map."""
    return json.loads(
        re.search(r"var D = (\{.*?\}), P = D\.places", component(at)["feature_group"], re.DOTALL).group(1)
    )


def map_places(at: AppTest) -> set[str]:
    """Names of the places on the map."""
    return {row[4] for row in map_data(at)["places"]}


def map_links(at: AppTest) -> set[str]:
    """Keys of the links on the map."""
    return {row[9] for row in map_data(at)["links"]}


def url(at: AppTest) -> dict:
    """The page's URL parameters, repeatable ones as lists."""
    from dashboard.state import REPEATABLE

    out = {}
    for k, v in at.query_params.items():
        values = [v] if isinstance(v, str) else list(v)
        out[k] = values if k in REPEATABLE else values[-1]
    return out


def texts(elements) -> str:
    return "\n".join(e.value for e in elements)


def test_page_shows_the_stores_map_and_counts(store):
    at = run_app()
    assert {"Caracas", "Tehran", "Venezuela", "Bolivia"} <= map_places(at)
    assert "2 article(s) · 7 place(s) · 6 link(s)" in texts(at.caption)


def test_the_map_is_offline_returns_one_object_and_keeps_its_base_across_filters(store):
    at = run_app()
    args = component(at)
    assert args["returned_objects"] == ["last_object_clicked_tooltip"]
    for link in args["js_links"] + args["css_links"]:
        assert link.startswith("../../app/static/leaflet/"), link[:60]  # this server's own copy
    assert "L.tileLayer" not in args["script"] and "Caracas" not in args["script"]
    key = at.get("component_instance")[0].proto.id
    at.number_input(key="f_min_mentions").set_value(2).run()
    after = component(at)
    assert after["script"] == args["script"], "the base map is not rebuilt by a filter change"
    assert after["feature_group"] != args["feature_group"]
    assert at.get("component_instance")[0].proto.id == key


def test_nothing_is_parsed_to_show_the_page(store, monkeypatch):
    import geo.pipeline

    def refuse(*args, **kwargs):
        raise AssertionError("the page parsed an article")

    monkeypatch.setattr(geo.pipeline.Geoparser, "__init__", refuse)
    at = run_app(q="drones")
    assert map_places(at)


@pytest.mark.parametrize(
    "params, widget, value",
    [
        ({"article": ALLIANCE}, "f_article", [ALLIANCE]),
        ({"since": "2024-04-01"}, "f_since", dt.date(2024, 4, 1)),
        ({"until": "2024-04-01"}, "f_until", dt.date(2024, 4, 1)),
        ({"source": "Other Wire"}, "f_source", ["Other Wire"]),
        ({"country": "bo"}, "f_country", "BO"),
        ({"place": BOLIVIA}, "f_place", [BOLIVIA]),
        ({"pair": f"{CARACAS},{TEHRAN}"}, "f_pair", [CARACAS, TEHRAN]),
        ({"place_type": "country"}, "f_place_type", ["country"]),
        ({"relation": "transfer"}, "f_relation", ["transfer"]),
        ({"min_mentions": "2"}, "f_min_mentions", 2),
        ({"q": "drones"}, "f_q", "drones"),
    ],
    ids=lambda v: str(v) if isinstance(v, dict) else "",
)
def test_each_url_filter_sets_its_widget_narrows_the_map_and_stays_in_the_url(store, params, widget, value):
    full = run_app()
    at = run_app(**params)
    assert at.session_state[widget] == value
    assert map_places(at) <= map_places(full) and map_links(at) <= map_links(full)
    assert (map_places(at), map_links(at)) != (map_places(full), map_links(full)), "the map is narrowed"
    from dashboard.state import REPEATABLE

    expected = {k: ([v] if k in REPEATABLE else v.upper() if k == "country" else v) for k, v in params.items()}
    assert url(at) == expected
    assert not at.warning


def test_a_pasted_url_with_every_filter_reproduces_the_view(store):
    params = {
        "since": "2024-01-01",
        "until": "2024-12-31",
        "source": ["Example News", "Other Wire"],
        "country": "VE",
        "relation": ["route", "tie"],
        "min_mentions": "1",
        "q": "flew",
    }
    at = run_app(**params)
    f = Filters.from_params(params)
    with reading(store) as con:
        expected = {p.place.name for p in query.place_stats(con, f)}
    assert map_places(at) == expected and expected
    assert url(at)["source"] == ["Example News", "Other Wire"] and url(at)["q"] == "flew"


def test_changing_a_widget_writes_the_url(store):
    at = run_app()
    at.multiselect(key="f_relation").set_value(["route"]).run()
    at.number_input(key="f_min_mentions").set_value(2).run()
    at.toggle(key="o_negated").set_value(True).run()
    assert url(at) == {"relation": ["route"], "min_mentions": "2", "negated": "1"}


@pytest.mark.parametrize(
    "params",
    [
        {"article": "![x](http://evil.example/x.png)"},
        {"source": "<img src=x onerror=alert(1)>"},
        {"place": ":red[boom] $x$ [a](javascript:alert(1))"},
        {"pair": "gn:1"},
        {"since": "yesterday"},
        {"until": "2024-13-40"},
        {"since": "2024-06-01", "until": "2024-01-01"},
        {"country": "Venezuela<script>"},
        {"place_type": "**planet**"},
        {"relation": "drive"},
        {"min_mentions": "-3"},
        {"q": "x" * 5000},
        {"bogus": "![y](http://evil.example/y.png)"},
    ],
    ids=lambda p: ",".join(p),
)
def test_hostile_or_unknown_url_values_give_an_escaped_message_and_the_page_still_works(store, params):
    at = run_app(**params)
    messages = [w.value for w in at.warning]
    assert messages, "the page says what it left out"
    for text in messages:
        bare = re.sub(r"\\.", "", text)  # what Markdown would read: everything not backslash-escaped
        for token in ("](", "<", ">", ":red[", "$", "[a]", "**", "\n"):
            assert token not in bare, (token, text)
    assert map_places(at), "the rest of the view is drawn"


def test_place_types_come_from_the_data(store):
    at = run_app()
    assert at.multiselect(key="f_place_type").options == ["country", "city"]


def test_places_are_picked_by_typing_a_name(store):
    at = run_app()
    at.text_input(key="find_place").set_value("bol").run()
    buttons = [b for b in at.button if b.key and b.key.startswith("f_place+")]
    assert [b.key for b in buttons] == [f"f_place+{BOLIVIA}"] and "Bolivia" in buttons[0].label
    buttons[0].click().run()
    assert at.session_state["f_place"] == [BOLIVIA] and url(at) == {"place": [BOLIVIA]}
    at.text_input(key="find_pair").set_value("cara").run()
    next(b for b in at.button if b.key == f"f_pair+{CARACAS}").click().run()
    at.text_input(key="find_pair").set_value("teh").run()
    next(b for b in at.button if b.key == f"f_pair+{TEHRAN}").click().run()
    assert url(at)["pair"] == f"{CARACAS},{TEHRAN}"


def test_an_older_parser_says_so_with_the_reparse_command(store):
    at = run_app()
    assert "older version of the parser" in texts(at.info)
    assert any("python -m geo reparse --store" in c.value for c in at.code)


def test_the_timeline_counts_articles_and_undated_ones(store):
    at = run_app()
    assert any("geo-bar" in h.proto.body for h in at.get("html")), "a timeline of bars"
    assert "0 undated" in texts(at.caption)


def test_correcting_an_opened_article_changes_the_map_and_can_be_undone(store):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["open_article"] = TIES
    at.run()
    assert not at.exception
    assert "Bolivia" in map_places(at)
    mentions = at.selectbox(key=f"fix-mention-{TIES}-")
    mentions.select_index(next(i for i, label in enumerate(mentions.options) if "Havana" in label)).run()
    next(b for b in at.button if b.key == f"fix-not-{TIES}").click().run()
    assert not at.exception and "Havana" not in map_places(at)
    assert "marked not a place" in texts(at.success)
    at.segmented_control(key="panel").set_value("Corrections").run()
    assert "1 active correction(s)" in texts(at.caption)
    at.button(key="undo").click().run()
    assert "Havana" in map_places(at)


def test_removing_an_article_asks_and_can_be_undone(store):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["open_article"] = TIES
    at.run()
    at.button(key="remove-confirm").click().run()
    assert "Bolivia" not in map_places(at) and "removed" in texts(at.info)
    at.button(key="undo-removal").click().run()
    assert "Bolivia" in map_places(at)


def test_presentation_mode_puts_title_dates_and_sources_on_the_map(store):
    at = run_app(present="1", source="Other Wire")
    script = component(at)["feature_group"]
    assert "geo-title" in script and "Other Wire" in script and "2024-05-20" in script
    assert any(b.label == "Exit presentation" for b in at.button)


def test_too_large_upload_states_the_limit_and_reads_nothing(store):
    from dashboard.add_panel import MAX_FILE_BYTES

    at = run_app()
    at.segmented_control(key="panel").set_value("Add & remove").run()
    at.file_uploader(key="upload-0").set_value([("huge.txt", b"a" * (MAX_FILE_BYTES + 1), "text/plain")]).run()
    assert not at.exception
    assert any("too large" in e.value and f"{MAX_FILE_BYTES:,}" in e.value for e in at.error)


def test_a_named_store_that_does_not_exist_is_an_error_not_a_new_store(tmp_path, monkeypatch):
    missing = tmp_path / "nope.duckdb"
    monkeypatch.setenv("GEO_STORE", str(missing))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception and "No corpus store at" in texts(at.error) and not missing.exists()


def test_a_store_that_is_not_a_store_is_one_message(tmp_path, monkeypatch):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"not a database" * 100)
    monkeypatch.setenv("GEO_STORE", str(bad))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception and "could not be read" in texts(at.error)


@pytest.mark.model
def test_first_run_fills_the_default_store_with_the_bundled_articles(tmp_path, monkeypatch):
    from geo.store import connect

    monkeypatch.delenv("GEO_STORE", raising=False)
    monkeypatch.setattr(connect, "DEFAULT_STORE", tmp_path / "corpus.duckdb")
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception
    with reading(tmp_path / "corpus.duckdb") as con:
        assert query.stats(con)["articles"] == 2
    assert "Venezuela" in map_places(at)
    assert msgspec.structs.asdict(Filters()) is not None


def test_the_range_slider_under_the_timeline_sets_the_date_range(store):
    at = run_app()
    at.slider(key="f_span").set_value((dt.date(2024, 3, 5), dt.date(2024, 4, 30))).run()
    assert url(at) == {"until": "2024-04-30"}, "the whole span's start means no start"
    assert "Havana" not in map_places(at) and "Caracas" in map_places(at)
    at.date_input(key="f_since").set_value(dt.date(2024, 3, 1)).run()
    assert at.session_state["f_span"] == (dt.date(2024, 3, 5), dt.date(2024, 4, 30))


def test_a_new_session_gets_the_map_first_and_the_rest_once_it_is_drawn(store, monkeypatch):
    monkeypatch.setenv("GEO_DASHBOARD_STAGED", "1")
    at = run_app(source="Other Wire")
    assert map_places(at) == {"Havana", "Venezuela", "Bolivia"}, "the map of the URL's view, at once"
    assert not at.multiselect and "once the map is drawn" in texts(at.sidebar.caption)
    at.session_state["map_ready"] = True  # what the map's "drawn" message sets
    at.run()
    assert at.multiselect(key="f_source").value == ["Other Wire"]
