"""The exercise index, by type, ladder and muscle, and the pages it splits into when the guide is large.

Up to `exercise_index.per_page` exercises, /exercises/ lists them all under their categories. Past that, each
category gets pages of its own (/exercises/types/<category>/, then .../2/, ...), each holding at most that
many, and the index keeps the overview: every category with its count, every ladder, every muscle. The filters
work from the data the index carries, so they reach every exercise whichever page lists it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Guide
from generator.render.text import exercise_src, page_url
from generator.schema import Exercise

INDEX = "exercises/index.md"
FILTER_LABELS = {"muscle": "Muscle", "equipment": "Equipment you have", "category": "Category", "level": "Level"}


@dataclass(frozen=True)
class TypePage:
    """One page of one category's exercises."""

    category: str
    number: int  # from 1
    of: int
    exercises: list[Exercise]

    @property
    def src(self) -> str:
        return type_page_src(self.category, self.number)


def type_page_src(category: str, number: int) -> str:
    folder = f"exercises/types/{category}"
    return f"{folder}/index.md" if number == 1 else f"{folder}/{number}.md"


def by_category(guide: Guide) -> dict[str, list[Exercise]]:
    """{category: its exercises in data order}, every category in the data's order, even one with none yet."""
    groups: dict[str, list[Exercise]] = {slug: [] for slug in guide.data.categories}
    for exercise in guide.exercises.values():
        groups[exercise.category].append(exercise)
    return groups


def is_split(guide: Guide) -> bool:
    return len(guide.exercises) > guide.data.exercise_index.per_page


def type_pages(guide: Guide) -> list[TypePage]:
    """The category pages a large guide needs; none while one page holds every exercise."""
    if not is_split(guide):
        return []
    size = guide.data.exercise_index.per_page
    pages = []
    for category, exercises in by_category(guide).items():
        chunks = [exercises[start : start + size] for start in range(0, len(exercises), size)]
        pages += [TypePage(category, number, len(chunks), chunk) for number, chunk in enumerate(chunks, 1)]
    return pages


def filter_data(guide: Guide) -> dict[str, object]:
    """What the index's filters need: the choices, and every exercise with the fields they match on."""
    data = guide.data
    return {
        "labels": FILTER_LABELS,
        "per_page": data.exercise_index.per_page,
        "muscles": [{"slug": m.slug, "name": m.name} for m in data.muscles],
        "equipment_sets": [{"slug": s, "name": kit.name, "items": kit.items} for s, kit in data.equipment_sets.items()],
        "categories": [{"slug": slug, "name": category.name} for slug, category in data.categories.items()],
        "levels": [{"slug": slug, "name": level.name} for slug, level in data.levels.items()],
        "exercises": [
            {
                "name": e.name,
                "url": page_url(exercise_src(e.slug)),
                "muscles": [*e.primary_muscles, *e.secondary_muscles],
                "equipment": e.equipment,
                "category": e.category,
                "level": e.level,
            }
            for e in guide.exercises.values()
        ],
    }


def muscle_counts(guide: Guide) -> list[tuple[str, str, int, int]]:
    """(slug, name, exercises that train it as a main mover, as a helper) for each muscle group."""
    counts = []
    for muscle in guide.muscles.values():
        primary, secondary = guide.trained_by(muscle.slug)
        counts.append((muscle.slug, muscle.name, len(primary), len(secondary)))
    return counts
