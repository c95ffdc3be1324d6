// The plan picker's pure logic (plan-logic.js) on a small hand-written guide, with every expected plan, note and
// address worked out by hand from the guide's rules. StrykerJS runs this file (`make mutate`); so does `make test`
// through tests/test_plan_logic_node.py.
import assert from "node:assert/strict";
import { test } from "node:test";

import { choicesToParams, isRunningPhase, makePlan, parseChoices } from "../../site_overrides/assets/guide/plan-logic.js";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const exercise = (slug, name, category, equipment, level, unilateral, primary, dosing, rest, easier) => ({
  slug, name, url: `exercises/${slug}/`, category, equipment, level, unilateral, primary_muscles: primary,
  secondary_muscles: [], dosing, rest, easier, harder: [],
});

// tests/data/mini.yaml as the picker gets it, plus a key-run day type so running weeks can be drawn.
const DATA = {
  weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((slug, i) => ({ slug, name: DAYS[i] })),
  levels: [
    { slug: "beginner", name: "Beginner" },
    { slug: "intermediate", name: "Intermediate" },
    { slug: "advanced", name: "Advanced" },
  ],
  phases: {
    offseason: { name: "Offseason", strength_days: { min: 2, max: 3 }, weeks_to_race: { min: 13, max: 52 }, running: "Easy.", fill_days: ["rest"], long_day: "rest" },
    preseason: { name: "Pre-season", strength_days: { min: 1, max: 2 }, weeks_to_race: { min: 0, max: 12 }, running: "Running first.", fill_days: ["easy-run", "rest"], long_day: "long-run" },
  },
  equipment_sets: { none: { name: "No equipment", items: [] }, gym: { name: "Gym", items: ["box"] } },
  day_types: {
    strength: { name: "Strength", summary: "Lift.", run: null, in_calendar: true },
    "easy-run": { name: "Easy run", summary: "Easy.", run: "easy", in_calendar: true },
    "key-run": { name: "Key run", summary: "Hard.", run: "hard", in_calendar: true },
    "long-run": { name: "Long run", summary: "Long.", run: "long", in_calendar: true },
    rest: { name: "Rest", summary: "Rest.", run: null, in_calendar: false },
  },
  picker: {
    defaults: { phase: "offseason", days: 2, equipment: "gym", level: "intermediate", long: "sun", hard: ["tue"] },
    session_size: { min: 3, max: 6 },
    strength_day_type: "strength",
  },
  muscles: [
    { slug: "glutes", name: "Glutes", url: "anatomy/glutes/" },
    { slug: "calves", name: "Calves", url: "anatomy/calves/" },
  ],
  exercises: [
    exercise("glute-bridge", "Glute bridge", "bodyweight", [], "beginner", false, ["glutes"], { offseason: "3 × 12", preseason: "2 × 10" }, "60-90 s", []),
    exercise("single-leg-glute-bridge", "Single-leg glute bridge", "bodyweight", [], "intermediate", true, ["glutes"], { offseason: "3 × 8 each side" }, "60-90 s", ["glute-bridge"]),
    exercise("calf-raise", "Calf raise", "bodyweight", [], "beginner", false, ["calves"], { offseason: "3 × 15", preseason: "2 × 15" }, "60-90 s", []),
    exercise("box-jump", "Box jump", "plyometric", ["box"], "advanced", false, ["glutes", "calves"], { offseason: "3 × 5 contacts", preseason: "3 × 4 contacts" }, "2 min", []),
  ],
  schedules: [{ slug: "offseason", title: "Offseason week", url: "schedules/offseason/" }],
};
DATA.exercises[0].harder = ["single-leg-glute-bridge"];

const choices = (changes = {}) => ({ phase: "offseason", race: "", days: 2, equipment: "gym", level: "intermediate", long: "sun", hard: ["tue"], ...changes });
const shown = (slug, phase) => {
  const e = DATA.exercises.find((x) => x.slug === slug);
  return { slug, name: e.name, url: e.url, dose: e.dosing[phase], rest: e.rest };
};
const day = (slug, types, run, exercises = [], phase = "offseason") => ({
  slug, name: DAYS[DATA.weekdays.findIndex((w) => w.slug === slug)], types, run, strength: types.includes("strength"),
  exercises: exercises.map((e) => shown(e, phase)),
});
const TODAY = new Date(2026, 2, 2); // Monday 2 March 2026
const parse = (query, today = TODAY) => parseChoices(new URLSearchParams(query), DATA, today);

