// What the training log reads out of the sessions, with no page in sight: weeks, streaks of weeks with every
// planned session done, milestones (from the guide's data), the advice after a gap, and each exercise's history.
const DAY = 86_400_000;

const utc = (date) => Date.parse(`${date}T00:00:00Z`);
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

// The Monday starting the week of a YYYY-MM-DD date.
export function weekOf(date) {
  const ms = utc(date);
  return isoDate(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY);
}

export const weeksBetween = (from, to) => Math.round((utc(weekOf(to)) - utc(weekOf(from))) / (7 * DAY));

// A local calendar date, as the runner's own clock reads it.
export function localDate(when = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

const byStart = (sessions) => [...sessions].sort((a, b) => a.started.localeCompare(b.started) || a.id.localeCompare(b.id));

// { week start: { sessions, planned, complete } }. A week's plan is the most sessions any of its sessions planned;
// a session started without a plan counts as a plan of one.
export function weeks(sessions) {
  const out = new Map();
  for (const session of byStart(sessions)) {
    const key = weekOf(session.date);
    const week = out.get(key) || { start: key, sessions: [], planned: 1 };
    week.sessions.push(session);
    week.planned = Math.max(week.planned, session.planned || 1);
    out.set(key, week);
  }
  for (const week of out.values()) week.complete = week.sessions.length >= week.planned;
  return out;
}

// Weeks in a row with every planned session done, ending with the week of `today`, or the week before while
// this one is still under way.
export function currentStreak(sessions, today) {
  const all = weeks(sessions);
  let start = weekOf(today);
  if (!all.get(start)?.complete) start = isoDate(utc(start) - 7 * DAY);
  let count = 0;
  while (all.get(start)?.complete) {
    count += 1;
    start = isoDate(utc(start) - 7 * DAY);
  }
  return count;
}

function heaviest(sets) {
  return sets.reduce((best, set) => {
    const load = set.load ?? 0;
    const reps = set.reps ?? 0;
    return !best || load > best.load || (load === best.load && reps > best.reps) ? { load, reps } : best;
  }, null);
}

// Every milestone reached, in order: { kind, name, says, detail, date, session }.
export function milestones(sessions, data) {
  const rules = data.milestones;
  const found = [];
  const ordered = byStart(sessions);
  const reach = (rule, kind, session, detail) => found.push({ kind, name: rule.name, says: rule.says, detail, date: session.date, session: session.id });
  if (ordered.length) reach(rules.first_session, "first-session", ordered[0], "");

  const best = new Map();
  const rungs = new Map();
  for (const session of ordered) {
    for (const slug of new Set(session.sets.map((s) => s.exercise))) {
      const name = data.exercises[slug]?.name || session.sets.find((s) => s.exercise === slug).name;
      const top = heaviest(session.sets.filter((s) => s.exercise === slug));
      const before = best.get(slug);
      if (before && (top.load > before.load || (top.load === before.load && top.reps > before.reps))) {
        const what = top.load > before.load ? `${top.load} kg` : `${top.reps} at ${top.load ? `${top.load} kg` : "body weight"}`;
        reach(rules.personal_best, "personal-best", session, `${name}: ${what}`);
      }
      if (!before || top.load > before.load || (top.load === before.load && top.reps > before.reps)) best.set(slug, top);
      for (const ladder of data.ladders) {
        const step = ladder.steps.indexOf(slug);
        if (step < 0) continue;
        const highest = rungs.get(ladder.slug);
        if (highest !== undefined && step > highest) reach(rules.ladder_rung, "ladder-rung", session, `${name}, step ${step + 1} of ${ladder.name}`);
        if (highest === undefined || step > highest) rungs.set(ladder.slug, step);
      }
    }
  }

  let run = 0;
  let previous = null;
  for (const week of weeks(sessions).values()) {
    const follows = previous && weeksBetween(previous, week.start) === 1;
    run = week.complete ? (follows ? run + 1 : 1) : 0;
    previous = week.start;
    const rule = rules.streaks.find((r) => r.weeks === run);
    // Reached by the session that completed the week.
    if (rule) reach(rule, "streak", week.sessions[week.planned - 1], `${run} weeks in a row`);
  }
  return found.sort((a, b) => a.date.localeCompare(b.date));
}

// The guide's advice when whole weeks have passed without a session, or null.
export function comeback(sessions, today, data) {
  if (!sessions.length) return null;
  const last = byStart(sessions).at(-1);
  const missed = weeksBetween(last.date, today) - 1;
  const rule = data.comeback.filter((c) => c.after_weeks <= missed).at(-1);
  return rule ? { missed, last: last.date, name: rule.name, advice: rule.advice, illness: data.illness } : null;
}

// Per exercise, one point per session: the heaviest load and the reps of that set, and all the reps done.
export function history(sessions, data) {
  const out = new Map();
  for (const session of byStart(sessions)) {
    for (const set of session.sets) {
      const entry = out.get(set.exercise) || { slug: set.exercise, name: data.exercises[set.exercise]?.name || set.name, unit: set.unit, points: [] };
      let point = entry.points.find((p) => p.session === session.id);
      if (!point) {
        point = { session: session.id, date: session.date, load: null, reps: 0, sets: 0 };
        entry.points.push(point);
      }
      point.sets += 1;
      point.reps += set.reps ?? 0;
      if (set.load !== null && (point.load === null || set.load > point.load)) point.load = set.load;
      out.set(set.exercise, entry);
    }
  }
  return [...out.values()];
}
