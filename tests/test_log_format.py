"""The training log's formats (log-format.js) and readings (log-insights.js), run in Node.

Exports are read back with Python's csv and json modules; expected values are written here by hand or taken from
exercises.yaml, never from the code under test.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from generator.load import load_guide
from generator.render.log_data import log_data
from tests.conftest import ROOT
from tests.node import run_modules

ASSETS = ROOT / "site_overrides" / "assets" / "guide"
DATA = log_data(load_guide(ROOT / "exercises.yaml"))
HEADER = [
    "session_id", "date", "started", "finished", "title", "source", "phase", "planned",
    "exercise", "exercise_name", "set", "target", "unit", "load_kg", "reps", "rir", "set_done",
]
# Text a spreadsheet would run as a formula, or that could break a CSV row.
HOSTILE = [
    '=HYPERLINK("http://evil.example/","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    'comma, "quote" and\nline break',
    "  spaced  ",
    "Ünïcödé ✓ 力",
]


def run_js(body: str, payload: Any = None) -> Any:
    """Evaluate `body`, an expression over `format`, `insights`, `data` and `input`, in Node; return its JSON."""
    return run_modules({"format": ASSETS / "log-format.js", "insights": ASSETS / "log-insights.js"}, body, DATA, payload)


def a_set(exercise: str = "romanian-deadlift", number: int = 1, **changes: Any) -> dict[str, Any]:
    return {
        "exercise": exercise, "name": "Romanian deadlift", "set": number, "target": "3 × 8", "unit": "reps",
        "load": 40, "reps": 8, "rir": 2, "done": f"2026-03-02T18:0{number}:00.000Z",
    } | changes


def a_session(ident: str = "s1", date: str = "2026-03-02", sets: list[dict[str, Any]] | None = None, **changes: Any) -> dict[str, Any]:
    return {
        "id": ident, "date": date, "started": f"{date}T18:00:00.000Z", "finished": f"{date}T18:45:00.000Z",
        "title": "Offseason week, Monday: Hinge and hamstrings", "source": "schedules/offseason/#mon",
        "phase": "offseason", "planned": 2, "sets": sets if sets is not None else [a_set(number=1), a_set(number=2)],
    } | changes


def hostile_sessions() -> list[dict[str, Any]]:
    return [
        a_session(f"s{n}", title=text, sets=[a_set(name=text, target=text, number=1), a_set(name="plain", number=2, load=None, rir=None)])
        for n, text in enumerate(HOSTILE)
    ]


def test_csv_has_a_header_and_one_row_per_set_with_iso_dates() -> None:
    sessions = [a_session("s1"), a_session("s2", "2026-03-05", sets=[a_set(number=1)])]
    rows = list(csv.reader(io.StringIO(run_js("format.toCSV(input)", sessions), newline="")))
    assert rows[0] == HEADER
    assert len(rows) == 1 + 3
    assert [r[1] for r in rows[1:]] == ["2026-03-02", "2026-03-02", "2026-03-05"]
    assert rows[1][2] == "2026-03-02T18:00:00.000Z"
    assert rows[1][8:16] == ["romanian-deadlift", "Romanian deadlift", "1", "3 × 8", "reps", "40", "8", "2"]


def test_csv_neutralises_every_value_a_spreadsheet_would_run() -> None:
    rows = list(csv.reader(io.StringIO(run_js("format.toCSV(input)", hostile_sessions()), newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    titles = [row[4] for row in rows[1:] if row[10] == "1"]
    assert titles == [
        '\'=HYPERLINK("http://evil.example/","click")', "'+1+1", "'-2+3", "'@SUM(A1:A2)", "'\t=1+1", "'\r=1+1",
        "''=already quoted", 'comma, "quote" and\nline break', "  spaced  ", "Ünïcödé ✓ 力",
    ]


def test_csv_and_json_round_trip_hostile_values_unchanged() -> None:
    sessions = hostile_sessions()
    back = run_js("[format.fromCSV(format.toCSV(input)), format.fromJSON(format.toJSON(input))]", sessions)
    for result in back:
        assert result["messages"] == []
        assert {s["id"]: s for s in result["sessions"]} == {s["id"]: s for s in sessions}


def test_json_is_versioned() -> None:
    body = json.loads(run_js("format.toJSON(input, new Date('2026-03-09T12:00:00Z'))", [a_session()]))
    assert (body["format"], body["version"], body["exported"]) == ("posterior-chain-log", 1, "2026-03-09T12:00:00.000Z")
    assert body["sessions"] == [a_session()]


def test_a_newer_or_foreign_json_is_refused_in_words() -> None:
    newer = json.dumps({"format": "posterior-chain-log", "version": 2, "sessions": [a_session()]})
    foreign = json.dumps({"hello": "world"})
    results = run_js("input.map((text) => format.importLog(text))", [newer, foreign, "{not json"])
    assert [r["sessions"] for r in results] == [[], [], []]
    assert [r["messages"] for r in results] == [
        ["The file is a newer log format (version 2) than this guide reads (version 1); open the guide again to update it, then import."],
        ["The file is JSON but not a training log exported by this guide, so nothing was imported."],
        ["The file is not valid JSON, so nothing was imported."],
    ]


def test_a_bad_json_session_is_reported_and_the_rest_imported() -> None:
    text = json.dumps({"format": "posterior-chain-log", "version": 1, "sessions": [a_session("s1"), a_session("s2") | {"date": "2026-02-30x"}, a_session("s3")]})
    result = run_js("format.fromJSON(input)", text)
    assert [s["id"] for s in result["sessions"]] == ["s1", "s3"]
    assert result["messages"] == ['Session 2: date should be a date written YYYY-MM-DD (found "2026-02-30x"); skipped.']


def test_csv_rows_that_cannot_be_read_get_one_message_each() -> None:
    good = run_js("format.toCSV(input)", [a_session("s1", sets=[a_set(number=n) for n in (1, 2, 3)])])
    lines = good.split("\r\n")
    lines[2] = lines[2].replace("2026-03-02,", "2026-13-02,", 1)  # row 3: a month that does not exist
    lines[3] = lines[3].replace(",40,8,2,", ",heavy,8,2,")  # row 4: a load that is not a number
    result = run_js("format.fromCSV(input)", "\r\n".join(lines))
    assert [(s["id"], [x["set"] for x in s["sets"]]) for s in result["sessions"]] == [("s1", [1])]
    assert result["messages"] == [
        'Row 3: date should be a date written YYYY-MM-DD (found "2026-13-02"); row skipped.',
        'Row 4: load should be a load in kg from 0 to 1000, or empty (found "heavy"); row skipped.',
    ]


def test_a_csv_without_the_columns_imports_nothing_and_says_which_are_missing() -> None:
    result = run_js("format.fromCSV(input)", "date,reps\n2026-03-02,8\n")
    assert result == {"sessions": [], "messages": [
        "The first row should name the columns; session_id, started, finished, title, source, phase, planned, exercise, "
        "exercise_name, set, target, unit, load_kg, rir, set_done are missing, so nothing was imported."
    ]}


def test_merging_adds_what_is_missing_and_never_changes_what_is_stored() -> None:
    stored = [a_session("s1", sets=[a_set(number=1, load=40)])]
    incoming = [
        a_session("s1", sets=[a_set(number=1, load=99), a_set(number=2)]),  # set 1 clashes: the stored one stays
        a_session("s2", "2026-03-05"),
        a_session("s2", "2026-03-05"),  # the same file twice over
    ]
    result = run_js("format.mergeSessions(input.stored, input.incoming)", {"stored": stored, "incoming": incoming})
    assert (result["added"], result["extended"], result["duplicates"]) == (1, 1, 1)
    by_id = {s["id"]: s for s in result["sessions"]}
    assert [(x["set"], x["load"]) for x in by_id["s1"]["sets"]] == [(1, 40), (2, 40)]
    assert len(by_id["s2"]["sets"]) == 2
    again = run_js("format.mergeSessions(input.all, input.all)", {"all": result["sessions"]})
    assert (again["added"], again["extended"], again["duplicates"], again["changed"]) == (0, 0, 2, [])


def plan_of_weeks(*weeks: list[str]) -> list[dict[str, Any]]:
    """Sessions on the given dates, two planned a week, the load rising by 5 kg each session."""
    out = []
    for n, date in enumerate(d for week in weeks for d in week):
        out.append(a_session(f"s{n}", date, sets=[a_set(number=1, load=40 + 5 * n)]))
    return out


def test_milestones_follow_the_consistency_chapter() -> None:
    two_weeks = DATA["milestones"]["streaks"][0]
    assert two_weeks["weeks"] == 2  # from exercises.yaml
    sessions = plan_of_weeks(["2026-03-02", "2026-03-05"], ["2026-03-09", "2026-03-12"])
    sessions.append(a_session("rung1", "2026-03-13", sets=[a_set("glute-bridge", name="Glute bridge", load=None)]))
    sessions.append(a_session("rung2", "2026-03-14", sets=[a_set("single-leg-glute-bridge", name="Single-leg glute bridge", load=None)]))
    found = run_js("insights.milestones(input, data)", sessions)
    assert [(m["kind"], m["date"]) for m in found] == [
        ("first-session", "2026-03-02"),
        ("personal-best", "2026-03-05"),
        ("personal-best", "2026-03-09"),
        ("personal-best", "2026-03-12"),
        ("streak", "2026-03-12"),  # the session that completed the second full week
        ("ladder-rung", "2026-03-14"),
    ]
    assert found[-2]["name"] == two_weeks["name"]
    assert found[1]["detail"] == "Romanian deadlift: 45 kg"


def test_a_week_short_of_its_plan_breaks_the_streak() -> None:
    sessions = plan_of_weeks(["2026-03-02", "2026-03-05"], ["2026-03-09"], ["2026-03-16", "2026-03-19"])
    assert run_js("insights.milestones(input, data).filter((m) => m.kind === 'streak')", sessions) == []
    assert run_js("insights.currentStreak(input, '2026-03-20')", sessions) == 1


@pytest.mark.parametrize(
    ("today", "advice"),
    [
        ("2026-03-06", None),  # the same week
        ("2026-03-10", None),  # the next week: nothing missed yet
        ("2026-03-17", "One week off"),
        ("2026-03-24", "Two to three weeks off"),
        ("2026-03-31", "Two to three weeks off"),
        ("2026-04-07", "A month or more"),
    ],
)
def test_a_missed_week_is_met_with_the_guides_advice(today: str, advice: str | None) -> None:
    gap = run_js("insights.comeback(input.sessions, input.today, data)", {"sessions": plan_of_weeks(["2026-03-05"]), "today": today})
    assert (gap and gap["name"]) == advice
    if gap:
        assert gap["illness"]["name"] == "Off because of illness"