test("a phase is a running phase when its long day is a run", () => {
  assert.equal(isRunningPhase(DATA, "preseason"), true);
  assert.equal(isRunningPhase(DATA, "offseason"), false);
});

test("an offseason week spreads two sessions as far apart as the week allows, earliest first", () => {
  const plan = makePlan(DATA, choices());
  assert.deepEqual(plan, {
    phase: "offseason",
    hard: [],
    long: "sun",
    notes: [],
    days: [
      day("mon", ["strength"], null, ["single-leg-glute-bridge", "calf-raise", "glute-bridge"]),
      day("tue", ["rest"], null),
      day("wed", ["rest"], null),
      day("thu", ["strength"], null, ["single-leg-glute-bridge", "glute-bridge", "calf-raise"]),
      day("fri", ["rest"], null),
      day("sat", ["rest"], null),
      day("sun", ["rest"], null),
    ],
  });
});

test("three offseason sessions sit two days apart", () => {
  const plan = makePlan(DATA, choices({ days: 3 }));
  assert.deepEqual(plan.days.filter((d) => d.strength).map((d) => d.slug), ["mon", "wed", "fri"]);
});

test("an advanced week has plyometric and one-leg work, and explosive work comes first in every session", () => {
  const plan = makePlan(DATA, choices({ level: "advanced" }));
  assert.deepEqual(plan.days[0].exercises, ["box-jump", "single-leg-glute-bridge", "glute-bridge"].map((e) => shown(e, "offseason")));
  // Thursday's session first trains the calves with the calf raise, then fills up; the box jump still leads it.
  assert.deepEqual(plan.days[3].exercises, ["box-jump", "calf-raise", "single-leg-glute-bridge"].map((e) => shown(e, "offseason")));
});

test("a beginner without equipment gets the easiest bodyweight rung of each ladder, even if the session is short", () => {
  const plan = makePlan(DATA, choices({ level: "beginner", equipment: "none" }));
  const sessions = plan.days.filter((d) => d.strength).map((d) => d.exercises.map((e) => e.slug));
  assert.deepEqual(sessions, [["glute-bridge", "calf-raise"], ["glute-bridge", "calf-raise"]]);
});

test("an advanced runner without a box does no box jumps", () => {
  const plan = makePlan(DATA, choices({ level: "advanced", equipment: "none" }));
  assert.deepEqual(plan.days[0].exercises.map((e) => e.slug), ["single-leg-glute-bridge", "calf-raise", "glute-bridge"]);
});

test("in a running week strength goes on an easy day, clear of the key run, the long run and the days before them", () => {
  const plan = makePlan(DATA, choices({ phase: "preseason", days: 1 }));
  assert.deepEqual(plan, {
    phase: "preseason",
    hard: ["tue"],
    long: "sun",
    notes: [],
    days: [
      day("mon", ["easy-run"], "easy", [], "preseason"),
      day("tue", ["key-run"], "hard", [], "preseason"),
      day("wed", ["easy-run", "strength"], "easy", ["glute-bridge", "calf-raise"], "preseason"),
      day("thu", ["rest"], null, [], "preseason"),
      day("fri", ["easy-run"], "easy", [], "preseason"),
      day("sat", ["rest"], null, [], "preseason"),
      day("sun", ["long-run"], "long", [], "preseason"),
    ],
  });
});

test("key runs that leave no room are dropped, latest first, and the plan says which", () => {
  const plan = makePlan(DATA, choices({ phase: "preseason", hard: ["mon", "wed", "fri"] }));
  assert.deepEqual(plan.hard, ["mon"]);
  assert.deepEqual(plan.days.map((d) => d.types), [["key-run"], ["easy-run", "strength"], ["easy-run"], ["rest"], ["easy-run", "strength"], ["easy-run"], ["long-run"]]);
  assert.deepEqual(plan.notes, ["There is no room for 2 strength days around your key runs and long run, so Wednesday and Friday are left without a key run."]);
  const one = makePlan(DATA, choices({ phase: "preseason", hard: ["mon", "wed"] }));
  assert.deepEqual(one.hard, ["mon"]);
  assert.deepEqual(one.notes, ["There is no room for 2 strength days around your key runs and long run, so Wednesday is left without a key run."]);
});

