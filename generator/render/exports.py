"""Data exports built from the guide: the public exercise list and the plan picker's data."""

from __future__ import annotations

import json
from typing import Any

from generator.model import Guide
from generator.render.markup import plain_text
from generator.render.text import (
    DAY_NAMES,
    absolute_url,
    dose_per_set,
    exercise_src,
    muscle_src,
    page_url,
    rest_label,
    schedule_src,
)
from generator.schema import WEEKDAYS, Exercise


def exercises_export(guide: Guide, site_url: str) -> list[dict[str, Any]]:
    """/api/exercises.json: one record per exercise with its absolute URL."""
    return [
        {
            "slug": e.slug,
            "name": e.name,
            "url": absolute_url(site_url, exercise_src(e.slug)),
            "category": e.category,
            "equipment": list(e.equipment),
            "level": e.level,
            "primary_muscles": list(e.primary_muscles),
            "secondary_muscles": list(e.secondary_muscles),
            "phases": list(e.dosing),
            "unilateral": e.unilateral,
            "former_slugs": list(e.former_slugs),
        }
        for e in guide.exercises.values()
    ]


def plan_data(guide: Guide) -> dict[str, Any]:
    """Everything the plan picker needs; URLs are relative to the site root."""
    data = guide.data
    return {
        "weekdays": [{"slug": d, "name": DAY_NAMES[d]} for d in WEEKDAYS],
        "levels": [{"slug": slug, "name": level.name} for slug, level in data.levels.items()],
        "phases": {
            slug: phase.model_dump(mode="json", exclude={"summary", "focus"}) | {"running": plain_text(phase.running)}
            for slug, phase in data.phases.items()
        },
        "equipment_sets": {slug: kit.model_dump(mode="json", exclude={"summary"}) for slug, kit in data.equipment_sets.items()},
        "day_types": {slug: day.model_dump(mode="json") for slug, day in data.day_types.items()},
        "picker": data.picker.model_dump(mode="json"),
        "muscles": [{"slug": m.slug, "name": m.name, "url": page_url(muscle_src(m.slug))} for m in data.muscles],
        "exercises": [_plan_exercise(guide, e) for e in guide.exercises.values()],
        "schedules": [{"slug": s.slug, "title": s.title, "url": page_url(schedule_src(s.slug))} for s in data.schedules],
        "ladders": [{"slug": ladder.slug, "steps": list(ladder.steps)} for ladder in data.ladders],
        "season": _season(guide),
        "safety_url": page_url("safety.md"),
    }


def _season(guide: Guide) -> dict[str, Any]:
    """The block's rules; prose becomes plain text, since the page shows it with textContent."""
    season = guide.data.season
    return season.model_dump(mode="json", exclude={"sore_spot_advice"}) | {
        "stages": [
            stage.model_dump(mode="json") | {"summary": plain_text(stage.summary)} for stage in season.stages
        ],
        "deload": season.deload.model_dump(mode="json") | {"why": plain_text(season.deload.why)},
        "impact": season.impact.model_dump(mode="json") | {"why": plain_text(season.impact.why)},
    }


def _plan_exercise(guide: Guide, e: Exercise) -> dict[str, Any]:
    rest = guide.data.rest[e.rest]
    return {
        "slug": e.slug,
        "name": e.name,
        "url": page_url(exercise_src(e.slug)),
        "category": e.category,
        "equipment": list(e.equipment),
        "level": e.level,
        "unilateral": e.unilateral,
        "primary_muscles": list(e.primary_muscles),
        "secondary_muscles": list(e.secondary_muscles),
        "dosing": {phase: {"sets": dose.sets, "per_set": dose_per_set(dose)} for phase, dose in e.dosing.items()},
        "rest": rest_label(rest),
        "easier": [x.slug for x in guide.easier(e.slug)],
        "harder": [x.slug for x in guide.harder(e.slug)],
    }


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
