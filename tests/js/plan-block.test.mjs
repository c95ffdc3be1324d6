// Whole blocks from makeBlock (plan-logic.js) on the guide in guide.mjs: stages counted back from race day, deload
// weeks, ladder rungs, strength days placed around the runs, sessions and sore spots. Every week, day and session
// below is worked out by hand from the guide's rules; the comments give the reasoning.
import assert from "node:assert/strict";
import { test } from "node:test";

import { makeBlock } from "../../site_overrides/assets/guide/plan-logic.js";
import { GUIDE, choices, seasonWith, shown } from "./guide.mjs";

const NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SLUGS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const RUN = { strength: null, "easy-run": "easy", "key-run": "hard", "long-run": "long", race: "hard", rest: null };
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);

// A week's days from its Monday: `types` gives each day's day types; `sessions` maps a weekday to its exercises.
function days(monday, types, sessions = {}) {
  return types.map((t, d) => ({
    slug: SLUGS[d],
    name: NAMES[d],
    date: addDays(monday, d),
    types: t,
    run: t.map((x) => RUN[x]).find(Boolean) || null,
    strength: t.includes("strength"),
    exercises: sessions[SLUGS[d]] || [],
  }));
}
const week = (fields) => ({ notes: [], changes: [], hard: [], setsCut: 0, deload: false, ...fields });
// A session: [slug, sets] pairs in the order the session holds them.
const session = (phase, pairs) => pairs.map(([slug, sets]) => shown(slug, phase, sets));
const S = ["strength"];
const ES = ["easy-run", "strength"];
const R = ["rest"];
const E = ["easy-run"];
const K = ["key-run"];
const L = ["long-run"];
const strengthDays = (w) => w.days.filter((d) => d.strength).map((d) => d.slug);
const slugs = (w, day) => w.days.find((d) => d.slug === day).exercises.map((e) => e.slug);

test("without a race, a rolling base block climbs a rung every two weeks, deloads every third week and never steps back down", () => {
  // Base is offseason: no runs, so strength may go on any day but the long day (a rest day in the offseason).
  // Two days out of Monday-Saturday, as far apart as possible and earliest first: Monday and Thursday (3 and 4 days).
  // Weeks 1-2: rung cap 0, so the pool is glute bridge, calf raise, goblet squat (the base stage has no plyometrics,
  // and pogo hops, skipping and box jumps have no offseason dose). Session 1 takes one exercise per muscle, then
  // fills up to 4 with what is left; session 2 finds every exercise used once and repeats them in the data's order.
  const low = session("offseason", [["glute-bridge", 3], ["calf-raise", 3], ["goblet-squat", 4]]);
  // Week 3 (deload) and 4: cap 1, the single-leg rungs join and, being higher, are tried first. Session 1: the
  // single-leg bridge (glutes), single-leg calf raise (calves), then the glute bridge and calf raise; session 2: the
  // goblet squat is the unused glute exercise, then the least-used in order. Deload: sets halved, rounded half up.
  const highPairs = (cut) => [
    [["single-leg-glute-bridge", cut(3)], ["single-leg-calf-raise", cut(3)], ["glute-bridge", cut(3)], ["calf-raise", cut(3)]],
    [["goblet-squat", cut(4)], ["single-leg-glute-bridge", cut(3)], ["single-leg-calf-raise", cut(3)], ["glute-bridge", cut(3)]],
  ];
  const high = (cut) => highPairs(cut).map((p) => session("offseason", p));
  const [deloadMon, deloadThu] = high((n) => Math.round(n / 2));
  const [mon, thu] = high((n) => n);
  // Week 5: week 4 reached rung 1 of both ladders, so the bilateral rungs are gone for the rest of the stage.
  const top = session("offseason", [["single-leg-glute-bridge", 3], ["single-leg-calf-raise", 3], ["goblet-squat", 4]]);
  const shape = [S, R, R, S, R, R, R];
  const base = { stage: "base", phase: "offseason", toRace: null, effort: { min: 2, max: 3 } };
  assert.deepEqual(makeBlock(GUIDE, choices()), {
    start: "2026-03-02",
    race: "",
    weeks: [
      week({ ...base, index: 0, start: "2026-03-02", rung: 0, days: days("2026-03-02", shape, { mon: low, thu: low }) }),
      week({ ...base, index: 1, start: "2026-03-09", rung: 0, days: days("2026-03-09", shape, { mon: low, thu: low }) }),
      week({
        ...base, index: 2, start: "2026-03-16", rung: 1, deload: true, effort: { min: 4, max: 5 }, setsCut: 50,
        days: days("2026-03-16", shape, { mon: deloadMon, thu: deloadThu }),
      }),
      week({ ...base, index: 3, start: "2026-03-23", rung: 1, days: days("2026-03-23", shape, { mon, thu }) }),
      week({ ...base, index: 4, start: "2026-03-30", rung: 2, days: days("2026-03-30", shape, { mon: top, thu: top }) }),
    ],
  });
});

