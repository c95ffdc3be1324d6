"""The guide without a signal: after one visit every page works offline, a new build waits behind an "update
ready" notice instead of mixing with the old one, and the home-screen manifest names icons that exist."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import ROOT, mkdocs, serve

pytestmark = [pytest.mark.browser, pytest.mark.build]


def build_copy(folder: Path, site_url: str | None = None) -> Path:
    """The real guide's sources in `folder`, built (for `site_url` if given); returns mkdocs.yml."""
    for name in ("mkdocs.yml", "exercises.yaml"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "content", folder / "content")
    shutil.copytree(ROOT / "site_overrides", folder / "site_overrides")
    result = mkdocs(folder / "mkdocs.yml", "build", "--strict", site_url=site_url)
    assert result.returncode == 0, result.stderr
    return folder / "mkdocs.yml"


def wait_until_offline_ready(page) -> None:
    """Until the service worker controls the page, which it does once its whole cache is written."""
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=20_000)


@pytest.fixture
def visitor(browser):
    context = browser.new_context(viewport={"width": 360, "height": 780})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield context, page
    context.close()
    assert errors == []


def test_after_one_visit_pages_never_opened_work_in_airplane_mode(visitor, tmp_path: Path) -> None:
    context, page = visitor
    (tmp_path / "site").mkdir()
    with serve(tmp_path / "site") as url:
        # Material's instant navigation only takes over links within its site_url.
        build_copy(tmp_path, site_url=url)
        page.goto(url)
        wait_until_offline_ready(page)
    # The server is gone and the browser is offline.
    context.set_offline(True)
    page.goto(f"{url}exercises/deadlift/")
    expect(page.locator("article h1")).to_contain_text("Deadlift")
    page.goto(f"{url}session/?week=offseason&day=thu")
    expect(page.locator("[data-set]").first).to_be_visible()
    page.goto(f"{url}plan/")
    expect(page.locator("[data-plan]")).to_be_visible()
    page.goto(f"{url}log/")
    expect(page.locator("[data-export=csv]")).to_be_visible()
    calendar = page.evaluate("fetch('../schedules/offseason.ics').then((r) => r.text())")
    assert calendar.startswith("BEGIN:VCALENDAR")
    # Material's instant navigation fetches the next page itself; it comes from the cache too.
    page.goto(f"{url}consistency/")
    page.evaluate("window.pcgSamePage = true")
    page.locator("article").get_by_role("link", name="training log").click()
    expect(page.locator("article h1")).to_contain_text("Training log")
    assert page.evaluate("window.pcgSamePage === true"), "the page was reloaded instead of swapped"


def test_a_new_build_waits_behind_an_update_notice(visitor, tmp_path: Path) -> None:
    context, page = visitor
    config = build_copy(tmp_path)
    with serve(tmp_path / "site") as url:
        page.goto(f"{url}benefits/")
        wait_until_offline_ready(page)
        assert page.locator("[data-pcg-update]").count() == 0
        chapter = tmp_path / "content" / "benefits.md"
        chapter.write_text(chapter.read_text(encoding="utf-8") + "\nA sentence added in the new build.\n", encoding="utf-8")
        result = mkdocs(config, "build", "--strict")
        assert result.returncode == 0, result.stderr

        page.reload()
        notice = page.locator("[data-pcg-update]")
        expect(notice).to_contain_text("A new version of the guide is ready.", timeout=20_000)
        # Until the reader says so, every page is still the old build.
        assert "A sentence added in the new build." not in page.locator("article").inner_text()
        page.goto(f"{url}benefits/")
        assert "A sentence added in the new build." not in page.locator("article").inner_text()
        expect(notice).to_be_visible()
        notice.get_by_role("button", name="Reload to update").click()
        expect(page.locator("article")).to_contain_text("A sentence added in the new build.", timeout=20_000)
        versions = page.evaluate("caches.keys()")
    assert len([v for v in versions if v.startswith("pcg-offline-")]) == 1, versions


def test_the_manifest_names_icons_that_exist(real_site: Path) -> None:
    manifest = json.loads((real_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["display"] == "standalone" and manifest["start_url"] == "./"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        data = (real_site / icon["src"]).read_bytes()
        if icon["type"] == "image/png":
            width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
            assert data[:8] == b"\x89PNG\r\n\x1a\n" and f"{width}x{height}" == icon["sizes"]
    assert '<link rel="manifest" href="manifest.webmanifest">' in (real_site / "index.html").read_text(encoding="utf-8")
