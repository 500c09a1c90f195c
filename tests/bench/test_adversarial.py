"""The adversarial benchmark's inputs, its timeout and its verdict, without the model."""

from __future__ import annotations

import io
import time

import pytest

from bench.adversarial import MB, SHAPE_NAMES, Timing, _print_table, _report, make_input, run_forked
from geo.core.errors import BenchError

NEWS = (
    "Officials in Caracas met envoys from Tehran on Monday.\nThe talks ended. Flights resume soon.",
    "Trade between Bolivia and Iran grew, the ministry said.",
)


@pytest.mark.parametrize("shape", SHAPE_NAMES)
@pytest.mark.parametrize("size", [10_000, 50_000])
def test_every_shape_has_about_the_size_asked(shape, size):
    data = make_input(shape, size, NEWS, ("Paris", "Lima", "Quito"))
    assert size * 0.95 <= len(data.encode("utf-8")) <= size * 1.05


def test_shapes_are_what_they_say():
    assert set(make_input("repeat-us", 1000, NEWS, ()).split()) == {"U.S."}
    assert " " not in make_input("endless-word", 1000, NEWS, ())
    assert not any(ch.isspace() for ch in make_input("no-spaces", 1000, NEWS, ()))
    assert not any(ch.isalnum() for ch in make_input("punctuation", 1000, NEWS, ()))
    giant = make_input("giant-sentence", 5000, NEWS, ())
    assert not any(ch in giant for ch in ".!?\n")
    deep = make_input("deep-html", 20_000, NEWS, ())
    assert deep.count("<div>") == deep.count("</div>") > 200


def test_unknown_shape_is_a_bench_error():
    with pytest.raises(BenchError, match="Expected a shape"):
        make_input("nope", 100, NEWS, ())


def test_a_forked_run_returns_its_result_or_is_killed_at_the_timeout():
    assert run_forked(lambda: {"seconds": 1.0}, timeout=30) == {"seconds": 1.0}
    t0 = time.monotonic()
    assert run_forked(lambda: time.sleep(60) or {}, timeout=0.5) == {"error": "timeout"}
    assert time.monotonic() - t0 < 10
    assert "ZeroDivisionError" in run_forked(lambda: {"x": 1 / 0}, timeout=30)["error"]


def test_verdict_compares_each_shape_with_news_of_the_same_size():
    timings = [
        Timing("news", 200 * 1024, 4.0, input_bytes=200 * 1024),
        Timing("news", MB, 20.0, input_bytes=MB),
        Timing("repeat-us", 200 * 1024, 10.0, input_bytes=200 * 1024),
        Timing("repeat-us", MB, 61.0, input_bytes=MB),
        Timing("endless-word", 200 * 1024, None, error="timeout"),
        Timing("endless-word", MB, 1.0, input_bytes=MB),
    ]
    report = _report(timings, [200 * 1024, MB], 60)
    passed = {(r["shape"], r["size"]): r["passed"] for r in report["timings"]}
    assert passed[("repeat-us", 200 * 1024)] is True  # 2.5x news
    assert passed[("repeat-us", MB)] is False  # over 60 s
    assert passed[("endless-word", 200 * 1024)] is False and passed[("endless-word", MB)] is True
    assert report["ok"] is False
    out = io.StringIO()
    _print_table(report, [200 * 1024, MB], 60, out)
    assert "repeat-us" in out.getvalue() and ">60" in out.getvalue() and "missed by" in out.getvalue()