test("a block back from race day: base, build with a deload, taper, race week and recovery", () => {
  // Race on Sunday 5 April; the block starts Monday 2 March, so race week is the 5th week: 4, 3, 2, 1 and 0 weeks
  // to race give base, build, build, taper and race week, then one recovery week. Rungs: weeks 1-2 cap 0, weeks 3-4
  // cap 1, race week and recovery are held to rung 0. Week 3 is a deload (every third week, in a stage that deloads).
  const block = makeBlock(GUIDE, choices({ race: "2026-04-05" }));
  assert.equal(block.start, "2026-03-02");
  assert.equal(block.race, "2026-04-05");
  const fields = block.weeks.map(({ index, start, stage, phase, toRace, deload, rung, effort, setsCut, hard, notes, changes }) => ({
    index, start, stage, phase, toRace, deload, rung, effort, setsCut, hard, notes, changes,
  }));
  const e = (min, max) => ({ min, max });
  assert.deepEqual(fields, [
    { index: 0, start: "2026-03-02", stage: "base", phase: "offseason", toRace: 4, deload: false, rung: 0, effort: e(2, 3), setsCut: 0, hard: [], notes: [], changes: [] },
    { index: 1, start: "2026-03-09", stage: "build", phase: "preseason", toRace: 3, deload: false, rung: 0, effort: e(2, 3), setsCut: 0, hard: ["tue"], notes: [], changes: [] },
    { index: 2, start: "2026-03-16", stage: "build", phase: "preseason", toRace: 2, deload: true, rung: 1, effort: e(4, 5), setsCut: 50, hard: ["tue"], notes: [], changes: [] },
    { index: 3, start: "2026-03-23", stage: "taper", phase: "preseason", toRace: 1, deload: false, rung: 1, effort: e(3, 4), setsCut: 40, hard: ["tue"], notes: [], changes: [] },
    { index: 4, start: "2026-03-30", stage: "race-week", phase: "preseason", toRace: 0, deload: false, rung: 0, effort: e(4, 5), setsCut: 50, hard: ["tue"], notes: [], changes: [] },
    { index: 5, start: "2026-04-06", stage: "recovery", phase: "offseason", toRace: null, deload: false, rung: 0, effort: e(4, 5), setsCut: 30, hard: [], notes: [], changes: [] },
  ]);

  // Base week: as the rolling block's first week.
  const low = session("offseason", [["glute-bridge", 3], ["calf-raise", 3], ["goblet-squat", 4]]);
  assert.deepEqual(block.weeks[0].days, days("2026-03-02", [S, R, R, S, R, R, R], { mon: low, thu: low }));

  // Build, week 2: key run Tuesday, long run Sunday. No strength on them or the day before them (Monday, Saturday),
  // leaving Wednesday-Friday; two days a rest day apart: Wednesday and Friday. Wednesday follows the key run, so it
  // holds no impact work; Friday may, and is filled first: glute bridge, calf raise, goblet squat, pogo hops (higher
  // rungs are capped, box jumps are advanced), pogo hops moved to the front. Wednesday repeats the calm three.
  // Free days alternate the pre-season's fill days: easy run, rest, easy run.
  assert.deepEqual(
    block.weeks[1].days,
    days("2026-03-09", [E, K, ES, R, ES, E, L], {
      wed: session("preseason", [["glute-bridge", 2], ["calf-raise", 2], ["goblet-squat", 3]]),
      fri: session("preseason", [["pogo-hops", 3], ["glute-bridge", 2], ["calf-raise", 2], ["goblet-squat", 3]]),
    }),
  );

  // Build, week 3, deload: the stage's fewest strength days (1). Of Wednesday-Friday, Thursday is the first day with
  // no key or long run next to it. Cap 1: the single-leg rungs lead; sets halved from 2 to 1.
  assert.deepEqual(
    block.weeks[2].days,
    days("2026-03-16", [E, K, R, ES, E, R, L], {
      thu: session("preseason", [["single-leg-glute-bridge", 1], ["single-leg-calf-raise", 1], ["glute-bridge", 1], ["calf-raise", 1]]),
    }),
  );

  // Taper: a new stage, so no rung is held from the build. Wednesday and Friday again; Friday first takes the
  // single-leg rungs, the glute bridge and calf raise (the pool's order after the higher rungs, so pogo hops miss
  // out); Wednesday takes the unused goblet squat, then repeats. 40% fewer sets: 2 -> 1, 3 -> 2.
  assert.deepEqual(
    block.weeks[3].days,
    days("2026-03-23", [E, K, ES, R, ES, E, L], {
      wed: session("preseason", [["goblet-squat", 2], ["single-leg-glute-bridge", 1], ["single-leg-calf-raise", 1], ["glute-bridge", 1]]),
      fri: session("preseason", [["single-leg-glute-bridge", 1], ["single-leg-calf-raise", 1], ["glute-bridge", 1], ["calf-raise", 1]]),
    }),
  );

  // Race week: the race replaces the long run on Sunday; the key run stays on Tuesday. No strength in the last four
  // days before the race (Thursday on) nor on or before the key run, which leaves Wednesday, exactly four days out.
  // Bodyweight only, rung 0, half the sets.
  assert.deepEqual(
    block.weeks[4].days,
    days("2026-03-30", [E, K, ES, R, E, R, ["race"]], { wed: session("preseason", [["glute-bridge", 1], ["calf-raise", 1]]) }),
  );

  // Recovery: offseason, Sunday's rest is the long day. Monday follows the race, so it is not fit for impact work;
  // of the days three apart, Tuesday and Friday are both fit. Rung 0 bodyweight, 30% fewer sets: 3 -> 2.
  const easy = session("offseason", [["glute-bridge", 2], ["calf-raise", 2]]);
  assert.deepEqual(block.weeks[5].days, days("2026-04-06", [R, S, R, R, S, R, R], { tue: easy, fri: easy }));
});

