"""The data the guide publishes besides pages: /api/exercises.json and the plan picker's data, checked against
values written out by hand from tests/data/mini.yaml."""

from __future__ import annotations

import json

import yaml

from generator.load import load_guide_text
from generator.render import render_site
from generator.render.exports import exercises_export, plan_data, to_json
from generator.render.facts import chapter_facts

WEEKDAYS = [
    {"slug": "mon", "name": "Monday"},
    {"slug": "tue", "name": "Tuesday"},
    {"slug": "wed", "name": "Wednesday"},
    {"slug": "thu", "name": "Thursday"},
    {"slug": "fri", "name": "Friday"},
    {"slug": "sat", "name": "Saturday"},
    {"slug": "sun", "name": "Sunday"},
]

# What the picker gets for the mini guide: dose and rest as the labels a runner reads, ladders as slugs.
MINI_PLAN_DATA = {
    "weekdays": WEEKDAYS,
    "levels": [{"slug": "beginner", "name": "Beginner"}, {"slug": "intermediate", "name": "Intermediate"}, {"slug": "advanced", "name": "Advanced"}],
    "phases": {
        "offseason": {
            "name": "Offseason",
            "strength_days": {"min": 2, "max": 3},
            "weeks_to_race": {"min": 13, "max": 52},
            "running": "Easy.",
            "fill_days": ["rest"],
            "long_day": "rest",
        },
        "preseason": {
            "name": "Pre-season",
            "strength_days": {"min": 1, "max": 2},
            "weeks_to_race": {"min": 0, "max": 12},
            "running": "Running first.",
            "fill_days": ["easy-run", "rest"],
            "long_day": "long-run",
        },
    },
    "equipment_sets": {"none": {"name": "No equipment", "items": []}, "gym": {"name": "Gym", "items": ["box"]}},
    "day_types": {
        "strength": {"name": "Strength", "summary": "Lift.", "run": None, "in_calendar": True},
        "easy-run": {"name": "Easy run", "summary": "Easy.", "run": "easy", "in_calendar": True},
        "long-run": {"name": "Long run", "summary": "Long.", "run": "long", "in_calendar": True},
        "rest": {"name": "Rest", "summary": "Rest.", "run": None, "in_calendar": False},
    },
    "picker": {
        "defaults": {"phase": "offseason", "days": 2, "equipment": "gym", "level": "intermediate", "long": "sun", "hard": ["tue"]},
        "session_size": {"min": 3, "max": 6},
        "strength_day_type": "strength",
    },
    "muscles": [{"slug": "glutes", "name": "Glutes", "url": "anatomy/glutes/"}, {"slug": "calves", "name": "Calves", "url": "anatomy/calves/"}],
    "exercises": [
        {
            "slug": "glute-bridge",
            "name": "Glute bridge",
            "url": "exercises/glute-bridge/",
            "category": "bodyweight",
            "equipment": [],
            "level": "beginner",
            "unilateral": False,
            "primary_muscles": ["glutes"],
            "secondary_muscles": ["calves"],
            "dosing": {"offseason": {"sets": 3, "per_set": "12"}, "preseason": {"sets": 2, "per_set": "10"}},
            "rest": "60-90 s",
            "easier": [],
            "harder": ["single-leg-glute-bridge"],
        },
        {
            "slug": "single-leg-glute-bridge",
            "name": "Single-leg glute bridge",
            "url": "exercises/single-leg-glute-bridge/",
            "category": "bodyweight",
            "equipment": [],
            "level": "intermediate",
            "unilateral": True,
            "primary_muscles": ["glutes"],
            "secondary_muscles": [],
            "dosing": {"offseason": {"sets": 3, "per_set": "8 each side"}},
            "rest": "60-90 s",
            "easier": ["glute-bridge"],
            "harder": [],
        },
        {
            "slug": "calf-raise",
            "name": "Calf raise",
            "url": "exercises/calf-raise/",
            "category": "bodyweight",
            "equipment": [],
            "level": "beginner",
            "unilateral": False,
            "primary_muscles": ["calves"],
            "secondary_muscles": [],
            "dosing": {"offseason": {"sets": 3, "per_set": "15"}, "preseason": {"sets": 2, "per_set": "15"}},
            "rest": "60-90 s",
            "easier": [],
            "harder": [],
        },
        {
            "slug": "box-jump",
            "name": "Box jump",
            "url": "exercises/box-jump/",
            "category": "plyometric",
            "equipment": ["box"],
            "level": "advanced",
            "unilateral": False,
            "primary_muscles": ["glutes", "calves"],
            "secondary_muscles": [],
            "dosing": {"offseason": {"sets": 3, "per_set": "5 contacts"}, "preseason": {"sets": 3, "per_set": "4 contacts"}},
            "rest": "2 min",
            "easier": [],
            "harder": [],
        },
    ],
    "schedules": [{"slug": "offseason", "title": "Offseason week", "url": "schedules/offseason/"}],
}


