"""A runner in the gym, in Chromium: a session set by set with the rest timer on a controlled clock, three sessions
logged across weeks, the chart and milestones, export, delete, import into this and another browser, storage full,
blocked or damaged, and a strength day of the plan started as a session.

Expected figures come from exercises.yaml (sets, rest) or are written by hand; exports are read back with Python's
csv and json modules."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from generator.load import load_guide
from tests.conftest import ROOT
from tests.test_quality import run_axe

pytestmark = pytest.mark.browser

GUIDE = load_guide(ROOT / "exercises.yaml")
WEEK = GUIDE.schedules["offseason"]
MONDAY = next(d for d in WEEK.days if d.day == "mon").session
RDL = GUIDE.exercises["romanian-deadlift"]
RDL_REST = GUIDE.data.rest[RDL.rest].max_seconds
LOCAL = datetime.timezone.utc


def at(day: int, hour: int = 18) -> datetime.datetime:
    return datetime.datetime(2026, 3, day, hour, 0, tzinfo=LOCAL)


@pytest.fixture
def gym(browser):
    """A phone-sized page on a controlled clock in UTC; any console error fails the test."""
    context = browser.new_context(viewport={"width": 360, "height": 780}, timezone_id="UTC", accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    # Paused: time moves only when a test says so, so every reading of the timer is exact.
    page.clock.install(time=at(2) - datetime.timedelta(minutes=1))
    page.clock.pause_at(at(2))
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"


def use_scheme(page, scheme: str) -> None:
    """Light or dark as the reader picks it: by the palette toggle when the system setting is not the one wanted."""
    want = {"light": "default", "dark": "slate"}[scheme]
    if page.get_attribute("body", "data-md-color-scheme") != want:
        page.locator(f'label[title="Switch to {scheme} mode"]').first.click()
        page.wait_for_timeout(500)  # Material eases colours over 125-250 ms
    assert page.get_attribute("body", "data-md-color-scheme") == want


def remaining(page) -> int:
    return int(page.get_attribute("[data-rest-timer]", "data-remaining"))


def start_from_week(page, site_url: str, day: str) -> None:
    page.goto(f"{site_url}schedules/offseason/")
    page.locator(f'a.pcg-start[href*="day={day}"]').click()
    page.wait_for_selector("[data-session] [data-set]")


def tick(page, exercise: str, index: int, load: str | None = None, reps: str | None = None) -> None:
    box = page.locator(f'[data-set][data-exercise="{exercise}"][data-set-index="{index}"]')
    if load is not None:
        box.locator("[name=load]").fill(load)
    if reps is not None:
        box.locator("[name=reps]").fill(reps)
    box.locator("[name=rir]").fill("2")
    box.locator("[data-action=done]").click()


def finish(page) -> str:
    page.get_by_role("button", name="Finish and save to the log").click()
    return page.locator(".pcg-session__result").inner_text()


def test_a_session_walks_every_set_with_a_rest_timer_that_keeps_time_in_the_background(gym, site_url: str) -> None:
    page = gym
    start_from_week(page, site_url, "mon")
    sets = [(s.get_attribute("data-exercise"), s.get_attribute("data-set-index")) for s in page.locator("[data-set]").all()]
    expected = [(item.exercise, str(n)) for item in MONDAY.exercises for n in range(GUIDE.dose(GUIDE.exercises[item.exercise], "offseason", item.dose).sets)]
    assert sets == expected
    assert page.locator("[data-session] h3 a").first.get_attribute("href").endswith("/exercises/romanian-deadlift/")

    tick(page, "romanian-deadlift", 0, load="40")
    assert remaining(page) == RDL_REST == 90
    page.clock.run_for(30_000)
    assert remaining(page) == 60
    # The screen locks: timers stop firing, the clock goes on; the page reads the time when it is shown again.
    page.clock.set_system_time(at(2) + datetime.timedelta(seconds=30 + 45 + 1))
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    assert remaining(page) == 14
    page.clock.run_for(15_000)
    assert remaining(page) == 0
    assert page.get_by_role("status").filter(has_text="Rest over").inner_text() == f"Rest over. Next: Set 2 of 3, {RDL.name}."

    # Keyboard only: focus waits on the next set's button, which carries the set and exercise in its name.
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == f"Done: Set 2 of 3, {RDL.name}"
    assert page.locator('[data-set][data-set-index="1"][data-exercise="romanian-deadlift"] [name=load]').input_value() == "40"
    page.keyboard.press("Enter")
    assert remaining(page) == 90
    assert page.locator("[aria-current=step]").get_attribute("data-set-index") == "2"
    assert "Saved to your training log: 2 sets." in finish(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def run_three_sessions(page, site_url: str) -> None:
    start_from_week(page, site_url, "mon")
    for n in range(3):
        tick(page, "romanian-deadlift", n, load="40", reps="8")
    assert "First session logged" in finish(page)
    page.clock.set_system_time(at(5))
    start_from_week(page, site_url, "thu")
    tick(page, "single-leg-romanian-deadlift", 0, load="12", reps="8")
    tick(page, "single-leg-romanian-deadlift", 1, load="12", reps="8")
    assert "A rung up the ladder" in finish(page)
    page.clock.set_system_time(at(9))
    start_from_week(page, site_url, "mon")
    for n in range(3):
        tick(page, "romanian-deadlift", n, load="45", reps="8")
    assert "Personal best" in finish(page)


def download(page, selector: str, folder: Path) -> Path:
    with page.expect_download() as info:
        page.click(selector)
    target = folder / info.value.suggested_filename
    info.value.save_as(target)
    return target


def test_three_sessions_make_a_log_with_chart_and_milestones_that_exports_and_comes_back(gym, browser, site_url: str, tmp_path: Path) -> None:
    page = gym
    run_three_sessions(page, site_url)
    page.clock.set_system_time(at(24))  # two weeks on: one whole week without a session
    page.clock.resume()  # Playwright's waiting polls on the page's timers
    page.goto(f"{site_url}log/")
    assert page.locator("[data-log-session]").count() == 3
    assert [m.get_attribute("data-milestone") for m in page.locator("[data-milestone]").all()] == ["personal-best", "ladder-rung", "first-session"]
    comeback = page.locator("[data-log-comeback]").inner_text()
    assert "One week off." in comeback and "drop the load by about 10 percent" in comeback

    chart = page.locator('[data-log-exercise="romanian-deadlift"]')
    assert len(chart.locator("polyline.pcg-chart__load").get_attribute("points").split()) == 2
    assert chart.locator("svg").get_attribute("role") == "img"
    assert [r.locator("td").all_inner_texts()[1:3] for r in chart.locator("tbody tr").all()] == [["40", "24"], ["45", "24"]]

    with_csv = download(page, "[data-export=csv]", tmp_path)
    rows = list(csv.DictReader(io.StringIO(with_csv.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 3 + 2 + 3
    assert sorted({r["date"] for r in rows}) == ["2026-03-02", "2026-03-05", "2026-03-09"]
    assert all(datetime.datetime.fromisoformat(r["set_done"]) for r in rows)
    first = json.loads(download(page, "[data-export=json]", tmp_path).read_text(encoding="utf-8"))
    assert (first["version"], len(first["sessions"])) == (1, 3)

    page.get_by_role("button", name="Delete the log…").click()
    assert page.locator("[data-log-session]").count() == 3  # nothing gone before the answer
    page.get_by_role("button", name="Yes, delete 3 sessions").click()
    assert page.locator("[data-log-session]").count() == 0

    page.set_input_files("input[type=file][data-import]", str(tmp_path / "training-log-2026-03-24.json"))
    expect(page.locator(".pcg-log__report")).to_contain_text("3 new sessions added")
    assert page.locator("[data-log-session]").count() == 3
    page.set_input_files("input[type=file][data-import]", str(with_csv))
    expect(page.locator(".pcg-log__report")).to_contain_text("3 sessions already in the log")
    again = json.loads(download(page, "[data-export=json]", tmp_path).read_text(encoding="utf-8"))
    assert again["sessions"] == first["sessions"]

    other = browser.new_context(accept_downloads=True)
    try:
        elsewhere = other.new_page()
        elsewhere.goto(f"{site_url}log/")
        elsewhere.set_input_files("input[type=file][data-import]", str(with_csv))
        expect(elsewhere.locator("[data-log-session]")).to_have_count(3)
        moved = json.loads(download(elsewhere, "[data-export=json]", tmp_path).read_text(encoding="utf-8"))
        assert moved["sessions"] == first["sessions"]
    finally:
        other.close()

    for scheme in ("light", "dark"):
        use_scheme(page, scheme)
        violations = run_axe(page)
        assert violations == [], f"{scheme}: {violations}"


def test_the_log_prints_light_with_its_chart_even_in_the_dark_scheme(gym, site_url: str) -> None:
    page = gym
    start_from_week(page, site_url, "mon")
    tick(page, "romanian-deadlift", 0, load="40")
    finish(page)
    page.goto(f"{site_url}log/")
    use_scheme(page, "dark")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
    page.emulate_media(media="print")
    colours = page.evaluate(
        "() => [getComputedStyle(document.querySelector('article')).color, getComputedStyle(document.body).backgroundColor,"
        " getComputedStyle(document.querySelector('.pcg-chart__load')).stroke]"
    )
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)", "rgb(0, 0, 0)"]
    assert page.locator(".pcg-chart").first.is_visible()
    assert page.locator("[data-export=csv]").is_hidden()


def test_full_storage_is_reported_in_words_and_the_session_can_still_be_kept(gym, site_url: str, tmp_path: Path) -> None:
    page = gym
    start_from_week(page, site_url, "mon")
    page.evaluate(
        """() => {
            for (let size = 1 << 20, n = 0; size >= 1; ) {
                try { localStorage.setItem(`filler-${n++}`, "x".repeat(size)); } catch { size >>= 1; }
            }
        }"""
    )
    tick(page, "romanian-deadlift", 0, load="40")
    assert remaining(page) == 90  # the page keeps working
    finish(page)
    assert page.get_by_role("alert").inner_text().startswith("The storage this browser gives the guide is full, so this could not be saved.")
    kept = json.loads(download(page, "text=Download this session (JSON)", tmp_path).read_text(encoding="utf-8"))
    assert [(s["exercise"], s["load"]) for s in kept["sessions"][0]["sets"]] == [("romanian-deadlift", 40)]


def test_a_damaged_record_leaves_the_rest_of_the_log_readable(gym, site_url: str) -> None:
    page = gym
    start_from_week(page, site_url, "mon")
    tick(page, "romanian-deadlift", 0, load="40")
    finish(page)
    page.evaluate("localStorage.setItem('pcg-log/session/broken', '{not json'); localStorage.setItem('pcg-log/session/odd', '{\"id\": 3}')")
    page.goto(f"{site_url}log/")
    assert page.locator("[data-log-session]").count() == 1
    assert page.get_by_role("alert").inner_text().startswith("2 stored sessions could not be read and are left out; the rest of the log is shown.")


def test_blocked_storage_is_reported_and_the_session_still_runs(browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 780})
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });"
    )
    page = context.new_page()
    try:
        page.goto(f"{site_url}session/?week=offseason&day=mon")
        assert "not letting the guide keep anything on this device" in page.locator(".pcg-notice").inner_text()
        tick(page, "romanian-deadlift", 0, load="40")
        assert remaining(page) == 90
        page.goto(f"{site_url}log/")
        assert "not letting the guide keep anything" in page.get_by_role("alert").inner_text()
    finally:
        context.close()


def test_a_strength_day_of_the_plan_starts_as_a_session(page, site_url: str) -> None:
    page.goto(f"{site_url}plan/")
    day = page.locator("[data-plan] [data-day][data-strength]").first
    slugs = [e.get_attribute("data-exercise") for e in day.locator("[data-exercise]").all()]
    # The sets the plan shows for each exercise, as "3 × 8": the session must walk the same number.
    sets = [int(d.split("×")[0]) for d in day.locator(".pcg-dose").all_inner_texts()]
    assert slugs and len(sets) == len(slugs)
    day.locator("[data-pcg-start]").click()
    page.wait_for_selector("[data-session] [data-set]")
    shown = [s.get_attribute("data-exercise") for s in page.locator("[data-set]").all()]
    assert list(dict.fromkeys(shown)) == slugs
    assert [shown.count(slug) for slug in slugs] == sets


def test_an_exercise_page_starts_a_session_of_that_exercise(page, site_url: str) -> None:
    page.goto(f"{site_url}exercises/glute-bridge/")
    page.get_by_role("link", name="Start a session of this exercise").click()
    page.wait_for_selector("[data-session] [data-set]")
    sets = GUIDE.exercises["glute-bridge"].dosing[GUIDE.data.picker.defaults.phase].sets
    assert page.locator('[data-set][data-exercise="glute-bridge"]').count() == sets


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_session_view_passes_axe_in_both_schemes(page, site_url: str, scheme: str) -> None:
    page.goto(f"{site_url}session/?week=offseason&day=mon")
    use_scheme(page, scheme)
    tick(page, "romanian-deadlift", 0, load="40")
    assert run_axe(page) == []
