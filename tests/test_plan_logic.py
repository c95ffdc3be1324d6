"""The plan picker's pure logic (plan-logic.js), run in Node over blocks of weeks built back from race day.

Every rule is asserted here in Python against the blocks Node returns, reading each name and number from the same
exported data the page gets; what a block should look like is worked out here from the data's meaning, never by
asking plan-logic.js.

The full cross product (3 day counts x 3 equipment sets x 3 levels x 7 long days x 128 key-run sets x 54 race
dates x 16 sore-spot sets) is some 21 million blocks, so it is sampled in three layers that together reach every
value of every choice and every pair that a rule ties together:

- every day count x equipment set x level x race date from 0 to 52 weeks away (and none), the race's weekday,
  the long day, the key runs and the sore spots turning with the index so each of them takes every value;
- every long day x every set of key-run days, with a race 14 weeks away so each stage's week shape is met;
- every sore-spot combination x level x equipment set, with a 20-week block.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from typing import Any
from urllib.parse import parse_qsl

import pytest

from generator.load import load_guide
from generator.render.exports import plan_data
from tests.conftest import ROOT
from tests.node import run_modules

LOGIC = ROOT / "site_overrides" / "assets" / "guide" / "plan-logic.js"
DATA = plan_data(load_guide(ROOT / "exercises.yaml"))
SEASON = DATA["season"]
DEFAULTS = DATA["picker"]["defaults"]
WEEK = [w["slug"] for w in DATA["weekdays"]]
DAY_NAME = {w["slug"]: w["name"] for w in DATA["weekdays"]}
LEVELS = [level["slug"] for level in DATA["levels"]]
EXERCISES = {e["slug"]: e for e in DATA["exercises"]}
MUSCLES = [m["slug"] for m in DATA["muscles"]]
STAGES = {s["slug"]: s for s in SEASON["stages"]}
STAGE_ORDER = [s["slug"] for s in SEASON["stages"]]
SPOTS = [s["slug"] for s in SEASON["sore_spots"]]
TODAY = datetime.date(2026, 3, 4)  # a Wednesday
COMING_MONDAY = datetime.date(2026, 3, 9)
DAYS_RANGE = range(
    max(1, min(s["strength_days"]["min"] for s in SEASON["stages"])), max(s["strength_days"]["max"] for s in SEASON["stages"]) + 1
)
# The rung each exercise holds on each ladder it is on.
RUNGS: dict[str, dict[str, int]] = {slug: {} for slug in EXERCISES}
for _ladder in DATA["ladders"]:
    for _rung, _slug in enumerate(_ladder["steps"]):
        RUNGS[_slug][_ladder["slug"]] = _rung


def run_logic(body: str, payload: Any) -> Any:
    """Evaluate `body`, a JavaScript expression over `logic`, `data` and `input`, in Node; return its JSON value."""
    return run_modules({"logic": LOGIC}, body, DATA, payload)


def choice(**changes: Any) -> dict[str, Any]:
    base = {"race": "", "start": COMING_MONDAY.isoformat(), "days": DEFAULTS["days"], "equipment": DEFAULTS["equipment"], "level": DEFAULTS["level"], "long": DEFAULTS["long"], "hard": DEFAULTS["hard"], "sore": []}
    return base | changes


def race_on(weeks: int, weekday: int) -> tuple[str, str]:
    """(race date, block start) for a race `weeks` whole weeks after the coming Monday's week, on `weekday` (0 = Monday)."""
    race = COMING_MONDAY + datetime.timedelta(weeks=weeks, days=weekday)
    return race.isoformat(), COMING_MONDAY.isoformat()


