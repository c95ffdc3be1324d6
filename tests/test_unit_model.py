"""The cross-reference checks on a guide whose shape is valid: slugs named once, every name it uses defined,
phases and stages covering the year before a race, ladders that agree, muscles by role, movement drawings and
sample weeks. Each case is a small edit of tests/data/mini.yaml and lists every problem the author is shown,
so a check that says too much fails as surely as one that says too little."""

from __future__ import annotations

import pytest

from generator.load import load_guide_text
from tests.test_bad_data import GOOD, Replace, delete, insert_after
from tests.test_load import problems_of

SCHEDULE = GOOD[GOOD.index("  - slug: offseason\n") : GOOD.index("glossary:\n")]
CALVES = GOOD[GOOD.index("  - slug: calves\n") : GOOD.index("helper_muscles:\n")]
HAMSTRINGS = (
    "  - slug: hamstrings\n    name: Hamstrings\n    parts: [Biceps femoris]\n    summary: Knee benders.\n"
    '    drawing: {back: ["M60 300 L90 300 L80 340 Z"]}\n    in_the_stride: [They pull.]\n    weakness: [Strains.]\n'
    "    injuries: [{name: Strain, how: Sprinting.}]\n"
    "    self_tests: [{name: Hold, level: beginner, how: [Lie down., Hold.], weak_if: The hips drop.}]\n"
)
LOOP = "but another ladder puts it below: ladders must agree on what is harder"
COVER = "weeks_to_race must cover 0-52 without gaps"
NO_SET = "no equipment set has everything this exercise needs"
SESSION_RULE = "a day has a session exactly when its activities include"


def edited(*edits: Replace) -> str:
    text = GOOD
    for edit in edits:
        text = edit.apply(text)
    return text


def problems_after(*edits: Replace) -> list[str]:
    """Every problem reported for mini.yaml after the edits, without the file name every line starts with."""
    return [problem.removeprefix("exercises.yaml:") for problem in problems_of(edited(*edits))]


def loads_after(*edits: Replace) -> None:
    load_guide_text(edited(*edits))


