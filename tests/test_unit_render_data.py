"""The data the render stage hands on besides pages: the session view's and training log's data, the figures
hand-written chapters print, sample weeks as calendars and the site's file list. Expectations are written by hand
from tests/data/mini.yaml; Markdown tables are read back with Python-Markdown, calendars with icalendar."""

from __future__ import annotations

import markdown
import pytest
from icalendar import Calendar

from generator.load import load_guide_text
from generator.render import render_site
from generator.render.calendar import schedule_ics
from generator.render.exports import plan_data
from generator.render.facts import chapter_facts, muscle_table, season_facts
from generator.render.log_data import dose_data, log_data
from generator.schema import Dose
from tests.test_schedule_page import EXTENSIONS, Tables


def dose(sets: int, amount: int, label: str, unit: str = "reps", per_side: bool = False) -> dict[str, object]:
    return {"sets": sets, "amount": amount, "unit": unit, "per_side": per_side, "label": label}


def exercise(slug: str, name: str, rest: tuple[int, int, str], dosing: dict[str, dict[str, object]]) -> dict[str, object]:
    return {"name": name, "url": f"exercises/{slug}/", "rest": dict(zip(("min", "max", "label"), rest, strict=True)), "dosing": dosing}


HEAVY = (60, 90, "60-90 s")
BOX_JUMP = {"exercise": "box-jump", "dose": dose(3, 5, "3 × 5 contacts", "contacts")}
# What the session view and the log read for mini.yaml, its milestone and advice prose reduced to words.
MINI_LOG_DATA = {
    "phases": {"offseason": "Offseason", "preseason": "Pre-season"},
    "default_phase": "offseason",
    "stages": {
        "base": {"name": "Base", "phase": "offseason", "sets_cut_percent": 0},
        "sharpen": {"name": "Sharpen", "phase": "preseason", "sets_cut_percent": 30},
        "recovery": {"name": "Recovery", "phase": "offseason", "sets_cut_percent": 0},
    },
    "deload_sets_cut_percent": 30,
    "exercises": {
        "glute-bridge": exercise("glute-bridge", "Glute bridge", HEAVY, {"offseason": dose(3, 12, "3 × 12"), "preseason": dose(2, 10, "2 × 10")}),
        "single-leg-glute-bridge": exercise(
            "single-leg-glute-bridge", "Single-leg glute bridge", HEAVY, {"offseason": dose(3, 8, "3 × 8 each side", per_side=True)}
        ),
        "calf-raise": exercise("calf-raise", "Calf raise", HEAVY, {"offseason": dose(3, 15, "3 × 15"), "preseason": dose(2, 15, "2 × 15")}),
        "box-jump": exercise(
            "box-jump",
            "Box jump",
            (120, 120, "2 min"),
            {"offseason": dose(3, 5, "3 × 5 contacts", "contacts"), "preseason": dose(3, 4, "3 × 4 contacts", "contacts")},
        ),
    },
    "sessions": {
        "offseason/mon": {
            "title": "Offseason week, Monday: Hips",
            "url": "schedules/offseason/#mon",
            "phase": "offseason",
            "planned": 2,
            "exercises": [
                {"exercise": "glute-bridge", "dose": dose(3, 12, "3 × 12")},
                {"exercise": "calf-raise", "dose": dose(3, 15, "3 × 15")},
                BOX_JUMP,
            ],
        },
        "offseason/thu": {
            "title": "Offseason week, Thursday: One leg",
            "url": "schedules/offseason/#thu",
            "phase": "offseason",
            "planned": 2,
            "exercises": [
                {"exercise": "single-leg-glute-bridge", "dose": dose(3, 8, "3 × 8 each side", per_side=True)},
                {"exercise": "calf-raise", "dose": dose(4, 20, "4 × 20")},
                BOX_JUMP,
            ],
        },
    },
    "ladders": [{"slug": "bridge", "name": "Bridge ladder", "steps": ["glute-bridge", "single-leg-glute-bridge"]}],
    "milestones": {
        "first_session": {"name": "First session", "says": "Well begun, see the log."},
        "streaks": [{"weeks": 2, "name": "Two weeks", "says": "Two full weeks."}],
        "ladder_rung": {"name": "Rung", "says": "Harder."},
        "personal_best": {"name": "Best", "says": "Better."},
    },
    "comeback": [
        {"after_weeks": 1, "name": "A week off", "advice": "Drop the load a little."},
        {"after_weeks": 4, "name": "A month off", "advice": "Step down a ladder."},
    ],
    "illness": {"name": "Ill", "advice": "Rest until well."},
}


