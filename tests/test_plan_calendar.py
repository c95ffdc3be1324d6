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
NEWLINES = HOSTILE.replace("\r\n", "\n").replace("\r", "\n")
DATA = {
    "day_types": {
        "strength": {"name": "Strength; hips, calves", "run": None, "in_calendar": True},
        "easy-run": {"name": "Easy\rrun", "run": "easy", "in_calendar": True},
        "rest": {"name": "Rest", "run": None, "in_calendar": False},
    },
    "season": {
        "stages": [{"slug": "base", "name": "Base,\r\nfirst"}, {"slug": "build", "name": "Build"}],
        "effort": {"name": "Reps In Reserve", "short": "RIR"},
    },
}


def day(date: str, types: list[str], exercises: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"date": date, "types": types, "strength": "strength" in types, "exercises": exercises or []}


BRIDGE = {"name": HOSTILE, "dose": "3 × 8 each side", "rest": "60-90 s", "url": "exercises/glute-bridge/"}
CALF = {"name": "Calf raise", "dose": "2 × 15", "rest": "2 min", "url": "exercises/calf-raise/"}
# Two weeks as makeBlock draws them; only strength days become events, the second week is a deload.
BLOCK = {
    "start": "2026-02-23",
    "race": "",
    "weeks": [
        {
            "index": 0,
            "stage": "base",
            "deload": False,
            "effort": {"min": 2, "max": 3},
            "days": [day("2026-02-23", ["rest"]), day("2026-02-25", ["easy-run"]), day("2026-02-28", ["easy-run", "strength"], [BRIDGE, CALF])],
        },
        {
            "index": 1,
            "stage": "build",
            "deload": True,
            "effort": {"min": 4, "max": 5},
            "days": [day("2026-03-02", ["strength"], [CALF]), day("2026-03-03", ["rest"])],
        },
    ],
}


def write_calendar(title: str, note: str = "") -> bytes:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: the plan picker's calendar is tested in Node (apt-get install -y nodejs)")
    script = (
        'import { readFileSync } from "node:fs";\n'
        f"import {{ planCalendar }} from {json.dumps(WRITER.as_uri())};\n"
        'const { data, block, title, note } = JSON.parse(readFileSync(0, "utf8"));\n'
        "const options = { base: 'https://coach.example/guide/', host: 'coach.example', now: new Date(2026, 2, 4, 9, 30), title, note };\n"
        "process.stdout.write(planCalendar(data, block, options));\n"
    )
    result = subprocess.run(
        [node, "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "--input-type=module", "-e", script],
        input=json.dumps({"data": DATA, "block": BLOCK, "title": title, "note": note}).encode(),
        capture_output=True,
        check=False,
        env={"TZ": "UTC", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0 and result.stderr == b"", result.stderr.decode()
    return result.stdout


def test_every_line_ends_in_crlf_fits_75_octets_and_folds_between_characters() -> None:
    raw = write_calendar(HOSTILE, HOSTILE)
    assert raw.endswith(b"\r\n")
    lines = raw.removesuffix(b"\r\n").split(b"\r\n")
    assert [line for line in lines if b"\r" in line or b"\n" in line] == []
    assert [line for line in lines if len(line) > 75] == []
    for line in lines:
        line.decode("utf-8")  # a fold inside a multi-byte character would leave half of it on each line
    continued = [line for line in lines if line.startswith(b" ")]
    assert len(continued) > 10
    # Lines are filled: only a line followed by a continuation is folded, and it is folded as late as it can be.
    for line, following in zip(lines, lines[1:]):
        if following.startswith(b" "):
            first_char = following[1:].decode("utf-8")[0].encode("utf-8")
            assert len(line) + len(first_char) > 75, (line, following)


def test_text_reads_back_exactly_with_each_line_break_as_a_newline() -> None:
    calendar = Calendar.from_ical(write_calendar(HOSTILE, note=HOSTILE).decode("utf-8"))
    # icalendar keeps an X- property's value as written, so this one is compared in its escaped form.
    assert str(calendar["X-WR-CALNAME"]) == "Back\\\\slash\\; semi\\, comma\\nCRLF\\nbare CR\\nLF " + HOSTILE.split("LF ")[-1]
    assert str(calendar["PRODID"]) == "-//coach.example//plan picker//EN" and str(calendar["VERSION"]) == "2.0"
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == ["strength-2026-02-28@coach.example", "strength-2026-03-02@coach.example"]
    saturday = events["strength-2026-02-28@coach.example"]
    assert str(saturday["SUMMARY"]) == "Easy\nrun + Strength; hips, calves (week 1)"
    assert str(saturday["DESCRIPTION"]) == "\n".join(
        [
            NEWLINES,
            "Base,\nfirst; effort 2-3 reps in reserve.",
            f"- {NEWLINES}: 3 × 8 each side, rest 60-90 s. https://coach.example/guide/exercises/glute-bridge/",
            "- Calf raise: 2 × 15, rest 2 min. https://coach.example/guide/exercises/calf-raise/",
        ]
    )
    monday = events["strength-2026-03-02@coach.example"]
    assert str(monday["SUMMARY"]) == "Strength; hips, calves (week 2)"
    assert str(monday["DESCRIPTION"]) == "\n".join(
        [NEWLINES, "Build, deload week; effort 4-5 reps in reserve.", "- Calf raise: 2 × 15, rest 2 min. https://coach.example/guide/exercises/calf-raise/"]
    )


def test_each_strength_day_is_one_all_day_event_stamped_with_the_time_of_writing() -> None:
    calendar = Calendar.from_ical(write_calendar("My block").decode("utf-8"))
    assert str(calendar["X-WR-CALNAME"]) == "My block"
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    # A Saturday at the end of February ends on 1 March; without a note, the description starts with the stage.
    assert {uid: (e.decoded("DTSTART"), e.decoded("DTEND")) for uid, e in events.items()} == {
        "strength-2026-02-28@coach.example": (datetime.date(2026, 2, 28), datetime.date(2026, 3, 1)),
        "strength-2026-03-02@coach.example": (datetime.date(2026, 3, 2), datetime.date(2026, 3, 3)),
    }
    assert str(events["strength-2026-03-02@coach.example"]["DESCRIPTION"]).splitlines()[0] == "Build, deload week; effort 4-5 reps in reserve."
    assert {e.decoded("DTSTAMP") for e in events.values()} == {datetime.datetime(2026, 3, 4, 9, 30, tzinfo=datetime.UTC)}
    assert all("RRULE" not in e for e in events.values())
