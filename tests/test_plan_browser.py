"""The plan picker in real Chromium: what a runner does on /plan/ with a mouse, a keyboard, a phone or a printer."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml
from icalendar import Calendar
from playwright.sync_api import expect

from generator.load import load_guide
from generator.render.exports import plan_data
from tests.conftest import ROOT
from tests.expected import REST_SHOWN, dose_shown

GUIDE = load_guide(ROOT / "exercises.yaml")
DATA = plan_data(GUIDE)
DEFAULTS = DATA["picker"]["defaults"]
WEEK = [w["slug"] for w in DATA["weekdays"]]
EXERCISES = {e["slug"]: e for e in DATA["exercises"]}

# The drawn week as a runner sees it: per day its attributes, day type names and each exercise's link and text.
READ_WEEK = """() => [...document.querySelectorAll('[data-plan] > [data-day]')].map((day) => ({
  day: day.dataset.day,
  strength: day.hasAttribute('data-strength'),
  run: day.dataset.run || null,
  types: day.querySelector('.pcg-day__types').textContent,
  text: day.innerText,
  exercises: [...day.querySelectorAll('li')].map((li) => ({
    href: li.querySelector('a').href, text: li.innerText,
  })),
}))"""


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
    return page.locator(".pcg-plan__notes li").all_inner_texts()


def assert_shows_the_data(week: list[dict[str, Any]], site_url: str, real_site: Path, phase: str) -> None:
    """Every exercise links to its page and shows its dose and rest labels; every day shows its day types."""
    types = DATA["day_types"]
    for day in week:
        shown_types = [t for t in types.values() if t["name"] in day["text"]]
        assert shown_types, day
        assert (types[DATA["picker"]["strength_day_type"]] in shown_types) == day["strength"]
        assert day["run"] is None or any(t["run"] == day["run"] for t in shown_types)
        for shown in day["exercises"]:
            path = shown["href"].removeprefix(site_url)
            slug = path.removeprefix("exercises/").strip("/")
            exercise = EXERCISES[slug]
            assert path == exercise["url"] and (real_site / path / "index.html").is_file()
            rest, dose = REST_SHOWN[GUIDE.exercises[slug].rest], dose_shown(GUIDE.exercises[slug].dosing[phase])
            assert exercise["name"] in shown["text"] and dose in shown["text"] and f"rest {rest}" in shown["text"], (shown["text"], dose, rest)


def test_the_plan_page_shows_the_default_plan_at_once(page, site_url: str, real_site: Path) -> None:
    week = open_plan(page, site_url)
    assert [d["day"] for d in week] == WEEK
    assert len(strength_days(week)) == DEFAULTS["days"]
    assert_shows_the_data(week, site_url, real_site, DEFAULTS["phase"])
    assert query_of(page) == {
        "phase": [DEFAULTS["phase"]],
        "days": [str(DEFAULTS["days"])],
        "equipment": [DEFAULTS["equipment"]],
        "level": [DEFAULTS["level"]],
        "long": [DEFAULTS["long"]],
        "hard": DEFAULTS["hard"],
    }
    assert notes(page) == []
    assert page.locator("[aria-live=polite] [data-plan]").count() == 1


def test_a_link_opens_its_plan_with_the_form_showing_its_choices(page, site_url: str, real_site: Path) -> None:
    week = open_plan(page, site_url, "?phase=preseason&days=1&equipment=none&level=beginner&long=sat&hard=wed")
    assert page.locator("input[name=phase][value=preseason]").is_checked()
    assert page.locator("input[name=equipment][value=none]").is_checked()
    assert page.locator("input[name=level][value=beginner]").is_checked()
    assert page.locator("select[name=days]").input_value() == "1"
    assert page.locator("select[name=long]").input_value() == "sat"
    assert [box.get_attribute("value") for box in page.locator("input[name=hard]:checked").all()] == ["wed"]
    runs = {d["day"]: d["run"] for d in week}
    assert runs["sat"] == "long" and runs["wed"] == "hard"
    [strength] = strength_days(week)
    assert runs[strength] == "easy" and strength not in ("fri", "tue", "sat", "wed")
    assert_shows_the_data(week, site_url, real_site, "preseason")
    for shown in week[WEEK.index(strength)]["exercises"]:
        exercise = EXERCISES[shown["href"].removeprefix(site_url).removeprefix("exercises/").strip("/")]
        assert exercise["equipment"] == [] and exercise["category"] == "bodyweight" and exercise["level"] == "beginner"
    assert notes(page) == []


def test_changing_a_control_redraws_the_plan_and_updates_the_address(page, site_url: str, real_site: Path) -> None:
    open_plan(page, site_url)
    page.select_option("select[name=days]", "3")
    assert len(strength_days(page.evaluate(READ_WEEK))) == 3
    assert query_of(page)["days"] == ["3"]

    page.check("input[name=equipment][value=none]")
    assert query_of(page)["equipment"] == ["none"]
    week = page.evaluate(READ_WEEK)
    slugs = [s["href"].removeprefix(site_url).removeprefix("exercises/").strip("/") for d in week for s in d["exercises"]]
    assert slugs and all(EXERCISES[slug]["equipment"] == [] for slug in slugs)

    page.check("input[name=phase][value=preseason]")
    assert query_of(page)["phase"] == ["preseason"]
    assert page.locator("fieldset.pcg-picker__hard").is_visible()
    assert page.locator("[data-plan] [data-run=long]").count() == 1
    assert_shows_the_data(page.evaluate(READ_WEEK), site_url, real_site, "preseason")


def test_reloading_the_replaced_address_gives_the_same_plan(page, site_url: str) -> None:
    open_plan(page, site_url)
    page.check("input[name=phase][value=preseason]")
    page.check("input[name=level][value=advanced]")
    page.select_option("select[name=long]", "sat")
    page.uncheck("input[name=hard][value=thu]")
    page.check("input[name=hard][value=wed]")
    shared = address(page)
    assert page.locator(".pcg-share__url").input_value() == shared
    drawn = page.evaluate(READ_WEEK)
    page.goto("about:blank")
    assert open_plan(page, site_url, "?" + urlsplit(shared).query) == drawn
    assert address(page) == shared
    page.reload()
    page.wait_for_selector("[data-plan]")
    assert page.evaluate(READ_WEEK) == drawn


def test_instant_navigation_from_the_home_page_mounts_the_picker_without_a_reload(page, site_url: str, real_site: Path) -> None:
    # Material intercepts only links listed in sitemap.xml, rebased onto the page's scheme and host but not its
    # port; as `mkdocs serve` does, hand it a sitemap written for the test server's address.
    sitemap = (real_site / "sitemap.xml").read_text(encoding="utf-8")
    configured = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    page.route("**/sitemap.xml", lambda route: route.fulfill(body=sitemap.replace(configured, site_url), content_type="application/xml"))
    page.goto(site_url, wait_until="networkidle")
    page.evaluate("window.pcgSameDocument = true")
    page.locator('.md-nav--primary a[href$="/plan/"]').first.click()
    page.wait_for_selector("[data-plan]")
    assert page.evaluate("window.pcgSameDocument") is True
    assert urlsplit(address(page)).path == "/plan/" and query_of(page)["phase"] == [DEFAULTS["phase"]]
    assert len(strength_days(page.evaluate(READ_WEEK))) == DEFAULTS["days"]
    assert page.locator("form.pcg-picker").count() == 1


def test_bad_parameters_show_notes_and_the_default_plan(page, site_url: str) -> None:
    week = open_plan(page, site_url, "?phase=winter&days=lots&equipment=castle&level=expert&long=someday&hard=funday")
    shown = notes(page)
    assert len(shown) == 6 and all(bad in " ".join(shown) for bad in ("winter", "lots", "castle", "expert", "someday", "funday"))
    assert page.locator(".pcg-plan__notes").is_visible()
    assert [d["day"] for d in week] == WEEK and len(strength_days(week)) == DEFAULTS["days"]
    assert query_of(page)["phase"] == [DEFAULTS["phase"]] and query_of(page)["equipment"] == [DEFAULTS["equipment"]]


def test_a_race_date_chooses_the_phase_and_says_how_many_weeks_remain(page, site_url: str) -> None:
    open_plan(page, site_url)
    race = (datetime.date.today() + datetime.timedelta(weeks=6)).isoformat()
    page.fill("input[name=race]", race)
    page.locator("input[name=race]").dispatch_event("change")
    page.wait_for_function("location.search.includes('race=')")
    assert query_of(page)["race"] == [race] and query_of(page)["phase"] == ["preseason"]
    assert page.locator("input[name=phase][value=preseason]").is_checked()
    assert notes(page)[0] == f"Race day {race} is 6 weeks away: {DATA['phases']['preseason']['name']}."
    page.check("input[name=phase][value=offseason]")
    assert "race" not in query_of(page) and page.locator("input[name=race]").input_value() == ""


def test_the_picker_works_with_the_keyboard_alone(page, site_url: str) -> None:
    open_plan(page, site_url)
    page.locator("h1").click()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "equipment":
            break
    assert page.evaluate("document.activeElement.value") == DEFAULTS["equipment"]
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate("document.activeElement.value")
    assert chosen != DEFAULTS["equipment"] and query_of(page)["equipment"] == [chosen]

    page.keyboard.press("Shift+Tab")
    while page.evaluate("document.activeElement.name") != "days":
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowDown")
    assert query_of(page)["days"] == ["3"] and len(strength_days(page.evaluate(READ_WEEK))) == 3

    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('pcg-button')"):
            break
    page.keyboard.press("Enter")
    expect(page.locator(".pcg-share__status")).not_to_be_empty()


def test_the_copy_link_button_copies_the_address_or_selects_it(page, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_plan(page, site_url, "?phase=preseason&days=1")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator(".pcg-share__status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == address(page)

    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator(".pcg-share__status")).to_contain_text("copy the selected link")
    selected = page.evaluate("[document.activeElement.classList.contains('pcg-share__url'), document.activeElement.selectionStart, document.activeElement.selectionEnd]")
    assert selected == [True, 0, len(address(page))]


def test_a_phone_360_px_wide_never_scrolls_sideways(page, site_url: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    for query in ("", "?phase=preseason&days=2&equipment=gym&level=advanced&hard=", "?phase=offseason&days=3&equipment=gym&level=advanced&long=wed"):
        open_plan(page, site_url, query)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, query
        assert page.locator("form.pcg-picker").is_visible()


def test_a_plan_prints_on_one_page_without_the_form(page, site_url: str) -> None:
    open_plan(page, site_url, "?phase=offseason&days=3&equipment=gym&level=advanced&long=wed&hard=zzz")
    page.emulate_media(media="print")
    assert not page.locator("form.pcg-picker").is_visible() and not page.locator(".md-header").is_visible()
    assert page.locator("[data-plan]").is_visible() and page.locator(".pcg-plan__notes").is_visible()
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper)
        assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1, paper
    first = page.locator("[data-plan] li").first
    assert first.locator(".pcg-log").inner_text() == "Load ______ Reps ______"
    assert first.locator(".pcg-short-url").inner_text().startswith("posterior-chain.example.org/exercises/")
    page.emulate_media(media="screen")
    assert not first.locator(".pcg-log").is_visible() and not first.locator(".pcg-short-url").is_visible()


def test_the_plan_downloads_as_a_weekly_calendar(page, site_url: str) -> None:
    week = open_plan(page, site_url, "?phase=preseason&days=2&equipment=home&level=intermediate&long=sun&hard=wed")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download calendar (.ics)").click()
    calendar = Calendar.from_ical(Path(download.value.path()).read_text(encoding="utf-8"))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    host = urlsplit(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]).hostname
    resting = {kind["name"] for kind in DATA["day_types"].values() if not kind["in_calendar"]}
    expected = [d["day"] for d in week if d["types"] not in resting]
    assert sorted(events) == sorted(f"plan-{day}@{host}" for day in expected)
    for day in strength_days(week):
        event = events[f"plan-{day}@{host}"]
        assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["BYDAY"] == [day[:2].upper()]
        assert event.decoded("DTSTART").weekday() == WEEK.index(day)
        assert f"https://{host}/exercises/" in str(event["DESCRIPTION"])


def test_without_javascript_the_page_says_so_and_links_the_sample_weeks(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "plan/")
    assert page.locator(".pcg-plan__noscript").inner_text().startswith("The plan picker needs JavaScript.")
    assert page.locator(".pcg-plan__noscript").is_visible()
    for schedule in DATA["schedules"]:
        assert page.get_by_role("link", name=schedule["title"]).first.get_attribute("href") == f"../{schedule['url']}"
    assert page.locator("[data-plan]").count() == 0
    context.close()