def test_the_session_view_and_the_log_get_every_dose_as_numbers_and_prose_as_words(mini_text: str) -> None:
    said = mini_text.replace("says: Well begun.", "says: '**Well** begun,\n see [the log](log/).'")
    assert log_data(load_guide_text(said)) == MINI_LOG_DATA


def with_a_second_week(mini_text: str) -> str:
    """mini.yaml with a pre-season week, listed first, of one strength session and six other days."""
    session = "{title: Quick, exercises: [{exercise: glute-bridge}, {exercise: calf-raise}, {exercise: box-jump}]}"
    days = [f"{{day: mon, activities: [strength], note: Lift., session: {session}}}"]
    days += [f"{{day: {day}, activities: [easy-run], note: Run.}}" for day in ("tue", "wed", "thu", "fri", "sat", "sun")]
    week = f"  - {{slug: short, phase: preseason, title: Short week, summary: One lift., days: [{', '.join(days)}]}}\n"
    return mini_text.replace("schedules:\n", f"schedules:\n{week}")


def test_each_session_of_each_week_is_one_entry_that_knows_how_many_its_week_plans(mini_text: str) -> None:
    sessions = log_data(load_guide_text(with_a_second_week(mini_text)))["sessions"]
    assert list(sessions) == ["short/mon", "offseason/mon", "offseason/thu"]
    assert sessions["short/mon"] == {
        "title": "Short week, Monday: Quick",
        "url": "schedules/short/#mon",
        "phase": "preseason",
        "planned": 1,
        "exercises": [
            {"exercise": "glute-bridge", "dose": dose(2, 10, "2 × 10")},
            {"exercise": "calf-raise", "dose": dose(2, 15, "2 × 15")},
            {"exercise": "box-jump", "dose": dose(3, 4, "3 × 4 contacts", "contacts")},
        ],
    }


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"sets": 2, "seconds": 30, "per_side": True}, dose(2, 30, "2 × 30 s each side", "seconds", per_side=True)),
        ({"sets": 4, "metres": 20}, dose(4, 20, "4 × 20 m", "metres")),
        ({"sets": 5, "contacts": 10}, dose(5, 10, "5 × 10 contacts", "contacts")),
    ],
)
def test_a_dose_tells_the_log_what_its_amount_counts(given: dict[str, object], expected: dict[str, object]) -> None:
    assert dose_data(Dose.model_validate(given)) == expected


def test_chapters_get_the_comeback_advice_indented_for_their_admonition(mini_text: str) -> None:
    facts = chapter_facts(load_guide_text(mini_text.replace("advice: Rest until well.", "advice: 'Rest *until* [well](safety/).'")))
    assert facts["comeback"] == (
        "- **A week off:** Drop the load a little.\n    - **A month off:** Step down a ladder.\n    - **Ill:** Rest <em>until</em> well."
    )
    assert facts["muscle_table"]("anatomy/chain.md").splitlines()[2] == "| [Glutes](glutes.md) | Hip extensors. |"


def edited(text: str, edits: dict[str, str]) -> str:
    """mini.yaml with each snippet, found exactly once, replaced."""
    for old, new in edits.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


