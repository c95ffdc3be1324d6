"""The exercise index as Markdown, from the tiny guide in memory: what one list holds, when the guide is split into
category pages and how, and the data the filters read. Expectations are written by hand from tests/data/mini.yaml:
glute bridge, single-leg glute bridge and calf raise are bodyweight, box jump is plyometric, nothing is weighted;
the bridge ladder climbs from the glute bridge to the single-leg one."""

from __future__ import annotations

import json
import re

import pytest

from generator.load import load_guide_text
from generator.render.exercise_index import filter_data, muscle_counts, type_pages
from generator.render.pages import render_exercise_index, render_muscle_page


def guide_with(mini_text: str, per_page: int):
    return load_guide_text(mini_text.replace("exercise_index: {per_page: 40}", f"exercise_index: {{per_page: {per_page}}}"))


def test_a_guide_within_one_page_lists_every_exercise_under_its_type(mini_text: str) -> None:
    pages = render_exercise_index(guide_with(mini_text, 4))
    assert list(pages) == ["exercises/index.md"]
    index = pages["exercises/index.md"]
    assert "4 exercises for the glutes and calves." in index
    bodyweight = index[index.index("### Bodyweight { #bodyweight }") : index.index("### Weighted")]
    assert re.findall(r"^- \[([^]]+)\]\(([^)]+)\)", bodyweight, re.M) == [
        ("Glute bridge", "glute-bridge.md"),
        ("Single-leg glute bridge", "single-leg-glute-bridge.md"),
        ("Calf raise", "calf-raise.md"),
    ]
    assert "### Weighted { #weighted }\n\nAdded load.\n\nThe guide has no exercises of this type yet." in index
    assert "- [Box jump](box-jump.md): Jump up." in index
    assert "- **Bridge ladder:** [Glute bridge](glute-bridge.md) → [Single-leg glute bridge](single-leg-glute-bridge.md)\n" in index
    assert "- [Glutes](../anatomy/glutes.md#exercises): 3 exercises as a main mover.\n" in index
    assert "- [Calves](../anatomy/calves.md#exercises): 2 exercises as a main mover, 1 as a helper.\n" in index
    assert "types/" not in index


def test_a_larger_guide_gets_category_pages_of_at_most_per_page(mini_text: str) -> None:
    guide = guide_with(mini_text, 2)
    split = [(p.src, p.number, p.of, [e.slug for e in p.exercises]) for p in type_pages(guide)]
    assert split == [
        ("exercises/types/bodyweight/index.md", 1, 2, ["glute-bridge", "single-leg-glute-bridge"]),
        ("exercises/types/bodyweight/2.md", 2, 2, ["calf-raise"]),
        ("exercises/types/plyometric/index.md", 1, 1, ["box-jump"]),
    ]
    pages = render_exercise_index(guide)
    assert sorted(pages) == sorted(["exercises/index.md", *(src for src, *_ in split)])
    index = pages["exercises/index.md"]
    assert "3 exercises on 2 pages: [list the bodyweight exercises](types/bodyweight/index.md)." in index
    assert "1 exercises: [list the plyometric and dynamic exercises](types/plyometric/index.md)." in index
    assert "- [Glute bridge](glute-bridge.md): " not in index

    second = pages["exercises/types/bodyweight/2.md"]
    assert second.startswith('---\ntitle: "Bodyweight exercises, page 2"\n')
    assert "# Bodyweight exercises, page 2 of 2\n" in second
    assert "- [Calf raise](../../calf-raise.md): Heels up." in second
    assert "[All exercises](../../index.md)" in second
    assert "[1](index.md)\n[2](2.md){ aria-current=\"page\" }\n" in second
    single = pages["exercises/types/plyometric/index.md"]
    assert "# Plyometric and dynamic exercises\n" in single
    assert "pcg-pager" not in single


def test_a_muscle_page_lists_its_exercises_until_they_outgrow_a_page(mini_text: str) -> None:
    guide = guide_with(mini_text, 2)
    glutes = render_muscle_page(guide, guide.muscles["glutes"])
    assert "3 exercises train the glutes as a main mover and 0 as a helper." in glutes
    assert "[Filter the exercise index by glutes](../exercises/index.md?muscle=glutes)" in glutes
    assert "](../exercises/glute-bridge.md)" not in glutes
    guide = guide_with(mini_text, 3)
    glutes = render_muscle_page(guide, guide.muscles["glutes"])
    assert "- [Glute bridge](../exercises/glute-bridge.md): bodyweight, beginner" in glutes
    assert "?muscle=" not in glutes


def test_the_filters_read_every_exercise_from_the_page(mini_text: str) -> None:
    data = filter_data(guide_with(mini_text, 2))
    assert data["per_page"] == 2
    assert [e["name"] for e in data["exercises"]] == ["Glute bridge", "Single-leg glute bridge", "Calf raise", "Box jump"]
    assert data["exercises"][0] == {
        "name": "Glute bridge",
        "url": "exercises/glute-bridge/",
        "muscles": ["glutes", "calves"],
        "equipment": [],
        "category": "bodyweight",
        "level": "beginner",
    }
    assert data["categories"] == [
        {"slug": "bodyweight", "name": "Bodyweight"},
        {"slug": "weighted", "name": "Weighted"},
        {"slug": "plyometric", "name": "Plyometric and dynamic"},
    ]
    assert data["muscles"] == [{"slug": "glutes", "name": "Glutes"}, {"slug": "calves", "name": "Calves"}]
    assert data["equipment_sets"] == [
        {"slug": "none", "name": "No equipment", "items": []},
        {"slug": "gym", "name": "Gym", "items": ["box"]},
    ]
    assert data["levels"] == [
        {"slug": "beginner", "name": "Beginner"},
        {"slug": "intermediate", "name": "Intermediate"},
        {"slug": "advanced", "name": "Advanced"},
    ]
    # exercise-filter.js labels each filter by these keys.
    assert data["labels"] == {"muscle": "Muscle", "equipment": "Equipment you have", "category": "Category", "level": "Level"}
    # The same data reaches the page, inert inside a template element.
    index = render_exercise_index(guide_with(mini_text, 2))["exercises/index.md"]
    carried = index.split('<template id="pcg-filter-data">')[1].split("</template>")[0]
    assert json.loads(carried.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&").replace("\\u0027", "'")) == data


@pytest.mark.parametrize(("per_page", "pages"), [(4, 0), (3, 2), (1, 4)])
def test_the_split_depends_on_the_total_not_on_one_category(mini_text: str, per_page: int, pages: int) -> None:
    # per_page below the schema's floor of 2 is only reachable here, by editing after validation.
    guide = guide_with(mini_text, max(per_page, 2))
    if per_page == 1:
        guide = type(guide).from_data(guide.data.model_copy(update={"exercise_index": guide.data.exercise_index.model_copy(update={"per_page": 1})}))
    assert len(type_pages(guide)) == pages


def test_muscle_counts_name_each_group_with_its_movers_and_helpers(mini_text: str) -> None:
    assert muscle_counts(guide_with(mini_text, 2)) == [("glutes", "Glutes", 3, 0), ("calves", "Calves", 2, 1)]
