"""Sample weeks as iCalendar files: one weekly recurring event per training day, with stable UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from generator.address import CALENDAR_DRAFT_NOTE, is_placeholder
from generator.model import Guide
from generator.render.markup import plain_text
from generator.render.text import (
    absolute_url,
    dose_label,
    exercise_src,
    rest_label,
    schedule_src,
)
from generator.schema import WEEKDAYS, Schedule

# Recurrences start on a fixed Monday so two builds of the same data give the same file.
FIRST_MONDAY = date(2026, 1, 5)
STAMP = datetime(2026, 1, 5, tzinfo=UTC)
BYDAY = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}


def schedule_ics(guide: Guide, schedule: Schedule, site_url: str) -> str:
    host = urlsplit(site_url).hostname or "localhost"
    calendar = Calendar()
    calendar.add("prodid", f"-//{host}//posterior-chain guide//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", schedule.title)
    for day in schedule.days:
        types = [guide.data.day_types[a] for a in day.activities]
        if not any(t.in_calendar for t in types):
            continue
        event = Event()
        event.add("uid", f"{schedule.slug}-{day.day}@{host}")
        event.add("dtstamp", STAMP)
        event.add("dtstart", FIRST_MONDAY + timedelta(days=WEEKDAYS.index(day.day)))
        event.add("rrule", {"freq": "weekly", "byday": BYDAY[day.day]})
        summary = " + ".join(t.name for t in types)
        event.add("summary", f"{summary}: {day.session.title}" if day.session else summary)
        # Calendar text is plain: icalendar escapes it for the format, and prose keeps only its words.
        lines = [CALENDAR_DRAFT_NOTE, plain_text(day.note)] if is_placeholder(site_url) else [plain_text(day.note)]
        for item in day.session.exercises if day.session else []:
            exercise = guide.exercises[item.exercise]
            dose = dose_label(guide.dose(exercise, schedule.phase, item.dose))
            lines.append(f"- {exercise.name}: {dose}, rest {rest_label(guide.data.rest[exercise.rest])}. {absolute_url(site_url, exercise_src(exercise.slug))}")
        event.add("description", "\n".join(lines))
        event.add("url", absolute_url(site_url, schedule_src(schedule.slug)))
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")
