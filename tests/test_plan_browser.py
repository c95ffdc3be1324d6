"""The plan picker in real Chromium: what a runner does on /plan/ with a mouse, a keyboard, a phone or a printer."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from generator.load import load_guide
from generator.render.exports import plan_data
from tests.conftest import DEFAULT_SITE_URL, ROOT

pytestmark = pytest.mark.browser

DATA = plan_data(load_guide(ROOT / "exercises.yaml"))
SEASON = DATA["season"]
DEFAULTS = DATA["picker"]["defaults"]
WEEK = [w["slug"] for w in DATA["weekdays"]]
EXERCISES = {e["slug"]: e for e in DATA["exercises"]}
STAGES = {s["slug"]: s for s in SEASON["stages"]}
HOST = urlsplit(DEFAULT_SITE_URL).hostname

# The week on screen as a runner sees it: per day its attributes, day type names and each exercise's link and text.
READ_WEEK = """() => [...document.querySelectorAll('[data-plan] > [data-day]')].map((day) => ({
  day: day.dataset.day,
  strength: day.hasAttribute('data-strength'),
  run: day.dataset.run || null,
  types: day.querySelector('.pcg-day__types').textContent,
  text: day.innerText,
  exercises: [...day.querySelectorAll('li')].map((li) => ({
    href: li.querySelector('a').href, text: li.innerText, slug: li.dataset.exercise,
  })),
}))"""

# The block as the test contract describes it.
READ_BLOCK = """() => [...document.querySelectorAll('[data-block] [data-week]')].map((week) => ({
  start: week.dataset.weekStart, stage: week.dataset.stage, deload: week.dataset.deload,
  days: [...week.querySelectorAll('[data-day]')].map((day) => ({
    day: day.dataset.day, strength: day.hasAttribute('data-strength'), run: day.dataset.run || null,
    exercises: [...day.querySelectorAll('[data-exercise]')].map((e) => [e.dataset.exercise, e.dataset.category, e.dataset.level]),
  })),
}))"""


def monday_after(day: datetime.date) -> datetime.date:
    return day + datetime.timedelta(days=(7 - day.weekday()) % 7)


def open_plan(page, site_url: str, query: str = "") -> list[dict[str, Any]]:
    page.goto(f"{site_url}plan/{query}")
    page.wait_for_selector("[data-plan]")
    return page.evaluate(READ_WEEK)


def address(page) -> str:
    return page.evaluate("location.href")


def query_of(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(address(page)).query, keep_blank_values=True)


def strength_days(week: list[dict[str, Any]]) -> list[str]:
    return [d["day"] for d in week if d["strength"]]


def notes(page) -> list[str]:
    return page.locator(".pcg-plan__notes:not(.pcg-plan__notes--week) li").all_inner_texts()


def assert_shows_the_data(week: list[dict[str, Any]], site_url: str, real_site: Path) -> None:
    """Every exercise links to its page and shows its name, sets and rest labels; every day shows its day types."""
    types = DATA["day_types"]
    for day in week:
        shown_types = [t for t in types.values() if t["name"] in day["text"]]
        assert shown_types, day
        assert (types[DATA["picker"]["strength_day_type"]] in shown_types) == day["strength"]
        for shown in day["exercises"]:
            path = shown["href"].removeprefix(site_url)
            exercise = EXERCISES[shown["slug"]]
            assert path == exercise["url"] and (real_site / path / "index.html").is_file()
            assert exercise["name"] in shown["text"] and exercise["rest"] in shown["text"]
            assert any(f"× {dose['per_set']}" in shown["text"] for dose in exercise["dosing"].values())


def test_without_a_race_the_page_shows_a_rolling_block_opening_on_its_first_week(page, site_url: str, real_site: Path) -> None:
    week = open_plan(page, site_url)
    start = monday_after(datetime.date.today())
    assert [d["day"] for d in week] == WEEK and len(strength_days(week)) == DEFAULTS["days"]
    assert_shows_the_data(week, site_url, real_site)
    block = page.evaluate(READ_BLOCK)
    rolling = SEASON["without_race"]
    assert [w["start"] for w in block] == [(start + datetime.timedelta(weeks=i)).isoformat() for i in range(rolling["weeks"])]
    assert {w["stage"] for w in block} == {rolling["stage"]}
    assert [w["deload"] for w in block] == ["true" if (i + 1) % SEASON["deload"]["every_weeks"] == 0 else "false" for i in range(rolling["weeks"])]
    assert all([d["day"] for d in w["days"]] == WEEK for w in block)
    assert page.locator("[data-plan]").get_attribute("data-week-start") == start.isoformat()
    assert query_of(page) == {
        "start": [start.isoformat()], "days": [str(DEFAULTS["days"])], "equipment": [DEFAULTS["equipment"]],
        "level": [DEFAULTS["level"]], "long": [DEFAULTS["long"]], "hard": DEFAULTS["hard"],
    }
    assert notes(page) == []
    assert page.locator("[aria-live=polite] [data-plan]").count() == 1


def test_instant_navigation_from_the_home_page_mounts_the_picker_without_a_reload(page, site_url: str, real_site: Path) -> None:
    # Material intercepts only links listed in sitemap.xml, rebased onto the page's scheme and host but not its
    # port; as `mkdocs serve` does, hand it a sitemap written for the test server's address.
    sitemap = (real_site / "sitemap.xml").read_text(encoding="utf-8")
    page.route("**/sitemap.xml", lambda route: route.fulfill(body=sitemap.replace(DEFAULT_SITE_URL, site_url), content_type="application/xml"))
    page.goto(site_url, wait_until="networkidle")
    page.evaluate("window.pcgSameDocument = true")
    page.locator('.md-nav--primary a[href$="/plan/"]').first.click()
    page.wait_for_selector("[data-plan]")
    assert page.evaluate("window.pcgSameDocument") is True
    assert urlsplit(address(page)).path == "/plan/" and query_of(page)["days"] == [str(DEFAULTS["days"])]
    assert page.locator("form.pcg-picker").count() == 1 and page.locator("[data-block]").count() == 1


def test_a_race_date_lays_out_the_block_back_from_race_day_with_recovery_after_it(page, site_url: str) -> None:
    open_plan(page, site_url)
    race = monday_after(datetime.date.today()) + datetime.timedelta(weeks=16, days=5)
    page.fill("input[name=race]", race.isoformat())
    page.locator("input[name=race]").dispatch_event("change")
    page.wait_for_function("location.search.includes('race=')")
    block = page.evaluate(READ_BLOCK)
    assert len(block) == 17 + SEASON["after_race"]["weeks"]
    stages = [w["stage"] for w in block]
    for i, stage in enumerate(stages[:17]):
        span = STAGES[stage]["weeks_to_race"]
        assert span["min"] <= 16 - i <= span["max"]
    assert stages[17:] == [SEASON["after_race"]["stage"]] * SEASON["after_race"]["weeks"]
    race_week = block[16]["days"]
    assert race_week[race.weekday()]["run"] == DATA["day_types"][SEASON["race_day_type"]]["run"]
    assert not any(d["strength"] for d in race_week[race.weekday() - SEASON["last_strength_days_before_race"] + 1 :])
    for week in block:
        for day in week["days"]:
            assert day["strength"] == bool(day["exercises"])
            for slug, category, level in day["exercises"]:
                assert (category, level) == (EXERCISES[slug]["category"], EXERCISES[slug]["level"])
                assert category in STAGES[week["stage"]]["categories"]
    assert query_of(page)["race"] == [race.isoformat()]


def test_beginners_get_no_impact_work_anywhere_in_the_block(page, site_url: str) -> None:
    race = monday_after(datetime.date.today()) + datetime.timedelta(weeks=20, days=6)
    open_plan(page, site_url, f"?race={race}&days=3&equipment=gym&level=beginner&long=sun&hard=wed")
    used = [x for w in page.evaluate(READ_BLOCK) for d in w["days"] for x in d["exercises"]]
    impact = SEASON["impact"]
    assert used and not [x for x in used if x[1] in impact["categories"] or x[0] in impact["exercises"]]


def test_stepping_through_the_weeks_and_opening_one_from_the_block(page, site_url: str) -> None:
    open_plan(page, site_url)
    first = page.locator("[data-plan]").get_attribute("data-week-start")
    expect(page.get_by_role("button", name="Previous week")).to_be_disabled()
    page.get_by_role("button", name="Next week").click()
    second = page.locator("[data-plan]").get_attribute("data-week-start")
    assert datetime.date.fromisoformat(second) - datetime.date.fromisoformat(first) == datetime.timedelta(weeks=1)
    page.locator("[data-block] [data-week]").last.locator("button").click()
    assert page.locator("[data-plan]").get_attribute("data-week-start") == page.locator("[data-block] [data-week]").last.get_attribute("data-week-start")
    expect(page.get_by_role("button", name="Next week")).to_be_disabled()
    assert page.locator("[data-block] [data-week][aria-current=true]").get_attribute("data-week-start") == page.locator("[data-plan]").get_attribute("data-week-start")


def test_an_old_link_opens_on_the_current_week_and_reproduces_its_block(page, site_url: str) -> None:
    today = datetime.date.today()
    start = today - datetime.timedelta(days=today.weekday()) - datetime.timedelta(weeks=3)
    race = start + datetime.timedelta(weeks=10, days=6)
    query = f"?race={race}&start={start}&days=2&equipment=home&level=advanced&long=sun&hard=wed&sore=knee"
    open_plan(page, site_url, query)
    this_monday = today - datetime.timedelta(days=today.weekday())
    assert page.locator("[data-plan]").get_attribute("data-week-start") == this_monday.isoformat()
    assert page.evaluate(READ_BLOCK)[0]["start"] == start.isoformat()
    assert "?" + urlsplit(address(page)).query == query
    drawn = page.evaluate(READ_BLOCK)
    page.reload()
    page.wait_for_selector("[data-plan]")
    assert page.evaluate(READ_BLOCK) == drawn and notes(page) == []


def test_a_sore_spot_swaps_or_leaves_out_what_loads_it_says_so_and_links_the_safety_chapter(page, site_url: str) -> None:
    race = monday_after(datetime.date.today()) + datetime.timedelta(weeks=8, days=6)
    base = f"?race={race}&days=2&equipment=gym&level=advanced&long=sun&hard=wed"
    open_plan(page, site_url, base)
    page.check("input[name=sore][value=knee]")
    assert query_of(page)["sore"] == ["knee"]
    loaded = set(next(s for s in SEASON["sore_spots"] if s["slug"] == "knee")["loaded_by"])
    used = {x[0] for w in page.evaluate(READ_BLOCK) for d in w["days"] for x in d["exercises"]}
    assert used and not used & loaded
    for _ in range(20):
        if page.locator(".pcg-plan__notes--week li", has_text="Knee:").count():
            break
        page.get_by_role("button", name="Next week").click()
    said = page.locator(".pcg-plan__notes--week li", has_text="Knee:").first.inner_text()
    assert re.fullmatch(r"Knee: .+ is (swapped for .+, an easier rung of its ladder|left out)\.", said)
    assert page.locator(".pcg-plan__notes--week").get_by_role("link", name="the safety chapter").get_attribute("href") == f"../{DATA['safety_url']}"


def test_bad_parameters_show_notes_and_the_default_plan(page, site_url: str) -> None:
    week = open_plan(page, site_url, "?race=soon&start=tuesday&days=lots&equipment=castle&level=expert&long=someday&hard=funday&sore=elbow")
    shown = notes(page)
    assert len(shown) == 8 and all(bad in " ".join(shown) for bad in ("soon", "tuesday", "lots", "castle", "expert", "someday", "funday", "elbow"))
    assert page.locator(".pcg-plan__notes").first.is_visible()
    assert [d["day"] for d in week] == WEEK and len(strength_days(week)) == DEFAULTS["days"]
    assert query_of(page)["equipment"] == [DEFAULTS["equipment"]] and "race" not in query_of(page)


def test_the_picker_works_with_the_keyboard_alone(page, site_url: str) -> None:
    open_plan(page, site_url)
    page.locator("h1").click()
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "equipment":
            break
    assert page.evaluate("document.activeElement.value") == DEFAULTS["equipment"]
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate("document.activeElement.value")
    assert chosen != DEFAULTS["equipment"] and query_of(page)["equipment"] == [chosen]
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Next week":
            break
    first = page.locator("[data-plan]").get_attribute("data-week-start")
    page.keyboard.press("Enter")
    assert page.locator("[data-plan]").get_attribute("data-week-start") != first


def test_the_copy_link_button_copies_the_address(page, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_plan(page, site_url, "?days=1")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator(".pcg-share__status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == address(page)


def test_a_phone_360_px_wide_never_scrolls_sideways(page, site_url: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    race = monday_after(datetime.date.today()) + datetime.timedelta(weeks=30)
    for query in ("", f"?race={race}&days=3&equipment=gym&level=advanced&sore=knee&sore=hamstring"):
        open_plan(page, site_url, query)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, query
        assert page.locator("form.pcg-picker").is_visible()


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_a_52_week_block_prints_on_one_sheet_and_its_week_on_another(page, site_url: str) -> None:
    race = monday_after(datetime.date.today()) + datetime.timedelta(weeks=52, days=6)
    open_plan(page, site_url, f"?race={race}&days=3&equipment=gym&level=advanced&long=wed&hard=sat&sore=knee")
    assert page.locator("[data-block] [data-week]").count() == 53 + SEASON["after_race"]["weeks"]
    page.emulate_media(media="print")
    assert not page.locator("form.pcg-picker").is_visible() and not page.locator(".md-header").is_visible()
    for paper in ("A4", "Letter"):
        assert pdf_pages(page.pdf(format=paper)) == 2, paper
        for mode in ("block", "week"):
            page.evaluate(f"document.querySelector('[data-pcg-plan-picker]').dataset.print = '{mode}'")
            assert pdf_pages(page.pdf(format=paper)) == 1, (paper, mode)
        page.evaluate("delete document.querySelector('[data-pcg-plan-picker]').dataset.print")
    first = page.locator("[data-plan] li").first
    assert first.locator(".pcg-log").inner_text() == "Load ______ Reps ______"
    assert first.locator(".pcg-short-url").inner_text().startswith(f"{HOST}/exercises/")
    page.emulate_media(media="screen")
    assert not first.locator(".pcg-log").is_visible()


def test_the_block_downloads_as_one_calendar_with_stable_uids(page, site_url: str, tmp_path: Path) -> None:
    race = monday_after(datetime.date.today()) + datetime.timedelta(weeks=10, days=6)
    query = f"?race={race}&days=2&equipment=home&level=intermediate&long=sun&hard=wed"
    open_plan(page, site_url, query)

    def download() -> dict[str, Any]:
        with page.expect_download() as pending:
            page.get_by_role("link", name="Download calendar (.ics)").click()
        calendar = Calendar.from_ical(Path(pending.value.path()).read_text(encoding="utf-8"))
        return {str(e["UID"]): e for e in calendar.walk("VEVENT")}

    events = download()
    sessions = [day for w in page.evaluate(READ_BLOCK) for day, date in zip(w["days"], range(7)) if day["strength"]]
    dates = [
        (datetime.date.fromisoformat(w["start"]) + datetime.timedelta(days=i)).isoformat()
        for w in page.evaluate(READ_BLOCK) for i, day in enumerate(w["days"]) if day["strength"]
    ]
    assert len(events) == len(sessions) == len(dates)
    assert sorted(events) == sorted(f"strength-{date}@{HOST}" for date in dates)
    for uid, event in events.items():
        assert event.decoded("DTSTART").isoformat() == uid.removeprefix("strength-").split("@")[0]
        assert f"https://{HOST}/exercises/" in str(event["DESCRIPTION"])
    page.reload()
    page.wait_for_selector("[data-plan]")
    assert sorted(download()) == sorted(events)


def test_without_javascript_the_page_says_so_and_links_the_sample_weeks(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "plan/")
    assert page.locator(".pcg-plan__noscript").inner_text().startswith("The plan picker needs JavaScript.")
    for schedule in DATA["schedules"]:
        assert page.get_by_role("link", name=schedule["title"]).first.get_attribute("href") == f"../{schedule['url']}"
    assert page.locator("[data-plan]").count() == 0
    context.close()
