"""The season's placement rules on a sample week in a phase with running: strength off key-run days and the day
before them, rest between strength days, no impact work next to a hard or long run; the week wraps, so Sunday
neighbours Monday. Each week is the mini guide's sample week rewritten in memory as a pre-season week."""

from __future__ import annotations

import pytest

from tests.test_bad_data import Replace, insert_after
from tests.test_unit_model import SCHEDULE, loads_after, problems_after

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A hard-run day type, so that every kind of run can sit next to a strength day. It adds one line above the week,
# which then runs from line 183 (Monday) to 189 (Sunday); a session's first exercise starts at column 73.
INTERVALS = insert_after("  long-run: {name: Long run, summary: Long., run: long}\n", "  intervals: {name: Intervals, summary: Fast., run: hard}\n")
STRENGTH_BEFORE_LONG_ONLY = Replace("strength: {not_on: [hard, long], not_before: [hard, long]", "strength: {not_on: [hard, long], not_before: [long]")
CALF_RAISE_IS_IMPACT = Replace("exercises: [], not_after", "exercises: [calf-raise], not_after")
TWO_REST_DAYS = Replace("rest_days_between: 1", "rest_days_between: 2")


def day_line(day: str, activities: str, exercises: tuple[str, ...]) -> str:
    session = ", session: {title: S, exercises: [" + ", ".join(f"{{exercise: {slug}}}" for slug in exercises) + "]}" if exercises else ""
    return f"      - {{day: {day}, note: N.{session}, activities: [{activities}]}}\n"


def preseason_week(**days: str) -> Replace:
    """The sample week as a pre-season week; each day given is "activities | exercises" (both comma-separated),
    every other day is a rest day."""
    lines = []
    for day in WEEKDAYS:
        activities, _, exercises = days.get(day, "rest").partition(" | ")
        lines.append(day_line(day, activities, tuple(filter(None, exercises.split(", ")))))
    header = SCHEDULE.replace("    phase: offseason\n", "    phase: preseason\n")
    return Replace(SCHEDULE, header[: header.index("    days:\n") + len("    days:\n")] + "".join(lines))


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        pytest.param(
            [preseason_week(mon="strength, long-run | glute-bridge")],
            ["183:9: schedules[0].days[0]: strength on the same day as a long run; the guide keeps strength off those days"],
            id="strength-on-a-long-run-day",
        ),
        pytest.param(
            [preseason_week(mon="strength | glute-bridge", tue="intervals, long-run")],
            [
                "183:9: schedules[0].days[0]: strength the day before a hard run; the guide keeps the legs fresh for it",
                "183:9: schedules[0].days[0]: strength the day before a long run; the guide keeps the legs fresh for it",
            ],
            id="strength-before-a-hard-and-a-long-run",
        ),
        pytest.param(
            [preseason_week(mon="strength | calf-raise", sun="strength | glute-bridge")],
            ["189:9: schedules[0].days[6]: fewer than 1 rest day(s) before the next strength day"],
            id="strength-on-sunday-and-monday",
        ),
        pytest.param(
            [TWO_REST_DAYS, preseason_week(mon="strength | calf-raise", wed="strength | glute-bridge")],
            ["183:9: schedules[0].days[0]: fewer than 2 rest day(s) before the next strength day"],
            id="one-rest-day-where-two-are-asked",
        ),
        pytest.param(
            [preseason_week(mon="strength | glute-bridge, box-jump", sun="long-run")],
            ["183:99: schedules[0].days[0].session.exercises[1].exercise: 'box-jump' is impact work the day after a long run; move it or the run"],
            id="jumps-on-monday-after-a-sunday-long-run",
        ),
        pytest.param(
            [STRENGTH_BEFORE_LONG_ONLY, preseason_week(sat="strength | box-jump", sun="intervals")],
            ["188:73: schedules[0].days[5].session.exercises[0].exercise: 'box-jump' is impact work the day before a hard run; move it or the run"],
            id="jumps-the-day-before-intervals",
        ),
        pytest.param(
            [CALF_RAISE_IS_IMPACT, preseason_week(tue="long-run", wed="strength | calf-raise")],
            ["185:73: schedules[0].days[2].session.exercises[0].exercise: 'calf-raise' is impact work the day after a long run; move it or the run"],
            id="impact-named-by-slug",
        ),
        pytest.param(
            [preseason_week(mon="strength, jog | glute-bridge", tue="long-run")],
            [
                "183:9: schedules[0].days[0]: strength the day before a long run; the guide keeps the legs fresh for it",
                "183:113: schedules[0].days[0].activities[1]: unknown day type 'jog'",
            ],
            id="unknown-activity-in-a-running-week",
        ),
        pytest.param(
            [preseason_week(mon="strength | box-jumps", sun="long-run")],
            ["183:73: schedules[0].days[0].session.exercises[0].exercise: unknown exercise 'box-jumps' (did you mean 'box-jump'?)"],
            id="unknown-exercise-in-a-running-week",
        ),
        pytest.param(
            [Replace("    long_day: long-run\n", "    long_day: long-runs\n"), preseason_week(mon="strength, long-run | box-jump")],
            ["20:15: phases.preseason.long_day: unknown day type 'long-runs' (did you mean 'long-run'?)"],
            id="no-rules-without-a-known-long-day",
        ),
    ],
)
def test_a_week_that_breaks_a_placement_rule_is_refused(edits: list[Replace], expected: list[str]) -> None:
    assert problems_after(INTERVALS, *edits) == expected


@pytest.mark.parametrize(
    "edits",
    [
        pytest.param([preseason_week(mon="strength, easy-run | box-jump", tue="easy-run", thu="strength | calf-raise", sun="easy-run")], id="easy-runs-anywhere"),
        pytest.param([TWO_REST_DAYS, preseason_week(mon="strength | calf-raise", thu="strength | glute-bridge")], id="two-rest-days-kept"),
        pytest.param([preseason_week(mon="strength | glute-bridge", thu="long-run", fri="strength | calf-raise")], id="strength-after-a-long-run"),
        pytest.param([STRENGTH_BEFORE_LONG_ONLY, preseason_week(mon="strength | glute-bridge", tue="intervals")], id="strength-before-intervals-when-allowed"),
        pytest.param([Replace("    long_day: long-run\n", "    long_day: rest\n"), preseason_week(mon="strength, long-run | box-jump", sun="intervals")], id="phase-without-a-running-long-day"),
    ],
)
def test_a_week_that_keeps_the_rules_passes(edits: list[Replace]) -> None:
    loads_after(INTERVALS, *edits)
