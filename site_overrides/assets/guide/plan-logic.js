// The plan picker's pure logic: URL parameters + the guide's data -> choices -> a block of weeks back from race day.
// No DOM here, so Node can test it; every name, number and rule comes from the data the generator exports.
import { describeDrop, impactFriendly, ladderTops, pickSessions, placeStrength, plural, soreChanges, subsets, weekPool } from "./plan-sessions.js";

const ORDER = ["race", "start", "days", "equipment", "level", "long", "hard", "sore"];
const DAY_MS = 864e5;

const has = (object, key) => Object.hasOwn(object, key);

// Dates are whole days counted from 1970-01-01, read in the reader's own calendar; Monday is weekday 0.
const dayOf = (date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
const weekday = (n) => (((n + 3) % 7) + 7) % 7;
export const isoDay = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function parseDay(text) {
  // Stryker disable next-line StringLiteral: any other stand-in for a missing text fails the pattern the same way.
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? day / DAY_MS : null;
}

// A running phase is one whose long day is a run: there, key runs and the long run shape the week.
export const isRunningPhase = (data, phase) => Boolean(data.day_types[data.phases[phase].long_day].run);

// The reader's choice of strength days runs over every stage's range; each week keeps it inside its own.
export function daysRange(data) {
  const stages = data.season.stages;
  return { min: Math.max(1, Math.min(...stages.map((s) => s.strength_days.min))), max: Math.max(...stages.map((s) => s.strength_days.max)) };
}

const stageBySlug = (data, slug) => data.season.stages.find((s) => s.slug === slug);
const rollingNote = (data) => {
  const rolling = data.season.without_race;
  return `planning a rolling ${rolling.weeks}-week ${stageBySlug(data, rolling.stage).name} block`;
};

export function parseChoices(params, data, today = new Date()) {
  const defaults = data.picker.defaults;
  const notes = [];
  const weekdays = data.weekdays.map((w) => w.slug);
  const dayName = (slug) => data.weekdays.find((w) => w.slug === slug).name;
  // Missing parameters are only worth a note when a link gave some and left others out.
  const partial = ORDER.some((key) => key !== "start" && params.get(key));
  const value = (key, valid, what, label) => {
    const raw = params.get(key);
    if (raw && valid(raw)) return raw;
    if (raw) notes.push(`“${raw}” is not a known ${what}; using ${label(defaults[key])}.`);
    else if (partial && key !== "long") notes.push(`The link gives no ${what}; using ${label(defaults[key])}.`);
    return defaults[key];
  };

  const phase = params.get("phase");
  if (phase) notes.push(`The link names a phase (“${phase}”); the plan now works the stages out from your race date.`);

  const todayN = dayOf(today);
  const coming = todayN + ((7 - weekday(todayN)) % 7);
  let race = params.get("race") || "";
  let raceN = parseDay(race);
  if (race && raceN === null) {
    notes.push(`“${race}” is not a race date (YYYY-MM-DD); ${rollingNote(data)}.`);
    race = "";
  }
  const rawStart = params.get("start") || "";
  let startN = parseDay(rawStart);
  if (rawStart && (startN === null || weekday(startN) !== 0)) {
    notes.push(`“${rawStart}” is not a Monday (YYYY-MM-DD); the block starts on the coming Monday.`);
    startN = null;
  }
  if (race) {
    const raceMonday = raceN - weekday(raceN);
    if (raceN < todayN && (startN === null || raceMonday < startN)) {
      notes.push(`Race day ${race} has passed; ${rollingNote(data)}.`);
      race = "";
    } else {
      if (startN !== null && raceMonday < startN) {
        notes.push(`Race day ${race} comes before the block's first week; the block starts on the coming Monday.`);
        startN = null;
      }
      // A race this week, before the coming Monday, makes this week the block's only week before the race.
      if (startN === null) startN = Math.min(coming, raceMonday);
      const weeks = (raceMonday - startN) / 7;
      if (weeks > 52) {
        notes.push(`Race day ${race} is ${plural(weeks, "week")} away, further ahead than the guide plans; ${rollingNote(data)}.`);
        race = "";
      }
    }
  }
  if (startN === null) startN = coming;

  const range = daysRange(data);
  const rawDays = params.get("days");
  let days = Number(rawDays);
  // Stryker disable next-line StringLiteral: any other stand-in for a missing value fails the pattern the same way.
  if (!/^\d+$/.test(rawDays || "") || days < range.min || days > range.max) {
    days = Math.min(range.max, Math.max(range.min, defaults.days));
    if (rawDays) notes.push(`“${rawDays}” is not a number of strength days the guide plans (${range.min}-${range.max} a week); using ${days}.`);
    else if (partial) notes.push(`The link gives no number of strength days; using ${days}.`);
  }

  const equipment = value("equipment", (v) => has(data.equipment_sets, v), "equipment", (v) => data.equipment_sets[v].name);
  const level = value("level", (v) => data.levels.some((l) => l.slug === v), "level", (v) => data.levels.find((l) => l.slug === v).name);
  const long = value("long", (v) => weekdays.includes(v), "long-run day", dayName);

  let hard = defaults.hard;
  if (params.has("hard")) {
    const asked = params.getAll("hard").flatMap((v) => v.split(",")).filter(Boolean);
    const unknown = asked.filter((v) => !weekdays.includes(v));
    if (unknown.length) notes.push(`Ignored key-run days that are not weekdays: ${unknown.map((v) => `“${v}”`).join(", ")}.`);
    hard = weekdays.filter((d) => asked.includes(d));
  }
  if (hard.includes(long)) {
    notes.push(`${dayName(long)} is the long-run day, so it is not also a key-run day.`);
    hard = hard.filter((d) => d !== long);
  }

  const spots = data.season.sore_spots.map((s) => s.slug);
  const askedSore = params.getAll("sore").flatMap((v) => v.split(",")).filter(Boolean);
  const unknownSore = askedSore.filter((v) => !spots.includes(v));
  if (unknownSore.length) notes.push(`Ignored sore spots that are not on the list: ${unknownSore.map((v) => `“${v}”`).join(", ")}.`);
  const sore = spots.filter((s) => askedSore.includes(s));

  return { choices: { race, start: isoDay(startN), days, equipment, level, long, hard: [...hard], sore }, notes };
}

export function choicesToParams(choices) {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const v = choices[key];
    if (key === "hard") {
      if (!v.length) params.append(key, "");
      for (const day of v) params.append(key, day);
    } else if (key === "sore") {
      for (const spot of v) params.append(key, spot);
    } else if (key !== "race" || v) params.append(key, String(v));
  }
  return params;
}

