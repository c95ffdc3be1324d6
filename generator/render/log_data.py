"""The data the session view and the training log read in the browser: doses as numbers, rest in seconds, the
sample weeks' sessions, ladders and the consistency chapter's milestones and comeback advice."""

from __future__ import annotations

from typing import Any

from generator.model import Guide
from generator.render.markup import plain_text
from generator.render.text import DAY_NAMES, dose_label, exercise_src, page_url, rest_label, schedule_src
from generator.schema import Dose, Milestone

# What the "reps" input holds for each kind of dose, and the words the page uses for it.
UNITS = {"reps": "reps", "seconds": "seconds", "contacts": "contacts", "metres": "metres"}


def dose_data(dose: Dose) -> dict[str, Any]:
    unit = next(name for name in UNITS if getattr(dose, name) is not None)
    return {"sets": dose.sets, "amount": getattr(dose, unit), "unit": unit, "per_side": dose.per_side, "label": dose_label(dose)}


def log_data(guide: Guide) -> dict[str, Any]:
    """Everything /session/ and /log/ need; URLs are relative to the site root."""
    data = guide.data
    rules = data.log
    sessions = {}
    for schedule in guide.schedules.values():
        planned = sum(1 for day in schedule.days if day.session)
        for day in schedule.days:
            if day.session is None:
                continue
            sessions[f"{schedule.slug}/{day.day}"] = {
                "title": f"{schedule.title}, {DAY_NAMES[day.day]}: {day.session.title}",
                "url": f"{page_url(schedule_src(schedule.slug))}#{day.day}",
                "phase": schedule.phase,
                "planned": planned,
                "exercises": [
                    {"exercise": item.exercise, "dose": dose_data(guide.dose(guide.exercises[item.exercise], schedule.phase, item.dose))}
                    for item in day.session.exercises
                ],
            }
    return {
        "phases": {slug: phase.name for slug, phase in data.phases.items()},
        "default_phase": data.picker.defaults.phase,
        # A plan's week names its stage; the stage gives the phase whose doses apply and the share of sets to cut.
        "stages": {s.slug: {"name": s.name, "phase": s.phase, "sets_cut_percent": s.sets_cut_percent} for s in data.season.stages},
        "deload_sets_cut_percent": data.season.deload.sets_cut_percent,
        "exercises": {
            e.slug: {
                "name": e.name,
                "url": page_url(exercise_src(e.slug)),
                "rest": {"min": data.rest[e.rest].min_seconds, "max": data.rest[e.rest].max_seconds, "label": rest_label(data.rest[e.rest])},
                "dosing": {phase: dose_data(dose) for phase, dose in e.dosing.items()},
            }
            for e in guide.exercises.values()
        },
        "sessions": sessions,
        "ladders": [{"slug": ladder.slug, "name": ladder.name, "steps": list(ladder.steps)} for ladder in data.ladders],
        "milestones": {
            "first_session": _said(rules.milestones.first_session),
            "streaks": [{"weeks": m.weeks, **_said(m)} for m in rules.milestones.streaks],
            "ladder_rung": _said(rules.milestones.ladder_rung),
            "personal_best": _said(rules.milestones.personal_best),
        },
        "comeback": [{"after_weeks": c.after_weeks, "name": c.name, "advice": plain_text(c.advice)} for c in rules.comeback],
        "illness": {"name": rules.illness.name, "advice": plain_text(rules.illness.advice)},
    }


def _said(milestone: Milestone) -> dict[str, str]:
    return {"name": milestone.name, "says": plain_text(milestone.says)}
