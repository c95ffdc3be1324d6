"""Schema problems as an author reads them: each small edit of tests/data/mini.yaml gives exactly the listed
located problems, with nothing repeated that another problem already says; and the command line's one-report
refusals (a folder for data, hand-written pages whose links go nowhere) and its options' help."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.load import load_guide, load_guide_text
from generator.problems import GuideError
from tests.conftest import DATA
from tests.test_bad_data import Replace
from tests.test_load import problems_of

SLUG_RULE = "a slug is lowercase letters and digits joined by hyphens, like 'glute-bridge'"
FORM_RULE = "a form is letters, digits, spaces and hyphens, starting with a letter and ending with a letter or digit, like 'Achilles tendon'"
SHAPE_RULE = "a shape is SVG path data of at most 600 characters: the commands M L H V C S Q T A Z, numbers, spaces and commas"
LINK_RULE = "links go to a guide page such as 'exercises/glute-bridge/' or to an https: address"
GLUTES_SHAPE = '{back: ["M57 230 A22 20 0 1 0 101 230 A22 20 0 1 0 57 230 Z"]}'


@pytest.mark.parametrize(
    ("edit", "problems"),
    [
        # A misspelt field is named once, at the line to fix; a field that is not a misspelling of the missing one
        # leaves the missing one reported too.
        (Replace("    cues: [Squeeze., Ribs down.]", "    queues: [Squeeze., Ribs down.]"), ["95:5: exercises[0].queues: unknown field 'queues' (did you mean 'cues'?)"]),
        (
            Replace("    cues: [Squeeze., Ribs down.]", "    tips: [Squeeze., Ribs down.]"),
            ["78:5: exercises[0].cues: missing required field 'cues'", "95:5: exercises[0].tips: unknown field 'tips' (did you mean 'steps'?)"],
        ),
        (Replace("  illness: {name: Ill, advice: Rest until well.}\n", "  illness: {name: Ill, advice: Rest until well.}\nexercize: []\n"), ["228:1: exercize: unknown field 'exercize' (did you mean 'exercises'?)"]),
        (Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: 3, rep: 12}"), ["98:28: exercises[0].dosing.offseason.rep: unknown field 'rep' (did you mean 'reps'?)"]),
        (Replace("session: {title: Hips,", "session: {titel: Hips,"), ["182:67: schedules[0].days[0].session.titel: unknown field 'titel' (did you mean 'title'?)"]),
        (
            Replace("beginner: {categories: [bodyweight], impact: false}", "beginner: {categories: [bodyweight], impakt: false}"),
            ["204:42: season.levels.beginner.impakt: unknown field 'impakt' (did you mean 'impact'?)"],
        ),
        (
            Replace("other_side: {hip: 90, knee: 90}}\n        - {label: Top", "other_side: {hip: 90, kne: 90}}\n        - {label: Top"),
            ["114:141: exercises[1].movement.positions[0].other_side.kne: unknown field 'kne' (did you mean 'knee'?)"],
        ),
        # A value refused while reading YAML is not reported again as missing or of the wrong type.
        (
            Replace("unilateral: true", "unilateral: yes"),
            ["108:17: exercises[1].unilateral: 'yes' would be read as the boolean true (YAML 1.1); quote it (\"yes\") or write what you mean"],
        ),
        (
            Replace("    name: Glute bridge\n", "    name: Glute bridge\n    name: yes\n"),
            [
                "80:5: exercises[0].name: duplicate key 'name' (first at line 79)",
                "80:11: exercises[0].name: 'yes' would be read as the boolean true (YAML 1.1); quote it (\"yes\") or write what you mean",
            ],
        ),
        # An entry whose key is also wrong says nothing more until the value in it that YAML refused is fixed.
        (
            Replace("  box: {name: Plyo box}", "  Box: {name: yes}"),
            ["26:15: equipment.Box.name: 'yes' would be read as the boolean true (YAML 1.1); quote it (\"yes\") or write what you mean"],
        ),
        # Slugs, as keys and as values.
        (Replace("  box: {name: Plyo box}", "  Box: {name: Plyo box}"), [f"26:3: equipment.Box: 'Box' is not a valid slug: {SLUG_RULE}"]),
        (Replace("  box: {name: Plyo box}", "  " + "b" * 70 + ": {name: Plyo box}"), [f"26:3: equipment.{'b' * 70}: '{'b' * 24}...' is 70 characters long; a slug has at most 64"]),
        (Replace("slug: knee,", "slug: " + "k" * 65 + ","), [f"210:14: season.sore_spots[0].slug: '{'k' * 24}...' is 65 characters long; a slug has at most 64"]),
        # Shapes and glossary forms have rules of their own.
        (Replace(f"drawing: {GLUTES_SHAPE}", 'drawing: {back: ["M1' + " 1" * 300 + '"]}'), [f"49:22: muscles[0].drawing.back[0]: 'M1 1 1 1 1 1 1 1 1 1 1 1...' is not a shape: {SHAPE_RULE}"]),
        (Replace("forms: [hinge]", "forms: [hinge!]"), [f"190:40: glossary[0].forms[0]: 'hinge!' is not a valid form: {FORM_RULE}"]),
        (Replace("forms: [hinge]", "forms: [" + "a" * 41 + "]"), [f"190:40: glossary[0].forms[0]: '{'a' * 24}...' is 41 characters long; a form has at most 40"]),
        # Other type errors say what was given, when it is a single value.
        (Replace("    unilateral: false\n    primary_muscles: [glutes]\n    secondary", "    unilateral: 3\n    primary_muscles: [glutes]\n    secondary"), ["83:17: exercises[0].unilateral: input should be a valid boolean (got 3)"]),
        (Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: 2.5, reps: 12}"), ["98:25: exercises[0].dosing.offseason.sets: input should be a valid integer (got 2.5)"]),
        (Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: true, reps: 12}"), ["98:25: exercises[0].dosing.offseason.sets: input should be a valid integer (got True)"]),
        (Replace("category: plyometric", "category: {a: 1}"), ["150:15: exercises[3].category: input should be 'bodyweight', 'weighted' or 'plyometric'"]),
        (
            Replace("      - {day: sun, activities: [rest], note: Rest.}\n", "      - {day: sun, activities: [rest], note: Rest.}\n" * 2),
            ["182:7: schedules[0].days: list should have at most 7 items after validation, not 8"],
        ),
        # The schema's own checks across fields.
        (Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: 3}"), ["98:18: exercises[0].dosing.offseason: give exactly one of reps, seconds, contacts or metres (got none)"]),
        (
            Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: 3, seconds: 30, contacts: 4, metres: 20}"),
            ["98:18: exercises[0].dosing.offseason: give exactly one of reps, seconds, contacts or metres (got seconds, contacts, metres)"],
        ),
        (Replace(f"drawing: {GLUTES_SHAPE}", "drawing: {back: []}"), ["49:14: muscles[0].drawing: give at least one shape, in front or back"]),
        (Replace("    - {after_weeks: 4,", "    - {after_weeks: 1,"), ["218:3: log: comeback after_weeks must rise from one entry to the next (got 1, 1)"]),
        (Replace("    - {after_weeks: 1, name: A week off", "    - {after_weeks: 5, name: A week off"), ["218:3: log: comeback after_weeks must rise from one entry to the next (got 5, 4)"]),
        (Replace("weeks_to_race: {min: 13, max: 52}", "weeks_to_race: {min: 53, max: 52}"), ["8:26: phases.offseason.weeks_to_race.min: input should be less than or equal to 52 (got 53)"]),
        (Replace("reps_in_reserve: {min: 2, max: 3}", "reps_in_reserve: {min: 4, max: 3}"), ["193:178: season.stages[0].reps_in_reserve: min (4) is larger than max (3)"]),
        # Links in an optional prose field are checked like any other.
        (Replace("more: Like a bridge.", 'more: "[x](javascript:alert(1))"'), [f"190:80: glossary[0].more: link to 'javascript:alert(1)' refused: {LINK_RULE}"]),
        (Replace("more: Like a bridge.", 'more: "[x](exercises/nordic-curl/)"'), ["190:80: glossary[0].more: link to 'exercises/nordic-curl/': the guide has no such page"]),
    ],
)
def test_an_edit_gives_exactly_these_located_problems(mini_text: str, edit: Replace, problems: list[str]) -> None:
    assert problems_of(edit.apply(mini_text)) == [f"exercises.yaml:{problem}" for problem in problems]


@pytest.mark.parametrize(
    "edit",
    [
        Replace("strength_days: {min: 2, max: 3}", "strength_days: {min: 2, max: 2}"),
        Replace("reps_in_reserve: {min: 2, max: 3}", "reps_in_reserve: {min: 3, max: 3}"),
        Replace("min_seconds: 60, max_seconds: 90", "min_seconds: 90, max_seconds: 90"),
        Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: 3, seconds: 30}"),
        Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: 3, metres: 20}"),
        Replace(f"drawing: {GLUTES_SHAPE}", 'drawing: {front: ["M1 1 L2 2 Z"], back: []}'),
        Replace("forms: [hinge]", "forms: [Hip hinge-2, hinge]"),
        Replace("more: Like a bridge.", 'more: "See [the calves](anatomy/calves/#stride) and [a paper](https://example.org/a?b=1)."'),
    ],
)
def test_an_edge_the_schema_allows_loads(mini_text: str, edit: Replace) -> None:
    assert list(load_guide_text(edit.apply(mini_text)).exercises)[0] == "glute-bridge"


def test_a_file_is_named_by_its_own_name_unless_given_another(tmp_path: Path, mini_text: str) -> None:
    text = Replace("unilateral: true", "unilateral: yes").apply(mini_text)
    path = tmp_path / "guide.yaml"
    path.write_text(text, encoding="utf-8")
    for load, shown in [
        (lambda: load_guide(path), "guide.yaml"),
        (lambda: load_guide(path, "data/exercises.yaml"), "data/exercises.yaml"),
        (lambda: load_guide_text(text), "exercises.yaml"),
    ]:
        with pytest.raises(GuideError) as caught:
            load()
        assert str(caught.value.problems[0]).startswith(f"{shown}:108:17: exercises[1].unilateral: 'yes'")
    assert len(load_guide(DATA / "mini.yaml").muscles) == 2


@pytest.mark.parametrize(
    ("command", "err"),
    [
        (["check", "{tmp}"], "{tmp}: Is a directory\n"),
        (["write", "{tmp}/afile/out", "--data", "{mini}"], "{tmp}/afile/out: Not a directory\n"),
        (["check", "{mini}", "--docs", "{tmp}/docs"], "{tmp}/docs/index.md:3:8: link 'nowhere.md' goes nowhere: there is no page nowhere.md\n1 problem found\n"),
        (["write", "{tmp}/out", "--data", "{mini}", "--docs", "{tmp}/docs"], "{tmp}/docs/index.md:3:8: link 'nowhere.md' goes nowhere: there is no page nowhere.md\n1 problem found\n"),
    ],
)
def test_the_command_line_refuses_with_one_located_report(tmp_path: Path, command: list[str], err: str, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n\n[gone](nowhere.md)\n", encoding="utf-8")
    (tmp_path / "afile").write_text("", encoding="utf-8")
    assert main([part.format(tmp=tmp_path, mini=DATA / "mini.yaml") for part in command]) == 1
    assert capsys.readouterr() == ("", err.format(tmp=tmp_path))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("check", [("--docs DOCS", "the hand-written pages' folder (default: docs_dir of the mkdocs.yml beside the data file)")]),
        (
            "write",
            [
                ("--data DATA", ""),
                ("--docs DOCS", "the hand-written pages' folder (default: docs_dir of the mkdocs.yml beside the data file)"),
                ("--site-url SITE_URL", "the guide's public address (default: SITE_URL, else site_url in mkdocs.yml)"),
            ],
        ),
    ],
)
def test_each_commands_help_explains_its_options(command: str, options: list[tuple[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal's width
    for option, text in options:
        assert f" {option} {text}".rstrip() in shown, option
