// The plan picker's pure logic: URL parameters + the guide's data -> choices -> a week of training.
// No DOM here, so Node can test it; every name, number and rule comes from the data the generator exports.

const ORDER = ["phase", "race", "days", "equipment", "level", "long", "hard"];
const BODYWEIGHT = "bodyweight";
const PLYOMETRIC = "plyometric";
const DAY_MS = 864e5;

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const has = (object, key) => Object.hasOwn(object, key);
const within = (n, range) => n >= range.min && n <= range.max;
const listOf = (names) => names.join(", ").replace(/, ([^,]*)$/, " and $1");

// A running phase is one whose long day is a run: there, key runs and the long run shape the week.
export const isRunningPhase = (data, phase) => Boolean(data.day_types[data.phases[phase].long_day].run);

function weeksUntil(race, today, week) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(race);
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  const days = (day - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / DAY_MS;
  return days < 0 ? -1 : Math.floor(days / week);
}

export function parseChoices(params, data, today = new Date()) {
  const defaults = data.picker.defaults;
  const notes = [];
  const weekdays = data.weekdays.map((w) => w.slug);
  const dayName = (slug) => data.weekdays.find((w) => w.slug === slug).name;
  // Missing parameters are only worth a note when a link gave some and left others out.
  const partial = ORDER.some((key) => params.get(key));
  const value = (key, valid, what, label) => {
    const raw = params.get(key);
    if (raw && valid(raw)) return raw;
    if (raw) notes.push(`“${raw}” is not a known ${what}; using ${label(defaults[key])}.`);
    else if (partial && key !== "long") notes.push(`The link gives no ${what}; using ${label(defaults[key])}.`);
    return defaults[key];
  };

  let race = params.get("race") || "";
  let phase = null;
  let raceProblem = "";
  if (race) {
    const weeks = weeksUntil(race, today, weekdays.length);
    phase = weeks === null ? null : Object.keys(data.phases).find((p) => within(weeks, data.phases[p].weeks_to_race));
    if (phase) notes.push(`Race day ${race} is ${plural(weeks, "week")} away: ${data.phases[phase].name}.`);
    else {
      raceProblem =
        weeks === null ? `“${race}” is not a race date (YYYY-MM-DD)`
        : weeks < 0 ? `Race day ${race} has passed`
        : `Race day ${race} is ${plural(weeks, "week")} away, further ahead than the guide plans`;
      race = "";
    }
  }
  if (!phase) {
    const raw = params.get("phase");
    phase = raw && has(data.phases, raw) ? raw : defaults.phase;
    const name = data.phases[phase].name;
    if (raceProblem) notes.push(`${raceProblem}; using ${name}.`);
    else if (raw && raw !== phase) notes.push(`“${raw}” is not a known phase; using ${name}.`);
    else if (!raw && partial) notes.push(`The link gives no phase; using ${name}.`);
  }

  const range = data.phases[phase].strength_days;
  const rawDays = params.get("days");
  let days = Number(rawDays);
  if (!/^\d+$/.test(rawDays || "") || !within(days, range)) {
    days = Math.min(range.max, Math.max(range.min, defaults.days));
    const span = `${range.min}-${range.max} strength days a week`;
    if (rawDays) notes.push(`“${rawDays}” does not fit ${data.phases[phase].name} (${span}); using ${days}.`);
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
  if (hard.includes(long) && isRunningPhase(data, phase)) {
    notes.push(`${dayName(long)} is the long-run day, so it is not also a key-run day.`);
    hard = hard.filter((d) => d !== long);
  }
  return { choices: { phase, race, days, equipment, level, long, hard: [...hard] }, notes };
}

export function choicesToParams(choices) {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const v = choices[key];
    if (key === "hard") {
      if (!v.length) params.append(key, "");
      for (const day of v) params.append(key, day);
    } else if (key !== "race" || v) params.append(key, String(v));
  }
  return params;
}

// Every subset of a list, largest first; among equal sizes, those keeping earlier items come first.
const subsets = (list) =>
  list.reduce((all, x) => all.concat(all.map((s) => [...s, x])), [[]]).sort((a, b) => b.length - a.length);

function* combinations(items, n, start = 0) {
  if (!n) yield [];
  else for (let i = start; i < items.length; i++) for (const rest of combinations(items, n - 1, i + 1)) yield [items[i], ...rest];
}

// The best set of n strength-day indexes among `allowed`: never neighbours (the week wraps), spread as evenly as possible.
function placeStrength(allowed, n, length) {
  let best = null;
  let bestGap = 1;
  for (const pick of combinations(allowed, n)) {
    const gap = Math.min(...pick.map((d, i) => (i + 1 < pick.length ? pick[i + 1] : pick[0] + length) - d));
    if (gap > bestGap) [best, bestGap] = [pick, gap];
  }
  return best;
}