# A stage for race week itself with single figures for strength days and effort, two weeks after the race, two rest
# days between strength days, and an effort name with table syntax in it.
TAPER = {
    "weeks_to_race: {min: 0, max: 12}, strength_days: {min: 1, max: 2}": "weeks_to_race: {min: 1, max: 12}, strength_days: {min: 1, max: 2}",
    "    - {slug: recovery,": "    - {slug: taper, name: Taper | rest, summary: Fresh., phase: preseason, weeks_to_race: {min: 0, max: 0},"
    " strength_days: {min: 1, max: 1}, categories: [bodyweight], reps_in_reserve: {min: 4, max: 4}}\n    - {slug: recovery,",
    "after_race: {stage: recovery, weeks: 1}": "after_race: {stage: recovery, weeks: 2}",
    "rest_days_between: 1": "rest_days_between: 2",
    "short: RIR,": "short: R|R,",
}


def cells(table: str) -> list[list[str]]:
    reader = Tables()
    reader.feed(markdown.markdown(table, extensions=EXTENSIONS))
    [rows] = reader.tables
    return rows


def test_the_muscle_table_links_each_group_from_the_page_it_is_printed_on(mini_text: str) -> None:
    guide = load_guide_text(mini_text.replace("summary: Hip extensors.", "summary: Hip | extensors."))
    assert muscle_table(guide, "anatomy/chain.md") == (
        "| Group | What it does for a runner |\n| --- | --- |\n| [Glutes](glutes.md) | Hip &#124; extensors. |\n| [Calves](calves.md) | Springs. |"
    )
    assert "| [Glutes](anatomy/glutes.md) |" in muscle_table(guide, "index.md")
    assert cells(muscle_table(guide, "index.md"))[1] == ["Glutes", "Hip | extensors."]


def test_the_season_table_says_when_each_stage_runs_and_how_hard(mini_text: str) -> None:
    rows = cells(season_facts(load_guide_text(mini_text))["stages"])
    assert rows == [
        ["Stage", "When", "Strength days a week", "Effort (RIR)", "Sets cut"],
        ["Base", "13-52 weeks before race week", "2-3", "2-3", "none"],
        ["Sharpen", "0-12 weeks before race week", "1-2", "3-4", "30%"],
        ["Recovery", "1 week after the race", "1-2", "4-5", "none"],
    ]


def test_a_race_week_stage_and_single_figures_read_as_such(mini_text: str) -> None:
    taper = edited(mini_text, TAPER)
    facts = season_facts(load_guide_text(taper))
    rows = cells(facts.pop("stages"))
    assert rows[0][3] == "Effort (R|R)"
    assert rows[3:] == [["Taper | rest", "Race week", "1", "4", "none"], ["Recovery", "2 weeks after the race", "1-2", "4-5", "none"]]
    assert facts == {
        "rolling_weeks": 8,
        "deload_every": 3,
        "deload_cut": "30%",
        "deload_effort": "4-5",
        "last_strength_days": 3,
        "rung_every_weeks": 2,
        "rest_days_between": "2 days",
    }


def test_one_rest_day_between_strength_days_is_singular(mini_text: str) -> None:
    facts = chapter_facts(load_guide_text(mini_text))["season"]
    assert (facts["rest_days_between"], facts["deload_effort"]) == ("1 day", "4-5")


def events(text: str) -> dict[str, object]:
    return {str(event["UID"]): event for event in Calendar.from_ical(text).walk("VEVENT")}


def test_a_calendar_for_a_placeholder_address_says_its_links_do_not_work_yet(mini_text: str) -> None:
    guide = load_guide_text(mini_text.replace("note: Lift., session: {title: Hips", "note: '**Lift** [heavy](safety/).', session: {title: Hips"))
    found = events(schedule_ics(guide, guide.schedules["offseason"], "https://example.com/guide/"))
    lines = str(found["offseason-mon@example.com"]["DESCRIPTION"]).split("\n")
    assert lines[:3] == [
        "Draft: the links in this calendar do not work yet (the guide's address is not set).",
        "Lift heavy.",
        "- Glute bridge: 3 × 12, rest 60-90 s. https://example.com/guide/exercises/glute-bridge/",
    ]
    published = events(schedule_ics(guide, guide.schedules["offseason"], "https://coaches.runclub.net/"))
    assert str(published["offseason-mon@coaches.runclub.net"]["DESCRIPTION"]).split("\n")[0] == "Lift heavy."


