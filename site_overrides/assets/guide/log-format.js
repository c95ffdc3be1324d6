// The training log's file formats, with no page or storage in sight: a session record checked field by field, the
// CSV (one row per set) and the versioned JSON written and read back, and merging without duplicates.
export const FORMAT = "posterior-chain-log";
export const VERSION = 1;
export const CSV_COLUMNS = [
  "session_id", "date", "started", "finished", "title", "source", "phase", "planned",
  "exercise", "exercise_name", "set", "target", "unit", "load_kg", "reps", "rir", "set_done",
];

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UNITS = ["reps", "seconds", "contacts", "metres"];
const TEXT_LIMIT = 500;

const isDate = (value) => typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value));
const isTimestamp = (value) => typeof value === "string" && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
const isText = (value) => typeof value === "string" && value.length <= TEXT_LIMIT;
const isAmount = (value, max) => value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= max);
const shown = (value) => JSON.stringify(value === undefined ? null : value).slice(0, 40);

// Each rule: field, test, and what the field should be, in words a runner can act on.
const SESSION_RULES = [
  ["id", (v) => isText(v) && v.length > 0, "an identifier"],
  ["date", isDate, "a date written YYYY-MM-DD"],
  ["started", isTimestamp, "a time written like 2026-03-02T18:30:00Z"],
  ["finished", isTimestamp, "a time written like 2026-03-02T18:30:00Z"],
  ["title", isText, "text of at most 500 characters"],
  ["source", isText, "text of at most 500 characters"],
  ["phase", (v) => v === "" || (typeof v === "string" && SLUG.test(v)), "a phase name in lower case with hyphens"],
  ["planned", (v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 7), "a whole number from 1 to 7, or empty"],
];
const SET_RULES = [
  ["exercise", (v) => typeof v === "string" && SLUG.test(v) && v.length <= 64, "an exercise slug in lower case with hyphens"],
  ["name", isText, "text of at most 500 characters"],
  ["set", (v) => Number.isInteger(v) && v >= 1 && v <= 50, "a whole number from 1 to 50"],
  ["target", isText, "text of at most 500 characters"],
  ["unit", (v) => UNITS.includes(v), `one of ${UNITS.join(", ")}`],
  ["load", (v) => isAmount(v, 1000), "a load in kg from 0 to 1000, or empty"],
  ["reps", (v) => isAmount(v, 1000) && (v === null || Number.isInteger(v)), "a whole number from 0 to 1000, or empty"],
  ["rir", (v) => isAmount(v, 20) && (v === null || Number.isInteger(v)), "a whole number from 0 to 20, or empty"],
  ["done", isTimestamp, "a time written like 2026-03-02T18:30:00Z"],
];

function checkFields(value, rules) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return ["it is not a record"];
  return rules.filter(([field, test]) => !test(value[field])).map(([field, , want]) => `${field} should be ${want} (found ${shown(value[field])})`);
}

// A session as stored: returns { session } with only the known fields, or { error } saying what is wrong.
export function readSession(value) {
  const problems = checkFields(value, SESSION_RULES);
  if (problems.length) return { error: problems.join("; ") };
  if (!Array.isArray(value.sets) || value.sets.length === 0) return { error: "sets should be a list of at least one set" };
  const sets = [];
  for (const [index, set] of value.sets.entries()) {
    const wrong = checkFields(set, SET_RULES);
    if (wrong.length) return { error: `set ${index + 1}: ${wrong.join("; ")}` };
    sets.push(Object.fromEntries(SET_RULES.map(([field]) => [field, set[field]])));
  }
  const session = Object.fromEntries(SESSION_RULES.map(([field]) => [field, value[field]]));
  return { session: { ...session, sets: sortSets(sets) } };
}

const setKey = (set) => `${set.exercise}#${set.set}`;
const sortSets = (sets) => [...sets].sort((a, b) => a.done.localeCompare(b.done) || a.set - b.set);
export const sortSessions = (sessions) => [...sessions].sort((a, b) => a.started.localeCompare(b.started) || a.id.localeCompare(b.id));

// Adds what `incoming` has that `stored` lacks; nothing stored is changed. Returns every session (stored ones
// first, as they were), the sessions that are new or grew, and counts for the message.
export function mergeSessions(stored, incoming) {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const changed = new Map();
  let added = 0;
  let extended = 0;
  let duplicates = 0;
  for (const session of incoming) {
    const current = changed.get(session.id) || byId.get(session.id);
    if (!current) {
      changed.set(session.id, session);
      added += 1;
      continue;
    }
    const known = new Set(current.sets.map(setKey));
    const extra = session.sets.filter((set) => !known.has(setKey(set)));
    if (extra.length === 0) {
      duplicates += 1;
      continue;
    }
    if (byId.has(session.id) && !changed.has(session.id)) extended += 1;
    changed.set(session.id, { ...current, sets: sortSets([...current.sets, ...extra]) });
  }
  const all = sortSessions([...stored.filter((s) => !changed.has(s.id)), ...changed.values()]);
  return { sessions: all, changed: [...changed.values()], added, extended, duplicates };
}