def sampled_choices() -> list[dict[str, Any]]:
    hard_sets = [list(s) for r in range(len(WEEK) + 1) for s in itertools.combinations(WEEK, r)]
    sore_sets = [list(s) for r in range(len(SPOTS) + 1) for s in itertools.combinations(SPOTS, r)]
    out = []
    for n, (days, equipment, level, weeks) in enumerate(itertools.product(DAYS_RANGE, DATA["equipment_sets"], LEVELS, [None, *range(53)])):
        long = WEEK[n % 7]
        hard = [d for d in hard_sets[(n * 37) % len(hard_sets)] if d != long]
        race, start = race_on(weeks, (n * 3) % 7) if weeks is not None else ("", COMING_MONDAY.isoformat())
        out.append(choice(race=race, start=start, days=days, equipment=equipment, level=level, long=long, hard=hard, sore=sore_sets[n % len(sore_sets)]))
    for n, (long, hard) in enumerate(itertools.product(WEEK, hard_sets)):
        if long in hard:
            continue
        race, start = race_on(14, n % 7)
        out.append(choice(race=race, start=start, days=DAYS_RANGE[n % len(DAYS_RANGE)], level=LEVELS[n % 3], equipment=list(DATA["equipment_sets"])[n % 3], long=long, hard=hard))
    for sore, level, equipment in itertools.product(sore_sets, LEVELS, DATA["equipment_sets"]):
        race, start = race_on(20, 6)
        out.append(choice(race=race, start=start, days=3, equipment=equipment, level=level, sore=sore, hard=["tue", "thu"], long="sun"))
    return out


# Only what the rules need crosses from Node to Python, to keep thousands of blocks quick to hand over.
SLIM = """(b) => b.weeks.map((w) => ({ start: w.start, stage: w.stage, phase: w.phase, deload: w.deload, rung: w.rung,
  effort: w.effort, cut: w.setsCut, notes: w.notes, changes: w.changes,
  days: w.days.map((d) => ({ date: d.date, types: d.types, run: d.run, strength: d.strength,
    ex: d.exercises.map((e) => [e.slug, e.sets, e.dose, e.category, e.level, e.url, e.name, e.rest]) })) }))"""


@functools.cache
def planned() -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    choices = sampled_choices()
    results = run_logic(f"input.map((c) => ({SLIM})(logic.makeBlock(data, c)))", choices)
    return list(zip(choices, results, strict=True))


def broken(rule) -> list[str]:
    """Run `rule(choices, weeks)` (which returns a problem or None) over every block; list the first few problems."""
    problems = []
    for choices, weeks in planned():
        problem = rule(choices, weeks)
        if problem:
            problems.append(f"{problem}: {choices}")
    return problems[:5]


def days_of(weeks: list[dict[str, Any]]) -> list[tuple[datetime.date, dict[str, Any], dict[str, Any]]]:
    return [(datetime.date.fromisoformat(d["date"]), d, w) for w in weeks for d in w["days"]]


def impact(e: dict[str, Any]) -> bool:
    return e["category"] in SEASON["impact"]["categories"] or e["slug"] in SEASON["impact"]["exercises"]


def running(phase: str) -> bool:
    return DATA["day_types"][DATA["phases"][phase]["long_day"]]["run"] is not None


def expected_stages(choices: dict[str, Any]) -> list[str]:
    """Each week's stage, from the stages' weeks_to_race and the weeks after the race."""
    if not choices["race"]:
        return [SEASON["without_race"]["stage"]] * SEASON["without_race"]["weeks"]
    race = datetime.date.fromisoformat(choices["race"])
    before = ((race - datetime.timedelta(days=race.weekday())) - datetime.date.fromisoformat(choices["start"])).days // 7
    stages = [next(s["slug"] for s in SEASON["stages"] if s["weeks_to_race"] and s["weeks_to_race"]["min"] <= before - i <= s["weeks_to_race"]["max"]) for i in range(before + 1)]
    return stages + [SEASON["after_race"]["stage"]] * SEASON["after_race"]["weeks"]


def floors(weeks: list[dict[str, Any]]) -> list[dict[str, int]]:
    """Before each week, the rung each ladder has reached in the stage's earlier weeks (deloads climb nothing): a
    stage moves up its ladders and never back down them."""
    out, reached = [], {}
    for i, w in enumerate(weeks):
        if i and w["stage"] != weeks[i - 1]["stage"]:
            reached = {}
        out.append(dict(reached))
        if not w["deload"]:
            for d in w["days"]:
                for x in d["ex"]:
                    for ladder, rung in RUNGS[x[0]].items():
                        reached[ladder] = max(reached.get(ladder, 0), rung)
    return out


