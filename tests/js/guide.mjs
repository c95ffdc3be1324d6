// A small guide as plan_data exports it, for the plan picker's Node tests: two muscles, two ladders of two rungs,
// one loaded exercise, two plyometric ones and skipping (high-impact by name), and a season of five stages.
// Every expected block in tests/js is worked out by hand from what these numbers mean.

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const exercise = (slug, name, category, equipment, level, unilateral, primary, dosing, rest, easier = [], harder = []) => ({
  slug,
  name,
  url: `exercises/${slug}/`,
  category,
  equipment,
  level,
  unilateral,
  primary_muscles: primary,
  secondary_muscles: [],
  dosing,
  rest,
  easier,
  harder,
});
const dose = (sets, per_set) => ({ sets, per_set });

const stage = (slug, name, phase, weeks, days, categories, more) => ({
  slug,
  name,
  summary: `${name} summary.`,
  phase,
  weeks_to_race: weeks,
  strength_days: days,
  categories,
  impact: true,
  top_rung: null,
  sets_cut_percent: 0,
  deloads: true,
  reps_in_reserve: { min: 2, max: 3 },
  ...more,
});

export const GUIDE = {
  weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((slug, i) => ({ slug, name: DAYS[i] })),
  levels: [
    { slug: "beginner", name: "Beginner" },
    { slug: "intermediate", name: "Intermediate" },
    { slug: "advanced", name: "Advanced" },
  ],
  phases: {
    offseason: { name: "Offseason", strength_days: { min: 2, max: 3 }, weeks_to_race: { min: 4, max: 52 }, running: "Easy.", fill_days: ["rest"], long_day: "rest" },
    preseason: { name: "Pre-season", strength_days: { min: 1, max: 2 }, weeks_to_race: { min: 0, max: 3 }, running: "Running first.", fill_days: ["easy-run", "rest"], long_day: "long-run" },
  },
  equipment_sets: { none: { name: "No equipment", items: [] }, gym: { name: "Gym", items: ["box", "kettlebell"] } },
  // The race comes before the key run, so a key run must be found by more than its kind of run.
  day_types: {
    strength: { name: "Strength", summary: "Lift.", run: null, in_calendar: true },
    "easy-run": { name: "Easy run", summary: "Easy.", run: "easy", in_calendar: true },
    race: { name: "Race", summary: "Race.", run: "hard", in_calendar: true },
    "key-run": { name: "Key run", summary: "Hard.", run: "hard", in_calendar: true },
    "long-run": { name: "Long run", summary: "Long.", run: "long", in_calendar: true },
    rest: { name: "Rest", summary: "Rest.", run: null, in_calendar: false },
  },
  picker: {
    defaults: { phase: "offseason", days: 2, equipment: "gym", level: "intermediate", long: "sun", hard: ["tue"] },
    session_size: { min: 4, max: 5 },
    strength_day_type: "strength",
  },
  muscles: [
    { slug: "glutes", name: "Glutes", url: "anatomy/glutes/" },
    { slug: "calves", name: "Calves", url: "anatomy/calves/" },
  ],
  exercises: [
    exercise("glute-bridge", "Glute bridge", "bodyweight", [], "beginner", false, ["glutes"], { offseason: dose(3, "12"), preseason: dose(2, "10") }, "60-90 s", [], ["single-leg-glute-bridge"]),
    exercise("single-leg-glute-bridge", "Single-leg glute bridge", "bodyweight", [], "intermediate", true, ["glutes"], { offseason: dose(3, "8 each side"), preseason: dose(2, "8 each side") }, "60-90 s", ["glute-bridge"]),
    exercise("calf-raise", "Calf raise", "bodyweight", [], "beginner", false, ["calves"], { offseason: dose(3, "15"), preseason: dose(2, "15") }, "60-90 s", [], ["single-leg-calf-raise"]),
    exercise("single-leg-calf-raise", "Single-leg calf raise", "bodyweight", [], "intermediate", true, ["calves"], { offseason: dose(3, "10 each side"), preseason: dose(2, "10 each side") }, "60-90 s", ["calf-raise"]),
    exercise("goblet-squat", "Goblet squat", "weighted", ["kettlebell"], "intermediate", false, ["glutes"], { offseason: dose(4, "6"), preseason: dose(3, "6") }, "2 min"),
    exercise("pogo-hops", "Pogo hops", "plyometric", [], "intermediate", false, ["calves"], { preseason: dose(3, "20 contacts") }, "2 min"),
    exercise("jump-rope", "Jump rope", "bodyweight", [], "beginner", false, ["calves"], { preseason: dose(2, "60 s") }, "90 s"),
    exercise("box-jump", "Box jump", "plyometric", ["box"], "advanced", false, ["glutes", "calves"], { preseason: dose(3, "5 contacts") }, "2 min"),
  ],
  schedules: [{ slug: "offseason", title: "Offseason week", url: "schedules/offseason/" }],
  ladders: [
    { slug: "bridge", steps: ["glute-bridge", "single-leg-glute-bridge"] },
    { slug: "calf-raise", steps: ["calf-raise", "single-leg-calf-raise"] },
  ],
  season: {
    stages: [
      stage("base", "Base", "offseason", { min: 4, max: 52 }, { min: 2, max: 3 }, ["bodyweight", "weighted"], { impact: false }),
      stage("build", "Build", "preseason", { min: 2, max: 3 }, { min: 1, max: 2 }, ["bodyweight", "weighted", "plyometric"]),
      stage("taper", "Taper", "preseason", { min: 1, max: 1 }, { min: 1, max: 2 }, ["bodyweight", "weighted", "plyometric"], {
        sets_cut_percent: 40,
        deloads: false,
        reps_in_reserve: { min: 3, max: 4 },
      }),
      stage("race-week", "Race week", "preseason", { min: 0, max: 0 }, { min: 1, max: 1 }, ["bodyweight"], {
        impact: false,
        top_rung: 0,
        sets_cut_percent: 50,
        deloads: false,
        reps_in_reserve: { min: 4, max: 5 },
      }),
      stage("recovery", "Recovery", "offseason", null, { min: 1, max: 2 }, ["bodyweight"], {
        impact: false,
        top_rung: 0,
        sets_cut_percent: 30,
        deloads: false,
        reps_in_reserve: { min: 4, max: 5 },
      }),
    ],
    without_race: { stage: "base", weeks: 5 },
    after_race: { stage: "recovery", weeks: 1 },
    race_day_type: "race",
    last_strength_days_before_race: 4,
    rung_every_weeks: 2,
    deload: { every_weeks: 3, sets_cut_percent: 50, reps_in_reserve: { min: 4, max: 5 }, why: "Catch up." },
    effort: { name: "Reps in reserve", short: "RIR", glossary: "reps-in-reserve" },
    levels: {
      beginner: { categories: ["bodyweight"], impact: false, needs_single_leg: false, needs_categories: [] },
      intermediate: { categories: ["bodyweight", "weighted", "plyometric"], impact: true, needs_single_leg: false, needs_categories: [] },
      advanced: { categories: ["bodyweight", "weighted", "plyometric"], impact: true, needs_single_leg: true, needs_categories: ["plyometric"] },
    },
    impact: { categories: ["plyometric"], exercises: ["jump-rope"], not_after: ["hard", "long"], not_before: ["hard", "long"], why: "Springs." },
    strength: { not_on: ["hard", "long"], not_before: ["hard", "long"], rest_days_between: 1 },
    sore_spots: [
      { slug: "achilles-calf", name: "Achilles or calf", loaded_by: ["single-leg-calf-raise", "pogo-hops", "jump-rope"] },
      { slug: "knee", name: "Knee", loaded_by: ["box-jump", "goblet-squat"] },
    ],
  },
  safety_url: "safety/",
};

// The same guide with some of its parts replaced, for a test of one rule.
export const variant = (changes) => ({ ...GUIDE, ...changes });
export const seasonWith = (changes) => variant({ season: { ...GUIDE.season, ...changes } });

// Choices as parseChoices returns them for an address without parameters on Monday 2 March 2026.
export const choices = (changes = {}) => ({
  race: "",
  start: "2026-03-02",
  days: 2,
  equipment: "gym",
  level: "intermediate",
  long: "sun",
  hard: ["tue"],
  sore: [],
  ...changes,
});

// An exercise as a week shows it: its sets after a cut of `cut` percent, worked out by the caller.
export function shown(slug, phase, sets) {
  const e = GUIDE.exercises.find((x) => x.slug === slug);
  return { slug, name: e.name, url: e.url, category: e.category, level: e.level, sets, dose: `${sets} × ${e.dosing[phase].per_set}`, rest: e.rest };
}
