"""The search index holds what a page is about, not what every exercise page repeats: a search for one exercise
lists its own page first, and the index grows with the guide's text, not with its boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from tests.conftest import ROOT, make_tiny_site, mkdocs


@pytest.fixture(scope="module")
def search_index(tmp_path_factory: pytest.TempPathFactory, mini_text_module: str) -> list[dict[str, str]]:
    folder = tmp_path_factory.mktemp("search")
    result = mkdocs(make_tiny_site(folder, mini_text_module), "build", "--strict")
    assert result.returncode == 0, result.stderr
    return json.loads((folder / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@pytest.fixture(scope="module")
def mini_text_module() -> str:
    return (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")


def page_text(index: list[dict[str, str]], location: str) -> str:
    return " ".join(doc["title"] + " " + doc["text"] for doc in index if doc["location"].split("#")[0] == location)


def test_an_exercise_page_is_indexed_by_its_own_text(search_index: list[dict[str, str]]) -> None:
    text = page_text(search_index, "exercises/single-leg-glute-bridge/")
    for own in ("Single-leg glute bridge", "One foot up.", "Level hips.", "Hips tilt.", "Balance."):
        assert own in text


def test_rest_rules_the_medical_note_and_other_exercises_names_stay_out(search_index: list[dict[str, str]]) -> None:
    text = page_text(search_index, "exercises/single-leg-glute-bridge/")
    # mini.yaml's heavy rest rule, the note every exercise page ends with, the ladder's other rung, the diagram.
    for repeated in ("Loaded sets.", "not medical advice", "Glute bridge ", "Calves (secondary)"):
        assert repeated not in text
    assert "Glute bridge" not in text.replace("Single-leg glute bridge", "")


def test_only_its_own_page_is_found_by_an_exercise_name_in_another_exercise(search_index: list[dict[str, str]]) -> None:
    found = sorted({doc["location"].split("#")[0] for doc in search_index if "box jump" in (doc["title"] + doc["text"]).lower()})
    # The box jump's own page, the index that lists it, its muscles' pages and the sample week that uses it.
    assert found == ["anatomy/calves/", "anatomy/glutes/", "exercises/", "exercises/box-jump/", "schedules/offseason/"]


@pytest.mark.parametrize("query", ["deadlift", "calf raise"])
def test_searching_the_guide_for_an_exercise_lists_its_pages_first(page, site_url: str, query: str) -> None:
    """Material's own search, in Chromium, over the real guide: the pages of the exercises whose names hold the
    words come before any chapter, index or plan that mentions them."""
    data = yaml.safe_load((ROOT / "exercises.yaml").read_text(encoding="utf-8"))
    named = {f"/exercises/{e['slug']}/" for e in data["exercises"] if all(word in e["name"].lower() for word in query.split())}
    assert named, f"no exercise in exercises.yaml is named with '{query}'"
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    results = page.locator(".md-search-result__item > a")
    expect(results.first).to_be_visible()
    paths = results.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert set(paths[: len(named)]) == named, paths[: len(named) + 3]
