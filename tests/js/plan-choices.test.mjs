// The plan picker's address handling (plan-logic.js): URL parameters -> choices with notes, choices -> address,
// and the week a block opens on. Every expected value is worked out by hand from the guide in guide.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";

import { choicesToParams, currentWeek, daysRange, isoDay, isRunningPhase, parseChoices, parseDay } from "../../site_overrides/assets/guide/plan-logic.js";
import { GUIDE, choices, seasonWith, variant } from "./guide.mjs";

const MONDAY = new Date(2026, 2, 2); // Monday 2 March 2026
const WEDNESDAY = new Date(2026, 2, 4);
const parse = (query, today = MONDAY, data = GUIDE) => parseChoices(new URLSearchParams(query), data, today);
const FULL = "days=2&equipment=gym&level=intermediate&long=sun";
const rolling = "planning a rolling 5-week Base block";

test("dates are whole days in the reader's calendar, and only real YYYY-MM-DD dates are read", () => {
  assert.equal(parseDay("1970-01-01"), 0);
  assert.equal(parseDay("2026-03-02"), 20514);
  assert.equal(isoDay(20514), "2026-03-02");
  assert.equal(isoDay(parseDay("2028-02-29")), "2028-02-29");
  for (const bad of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-3-02", " 2026-03-02", "2026-03-02 ", "", null, undefined]) {
    assert.equal(parseDay(bad), null, String(bad));
  }
});

test("a phase is a running phase when its long day is a run; the strength days run over every stage's range", () => {
  assert.equal(isRunningPhase(GUIDE, "preseason"), true);
  assert.equal(isRunningPhase(GUIDE, "offseason"), false);
  assert.deepEqual(daysRange(GUIDE), { min: 1, max: 3 });
  // A stage that allows no strength day still leaves the reader at least one to ask for.
  const stages = GUIDE.season.stages.map((s) => (s.slug === "recovery" ? { ...s, strength_days: { min: 0, max: 4 } } : s));
  assert.deepEqual(daysRange(seasonWith({ stages })), { min: 1, max: 4 });
});

test("no parameters give the defaults, starting on the coming Monday, without a note", () => {
  assert.deepEqual(parse(""), { choices: choices(), notes: [] });
  assert.deepEqual(parse("", WEDNESDAY), { choices: choices({ start: "2026-03-09" }), notes: [] });
  assert.deepEqual(parse("", new Date(2026, 2, 8, 23, 59)), { choices: choices({ start: "2026-03-09" }), notes: [] });
  // A start alone is not a partial link: it only moves the block.
  assert.deepEqual(parse("start=2026-03-16"), { choices: choices({ start: "2026-03-16" }), notes: [] });
});

test("a full link gives exactly its choices, key-run days and sore spots in the guide's order", () => {
  const query = "race=2026-03-29&start=2026-03-02&days=3&equipment=none&level=advanced&long=sat&hard=thu&hard=mon&sore=knee&sore=achilles-calf";
  assert.deepEqual(parse(query), {
    choices: choices({ race: "2026-03-29", days: 3, equipment: "none", level: "advanced", long: "sat", hard: ["mon", "thu"], sore: ["achilles-calf", "knee"] }),
    notes: [],
  });
  assert.deepEqual(parse(`${FULL}&hard=fri,tue&sore=knee,achilles-calf`).choices, choices({ hard: ["tue", "fri"], sore: ["achilles-calf", "knee"] }));
  assert.deepEqual(parse(`${FULL}&hard=&sore=`), { choices: choices({ hard: [] }), notes: [] });
  assert.deepEqual(parse(`days=1&equipment=none&level=beginner&long=mon`).choices, choices({ days: 1, equipment: "none", level: "beginner", long: "mon" }));
});