// ---- JSON -------------------------------------------------------------------------------------------------

export function toJSON(sessions, exported = new Date()) {
  const body = { format: FORMAT, version: VERSION, exported: exported.toISOString(), sessions: sortSessions(sessions) };
  return JSON.stringify(body, null, 2) + "\n";
}

export function fromJSON(text) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { sessions: [], messages: ["The file is not valid JSON, so nothing was imported."] };
  }
  if (!body || body.format !== FORMAT || !Array.isArray(body.sessions)) {
    return { sessions: [], messages: ["The file is JSON but not a training log exported by this guide, so nothing was imported."] };
  }
  if (body.version !== VERSION) {
    const newer = Number.isInteger(body.version) && body.version > VERSION;
    return {
      sessions: [],
      messages: [newer
        ? `The file is a newer log format (version ${body.version}) than this guide reads (version ${VERSION}); open the guide again to update it, then import.`
        : `The file's format version ${shown(body.version)} is not one this guide reads, so nothing was imported.`],
    };
  }
  const sessions = [];
  const messages = [];
  body.sessions.forEach((value, index) => {
    const { session, error } = readSession(value);
    if (session) sessions.push(session);
    else messages.push(`Session ${index + 1}: ${error}; skipped.`);
  });
  return { sessions, messages };
}

// ---- CSV --------------------------------------------------------------------------------------------------

// A spreadsheet runs a cell that starts with one of these as a formula; a leading apostrophe keeps it text. An
// apostrophe itself is escaped the same way, so reading back removes exactly one and nothing else changes.
const FORMULA_START = /^[=+\-@\t\r']/;
const cell = (value) => {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
};
const uncell = (text) => (text.startsWith("'") ? text.slice(1) : text);

export function toCSV(sessions) {
  const rows = [CSV_COLUMNS.join(",")];
  for (const s of sortSessions(sessions)) {
    for (const set of s.sets) {
      rows.push([
        s.id, s.date, s.started, s.finished, s.title, s.source, s.phase, s.planned,
        set.exercise, set.name, set.set, set.target, set.unit, set.load, set.reps, set.rir, set.done,
      ].map(cell).join(","));
    }
  }
  return rows.join("\r\n") + "\r\n";
}

// RFC 4180 records: quoted fields may hold commas, quotes and line breaks. Returns [record, row number] pairs.
export function parseCSV(text) {
  const records = [];
  let field = "";
  let record = [];
  let quoted = false;
  let row = 1;
  let start = 1;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") row++;
        field += char;
      }
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      record.push(field);
      records.push([record, start]);
      field = "";
      record = [];
      row++;
      start = row;
    } else field += char;
  }
  if (field !== "" || record.length) {
    record.push(field);
    records.push([record, start]);
  }
  return records.filter(([r]) => !(r.length === 1 && r[0] === ""));
}

// A cell that is not a number stays text, so the message can quote what was there.
const numberOrNull = (text) => {
  const number = Number(text.trim().replace(",", "."));
  return text.trim() === "" ? null : Number.isFinite(number) ? number : text;
};

export function fromCSV(text) {
  const records = parseCSV(text);
  if (!records.length) return { sessions: [], messages: ["The file is empty, so nothing was imported."] };
  const header = records[0][0].map((name) => name.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length) {
    return { sessions: [], messages: [`The first row should name the columns; ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing, so nothing was imported.`] };
  }
  const at = Object.fromEntries(CSV_COLUMNS.map((name) => [name, header.indexOf(name)]));
  const sessions = new Map();
  const messages = [];
  for (const [record, row] of records.slice(1)) {
    const get = (name) => uncell(record[at[name]] ?? "");
    const session = {
      id: get("session_id"), date: get("date"), started: get("started"), finished: get("finished"), title: get("title"),
      source: get("source"), phase: get("phase"), planned: numberOrNull(get("planned")),
      sets: [{
        exercise: get("exercise"), name: get("exercise_name"), set: numberOrNull(get("set")), target: get("target"),
        unit: get("unit"), load: numberOrNull(get("load_kg")), reps: numberOrNull(get("reps")), rir: numberOrNull(get("rir")),
        done: get("set_done"),
      }],
    };
    const { session: read, error } = readSession(session);
    if (error) {
      messages.push(`Row ${row}: ${error.replace(/^set 1: /, "")}; row skipped.`);
      continue;
    }
    const same = sessions.get(read.id);
    if (!same) sessions.set(read.id, read);
    else if (same.sets.some((s) => setKey(s) === setKey(read.sets[0]))) messages.push(`Row ${row}: set ${read.sets[0].set} of ${read.sets[0].exercise} appears twice in this session; the first is kept.`);
    else same.sets = sortSets([...same.sets, read.sets[0]]);
  }
  return { sessions: sortSessions(sessions.values()), messages };
}

// Either format, told apart by its first character.
export function importLog(text) {
  return text.replace(/^\uFEFF/, "").trimStart().startsWith("{") ? fromJSON(text) : fromCSV(text);
}
