"""Markup in the data is text: it shows literally on every page and in the picker, and never runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import make_tiny_site, mkdocs, serve

NAME = "<img src=x onerror=alert(1)>"
STEP = "</script><script>alert(2)</script>"
MUSCLE = "Calves <b onmouseover=alert(3)>&amp;</b>"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    mini = (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8")
    hostile = (
        mini.replace("name: Glute bridge\n", f"name: {json.dumps(NAME)}\n")
        .replace("steps: [Lie down., Bend knees.", f"steps: [{json.dumps(STEP)}, Bend knees.")
        .replace("name: Calves\n", f"name: {json.dumps(MUSCLE)}\n")
    )
    folder = tmp_path_factory.mktemp("hostile")
    result = mkdocs(make_tiny_site(folder, hostile), "build", "--strict")
    assert result.returncode == 0, result.stderr
    with serve(folder / "site") as url:
        yield url


PAGES = ["", "exercises/", "exercises/glute-bridge/", "exercises/calf-raise/", "anatomy/", "anatomy/calves/", "schedules/offseason/", "plan/"]


@pytest.mark.parametrize("path", PAGES)
def test_markup_in_the_data_never_runs(browser, hostile_site: str, path: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_site + path)
    page.hover("article h1")
    page.wait_for_timeout(200)
    assert dialogs == []
    assert page.locator("article img[src=x], article b[onmouseover]").count() == 0
    assert "alert(2)" not in " ".join(page.evaluate("() => [...document.scripts].filter(s => !s.type).map(s => s.textContent)"))
    context.close()


def test_markup_shows_as_text(browser, hostile_site: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(hostile_site + "exercises/glute-bridge/")
    assert page.locator("article h1").inner_text().removesuffix("¶") == NAME
    assert page.title().startswith(NAME)
    assert STEP in page.locator("#steps ~ ol").first.inner_text()
    page.goto(hostile_site + "anatomy/calves/")
    assert page.locator("article h1").inner_text().removesuffix("¶") == MUSCLE
    page.goto(hostile_site + "plan/?level=advanced&equipment=gym")
    page.wait_for_selector("[data-plan]")
    assert NAME in page.locator("[data-plan]").inner_text()
    context.close()