test("the last strength day keeps its distance from race day", () => {
  // Five days instead of four: race week's Wednesday is too close too, and Monday comes before the key run, so
  // Tuesday's key run gives way to the one session race week has.
  const block = makeBlock(seasonWith({ last_strength_days_before_race: 5 }), choices({ race: "2026-04-05" }));
  const raceWeek = block.weeks[4];
  assert.deepEqual(strengthDays(raceWeek), ["tue"]);
  assert.deepEqual(raceWeek.hard, []);
  assert.deepEqual(raceWeek.notes, ["There is no room for 1 strength day around your key runs and long run, so Tuesday is left without a key run."]);
  assert.deepEqual(raceWeek.days.map((d) => d.types), [E, ES, R, E, R, E, ["race"]]);
});

test("key runs that leave no room are dropped, latest first, and the week says which", () => {
  // Build week starting 9 March, two weeks before race week (race on 29 March). Key runs Monday, Wednesday and Friday
  // with the long run on Sunday leave no two days for strength; keeping only Monday's leaves Tuesday-Thursday-Friday
  // (Saturday comes before the long run), and Tuesday and Friday are the furthest apart.
  const block = makeBlock(GUIDE, choices({ race: "2026-03-29", start: "2026-03-09", hard: ["mon", "wed", "fri"] }));
  const first = block.weeks[0];
  assert.equal(first.stage, "build");
  assert.deepEqual(first.hard, ["mon"]);
  assert.deepEqual(first.notes, ["There is no room for 2 strength days around your key runs and long run, so Wednesday and Friday are left without a key run."]);
  assert.deepEqual(
    first.days,
    days("2026-03-09", [K, ES, E, R, ES, E, L], {
      tue: session("preseason", [["glute-bridge", 2], ["calf-raise", 2], ["goblet-squat", 3]]),
      fri: session("preseason", [["pogo-hops", 3], ["glute-bridge", 2], ["calf-raise", 2], ["goblet-squat", 3]]),
    }),
  );
  const two = makeBlock(GUIDE, choices({ race: "2026-03-29", start: "2026-03-09", hard: ["mon", "wed"] })).weeks[0];
  assert.deepEqual(two.hard, ["mon"]);
  assert.deepEqual(two.notes, ["There is no room for 2 strength days around your key runs and long run, so Wednesday is left without a key run."]);
  assert.deepEqual(strengthDays(two), ["tue", "fri"]);
});

