"""A corpus of bad data files: each is refused by `python -m generator check` with a located message, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import DATA

# file -> the first problem reported, after "<file>:"
EXPECTED = {
    "bad-category.yaml": "118:15: exercises[3].category: input should be 'bodyweight', 'weighted' or 'plyometric' (got 'plyo')",
    "bad-slug.yaml": "99:11: exercises[2].slug: 'Calf Raise' is not a valid slug: a slug is lowercase letters and digits joined by hyphens, like 'glute-bridge'",
    "billion-laughs.yaml": "1:4: anchor '&a' refused: anchors and aliases are not allowed",
    "days-out-of-order.yaml": "145:15: schedules[0].days[1].day: expected 'tue' here: days run mon to sun in order",
    "duplicate-key.yaml": "101:5: exercises[2].name: duplicate key 'name' (first at line 100)",
    "duplicate-slug.yaml": "99:11: exercises[2].slug: duplicate exercise slug 'glute-bridge' (first at exercises[0])",
    "empty.yaml": "1:1: the file is empty",
    "former-slug-taken.yaml": "84:20: exercises[1].former_slugs[0]: former slug 'glute-bridge' is the slug of a current exercise",
    "list-at-top.yaml": "1:1: input should be a valid dictionary or instance of GuideData",
    "missing-field.yaml": "99:5: exercises[2].steps: missing required field 'steps'",
    "norway-key.yaml": "28:3: equipment_sets.no: 'no' would be read as the boolean false (YAML 1.1); quote it (\"no\") or write what you mean",
    "not-utf8.yaml": "2:13: not valid UTF-8 (byte 0xfc); save the file as UTF-8",
    "octal.yaml": "31:69: rest.heavy.min_seconds: '060' would be read as 48 (YAML 1.1 octal); quote it (\"060\") or write what you mean",
    "only-comments.yaml": "1:1: the file is empty",
    "python-tag.yaml": "1:9: tag 'tag:yaml.org,2002:python/object/apply:os.system' refused: tags are not allowed",
    "session-without-strength.yaml": "147:9: schedules[0].days[3]: a day has a session exactly when its activities include 'strength'",
    "sexagesimal.yaml": "112:34: exercises[2].dosing.offseason.reps: '1:30' would be read as 90 (YAML 1.1 base 60); quote it (\"1:30\") or write what you mean",
    "syntax-error.yaml": "3:7: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence)",
    "tabs.yaml": "2:1: tab character: indent and separate with spaces",
    "too-few-steps.yaml": "92:12: exercises[1].steps: list should have at least 4 items after validation, not 2",
    "two-measures.yaml": "78:18: exercises[0].dosing.offseason: give exactly one of reps, seconds, contacts or metres (got reps, seconds)",
    "unknown-equipment.yaml": "119:17: exercises[3].equipment[0]: unknown equipment 'boxx' (did you mean 'box'?)",
    "unknown-field.yaml": "64:5: exercises[0].cues: missing required field 'cues'",
    "unknown-ladder-step.yaml": "137:27: ladders[0].steps[1]: unknown exercise 'single-leg-bridge' (did you mean 'single-leg-glute-bridge'?)",
    "unknown-muscle.yaml": "70:23: exercises[0].primary_muscles[0]: unknown muscle 'glute' (did you mean 'glutes'?)",
    "unknown-phase-dosing.yaml": "113:19: exercises[2].dosing.pre-season: unknown phase 'pre-season' (did you mean 'preseason'?)",
    "unknown-schedule-exercise.yaml": "144:129: schedules[0].days[0].session.exercises[1].exercise: unknown exercise 'calf-raises' (did you mean 'calf-raise'?)",
    "wrong-type.yaml": "129:25: exercises[3].dosing.offseason.sets: input should be a valid integer (got 'three')",
    "yes-no-boolean.yaml": "88:17: exercises[1].unilateral: 'yes' would be read as the boolean true (YAML 1.1); quote it (\"yes\") or write what you mean",
}


def test_the_corpus_and_the_expectations_match() -> None:
    assert sorted(p.name for p in (DATA / "bad").glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_is_refused_with_a_located_message(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", name], capture_output=True, text=True, cwd=DATA / "bad"
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.splitlines()[0] == f"{name}:{EXPECTED[name]}"
    assert result.stderr.splitlines()[-1].endswith("found")


def test_unknown_field_also_gets_a_did_you_mean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "unknown-field.yaml"], capture_output=True, text=True, cwd=DATA / "bad"
    )
    assert "unknown-field.yaml:75:5: exercises[0].queues: unknown field 'queues' (did you mean 'cues'?)" in result.stderr


def test_clean_data_passes_the_check() -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "check", "mini.yaml"], capture_output=True, text=True, cwd=DATA)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "mini.yaml: 4 exercises, 2 muscles, 1 schedules: OK"