def test_a_day_is_in_the_calendar_when_any_of_its_activities_is(mini_text: str) -> None:
    mixed = mini_text.replace("{day: thu, activities: [strength]", "{day: thu, activities: [rest, strength]")
    mixed = mixed.replace("{day: sat, activities: [rest], note: Rest.}", "{day: sat, activities: [rest, long-run], note: Far.}")
    guide = load_guide_text(mixed)
    found = events(schedule_ics(guide, guide.schedules["offseason"], "https://coaches.runclub.net/"))
    assert {uid: str(event["SUMMARY"]) for uid, event in found.items()} == {
        "offseason-mon@coaches.runclub.net": "Strength: Hips",
        "offseason-thu@coaches.runclub.net": "Rest + Strength: One leg",
        "offseason-sat@coaches.runclub.net": "Rest + Long run",
    }
    assert str(found["offseason-sat@coaches.runclub.net"]["DESCRIPTION"]) == "Far."


def test_the_site_lists_every_file_and_keeps_exercise_pages_and_the_session_view_out_of_the_nav(mini_text: str) -> None:
    second = with_a_second_week(mini_text)
    site = render_site(load_guide_text(second), site_url="https://coach.example/guide/")
    assert sorted(site.files) == ["api/exercises.json", "robots.txt", "schedules/offseason.ics", "schedules/short.ics"]
    assert site.files["robots.txt"] == "User-agent: *\nAllow: /\nSitemap: https://coach.example/guide/sitemap.xml\n"
    assert "X-WR-CALNAME:Short week" in site.files["schedules/short.ics"]
    assert site.unlisted == {
        "exercises/box-jump.md", "exercises/calf-raise.md", "exercises/glute-bridge.md", "exercises/single-leg-glute-bridge.md", "session.md",
    }  # fmt: skip
    assert site.abbreviations == "\n\n*[hinge]: Bend at the hips.\n"
    assert site.facts["exercise_count"] == 4 and site.facts["rest"] == {"heavy": "60-90 seconds", "plyometric": "about 2 minutes"}
    assert site.pages["schedules/short.md"].startswith('---\ntitle: "Short week"\n')


def test_the_picker_gets_the_seasons_prose_as_words_and_not_the_advice_its_page_prints(mini_text: str) -> None:
    prose = edited(
        mini_text,
        {
            "running: Easy.": "running: '**Easy** [runs](safety/).'",
            "summary: Build., phase: offseason": "summary: 'Build *strength*.', phase: offseason",
            "why: Catch up.": "why: 'Catch `up`.'",
            "why: Tendons.": "why: 'Spare the [tendons](safety/).'",
        },
    )
    data = plan_data(load_guide_text(prose))
    season = data["season"]
    assert data["phases"]["offseason"]["running"] == "Easy runs."
    assert [stage["summary"] for stage in season["stages"]] == ["Build strength.", "Spring.", "Rest."]
    assert season["stages"][1] == {
        "slug": "sharpen", "name": "Sharpen", "summary": "Spring.", "phase": "preseason", "weeks_to_race": {"min": 0, "max": 12},
        "strength_days": {"min": 1, "max": 2}, "categories": ["bodyweight", "plyometric"], "impact": True, "top_rung": None,
        "sets_cut_percent": 30, "deloads": False, "reps_in_reserve": {"min": 3, "max": 4},
    }  # fmt: skip
    assert season["deload"] == {"every_weeks": 3, "sets_cut_percent": 30, "reps_in_reserve": {"min": 4, "max": 5}, "why": "Catch up."}
    assert season["impact"] == {"categories": ["plyometric"], "exercises": [], "not_after": ["hard", "long"], "not_before": ["hard", "long"], "why": "Spare the tendons."}
    assert "sore_spot_advice" not in season
    assert season["sore_spots"] == [{"slug": "knee", "name": "Knee", "loaded_by": ["single-leg-glute-bridge"]}]
