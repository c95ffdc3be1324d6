// Where the training log lives: the browser's localStorage on this device, one key per session so a damaged
// record costs only itself. Every failure comes back as words a runner can act on, never as an exception.
import { readSession, sortSessions } from "./log-format.js";

const PREFIX = "pcg-log/session/";
const CURRENT = "pcg-log/current";

export const WORDS = {
  unavailable:
    "This browser is not letting the guide keep anything on this device (private browsing, or storage blocked in the settings), so sessions cannot be saved here. You can still run a session and download it at the end.",
  full: "The storage this browser gives the guide is full, so this could not be saved. Download it below so it is not lost, then make room: export the log and delete it, or clear other sites' data.",
  failed: "The browser refused to save this. Download it below so it is not lost.",
};

const isFull = (error) => error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22);

function openStorage() {
  try {
    // Reading the property throws where storage is blocked; a write shows whether it is really usable.
    const storage = window.localStorage;
    storage.setItem("pcg-log/probe", "1");
    storage.removeItem("pcg-log/probe");
    return { storage, problem: null };
  } catch (error) {
    try {
      if (isFull(error) && window.localStorage) return { storage: window.localStorage, problem: "full" };
    } catch {
      // blocked after all
    }
    return { storage: null, problem: "unavailable" };
  }
}

export function openStore() {
  const { storage, problem } = openStorage();
  const write = (key, value) => {
    if (!storage) return { ok: false, problem: "unavailable", message: WORDS.unavailable };
    try {
      storage.setItem(key, JSON.stringify(value));
      return { ok: true };
    } catch (error) {
      const reason = isFull(error) ? "full" : "failed";
      return { ok: false, problem: reason, message: WORDS[reason] };
    }
  };
  const keys = () => {
    if (!storage) return [];
    const out = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && key.startsWith(PREFIX)) out.push(key);
    }
    return out;
  };
  return {
    available: Boolean(storage),
    problem,
    // { sessions, damaged }: every readable session, and how many stored records could not be read.
    load() {
      const sessions = [];
      let damaged = 0;
      for (const key of keys()) {
        let value;
        try {
          value = JSON.parse(storage.getItem(key));
        } catch {
          damaged += 1;
          continue;
        }
        const { session } = readSession(value);
        if (session) sessions.push(session);
        else damaged += 1;
      }
      return { sessions: sortSessions(sessions), damaged };
    },
    save: (session) => write(PREFIX + session.id, session),
    // Saves each session in turn; stops at the first refusal, keeping every one saved before it.
    saveAll(sessions) {
      let saved = 0;
      for (const session of sessions) {
        const result = write(PREFIX + session.id, session);
        if (!result.ok) return { ...result, saved };
        saved += 1;
      }
      return { ok: true, saved };
    },
    clear() {
      for (const key of keys()) storage.removeItem(key);
    },
    current() {
      try {
        return storage ? JSON.parse(storage.getItem(CURRENT)) : null;
      } catch {
        return null;
      }
    },
    keepCurrent: (state) => write(CURRENT, state),
    dropCurrent() {
      if (storage) storage.removeItem(CURRENT);
    },
  };
}