test("a week whose rules leave no day for strength says so and keeps its runs", () => {
  // A race on Wednesday 25 March: race week has no day at least four days before the race and none after it.
  // Friday's key run comes after the race, so race week keeps only Tuesday's.
  const block = makeBlock(GUIDE, choices({ race: "2026-03-25", hard: ["tue", "fri"] }));
  const raceWeek = block.weeks[3];
  assert.equal(raceWeek.stage, "race-week");
  assert.deepEqual(raceWeek.notes, ["The guide's rules leave room for only 0 strength days this week."]);
  assert.deepEqual(raceWeek.days, days("2026-03-23", [E, K, ["race"], R, E, R, E]));
  assert.deepEqual(raceWeek.hard, ["tue"]);
});

test("a race on Monday: the week before tapers around it, race week has the race and nothing after it", () => {
  // Race on Monday 16 March, two weeks on: build, taper, race week, recovery.
  const block = makeBlock(GUIDE, choices({ race: "2026-03-16" }));
  assert.deepEqual(block.weeks.map((w) => [w.stage, w.toRace, w.rung]), [["build", 2, 0], ["taper", 1, 0], ["race-week", 0, 0], ["recovery", null, 0]]);
  // Build: as the block's second week above (Wednesday and Friday around Tuesday's key run).
  assert.deepEqual(strengthDays(block.weeks[0]), ["wed", "fri"]);
  // Taper: Friday to Sunday are within four days of the race; with Tuesday's key run kept, only Wednesday and
  // Thursday are left, too close for two sessions. Dropping it opens Monday-Thursday: Monday and Thursday are
  // furthest apart. Monday follows Sunday's long run, so Thursday gets the impact work. 40% fewer sets.
  const taper = block.weeks[1];
  assert.deepEqual(taper.notes, ["There is no room for 2 strength days around your key runs and long run, so Tuesday is left without a key run."]);
  assert.deepEqual(taper.hard, []);
  assert.deepEqual(
    taper.days,
    days("2026-03-09", [ES, E, R, ES, E, R, L], {
      mon: session("preseason", [["glute-bridge", 1], ["calf-raise", 1], ["goblet-squat", 2]]),
      thu: session("preseason", [["pogo-hops", 2], ["glute-bridge", 1], ["calf-raise", 1], ["goblet-squat", 2]]),
    }),
  );
  // Race week: the race is on Monday; no key run or strength after it, the rest of the week alternates easy runs
  // and rest.
  const raceWeek = block.weeks[2];
  assert.deepEqual(raceWeek.notes, ["The guide's rules leave room for only 0 strength days this week."]);
  assert.deepEqual(raceWeek.hard, []);
  assert.deepEqual(raceWeek.days, days("2026-03-16", [["race"], E, R, E, R, E, R]));
  const easy = session("offseason", [["glute-bridge", 2], ["calf-raise", 2]]);
  assert.deepEqual(block.weeks[3].days, days("2026-03-23", [S, R, R, S, R, R, R], { mon: easy, thu: easy }));
});

