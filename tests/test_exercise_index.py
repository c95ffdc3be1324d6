"""The exercise index of a guide too large for one list: category pages of at most `per_page` exercises, an
index that keeps the overview, muscle pages that point to the filtered index, and filters that still reach every
exercise. A tiny guide stands in for a large one by setting `per_page` low; every expectation is read from its
data with PyYAML and from the built pages with html.parser."""

from __future__ import annotations

import math
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from tests.conftest import make_tiny_site, mkdocs, serve
from tests.test_quality import PHONE, describe_violations, run_axe

PER_PAGE = 2
EXERCISE_PAGE = re.compile(r"/exercises/([a-z0-9-]+)/")


class Links(HTMLParser):
    """The links in a page's article, with their text and attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict[str, str]] = []
        self._in_article = 0
        self._open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._in_article += 1
        if tag == "a" and self._in_article:
            self._open = {name: value or "" for name, value in attrs} | {"text": ""}

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open is not None:
            self.links.append(self._open)
            self._open = None
        if tag == "article":
            self._in_article -= 1


def links(site: Path, url: str) -> list[dict[str, str]]:
    """The article's links on the page at /url, each with "to": its target as a path from the site root."""
    parser = Links()
    parser.feed((site / url / "index.html").read_text(encoding="utf-8"))
    return [link | {"to": urljoin("/" + url, link["href"])} for link in parser.links]


def exercises_linked(site: Path, url: str) -> list[str]:
    """Slugs of the exercise pages the page at /url links to, in order."""
    return [m[1] for link in links(site, url) if (m := EXERCISE_PAGE.fullmatch(link["to"]))]


@pytest.fixture(scope="module")
def data(large_text: str) -> dict:
    return yaml.safe_load(large_text)


@pytest.fixture(scope="module")
def large_text() -> str:
    text = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
    return text.replace("exercise_index: {per_page: 40}", f"exercise_index: {{per_page: {PER_PAGE}}}")


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory, large_text: str) -> Path:
    assert f"per_page: {PER_PAGE}" in large_text, "mini.yaml's exercise_index line changed"
    folder = tmp_path_factory.mktemp("large")
    result = mkdocs(make_tiny_site(folder, large_text), "build", "--strict")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def by_category(data: dict) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {slug: [] for slug in data["categories"]}
    for exercise in data["exercises"]:
        groups[exercise["category"]].append(exercise["slug"])
    return {slug: exercises for slug, exercises in groups.items() if exercises}


pytestmark = pytest.mark.build


def test_each_category_is_listed_on_pages_of_at_most_per_page(large_site: Path, data: dict) -> None:
    for category, slugs in by_category(data).items():
        pages = math.ceil(len(slugs) / PER_PAGE)
        listed = []
        for number in range(1, pages + 1):
            on_page = exercises_linked(large_site, f"exercises/types/{category}/" + (f"{number}/" if number > 1 else ""))
            assert 1 <= len(on_page) <= PER_PAGE, (category, number, on_page)
            listed += on_page
        assert listed == slugs, f"{category}: every exercise once, in the data's order"
        assert not (large_site / "exercises" / "types" / category / str(pages + 1)).exists()


def test_the_pager_marks_the_current_page_and_links_the_others(large_site: Path, data: dict) -> None:
    category, slugs = max(by_category(data).items(), key=lambda item: len(item[1]))
    pages = math.ceil(len(slugs) / PER_PAGE)
    assert pages >= 2, "mini.yaml needs a category with more exercises than PER_PAGE"
    pager = [link for link in links(large_site, f"exercises/types/{category}/2/") if link["text"].strip().isdigit()]
    first = f"/exercises/types/{category}/"
    assert [(link["text"].strip(), link["to"]) for link in pager] == [("1", first), *((str(n), f"{first}{n}/") for n in range(2, pages + 1))]
    assert [link["text"].strip() for link in pager if link.get("aria-current") == "page"] == ["2"]


def test_the_index_keeps_the_overview_and_links_each_category_page(large_site: Path, data: dict) -> None:
    targets = [link["to"] for link in links(large_site, "exercises/")]
    for category in data["categories"]:
        listed = category in by_category(data)
        assert (f"/exercises/types/{category}/" in targets) == listed
        assert (large_site / "exercises" / "types" / category).exists() == listed
    assert set(data["categories"]) - set(by_category(data)), "mini.yaml needs a category with no exercises"
    # The lists by type moved to the category pages; the index links exercises only along the ladders.
    assert set(exercises_linked(large_site, "exercises/")) == {step for ladder in data["ladders"] for step in ladder["steps"]}
    for muscle in data["muscles"]:
        assert f"/anatomy/{muscle['slug']}/#exercises" in targets


def test_a_muscle_page_with_more_exercises_than_a_page_points_to_the_filtered_index(large_site: Path, data: dict) -> None:
    shown = 0
    for muscle in data["muscles"]:
        trained = [e["slug"] for e in data["exercises"] if muscle["slug"] in e["primary_muscles"] + e.get("secondary_muscles", [])]
        url = f"anatomy/{muscle['slug']}/"
        targets = [link["to"] for link in links(large_site, url)]
        if len(trained) > PER_PAGE:
            shown += 1
            assert f"/exercises/?muscle={muscle['slug']}" in targets
            assert exercises_linked(large_site, url) == []
        else:
            assert set(exercises_linked(large_site, url)) == set(trained)
    assert shown, "mini.yaml needs a muscle trained by more exercises than PER_PAGE"


@pytest.mark.browser
def test_filters_reach_exercises_listed_on_other_pages_a_page_at_a_time(large_site: Path, data: dict, browser) -> None:
    bodyweight = [e["slug"] for e in data["exercises"] if e["category"] == "bodyweight"]
    assert len(bodyweight) > PER_PAGE
    with serve(large_site) as url:
        page = browser.new_page()
        page.goto(url + "exercises/?category=bodyweight")
        matches = page.locator(".pcg-filters__matches a")
        assert matches.count() == PER_PAGE
        assert page.locator(".pcg-filters__count").inner_text() == f"{len(bodyweight)} of {len(data['exercises'])} exercises match."
        assert not page.locator("#types").is_visible()
        more = page.locator(".pcg-filters__more")
        while more.is_visible():
            shown = matches.count()
            more.click()
            # The first of the new matches takes the focus, so a keyboard user carries on from there.
            assert page.evaluate(f"document.activeElement === document.querySelectorAll('.pcg-filters__matches a')[{shown}]")
        hrefs = matches.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
        assert hrefs == [f"/exercises/{slug}/" for slug in bodyweight]
        matches.first.click()
        page.wait_for_url(f"{url}exercises/{bodyweight[0]}/")
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", ["exercises/types/bodyweight/2/", "exercises/?category=bodyweight"])
def test_category_pages_and_matches_pass_axe_on_a_phone(large_site: Path, browser, path: str) -> None:
    with serve(large_site) as url:
        page = browser.new_page(viewport=PHONE)
        page.goto(url + path)
        found = {"360 px": run_axe(page)}
        assert not found["360 px"], describe_violations(found)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.close()