CASES = [
    # Slugs are named once in each list.
    pytest.param([insert_after("Under 10 cm.}\n", CALVES)], ["68:11: muscles[2].slug: duplicate muscle slug 'calves' (first at muscles[1])"], id="muscle-twice"),
    pytest.param(
        [insert_after('Q80 310 68 300 Z"]}\n', '  - {slug: quadriceps, name: Quads, summary: Again., drawing: {front: ["M1 1 Z"]}}\n')],
        ["73:12: helper_muscles[1].slug: duplicate muscle slug 'quadriceps' (first at helper_muscles[0])"],
        id="helper-muscle-twice",
    ),
    pytest.param(
        [insert_after('Q80 310 68 300 Z"]}\n', '  - {slug: calves, name: Calves, summary: Again., drawing: {front: ["M1 1 Z"]}}\n')],
        ["73:12: helper_muscles[1].slug: 'calves' is already one of the guide's muscles"],
        id="helper-muscle-is-a-group",
    ),
    pytest.param(
        [
            insert_after(
                "    steps: [glute-bridge, single-leg-glute-bridge]\n",
                "  - {slug: bridge, name: B, summary: B., steps: [calf-raise, box-jump]}\n  - {slug: bridge, name: C, summary: C., steps: [glute-bridge, box-jump]}\n",
            )
        ],
        ["176:12: ladders[1].slug: duplicate ladder slug 'bridge' (first at ladders[0])", "177:12: ladders[2].slug: duplicate ladder slug 'bridge' (first at ladders[0])"],
        id="ladder-three-times",
    ),
    pytest.param(
        [insert_after("      - {day: sun, activities: [rest], note: Rest.}\n", SCHEDULE)],
        ["189:11: schedules[1].slug: duplicate schedule slug 'offseason' (first at schedules[0])"],
        id="schedule-twice",
    ),
    pytest.param(
        [insert_after("move_on_when: Form is clean.}\n", "  - {slug: bodyweight, name: Again, summary: Again., categories: [bodyweight], move_on_when: Again.}\n")],
        ["40:12: progression[1].slug: duplicate stage slug 'bodyweight' (first at progression[0])"],
        id="progression-stage-twice",
    ),
    pytest.param(
        [Replace("- {slug: recovery, name", "- {slug: base, name")],
        ["195:14: season.stages[2].slug: duplicate stage slug 'base' (first at season.stages[0])", "197:23: season.after_race.stage: unknown stage 'recovery'"],
        id="season-stage-twice",
    ),
    pytest.param(
        [insert_after("more: Like a bridge.}\n", "  - {slug: hinge, term: Hinge again, forms: [hinges], short: Again.}\n")],
        ["191:12: glossary[1].slug: duplicate glossary slug 'hinge' (first at glossary[0])"],
        id="glossary-entry-twice",
    ),
    pytest.param(
        [insert_after("loaded_by: [single-leg-glute-bridge]}\n", "    - {slug: knee, name: Knee again, loaded_by: [calf-raise]}\n")],
        ["211:14: season.sore_spots[1].slug: duplicate sore spot slug 'knee' (first at season.sore_spots[0])"],
        id="sore-spot-twice",
    ),
    pytest.param(
        [insert_after(f"    name: {name}\n", "    former_slugs: [one-leg-bridge]\n") for name in ("Glute bridge", "Calf raise")],
        [
            "105:20: exercises[1].former_slugs[0]: former slug 'one-leg-bridge' is already claimed by 'glute-bridge'",
            "128:20: exercises[2].former_slugs[0]: former slug 'one-leg-bridge' is already claimed by 'glute-bridge'",
        ],
        id="former-slug-claimed-three-times",
    ),
    # Names the guide does not define. A former slug is only a hint where an exercise is expected.
    pytest.param(
        [Replace("items: [box]", "items: [one-leg-bridge]")],
        ["29:50: equipment_sets.gym.items[0]: unknown equipment 'one-leg-bridge'", f"151:16: exercises[3].equipment: {NO_SET}"],
        id="unknown-kit-item",
    ),
    pytest.param([Replace("items: [box]", "items: [box, box]")], ["29:55: equipment_sets.gym.items[1]: 'box' is listed twice"], id="kit-item-twice"),
    pytest.param(
        [Replace("    fill_days: [rest]\n", "    fill_days: [rests]\n")],
        ["10:17: phases.offseason.fill_days[0]: unknown day type 'rests' (did you mean 'rest'?)"],
        id="unknown-fill-day",
    ),
    pytest.param(
        [Replace("    long_day: rest\n", "    long_day: rests\n")],
        ["11:15: phases.offseason.long_day: unknown day type 'rests' (did you mean 'rest'?)"],
        id="unknown-long-day",
    ),
    pytest.param(
        [Replace("strength_day_type: strength", "strength_day_type: lifting")],
        [
            "41:22: picker.strength_day_type: unknown day type 'lifting'",
            f"182:9: schedules[0].days[0]: {SESSION_RULE} 'lifting'",
            f"185:9: schedules[0].days[3]: {SESSION_RULE} 'lifting'",
        ],
        id="unknown-strength-day-type",
    ),
    pytest.param(
        [Replace("equipment: gym,", "equipment: gyms,")],
        ["43:52: picker.defaults.equipment: unknown equipment set 'gyms' (did you mean 'gym'?)"],
        id="unknown-default-kit",
    ),
    pytest.param(
        [delete("  intermediate: {name: Intermediate, summary: Some.}\n")],
        ["42:64: picker.defaults.level: unknown level 'intermediate'", "106:12: exercises[1].level: unknown level 'intermediate'"],
        id="unknown-default-level",
    ),
    pytest.param(
        [Replace("defaults: {phase: offseason,", "defaults: {phase: offseasons,")],
        ["43:21: picker.defaults.phase: unknown phase 'offseasons' (did you mean 'offseason'?)"],
        id="unknown-default-phase",
    ),
    pytest.param(
        [Replace("days: 2, equipment", "days: 1, equipment")],
        ["43:38: picker.defaults.days: 1 is outside 2-3, the strength days of 'offseason'"],
        id="default-days-below-the-phase",
    ),
    pytest.param(
        [Replace("days: 2, equipment", "days: 4, equipment")],
        ["43:38: picker.defaults.days: 4 is outside 2-3, the strength days of 'offseason'"],
        id="default-days-above-the-phase",
    ),
    pytest.param(
        [Replace("    rest: plyometric\n", "    rest: plyometrics\n")],
        ["169:11: exercises[3].rest: unknown rest 'plyometrics' (did you mean 'plyometric'?)"],
        id="unknown-rest",
    ),
    pytest.param(
        [delete("  plyometric: {name: Plyometric and dynamic, summary: Jumps.}\n")],
        ["150:15: exercises[3].category: unknown category 'plyometric'"],
        id="unknown-category",
    ),
    pytest.param(
        [insert_after("    name: Glute bridge\n", "    variations: [calf-raises]\n")],
        ["80:18: exercises[0].variations[0]: unknown exercise 'calf-raises' (did you mean 'calf-raise'?)"],
        id="unknown-variation",
    ),
    pytest.param(
        [insert_after("    name: Glute bridge\n", "    variations: [glute-bridge]\n")],
        ["80:17: exercises[0].variations: an exercise cannot be its own variation"],
        id="own-variation",
    ),
    pytest.param(
        [Replace("equipment: [box]", "equipment: [boxx]")],
        ["151:17: exercises[3].equipment[0]: unknown equipment 'boxx' (did you mean 'box'?)"],
        id="unknown-kit-is-not-also-missing-from-every-set",
    ),
    pytest.param(
        [insert_after("  box: {name: Plyo box}\n", "  band: {name: Band}\n"), Replace("equipment: [box]", "equipment: [box, band]")],
        [f"152:16: exercises[3].equipment: {NO_SET}"],
        id="no-set-holds-the-kit",
    ),
    pytest.param(
        [Replace("{name: Bridge hold, level: beginner", "{name: Bridge hold, level: advanced"), delete("  advanced: {name: Advanced, summary: Lots.}\n")],
        ["55:36: muscles[0].self_tests[0].level: unknown level 'advanced'", "151:12: exercises[3].level: unknown level 'advanced'"],
        id="unknown-self-test-level",
    ),
    pytest.param(
        [insert_after("Under 10 cm.}\n", HAMSTRINGS)],
        ["68:11: muscles[2].slug: no exercise lists 'hamstrings' among its primary_muscles"],
        id="muscle-no-exercise-trains",
    ),
    pytest.param(
        [Replace("primary_muscles: [glutes]\n    secondary_muscles", "primary_muscles: [glute]\n    secondary_muscles")],
        ["84:23: exercises[0].primary_muscles[0]: unknown muscle 'glute' (did you mean 'glutes'?)"],
        id="misspelt-group-is-not-compared-with-works",
    ),
    pytest.param(
        [Replace("    secondary_muscles: [calves]\n", "    secondary_muscles: [calfs]\n")],
        ["85:25: exercises[0].secondary_muscles[0]: unknown muscle 'calfs' (did you mean 'calves'?)"],
        id="unknown-secondary-muscle",
    ),
    pytest.param(
        [Replace("synergist: [quadriceps], stabiliser", "synergist: [quadricep], stabiliser")],
        ["86:43: exercises[0].works.synergist[0]: unknown muscle 'quadricep' (did you mean 'quadriceps'?)"],
        id="unknown-muscle-in-works",
    ),
    # Muscles by role agree with primary_muscles and secondary_muscles.
    pytest.param(
        [insert_after("    primary_muscles: [glutes, calves]\n", "    secondary_muscles: [calves]\n")],
        ["155:25: exercises[3].secondary_muscles[0]: 'calves' is already a primary muscle"],
        id="secondary-is-also-primary",
    ),
    pytest.param(
        [Replace("works: {target: [glutes, calves], synergist: [quadriceps]}", "works: {target: [glutes], synergist: [calves, quadriceps]}")],
        ["155:43: exercises[3].works.synergist[0]: 'calves' is a synergist, so secondary_muscles must list it too"],
        id="synergist-not-secondary",
    ),
    pytest.param(
        [Replace("works: {target: [glutes, calves], synergist: [quadriceps]}", "works: {target: [glutes], synergist: [quadriceps], stabiliser: [calves]}")],
        ["155:69: exercises[3].works.stabiliser[0]: 'calves' is a stabiliser, so secondary_muscles must list it too"],
        id="stabiliser-not-secondary",
    ),
    pytest.param(
        [Replace("works: {target: [glutes], synergist: [quadriceps], stabiliser: [calves]}", "works: {target: [glutes], synergist: [quadriceps]}")],
        ["85:25: exercises[0].secondary_muscles[0]: 'calves' is missing from works (as synergist or stabiliser)"],
        id="secondary-missing-from-works",
    ),
    pytest.param(
        [Replace("synergist: [quadriceps], stabiliser: [calves]}", "synergist: [quadriceps], stabiliser: [quadriceps, calves]}")],
        ["86:69: exercises[0].works.stabiliser[0]: 'quadriceps' is already listed as synergist"],
        id="muscle-in-two-roles-before-another",
    ),
    # Movement drawings.
    pytest.param(
        [Replace("ankle: -40, shoulder: 0, elbow: 0}", "ankle: -40, shoulder: 0, elbow: 0, props: [{kind: step}]}")],
        ["137:112: exercises[2].movement.positions[1].props: props must match the first position's (none), in the same order"],
        id="props-appear-later",
    ),
    pytest.param(
        [Replace("shoulder: 0, elbow: 0, props: [{kind: floor, at: shoulders}]}", "shoulder: 0, elbow: 0, props: [{kind: floor, at: shoulders}, {kind: bench}]}")],
        ["91:116: exercises[0].movement.positions[1].props: props must match the first position's (floor, bench), in the same order"],
        id="props-dropped-later",
    ),
    pytest.param(
        [Replace("      side: one\n", "      side: both\n")],
        [
            "114:131: exercises[1].movement.positions[0].other_side: side is 'both', so the far side moves like the near one: remove other_side or set side",
            "115:132: exercises[1].movement.positions[1].other_side: side is 'both', so the far side moves like the near one: remove other_side or set side",
        ],
        id="far-side-when-both-work",
    ),
    # Ladders agree on what is harder.
    pytest.param(
        [Replace("steps: [glute-bridge, single-leg-glute-bridge]", "steps: [glute-bridge, glute-bridge, single-leg-glute-bridge]")],
        ["175:27: ladders[0].steps[1]: 'glute-bridge' is listed twice"],
        id="step-twice-is-no-loop",
    ),
    pytest.param(
        [
            insert_after(
                "    steps: [glute-bridge, single-leg-glute-bridge]\n",
                "  - {slug: hop, name: Hop, summary: Hop., steps: [single-leg-glute-bridge, box-jump]}\n"
                "  - {slug: back, name: Back, summary: Back., steps: [box-jump, glute-bridge]}\n",
            )
        ],
        [
            f"175:27: ladders[0].steps[1]: 'single-leg-glute-bridge' is above 'glute-bridge' here, {LOOP}",
            f"176:76: ladders[1].steps[1]: 'box-jump' is above 'single-leg-glute-bridge' here, {LOOP}",
            f"177:64: ladders[2].steps[1]: 'glute-bridge' is above 'box-jump' here, {LOOP}",
        ],
        id="loop-through-three-ladders",
    ),
    pytest.param(
        [
            insert_after(
                "    steps: [glute-bridge, single-leg-glute-bridge]\n",
                "  - {slug: hop, name: Hop, summary: Hop., steps: [single-leg-glute-bridge, calf-raise]}\n"
                "  - {slug: up, name: Up, summary: Up., steps: [calf-raise, box-jump]}\n"
                "  - {slug: back, name: Back, summary: Back., steps: [box-jump, calf-raise]}\n",
            )
        ],
        [
            f"177:60: ladders[2].steps[1]: 'box-jump' is above 'calf-raise' here, {LOOP}",
            f"178:64: ladders[3].steps[1]: 'calf-raise' is above 'box-jump' here, {LOOP}",
        ],
        id="loop-above-a-sound-step",
    ),
    pytest.param(
        [
            Replace("forms: [hinge], short: Bend", "forms: [hinge, hinges], short: Bend"),
            insert_after(
                "more: Like a bridge.}\n", "  - {slug: pivot, term: Pivot, forms: [hinges], short: Turn.}\n  - {slug: tilt, term: Tilt, forms: [hinges], short: Tip.}\n"
            ),
        ],
        [
            "191:40: glossary[1].forms[0]: 'hinges' already explains 'hinge': a word can have one meaning",
            "192:38: glossary[2].forms[0]: 'hinges' already explains 'hinge': a word can have one meaning",
        ],
        id="glossary-word-three-times",
    ),
    # Phases and stages cover the year before a race once, in order.
    pytest.param(
        [
            Replace("weeks_to_race: {min: 0, max: 12}\n", "weeks_to_race: {min: 0, max: 52}\n"),
            Replace("weeks_to_race: {min: 13, max: 52}", "weeks_to_race: {min: 13, max: 20}"),
        ],
        [
            "8:20: phases.offseason.weeks_to_race: weeks 13-20 before a race are already covered by another phase",
            "193:82: season.stages[0].weeks_to_race: weeks 13-52 lie outside 13-20, the weeks of phase 'offseason'",
        ],
        id="phase-inside-another",
    ),
    pytest.param(
        [
            Replace("weeks_to_race: {min: 13, max: 52}", "weeks_to_race: {min: 12, max: 52}"),
            Replace("weeks_to_race: {max: 52, min: 13}", "weeks_to_race: {max: 52, min: 12}"),
        ],
        [
            "8:20: phases.offseason.weeks_to_race: weeks 12-12 before a race are already covered by another phase",
            "193:82: season.stages[0].weeks_to_race: weeks 12-12 before a race are already covered by another stage",
            "194:89: season.stages[1].weeks_to_race: stages run from the furthest from race day to race week: this one comes too late",
        ],
        id="stages-share-a-week",
    ),
    pytest.param(
        [Replace("weeks_to_race: {max: 52, min: 13}", "weeks_to_race: {max: 51, min: 13}")],
        [f"192:3: season.stages: no stage covers weeks 52-52 before a race; stages' {COVER}"],
        id="stages-stop-short-of-a-year",
    ),
    pytest.param(
        [Replace("phase: preseason, weeks_to_race: {min: 0, max: 12}", "phase: preseasons, weeks_to_race: {min: 0, max: 12}")],
        [
            f"193:82: season.stages[0].weeks_to_race: no stage covers weeks 0-12 before a race; stages' {COVER}",
            "194:63: season.stages[1].phase: unknown phase 'preseasons' (did you mean 'preseason'?)",
        ],
        id="unknown-stage-phase",
    ),
    pytest.param(
        [Replace("phase: offseason, weeks_to_race: {max: 52, min: 13}", "phase: offseasons, weeks_to_race: {max: 52, min: 13}")],
        [
            f"192:3: season.stages: no stage covers weeks 13-52 before a race; stages' {COVER}",
            "193:56: season.stages[0].phase: unknown phase 'offseasons' (did you mean 'offseason'?)",
        ],
        id="unknown-phase-of-the-first-stage",
    ),
    pytest.param(
        [Replace("after_race: {stage: recovery", "after_race: {stage: sharpen")],
        ["197:23: season.after_race.stage: the stage after the race has no weeks_to_race"],
        id="stage-after-the-race-is-dated",
    ),
    pytest.param(
        [Replace("race_day_type: long-run", "race_day_type: long-runs")],
        ["198:18: season.race_day_type: unknown day type 'long-runs' (did you mean 'long-run'?)"],
        id="unknown-race-day-type",
    ),
    pytest.param(
        [Replace("glossary: hinge}", "glossary: hinges}")],
        ["202:57: season.effort.glossary: unknown glossary entry 'hinges' (did you mean 'hinge'?)"],
        id="unknown-effort-entry",
    ),
    pytest.param(
        [delete("    beginner: {categories: [bodyweight], impact: false}\n")],
        ["203:3: season.levels: no rule for level 'beginner'"],
        id="level-without-a-rule",
    ),
    pytest.param(
        [Replace("exercises: [], not_after", "exercises: [box-jumps], not_after")],
        ["207:50: season.impact.exercises[0]: unknown exercise 'box-jumps' (did you mean 'box-jump'?)"],
        id="unknown-impact-exercise",
    ),
    # Sample weeks.
    pytest.param(
        [Replace("    phase: offseason\n    title", "    phase: offseasons\n    title")],
        [
            "178:12: schedules[0].phase: unknown phase 'offseasons' (did you mean 'offseason'?)",
            "182:103: schedules[0].days[0].session.exercises[0].exercise: 'glute-bridge' has no dosing for phase 'offseasons'; add one or give a dose here",
            "182:129: schedules[0].days[0].session.exercises[1].exercise: 'calf-raise' has no dosing for phase 'offseasons'; add one or give a dose here",
            "182:153: schedules[0].days[0].session.exercises[2].exercise: 'box-jump' has no dosing for phase 'offseasons'; add one or give a dose here",
            "185:106: schedules[0].days[3].session.exercises[0].exercise: 'single-leg-glute-bridge' has no dosing for phase 'offseasons'; add one or give a dose here",
            "185:194: schedules[0].days[3].session.exercises[2].exercise: 'box-jump' has no dosing for phase 'offseasons'; add one or give a dose here",
        ],
        id="unknown-week-phase",
    ),
    pytest.param(
        [Replace("    phase: offseason\n    title", "    phase: preseason\n    title")],
        ["185:106: schedules[0].days[3].session.exercises[0].exercise: 'single-leg-glute-bridge' has no dosing for phase 'preseason'; add one or give a dose here"],
        id="no-dosing-for-the-week-phase",
    ),
    pytest.param(
        [
            Replace(SCHEDULE.splitlines(keepends=True)[5], "      - {day: mon, activities: [rest], note: Rest.}\n"),
            Replace(SCHEDULE.splitlines(keepends=True)[8], "      - {day: thu, activities: [rest], note: Rest.}\n"),
        ],
        ["182:7: schedules[0].days: the week has 0 strength sessions, but its phase 'offseason' asks for 2-3"],
        id="week-without-strength",
    ),
    pytest.param(
        [Replace("{exercise: calf-raise}, {exercise: box-jump}]}}", "{exercise: glute-bridge}, {exercise: glute-bridge}]}}")],
        [
            "182:129: schedules[0].days[0].session.exercises[1].exercise: 'glute-bridge' is already in this session (exercises[0])",
            "182:155: schedules[0].days[0].session.exercises[2].exercise: 'glute-bridge' is already in this session (exercises[0])",
        ],
        id="exercise-three-times-in-a-session",
    ),
    pytest.param(
        [Replace("{exercise: glute-bridge}, {exercise: calf-raise}, {exercise: box-jump}]}}", "{exercise: glute-bridges}, {exercise: calf-raise}, {exercise: calf-raise}]}}")],
        [
            "182:103: schedules[0].days[0].session.exercises[0].exercise: unknown exercise 'glute-bridges' (did you mean 'glute-bridge'?)",
            "182:154: schedules[0].days[0].session.exercises[2].exercise: 'calf-raise' is already in this session (exercises[1])",
        ],
        id="session-checked-past-an-unknown-exercise",
    ),
    pytest.param(
        [Replace("{day: tue, activities: [rest]", "{day: tue, activities: [rests]")],
        ["183:33: schedules[0].days[1].activities[0]: unknown day type 'rests' (did you mean 'rest'?)"],
        id="unknown-activity",
    ),
    pytest.param(
        [Replace("{day: tue, activities: [rest], note: Rest.}", "{day: tue, activities: [strength], note: Rest.}")],
        [f"183:9: schedules[0].days[1]: {SESSION_RULE} 'strength'"],
        id="strength-day-without-a-session",
    ),
]