export function makePlan(data, choices) {
  const phase = data.phases[choices.phase];
  const types = data.day_types;
  const strengthType = data.picker.strength_day_type;
  const typeFor = (run) => Object.keys(types).find((t) => types[t].run === run);
  const running = isRunningPhase(data, choices.phase);
  const week = data.weekdays;
  const L = week.length;
  const index = (slug) => week.findIndex((w) => w.slug === slug);
  const longAt = index(choices.long);
  const wanted = running ? choices.hard.filter((d) => d !== choices.long).map(index) : [];
  const notes = [];

  let hard = [];
  let strength = null;
  for (const keep of subsets(wanted)) {
    const busy = [longAt, ...keep];
    // In a running phase the day before a key or long run stays free of strength work too.
    const blocked = running ? busy.flatMap((d) => [d, (d + L - 1) % L]) : busy;
    strength = placeStrength([...week.keys()].filter((d) => !blocked.includes(d)), choices.days, L);
    if (strength) {
      hard = keep.sort((a, b) => a - b);
      break;
    }
  }
  if (!strength) {
    strength = [];
    notes.push(`The guide's rules leave no room for ${plural(choices.days, "strength day")} in this week.`);
  }
  const dropped = wanted.filter((d) => !hard.includes(d));
  if (dropped.length) {
    const names = listOf(dropped.map((d) => week[d].name));
    notes.push(`There is no room for ${plural(choices.days, "strength day")} around your key runs and long run, so ${names} ${dropped.length === 1 ? "is" : "are"} left without a key run.`);
  }

  const sessions = pickExercises(data, choices, strength.length);
  let fill = 0;
  const days = week.map((w, d) => {
    let dayTypes;
    const s = strength.indexOf(d);
    if (s >= 0) dayTypes = running ? [typeFor("easy"), strengthType] : [strengthType];
    else if (d === longAt) dayTypes = [phase.long_day];
    else if (hard.includes(d)) dayTypes = [typeFor("hard")];
    else dayTypes = [phase.fill_days[fill++ % phase.fill_days.length]];
    return {
      slug: w.slug,
      name: w.name,
      types: dayTypes,
      run: dayTypes.map((t) => types[t].run).find(Boolean) || null,
      strength: s >= 0,
      exercises: s < 0 ? [] : sessions[s].map((e) => ({ slug: e.slug, name: e.name, url: e.url, dose: e.dosing[choices.phase], rest: e.rest })),
    };
  });
  return { phase: choices.phase, hard: hard.map((d) => week[d].slug), long: choices.long, notes, days };
}

// The exercises allowed by equipment, phase and level, best first for that level.
function exercisePool(data, choices) {
  const kit = data.equipment_sets[choices.equipment].items;
  const rank = (slug) => data.levels.findIndex((l) => l.slug === slug);
  const level = rank(choices.level);
  const lowest = level === 0;
  const pool = data.exercises.filter(
    (e) =>
      e.equipment.every((item) => kit.includes(item)) &&
      has(e.dosing, choices.phase) &&
      rank(e.level) <= level &&
      (!lowest || e.category === BODYWEIGHT),
  );
  // Beginners get the easiest rung of each ladder first; everyone else the hardest work their level allows.
  const score = (e) => (lowest ? e.easier.length : -(rank(e.level) * data.exercises.length + e.easier.length));
  return pool.sort((a, b) => score(a) - score(b));
}

function pickExercises(data, choices, count) {
  const pool = exercisePool(data, choices);
  const { min, max } = data.picker.session_size;
  const size = Math.min(max, Math.max(min, data.muscles.length));
  const top = choices.level === data.levels[data.levels.length - 1].slug;
  const required = top ? [(e) => e.category === PLYOMETRIC, (e) => e.unilateral] : [];
  const uses = new Map();
  const used = (e) => uses.get(e) || 0;
  // Least used this week first, so nothing repeats while an unused exercise is left; ties keep the pool's order.
  const best = (candidates, session) => candidates.filter((e) => !session.includes(e)).sort((a, b) => used(a) - used(b))[0];

  return Array.from({ length: count }, () => {
    const session = [];
    const add = (e) => {
      if (e && session.length < max) {
        session.push(e);
        uses.set(e, used(e) + 1);
      }
    };
    for (const need of required) if (![...uses.keys()].some(need)) add(best(pool.filter(need), session));
    for (const m of data.muscles) {
      const trains = (e) => e.primary_muscles.includes(m.slug);
      if (!session.some(trains)) add(best(pool.filter((e) => trains(e) && !used(e)), session));
    }
    while (session.length < size) {
      const e = best(pool, session);
      if (!e) break;
      add(e);
    }
    // Explosive work comes first in a session, while the legs are fresh.
    return session.sort((a, b) => (b.category === PLYOMETRIC) - (a.category === PLYOMETRIC));
  });
}
