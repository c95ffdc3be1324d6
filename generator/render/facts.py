"""Figures from the data for hand-written chapters, which write `{{ guide.rest.heavy }}` instead of typing numbers."""

from __future__ import annotations

from typing import Any

from generator.model import Guide
from generator.render.markup import md_prose, md_text
from generator.render.pages import chain_diagram
from generator.render.text import rest_words


def chapter_facts(guide: Guide) -> dict[str, Any]:
    """Values a chapter prints with `{{ guide.... }}`. mkdocs-macros does not escape, so every piece of data text
    here is already Markdown-safe; prose links are left as their words, since one fact serves many pages."""
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
    }