@pytest.mark.parametrize(("edits", "expected"), CASES)
def test_every_problem_is_reported_once_at_its_place(edits: list[Replace], expected: list[str]) -> None:
    assert problems_after(*edits) == expected


@pytest.mark.parametrize(
    "edits",
    [
        pytest.param([Replace("    fill_days: [rest]\n", "    fill_days: [rest, rest]\n")], id="fill-day-named-twice"),
        pytest.param([Replace("days: 2, equipment", "days: 3, equipment")], id="default-days-at-the-phase-top"),
        pytest.param([Replace("without_race: {stage: base,", "without_race: {stage: recovery,")], id="rolling-block-of-an-undated-stage"),
        pytest.param(
            [Replace("{day: sat, activities: [rest], note: Rest.}", "{day: sat, activities: [strength], note: Lift., session: {title: Calves, exercises: [{exercise: calf-raise}]}}")],
            id="week-at-the-phase-top",
        ),
    ],
)
def test_sound_edits_pass(edits: list[Replace]) -> None:
    loads_after(*edits)


@pytest.mark.parametrize(
    "href",
    ["exercises/one-leg-bridge/", "schedules/offseason/", "exercises/", "safety/#stop", "anatomy/glutes/", "https://example.org/a?b=1"],
)
def test_prose_may_link_to_a_guide_page_or_an_https_address(href: str) -> None:
    loads_after(Replace("cues: [Squeeze., Ribs down.]", f'cues: ["See [the page]({href}).", Ribs down.]'))


@pytest.mark.parametrize(
    ("href", "message"),
    [
        ("schedules/preseason/", ": the guide has no such page"),
        ("exercises/glute-bridge/steps/", ": the guide has no such page"),
        ("http://example.org/", " refused: links go to a guide page such as 'exercises/glute-bridge/' or to an https: address"),
    ],
)
def test_prose_links_nowhere_are_refused(href: str, message: str) -> None:
    cue = f'cues: ["See [the page]({href}).", Ribs down.]'
    assert problems_after(Replace("cues: [Squeeze., Ribs down.]", cue)) == [f"95:12: exercises[0].cues[0]: link to '{href}'{message}"]
