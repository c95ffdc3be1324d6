// The pieces of one week (plan-sessions.js) on the guide in guide.mjs: placing strength days, the exercises a week
// may use, sessions and sore-spot changes. Every expected value is worked out by hand from the guide's rules.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  describeDrop,
  impactFriendly,
  isImpact,
  ladderTops,
  listOf,
  pickSessions,
  placeStrength,
  plural,
  rungs,
  soreChanges,
  subsets,
  weekPool,
} from "../../site_overrides/assets/guide/plan-sessions.js";
import { GUIDE, choices, seasonWith, variant } from "./guide.mjs";

const ex = (slug) => GUIDE.exercises.find((e) => e.slug === slug);
const stage = (slug) => GUIDE.season.stages.find((s) => s.slug === slug);
const slugsOf = (list) => list.map((e) => e.slug);
const ALL = [0, 1, 2, 3, 4, 5, 6];
const yes = Array(7).fill(true);

test("words: counts, lists and the note for dropped key runs", () => {
  assert.equal(plural(0, "week"), "0 weeks");
  assert.equal(plural(1, "week"), "1 week");
  assert.equal(plural(2, "week"), "2 weeks");
  assert.equal(listOf([]), "");
  assert.equal(listOf(["Monday"]), "Monday");
  assert.equal(listOf(["Monday", "Friday"]), "Monday and Friday");
  assert.equal(listOf(["Monday", "Wednesday", "Friday"]), "Monday, Wednesday and Friday");
  assert.equal(describeDrop(["Wednesday"], 1), "There is no room for 1 strength day around your key runs and long run, so Wednesday is left without a key run.");
  assert.equal(
    describeDrop(["Monday", "Wednesday"], 2),
    "There is no room for 2 strength days around your key runs and long run, so Monday and Wednesday are left without a key run.",
  );
});

test("subsets come largest first, those keeping earlier items first", () => {
  assert.deepEqual(subsets([]), [[]]);
  assert.deepEqual(subsets([1, 3, 5]), [[1, 3, 5], [1, 3], [1, 5], [3, 5], [1], [3], [5], []]);
});

test("impact work: by category or by name, and kept away from the runs the rules name", () => {
  assert.deepEqual(GUIDE.exercises.filter((e) => isImpact(GUIDE, e)).map((e) => e.slug), ["pogo-hops", "jump-rope", "box-jump"]);
  assert.equal(impactFriendly(GUIDE, null, null), true);
  assert.equal(impactFriendly(GUIDE, "easy", "easy"), true);
  for (const [before, after] of [["hard", null], ["long", "easy"], [null, "hard"], ["easy", "long"]]) {
    assert.equal(impactFriendly(GUIDE, before, after), false, `${before} ${after}`);
  }
  // The day after a run and the day before one are separate rules.
  const split = seasonWith({ impact: { ...GUIDE.season.impact, not_after: ["hard"], not_before: ["long"] } });
  assert.equal(impactFriendly(split, "hard", null), false);
  assert.equal(impactFriendly(split, null, "hard"), true);
  assert.equal(impactFriendly(split, "long", null), true);
  assert.equal(impactFriendly(split, null, "long"), false);
});

test("strength days: spaced by the rest rule across the week's end, spread out, then fit for impact work", () => {
  assert.deepEqual(placeStrength(ALL, 0, 7, 1, yes), []);
  // Two days: three and four days apart is the best spread; Monday and Thursday come first.
  assert.deepEqual(placeStrength(ALL, 2, 7, 1, yes), [0, 3]);
  // Monday unfit for impact: Tuesday and Friday keep the spread and are both fit.
  assert.deepEqual(placeStrength(ALL, 2, 7, 1, [false, ...yes.slice(1)]), [1, 4]);
  assert.deepEqual(placeStrength(ALL, 3, 7, 1, yes), [0, 2, 4]);
  // Sunday and Monday are neighbours, so they cannot both hold strength.
  assert.equal(placeStrength([0, 6], 2, 7, 1, yes), null);
  assert.equal(placeStrength([0, 1], 2, 7, 1, yes), null);
  assert.equal(placeStrength([2], 2, 7, 1, yes), null);
  assert.deepEqual(placeStrength([0, 2], 2, 7, 1, yes), [0, 2]);
  // Two rest days between: Monday and Thursday (gaps 3 and 4) still fit, three days a week never do.
  assert.deepEqual(placeStrength(ALL, 2, 7, 2, yes), [0, 3]);
  // Friday to Monday is three days round the week's end: one rest day between, not two.
  assert.deepEqual(placeStrength([0, 4], 2, 7, 2, yes), [0, 4]);
  assert.equal(placeStrength([0, 5], 2, 7, 2, yes), null);
  assert.deepEqual(placeStrength([0, 5], 2, 7, 1, yes), [0, 5]);
  assert.equal(placeStrength(ALL, 3, 7, 2, yes), null);
  // One day: the first fit day.
  assert.deepEqual(placeStrength([2, 3, 4], 1, 7, 1, [true, true, false, false, true, true, true]), [4]);
  assert.deepEqual(placeStrength([2, 3, 4], 1, 7, 1, Array(7).fill(false)), [2]);
  // A better spread wins over more days fit for impact work.
  assert.deepEqual(placeStrength([0, 2, 3], 2, 7, 1, [false, true, true, false, true, true, true]), [0, 3]);
});

