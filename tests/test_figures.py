"""The real guide's exercise pages, read back with an HTML parser: one movement figure per page with a drawing per key
position and a text alternative, the muscles marked by role, and a body diagram whose label names what it highlights.
In Chromium: the animation stops for readers who ask for reduced motion, and print shows the still positions."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.load import load_guide
from generator.model import Guide
from generator.schema import ROLES
from tests.conftest import ROOT

GUIDE: Guide = load_guide(ROOT / "exercises.yaml")


class _Page(HTMLParser):
    """The parts of an exercise page this contract is about, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.figures: list[dict[str, str | None]] = []
        self.poses: list[str] = []
        self.caption: list[str] = []
        self.muscles: list[tuple[str, str]] = []
        self.highlighted: list[tuple[str, str]] = []
        self.body_labels: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self._open.append(tag)
        if tag == "figure" and "data-movement" in a:
            self.figures.append(a)
        if "data-pose" in a and self.figures:
            self.poses.append(a["data-pose"] or "")
        if "data-role" in a and "data-muscle" in a:
            self.muscles.append((a["data-muscle"] or "", a["data-role"] or ""))
        classes = (a.get("class") or "").split()
        if tag == "svg" and "pcg-body" in classes:
            self.body_labels.append(a.get("aria-label") or "")
        if "pcg-body__muscle" in classes:
            role = next(c.removeprefix("pcg-body__muscle--") for c in classes if c.startswith("pcg-body__muscle--"))
            self.highlighted.append((a["data-muscle"] or "", role))

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if "figcaption" in self._open:
            self.caption.append(data)


def read(site: Path, slug: str) -> _Page:
    page = _Page()
    page.feed((site / "exercises" / slug / "index.html").read_text(encoding="utf-8"))
    return page


@pytest.mark.parametrize("slug", list(GUIDE.exercises))
def test_every_exercise_page_shows_its_movement_and_its_muscles_by_role(real_site: Path, slug: str) -> None:
    exercise = GUIDE.exercises[slug]
    page = read(real_site, slug)
    positions = exercise.movement.positions
    assert len(page.figures) == 1
    assert page.poses == [str(n) for n in range(1, len(positions) + 1)] and len(page.poses) >= 2
    caption = " ".join("".join(page.caption).split())
    for pose in positions:
        assert f"{pose.label}: {pose.shows}." in caption
    expected = [(m, role) for role in ROLES for m in getattr(exercise.works, role)]
    assert page.muscles == expected
    assert set(role for _, role in page.muscles) <= {"target", "synergist", "stabiliser"}
    # The diagram highlights exactly the muscles the list names (each in every view that shows it), and its label
    # names each of them.
    assert set(page.highlighted) == set(expected)
    [label] = page.body_labels
    for muscle, _ in expected:
        assert GUIDE.drawn[muscle].name in label


def test_muscles_outside_the_guides_groups_have_no_page_and_no_weekly_rule(real_site: Path) -> None:
    for helper in GUIDE.data.helper_muscles:
        assert not (real_site / "anatomy" / helper.slug).exists()
    for slug in GUIDE.exercises:
        assert set(GUIDE.exercises[slug].primary_muscles) <= set(GUIDE.muscles)


def test_drawings_stay_out_of_the_search_index(real_site: Path) -> None:
    index = (real_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "pcg-move" not in index and "<svg" not in index and "points=" not in index


@pytest.mark.browser
def test_reduced_motion_keeps_the_still_positions_and_stops_the_animation(browser, site_url: str) -> None:
    context = browser.new_context(reduced_motion="reduce", viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{site_url}exercises/romanian-deadlift/")
    assert page.locator(".pcg-move__play").is_hidden()
    assert page.locator("[data-pose]").count() == 2
    for still in page.locator("[data-pose] svg").all():
        assert still.is_visible()
        box = still.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 360
    context.close()


@pytest.mark.browser
def test_the_animation_plays_on_demand_and_stops_by_itself(browser, site_url: str) -> None:
    context = browser.new_context(reduced_motion="no-preference")
    page = context.new_page()
    page.goto(f"{site_url}exercises/romanian-deadlift/")
    button = page.get_by_role("button", name="Play the movement")
    assert button.is_visible()
    # The trunk of the animated figure: where it is now, in the SVG's own coordinates.
    trunk = "() => [...document.querySelector('.pcg-move__svg--play .pcg-move__trunk').animatedPoints].map(p => [p.x, p.y]).flat()"
    page.wait_for_timeout(6000)  # the first play, shortly after loading, is over
    rest = page.evaluate(trunk)
    page.wait_for_timeout(500)
    assert page.evaluate(trunk) == rest
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(1200)
    assert page.evaluate(trunk) != rest
    page.wait_for_timeout(5000)
    assert page.evaluate(trunk) == rest  # back where it started, and still
    context.close()


@pytest.mark.browser
def test_print_shows_the_positions_as_still_frames(page, site_url: str) -> None:
    page.goto(f"{site_url}exercises/glute-bridge/")
    page.emulate_media(media="print")
    assert page.locator(".pcg-move__play").is_hidden()
    assert all(still.is_visible() for still in page.locator("[data-pose] svg").all())
    assert page.locator(".pcg-move__caption").is_visible()
