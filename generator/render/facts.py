"""Figures from the data for hand-written chapters, which write `{{ guide.rest.heavy }}` instead of typing numbers."""

from __future__ import annotations

from typing import Any

from generator.model import Guide
from generator.render.pages import chain_diagram
from generator.render.text import rest_words


def chapter_facts(guide: Guide) -> dict[str, Any]:
    data = guide.data
    stages = "\n".join(
        f"{number}. **{stage.name}.** {stage.summary} Move on when: {stage.move_on_when[0].lower()}{stage.move_on_when[1:]}"
        for number, stage in enumerate(data.progression, start=1)
    )
    return {
        "strength_days": {slug: f"{p.strength_days.min}-{p.strength_days.max}" for slug, p in data.phases.items()},
        "rest": {slug: rest_words(rest) for slug, rest in data.rest.items()},
        "progression": stages,
        "exercise_count": len(guide.exercises),
        "body_diagram": chain_diagram(guide),
    }
