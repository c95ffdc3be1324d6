"""Render the guide's data pages as Markdown, keyed by their path in the docs folder. No MkDocs here."""

from __future__ import annotations

from markupsafe import Markup

from generator.model import Guide
from generator.render.diagram import Highlight, render_body_diagram
from generator.render.env import ENV
from generator.render.log_data import log_data
from generator.render.qr import qr_svg
from generator.render.text import (
    DAY_NAMES,
    absolute_url,
    dose_label,
    exercise_src,
    muscle_src,
    relative,
    rest_label,
    schedule_src,
)
from generator.schema import CATEGORIES, LEVELS, Exercise, Muscle, Schedule

def _link(from_src: str, to_src: str) -> Markup:
    """A link target between two pages; paths are built from slugs, which the schema keeps to [a-z0-9-]."""
    return Markup(relative(from_src, to_src))


ENV.globals.update(rel=_link, dose_label=dose_label, rest_label=rest_label, day_names=DAY_NAMES)

CATEGORY_NAMES = {"bodyweight": "Bodyweight", "weighted": "Weighted", "plyometric": "Plyometric and dynamic"}


def render_pages(guide: Guide, plan_data: dict[str, object], site_url: str) -> dict[str, str]:
    """Every generated page: {docs path: Markdown}."""
    pages = {
        "anatomy/index.md": _render(
            "anatomy_index.md.j2",
            "anatomy/index.md",
            guide,
            diagram=chain_diagram(guide),
        ),
        "exercises/index.md": render_exercise_index(guide),
        "schedules/index.md": _render("schedule_index.md.j2", "schedules/index.md", guide),
        "plan.md": _render("plan.md.j2", "plan.md", guide, plan_data=plan_data),
    }
    logged = log_data(guide)
    pages["session.md"] = _render("session.md.j2", "session.md", guide, log_data=logged)
    pages["log.md"] = _render("log.md.j2", "log.md", guide, log_data=logged)
    for muscle in guide.muscles.values():
        pages[muscle_src(muscle.slug)] = render_muscle_page(guide, muscle)
    for exercise in guide.exercises.values():
        pages[exercise_src(exercise.slug)] = render_exercise_page(guide, exercise)
    for schedule in guide.schedules.values():
        pages[schedule_src(schedule.slug)] = render_schedule_page(guide, schedule, site_url)
    return pages


def render_exercise_page(guide: Guide, exercise: Exercise) -> str:
    roles = {m: "primary" for m in exercise.primary_muscles} | {m: "secondary" for m in exercise.secondary_muscles}
    diagram = _diagram(guide, roles)
    return _render("exercise.md.j2", exercise_src(exercise.slug), guide, exercise=exercise, diagram=diagram)


def render_muscle_page(guide: Guide, muscle: Muscle) -> str:
    primary, secondary = guide.trained_by(muscle.slug)
    diagram = _diagram(guide, {muscle.slug: "primary"})
    return _render(
        "muscle.md.j2", muscle_src(muscle.slug), guide, muscle=muscle, primary=primary, secondary=secondary, diagram=diagram
    )


def render_schedule_page(guide: Guide, schedule: Schedule, site_url: str) -> str:
    codes = {
        item.exercise: qr_svg(absolute_url(site_url, exercise_src(item.exercise)), f"QR code: {guide.exercises[item.exercise].name}")
        for day in schedule.days
        if day.session
        for item in day.session.exercises
    }
    return _render(
        "schedule.md.j2",
        schedule_src(schedule.slug),
        guide,
        schedule=schedule,
        phase=guide.data.phases[schedule.phase],
        codes=codes,
        page_address=absolute_url(site_url, schedule_src(schedule.slug)),
    )


def render_exercise_index(guide: Guide) -> str:
    groups = [(CATEGORY_NAMES[c], [e for e in guide.exercises.values() if e.category == c]) for c in CATEGORIES]
    data = guide.data
    filter_data = {
        "labels": {"muscle": "Muscle", "equipment": "Equipment you have", "category": "Category", "level": "Level"},
        "muscles": [{"slug": m.slug, "name": m.name} for m in data.muscles],
        "equipment_sets": [{"slug": s, "name": kit.name, "items": kit.items} for s, kit in data.equipment_sets.items()],
        "categories": [{"slug": c, "name": CATEGORY_NAMES[c]} for c in CATEGORIES],
        "levels": [{"slug": s, "name": data.levels[s].name} for s in LEVELS],
    }
    return _render("exercise_index.md.j2", "exercises/index.md", guide, groups=[g for g in groups if g[1]], filter_data=filter_data)


def chain_diagram(guide: Guide) -> Markup:
    """The body diagram with every muscle of the chain highlighted."""
    return _diagram(guide, dict.fromkeys(guide.muscles, "primary"))


def _diagram(guide: Guide, roles: dict[str, str]) -> Markup:
    highlights = [Highlight(m.slug, m.name, roles.get(m.slug, "")) for m in guide.muscles.values()]
    return render_body_diagram(tuple(highlights))


def _render(template: str, here: str, guide: Guide, **context: object) -> str:
    return ENV.get_template(template).render(
        here=here,
        guide=guide,
        data=guide.data,
        exercise_src=exercise_src,
        muscle_src=muscle_src,
        schedule_src=schedule_src,
        category_names=CATEGORY_NAMES,
        **context,
    )
