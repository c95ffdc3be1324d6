"""Bad data is refused by `python -m generator check` with a located message, never a traceback.

Each case is a small edit of the good guide, tests/data/mini.yaml, made in memory, so a case cannot drift
from the file it breaks. To add a case, append one row to CASES:

    Case("slug-for-the-case", Replace("exact text of mini.yaml", "the broken text"),
         "LINE:COL: path: message"),

- `Replace(old, new)` swaps one snippet of mini.yaml; `old` must occur exactly once (quote more of the
  line, with its indent or its neighbours, until it does), so a case fails loudly if mini.yaml changes
  under it instead of silently testing the good file. `delete(old)` and `insert_after(anchor, new)` are
  shorthands for it; multi-line snippets end each line with "\\n".
- `Raw(text_or_bytes)` is a whole file, for cases that are not about mini.yaml (an empty file, bytes that
  are not UTF-8, YAML that does not parse).
- The expectation is the first line of the report after "<slug>.yaml:", written by hand: count the line in
  the edited text and the column (1-based) of the value or key the message is about. Never paste it from
  the program's output without checking that it points at the edit.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import DATA

GOOD = (DATA / "mini.yaml").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Replace:
    """Replace the one occurrence of `old` in mini.yaml with `new`."""

    old: str
    new: str

    def apply(self, good: str) -> str:
        count = good.count(self.old)
        assert count == 1, f"{self.old!r} occurs {count} times in mini.yaml, not once: quote more of it"
        assert self.old != self.new, "the edit changes nothing"
        return good.replace(self.old, self.new)


@dataclass(frozen=True)
class Raw:
    """A whole file, not based on mini.yaml."""

    content: str | bytes

    def apply(self, good: str) -> str | bytes:
        return self.content


def delete(old: str) -> Replace:
    return Replace(old, "")


def insert_after(anchor: str, new: str) -> Replace:
    return Replace(anchor, anchor + new)


@dataclass(frozen=True)
class Case:
    slug: str
    edit: Replace | Raw
    expected: str  # the first line of the report, after "<slug>.yaml:"


BILLION_LAUGHS = "".join(
    f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)

CASES = [
    # Files that are not a guide at all.
    Case("empty", Raw(""), "1:1: the file is empty"),
    Case("only-comments", Raw("# nothing here yet\n\n"), "1:1: the file is empty"),
    Case("list-at-top", Raw("- glute-bridge\n- calf-raise\n"), "1:1: input should be a valid dictionary or instance of GuideData"),
    Case("not-utf8", Raw(b"muscles:\n  - name: Gl\xfcte\n"), "2:13: not valid UTF-8 (byte 0xfc); save the file as UTF-8"),
    Case("tabs", Raw("phases:\n\toffseason: {}\n"), "2:1: tab character: indent and separate with spaces"),
    Case(
        "syntax-error",
        Raw("phases:\n  offseason: [1, 2\nlevels: {}\n"),
        "3:7: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 14)",
    ),
    Case(
        "python-tag",
        Raw("phases: !!python/object/apply:os.system [echo hi]\n"),
        "1:9: tag 'tag:yaml.org,2002:python/object/apply:os.system' refused: tags are not allowed",
    ),
    Case(
        "billion-laughs",
        Raw('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + BILLION_LAUGHS),
        "1:4: anchor '&a' refused: anchors and aliases are not allowed",
    ),
    # YAML 1.1 readings and duplicate keys, refused while reading.
    Case(
        "norway-key",
        Replace("  none: {name: No equipment", "  no: {name: No equipment"),
        "28:3: equipment_sets.no: 'no' would be read as the boolean false (YAML 1.1); quote it (\"no\") or write what you mean",
    ),
    Case(
        "octal",
        Replace("min_seconds: 60,", "min_seconds: 060,"),
        "31:69: rest.heavy.min_seconds: '060' would be read as 48 (YAML 1.1 octal); quote it (\"060\") or write what you mean",
    ),
    Case(
        "yes-no-boolean",
        Replace("unilateral: true", "unilateral: yes"),
        "108:17: exercises[1].unilateral: 'yes' would be read as the boolean true (YAML 1.1); quote it (\"yes\") or write what you mean",
    ),
    Case(
        "sexagesimal",
        Replace("offseason: {sets: 3, reps: 15}", "offseason: {sets: 3, reps: 1:30}"),
        "144:34: exercises[2].dosing.offseason.reps: '1:30' would be read as 90 (YAML 1.1 base 60); quote it (\"1:30\") or write what you mean",
    ),
    Case(
        "duplicate-key",
        insert_after("    name: Calf raise\n", "    name: Heel raise\n"),
        "127:5: exercises[2].name: duplicate key 'name' (first at line 126)",
    ),
    # Fields and types.
    Case(
        "unknown-field",
        Replace("    cues: [Squeeze., Ribs down.]", "    queues: [Squeeze., Ribs down.]"),
        "95:5: exercises[0].queues: unknown field 'queues' (did you mean 'cues'?)",
    ),
    Case(
        "missing-field",
        delete("    steps: [Stand., Rise., Pause., Lower.]\n"),
        "125:5: exercises[2].steps: missing required field 'steps'",
    ),
    Case(
        "bad-category",
        Replace("category: plyometric", "category: plyo"),
        "150:15: exercises[3].category: input should be 'bodyweight', 'weighted' or 'plyometric' (got 'plyo')",
    ),
    Case(
        "wrong-type",
        Replace("offseason: {sets: 3, contacts: 5}", "offseason: {sets: three, contacts: 5}"),
        "167:25: exercises[3].dosing.offseason.sets: input should be a valid integer (got 'three')",
    ),
    Case(
        "too-few-steps",
        Replace("steps: [Lie down., One foot up., Lift hips., Lower.]", "steps: [Lie down., Lift hips.]"),
        "118:12: exercises[1].steps: list should have at least 4 items after validation, not 2",
    ),
    Case(
        "two-measures",
        Replace("offseason: {sets: 3, reps: 12}", "offseason: {sets: 3, reps: 12, seconds: 30}"),
        "98:18: exercises[0].dosing.offseason: give exactly one of reps, seconds, contacts or metres (got reps, seconds)",
    ),
    # Slugs and references.
    Case(
        "bad-slug",
        Replace("- slug: calf-raise", "- slug: Calf Raise"),
        "125:11: exercises[2].slug: 'Calf Raise' is not a valid slug: a slug is lowercase letters and digits joined by hyphens, like 'glute-bridge'",
    ),
    Case(
        "duplicate-slug",
        Replace("- slug: calf-raise", "- slug: glute-bridge"),
        "125:11: exercises[2].slug: duplicate exercise slug 'glute-bridge' (first at exercises[0])",
    ),
    Case(
        "former-slug-taken",
        Replace("former_slugs: [one-leg-bridge]", "former_slugs: [glute-bridge]"),
        "104:20: exercises[1].former_slugs[0]: former slug 'glute-bridge' is the slug of a current exercise",
    ),
    Case(
        "unknown-muscle",
        Replace("primary_muscles: [glutes]\n    secondary_muscles", "primary_muscles: [glute]\n    secondary_muscles"),
        "84:23: exercises[0].primary_muscles[0]: unknown muscle 'glute' (did you mean 'glutes'?)",
    ),
    Case(
        "unknown-equipment",
        Replace("equipment: [box]", "equipment: [boxx]"),
        "151:17: exercises[3].equipment[0]: unknown equipment 'boxx' (did you mean 'box'?)",
    ),
    Case(
        "unknown-phase-dosing",
        Replace("preseason: {sets: 2, reps: 15}", "pre-season: {sets: 2, reps: 15}"),
        "145:7: exercises[2].dosing.pre-season: unknown phase 'pre-season' (did you mean 'preseason'?)",
    ),
    Case(
        "unknown-ladder-step",
        Replace("[glute-bridge, single-leg-glute-bridge]", "[glute-bridge, single-leg-bridge]"),
        "175:27: ladders[0].steps[1]: unknown exercise 'single-leg-bridge' (did you mean 'single-leg-glute-bridge'?)",
    ),
    Case(
        "unknown-schedule-exercise",
        Replace("{exercise: calf-raise}", "{exercise: calf-raises}"),
        "182:129: schedules[0].days[0].session.exercises[1].exercise: unknown exercise 'calf-raises' (did you mean 'calf-raise'?)",
    ),
    # Schedules.
    Case(
        "days-out-of-order",
        Replace(
            "      - {day: tue, activities: [rest], note: Rest.}\n      - {day: wed, activities: [rest], note: Rest.}\n",
            "      - {day: wed, activities: [rest], note: Rest.}\n      - {day: tue, activities: [rest], note: Rest.}\n",
        ),
        "183:15: schedules[0].days[1].day: expected 'tue' here: days run mon to sun in order",
    ),
    Case(
        "session-without-strength",
        Replace("{day: thu, activities: [strength]", "{day: thu, activities: [rest]"),
        "185:9: schedules[0].days[3]: a day has a session exactly when its activities include 'strength'",
    ),
    # Free text: one line where a line is expected, nothing invisible, never blank.
    Case(
        "line-break-in-a-name",
        Replace("    name: Glute bridge\n", '    name: "Glute\\nbridge"\n'),
        "79:11: exercises[0].name: must be one line: remove the line break (in YAML, a '|' or '>' block keeps a final one; use '>-')",
    ),
    Case(
        "escape-in-a-name",
        Replace("    name: Glute bridge\n", '    name: "Glute \\e[31mbridge"\n'),
        "79:11: exercises[0].name: holds the invisible character U+001B (ESCAPE) at position 7; delete it",
    ),
    Case(
        "nul-in-a-step",
        Replace("steps: [Lie down., Bend knees.", 'steps: ["Lie\\0 down.", Bend knees.'),
        "94:13: exercises[0].steps[0]: holds the invisible character U+0000 (NULL) at position 4; delete it",
    ),
    Case(
        "right-to-left-override-in-a-name",
        Replace("    name: Glute bridge\n", '    name: "Glute \\u202Eegdirb"\n'),
        "79:11: exercises[0].name: holds the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) at position 7; delete it",
    ),
    Case("blank-name", Replace("    name: Glute bridge\n", '    name: "   "\n'), "79:11: exercises[0].name: is blank: write the text or remove the entry"),
    Case("blank-cue", Replace("cues: [Squeeze., Ribs down.]", 'cues: [" ", Ribs down.]'), "95:12: exercises[0].cues[0]: is blank: write the text or remove the entry"),
    Case(
        "javascript-link-in-a-step",
        Replace("steps: [Lie down., Bend knees.", 'steps: ["[x](javascript:alert(1))", Bend knees.'),
        "94:13: exercises[0].steps[0]: link to 'javascript:alert(1)' refused: links go to a guide page such as 'exercises/glute-bridge/' or to an https: address",
    ),
    Case(
        "image-in-a-why",
        Replace("why: [Strong hips.]", 'why: ["![d](x.png){ onerror=alert(1) }"]'),
        "93:11: exercises[0].why[0]: link to 'x.png' refused: links go to a guide page such as 'exercises/glute-bridge/' or to an https: address",
    ),
    Case(
        "link-to-a-missing-exercise",
        Replace("cues: [Squeeze., Ribs down.]", 'cues: ["See [the curl](exercises/nordic-curl/).", Ribs down.]'),
        "95:12: exercises[0].cues[0]: link to 'exercises/nordic-curl/': the guide has no such page",
    ),
    Case(
        "slug-too-long",
        Replace("- slug: calf-raise", "- slug: " + "a" * 300),
        f"125:11: exercises[2].slug: '{'a' * 24}...' is 300 characters long; a slug has at most 64",
    ),
    # Ranges, counts and the picker's rules.
    Case(
        "rest-min-above-max",
        Replace("min_seconds: 60, max_seconds: 90", "min_seconds: 90, max_seconds: 60"),
        "31:10: rest.heavy: min_seconds (90) is larger than max_seconds (60)",
    ),
    Case(
        "range-min-above-max",
        Replace("strength_days: {min: 2, max: 3}", "strength_days: {min: 3, max: 2}"),
        "7:20: phases.offseason.strength_days: min (3) is larger than max (2)",
    ),
    Case(
        "strength-days-beyond-a-week",
        Replace("strength_days: {min: 2, max: 3}", "strength_days: {min: 2, max: 100000000}"),
        "7:34: phases.offseason.strength_days.max: input should be less than or equal to 7 (got 100000000)",
    ),
    Case(
        "empty-sessions",
        Replace("session_size: {min: 3, max: 6}", "session_size: {min: 0, max: 6}"),
        "42:23: picker.session_size.min: input should be greater than or equal to 1 (got 0)",
    ),
    Case(
        "race-weeks-gap",
        Replace("weeks_to_race: {min: 13, max: 52}", "weeks_to_race: {min: 15, max: 52}"),
        "8:20: phases.offseason.weeks_to_race: no phase covers weeks 13-14 before a race; phases' weeks_to_race must cover 0-52 without gaps",
    ),
    Case(
        "race-weeks-overlap",
        Replace("weeks_to_race: {min: 13, max: 52}", "weeks_to_race: {min: 10, max: 52}"),
        "8:20: phases.offseason.weeks_to_race: weeks 10-12 before a race are already covered by another phase",
    ),
    Case(
        "race-weeks-short-of-a-year",
        Replace("weeks_to_race: {min: 13, max: 52}", "weeks_to_race: {min: 13, max: 40}"),
        "2:1: phases: no phase covers weeks 41-52 before a race; phases' weeks_to_race must cover 0-52 without gaps",
    ),
    Case(
        "no-easy-run-day",
        Replace("run: easy}", "run: long}"),
        "33:1: day_types: no day type has 'run: easy': plans need an easy-run day to put strength next to",
    ),
    Case("key-run-day-twice", Replace("hard: [tue]", "hard: [tue, tue]"), "43:101: picker.defaults.hard[1]: 'tue' is listed twice"),
    Case(
        "unknown-level",
        delete("  advanced: {name: Advanced, summary: Lots.}\n"),
        "151:12: exercises[3].level: unknown level 'advanced'",
    ),
    Case(
        "ladder-loop",
        insert_after(
            "    steps: [glute-bridge, single-leg-glute-bridge]\n",
            "  - slug: reverse\n    name: Reverse\n    summary: Back.\n    steps: [single-leg-glute-bridge, glute-bridge]\n",
        ),
        "175:27: ladders[0].steps[1]: 'single-leg-glute-bridge' is above 'glute-bridge' here, but another ladder puts it below: ladders must agree on what is harder",
    ),
    Case(
        "exercise-twice-in-a-session",
        Replace("{exercise: calf-raise}, {exercise: box-jump}]}}", "{exercise: calf-raise}, {exercise: glute-bridge}]}}"),
        "182:153: schedules[0].days[0].session.exercises[2].exercise: 'glute-bridge' is already in this session (exercises[0])",
    ),
    Case(
        "week-short-of-strength-days",
        Replace(
            "{day: thu, activities: [strength], note: Lift., session: {title: One leg, exercises: [{exercise: single-leg-glute-bridge}, {exercise: calf-raise, dose: {sets: 4, reps: 20}}, {exercise: box-jump}]}}",
            "{day: thu, activities: [rest], note: Rest.}",
        ),
        "182:7: schedules[0].days: the week has 1 strength session, but its phase 'offseason' asks for 2-3",
    ),
    Case(
        "reference-to-a-former-slug",
        Replace("steps: [glute-bridge, single-leg-glute-bridge]", "steps: [glute-bridge, one-leg-bridge]"),
        "175:27: ladders[0].steps[1]: 'one-leg-bridge' is now 'single-leg-glute-bridge': refer to an exercise by its current slug",
    ),
    Case(
        "glossary-word-twice",
        insert_after("more: Like a bridge.}\n", "  - {slug: b, term: B, forms: [hinge], short: Two.}\n"),
        "191:32: glossary[1].forms[0]: 'hinge' already explains 'hinge': a word can have one meaning",
    ),
    # The season block: stages that cover every week before a race once, in order, inside their phases.
    Case(
        "stage-outside-its-phase",
        Replace("phase: preseason, weeks_to_race: {min: 0, max: 12}", "phase: offseason, weeks_to_race: {min: 0, max: 12}"),
        "194:89: season.stages[1].weeks_to_race: weeks 0-12 lie outside 13-52, the weeks of phase 'offseason'",
    ),
    Case(
        "stage-weeks-gap",
        Replace("weeks_to_race: {min: 0, max: 12}, strength_days: {min: 1, max: 2}", "weeks_to_race: {min: 1, max: 12}, strength_days: {min: 1, max: 2}"),
        "194:89: season.stages[1].weeks_to_race: no stage covers weeks 0-0 before a race; stages' weeks_to_race must cover 0-52 without gaps",
    ),
    Case(
        "stages-out-of-order",
        Replace("    - {slug: base, name: Base, summary: Build., phase: offseason, weeks_to_race: {max: 52, min: 13}, strength_days: {max: 3, min: 2}, categories: [bodyweight], reps_in_reserve: {min: 2, max: 3}}\n" + "    - {slug: sharpen, name: Sharpen, summary: Spring., phase: preseason, weeks_to_race: {min: 0, max: 12}, strength_days: {min: 1, max: 2}, categories: [bodyweight, plyometric], sets_cut_percent: 30, deloads: false, reps_in_reserve: {min: 3, max: 4}}\n", "    - {slug: sharpen, name: Sharpen, summary: Spring., phase: preseason, weeks_to_race: {min: 0, max: 12}, strength_days: {min: 1, max: 2}, categories: [bodyweight, plyometric], sets_cut_percent: 30, deloads: false, reps_in_reserve: {min: 3, max: 4}}\n" + "    - {slug: base, name: Base, summary: Build., phase: offseason, weeks_to_race: {max: 52, min: 13}, strength_days: {max: 3, min: 2}, categories: [bodyweight], reps_in_reserve: {min: 2, max: 3}}\n"),
        "194:82: season.stages[1].weeks_to_race: stages run from the furthest from race day to race week: this one comes too late",
    ),
    Case(
        "unknown-rolling-stage",
        Replace("without_race: {stage: base,", "without_race: {stage: bass,"),
        "196:25: season.without_race.stage: unknown stage 'bass' (did you mean 'base'?)",
    ),
    Case(
        "unknown-sore-spot-exercise",
        Replace("loaded_by: [single-leg-glute-bridge]", "loaded_by: [single-leg-glute-bridges]"),
        "210:44: season.sore_spots[0].loaded_by[0]: unknown exercise 'single-leg-glute-bridges' (did you mean 'single-leg-glute-bridge'?)",
    ),
    Case(
        "strength-the-day-before-a-long-run",
        Replace(
            "    phase: offseason\n    title: Offseason week\n    summary: A week.\n    days:\n      - {day: mon, activities: [strength], note: Lift., session: {title: Hips, exercises: [{exercise: glute-bridge}, {exercise: calf-raise}, {exercise: box-jump}]}}\n      - {day: tue, activities: [rest], note: Rest.}\n",
            "    phase: preseason\n    title: Offseason week\n    summary: A week.\n    days:\n      - {day: mon, activities: [strength], note: Lift., session: {title: Hips, exercises: [{exercise: glute-bridge}, {exercise: calf-raise}, {exercise: box-jump}]}}\n      - {day: tue, activities: [long-run], note: Long.}\n",
        ),
        "182:9: schedules[0].days[0]: strength the day before a long run; the guide keeps the legs fresh for it",
    ),
    # Files a parser would choke on, or count differently from an editor.
    Case("deep-nesting", Raw("a: " + "[" * 1000 + "]" * 1000 + "\n"), "1:36: nested more than 32 levels deep; the guide's data is never this deep"),
    Case(
        "huge-number",
        Replace("min_seconds: 60,", "min_seconds: " + "9" * 5001 + ","),
        "31:69: rest.heavy.min_seconds: the number 99999999999999999999... has 5001 digits, more than any field allows",
    ),
    Case(
        "next-line-in-a-comment",
        insert_after("rest:\n", "  # rest\x85times\n"),
        "31:9: character U+0085 (NEXT LINE) breaks lines differently in YAML and in editors; delete it",
    ),
    # Movement drawings and the muscles by role.
    Case(
        "knee-beyond-reach",
        Replace("hip: 0, knee: 100, ankle: -17, shoulder: -27, elbow: 0, props", "hip: 0, knee: 170, ankle: -17, shoulder: -27, elbow: 0, props"),
        "91:67: exercises[0].movement.positions[1].knee: input should be less than or equal to 160 (got 170)",
    ),
    Case(
        "props-change-between-positions",
        Replace("shift: 55, props: [{kind: box, at: foot, dx: -8}]", "shift: 55, props: [{kind: step, at: foot, dx: -8}]"),
        "160:122: exercises[3].movement.positions[1].props: props must match the first position's (box), in the same order",
    ),
    Case(
        "far-side-when-both-work",
        Replace("      side: one\n", "      side: both\n"),
        "114:131: exercises[1].movement.positions[0].other_side: side is 'both', so the far side moves like the near one: remove other_side or set side",
    ),
    Case(
        "target-not-primary",
        Replace("works: {target: [glutes], synergist: [quadriceps], stabiliser: [calves]}", "works: {target: [glutes, calves], synergist: [quadriceps]}"),
        "86:30: exercises[0].works.target[1]: 'calves' is a target, so primary_muscles must list it too",
    ),
    Case(
        "primary-missing-from-works",
        Replace("works: {target: [glutes, calves], synergist: [quadriceps]}", "works: {target: [glutes], synergist: [quadriceps]}"),
        "154:31: exercises[3].primary_muscles[1]: 'calves' is missing from works (as target)",
    ),
    Case(
        "unknown-muscle-in-works",
        Replace("synergist: [quadriceps], stabiliser", "synergist: [quadricep], stabiliser"),
        "86:43: exercises[0].works.synergist[0]: unknown muscle 'quadricep' (did you mean 'quadriceps'?)",
    ),
    Case(
        "muscle-in-two-roles",
        Replace("stabiliser: [calves]}", "stabiliser: [calves, quadriceps]}"),
        "86:77: exercises[0].works.stabiliser[1]: 'quadriceps' is already listed as synergist",
    ),
    Case(
        "helper-muscle-unused",
        insert_after("Q80 310 68 300 Z\"]}\n", "  - {slug: hip-flexors, name: Hip flexors, summary: Front of the hip., drawing: {front: [\"M80 200 L95 204 Z\"]}}\n"),
        "73:12: helper_muscles[1].slug: no exercise lists 'hip-flexors' in its works",
    ),
    Case("role-without-a-name", delete("  stabiliser: {name: Stabilisers, summary: Hold still.}\n"), "73:1: roles: no entry for the role 'stabiliser': every role needs a name and a summary"),
    Case(
        "markup-in-a-muscle-shape",
        Replace('drawing: {front: ["M60 236', 'drawing: {front: ["<b>M60 236'),
        "72:23: helper_muscles[0].drawing.front[0]: '<b>M60 236 Q76 228 95 23...' is not a shape: a shape is SVG path data of at most 600 characters: the commands M L H V C S Q T A Z, numbers, spaces and commas",
    ),
]


def write_case(folder: Path, case: Case) -> Path:
    """The case's file, written into `folder`."""
    content = case.edit.apply(GOOD)
    path = folder / f"{case.slug}.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def check(folder: Path, case: Case) -> subprocess.CompletedProcess[str]:
    """Write the case's file into `folder` and run the real command line on it, as an author would."""
    path = write_case(folder, case)
    return subprocess.run([sys.executable, "-m", "generator", "check", path.name], capture_output=True, text=True, cwd=folder)


def test_every_case_has_its_own_slug() -> None:
    slugs = [case.slug for case in CASES]
    assert len(slugs) == len(set(slugs))


@pytest.mark.parametrize("case", CASES, ids=[case.slug for case in CASES])
def test_bad_data_is_refused_with_a_located_message(case: Case, tmp_path: Path) -> None:
    result = check(tmp_path, case)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.splitlines()[0] == f"{case.slug}.yaml:{case.expected}"
    assert result.stderr.splitlines()[-1].endswith("found")


def test_a_misspelt_field_is_one_problem_not_two(tmp_path: Path) -> None:
    [case] = [case for case in CASES if case.slug == "unknown-field"]
    result = check(tmp_path, case)
    assert result.stderr.splitlines() == ["unknown-field.yaml:95:5: exercises[0].queues: unknown field 'queues' (did you mean 'cues'?)", "1 problem found"]


def test_clean_data_passes_the_check() -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "check", "mini.yaml"], capture_output=True, text=True, cwd=DATA)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "mini.yaml: 4 exercises, 2 muscles, 1 schedules: OK"