test("unknown values fall back to the defaults, each with a note naming what was used", () => {
  const query = "race=2026-02-30&start=2026-03-03&days=4&equipment=castle&level=expert&long=someday&hard=funday&hard=tue&sore=elbow,knee";
  assert.deepEqual(parse(query), {
    choices: choices({ sore: ["knee"] }),
    notes: [
      `“2026-02-30” is not a race date (YYYY-MM-DD); ${rolling}.`,
      "“2026-03-03” is not a Monday (YYYY-MM-DD); the block starts on the coming Monday.",
      "“4” is not a number of strength days the guide plans (1-3 a week); using 2.",
      "“castle” is not a known equipment; using Gym.",
      "“expert” is not a known level; using Intermediate.",
      "“someday” is not a known long-run day; using Sunday.",
      "Ignored key-run days that are not weekdays: “funday”.",
      "Ignored sore spots that are not on the list: “elbow”.",
    ],
  });
  for (const bad of ["two", "-1", "2.5", "0", "4", " 2", "1e0", "0x2"]) {
    assert.deepEqual(parse(`days=${encodeURIComponent(bad)}&equipment=gym&level=intermediate&long=sun`), {
      choices: choices(),
      notes: [`“${bad}” is not a number of strength days the guide plans (1-3 a week); using 2.`],
    });
  }
  for (const good of ["1", "3"]) assert.deepEqual(parse(`days=${good}&equipment=gym&level=intermediate`), { choices: choices({ days: Number(good) }), notes: [] });
  assert.deepEqual(parse(`${FULL}&hard=x&hard=y,tue&sore=a,b`).notes, [
    "Ignored key-run days that are not weekdays: “x”, “y”.",
    "Ignored sore spots that are not on the list: “a”, “b”.",
  ]);
  for (const bad of ["2026-03-09x", "x2026-03-09", "2026-03-08", "2026-02-30"]) {
    assert.deepEqual(parse(`start=${bad}`, WEDNESDAY), {
      choices: choices({ start: "2026-03-09" }),
      notes: [`“${bad}” is not a Monday (YYYY-MM-DD); the block starts on the coming Monday.`],
    });
  }
});

test("a default number of strength days outside the guide's range is brought inside it", () => {
  const withDays = (days) => variant({ picker: { ...GUIDE.picker, defaults: { ...GUIDE.picker.defaults, days } } });
  assert.equal(parse("", MONDAY, withDays(0)).choices.days, 1);
  assert.equal(parse("", MONDAY, withDays(5)).choices.days, 3);
  assert.deepEqual(parse("days=x", MONDAY, withDays(5)).notes.slice(0, 1), ["“x” is not a number of strength days the guide plans (1-3 a week); using 3."]);
});

test("a link that gives some choices says which it left out, but not the long-run day", () => {
  assert.deepEqual(parse("days=3").notes, ["The link gives no equipment; using Gym.", "The link gives no level; using Intermediate."]);
  for (const query of ["hard=mon", "sore=knee", "race=2026-03-29", "long=sat"]) {
    assert.deepEqual(
      parse(query).notes,
      ["The link gives no number of strength days; using 2.", "The link gives no equipment; using Gym.", "The link gives no level; using Intermediate."],
      query,
    );
  }
  assert.deepEqual(parse("equipment=none&level=beginner").notes, ["The link gives no number of strength days; using 2."]);
});

test("an old link naming a phase is read with a note, the stages coming from the race date", () => {
  assert.deepEqual(parse("phase=preseason"), {
    choices: choices(),
    notes: ["The link names a phase (“preseason”); the plan now works the stages out from your race date."],
  });
});

test("key runs: none is allowed, and the long-run day is never also one", () => {
  assert.deepEqual(parse(`${FULL}&hard=`).choices.hard, []);
  assert.deepEqual(parse("days=2&equipment=gym&level=intermediate&long=thu&hard=tue&hard=thu"), {
    choices: choices({ long: "thu", hard: ["tue"] }),
    notes: ["Thursday is the long-run day, so it is not also a key-run day."],
  });
  // The default key run falls on the chosen long-run day.
  assert.deepEqual(parse("days=2&equipment=gym&level=intermediate&long=tue"), {
    choices: choices({ long: "tue", hard: [] }),
    notes: ["Tuesday is the long-run day, so it is not also a key-run day."],
  });
});

test("a race date sets the block's end; the block starts on the coming Monday or this week's, whichever is first", () => {
  assert.deepEqual(parse(`race=2026-03-29&${FULL}`), { choices: choices({ race: "2026-03-29" }), notes: [] });
  assert.deepEqual(parse(`race=2026-03-02&${FULL}`), { choices: choices({ race: "2026-03-02" }), notes: [] });
  // On a Wednesday, a race this week or today starts the block on this week's Monday.
  for (const race of ["2026-03-08", "2026-03-04"]) {
    assert.deepEqual(parse(`race=${race}&${FULL}`, WEDNESDAY), { choices: choices({ race, start: "2026-03-02" }), notes: [] }, race);
  }
  assert.deepEqual(parse(`race=2026-03-09&${FULL}`, WEDNESDAY), { choices: choices({ race: "2026-03-09", start: "2026-03-09" }), notes: [] });
  // 52 weeks from the block's first Monday to race week is still planned.
  assert.deepEqual(parse(`race=2027-03-07&${FULL}`), { choices: choices({ race: "2027-03-07" }), notes: [] });
  assert.deepEqual(parse(`race=2026-03-29&start=2026-03-16&${FULL}`), { choices: choices({ race: "2026-03-29", start: "2026-03-16" }), notes: [] });
  // A race in the block's first week, with a start given.
  assert.deepEqual(parse(`race=2026-03-22&start=2026-03-16&${FULL}`), { choices: choices({ race: "2026-03-22", start: "2026-03-16" }), notes: [] });
});

