"""The mutation tool: its operators make valid, different code, one change at a time."""

from __future__ import annotations

import ast

import pytest

from bench.mutation import Mutant, _operators, mutate_source, mutation_points

SOURCE = '''"""A docstring that stays."""


def f(x, y):
    if x == 1 and not y:
        return x + 2 > 0.5
    return True
'''


def points():
    tree = ast.parse(SOURCE)
    return [(i, op) for i, node in enumerate(ast.walk(tree)) for op in _operators(node, set())]


@pytest.mark.parametrize(
    "operator,expected",
    [
        ("negate-comparison", "x != 1"),
        ("swap-and-or", "x == 1 or not y"),
        ("drop-not", "x == 1 and y"),
        ("swap-plus-minus", "x - 2"),
        ("flip-bool", "return False"),
        ("int-plus-one", "x == 2"),
        ("float-change", "> 1.0"),
    ],
)
def test_each_operator_changes_one_thing(operator, expected):
    index = next(i for i, op in points() if op == operator)
    out = mutate_source(SOURCE, Mutant("m.py", index, 0, operator))
    compile(out, "m.py", "exec")
    assert expected in out and out != ast.unparse(ast.parse(SOURCE))


def test_points_of_a_package_are_every_operator_site_but_strings(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "m.py").write_text(SOURCE)
    found = mutation_points(tmp_path, ["pkg"])
    assert len(found) == len(points()) == 9
    assert all(m.path == "pkg/m.py" and m.line > 1 for m in found)  # the docstring is left alone


def test_a_drawn_mutant_runs_against_its_package_tests_in_a_scratch_copy(tmp_path, monkeypatch):
    """One mutant of the rule-table module, drawn and run for real (the suite it runs is cut to the
    rule cases so the test stays short): dropping a relation rule's direction is noticed."""
    from bench import mutation

    monkeypatch.setitem(mutation.TESTS_FOR, "geo/relations", ["tests/relations/test_rules.py"])
    points = [m for m in mutation_points(mutation.PROJECT_ROOT, ["geo/relations"]) if m.path.endswith("rules.py")]
    assert points
    import io

    out = io.StringIO()
    monkeypatch.setattr(mutation, "mutation_points", lambda root, packages: points)
    report = mutation.run_mutation(["geo/relations"], sample=1, seed=1, timeout=300, out=out)
    assert report["sample"] == 1 and report["killed"] + len(report["survivors"]) == 1
    assert "killed" in out.getvalue() and "[1/1]" in out.getvalue()
