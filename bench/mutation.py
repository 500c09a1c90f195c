"""Mutation testing of the recognition and relation code: how many small wrong changes the tests notice.

``python -m bench mutation [--sample N] [--seed S] [PACKAGE ...]`` lists every mutation point of the
chosen packages (default ``geo/recognize`` and ``geo/relations``), draws a random sample of them
with a fixed seed, and for each one copies the project into a scratch folder, applies that single
change and runs the tests of the changed package (``tests/recognize`` + ``tests/test_pipeline.py``,
or ``tests/relations``). A mutant is *killed* when a test fails (or the run errors or times out),
*survived* when every test passes. It prints the kill rate and every survivor (file, line, change)
so a developer knows which behaviour no test pins down.

The operators are the classic ones, applied one at a time to the syntax tree: a comparison negated
(``==`` -> ``!=``, ``<`` -> ``>=``, ``in`` -> ``not in``...), ``and`` <-> ``or``, a ``not`` removed,
``True`` <-> ``False``, an integer constant plus one, a float constant doubled (or 1.0 for zero),
``+`` <-> ``-``. Docstrings and other strings are left alone. This does the job of mutmut, with
test selection per package, because running the whole suite for each mutant would take hours here.
"""

from __future__ import annotations

import ast
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from geo.core.paths import PROJECT_ROOT

DEFAULT_PACKAGES = ("geo/recognize", "geo/relations")
TESTS_FOR = {
    "geo/recognize": ("tests/recognize", "tests/test_pipeline.py"),
    "geo/relations": ("tests/relations",),
}
SEED = 20261125

_NEGATED_COMPARE: dict[type, type] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.GtE,
    ast.GtE: ast.Lt,
    ast.Gt: ast.LtE,
    ast.LtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}


@dataclass(frozen=True, slots=True)
class Mutant:
    """One change: the ``index``-th node (in ``ast.walk`` order) of ``path``, changed by ``operator``."""

    path: str
    index: int
    line: int
    operator: str


def _docstring_nodes(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _operators(node: ast.AST, docstrings: set[int]) -> list[str]:
    """The mutation operators that apply to ``node``."""
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _NEGATED_COMPARE:
        return ["negate-comparison"]
    if isinstance(node, ast.BoolOp):
        return ["swap-and-or"]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return ["drop-not"]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        return ["swap-plus-minus"]
    if isinstance(node, ast.Constant) and id(node) not in docstrings:
        if isinstance(node.value, bool):
            return ["flip-bool"]
        if isinstance(node.value, int):
            return ["int-plus-one"]
        if isinstance(node.value, float):
            return ["float-change"]
    return []


def mutation_points(root: Path, packages: Sequence[str]) -> list[Mutant]:
    """Every mutation point of the packages' modules, in a stable order."""
    points = []
    for package in packages:
        for path in sorted((root / package).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = _docstring_nodes(tree)
            for index, node in enumerate(ast.walk(tree)):
                for op in _operators(node, docstrings):
                    points.append(Mutant(str(path.relative_to(root)), index, getattr(node, "lineno", 0), op))
    return points


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    """Put ``new`` where ``old`` stands in its parent."""
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if item is old:
                        value[i] = new
                        return


def mutate_source(source: str, mutant: Mutant) -> str:
    """``source`` with the one change ``mutant`` describes, as code."""
    tree = ast.parse(source)
    node: Any = next(n for i, n in enumerate(ast.walk(tree)) if i == mutant.index)
    if mutant.operator == "negate-comparison":
        node.ops = [_NEGATED_COMPARE[type(node.ops[0])]()]
    elif mutant.operator == "swap-and-or":
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif mutant.operator == "drop-not":
        _replace(tree, node, node.operand)  # "not x" -> "x"
    elif mutant.operator == "swap-plus-minus":
        node.op = ast.Sub() if isinstance(node.op, ast.Add) else ast.Add()
    elif mutant.operator == "flip-bool":
        node.value = not node.value
    elif mutant.operator == "int-plus-one":
        node.value = node.value + 1
    elif mutant.operator == "float-change":
        node.value = node.value * 2 if node.value else 1.0
    return ast.unparse(ast.fix_missing_locations(tree))


def _copy_project(dest: Path) -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    for name in tracked.stdout.splitlines():
        src = PROJECT_ROOT / name
        if src.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


def run_mutant(scratch: Path, mutant: Mutant, timeout: float) -> str:
    """Apply ``mutant`` in ``scratch`` (a project copy), run its package's tests, restore the file.
    Returns ``killed``, ``survived`` or ``timeout``."""
    path = scratch / mutant.path
    original = path.read_text(encoding="utf-8")
    package = next(p for p in TESTS_FOR if mutant.path.startswith(p))
    try:
        path.write_text(mutate_source(original, mutant), encoding="utf-8")
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-x",
                "-q",
                "-p",
                "no:cacheprovider",
                "-m",
                "not e2e",
                *TESTS_FOR[package],
            ],
            cwd=scratch,
            capture_output=True,
            timeout=timeout,
        )
        return "survived" if proc.returncode == 0 else "killed"
    except subprocess.TimeoutExpired:
        return "timeout"
    finally:
        path.write_text(original, encoding="utf-8")


def run_mutation(
    packages: Sequence[str] = DEFAULT_PACKAGES,
    sample: int = 200,
    seed: int = SEED,
    timeout: float = 600.0,
    out: TextIO | None = None,
) -> dict[str, Any]:
    """Draw ``sample`` mutants of ``packages`` at random (``seed``), run each, print and return the tally."""
    out = out or sys.stdout
    points = mutation_points(PROJECT_ROOT, packages)
    chosen = sorted(
        random.Random(seed).sample(points, min(sample, len(points))), key=lambda m: (m.path, m.line, m.index)
    )
    print(f"{len(points)} mutation points in {', '.join(packages)}; {len(chosen)} drawn (seed {seed})", file=out)
    results: dict[str, list[Mutant]] = {"killed": [], "survived": [], "timeout": []}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="geo-mutation-") as tmp:
        scratch = Path(tmp)
        _copy_project(scratch)
        for n, mutant in enumerate(chosen, start=1):
            verdict = run_mutant(scratch, mutant, timeout)
            results[verdict].append(mutant)
            print(
                f"  [{n}/{len(chosen)}] {verdict:<8} {mutant.path}:{mutant.line} {mutant.operator}",
                file=out,
                flush=True,
            )
    killed = len(results["killed"]) + len(results["timeout"])
    rate = killed / len(chosen) if chosen else 1.0
    print(f"killed {killed} of {len(chosen)} ({rate:.0%}) in {time.perf_counter() - t0:.0f} s; survivors:", file=out)
    for m in results["survived"]:
        print(f"  {m.path}:{m.line} {m.operator}", file=out)
    return {
        "points": len(points),
        "sample": len(chosen),
        "seed": seed,
        "killed": killed,
        "rate": rate,
        "survivors": [f"{m.path}:{m.line} {m.operator}" for m in results["survived"]],
    }