test("ladders: each exercise's rung, and the highest rung some exercises reach", () => {
  const at = rungs(GUIDE);
  assert.deepEqual([...at], [
    ["glute-bridge", [[0, 0]]],
    ["single-leg-glute-bridge", [[0, 1]]],
    ["calf-raise", [[1, 0]]],
    ["single-leg-calf-raise", [[1, 1]]],
    ["goblet-squat", []],
    ["pogo-hops", []],
    ["jump-rope", []],
    ["box-jump", []],
  ]);
  assert.deepEqual([...ladderTops(GUIDE, [ex("single-leg-glute-bridge"), ex("glute-bridge"), ex("calf-raise"), ex("pogo-hops")])], [[0, 1], [1, 0]]);
  const into = new Map([[0, 1]]);
  assert.equal(ladderTops(GUIDE, [ex("glute-bridge"), ex("single-leg-calf-raise")], into), into);
  assert.deepEqual([...into], [[0, 1], [1, 1]]);
});

test("a week's pool: equipment, dose for the phase, level, categories, impact, rungs, floors and sore spots", () => {
  const pool = (changes, name, cap = 9, sore = new Set(), floors = new Map()) => slugsOf(weekPool(GUIDE, choices(changes), stage(name), cap, sore, floors));
  assert.deepEqual(pool({}, "build"), ["glute-bridge", "single-leg-glute-bridge", "calf-raise", "single-leg-calf-raise", "goblet-squat", "pogo-hops", "jump-rope"]);
  assert.deepEqual(pool({ level: "advanced" }, "build"), slugsOf(GUIDE.exercises));
  assert.deepEqual(pool({ level: "advanced", equipment: "none" }, "build"), ["glute-bridge", "single-leg-glute-bridge", "calf-raise", "single-leg-calf-raise", "pogo-hops", "jump-rope"]);
  // A beginner: beginner-level bodyweight work without impact.
  assert.deepEqual(pool({ level: "beginner" }, "build"), ["glute-bridge", "calf-raise"]);
  // Base: offseason doses only, no plyometrics, no impact even for an advanced runner.
  assert.deepEqual(pool({ level: "advanced" }, "base"), ["glute-bridge", "single-leg-glute-bridge", "calf-raise", "single-leg-calf-raise", "goblet-squat"]);
  // Race week: bodyweight, no impact (so no skipping).
  assert.deepEqual(pool({}, "race-week"), ["glute-bridge", "single-leg-glute-bridge", "calf-raise", "single-leg-calf-raise"]);
  assert.deepEqual(pool({}, "build", 0), ["glute-bridge", "calf-raise", "goblet-squat", "pogo-hops", "jump-rope"]);
  assert.deepEqual(pool({}, "build", 1, new Set(), new Map([[0, 1]])), ["single-leg-glute-bridge", "calf-raise", "single-leg-calf-raise", "goblet-squat", "pogo-hops", "jump-rope"]);
  assert.deepEqual(pool({}, "build", 9, new Set(["pogo-hops", "glute-bridge"])), ["single-leg-glute-bridge", "calf-raise", "single-leg-calf-raise", "goblet-squat", "jump-rope"]);
});

test("sessions: every muscle, then the least used, higher rungs first, impact work first and only on fit days", () => {
  const c = choices();
  const pool = weekPool(GUIDE, c, stage("build"), 1, new Set(), new Map());
  // Fit day (Friday, index 1) first: both single-leg rungs, then glute bridge and calf raise. Unfit day: the unused
  // goblet squat, then the least used in the pool's order, never pogo hops or skipping.
  assert.deepEqual(pickSessions(GUIDE, c, pool, [false, true]).map(slugsOf), [
    ["goblet-squat", "single-leg-glute-bridge", "single-leg-calf-raise", "glute-bridge"],
    ["single-leg-glute-bridge", "single-leg-calf-raise", "glute-bridge", "calf-raise"],
  ]);
  // Three fit days: the third finds goblet squat, pogo hops and skipping unused, and puts the impact work first.
  assert.deepEqual(pickSessions(GUIDE, c, pool, [true, true, true]).map(slugsOf), [
    ["single-leg-glute-bridge", "single-leg-calf-raise", "glute-bridge", "calf-raise"],
    ["pogo-hops", "jump-rope", "goblet-squat", "single-leg-glute-bridge"],
    ["single-leg-calf-raise", "glute-bridge", "calf-raise", "goblet-squat"],
  ]);
  // A session never exceeds the largest size, and no exercise repeats within one.
  const wide = variant({ picker: { ...GUIDE.picker, session_size: { min: 7, max: 3 } } });
  assert.deepEqual(pickSessions(wide, c, pool, [true]).map(slugsOf), [["single-leg-glute-bridge", "single-leg-calf-raise", "glute-bridge"]]);
  const many = variant({ picker: { ...GUIDE.picker, session_size: { min: 1, max: 9 } } });
  // With more muscles than the smallest size, the session takes one exercise per muscle: 2 here.
  assert.deepEqual(pickSessions(many, c, pool, [true]).map(slugsOf), [["single-leg-glute-bridge", "single-leg-calf-raise"]]);
  assert.deepEqual(pickSessions(GUIDE, c, [], [true, false]), [[], []]);
  // The largest size holds even when there are more muscles to cover.
  const one = variant({ picker: { ...GUIDE.picker, session_size: { min: 1, max: 1 } } });
  assert.deepEqual(pickSessions(one, c, pool, [true]).map(slugsOf), [["single-leg-glute-bridge"]]);
});

