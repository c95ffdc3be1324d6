"""The plan picker's pure logic (plan-logic.js), run in Node over every combination of choices.

The guide's rules are asserted here in Python against the plans Node returns, reading every name and number from
the same exported data the page gets.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import json
import shutil
import subprocess
from typing import Any
from urllib.parse import parse_qsl

import pytest

from generator.load import load_guide
from generator.render.exports import plan_data
from tests.conftest import ROOT
from tests.expected import REST_SHOWN, dose_shown

LOGIC = ROOT / "site_overrides" / "assets" / "guide" / "plan-logic.js"
GUIDE = load_guide(ROOT / "exercises.yaml")
DATA = plan_data(GUIDE)
DEFAULTS = DATA["picker"]["defaults"]
WEEK = [w["slug"] for w in DATA["weekdays"]]
DAY_NAME = {w["slug"]: w["name"] for w in DATA["weekdays"]}
LEVELS = [level["slug"] for level in DATA["levels"]]
EXERCISES = {e["slug"]: e for e in DATA["exercises"]}
MUSCLES = [m["slug"] for m in DATA["muscles"]]
TODAY = datetime.date(2026, 3, 2)


def run_logic(body: str, payload: Any) -> Any:
    """Evaluate `body`, a JavaScript expression over `logic`, `data` and `input`, in Node; return its JSON value."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: the plan picker's logic is tested in Node (apt-get install -y nodejs)")
    script = (
        'import { readFileSync } from "node:fs";\n'
        f"import * as logic from {json.dumps(LOGIC.as_uri())};\n"
        'const { data, input } = JSON.parse(readFileSync(0, "utf8"));\n'
        f"process.stdout.write(JSON.stringify({body}));\n"
    )
    result = subprocess.run(
        [node, "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "--input-type=module", "-e", script],
        input=json.dumps({"data": DATA, "input": payload}),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return json.loads(result.stdout)


def running(phase: str) -> bool:
    """A phase whose long day is a run has key runs and a long run to plan around."""
    return DATA["day_types"][DATA["phases"][phase]["long_day"]]["run"] is not None


def every_choice() -> list[dict[str, Any]]:
    """Every phase x days in its range x equipment x level x long day x (in a running phase) every set of hard days."""
    every_hard_set = [list(s) for r in range(len(WEEK) + 1) for s in itertools.combinations(WEEK, r)]
    choices = []
    for phase, spec in DATA["phases"].items():
        days_range = range(spec["strength_days"]["min"], spec["strength_days"]["max"] + 1)
        hard_sets = every_hard_set if running(phase) else [DEFAULTS["hard"]]
        for days, equipment, level, long, hard in itertools.product(days_range, DATA["equipment_sets"], LEVELS, WEEK, hard_sets):
            choices.append({"phase": phase, "race": "", "days": days, "equipment": equipment, "level": level, "long": long, "hard": hard})
    return choices


@functools.cache
def planned() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    choices = every_choice()
    results = run_logic(
        "input.map((c) => { const plan = logic.makePlan(data, c);"
        " return { plan, same: JSON.stringify(plan) === JSON.stringify(logic.makePlan(data, structuredClone(c))) }; })",
        choices,
    )
    assert all(r["same"] for r in results), "the same choices gave two different plans"
    return [(c, r["plan"]) for c, r in zip(choices, results, strict=True)]


def broken(rule) -> list[str]:
    """Run `rule(choices, plan)` (which returns a problem or None) over every plan; list the first few problems."""
    problems = []
    for choices, plan in planned():
        problem = rule(choices, plan)
        if problem:
            problems.append(f"{problem}: {choices}")
    return problems[:5]


def pool(choices: dict[str, Any]) -> list[dict[str, Any]]:
    """The exercises the rules allow for these choices, worked out here independently of the JavaScript."""
    kit = set(DATA["equipment_sets"][choices["equipment"]]["items"])
    level = LEVELS.index(choices["level"])
    allowed = []
    for e in DATA["exercises"]:
        fits = set(e["equipment"]) <= kit and choices["phase"] in e["dosing"] and LEVELS.index(e["level"]) <= level
        if level == 0:
            fits = fits and e["category"] == "bodyweight" and e["level"] == LEVELS[0]
        if fits:
            allowed.append(e)
    return allowed


def sessions(plan: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return [[EXERCISES[x["slug"]] for x in day["exercises"]] for day in plan["days"] if day["strength"]]


def neighbour(day: int, step: int = 1) -> int:
    return (day + step) % len(WEEK)


def can_place(days: int, blocked: set[int]) -> bool:
    free = [d for d in range(len(WEEK)) if d not in blocked]
    return any(all(neighbour(a) not in pick for a in pick) for pick in map(set, itertools.combinations(free, days)))


# ---- the rules every plan keeps -------------------------------------------------------------------------


def test_every_combination_gets_a_plan_and_the_same_choices_the_same_plan() -> None:
    assert len(planned()) == len(every_choice()) > 10_000


def test_every_week_has_seven_days_in_order_each_with_the_guides_day_types() -> None:
    strength = DATA["picker"]["strength_day_type"]

    def rule(choices, plan):
        if [d["slug"] for d in plan["days"]] != WEEK:
            return "days out of order"
        for day in plan["days"]:
            if not day["types"] or any(t not in DATA["day_types"] for t in day["types"]):
                return f"{day['slug']} has day types {day['types']}"
            if (strength in day["types"]) != day["strength"] or day["strength"] != bool(day["exercises"]):
                return f"{day['slug']} mixes up strength and its session"
            runs = [DATA["day_types"][t]["run"] for t in day["types"] if DATA["day_types"][t]["run"]]
            if day["run"] != (runs[0] if runs else None):
                return f"{day['slug']} has run {day['run']} but day types {day['types']}"
        return None

    assert broken(rule) == []


def test_exactly_the_strength_days_asked_for_never_two_in_a_row_and_sunday_neighbours_monday() -> None:
    def rule(choices, plan):
        strength = [i for i, day in enumerate(plan["days"]) if day["strength"]]
        if len(strength) != choices["days"]:
            return f"{len(strength)} strength days"
        if any(neighbour(i) in strength for i in strength):
            return f"neighbouring strength days {strength}"
        return None

    assert broken(rule) == []
    wraps = [plan for choices, plan in planned() if plan["days"][0]["strength"]]
    assert wraps and all(not plan["days"][-1]["strength"] for plan in wraps)


def test_in_a_running_phase_strength_sits_on_easy_days_never_on_or_before_a_key_or_long_run() -> None:
    def rule(choices, plan):
        if not running(choices["phase"]):
            return None
        days = plan["days"]
        long = WEEK.index(choices["long"])
        if days[long]["run"] != "long" or days[long]["types"] != [DATA["phases"][choices["phase"]]["long_day"]]:
            return "the long run is not on the long day"
        if [d["run"] for d in days].count("long") != 1:
            return "more than one long run"
        for i, day in enumerate(days):
            if day["strength"] and (day["run"] != "easy" or days[neighbour(i)]["run"] in ("hard", "long")):
                return f"strength on {day['slug']} ({day['run']}) before {days[neighbour(i)]['run']}"
        return None

    assert broken(rule) == []


def test_key_runs_are_the_runners_own_and_dropped_only_when_they_leave_no_room_with_a_note() -> None:
    def rule(choices, plan):
        if not running(choices["phase"]):
            return "key runs in a phase without them" if any(d["run"] == "hard" for d in plan["days"]) else None
        wanted = [d for d in choices["hard"] if d != choices["long"]]
        drawn = [d["slug"] for d in plan["days"] if d["run"] == "hard"]
        if plan["hard"] != drawn or not set(drawn) <= set(wanted):
            return f"key runs {drawn} not among the runner's {wanted}"
        dropped = [d for d in wanted if d not in drawn]
        if not dropped:
            return "a note although nothing was dropped" if plan["notes"] else None
        busy = {WEEK.index(d) for d in [*wanted, choices["long"]]}
        if can_place(choices["days"], busy | {neighbour(d, -1) for d in busy}):
            return f"dropped {dropped} although the runner's week had room"
        if len(plan["notes"]) != 1 or not all(DAY_NAME[d] in plan["notes"][0] for d in dropped):
            return f"dropped {dropped} without saying so: {plan['notes']}"
        return None

    assert broken(rule) == []
    assert any(plan["notes"] for _, plan in planned()), "no combination needed a fallback: the test proves nothing"


def test_free_days_get_the_phases_fill_days_in_order_and_the_long_day_its_long_day_type() -> None:
    strength_type = DATA["picker"]["strength_day_type"]

    def rule(choices, plan):
        phase = DATA["phases"][choices["phase"]]
        long = WEEK.index(choices["long"])
        if plan["days"][long]["types"] != [phase["long_day"]]:
            return "long day type"
        free = [d for i, d in enumerate(plan["days"]) if i != long and not d["strength"] and d["run"] != "hard"]
        expected = list(itertools.islice(itertools.cycle(phase["fill_days"]), len(free)))
        if [d["types"][0] for d in free] != expected or any(len(d["types"]) != 1 for d in free):
            return f"free days {[d['types'] for d in free]}"
        if not running(choices["phase"]):
            if any(d["strength"] and d["types"] != [strength_type] for d in plan["days"]):
                return "a run on a strength day in a phase without required running"
        return None

    assert broken(rule) == []


def test_every_session_has_the_right_size_and_the_week_trains_every_muscle() -> None:
    size = DATA["picker"]["session_size"]

    def rule(choices, plan):
        week = sessions(plan)
        if any(not size["min"] <= len(s) <= size["max"] for s in week):
            return f"session sizes {[len(s) for s in week]}"
        if any(len({e["slug"] for e in s}) != len(s) for s in week):
            return "an exercise twice in one session"
        trained = {m for s in week for e in s for m in e["primary_muscles"]}
        if set(MUSCLES) - trained:
            return f"untrained muscles {set(MUSCLES) - trained}"
        return None

    assert broken(rule) == []


def test_only_exercises_the_equipment_phase_and_level_allow() -> None:
    def rule(choices, plan):
        allowed = {e["slug"] for e in pool(choices)}
        wrong = [e["slug"] for s in sessions(plan) for e in s if e["slug"] not in allowed]
        return f"not allowed: {wrong}" if wrong else None

    assert broken(rule) == []
    beginners = [plan for choices, plan in planned() if choices["level"] == LEVELS[0]]
    assert all(e["category"] != "plyometric" for plan in beginners for s in sessions(plan) for e in s)


def test_beginners_never_skip_an_easier_rung_for_a_harder_one() -> None:
    def rule(choices, plan):
        if choices["level"] != LEVELS[0]:
            return None
        used = {e["slug"] for s in sessions(plan) for e in s}
        for slug in used:
            e = EXERCISES[slug]
            skipped = [
                other["slug"]
                for other in pool(choices)
                if other["primary_muscles"] == e["primary_muscles"] and len(other["easier"]) < len(e["easier"]) and other["slug"] not in used
            ]
            if skipped:
                return f"{slug} chosen while the easier {skipped} was left out"
        return None

    assert broken(rule) == []


def test_advanced_weeks_have_unilateral_and_plyometric_work_when_the_equipment_allows() -> None:
    def rule(choices, plan):
        if choices["level"] != LEVELS[-1]:
            return None
        used = [e for s in sessions(plan) for e in s]
        if any(e["unilateral"] for e in pool(choices)) and not any(e["unilateral"] for e in used):
            return "no unilateral exercise"
        if any(e["category"] == "plyometric" for e in pool(choices)) and not any(e["category"] == "plyometric" for e in used):
            return "no plyometric exercise"
        return None

    assert broken(rule) == []


def test_no_exercise_repeats_on_another_day_while_an_allowed_one_is_unused() -> None:
    def rule(choices, plan):
        used = [e["slug"] for s in sessions(plan) for e in s]
        repeated = {slug for slug in used if used.count(slug) > 1}
        unused = {e["slug"] for e in pool(choices)} - set(used)
        return f"repeats {repeated} while {unused} are unused" if repeated and unused else None

    assert broken(rule) == []


def test_each_exercise_shows_its_dose_and_rest_from_the_data_and_links_to_its_page() -> None:
    def rule(choices, plan):
        for day in plan["days"]:
            for shown in day["exercises"]:
                e = GUIDE.exercises[shown["slug"]]
                dose, rest = dose_shown(e.dosing[choices["phase"]]), REST_SHOWN[e.rest]
                expected = {"slug": e.slug, "name": e.name, "url": f"exercises/{e.slug}/", "dose": dose, "rest": rest}
                if shown != expected:
                    return f"{shown} != {expected}"
        return None

    assert broken(rule) == []


# ---- reading choices from the address ---------------------------------------------------------------------


def parse(*queries: str, today: datetime.date = TODAY) -> list[dict[str, Any]]:
    return run_logic(
        "input.queries.map((q) => logic.parseChoices(new URLSearchParams(q), data, new Date(...input.today)))",
        {"queries": list(queries), "today": [today.year, today.month - 1, today.day]},
    )


def default_choices(**changes: Any) -> dict[str, Any]:
    return {"phase": DEFAULTS["phase"], "race": "", "days": DEFAULTS["days"], "equipment": DEFAULTS["equipment"], "level": DEFAULTS["level"], "long": DEFAULTS["long"], "hard": DEFAULTS["hard"]} | changes


def full_query(**changes: str) -> str:
    params = {"phase": DEFAULTS["phase"], "days": str(DEFAULTS["days"]), "equipment": DEFAULTS["equipment"], "level": DEFAULTS["level"], "long": DEFAULTS["long"]} | changes
    return "&".join(f"{k}={v}" for k, v in params.items())


def test_no_parameters_give_the_default_choices_without_a_note() -> None:
    assert parse("") == [{"choices": default_choices(), "notes": []}]


def test_a_full_link_gives_exactly_its_choices() -> None:
    [result] = parse("phase=preseason&days=1&equipment=none&level=beginner&long=sat&hard=wed&hard=mon")
    assert result == {"choices": default_choices(phase="preseason", days=1, equipment="none", level="beginner", long="sat", hard=["mon", "wed"]), "notes": []}


BAD = [
    ("phase", "winter", "phase", DATA["phases"][DEFAULTS["phase"]]["name"]),
    ("equipment", "castle", "equipment", DATA["equipment_sets"][DEFAULTS["equipment"]]["name"]),
    ("level", "expert", "level", next(level["name"] for level in DATA["levels"] if level["slug"] == DEFAULTS["level"])),
    ("long", "someday", "long-run day", DAY_NAME[DEFAULTS["long"]]),
]


@pytest.mark.parametrize(("key", "bad", "what", "name"), BAD, ids=[b[0] for b in BAD])
def test_an_unknown_value_falls_back_to_the_default_with_a_note(key: str, bad: str, what: str, name: str) -> None:
    [result] = parse(full_query(**{key: bad}))
    assert result == {"choices": default_choices(), "notes": [f"“{bad}” is not a known {what}; using {name}."]}


@pytest.mark.parametrize("bad", ["two", "-1", "2.5", "99", "0"])
def test_a_number_of_days_outside_the_phases_range_falls_back_with_a_note(bad: str) -> None:
    phase = DATA["phases"][DEFAULTS["phase"]]
    [result] = parse(full_query(days=bad))
    span = f"{phase['strength_days']['min']}-{phase['strength_days']['max']} strength days a week"
    assert result == {"choices": default_choices(), "notes": [f"“{bad}” does not fit {phase['name']} ({span}); using {DEFAULTS['days']}."]}


def test_days_are_kept_inside_each_phases_range() -> None:
    for slug, phase in DATA["phases"].items():
        too_many = phase["strength_days"]["max"] + 1
        [result] = parse(full_query(phase=slug, days=str(too_many)))
        assert phase["strength_days"]["min"] <= result["choices"]["days"] <= phase["strength_days"]["max"]
        assert len(result["notes"]) == 1 and result["notes"][0].startswith(f"“{too_many}” does not fit {phase['name']} (")


def test_a_partial_link_says_which_choices_it_left_out() -> None:
    [result] = parse("phase=preseason")
    assert result["choices"] == default_choices(phase="preseason")
    assert result["notes"] == [
        f"The link gives no number of strength days; using {DEFAULTS['days']}.",
        f"The link gives no equipment; using {DATA['equipment_sets'][DEFAULTS['equipment']]['name']}.",
        f"The link gives no level; using {next(x['name'] for x in DATA['levels'] if x['slug'] == DEFAULTS['level'])}.",
    ]


def test_hard_days_unknown_ones_are_ignored_none_is_allowed_and_the_long_day_is_never_one() -> None:
    unknown, empty, on_long = parse(full_query() + "&hard=tue&hard=funday", full_query() + "&hard=", full_query(phase="preseason", long="thu") + "&hard=tue&hard=thu")
    assert unknown == {"choices": default_choices(hard=["tue"]), "notes": ["Ignored key-run days that are not weekdays: “funday”."]}
    assert empty == {"choices": default_choices(hard=[]), "notes": []}
    assert on_long == {"choices": default_choices(phase="preseason", long="thu", hard=["tue"]), "notes": ["Thursday is the long-run day, so it is not also a key-run day."]}


@pytest.mark.parametrize("phase", list(DATA["phases"]))
def test_a_race_date_picks_the_phase_whose_weeks_to_race_contain_it_and_says_how_many_weeks_remain(phase: str) -> None:
    spec = DATA["phases"][phase]
    for weeks in (spec["weeks_to_race"]["min"], spec["weeks_to_race"]["max"]):
        race = (TODAY + datetime.timedelta(days=weeks * 7 + 3)).isoformat()
        other = next(p for p in DATA["phases"] if p != phase)
        [result] = parse(f"race={race}&phase={other}&days=1")
        assert result["choices"]["phase"] == phase and result["choices"]["race"] == race
        assert result["notes"][0] == f"Race day {race} is {weeks} week{'' if weeks == 1 else 's'} away: {spec['name']}."


def test_a_past_far_or_malformed_race_date_falls_back_to_the_phase_with_a_note() -> None:
    beyond = max(p["weeks_to_race"]["max"] for p in DATA["phases"].values()) + 1
    far = (TODAY + datetime.timedelta(weeks=beyond)).isoformat()
    past = (TODAY - datetime.timedelta(days=1)).isoformat()
    name = DATA["phases"]["preseason"]["name"]
    results = parse(*(f"race={race}&{full_query(phase='preseason', days='1')}" for race in (past, far, "2026-02-30", "soon")))
    assert [r["choices"] for r in results] == [default_choices(phase="preseason", days=1)] * 4
    assert [r["notes"] for r in results] == [
        [f"Race day {past} has passed; using {name}."],
        [f"Race day {far} is {beyond} weeks away, further ahead than the guide plans; using {name}."],
        [f"“2026-02-30” is not a race date (YYYY-MM-DD); using {name}."],
        [f"“soon” is not a race date (YYYY-MM-DD); using {name}."],
    ]


def test_choices_round_trip_through_the_address_in_a_stable_order() -> None:
    race = (TODAY + datetime.timedelta(weeks=4)).isoformat()
    choices = [c for c in every_choice() if c["long"] not in c["hard"] or not running(c["phase"])]
    choices.append(default_choices(phase="preseason", race=race, days=1))
    results = run_logic(
        "input.choices.map((c) => { const query = logic.choicesToParams(c).toString();"
        " return { query, back: logic.parseChoices(new URLSearchParams(query), data, new Date(...input.today)) }; })",
        {"choices": choices, "today": [TODAY.year, TODAY.month - 1, TODAY.day]},
    )
    for c, result in zip(choices, results, strict=True):
        assert result["back"]["choices"] == c, result["query"]
        keys = list(dict.fromkeys(k for k, _ in parse_qsl(result["query"], keep_blank_values=True)))
        assert keys == ["phase", *(["race"] if c["race"] else []), "days", "equipment", "level", "long", "hard"]
        assert result["back"]["notes"] == ([f"Race day {race} is 4 weeks away: {DATA['phases']['preseason']['name']}."] if c["race"] else [])