def allowed(choices: dict[str, Any], week: dict[str, Any], index: int, reached: dict[str, int]) -> list[dict[str, Any]]:
    """The exercises the rules allow in a week, worked out here from the data."""
    stage = STAGES[week["stage"]]
    rule = SEASON["levels"][choices["level"]]
    kit = set(DATA["equipment_sets"][choices["equipment"]]["items"])
    cap = min(index // SEASON["rung_every_weeks"], stage["top_rung"] if stage["top_rung"] is not None else 99)
    sore = {slug for s in SEASON["sore_spots"] if s["slug"] in choices["sore"] for slug in s["loaded_by"]}
    return [
        e
        for e in DATA["exercises"]
        if set(e["equipment"]) <= kit
        and stage["phase"] in e["dosing"]
        and LEVELS.index(e["level"]) <= LEVELS.index(choices["level"])
        and e["category"] in rule["categories"]
        and e["category"] in stage["categories"]
        and (not impact(e) or (rule["impact"] and stage["impact"]))
        and all(reached.get(ladder, 0) <= r <= cap for ladder, r in RUNGS[e["slug"]].items())
        and e["slug"] not in sore
    ]


# ---- the block ---------------------------------------------------------------------------------------------


def test_the_sample_reaches_every_value_of_every_choice() -> None:
    choices = [c for c, _ in planned()]
    weeks_away = {(datetime.date.fromisoformat(c["race"]) - COMING_MONDAY).days // 7 for c in choices if c["race"]}
    assert weeks_away == set(range(53)) and any(not c["race"] for c in choices)
    assert {datetime.date.fromisoformat(c["race"]).weekday() for c in choices if c["race"]} == set(range(7))
    assert {frozenset(c["hard"]) for c in choices} >= {frozenset(s) for r in range(7) for s in itertools.combinations(WEEK, r)}
    assert {tuple(c["sore"]) for c in choices} == {s for r in range(len(SPOTS) + 1) for s in itertools.combinations(SPOTS, r)}
    for key, values in (("days", set(DAYS_RANGE)), ("equipment", set(DATA["equipment_sets"])), ("level", set(LEVELS)), ("long", set(WEEK))):
        assert {c[key] for c in choices} == values, key


def test_weeks_run_monday_to_sunday_from_the_start_through_race_week_and_the_recovery_weeks_in_stage_order() -> None:
    def rule(choices, weeks):
        starts = [datetime.date.fromisoformat(w["start"]) for w in weeks]
        if starts != [datetime.date.fromisoformat(choices["start"]) + datetime.timedelta(weeks=i) for i in range(len(weeks))]:
            return f"weeks start on {starts}"
        if any(s.weekday() != 0 for s in starts):
            return "a week does not start on a Monday"
        if [w["stage"] for w in weeks] != expected_stages(choices):
            return f"stages {[w['stage'] for w in weeks]}"
        before = [STAGE_ORDER.index(w["stage"]) for w in weeks if STAGES[w["stage"]]["weeks_to_race"]]
        if before != sorted(before):
            return "stages out of order"
        for w in weeks:
            if w["phase"] != STAGES[w["stage"]]["phase"] or [d["date"] for d in w["days"]] != [(datetime.date.fromisoformat(w["start"]) + datetime.timedelta(days=i)).isoformat() for i in range(7)]:
                return f"week {w['start']} has the wrong phase or dates"
        return None

    assert broken(rule) == []
    assert max(len(w) for _, w in planned()) == 53 + SEASON["after_race"]["weeks"]


def test_race_day_is_the_race_and_the_last_strength_session_falls_far_enough_before_it() -> None:
    gap = SEASON["last_strength_days_before_race"]

    def rule(choices, weeks):
        if not choices["race"]:
            return "a race day without a race" if any(SEASON["race_day_type"] in d["types"] for w in weeks for d in w["days"]) else None
        race = datetime.date.fromisoformat(choices["race"])
        races = [date for date, d, _ in days_of(weeks) if SEASON["race_day_type"] in d["types"]]
        if races != [race]:
            return f"race days {races}"
        race_monday = race - datetime.timedelta(days=race.weekday())
        for date, d, _ in days_of(weeks):
            if d["strength"] and (0 <= (race - date).days < gap or race < date < race_monday + datetime.timedelta(days=7)):
                return f"strength on {date}, {(race - date).days} days before the race"
        return None

    assert broken(rule) == []


def test_a_deload_week_comes_every_few_weeks_with_its_cut_and_effort_and_every_week_states_its_effort() -> None:
    deload = SEASON["deload"]

    def rule(choices, weeks):
        for i, w in enumerate(weeks):
            stage = STAGES[w["stage"]]
            expected = stage["deloads"] and (i + 1) % deload["every_weeks"] == 0
            if w["deload"] != expected:
                return f"week {i} deload {w['deload']}"
            if w["effort"] != (deload["reps_in_reserve"] if expected else stage["reps_in_reserve"]):
                return f"week {i} effort {w['effort']}"
            if w["cut"] != (deload["sets_cut_percent"] if expected else stage["sets_cut_percent"]):
                return f"week {i} cuts {w['cut']}%"
        return None

    assert broken(rule) == []
    assert any(w["deload"] for _, weeks in planned() for w in weeks)


def test_each_dose_is_the_phases_dose_with_the_weeks_sets_cut() -> None:
    def rule(choices, weeks):
        for w in weeks:
            for d in w["days"]:
                for slug, sets, dose, category, level, url, name, rest in d["ex"]:
                    e = EXERCISES[slug]
                    full = e["dosing"][w["phase"]]
                    want = max(1, round(full["sets"] * (100 - w["cut"]) / 100 + 1e-9))
                    if (sets, dose) != (want, f"{want} × {full['per_set']}") or (category, level, url, name, rest) != (e["category"], e["level"], e["url"], e["name"], e["rest"]):
                        return f"{slug} shown as {sets}, {dose!r} in week {w['start']}"
        return None

    assert broken(rule) == []


# ---- where strength goes ---------------------------------------------------------------------------------------


def test_strength_days_are_the_stages_share_of_the_runners_choice_unless_the_rules_leave_no_room() -> None:
    def rule(choices, weeks):
        for w in weeks:
            span = STAGES[w["stage"]]["strength_days"]
            wanted = span["min"] if w["deload"] else min(span["max"], max(span["min"], choices["days"]))
            count = sum(d["strength"] for d in w["days"])
            if count > wanted or (count < wanted and not any("leave room for only" in n for n in w["notes"])):
                return f"{count} strength days in week {w['start']}, {wanted} wanted"
        return None

    assert broken(rule) == []


def test_strength_days_are_never_closer_than_the_rules_allow_across_the_whole_block() -> None:
    spacing = SEASON["strength"]["rest_days_between"]

    def rule(choices, weeks):
        dates = [date for date, d, _ in days_of(weeks) if d["strength"]]
        close = [(a, b) for a, b in zip(dates, dates[1:]) if (b - a).days <= spacing]
        for w in weeks:
            own = [i for i, d in enumerate(w["days"]) if d["strength"]]
            if any((b - a) % 7 <= spacing for a, b in itertools.permutations(own, 2)):
                return f"week {w['start']} has strength days too close when Sunday meets Monday: {own}"
        return f"strength on {close[0]}" if close else None

    assert broken(rule) == []


def test_in_weeks_with_running_strength_sits_on_easy_days_never_on_or_before_a_key_or_long_run_or_the_race() -> None:
    rules = SEASON["strength"]

    def rule(choices, weeks):
        flat = days_of(weeks)
        for n, (date, d, w) in enumerate(flat):
            if not d["strength"] or not running(w["phase"]):
                continue
            after = flat[n + 1][1]["run"] if n + 1 < len(flat) else None
            if d["run"] != "easy" or d["run"] in rules["not_on"] or after in rules["not_before"]:
                return f"strength on {date} ({d['run']}) before {after}"
        return None

    assert broken(rule) == []


def test_the_long_run_and_the_runners_key_runs_are_kept_and_dropped_only_with_a_note() -> None:
    hard_type = next(t for t, kind in DATA["day_types"].items() if kind["run"] == "hard" and t != SEASON["race_day_type"])

    def rule(choices, weeks):
        for w in weeks:
            phase = DATA["phases"][w["phase"]]
            race_here = any(SEASON["race_day_type"] in d["types"] for d in w["days"])
            long_day = w["days"][WEEK.index(choices["long"])]
            if not race_here and long_day["types"] != [phase["long_day"]]:
                return f"long day {long_day['types']} in week {w['start']}"
            drawn = [d["date"] for d in w["days"] if hard_type in d["types"]]
            if not running(w["phase"]):
                if drawn:
                    return "key runs in a week without running"
                continue
            race_at = next((i for i, d in enumerate(w["days"]) if SEASON["race_day_type"] in d["types"]), 7)
            wanted = [w["days"][WEEK.index(h)]["date"] for h in choices["hard"] if WEEK.index(h) < race_at]
            if not set(drawn) <= set(wanted):
                return f"key runs {drawn} not among the runner's {wanted}"
            dropped = [DAY_NAME[WEEK[i]] for i, d in enumerate(w["days"]) if d["date"] in set(wanted) - set(drawn)]
            if dropped and not any(all(name in n for name in dropped) and "left without a key run" in n for n in w["notes"]):
                return f"dropped {dropped} without saying so: {w['notes']}"
        return None

    assert broken(rule) == []
    assert any("left without a key run" in n for _, weeks in planned() for w in weeks for n in w["notes"])


def test_every_day_has_the_guides_day_types_and_strength_days_their_session() -> None:
    strength = DATA["picker"]["strength_day_type"]

    def rule(choices, weeks):
        for w in weeks:
            for d in w["days"]:
                if not d["types"] or any(t not in DATA["day_types"] for t in d["types"]):
                    return f"day types {d['types']}"
                if (strength in d["types"]) != d["strength"] or d["strength"] != bool(d["ex"]):
                    return f"{d['date']} mixes up strength and its session"
                runs = [DATA["day_types"][t]["run"] for t in d["types"] if DATA["day_types"][t]["run"]]
                if d["run"] != (runs[0] if runs else None):
                    return f"{d['date']} has run {d['run']} but day types {d['types']}"
        return None

    assert broken(rule) == []


# ---- which exercises --------------------------------------------------------------------------------------------


def test_only_exercises_the_equipment_level_stage_rung_and_sore_spots_allow() -> None:
    def rule(choices, weeks):
        for i, (w, reached) in enumerate(zip(weeks, floors(weeks))):
            ok = {e["slug"] for e in allowed(choices, w, i, reached)}
            wrong = [x[0] for d in w["days"] for x in d["ex"] if x[0] not in ok]
            if wrong:
                return f"week {i} ({w['stage']}, rung {w['rung']}) uses {wrong}"
        return None

    assert broken(rule) == []


def test_no_impact_work_next_to_a_key_run_long_run_or_race_and_none_for_beginners_or_in_the_offseason() -> None:
    not_after, not_before = SEASON["impact"]["not_after"], SEASON["impact"]["not_before"]

    def rule(choices, weeks):
        flat = days_of(weeks)
        for n, (date, d, w) in enumerate(flat):
            hits = [x[0] for x in d["ex"] if impact(EXERCISES[x[0]])]
            if not hits:
                continue
            if not SEASON["levels"][choices["level"]]["impact"] or not STAGES[w["stage"]]["impact"]:
                return f"impact work {hits} for a {choices['level']} in {w['stage']}"
            if (n and flat[n - 1][1]["run"] in not_after) or (n + 1 < len(flat) and flat[n + 1][1]["run"] in not_before):
                return f"impact work {hits} on {date}, next to a run the rules keep it from"
        return None

    assert broken(rule) == []
    beginner = [x for c, weeks in planned() if c["level"] == LEVELS[0] for w in weeks for d in w["days"] for x in d["ex"]]
    assert beginner and not any(impact(EXERCISES[x[0]]) for x in beginner)
    base = [x for _, weeks in planned() for w in weeks if w["phase"] == "offseason" for d in w["days"] for x in d["ex"]]
    assert base and not any(EXERCISES[x[0]]["category"] == "plyometric" for x in base)


def test_no_week_climbs_a_ladder_higher_than_a_later_week_of_the_same_stage_apart_from_deloads() -> None:
    def rule(choices, weeks):
        for i, w in enumerate(weeks):
            if w["rung"] != min(i // SEASON["rung_every_weeks"], STAGES[w["stage"]]["top_rung"] if STAGES[w["stage"]]["top_rung"] is not None else 99):
                return f"week {i} on rung {w['rung']}"
        tops: dict[tuple[str, str], int] = {}
        for w in weeks:
            if w["deload"]:
                continue
            week_tops: dict[str, int] = {}
            for d in w["days"]:
                for x in d["ex"]:
                    for ladder, rung in RUNGS[x[0]].items():
                        week_tops[ladder] = max(week_tops.get(ladder, -1), rung)
            for ladder, rung in week_tops.items():
                if rung < tops.get((w["stage"], ladder), -1):
                    return f"{ladder} drops to rung {rung} in week {w['start']}"
                tops[(w["stage"], ladder)] = rung
        return None

    assert broken(rule) == []


def test_sessions_have_the_right_size_and_the_week_trains_every_muscle_the_rules_leave_an_exercise_for() -> None:
    size = DATA["picker"]["session_size"]

    def rule(choices, weeks):
        for i, (w, reached) in enumerate(zip(weeks, floors(weeks))):
            pool = allowed(choices, w, i, reached)
            sessions = [[x[0] for x in d["ex"]] for d in w["days"] if d["strength"]]
            if any(len(s) > size["max"] or len(s) < min(size["min"], len(pool)) or len(set(s)) != len(s) for s in sessions):
                return f"session sizes {[len(s) for s in sessions]} in week {i}"
            calm = [e for e in pool if not impact(e)]
            reachable = {m for e in calm for m in e["primary_muscles"]}
            trained = {m for s in sessions for slug in s for m in EXERCISES[slug]["primary_muscles"]}
            if sessions and reachable - trained:
                return f"week {i} leaves {reachable - trained} untrained"
        return None

    assert broken(rule) == []


def test_advanced_weeks_have_single_leg_and_plyometric_work_when_the_week_allows_it() -> None:
    rule_of = SEASON["levels"]
    not_after, not_before = SEASON["impact"]["not_after"], SEASON["impact"]["not_before"]

    def rule(choices, weeks):
        needs = rule_of[choices["level"]]
        flat = days_of(weeks)
        for i, (w, reached) in enumerate(zip(weeks, floors(weeks))):
            used = [EXERCISES[x[0]] for d in w["days"] for x in d["ex"]]
            pool = allowed(choices, w, i, reached)
            if not used:
                continue
            if needs["needs_single_leg"] and any(e["unilateral"] and not impact(e) for e in pool) and not any(e["unilateral"] for e in used):
                return f"no single-leg work in week {i}"
            # A key run the runner asked for counts here even where the plan dropped it: placing a week cannot
            # know which of the next week's key runs will be dropped.
            runs = [d["run"] or ("hard" if running(v["phase"]) and WEEK[n % 7] in choices["hard"] else None) for n, (_, d, v) in enumerate(flat)]
            offset = 7 * i
            friendly = any(
                d["strength"] and not (offset + n and runs[offset + n - 1] in not_after) and not (offset + n + 1 < len(flat) and runs[offset + n + 1] in not_before)
                for n, d in enumerate(w["days"])
            )
            for category in needs["needs_categories"]:
                if friendly and any(e["category"] == category for e in pool) and not any(e["category"] == category for e in used):
                    return f"no {category} work in week {i} although a strength day could hold it"
        return None

    assert broken(rule) == []


def test_sore_spots_leave_out_what_loads_them_and_say_what_changed_for_an_easier_rung() -> None:
    def rule(choices, weeks):
        loaded = {s["slug"]: set(s["loaded_by"]) for s in SEASON["sore_spots"]}
        for w in weeks:
            used = {x[0] for d in w["days"] for x in d["ex"]}
            for change in w["changes"]:
                spot, slug, instead = change["spot"], change["exercise"], change["instead"]
                if spot not in choices["sore"] or slug not in loaded[spot] or slug in used:
                    return f"change {change}"
                name = next(s["name"] for s in SEASON["sore_spots"] if s["slug"] == spot)
                if instead is None:
                    if change["text"] != f"{name}: {EXERCISES[slug]['name']} is left out.":
                        return f"change text {change['text']!r}"
                elif instead not in EXERCISES[slug]["easier"] or instead not in used or any(instead in loaded[s] for s in choices["sore"]):
                    return f"swap {change}"
                elif change["text"] != f"{name}: {EXERCISES[slug]['name']} is swapped for {EXERCISES[instead]['name']}, an easier rung of its ladder.":
                    return f"change text {change['text']!r}"
            if not choices["sore"] and w["changes"]:
                return "changes without a sore spot"
        return None

    assert broken(rule) == []
    changes = [c for _, weeks in planned() for w in weeks for c in w["changes"]]
    assert any(c["instead"] for c in changes) and any(c["instead"] is None for c in changes)


def test_the_same_choices_give_the_same_block() -> None:
    sample = [c for c, _ in planned()][::97]
    again = run_logic(f"input.map((c) => ({SLIM})(logic.makeBlock(data, structuredClone(c))))", sample)
    assert again == [weeks for c, weeks in planned()][::97]


# ---- reading choices from the address ---------------------------------------------------------------------


def parse(*queries: str, today: datetime.date = TODAY) -> list[dict[str, Any]]:
    return run_logic(
        "input.queries.map((q) => logic.parseChoices(new URLSearchParams(q), data, new Date(...input.today)))",
        {"queries": list(queries), "today": [today.year, today.month - 1, today.day]},
    )


def full_query(**changes: str) -> str:
    params = {"start": COMING_MONDAY.isoformat(), "days": str(DEFAULTS["days"]), "equipment": DEFAULTS["equipment"], "level": DEFAULTS["level"], "long": DEFAULTS["long"]} | changes
    return "&".join(f"{k}={v}" for k, v in params.items())


ROLLING = f"planning a rolling {SEASON['without_race']['weeks']}-week {STAGES[SEASON['without_race']['stage']]['name']} block"


def test_no_parameters_give_the_default_choices_starting_the_coming_monday_without_a_note() -> None:
    assert parse("") == [{"choices": choice(), "notes": []}]
    monday = datetime.date(2026, 3, 9)
    assert parse("", today=monday)[0]["choices"]["start"] == "2026-03-09"


def test_a_full_link_gives_exactly_its_choices() -> None:
    [result] = parse("race=2026-06-20&start=2026-03-02&days=1&equipment=none&level=beginner&long=sat&hard=wed&hard=mon&sore=knee&sore=hamstring")
    expected = choice(race="2026-06-20", start="2026-03-02", days=1, equipment="none", level="beginner", long="sat", hard=["mon", "wed"], sore=[s for s in SPOTS if s in ("knee", "hamstring")])
    assert result == {"choices": expected, "notes": []}


BAD = [
    ("equipment", "castle", "equipment", DATA["equipment_sets"][DEFAULTS["equipment"]]["name"]),
    ("level", "expert", "level", next(level["name"] for level in DATA["levels"] if level["slug"] == DEFAULTS["level"])),
    ("long", "someday", "long-run day", DAY_NAME[DEFAULTS["long"]]),
]


@pytest.mark.parametrize(("key", "bad", "what", "name"), BAD, ids=[b[0] for b in BAD])
def test_an_unknown_value_falls_back_to_the_default_with_a_note(key: str, bad: str, what: str, name: str) -> None:
    [result] = parse(full_query(**{key: bad}))
    assert result == {"choices": choice(), "notes": [f"“{bad}” is not a known {what}; using {name}."]}


@pytest.mark.parametrize("bad", ["two", "-1", "2.5", str(DAYS_RANGE.stop), "0"])
def test_a_number_of_days_outside_the_guides_range_falls_back_with_a_note(bad: str) -> None:
    [result] = parse(full_query(days=bad))
    span = f"{DAYS_RANGE.start}-{DAYS_RANGE.stop - 1} a week"
    assert result == {"choices": choice(), "notes": [f"“{bad}” is not a number of strength days the guide plans ({span}); using {DEFAULTS['days']}."]}


def test_a_partial_link_says_which_choices_it_left_out() -> None:
    [result] = parse("race=2026-06-20")
    assert result["choices"] == choice(race="2026-06-20")
    assert result["notes"] == [
        f"The link gives no number of strength days; using {DEFAULTS['days']}.",
        f"The link gives no equipment; using {DATA['equipment_sets'][DEFAULTS['equipment']]['name']}.",
        f"The link gives no level; using {next(x['name'] for x in DATA['levels'] if x['slug'] == DEFAULTS['level'])}.",
    ]


def test_hard_days_unknown_ones_are_ignored_none_is_allowed_and_the_long_day_is_never_one() -> None:
    unknown, empty, on_long = parse(full_query() + "&hard=tue&hard=funday", full_query() + "&hard=", full_query(long="thu") + "&hard=tue&hard=thu")
    assert unknown == {"choices": choice(hard=["tue"]), "notes": ["Ignored key-run days that are not weekdays: “funday”."]}
    assert empty == {"choices": choice(hard=[]), "notes": []}
    assert on_long == {"choices": choice(long="thu", hard=["tue"]), "notes": ["Thursday is the long-run day, so it is not also a key-run day."]}


def test_unknown_sore_spots_are_ignored_with_a_note() -> None:
    [result] = parse(full_query() + f"&sore={SPOTS[-1]}&sore=elbow,{SPOTS[0]}")
    assert result == {"choices": choice(sore=[SPOTS[0], SPOTS[-1]]), "notes": ["Ignored sore spots that are not on the list: “elbow”."]}


def test_bad_race_dates_and_starts_fall_back_to_a_rolling_block_or_the_coming_monday_with_a_note() -> None:
    far = (COMING_MONDAY + datetime.timedelta(weeks=53)).isoformat()
    past = (TODAY - datetime.timedelta(days=1)).isoformat()
    results = parse(*(f"race={race}&{full_query()}" for race in (past, far, "2026-02-30", "soon")), full_query(start="2026-03-10"), f"race=2026-03-20&{full_query(start='2026-03-30')}")
    assert [r["choices"] for r in results[:5]] == [choice()] * 5
    assert results[5]["choices"] == choice(race="2026-03-20")
    assert [r["notes"] for r in results] == [
        [f"Race day {past} has passed; {ROLLING}."],
        [f"Race day {far} is 53 weeks away, further ahead than the guide plans; {ROLLING}."],
        [f"“2026-02-30” is not a race date (YYYY-MM-DD); {ROLLING}."],
        [f"“soon” is not a race date (YYYY-MM-DD); {ROLLING}."],
        ["“2026-03-10” is not a Monday (YYYY-MM-DD); the block starts on the coming Monday."],
        ["Race day 2026-03-20 comes before the block's first week; the block starts on the coming Monday."],
    ]


def test_a_race_this_week_starts_the_block_this_week_and_an_old_link_keeps_its_start() -> None:
    this_week, old = parse(f"race=2026-03-07&{full_query(start='')}", f"race=2026-05-02&{full_query(start='2026-02-02')}")
    assert this_week == {"choices": choice(race="2026-03-07", start="2026-03-02"), "notes": []}
    assert old == {"choices": choice(race="2026-05-02", start="2026-02-02"), "notes": []}
    [current] = run_logic("[logic.currentWeek(logic.makeBlock(data, input.c), new Date(...input.today))]", {"c": old["choices"], "today": [TODAY.year, TODAY.month - 1, TODAY.day]})
    assert current == 4  # 2026-03-04 falls in the week of Monday 2026-03-02, the fifth after 2026-02-02


def test_a_phase_from_an_old_link_is_named_in_a_note() -> None:
    [result] = parse(full_query(phase="preseason"))
    assert result == {"choices": choice(), "notes": ["The link names a phase (“preseason”); the plan now works the stages out from your race date."]}


def test_choices_round_trip_through_the_address_in_a_stable_order() -> None:
    choices = [c for c, _ in planned()][::7]
    results = run_logic(
        "input.choices.map((c) => { const query = logic.choicesToParams(c).toString();"
        " return { query, back: logic.parseChoices(new URLSearchParams(query), data, new Date(...input.today)) }; })",
        {"choices": choices, "today": [TODAY.year, TODAY.month - 1, TODAY.day]},
    )
    for c, result in zip(choices, results, strict=True):
        assert result["back"] == {"choices": c, "notes": []}, result["query"]
        keys = list(dict.fromkeys(k for k, _ in parse_qsl(result["query"], keep_blank_values=True)))
        assert keys == [*(["race"] if c["race"] else []), "start", "days", "equipment", "level", "long", "hard", *(["sore"] if c["sore"] else [])]