test("a block already under way keeps its past race week; a passed race alone plans a rolling block", () => {
  // The link of a block that started on 23 February, opened on the Wednesday after its race on Tuesday.
  assert.deepEqual(parse(`race=2026-03-03&start=2026-02-23&${FULL}`, WEDNESDAY), {
    choices: choices({ race: "2026-03-03", start: "2026-02-23" }),
    notes: [],
  });
  assert.deepEqual(parse(`race=2026-03-03&start=2026-03-02&${FULL}`, WEDNESDAY), { choices: choices({ race: "2026-03-03" }), notes: [] });
  assert.deepEqual(parse(`race=2026-03-01&${FULL}`), { choices: choices(), notes: [`Race day 2026-03-01 has passed; ${rolling}.`] });
  assert.deepEqual(parse(`race=2026-03-03&${FULL}`, WEDNESDAY), {
    choices: choices({ start: "2026-03-09" }),
    notes: [`Race day 2026-03-03 has passed; ${rolling}.`],
  });
  // A start after a passed race keeps the start.
  assert.deepEqual(parse(`race=2026-03-03&start=2026-03-09&${FULL}`, WEDNESDAY), {
    choices: choices({ start: "2026-03-09" }),
    notes: [`Race day 2026-03-03 has passed; ${rolling}.`],
  });
});

test("a race before the block's first week moves the start; a far or malformed race date plans a rolling block", () => {
  assert.deepEqual(parse(`race=2026-03-29&start=2026-03-30&${FULL}`), {
    choices: choices({ race: "2026-03-29" }),
    notes: ["Race day 2026-03-29 comes before the block's first week; the block starts on the coming Monday."],
  });
  assert.deepEqual(parse(`race=2027-03-08&${FULL}`), {
    choices: choices(),
    notes: [`Race day 2027-03-08 is 53 weeks away, further ahead than the guide plans; ${rolling}.`],
  });
  assert.deepEqual(parse(`race=2027-03-08&start=2026-03-09&${FULL}`).notes, []);
  for (const bad of ["2026-02-29", "2026-13-01", "2026-3-29", "x2026-03-29", "2026-03-29x", "29.03.2026"]) {
    assert.deepEqual(parse(`race=${bad}&${FULL}`), { choices: choices(), notes: [`“${bad}” is not a race date (YYYY-MM-DD); ${rolling}.`] }, bad);
  }
});

test("choices become an address in a fixed order, and that address gives them back", () => {
  const asked = choices({ race: "2026-03-29", days: 3, equipment: "none", level: "advanced", long: "sat", hard: ["mon", "thu"], sore: ["achilles-calf", "knee"] });
  const query = choicesToParams(asked).toString();
  assert.equal(query, "race=2026-03-29&start=2026-03-02&days=3&equipment=none&level=advanced&long=sat&hard=mon&hard=thu&sore=achilles-calf&sore=knee");
  assert.deepEqual(parse(query), { choices: asked, notes: [] });
  assert.equal(choicesToParams(choices()).toString(), "start=2026-03-02&days=2&equipment=gym&level=intermediate&long=sun&hard=tue");
  const none = choices({ hard: [], start: "2026-03-16" });
  assert.equal(choicesToParams(none).toString(), "start=2026-03-16&days=2&equipment=gym&level=intermediate&long=sun&hard=");
  assert.deepEqual(parse(choicesToParams(none).toString()), { choices: none, notes: [] });
});

test("the week on screen is the one holding today, or the nearest end of the block", () => {
  const block = { start: "2026-03-02", race: "", weeks: [{}, {}, {}] };
  for (const [date, week] of [
    [new Date(2026, 1, 20), 0],
    [new Date(2026, 2, 1, 23, 59), 0],
    [new Date(2026, 2, 2), 0],
    [new Date(2026, 2, 8, 23, 59), 0],
    [new Date(2026, 2, 9), 1],
    [new Date(2026, 2, 22), 2],
    [new Date(2026, 2, 23), 2],
    [new Date(2026, 4, 1), 2],
  ]) {
    assert.equal(currentWeek(block, date), week, date.toDateString());
  }
});
