// One week of a block: which days carry strength, and which exercises each session holds. Pure logic, no DOM;
// every category, level, number and rule comes from the data the generator exports (data.season and friends).

const has = (object, key) => Object.hasOwn(object, key);
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
export const listOf = (names) => names.join(", ").replace(/, ([^,]*)$/, " and $1");

// Every subset of a list, largest first; among equal sizes, those keeping earlier items come first.
const subsets = (list) =>
  list.reduce((all, x) => all.concat(all.map((s) => [...s, x])), [[]]).sort((a, b) => b.length - a.length);

function* combinations(items, n, start = 0) {
  if (!n) yield [];
  else for (let i = start; i < items.length; i++) for (const rest of combinations(items, n - 1, i + 1)) yield [items[i], ...rest];
}

export const isImpact = (data, e) =>
  data.season.impact.categories.includes(e.category) || data.season.impact.exercises.includes(e.slug);

// A day may hold impact work unless the day before or after it holds a run the rules keep it away from.
export function impactFriendly(data, before, after) {
  const { not_after: notAfter, not_before: notBefore } = data.season.impact;
  return !notAfter.includes(before) && !notBefore.includes(after);
}

// The best set of n strength days among `allowed` (indexes 0-6): at least `spacing` days apart, the week wrapping
// Sunday to Monday, spread as evenly as possible, then with as many days fit for impact work as possible.
export function placeStrength(allowed, n, length, spacing, friendly) {
  if (!n) return [];
  let best = null;
  let score = [spacing + 1, -1];
  for (const pick of combinations(allowed, n)) {
    const gap = Math.min(...pick.map((d, i) => (i + 1 < pick.length ? pick[i + 1] : pick[0] + length) - d));
    const fit = pick.filter((d) => friendly[d]).length;
    if (gap > score[0] || (gap === score[0] && fit > score[1])) [best, score] = [pick, [gap, fit]];
  }
  return best;
}

// The rung of each ladder an exercise sits on, 0 for the easiest.
export function rungs(data) {
  const at = new Map(data.exercises.map((e) => [e.slug, []]));
  data.ladders.forEach((ladder, l) => ladder.steps.forEach((slug, r) => at.get(slug).push([l, r])));
  return at;
}

// Exercises a week of this stage allows: equipment, phase, level and its categories, impact, the rung cap, sore
// spots, and never a rung below one the stage has already reached on the same ladder (`floors`: ladder -> rung).
export function weekPool(data, choices, stage, cap, sore, floors) {
  const rule = data.season.levels[choices.level];
  const kit = data.equipment_sets[choices.equipment].items;
  const rank = (slug) => data.levels.findIndex((l) => l.slug === slug);
  const at = rungs(data);
  return data.exercises.filter(
    (e) =>
      e.equipment.every((item) => kit.includes(item)) &&
      has(e.dosing, stage.phase) &&
      rank(e.level) <= rank(choices.level) &&
      rule.categories.includes(e.category) &&
      stage.categories.includes(e.category) &&
      ((rule.impact && stage.impact) || !isImpact(data, e)) &&
      at.get(e.slug).every(([l, r]) => r <= cap && r >= (floors.get(l) ?? 0)) &&
      !sore.has(e.slug),
  );
}

// The highest rung each ladder reaches among some exercises.
export function ladderTops(data, exercises, into = new Map()) {
  const at = rungs(data);
  for (const e of exercises) for (const [l, r] of at.get(e.slug)) into.set(l, Math.max(into.get(l) ?? 0, r));
  return into;
}

// Sessions for the strength days of one week; `friendly[i]` says whether strength day i may hold impact work.
export function pickSessions(data, choices, pool, friendly) {
  const { min, max } = data.picker.session_size;
  const size = Math.min(max, Math.max(min, data.muscles.length));
  const rule = data.season.levels[choices.level];
  const required = [
    ...(rule.needs_single_leg ? [(e) => e.unilateral] : []),
    ...rule.needs_categories.map((c) => (e) => e.category === c),
  ];
  const at = rungs(data);
  const height = (e) => Math.max(0, ...at.get(e.slug).map(([, r]) => r));
  // Higher rungs first, so the week climbs as far as the stage allows; ties keep the data's order.
  const full = [...pool].sort((a, b) => height(b) - height(a));
  const calm = full.filter((e) => !isImpact(data, e));
  const uses = new Map();
  const used = (e) => uses.get(e) || 0;
  // Least used this week first, so nothing repeats while an unused exercise is left.
  const best = (candidates, session) => candidates.filter((e) => !session.includes(e)).sort((a, b) => used(a) - used(b))[0];
  // Days that may hold impact work come first, so a required plyometric exercise lands on one of them.
  const order = friendly.map((ok, i) => i).sort((a, b) => friendly[b] - friendly[a]);
  const sessions = [];
  for (const s of order) {
    const offer = friendly[s] ? full : calm;
    const session = [];
    const add = (e) => {
      if (e && session.length < max) {
        session.push(e);
        uses.set(e, used(e) + 1);
      }
    };
    for (const need of required) if (![...uses.keys()].some(need)) add(best(offer.filter(need), session));
    for (const m of data.muscles) {
      const trains = (e) => e.primary_muscles.includes(m.slug);
      if (!session.some(trains)) add(best(offer.filter((e) => trains(e) && !used(e)), session));
    }
    while (session.length < size) {
      const e = best(offer, session);
      if (!e) break;
      add(e);
    }
    // Explosive work comes first in a session, while the legs are fresh.
    sessions[s] = session.sort((a, b) => isImpact(data, b) - isImpact(data, a));
  }
  return sessions;
}

// What sore spots changed in a week: each exercise the unrestricted week would use that loads a sore area,
// with the nearest easier rung the restricted week uses instead, if any.
export function soreChanges(data, choices, before, after) {
  const spots = data.season.sore_spots.filter((s) => choices.sore.includes(s.slug));
  const usedAfter = new Set(after.flat().map((e) => e.slug));
  const bySlug = new Map(data.exercises.map((e) => [e.slug, e]));
  const changes = [];
  for (const e of [...new Set(before.flat())]) {
    const spot = spots.find((s) => s.loaded_by.includes(e.slug));
    if (!spot) continue;
    const instead = e.easier.find((slug) => usedAfter.has(slug));
    // Stryker disable next-line StringLiteral: the text is filled in on the next lines.
    changes.push({ exercise: e.slug, spot: spot.slug, instead: instead || null, text: "" });
    const last = changes[changes.length - 1];
    last.text = instead
      ? `${spot.name}: ${e.name} is swapped for ${bySlug.get(instead).name}, an easier rung of its ladder.`
      : `${spot.name}: ${e.name} is left out.`;
  }
  return changes;
}

export const describeDrop = (names, days) =>
  `There is no room for ${plural(days, "strength day")} around your key runs and long run, so ${listOf(names)} ${names.length === 1 ? "is" : "are"} left without a key run.`;

export { plural, subsets };
