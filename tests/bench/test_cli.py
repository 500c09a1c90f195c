"""The benchmarks' one command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bench import sample_sentences
from bench.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_unreadable_corpus_is_exit_code_2(capsys):
    assert main(["accuracy", str(FIXTURES / "missing.xml")]) == 2
    assert "missing.xml" in capsys.readouterr().err


def test_unreadable_relations_file_is_exit_code_2(tmp_path, capsys):
    assert main(["relations", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [[], ["nonsense"], ["relations", "a.jsonl", "b.jsonl"]])
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_dashboard_without_a_browser_is_exit_code_2_before_building_anything(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GEO_CHROMIUM", str(tmp_path / "no-chromium"))
    out = io.StringIO()
    assert main(["dashboard", "--articles", "10"], out=out) == 2
    assert "chromium" in capsys.readouterr().err and out.getvalue() == ""


def test_python_dash_m_bench_is_the_command_line():
    import subprocess
    import sys

    from geo.core.paths import PROJECT_ROOT

    done = subprocess.run(
        [sys.executable, "-m", "bench", "--help"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    for command in ("accuracy", "speed", "relations", "dashboard", "ingest", "adversarial", "mutation"):
        assert command in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bench", "nonsense"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_the_sentence_sampler_takes_help_as_help_not_as_a_file_name(flag, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        sample_sentences.main([flag])
    assert info.value.code == 0
    assert "OUT.jsonl" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_the_sentence_sampler_rejects_an_unknown_option(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        sample_sentences.main(["--out=x.jsonl"])
    assert info.value.code == 2
    assert list(tmp_path.iterdir()) == []