// The block's weeks: each with its Monday, stage and weeks to race (null after the race or without one).
function layOut(data, choices) {
  const season = data.season;
  const startN = parseDay(choices.start);
  const raceN = choices.race ? parseDay(choices.race) : null;
  const weeks = [];
  if (raceN === null) {
    const stage = stageBySlug(data, season.without_race.stage);
    for (let i = 0; i < season.without_race.weeks; i++) weeks.push({ monday: startN + 7 * i, stage, toRace: null });
    return { weeks, raceN };
  }
  const before = (raceN - weekday(raceN) - startN) / 7;
  for (let i = 0; i <= before; i++) {
    const toRace = before - i;
    const stage = season.stages.find((s) => s.weeks_to_race && s.weeks_to_race.min <= toRace && toRace <= s.weeks_to_race.max);
    weeks.push({ monday: startN + 7 * i, stage, toRace });
  }
  const after = stageBySlug(data, season.after_race.stage);
  for (let i = 1; i <= season.after_race.weeks; i++) weeks.push({ monday: startN + 7 * (before + i), stage: after, toRace: null });
  return { weeks, raceN };
}

// The run of every day of the block, before strength is placed: key runs, the long run and the race.
function runDays(data, choices, weeks, raceN) {
  const index = (slug) => data.weekdays.findIndex((w) => w.slug === slug);
  const typeFor = (run) => Object.keys(data.day_types).find((t) => data.day_types[t].run === run && t !== data.season.race_day_type);
  return weeks.map((week) => {
    const phase = data.phases[week.stage.phase];
    const running = isRunningPhase(data, week.stage.phase);
    const raceAt = raceN !== null && raceN >= week.monday && raceN < week.monday + 7 ? raceN - week.monday : -1;
    const types = Array(7).fill(null);
    if (raceAt >= 0) types[raceAt] = data.season.race_day_type;
    else types[index(choices.long)] = phase.long_day;
    if (running) for (const d of choices.hard.map(index)) if (raceAt < 0 || d < raceAt) types[d] ??= typeFor("hard");
    return { raceAt, types, runs: types.map((t) => (t ? data.day_types[t].run || null : null)) };
  });
}

