"""The exercise index in Chromium: a plain list without JavaScript, filters that keep their state in the address."""

from __future__ import annotations

import json
from pathlib import Path


def exercises_by(real_site: Path, key: str, value: str) -> set[str]:
    api = json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8"))
    return {e["name"] for e in api if value in (e[key] if isinstance(e[key], list) else [e[key]])}


def visible_names(page) -> set[str]:
    return set(page.locator("article li:visible > a[data-category]").all_inner_texts())


def test_filtering_by_muscle_updates_the_list_and_the_address(page, site_url: str, real_site: Path) -> None:
    page.goto(site_url + "exercises/")
    total = len(json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8")))
    assert len(visible_names(page)) == total

    page.select_option("select[name=muscle]", "calves")

    expected = exercises_by(real_site, "primary_muscles", "calves") | exercises_by(real_site, "secondary_muscles", "calves")
    assert visible_names(page) == expected
    assert page.url.endswith("/exercises/?muscle=calves")
    assert page.locator(".pcg-filters__count").inner_text() == f"Showing {len(expected)} of {total} exercises."


def test_filters_are_read_from_the_address(page, site_url: str, real_site: Path) -> None:
    page.goto(site_url + "exercises/?category=plyometric&equipment=none")
    plyometric = exercises_by(real_site, "category", "plyometric")
    api = json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8"))
    no_kit = {e["name"] for e in api if not e["equipment"]}
    assert visible_names(page) == plyometric & no_kit
    assert page.locator("select[name=category]").input_value() == "plyometric"
    # A category heading with nothing left under it is hidden too.
    assert not page.locator("h2#bodyweight").is_visible()


def test_without_javascript_the_index_is_a_plain_complete_list(browser, site_url: str, real_site: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "exercises/?muscle=calves")
    total = len(json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8")))
    assert page.locator("article li > a[data-category]").count() == total
    assert page.locator("select").count() == 0
    context.close()
