"""Strict loading and validation of the guide data, on in-memory text."""

from __future__ import annotations

import pytest

from generator.cli import schema_text
from generator.load import load_guide_text
from generator.problems import GuideError
from generator.strict_yaml import parse_yaml
from tests.conftest import ROOT


def problems_of(text: str) -> list[str]:
    with pytest.raises(GuideError) as caught:
        load_guide_text(text, "exercises.yaml")
    return [str(p) for p in caught.value.problems]


def test_mini_guide_loads_with_its_cross_references(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    assert list(guide.exercises) == ["glute-bridge", "single-leg-glute-bridge", "calf-raise", "box-jump"]
    primary, secondary = guide.trained_by("calves")
    assert [e.slug for e in primary] == ["calf-raise", "box-jump"]
    assert [e.slug for e in secondary] == ["glute-bridge"]
    assert [e.slug for e in guide.harder("glute-bridge")] == ["single-leg-glute-bridge"]
    assert [e.slug for e in guide.easier("single-leg-glute-bridge")] == ["glute-bridge"]
    assert guide.former_slugs == {"one-leg-bridge": "single-leg-glute-bridge"}


def test_every_problem_in_a_file_is_reported_together(mini_text: str) -> None:
    text = mini_text.replace("primary_muscles: [calves]", "primary_muscles: [calfs]").replace(
        "equipment: [box]\n", "equipment: [boxes]\n"
    )
    found = problems_of(text)
    assert len(found) == 2
    assert any("unknown muscle 'calfs' (did you mean 'calves'?)" in p for p in found)
    assert any("unknown equipment 'boxes' (did you mean 'box'?)" in p for p in found)


def test_problem_names_file_line_column_and_entry(mini_text: str) -> None:
    text = mini_text.replace("primary_muscles: [glutes]\n    secondary_muscles: [calves]", "primary_muscles: [glute]\n    secondary_muscles: [calves]")
    line = text.splitlines().index("    primary_muscles: [glute]") + 1
    assert problems_of(text) == [
        f"exercises.yaml:{line}:23: exercises[0].primary_muscles[0]: unknown muscle 'glute' (did you mean 'glutes'?)"
    ]


@pytest.mark.parametrize(
    ("value", "reading"),
    [("no", "the boolean false (YAML 1.1)"), ("On", "the boolean true (YAML 1.1)"), ("1:30", "90 (YAML 1.1 base 60)"), ("010", "8 (YAML 1.1 octal)")],
)
def test_yaml_11_surprises_are_refused(value: str, reading: str) -> None:
    located = parse_yaml(f"rest: {value}\nkept: 1\n", "exercises.yaml")
    assert located.data == {"kept": 1}
    assert str(located.problems[0]) == (
        f"exercises.yaml:1:7: rest: '{value}' would be read as {reading}; quote it (\"{value}\") or write what you mean"
    )


def test_quoted_values_and_plain_numbers_keep_their_meaning() -> None:
    data = parse_yaml('a: "no"\nb: "1:30"\nc: 10\nd: 2.5\ne: true\nf: ~\ng: 2026-05-01\n', "x.yaml").data
    assert data == {"a": "no", "b": "1:30", "c": 10, "d": 2.5, "e": True, "f": None, "g": "2026-05-01"}


def test_billion_laughs_is_refused_before_any_expansion() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefghijklmnopqrstuvwxy", "bcdefghijklmnopqrstuvwxyz", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    # Expanded, this would be 9**26 strings; it is refused at its first anchor instead.
    with pytest.raises(GuideError) as caught:
        parse_yaml("\n".join(lines) + "\n", "exercises.yaml")
    assert str(caught.value.problems[0]) == "exercises.yaml:1:4: anchor '&a' refused: anchors and aliases are not allowed"


def test_duplicate_keys_are_reported_with_the_first_line() -> None:
    located = parse_yaml("a:\n  b: 1\n  c: 2\n  b: 3\n", "exercises.yaml")
    assert [str(p) for p in located.problems] == ["exercises.yaml:4:3: a.b: duplicate key 'b' (first at line 2)"]
    assert located.data == {"a": {"b": 1, "c": 2}}


def test_yaml_and_schema_problems_are_reported_together(mini_text: str) -> None:
    text = mini_text.replace("{sets: 3, reps: 15}\n      preseason", "{sets: 3, reps: 1:30}\n      preseason").replace(
        "    steps: [Stand., Rise., Pause., Lower.]\n", ""
    )
    found = problems_of(text)
    assert len(found) == 2
    assert found[0].endswith("exercises[2].steps: missing required field 'steps'")
    assert "exercises[2].dosing.offseason.reps: '1:30' would be read as 90 (YAML 1.1 base 60)" in found[1]


def test_the_published_json_schema_matches_the_model() -> None:
    published = (ROOT / "generator" / "exercises.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), "run: python -m generator schema > generator/exercises.schema.json"
    header = (ROOT / "exercises.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert header == "# yaml-language-server: $schema=generator/exercises.schema.json"