function makeWeek(data, choices, ctx) {
  const { week, plan, prevRun, nextRun, prevStrength, raceN, i, floors } = ctx;
  const season = data.season;
  const stage = week.stage;
  const phase = data.phases[stage.phase];
  const running = isRunningPhase(data, stage.phase);
  const rules = season.strength;
  const strengthType = data.picker.strength_day_type;
  const easyType = Object.keys(data.day_types).find((t) => data.day_types[t].run === "easy");
  const deload = stage.deloads && (i + 1) % season.deload.every_weeks === 0;
  const wantedDays = deload ? stage.strength_days.min : Math.min(stage.strength_days.max, Math.max(stage.strength_days.min, choices.days));
  const cap = Math.min(Math.floor(i / season.rung_every_weeks), stage.top_rung ?? Infinity);
  const notes = [];

  const runAt = (d) => (d < 0 ? prevRun : d > 6 ? nextRun : null);
  // Without the filter below, the -1 entries would never change a run and, larger subsets coming first, would
  // always be among the kept ones.
  // Stryker disable next-line MethodExpression: equivalent, as the comment above says.
  const keyDays = plan.types.map((t, d) => (t && plan.runs[d] === "hard" && d !== plan.raceAt ? d : -1)).filter((d) => d >= 0);
  const friendlyFor = (runs) => runs.map((_, d) => impactFriendly(data, d ? runs[d - 1] : runAt(-1), d < 6 ? runs[d + 1] : runAt(7)));
  const blockedBase = [...Array(7).keys()].filter((d) => {
    const n = week.monday + d;
    if (raceN !== null && ((n <= raceN && raceN - n < season.last_strength_days_before_race) || (plan.raceAt >= 0 && n > raceN))) return true;
    if (d < rules.rest_days_between && prevStrength.some((p) => p >= 7 + d - rules.rest_days_between)) return true;
    return false;
  });

  // Stryker disable next-line ArrayDeclaration: the loop always assigns it, since no strength days always fit.
  let keep = [];
  let strength = null;
  let runs = plan.runs;
  for (let n = wantedDays; n >= 0 && !strength; n--) {
    for (const k of subsets(keyDays)) {
      runs = plan.runs.map((r, d) => (keyDays.includes(d) && !k.includes(d) ? null : r));
      const blocked = new Set(blockedBase);
      runs.forEach((r, d) => {
        if (running && rules.not_on.includes(r)) blocked.add(d);
        if (!running && plan.types[d]) blocked.add(d);
        const next = d < 6 ? runs[d + 1] : runAt(7);
        if (running && rules.not_before.includes(next)) blocked.add(d);
      });
      strength = placeStrength([...Array(7).keys()].filter((d) => !blocked.has(d)), n, 7, rules.rest_days_between, friendlyFor(runs));
      if (strength) {
        keep = k;
        if (n < wantedDays) notes.push(`The guide's rules leave room for only ${plural(n, "strength day")} this week.`);
        break;
      }
    }
  }
  const dropped = keyDays.filter((d) => !keep.includes(d));
  if (dropped.length && strength.length) notes.push(describeDrop(dropped.map((d) => data.weekdays[d].name), strength.length));
  runs = plan.runs.map((r, d) => (dropped.includes(d) ? null : r));

  const friendly = friendlyFor(runs);
  const sore = new Set(season.sore_spots.filter((s) => choices.sore.includes(s.slug)).flatMap((s) => s.loaded_by));
  const flags = strength.map((d) => friendly[d]);
  const sessions = pickSessions(data, choices, weekPool(data, choices, stage, cap, sore, floors), flags);
  const changes = sore.size ? soreChanges(data, choices, pickSessions(data, choices, weekPool(data, choices, stage, cap, new Set(), floors), flags), sessions) : [];
  // Later weeks of the stage never go back down a ladder this week climbed; a deload week climbs nothing.
  if (!deload) ladderTops(data, sessions.flat(), floors);
  const cut = deload ? season.deload.sets_cut_percent : stage.sets_cut_percent;

  let fill = 0;
  const days = data.weekdays.map((w, d) => {
    const s = strength.indexOf(d);
    let types;
    const kept = plan.types[d] && !dropped.includes(d) ? plan.types[d] : null;
    // A strength day in a running week keeps its own run where the rules allow strength beside it, else an easy run.
    if (s >= 0) types = running ? [kept || easyType, strengthType] : [strengthType];
    else if (kept) types = [kept];
    else types = [phase.fill_days[fill++ % phase.fill_days.length]];
    return {
      slug: w.slug,
      name: w.name,
      date: isoDay(week.monday + d),
      types,
      run: types.map((t) => data.day_types[t].run).find(Boolean) || null,
      strength: s >= 0,
      exercises: s < 0 ? [] : sessions[s].map((e) => {
        const dose = e.dosing[stage.phase];
        const sets = Math.max(1, Math.round((dose.sets * (100 - cut)) / 100));
        return { slug: e.slug, name: e.name, url: e.url, category: e.category, level: e.level, sets, dose: `${sets} × ${dose.per_set}`, rest: e.rest };
      }),
    };
  });
  return {
    index: i,
    start: isoDay(week.monday),
    stage: stage.slug,
    phase: stage.phase,
    toRace: week.toRace,
    deload,
    rung: cap,
    effort: deload ? season.deload.reps_in_reserve : stage.reps_in_reserve,
    setsCut: cut,
    hard: days.filter((d) => d.run === "hard" && !d.types.includes(season.race_day_type)).map((d) => d.slug),
    notes,
    changes,
    days,
  };
}

