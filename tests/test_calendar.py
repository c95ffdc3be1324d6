"""Sample weeks as .ics files: one weekly event per training day, UIDs stable so a re-import updates, not duplicates."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from generator.load import load_guide_text
from generator.render import render_site
from generator.schema import WEEKDAYS

BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def events(text: str) -> list:
    return Calendar.from_ical(text).walk("VEVENT")


def test_each_training_day_is_one_weekly_recurring_event(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    ics = render_site(guide, site_url="https://coach.example/").files["schedules/offseason.ics"]
    found = events(ics)
    training_days = [d for d in guide.schedules["offseason"].days if d.activities != ["rest"]]
    assert len(found) == len(training_days) == 2
    for event, day in zip(found, training_days, strict=True):
        assert event["RRULE"]["FREQ"] == ["WEEKLY"]
        assert event["RRULE"]["BYDAY"] == [BYDAY[WEEKDAYS.index(day.day)]]
        assert event.decoded("DTSTART").weekday() == WEEKDAYS.index(day.day)
        assert str(event["UID"]) == f"offseason-{day.day}@coach.example"
    monday = str(found[0]["DESCRIPTION"])
    assert "- Glute bridge: 3 × 12, rest 60-90 s. https://coach.example/exercises/glute-bridge/" in monday


def test_uids_do_not_change_when_the_week_is_edited(mini_text: str) -> None:
    before = events(render_site(load_guide_text(mini_text), site_url="https://coach.example/").files["schedules/offseason.ics"])
    edited = mini_text.replace("title: Hips,", "title: Hips and calves,")
    after = events(render_site(load_guide_text(edited), site_url="https://coach.example/").files["schedules/offseason.ics"])
    assert [str(e["UID"]) for e in after] == [str(e["UID"]) for e in before]
    assert str(after[0]["SUMMARY"]) == "Strength: Hips and calves"


def test_schedule_pages_offer_their_calendar(real_site: Path) -> None:
    page = (real_site / "schedules" / "offseason" / "index.html").read_text(encoding="utf-8")
    assert '<a class="md-button" download href="../offseason.ics">' in page
    assert events((real_site / "schedules" / "offseason.ics").read_text(encoding="utf-8"))
