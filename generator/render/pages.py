"""Render the guide's data pages as Markdown, keyed by their path in the docs folder. No MkDocs here."""

from __future__ import annotations

from markupsafe import Markup

from generator.model import Guide
from generator.render.diagram import Highlight, render_body_diagram
from generator.render.env import ENV
from generator.render.exercise_index import INDEX, by_category, filter_data, muscle_counts, type_pages
from generator.render.figure import draw_movement
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
from generator.schema import ROLES, Exercise, Muscle, Schedule, SeasonStage

VIEWS = "Front and back views of a runner"
# The button that replays an exercise's movement drawing, one per page. SMIL would read a hyphen in the id as a
# time offset, so the id has none.
PLAY_ID = "pcg_move_play"

def _link(from_src: str, to_src: str) -> Markup:
    """A link target between two pages; paths are built from slugs, which the schema keeps to [a-z0-9-]."""
    return Markup(relative(from_src, to_src))


ENV.globals.update(rel=_link, dose_label=dose_label, rest_label=rest_label, day_names=DAY_NAMES)

def category_names(guide: Guide) -> dict[str, str]:
    return {slug: category.name for slug, category in guide.data.categories.items()}


def render_pages(guide: Guide, plan_data: dict[str, object], site_url: str) -> dict[str, str]:
    """Every generated page: {docs path: Markdown}."""
    pages = {
        "anatomy/index.md": _render(
            "anatomy_index.md.j2",
            "anatomy/index.md",
            guide,
            diagram=chain_diagram(guide),
        ),
        **render_exercise_index(guide),
        "schedules/index.md": _render("schedule_index.md.j2", "schedules/index.md", guide),
        "plan.md": _render("plan.md.j2", "plan.md", guide, plan_data=plan_data, **_plan_words(guide)),
    }
    logged = log_data(guide)
    pages["session.md"] = _render("session.md.j2", "session.md", guide, log_data=logged)
    pages["log.md"] = _render("log.md.j2", "log.md", guide, log_data=logged)
    if guide.data.glossary:
        pages["glossary.md"] = _render("glossary.md.j2", "glossary.md", guide)
    for muscle in guide.muscles.values():
        pages[muscle_src(muscle.slug)] = render_muscle_page(guide, muscle)
    for exercise in guide.exercises.values():
        pages[exercise_src(exercise.slug)] = render_exercise_page(guide, exercise)
    for schedule in guide.schedules.values():
        pages[schedule_src(schedule.slug)] = render_schedule_page(guide, schedule, site_url)
    return pages


RUN_WORDS = {"easy": "easy run", "hard": "key run", "long": "long run"}


def _plan_words(guide: Guide) -> dict[str, object]:
    """What the plan page says about the season's rules, in words built from the data."""
    season = guide.data.season

    def either(words: list[str], joiner: str = " or ") -> str:
        return joiner.join([", ".join(words[:-1]), words[-1]] if len(words) > 1 else words)

    def stage_weeks(stage: SeasonStage) -> str:
        if stage.weeks_to_race is None:
            return "after the race"
        low, high = stage.weeks_to_race.min, stage.weeks_to_race.max
        return "race week" if high == 0 else f"{low}-{high} weeks before race week"

    names = category_names(guide)
    impact = [f"{names[c].lower()} exercises" for c in season.impact.categories] + [guide.exercises[e].name for e in season.impact.exercises]
    return {
        "season": season,
        "effort_entry": next(entry for entry in guide.data.glossary if entry.slug == season.effort.glossary),
        "stages": {stage.slug: stage for stage in season.stages},
        "stage_weeks": stage_weeks,
        "run_words": lambda runs: either([RUN_WORDS[r] for r in runs]),
        "category_words": lambda categories: either([names[c].lower() for c in categories], " and "),
        "span": lambda r: str(r.min) if r.min == r.max else f"{r.min}-{r.max}",
        "impact_words": either(impact, " and "),
    }


def render_exercise_page(guide: Guide, exercise: Exercise) -> str:
    roles = {m: role for role in ROLES for m in getattr(exercise.works, role)}
    worked = "; ".join(
        f"{guide.data.roles[role].name}: {', '.join(guide.drawn[m].name for m in getattr(exercise.works, role))}"
        for role in ROLES
        if getattr(exercise.works, role)
    )
    diagram = _diagram(guide, roles, f"{VIEWS}. {worked}")
    drawing = draw_movement(exercise.movement, PLAY_ID)
    return _render(
        "exercise.md.j2", exercise_src(exercise.slug), guide, exercise=exercise, diagram=diagram, drawing=drawing, play_id=PLAY_ID, roles=ROLES
    )


def render_muscle_page(guide: Guide, muscle: Muscle) -> str:
    primary, secondary = guide.trained_by(muscle.slug)
    diagram = _diagram(guide, {muscle.slug: "target"}, f"{VIEWS}, highlighting {muscle.name}")
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


def render_exercise_index(guide: Guide) -> dict[str, str]:
    """The index and, for a large guide, each category's pages: {docs path: Markdown}."""
    pages = type_pages(guide)
    rendered = {
        INDEX: _render(
            "exercise_index.md.j2", INDEX, guide, groups=by_category(guide), pages=pages, filter_data=filter_data(guide), muscles=muscle_counts(guide)
        )
    }
    for page in pages:
        siblings = [other for other in pages if other.category == page.category]
        rendered[page.src] = _render("exercise_type.md.j2", page.src, guide, category=guide.data.categories[page.category], page=page, siblings=siblings)
    return rendered


def chain_diagram(guide: Guide) -> Markup:
    """The body diagram with every muscle of the chain highlighted."""
    names = [m.name for m in guide.muscles.values()]
    return _diagram(guide, dict.fromkeys(guide.muscles, "target"), f"{VIEWS}, highlighting {', '.join(names)}")


def _diagram(guide: Guide, roles: dict[str, str], label: str) -> Markup:
    """Only highlighted muscles are drawn, so the label, which names them, says everything the picture shows."""
    highlights = [Highlight.of(m.slug, m.name, roles[m.slug], m.drawing) for m in guide.drawn.values() if m.slug in roles]
    return render_body_diagram(tuple(highlights), label)


def _render(template: str, here: str, guide: Guide, **context: object) -> str:
    return ENV.get_template(template).render(
        here=here,
        guide=guide,
        data=guide.data,
        exercise_src=exercise_src,
        muscle_src=muscle_src,
        schedule_src=schedule_src,
        category_names=category_names(guide),
        **context,
    )
