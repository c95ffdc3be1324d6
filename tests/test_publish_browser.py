"""Drafts on paper, in Chromium: while site_url is a placeholder every printed page says so and the picker's calendar
carries the note; with a real address nothing says draft and the printed QR codes scan to that address."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import make_tiny_site, mkdocs, serve

pytestmark = pytest.mark.browser

REAL = "https://coaches.github.io/posterior-chain/"
DRAFT_CALENDAR = "Draft: the links in this calendar do not work yet (the guide's address is not set)."
PAGES = ["", "schedules/offseason/", "exercises/glute-bridge/", "plan/", "anatomy/glutes/"]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The tiny guide built for a real address, served on loopback."""
    folder = tmp_path_factory.mktemp("published")
    config = make_tiny_site(folder, (Path(__file__).parent / "data" / "mini.yaml").read_text(encoding="utf-8"))
    result = mkdocs(config, "build", "--strict", site_url=REAL)
    assert result.returncode == 0, result.stderr
    with serve(folder / "site") as url:
        yield url


def plan_calendar(page, url: str) -> list[str]:
    page.goto(url + "plan/")
    page.wait_for_selector("[data-plan]")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download calendar (.ics)").click()
    calendar = Calendar.from_ical(Path(download.value.path()).read_text(encoding="utf-8"))
    return [str(event.get("DESCRIPTION", "")) for event in calendar.walk("VEVENT")]


@pytest.mark.parametrize("path", PAGES)
def test_a_draft_page_says_draft_on_paper_only(page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    draft = page.locator("[data-draft]")
    assert draft.count() == 1 and draft.is_hidden()
    page.emulate_media(media="print")
    assert draft.is_visible()
    assert draft.inner_text() == "Draft: the links and QR codes on this sheet do not work yet."


def test_the_draft_line_heads_the_printed_sheet(page, site_url: str) -> None:
    page.goto(site_url + "schedules/offseason/")
    page.emulate_media(media="print")
    draft = page.locator("[data-draft]").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert draft is not None and heading is not None and draft["y"] < heading["y"]


def test_a_draft_plan_calendar_says_so_in_every_event(page, site_url: str) -> None:
    found = plan_calendar(page, site_url)
    assert found and all(text.splitlines()[0] == DRAFT_CALENDAR for text in found)


@pytest.mark.parametrize("path", PAGES)
def test_a_published_page_prints_no_draft_line(page, published: str, path: str) -> None:
    page.goto(published + path)
    page.emulate_media(media="print")
    assert page.locator("[data-draft]").count() == 0
    assert "Draft" not in page.locator("article").inner_text()


def test_a_published_plan_calendar_has_no_draft_note(page, published: str) -> None:
    found = plan_calendar(page, published)
    assert found and not any("Draft" in text for text in found)
    assert any(f"{REAL}exercises/" in text for text in found)


def test_printed_qr_codes_scan_to_the_real_address(page, published: str, tmp_path: Path) -> None:
    for tool in ("pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: apt-get install -y poppler-utils zbar-tools")
    page.goto(published + "schedules/offseason/")
    (tmp_path / "week.pdf").write_bytes(page.pdf(format="A4", print_background=True))
    subprocess.run(["pdftoppm", "-r", "300", "-png", "week.pdf", "sheet"], cwd=tmp_path, check=True)
    scan = subprocess.run(["zbarimg", "--quiet", "--raw", *sorted(p.name for p in tmp_path.glob("sheet*.png"))], cwd=tmp_path, capture_output=True, text=True)
    # The tiny guide's off-season week (tests/data/mini.yaml), written out by hand.
    assert set(scan.stdout.split()) == {f"{REAL}exercises/{slug}/" for slug in ("glute-bridge", "calf-raise", "box-jump", "single-leg-glute-bridge")}
