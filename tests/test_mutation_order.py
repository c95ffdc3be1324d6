"""The test order mutation testing uses: tests that caught earlier mutants of a function run first for its next ones."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import killers_first, mutated_function, note_killer


@pytest.mark.parametrize(
    ("mutant", "function"),
    [
        ("generator.model.x_check_references__mutmut_12", "generator.model.x_check_references"),
        ("generator.model.xǁ_Checkerǁrun__mutmut_1", "generator.model.xǁ_Checkerǁrun"),
        ("generator.render.text.x_md__mutmut_orig", None),
        ("stats", None),
        ("", None),
    ],
)
def test_the_mutated_function_is_read_from_the_mutants_name(mutant: str, function: str | None) -> None:
    assert mutated_function(mutant) == function


def items(*nodeids: str) -> list:
    return [SimpleNamespace(nodeid=nodeid) for nodeid in nodeids]


def test_tests_that_caught_the_functions_mutants_run_first_then_the_modules(tmp_path: Path) -> None:
    for nodeid in ("t::c", "t::b", "t::c"):
        note_killer(nodeid, "generator.model.x_f", tmp_path)
    for nodeid in ("t::a", "t::e", "t::e"):
        note_killer(nodeid, "generator.model.x_other", tmp_path)
    note_killer("t::d", "generator.load.x_f", tmp_path)
    tests = items("t::a", "t::b", "t::c", "t::d", "t::e", "t::f")
    killers_first(tests, "generator.model.x_f", tmp_path)
    # c caught two of x_f's mutants and b one; e then a caught another function's in the module; d caught only
    # another module's, so it keeps its collected place among the rest.
    assert [test.nodeid for test in tests] == ["t::c", "t::b", "t::e", "t::a", "t::d", "t::f"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["generator.load.txt", "generator.model.txt"]


def test_a_function_with_no_caught_mutant_yet_keeps_the_collected_order(tmp_path: Path) -> None:
    tests = items("t::b", "t::a")
    killers_first(tests, "generator.model.x_f", tmp_path)
    assert [test.nodeid for test in tests] == ["t::b", "t::a"]
