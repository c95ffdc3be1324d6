"""Figures from the data for hand-written chapters, which write `{{ guide.rest.heavy }}` instead of typing numbers.

A fact that links to pages is a function of the page it is printed on: `{{ guide.muscle_table(here) }}`."""

from __future__ import annotations

from typing import Any

from generator.model import Guide
from generator.render.markup import md_prose, md_text
from generator.render.pages import chain_diagram
from generator.render.text import muscle_src, relative, rest_words
from generator.schema import WeeksRange


def chapter_facts(guide: Guide) -> dict[str, Any]:
    """Values a chapter prints with `{{ guide.... }}`. Chapters are rendered without escaping (generator.chapters), so
    every piece of data text here is already Markdown-safe; prose links are left as their words, since one fact
    serves many pages."""
    data = guide.data
    stages = "\n".join(
        f"{number}. **{md_text(stage.name)}.** {md_prose(stage.summary, guide, None)} "
        f"Move on when: {md_prose(stage.move_on_when, guide, None)}"
        for number, stage in enumerate(data.progression, start=1)
    )
    rules = data.log
    # Indented to sit inside the chapter's admonition, whose body is indented four spaces.
    comeback = "\n    ".join(
        f"- **{md_text(item.name)}:** {md_prose(item.advice, guide, None)}" for item in [*rules.comeback, rules.illness]
    )
    return {
        "comeback": comeback,
        "strength_days": {slug: f"{p.strength_days.min}-{p.strength_days.max}" for slug, p in data.phases.items()},
        "rest": {slug: rest_words(rest) for slug, rest in data.rest.items()},
        "progression": stages,
        "exercise_count": len(guide.exercises),
        "body_diagram": chain_diagram(guide),
        "muscle_table": lambda here: muscle_table(guide, here),
        "season": season_facts(guide),
    }


def season_facts(guide: Guide) -> dict[str, Any]:
    """The block the plan picker lays out: its stages as a Markdown table and the numbers that shape it."""
    season = guide.data.season

    def when(weeks: WeeksRange | None) -> str:
        if weeks is None:
            weeks_after = season.after_race.weeks
            return f"{weeks_after} week{'s' if weeks_after != 1 else ''} after the race"
        return "Race week" if weeks.max == 0 else f"{weeks.min}-{weeks.max} weeks before race week"

    def span(low: int, high: int) -> str:
        return str(low) if low == high else f"{low}-{high}"

    rows = [
        f"| {md_text(stage.name)} | {when(stage.weeks_to_race)} | {span(stage.strength_days.min, stage.strength_days.max)} "
        f"| {span(stage.reps_in_reserve.min, stage.reps_in_reserve.max)} | {f'{stage.sets_cut_percent}%' if stage.sets_cut_percent else 'none'} |"
        for stage in season.stages
    ]
    head = f"| Stage | When | Strength days a week | Effort ({md_text(season.effort.short)}) | Sets cut |"
    return {
        "stages": "\n".join([head, "| --- | --- | --- | --- | --- |", *rows]),
        "rolling_weeks": season.without_race.weeks,
        "deload_every": season.deload.every_weeks,
        "deload_cut": f"{season.deload.sets_cut_percent}%",
        "deload_effort": span(season.deload.reps_in_reserve.min, season.deload.reps_in_reserve.max),
        "last_strength_days": season.last_strength_days_before_race,
        "rung_every_weeks": season.rung_every_weeks,
        "rest_days_between": f"{season.strength.rest_days_between} day{'s' if season.strength.rest_days_between != 1 else ''}",
    }


def muscle_table(guide: Guide, here: str) -> str:
    """The guide's muscle groups as a Markdown table, each linked to its page, with what it does for a runner."""
    rows = [f"| [{md_text(m.name)}]({relative(here, muscle_src(m.slug))}) | {md_text(m.summary)} |" for m in guide.muscles.values()]
    return "\n".join(["| Group | What it does for a runner |", "| --- | --- |", *rows])
