"""The layer rule: each part of the house imports only the parts below it.

Read from the code's own ``import`` statements (``ast``), top-level and inside functions alike, so
a late import cannot hide a dependency that points up. The order is written in the README.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Lowest first. Parts on the same rank may not import each other either.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("geo.core",),
    ("geo.read", "geo.gazetteer"),
    ("geo.recognize",),
    ("geo.relations",),
    ("geo.pipeline",),
    ("geo.store",),
    ("geo.viz",),
    ("geo.cli",),
    ("geo.__main__",),
)
OUTSIDE_THE_LIBRARY = ("bench", "app", "dashboard", "streamlit", "streamlit_folium")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            out.add(module)
            # "from geo import nlp" names a module too
            out.update(f"{module}.{alias.name}" for alias in node.names)
    return out


def _rank(module: str) -> tuple[int, str] | None:
    for rank, parts in enumerate(LAYERS):
        for part in parts:
            if module == part or module.startswith(part + "."):
                return rank, part
    return None


LIBRARY = sorted(p for p in (ROOT / "geo").rglob("*.py"))


def test_every_library_module_has_a_layer():
    assert [str(p) for p in LIBRARY if _rank(_module_name(p)) is None and _module_name(p) != "geo"] == []


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down(path):
    here = _rank(_module_name(path))
    if here is None:
        return  # geo/__init__.py: the version only
    wrong = []
    for module in _imports(path):
        top = module.split(".")[0]
        if top in OUTSIDE_THE_LIBRARY:
            wrong.append(f"{module} (outside the library)")
            continue
        there = _rank(module)
        if there is None or there[1] == here[1]:
            continue  # not ours, or the same part
        if there[0] >= here[0]:
            wrong.append(f"{module} (rank {there[0]} >= {here[0]})")
    assert wrong == [], f"{_module_name(path)} imports upward or sideways: {wrong}"


def test_the_rule_catches_an_upward_import(tmp_path):
    bad = ROOT / "geo" / "core" / "_layer_probe.py"
    bad.write_text("from geo.pipeline import Geoparser\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError, match="upward"):
            test_imports_point_down(bad)
    finally:
        bad.unlink()


def test_benchmarks_import_the_library_not_the_reverse():
    for path in LIBRARY:
        assert not {m for m in _imports(path) if m.split(".")[0] == "bench"}, path


DASHBOARD = sorted((ROOT / "dashboard").glob("*.py"))


def test_nothing_in_the_library_imports_the_dashboard():
    for path in LIBRARY:
        assert not {m for m in _imports(path) if m.split(".")[0] in ("dashboard", "app")}, path


@pytest.mark.parametrize("path", DASHBOARD, ids=lambda p: p.name)
def test_the_dashboard_imports_the_library_never_the_benchmarks_or_the_page(path):
    assert not {m for m in _imports(path) if m.split(".")[0] in ("bench", "app")}, path


def test_the_dashboard_rule_catches_a_library_module_importing_it():
    bad = ROOT / "geo" / "viz" / "_dashboard_probe.py"
    bad.write_text("from dashboard import data\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError):
            test_imports_point_down(bad)
    finally:
        bad.unlink()