test("a race on Friday: race week's one session takes Monday from the key run", () => {
  // Race on Friday 20 March: Tuesday on is too close or after it, Monday's key run leaves no day, so it gives way.
  const block = makeBlock(GUIDE, choices({ race: "2026-03-20", hard: ["mon"] }));
  const raceWeek = block.weeks[2];
  assert.equal(raceWeek.stage, "race-week");
  assert.deepEqual(raceWeek.notes, ["There is no room for 1 strength day around your key runs and long run, so Monday is left without a key run."]);
  assert.deepEqual(raceWeek.days, days("2026-03-16", [ES, E, R, E, ["race"], R, E], { mon: session("preseason", [["glute-bridge", 1], ["calf-raise", 1]]) }));
});

test("the next week's first day counts: no strength the day before next Monday's key run", () => {
  // Build week of a block from 9 March to a race on 29 March, key run Monday, long run Saturday: Sunday comes before
  // next week's key run and Friday before the long run, leaving Tuesday-Thursday: Tuesday and Thursday.
  const block = makeBlock(GUIDE, choices({ race: "2026-03-29", start: "2026-03-09", hard: ["mon"], long: "sat" }));
  assert.deepEqual(strengthDays(block.weeks[0]), ["tue", "thu"]);
  assert.deepEqual(block.weeks[0].notes, []);
});

test("impact work keeps off the day before a key run even where the rules let strength go there", () => {
  // Strength may go the day before a run here. One session, key run Wednesday, long run Sunday: Monday follows the
  // week's own Sunday long run (standing in for the week before), Tuesday comes before the key run, Thursday after
  // it, Saturday before the long run: Friday is the one day fit for impact work.
  const loose = seasonWith({ strength: { ...GUIDE.season.strength, not_before: [] } });
  const block = makeBlock(loose, choices({ race: "2026-03-29", start: "2026-03-09", days: 1, hard: ["wed"] }));
  assert.deepEqual(strengthDays(block.weeks[0]), ["fri"]);
  assert.deepEqual(slugs(block.weeks[0], "fri"), ["pogo-hops", "glute-bridge", "calf-raise", "goblet-squat"]);
  // Key run Monday, long run Friday, two sessions. The pairs three or four days apart are Tuesday-Saturday,
  // Wednesday-Saturday, Wednesday-Sunday and Thursday-Sunday. Tuesday follows the key run, Thursday comes before the
  // long run, Saturday follows it and Sunday comes before next week's key run: only Wednesday is fit for impact
  // work, and Wednesday-Saturday, the first pair holding it, stays.
  const two = makeBlock(loose, choices({ race: "2026-03-29", start: "2026-03-09", hard: ["mon"], long: "fri" }));
  assert.deepEqual(strengthDays(two.weeks[0]), ["wed", "sat"]);
});

test("where the rules let strength share a key-run day, the day keeps its key run", () => {
  // Only the long run keeps strength away: Tuesday (the key run) and Friday are three days apart and both away from
  // the long run, so both get a session, and Tuesday is still the week's key run.
  const shared = seasonWith({ strength: { not_on: ["long"], not_before: ["long"], rest_days_between: 1 } });
  const first = makeBlock(shared, choices({ race: "2026-03-29", start: "2026-03-09" })).weeks[0];
  assert.deepEqual(strengthDays(first), ["tue", "fri"]);
  assert.deepEqual(first.days.map((d) => d.types), [E, ["key-run", "strength"], R, E, ES, R, L]);
  assert.deepEqual(first.hard, ["tue"]);
});

