"""The exercise index in Chromium: plain lists by type, ladder and muscle without JavaScript; filters that show
the matching exercises and keep their state in the address."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def exercises_by(real_site: Path, key: str, value: str) -> set[str]:
    api = json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8"))
    return {e["name"] for e in api if value in (e[key] if isinstance(e[key], list) else [e[key]])}


def matching_names(page) -> set[str]:
    return set(page.locator(".pcg-filters__matches li > a").all_inner_texts())


def test_filtering_by_muscle_shows_the_matches_and_updates_the_address(page, site_url: str, real_site: Path) -> None:
    page.goto(site_url + "exercises/")
    total = len(json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8")))
    assert page.locator(".pcg-filters__count").inner_text() == f"All {total} exercises, by type, ladder and muscle."
    assert page.locator("h2#types").is_visible()
    assert not page.locator(".pcg-filters__results").is_visible()

    page.select_option("select[name=muscle]", "calves")

    expected = exercises_by(real_site, "primary_muscles", "calves") | exercises_by(real_site, "secondary_muscles", "calves")
    assert matching_names(page) == expected
    assert page.url.endswith("/exercises/?muscle=calves")
    assert page.locator(".pcg-filters__count").inner_text() == f"{len(expected)} of {total} exercises match."
    # The lists by type, ladder and muscle give way to the matches, and come back with "Show all".
    assert not page.locator("h2#types").is_visible()
    page.get_by_role("button", name="Show all").click()
    page.wait_for_url("**/exercises/")
    assert page.locator("h2#types").is_visible()
    assert matching_names(page) == set()


def test_filters_are_read_from_the_address(page, site_url: str, real_site: Path) -> None:
    page.goto(site_url + "exercises/?category=plyometric&equipment=none")
    plyometric = exercises_by(real_site, "category", "plyometric")
    api = json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8"))
    no_kit = {e["name"] for e in api if not e["equipment"]}
    assert matching_names(page) == plyometric & no_kit
    assert page.locator("select[name=category]").input_value() == "plyometric"
    assert not page.locator(".pcg-filters__more").is_visible()


def test_without_javascript_the_index_lists_every_exercise_by_type_and_every_ladder(browser, site_url: str, real_site: Path) -> None:
    data = yaml.safe_load((ROOT / "exercises.yaml").read_text(encoding="utf-8"))
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "exercises/?muscle=calves")
    by_type = page.locator("h2#types ~ ul:not(h2#ladders ~ ul) li > a")
    assert sorted(by_type.all_inner_texts()) == sorted(e["name"] for e in data["exercises"])
    names = {e["slug"]: e["name"] for e in data["exercises"]}
    ladders = page.locator("h2#ladders + p + ul > li")
    assert ladders.count() == len(data["ladders"])
    for row, ladder in zip(ladders.all(), data["ladders"], strict=True):
        assert row.locator("a").all_inner_texts() == [names[step] for step in ladder["steps"]]
    assert page.locator("select").count() == 0
    context.close()