def test_the_picker_gets_every_choice_and_each_exercises_labels_from_the_data(mini_text: str) -> None:
    data = plan_data(load_guide_text(mini_text))
    season = data.pop("season")
    assert data == MINI_PLAN_DATA | {"ladders": [{"slug": "bridge", "steps": ["glute-bridge", "single-leg-glute-bridge"]}], "safety_url": "safety/"}
    # The season's rules reach the picker as mini.yaml writes them, read here by PyYAML; the schema's defaults
    # fill what mini.yaml leaves out, so compare what it does write.
    written = yaml.safe_load(mini_text)["season"]
    assert [{key: stage[key] for key in written_stage} for stage, written_stage in zip(season["stages"], written["stages"], strict=True)] == written["stages"]
    for key in ("without_race", "after_race", "last_strength_days_before_race", "rung_every_weeks", "impact", "strength"):
        assert {k: season[key][k] for k in written[key]} == written[key] if isinstance(written[key], dict) else season[key] == written[key]


def test_a_longer_ladder_lists_every_easier_and_harder_rung_nearest_first(mini_text: str) -> None:
    three_rungs = mini_text.replace("steps: [glute-bridge, single-leg-glute-bridge]", "steps: [glute-bridge, single-leg-glute-bridge, box-jump]")
    exercises = {e["slug"]: e for e in plan_data(load_guide_text(three_rungs))["exercises"]}
    assert (exercises["box-jump"]["easier"], exercises["box-jump"]["harder"]) == (["single-leg-glute-bridge", "glute-bridge"], [])
    assert exercises["glute-bridge"]["harder"] == ["single-leg-glute-bridge", "box-jump"]
    assert exercises["single-leg-glute-bridge"]["easier"] == ["glute-bridge"]


def test_the_public_exercise_list_has_absolute_addresses_and_every_listed_field(mini_text: str) -> None:
    exported = exercises_export(load_guide_text(mini_text), "https://coach.example/guide/")
    assert exported[1] == {
        "slug": "single-leg-glute-bridge",
        "name": "Single-leg glute bridge",
        "url": "https://coach.example/guide/exercises/single-leg-glute-bridge/",
        "category": "bodyweight",
        "equipment": [],
        "level": "intermediate",
        "primary_muscles": ["glutes"],
        "secondary_muscles": [],
        "phases": ["offseason"],
        "unilateral": True,
        "former_slugs": ["one-leg-bridge"],
    }
    assert [(e["slug"], e["secondary_muscles"], e["equipment"]) for e in exported] == [
        ("glute-bridge", ["calves"], []),
        ("single-leg-glute-bridge", [], []),
        ("calf-raise", [], []),
        ("box-jump", [], ["box"]),
    ]


def test_the_api_file_is_readable_indented_utf8_json_in_the_datas_order(mini_text: str) -> None:
    text = render_site(load_guide_text(mini_text), site_url="https://coach.example").files["api/exercises.json"]
    assert text.startswith('[\n  {\n    "slug": "glute-bridge",\n    "name": "Glute bridge",\n    "url": "https://coach.example/exercises/glute-bridge/",\n')
    assert text.endswith("\n  }\n]\n")
    assert json.loads(text)[3]["name"] == "Box jump"
    assert to_json({"zeta": "3 × 8", "alpha": []}) == '{\n  "zeta": "3 × 8",\n  "alpha": []\n}\n'


def test_chapters_get_the_datas_figures_as_words(mini_text: str) -> None:
    facts = chapter_facts(load_guide_text(mini_text))
    assert facts["strength_days"] == {"offseason": "2-3", "preseason": "1-2"}
    assert facts["rest"] == {"heavy": "60-90 seconds", "plyometric": "about 2 minutes"}
    assert facts["progression"] == "1. **Bodyweight.** Form first. Move on when: Form is clean."
    assert facts["exercise_count"] == 4
    diagram = str(facts["body_diagram"])
    assert 'data-muscle="glutes"' in diagram and 'data-muscle="calves"' in diagram
    assert 'aria-label="Front and back views of a runner, highlighting Glutes, Calves"' in diagram


def test_the_progression_is_a_numbered_list_of_every_stage(mini_text: str) -> None:
    two_stages = mini_text.replace(
        "progression:\n",
        "progression:\n  - {slug: loaded, name: Loaded, summary: Add weight., categories: [weighted], move_on_when: Eight clean reps.}\n",
    )
    assert chapter_facts(load_guide_text(two_stages))["progression"] == (
        "1. **Loaded.** Add weight. Move on when: Eight clean reps.\n2. **Bodyweight.** Form first. Move on when: Form is clean."
    )