test("sessions for an advanced runner hold one-leg and plyometric work when the pool has them", () => {
  const c = choices({ level: "advanced" });
  const pool = weekPool(GUIDE, c, stage("build"), 0, new Set(), new Map());
  // Rung 0 has no one-leg exercise; the plyometric need takes pogo hops (before box jumps in the data) on the fit
  // day, which covers the calves; the glute bridge covers the glutes, and the session fills up in the pool's order.
  assert.deepEqual(pickSessions(GUIDE, c, pool, [false, true]).map(slugsOf), [
    ["glute-bridge", "calf-raise", "goblet-squat"],
    ["pogo-hops", "glute-bridge", "calf-raise", "goblet-squat"],
  ]);
  // At rung 1 the single-leg bridge is the first one-leg exercise, and counts for the glutes.
  const high = weekPool(GUIDE, c, stage("build"), 1, new Set(), new Map());
  assert.deepEqual(pickSessions(GUIDE, c, high, [true]).map(slugsOf), [["pogo-hops", "single-leg-glute-bridge", "single-leg-calf-raise", "glute-bridge"]]);
  // Without ladders every exercise is on one level and the data's order decides, so the single-leg need shows: the
  // single-leg bridge comes first and covers the glutes, the calf raise covers the calves.
  const flat = variant({ ladders: [] });
  const plain = ["glute-bridge", "single-leg-glute-bridge", "calf-raise", "single-leg-calf-raise", "goblet-squat"].map(ex);
  assert.deepEqual(pickSessions(flat, c, plain, [true]).map(slugsOf), [["single-leg-glute-bridge", "calf-raise", "glute-bridge", "single-leg-calf-raise"]]);
  assert.deepEqual(pickSessions(flat, choices(), plain, [true]).map(slugsOf), [["glute-bridge", "calf-raise", "single-leg-glute-bridge", "single-leg-calf-raise"]]);
  // On unfit days only, the plyometric need cannot be met, and nothing explosive is added.
  assert.deepEqual(pickSessions(GUIDE, c, pool, [false]).map(slugsOf), [["glute-bridge", "calf-raise", "goblet-squat"]]);
});

test("sore-spot changes name the spot, the exercise and its easier rung used instead, or that it is left out", () => {
  const sl = ex("single-leg-calf-raise");
  const before = [[ex("glute-bridge"), sl, ex("pogo-hops")], [sl, ex("goblet-squat")]];
  const after = [[ex("glute-bridge"), ex("calf-raise")], [ex("single-leg-glute-bridge")]];
  assert.deepEqual(soreChanges(GUIDE, choices({ sore: ["achilles-calf", "knee"] }), before, after), [
    { exercise: "single-leg-calf-raise", spot: "achilles-calf", instead: "calf-raise", text: "Achilles or calf: Single-leg calf raise is swapped for Calf raise, an easier rung of its ladder." },
    { exercise: "pogo-hops", spot: "achilles-calf", instead: null, text: "Achilles or calf: Pogo hops is left out." },
    { exercise: "goblet-squat", spot: "knee", instead: null, text: "Knee: Goblet squat is left out." },
  ]);
  // Only the chosen spots count; an easier rung the restricted week does not use is no replacement.
  assert.deepEqual(soreChanges(GUIDE, choices({ sore: ["knee"] }), before, after).map((x) => x.exercise), ["goblet-squat"]);
  assert.deepEqual(soreChanges(GUIDE, choices({ sore: ["achilles-calf"] }), [[sl]], [[ex("glute-bridge")]]), [
    { exercise: "single-leg-calf-raise", spot: "achilles-calf", instead: null, text: "Achilles or calf: Single-leg calf raise is left out." },
  ]);
  assert.deepEqual(soreChanges(GUIDE, choices(), before, after), []);
});