test("the long-run day is never also a key run, and key runs in a phase without running are ignored", () => {
  assert.deepEqual(makePlan(DATA, choices({ phase: "preseason", days: 1, hard: ["sun", "tue"] })).hard, ["tue"]);
  assert.deepEqual(makePlan(DATA, choices({ hard: ["mon", "wed"] })).days.map((d) => d.run), [null, null, null, null, null, null, null]);
});

test("a week with no room for the strength days asked for says so and plans none", () => {
  const plan = makePlan(DATA, choices({ phase: "preseason", days: 4, hard: [] }));
  assert.deepEqual(plan.notes, ["The guide's rules leave no room for 4 strength days in this week."]);
  assert.deepEqual(plan.days.map((d) => d.types[0]), ["easy-run", "rest", "easy-run", "rest", "easy-run", "rest", "long-run"]);
  assert.equal(makePlan(DATA, choices({ days: 1 })).notes.length, 0);
  assert.deepEqual(makePlan(DATA, choices({ phase: "preseason", days: 1, long: "mon", hard: [] })).notes, []);
});

test("the same choices give the same plan and leave the choices untouched", () => {
  const asked = choices({ phase: "preseason", hard: ["wed", "mon"] });
  const before = structuredClone(asked);
  assert.deepEqual(makePlan(DATA, asked), makePlan(DATA, asked));
  assert.deepEqual(asked, before);
});

test("no parameters give the defaults without a note", () => {
  assert.deepEqual(parse(""), { choices: choices(), notes: [] });
});

test("a full link gives exactly its choices, key-run days in week order", () => {
  assert.deepEqual(parse("phase=preseason&days=1&equipment=none&level=beginner&long=sat&hard=wed&hard=mon"), {
    choices: choices({ phase: "preseason", days: 1, equipment: "none", level: "beginner", long: "sat", hard: ["mon", "wed"] }),
    notes: [],
  });
  assert.deepEqual(parse("phase=preseason&days=1&equipment=none&level=beginner&long=sat&hard=fri,tue").choices.hard, ["tue", "fri"]);
});

test("unknown values fall back to the defaults, each with a note naming what was used", () => {
  assert.deepEqual(parse("phase=winter&days=9&equipment=castle&level=expert&long=someday&hard=funday&hard=tue"), {
    choices: choices(),
    notes: [
      "“winter” is not a known phase; using Offseason.",
      "“9” does not fit Offseason (2-3 strength days a week); using 2.",
      "“castle” is not a known equipment; using Gym.",
      "“expert” is not a known level; using Intermediate.",
      "“someday” is not a known long-run day; using Sunday.",
      "Ignored key-run days that are not weekdays: “funday”.",
    ],
  });
  for (const bad of ["two", "-1", "2.5", "1", "4", " 2"]) {
    assert.deepEqual(parse(`phase=offseason&days=${encodeURIComponent(bad)}&equipment=gym&level=intermediate&long=sun`).notes, [
      `“${bad}” does not fit Offseason (2-3 strength days a week); using 2.`,
    ]);
  }
  assert.deepEqual(parse("phase=offseason&days=3&equipment=gym&level=intermediate&long=sun&hard=x&hard=y,tue").notes, [
    "Ignored key-run days that are not weekdays: “x”, “y”.",
  ]);
});

test("a default outside the chosen phase's range is brought inside it", () => {
  const result = parse("phase=preseason&days=3&equipment=gym&level=intermediate&long=sun");
  assert.equal(result.choices.days, 2);
  assert.deepEqual(result.notes, ["“3” does not fit Pre-season (1-2 strength days a week); using 2."]);
  const few = { ...DATA, picker: { ...DATA.picker, defaults: { ...DATA.picker.defaults, days: 1 } } };
  assert.equal(parseChoices(new URLSearchParams("phase=offseason&days=x"), few, TODAY).choices.days, 2);
});

