"""The loaded guide's cross-references that the pages read: exercises easier and harder on every ladder, the
sample-week sessions an exercise is in, its dose in a phase, and every muscle the body diagram can draw."""

from __future__ import annotations

import pytest

from generator.load import load_guide_text
from generator.model import Guide
from tests.test_bad_data import Replace, insert_after
from tests.test_unit_model import edited

# Three more ladders over the mini guide's exercises: two meet the bridge ladder, one repeats its steps.
LADDERS = insert_after(
    "    steps: [glute-bridge, single-leg-glute-bridge]\n",
    "  - {slug: hop, name: Hop, summary: Hop., steps: [glute-bridge, calf-raise, box-jump]}\n"
    "  - {slug: one, name: One, summary: One., steps: [single-leg-glute-bridge, box-jump]}\n"
    "  - {slug: long, name: Long, summary: Long., steps: [glute-bridge, single-leg-glute-bridge, box-jump]}\n",
)


@pytest.fixture(scope="module")
def guide() -> Guide:
    return load_guide_text(edited(LADDERS))


def slugs(items: list) -> list[str]:
    return [item.slug for item in items]


@pytest.mark.parametrize(
    ("exercise", "ladders", "easier", "harder"),
    [
        ("glute-bridge", ["bridge", "hop", "long"], [], ["single-leg-glute-bridge", "calf-raise", "box-jump"]),
        ("single-leg-glute-bridge", ["bridge", "one", "long"], ["glute-bridge"], ["box-jump"]),
        ("calf-raise", ["hop"], ["glute-bridge"], ["box-jump"]),
        ("box-jump", ["hop", "one", "long"], ["calf-raise", "glute-bridge", "single-leg-glute-bridge"], []),
    ],
)
def test_ladders_rank_neighbours_nearest_first_without_repeats(guide: Guide, exercise: str, ladders: list[str], easier: list[str], harder: list[str]) -> None:
    assert slugs(guide.ladders_of(exercise)) == ladders
    assert slugs(guide.easier(exercise)) == easier
    assert slugs(guide.harder(exercise)) == harder


@pytest.mark.parametrize(
    ("exercise", "sessions"),
    [
        ("calf-raise", [("offseason", "mon"), ("offseason", "thu")]),
        ("single-leg-glute-bridge", [("offseason", "thu")]),
    ],
)
def test_sessions_with_an_exercise_name_the_week_and_the_day(guide: Guide, exercise: str, sessions: list[tuple[str, str]]) -> None:
    assert [(schedule.slug, day) for schedule, day in guide.sessions_with(exercise)] == sessions


def test_an_exercise_in_no_session_has_none() -> None:
    stand_ins = [
        Replace(f"{{exercise: box-jump}}]}}}}\n      - {{day: {day}", f"{{exercise: {slug}}}]}}}}\n      - {{day: {day}")
        for day, slug in (("tue", "single-leg-glute-bridge"), ("fri", "glute-bridge"))
    ]
    assert load_guide_text(edited(*stand_ins)).sessions_with("box-jump") == []


def test_a_dose_comes_from_the_exercise_unless_the_session_gives_one(guide: Guide) -> None:
    calf_raise = guide.exercises["calf-raise"]
    thursday = guide.schedules["offseason"].days[3].session
    assert thursday is not None
    given = thursday.exercises[1].dose
    doses = [guide.dose(calf_raise, "preseason"), guide.dose(calf_raise, "offseason", given)]
    assert [(dose.sets, dose.reps) for dose in doses] == [(2, 15), (4, 20)]


def test_the_guide_indexes_its_entries_by_slug(guide: Guide) -> None:
    assert list(guide.muscles) == ["glutes", "calves"]
    assert list(guide.schedules) == ["offseason"]
    assert list(guide.drawn) == ["glutes", "calves", "quadriceps"]
    assert guide.drawn["quadriceps"].name == "Quadriceps"
    assert guide.former_slugs == {"one-leg-bridge": "single-leg-glute-bridge"}