export function makeBlock(data, choices) {
  const { weeks, raceN } = layOut(data, choices);
  const plans = runDays(data, choices, weeks, raceN);
  const out = [];
  // Stryker disable next-line ArrayDeclaration: an entry that is no day number never counts as a late session.
  let prevStrength = [];
  let floors = new Map();
  weeks.forEach((week, i) => {
    if (i && week.stage !== weeks[i - 1].stage) floors = new Map();
    const plan = plans[i];
    // Before the block and after it, the week's own pattern stands in for its neighbours; the next week's key runs
    // count as planned, since placing that week may still drop one.
    const prevRun = i ? out[i - 1].days[6].run : plan.runs[6];
    const nextRun = i + 1 < plans.length ? plans[i + 1].runs[0] : plan.runs[0];
    const made = makeWeek(data, choices, { week, plan, prevRun, nextRun, prevStrength, raceN, i, floors });
    prevStrength = made.days.flatMap((d, n) => (d.strength ? [n] : []));
    out.push(made);
  });
  return { start: choices.start, race: choices.race, weeks: out };
}

// The week on screen when the page opens: the one holding today, or the nearest end of the block.
export function currentWeek(block, today = new Date()) {
  const n = Math.floor((dayOf(today) - parseDay(block.start)) / 7);
  return Math.min(block.weeks.length - 1, Math.max(0, n));
}