test("two rest days between sessions hold across the week's end", () => {
  // With a Monday long day, Tuesday and Friday are three and four days apart; Friday to the next Tuesday is four.
  const block = makeBlock(seasonWith({ strength: { ...GUIDE.season.strength, rest_days_between: 2 } }), choices({ long: "mon" }));
  assert.deepEqual(block.weeks.map(strengthDays), Array(5).fill(["tue", "fri"]));
});

test("the stages' order in the data does not change which stage a week belongs to", () => {
  const reversed = seasonWith({ stages: [...GUIDE.season.stages].reverse() });
  const block = makeBlock(reversed, choices({ race: "2026-04-05" }));
  assert.deepEqual(block.weeks.map((w) => w.stage), ["base", "build", "build", "taper", "race-week", "recovery"]);
});

test("a Sunday session keeps the next Monday free, across weeks", () => {
  // Taper week (race on Saturday 14 March, one week on): key run Tuesday, long run Friday, one strength day. Mondays
  // and Thursdays come before a run, Wednesday follows the key run and Saturday the long run: Sunday is the one day
  // fit for impact work, so the session goes there (pogo hops first).
  const block = makeBlock(GUIDE, choices({ race: "2026-03-14", days: 1, long: "fri" }));
  assert.deepEqual(block.weeks.map((w) => w.stage), ["taper", "race-week", "recovery"]);
  assert.deepEqual(
    block.weeks[0].days,
    days("2026-03-02", [E, K, R, E, L, R, ES], {
      sun: session("preseason", [["pogo-hops", 2], ["glute-bridge", 1], ["calf-raise", 1], ["goblet-squat", 2]]),
    }),
  );
  // Race week: the race is Saturday, so Wednesday on is closed; Monday follows Sunday's session and comes before the
  // key run. Only by dropping the key run does Tuesday open.
  const raceWeek = block.weeks[1];
  assert.deepEqual(raceWeek.notes, ["There is no room for 1 strength day around your key runs and long run, so Tuesday is left without a key run."]);
  assert.deepEqual(raceWeek.hard, []);
  assert.deepEqual(
    raceWeek.days,
    days("2026-03-09", [E, ES, R, E, R, ["race"], E], { tue: session("preseason", [["glute-bridge", 1], ["calf-raise", 1]]) }),
  );
});

test("three strength days sit a day apart; the long day moves them", () => {
  assert.deepEqual(strengthDays(makeBlock(GUIDE, choices({ days: 3 })).weeks[0]), ["mon", "wed", "fri"]);
  assert.deepEqual(strengthDays(makeBlock(GUIDE, choices({ long: "mon" })).weeks[0]), ["tue", "fri"]);
  assert.deepEqual(strengthDays(makeBlock(GUIDE, choices({ long: "thu" })).weeks[0]), ["mon", "fri"]);
  // A stage never gets more strength days than it allows: base week 3, build 2, race week 1.
  const block = makeBlock(GUIDE, choices({ days: 3, race: "2026-04-05", hard: [] }));
  assert.deepEqual(block.weeks.map((w) => strengthDays(w).length), [3, 2, 1, 2, 1, 2]);
});

