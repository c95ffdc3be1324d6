"""The plan picker's calendar writer (plan-calendar.js), run in Node on hostile text and read back by icalendar."""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess
from typing import Any

import pytest
from icalendar import Calendar

from tests.conftest import ROOT

WRITER = ROOT / "site_overrides" / "assets" / "guide" / "plan-calendar.js"

# Every character RFC 5545 makes special in TEXT, line breaks of three kinds, and multi-byte characters placed so
# that a fold at 75 octets would fall inside one of them.
HOSTILE = "Back\\slash; semi, comma\r\nCRLF\rbare CR\nLF " + "é" * 40 + " 🦵" * 20
DAY_TYPES = {
    "strength": {"name": "Strength; hips, calves", "in_calendar": True},
    "easy-run": {"name": "Easy\rrun", "in_calendar": True},
    "rest": {"name": "Rest", "in_calendar": False},
}
WEEKDAYS = [{"slug": d, "name": d} for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]


def day(slug: str, types: list[str], exercises: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"slug": slug, "types": types, "exercises": exercises or []}


PLAN = {
    "days": [
        day("mon", ["easy-run", "strength"], [{"name": HOSTILE, "dose": "3 × 8 each side", "rest": "60-90 s", "url": "exercises/glute-bridge/"}]),
        day("tue", ["rest"]),
        day("wed", ["easy-run"]),
        day("thu", ["strength"], [{"name": "Calf raise", "dose": "3 × 15", "rest": "2 min", "url": "exercises/calf-raise/"}]),
        day("fri", ["rest"]),
        day("sat", ["rest"]),
        day("sun", ["rest"]),
    ]
}


def write_calendar(title: str) -> bytes:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: the plan picker's calendar is tested in Node (apt-get install -y nodejs)")
    script = (
        'import { readFileSync } from "node:fs";\n'
        f"import {{ planCalendar }} from {json.dumps(WRITER.as_uri())};\n"
        'const { data, plan, title } = JSON.parse(readFileSync(0, "utf8"));\n'
        "const options = { base: 'https://coach.example/guide/', host: 'coach.example', now: new Date(2026, 2, 4, 9, 30), title };\n"
        "process.stdout.write(planCalendar(data, plan, options));\n"
    )
    result = subprocess.run(
        [node, "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "--input-type=module", "-e", script],
        input=json.dumps({"data": {"weekdays": WEEKDAYS, "day_types": DAY_TYPES}, "plan": PLAN, "title": title}).encode(),
        capture_output=True,
        check=False,
        env={"TZ": "UTC", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0 and result.stderr == b"", result.stderr.decode()
    return result.stdout


def test_every_line_ends_in_crlf_fits_75_octets_and_folds_between_characters() -> None:
    raw = write_calendar(HOSTILE)
    assert raw.endswith(b"\r\n")
    lines = raw.removesuffix(b"\r\n").split(b"\r\n")
    assert [line for line in lines if b"\r" in line or b"\n" in line] == []
    assert [line for line in lines if len(line) > 75] == []
    for line in lines:
        line.decode("utf-8")  # a fold inside a multi-byte character would leave half of it on each line
    continued = [line for line in lines if line.startswith(b" ")]
    assert len(continued) > 5
    # Lines are filled: only a line followed by a continuation is folded, and it is folded as late as it can be.
    for line, following in zip(lines, lines[1:]):
        if following.startswith(b" "):
            first_char = following[1:].decode("utf-8")[0].encode("utf-8")
            assert len(line) + len(first_char) > 75, (line, following)


def test_text_reads_back_exactly_with_each_line_break_as_a_newline() -> None:
    calendar = Calendar.from_ical(write_calendar(HOSTILE).decode("utf-8"))
    newline = HOSTILE.replace("\r\n", "\n").replace("\r", "\n")
    # icalendar keeps an X- property's value as written, so this one is compared in its escaped form.
    assert str(calendar["X-WR-CALNAME"]) == "Back\\\\slash\\; semi\\, comma\\nCRLF\\nbare CR\\nLF " + HOSTILE.split("LF ")[-1]
    assert str(calendar["PRODID"]) == "-//coach.example//plan picker//EN" and str(calendar["VERSION"]) == "2.0"
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == ["plan-mon@coach.example", "plan-thu@coach.example", "plan-wed@coach.example"]
    monday = events["plan-mon@coach.example"]
    assert str(monday["SUMMARY"]) == "Easy\nrun + Strength; hips, calves"
    assert str(monday["DESCRIPTION"]) == f"- {newline}: 3 × 8 each side, rest 60-90 s. https://coach.example/guide/exercises/glute-bridge/"
    assert str(events["plan-thu@coach.example"]["DESCRIPTION"]) == "- Calf raise: 3 × 15, rest 2 min. https://coach.example/guide/exercises/calf-raise/"
    assert "DESCRIPTION" not in events["plan-wed@coach.example"]


def test_each_day_recurs_weekly_from_its_next_date_stamped_with_the_time_of_writing() -> None:
    calendar = Calendar.from_ical(write_calendar("My week").decode("utf-8"))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    # Written on Wednesday 4 March 2026: Wednesday starts today, Thursday tomorrow, Monday next week.
    starts = {uid: e.decoded("DTSTART") for uid, e in events.items()}
    assert starts == {
        "plan-mon@coach.example": datetime.date(2026, 3, 9),
        "plan-wed@coach.example": datetime.date(2026, 3, 4),
        "plan-thu@coach.example": datetime.date(2026, 3, 5),
    }
    assert {uid: dict(e["RRULE"]) for uid, e in events.items()} == {
        "plan-mon@coach.example": {"FREQ": ["WEEKLY"], "BYDAY": ["MO"]},
        "plan-wed@coach.example": {"FREQ": ["WEEKLY"], "BYDAY": ["WE"]},
        "plan-thu@coach.example": {"FREQ": ["WEEKLY"], "BYDAY": ["TH"]},
    }
    assert {e.decoded("DTSTAMP") for e in events.values()} == {datetime.datetime(2026, 3, 4, 9, 30, tzinfo=datetime.UTC)}