test("a partial link says which choices it left out", () => {
  assert.deepEqual(parse("phase=preseason").notes, [
    "The link gives no number of strength days; using 2.",
    "The link gives no equipment; using Gym.",
    "The link gives no level; using Intermediate.",
  ]);
  assert.deepEqual(parse("days=3").notes, [
    "The link gives no phase; using Offseason.",
    "The link gives no equipment; using Gym.",
    "The link gives no level; using Intermediate.",
  ]);
  assert.deepEqual(parse("hard=mon").notes, [
    "The link gives no phase; using Offseason.",
    "The link gives no number of strength days; using 2.",
    "The link gives no equipment; using Gym.",
    "The link gives no level; using Intermediate.",
  ]);
});

test("key runs: none is allowed, and the long-run day is never one in a running phase", () => {
  assert.deepEqual(parse("phase=offseason&days=2&equipment=gym&level=intermediate&long=sun&hard=").choices.hard, []);
  assert.deepEqual(parse("phase=preseason&days=1&equipment=gym&level=intermediate&long=thu&hard=tue&hard=thu"), {
    choices: choices({ phase: "preseason", days: 1, long: "thu", hard: ["tue"] }),
    notes: ["Thursday is the long-run day, so it is not also a key-run day."],
  });
  assert.deepEqual(parse("phase=offseason&days=2&equipment=gym&level=intermediate&long=tue").choices.hard, ["tue"]);
});

test("a race date picks the phase whose weeks to race contain it and says how far away it is", () => {
  const race = (date, rest = "&days=1&equipment=gym&level=intermediate&long=sun") => parse(`race=${date}&phase=offseason${rest}`);
  assert.deepEqual(race("2026-03-30"), {
    choices: choices({ phase: "preseason", race: "2026-03-30", days: 1 }),
    notes: ["Race day 2026-03-30 is 4 weeks away: Pre-season."],
  });
  assert.deepEqual(race("2026-03-09").notes, ["Race day 2026-03-09 is 1 week away: Pre-season."]);
  assert.deepEqual(race("2026-03-02").notes, ["Race day 2026-03-02 is 0 weeks away: Pre-season."]);
  assert.deepEqual(race("2026-05-31").notes, ["Race day 2026-05-31 is 12 weeks away: Pre-season."]);
  assert.deepEqual(race("2026-06-01", "&days=2&equipment=gym&level=intermediate&long=sun"), {
    choices: choices({ race: "2026-06-01" }),
    notes: ["Race day 2026-06-01 is 13 weeks away: Offseason."],
  });
  assert.deepEqual(race("2027-03-07", "&days=2&equipment=gym&level=intermediate&long=sun").notes, ["Race day 2027-03-07 is 52 weeks away: Offseason."]);
});

test("a past, far or malformed race date falls back to the phase with a note", () => {
  const race = (date) => parse(`race=${date}&phase=preseason&days=1&equipment=gym&level=intermediate&long=sun`);
  for (const [date, note] of [
    ["2026-03-01", "Race day 2026-03-01 has passed; using Pre-season."],
    ["2027-03-08", "Race day 2027-03-08 is 53 weeks away, further ahead than the guide plans; using Pre-season."],
    ["2026-02-30", "“2026-02-30” is not a race date (YYYY-MM-DD); using Pre-season."],
    ["2026-13-01", "“2026-13-01” is not a race date (YYYY-MM-DD); using Pre-season."],
    ["2026-3-30", "“2026-3-30” is not a race date (YYYY-MM-DD); using Pre-season."],
    ["x2026-03-30", "“x2026-03-30” is not a race date (YYYY-MM-DD); using Pre-season."],
    ["2026-03-30x", "“2026-03-30x” is not a race date (YYYY-MM-DD); using Pre-season."],
  ]) {
    assert.deepEqual(race(date), { choices: choices({ phase: "preseason", days: 1 }), notes: [note] }, date);
  }
});

test("choices become an address in a fixed order, and that address gives them back", () => {
  const asked = choices({ phase: "preseason", race: "2026-03-30", days: 1, long: "sat", hard: ["mon", "wed"] });
  const query = choicesToParams(asked).toString();
  assert.equal(query, "phase=preseason&race=2026-03-30&days=1&equipment=gym&level=intermediate&long=sat&hard=mon&hard=wed");
  assert.deepEqual(parse(query).choices, asked);
  assert.equal(choicesToParams(choices({ hard: [] })).toString(), "phase=offseason&days=2&equipment=gym&level=intermediate&long=sun&hard=");
});