test("levels: a beginner gets bodyweight work without impact; an advanced runner gets one-leg and plyometric work", () => {
  const build = (changes) => makeBlock(GUIDE, choices({ race: "2026-04-05", ...changes }));
  const beginner = build({ level: "beginner" });
  assert.deepEqual(slugs(beginner.weeks[1], "fri"), ["glute-bridge", "calf-raise"]);
  assert.deepEqual(slugs(beginner.weeks[1], "wed"), ["glute-bridge", "calf-raise"]);
  // Taper, advanced: Friday first takes a single-leg exercise (single-leg bridge) and a plyometric one (pogo hops,
  // before box jumps in the data), covering both muscles, then the single-leg calf raise and glute bridge; Wednesday
  // has both needs met already and takes the unused goblet squat and calf raise, then repeats.
  const advanced = build({ level: "advanced" });
  assert.deepEqual(slugs(advanced.weeks[3], "fri"), ["pogo-hops", "single-leg-glute-bridge", "single-leg-calf-raise", "glute-bridge"]);
  assert.deepEqual(slugs(advanced.weeks[3], "wed"), ["goblet-squat", "calf-raise", "single-leg-glute-bridge", "single-leg-calf-raise"]);
  // Without equipment there is no box, kettlebell or single-leg rung in week 2: the plyometric need is met by pogo
  // hops; skipping fills the session and, being high-impact, goes first with them.
  const bare = build({ level: "advanced", equipment: "none" });
  assert.deepEqual(slugs(bare.weeks[1], "fri"), ["pogo-hops", "jump-rope", "glute-bridge", "calf-raise"]);
  assert.deepEqual(slugs(bare.weeks[1], "wed"), ["glute-bridge", "calf-raise"]);
});

test("sore spots swap an exercise for an easier rung of its ladder, or leave it out, and say so", () => {
  // Taper with a sore Achilles: the single-leg calf raise, pogo hops and skipping are out. Friday: single-leg bridge,
  // calf raise, glute bridge, goblet squat; Wednesday, without impact work anyway, repeats all four in the pool's
  // order (the single-leg bridge leads, being higher). The unrestricted week used the
  // single-leg calf raise, now replaced by the calf raise, its easier rung.
  const block = makeBlock(GUIDE, choices({ race: "2026-04-05", sore: ["achilles-calf"] }));
  const taper = block.weeks[3];
  assert.deepEqual(slugs(taper, "fri"), ["single-leg-glute-bridge", "calf-raise", "glute-bridge", "goblet-squat"]);
  assert.deepEqual(slugs(taper, "wed"), ["single-leg-glute-bridge", "glute-bridge", "calf-raise", "goblet-squat"]);
  assert.deepEqual(taper.changes, [
    {
      exercise: "single-leg-calf-raise",
      spot: "achilles-calf",
      instead: "calf-raise",
      text: "Achilles or calf: Single-leg calf raise is swapped for Calf raise, an easier rung of its ladder.",
    },
  ]);
  // The build week would have had pogo hops on Friday; without them, Friday adds no impact work.
  assert.deepEqual(block.weeks[1].changes, [{ exercise: "pogo-hops", spot: "achilles-calf", instead: null, text: "Achilles or calf: Pogo hops is left out." }]);
  assert.deepEqual(slugs(block.weeks[1], "fri"), ["glute-bridge", "calf-raise", "goblet-squat"]);

  // A sore knee in the build week: the goblet squat has no easier rung, so it is left out; skipping takes its place.
  const knee = makeBlock(GUIDE, choices({ race: "2026-04-05", sore: ["knee"] })).weeks[1];
  assert.deepEqual(knee.changes, [{ exercise: "goblet-squat", spot: "knee", instead: null, text: "Knee: Goblet squat is left out." }]);
  assert.deepEqual(slugs(knee, "fri"), ["pogo-hops", "jump-rope", "glute-bridge", "calf-raise"]);
  assert.deepEqual(slugs(knee, "wed"), ["glute-bridge", "calf-raise"]);
  // No sore spot, no changes; a spot nothing in the week loads changes nothing either (race week is bodyweight).
  assert.deepEqual(makeBlock(GUIDE, choices({ race: "2026-04-05", sore: ["knee"] })).weeks[4].changes, []);
});

test("the same choices give the same block and leave the choices and the guide untouched", () => {
  const asked = choices({ race: "2026-04-05", hard: ["wed", "mon"], sore: ["knee"] });
  const before = structuredClone(asked);
  const guide = structuredClone(GUIDE);
  assert.deepEqual(makeBlock(GUIDE, asked), makeBlock(GUIDE, asked));
  assert.deepEqual(asked, before);
  assert.deepEqual(GUIDE, guide);
});
