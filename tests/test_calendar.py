"""Sample weeks as .ics files: one weekly event per training day, UIDs stable so a re-import updates, not duplicates."""

from __future__ import annotations

import datetime
from pathlib import Path

from icalendar import Calendar

from generator.load import load_guide_text
from generator.render import render_site

def events(text: str) -> list:
    return Calendar.from_ical(text).walk("VEVENT")


def ics(text: str, site_url: str = "https://coaches.runclub.net/") -> str:
    return render_site(load_guide_text(text), site_url=site_url).files["schedules/offseason.ics"]


def test_each_training_day_is_one_weekly_recurring_event(mini_text: str) -> None:
    calendar = Calendar.from_ical(ics(mini_text))
    assert (str(calendar["PRODID"]), str(calendar["VERSION"]), str(calendar["X-WR-CALNAME"])) == (
        "-//coaches.runclub.net//posterior-chain guide//EN",
        "2.0",
        "Offseason week",
    )
    # mini.yaml's week lifts on Monday and Thursday and rests the other days, which need no event.
    monday, thursday = calendar.walk("VEVENT")
    assert str(monday["UID"]) == "offseason-mon@coaches.runclub.net"
    assert monday.decoded("DTSTART") == datetime.date(2026, 1, 5)
    assert monday.decoded("DTSTAMP") == datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)
    assert dict(monday["RRULE"]) == {"FREQ": ["WEEKLY"], "BYDAY": ["MO"]}
    assert str(monday["SUMMARY"]) == "Strength: Hips"
    assert str(monday["URL"]) == "https://coaches.runclub.net/schedules/offseason/"
    assert str(monday["DESCRIPTION"]).split("\n") == [
        "Lift.",
        "- Glute bridge: 3 × 12, rest 60-90 s. https://coaches.runclub.net/exercises/glute-bridge/",
        "- Calf raise: 3 × 15, rest 60-90 s. https://coaches.runclub.net/exercises/calf-raise/",
        "- Box jump: 3 × 5 contacts, rest 2 min. https://coaches.runclub.net/exercises/box-jump/",
    ]
    assert str(thursday["UID"]) == "offseason-thu@coaches.runclub.net"
    assert thursday.decoded("DTSTART") == datetime.date(2026, 1, 8)
    assert dict(thursday["RRULE"]) == {"FREQ": ["WEEKLY"], "BYDAY": ["TH"]}
    assert str(thursday["SUMMARY"]) == "Strength: One leg"
    assert str(thursday["DESCRIPTION"]).split("\n")[1:3] == [
        "- Single-leg glute bridge: 3 × 8 each side, rest 60-90 s. https://coaches.runclub.net/exercises/single-leg-glute-bridge/",
        "- Calf raise: 4 × 20, rest 60-90 s. https://coaches.runclub.net/exercises/calf-raise/",
    ]


def test_a_day_without_a_session_and_a_day_of_two_activities_are_named_by_their_day_types(mini_text: str) -> None:
    week = mini_text.replace("{day: tue, activities: [rest], note: Rest.}", "{day: tue, activities: [easy-run], note: Thirty minutes; chatty pace.}")
    week = week.replace("{day: thu, activities: [strength]", "{day: thu, activities: [easy-run, strength]")
    found = {str(e["UID"]): e for e in events(ics(week))}
    assert sorted(found) == ["offseason-mon@coaches.runclub.net", "offseason-thu@coaches.runclub.net", "offseason-tue@coaches.runclub.net"]
    assert str(found["offseason-tue@coaches.runclub.net"]["SUMMARY"]) == "Easy run"
    assert str(found["offseason-tue@coaches.runclub.net"]["DESCRIPTION"]) == "Thirty minutes; chatty pace."
    assert found["offseason-tue@coaches.runclub.net"].decoded("DTSTART") == datetime.date(2026, 1, 6)
    assert str(found["offseason-thu@coaches.runclub.net"]["SUMMARY"]) == "Easy run + Strength: One leg"


def test_a_site_address_without_a_host_still_gives_unique_ids(mini_text: str) -> None:
    found = events(ics(mini_text, site_url="/"))
    assert [str(e["UID"]) for e in found] == ["offseason-mon@localhost", "offseason-thu@localhost"]


def test_uids_do_not_change_when_the_week_is_edited(mini_text: str) -> None:
    before = events(render_site(load_guide_text(mini_text), site_url="https://coaches.runclub.net/").files["schedules/offseason.ics"])
    edited = mini_text.replace("title: Hips,", "title: Hips and calves,")
    after = events(render_site(load_guide_text(edited), site_url="https://coaches.runclub.net/").files["schedules/offseason.ics"])
    assert [str(e["UID"]) for e in after] == [str(e["UID"]) for e in before]
    assert str(after[0]["SUMMARY"]) == "Strength: Hips and calves"


def test_schedule_pages_offer_their_calendar(real_site: Path) -> None:
    page = (real_site / "schedules" / "offseason" / "index.html").read_text(encoding="utf-8")
    assert '<a class="md-button" download href="../offseason.ics">' in page
    assert events((real_site / "schedules" / "offseason.ics").read_text(encoding="utf-8"))
