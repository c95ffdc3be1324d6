// The session view (/session/): walks a strength session set by set from the guide's data, with a rest timer that
// counts from timestamps (so it stays right when the screen locks or the tab sleeps), and saves the finished
// session to the log on this device. The address says which session: ?week=&day=, ?exercise=, or ?exercises=.
import { dateWords, downloadLink, h, pageData } from "./dom.js";
import { readSession, toJSON } from "./log-format.js";
import { localDate, milestones } from "./log-insights.js";
import { openStore, WORDS } from "./log-store.js";

const DONE_WORDS = { reps: "Reps done", seconds: "Seconds done", contacts: "Contacts done", metres: "Metres done" };
const clock = (seconds) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

function item(data, slug, dose) {
  const exercise = data.exercises[slug];
  return { exercise: slug, name: exercise.name, url: exercise.url, rest: exercise.rest, dose };
}

function cutSets(dose, percent) {
  if (!percent) return dose;
  const sets = Math.max(1, Math.round((dose.sets * (100 - percent)) / 100));
  return { ...dose, sets, label: dose.label.replace(/^\d+ ×/, `${sets} ×`) };
}

// Which session the address asks for, or { problem } in words.
export function chooseSession(params, data) {
  const week = params.get("week");
  if (week) {
    const key = `${week}/${params.get("day")}`;
    const session = data.sessions[key];
    if (!session) return { problem: "That sample-week session is not in this guide." };
    const items = session.exercises.map((e) => item(data, e.exercise, e.dose));
    return { key: `week:${key}`, title: session.title, source: session.url, phase: session.phase, planned: session.planned, items };
  }
  const single = params.get("exercise");
  if (single) {
    const exercise = data.exercises[single];
    if (!exercise) return { problem: "That exercise is not in this guide." };
    const phases = Object.keys(exercise.dosing);
    const asked = params.get("phase");
    const phase = phases.includes(asked) ? asked : phases.includes(data.default_phase) ? data.default_phase : phases[0];
    const items = [item(data, single, exercise.dosing[phase])];
    return { key: `exercise:${single}:${phase}`, title: exercise.name, source: exercise.url, phase, planned: null, items, phases };
  }
  const list = (params.get("exercises") || "").split(",").filter((slug) => data.exercises[slug]);
  if (list.length) {
    const stage = data.stages[params.get("stage")];
    const phase = stage ? stage.phase : data.phases[params.get("phase")] ? params.get("phase") : data.default_phase;
    // The plan's week cuts sets in some stages and in deload weeks, rounding as the plan shows them.
    const cut = params.get("deload") === "1" ? data.deload_sets_cut_percent : (stage && stage.sets_cut_percent) || 0;
    const planned = Number(params.get("planned"));
    const items = list.map((slug) => {
      const dosing = data.exercises[slug].dosing;
      return item(data, slug, cutSets(dosing[phase] || Object.values(dosing)[0], cut));
    });
    const title = (params.get("title") || "Your plan").slice(0, 120);
    return {
      key: `plan:${phase}:${cut}:${list.join(",")}`, title, source: "plan/", phase,
      planned: Number.isInteger(planned) && planned >= 1 && planned <= 7 ? planned : null, items,
    };
  }
  return { problem: "No session was chosen." };
}

function newState(session) {
  const id = (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);
  return { key: session.key, id, started: new Date().toISOString(), sets: {}, restEndsAt: null, alerts: false };
}

// The session as a log record: only the sets ticked done.
function record(session, state, finished) {
  const sets = [];
  for (const entry of session.items) {
    for (let index = 0; index < entry.dose.sets; index++) {
      const set = state.sets[`${entry.exercise}#${index}`];
      if (!set || !set.done) continue;
      sets.push({
        exercise: entry.exercise, name: entry.name, set: index + 1, target: entry.dose.label, unit: entry.dose.unit,
        load: set.load, reps: set.reps, rir: set.rir, done: set.done,
      });
    }
  }
  return {
    id: state.id, date: localDate(new Date(state.started)), started: state.started, finished, title: session.title,
    source: session.source, phase: session.phase, planned: session.planned, sets,
  };
}

function beep() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  const audio = new Context();
  for (const start of [0, 0.3]) {
    const tone = audio.createOscillator();
    tone.frequency.value = 880;
    tone.connect(audio.destination);
    tone.start(audio.currentTime + start);
    tone.stop(audio.currentTime + start + 0.15);
  }
  setTimeout(() => audio.close(), 1000);
}

export function mountSession(element) {
  const data = pageData("pcg-log-data");
  if (!data) return undefined;
  const root = new URL(element.dataset.root || "./", location.href);
  const session = chooseSession(new URLSearchParams(location.search), data);
  const view = h("div", { class: "pcg-session__view", "data-session": "" });
  element.append(view);
  if (session.problem) {
    view.append(
      h("p", {}, `${session.problem} Start a session from a strength day of a `,
        h("a", { href: new URL("schedules/", root).href }, "sample week"), ", of ",
        h("a", { href: new URL("plan/", root).href }, "your plan"), " or from an exercise page."),
    );
    return undefined;
  }

  const store = openStore();
  const cleanups = [];
  const status = h("p", { class: "pcg-session__status", role: "status" });
  const alert = h("div", { class: "pcg-session__alert", role: "alert" });
  const notices = h("div", { class: "pcg-session__notices" });
  if (!store.available) notices.append(h("p", { class: "pcg-notice" }, WORDS.unavailable));

  // An unfinished session for another choice is saved with what was ticked, never silently dropped.
  let state = store.current();
  if (state && state.key !== session.key) {
    const old = state;
    state = null;
    store.dropCurrent();
    const leftover = readSession(old.record || {}).session;
    if (leftover && store.save(leftover).ok) {
      notices.append(h("p", { class: "pcg-notice" }, `Your unfinished session "${leftover.title}" from ${dateWords(leftover.date)} was saved to the log with the ${leftover.sets.length} set${leftover.sets.length === 1 ? "" : "s"} you ticked.`));
    }
  }
  if (!state || typeof state.sets !== "object") state = newState(session);
  state.title = session.title;
  state.record = null;
  let warnedKeep = false;
  const keep = () => {
    state.record = record(session, state, new Date().toISOString());
    const result = store.keepCurrent(state);
    if (!result.ok && store.available && !warnedKeep) {
      warnedKeep = true;
      alert.textContent = `${result.message} Until then, keep this page open: the session is not kept if it closes.`;
    }
  };

  const lastLoads = new Map();
  for (const s of store.load().sessions) for (const set of s.sets) if (set.load !== null) lastLoads.set(set.exercise, set.load);

  // ---- the page ----
  const phaseName = data.phases[session.phase] || "";
  const heading = h("h2", { class: "pcg-session__title" }, session.title);
  const source = h("a", { href: new URL(session.source, root).href }, "Back to where this session came from");
  view.append(heading, h("p", {}, [phaseName, `${session.items.length} exercise${session.items.length === 1 ? "" : "s"}`].filter(Boolean).join(" · "), " · ", source), notices);
  if (session.phases && session.phases.length > 1) {
    const select = h("select", { name: "phase" }, ...session.phases.map((p) => h("option", { value: p, selected: p === session.phase }, data.phases[p])));
    select.addEventListener("change", () => {
      const url = new URL(location.href);
      url.searchParams.set("phase", select.value);
      location.assign(url.href);
    });
    view.append(h("label", { class: "pcg-field" }, h("span", {}, "Dose for the phase"), select));
  }
  const alerts = h("input", { type: "checkbox", name: "alerts", checked: state.alerts });
  view.append(h("label", { class: "pcg-choice pcg-session__alerts" }, alerts, "Sound and vibration when rest is over"));
  alerts.addEventListener("change", () => {
    state.alerts = alerts.checked;
    if (alerts.checked) beep();
    keep();
  });

  const order = [];
  for (const entry of session.items) {
    const list = h("ol", { class: "pcg-session__sets" });
    const section = h(
      "section", { class: "pcg-session__exercise" },
      h("h3", {}, h("a", { href: new URL(entry.url, root).href }, entry.name)),
      h("p", { class: "pcg-session__target" }, `${entry.dose.label} · rest ${entry.rest.label}`),
      list,
    );
    for (let index = 0; index < entry.dose.sets; index++) {
      const key = `${entry.exercise}#${index}`;
      const saved = state.sets[key] || {};
      const label = `Set ${index + 1} of ${entry.dose.sets}`;
      const number = (name, text, value, extra) =>
        h("label", { class: "pcg-field pcg-session__field" }, h("span", {}, text),
          h("input", { type: "number", name, min: 0, inputmode: name === "load" ? "decimal" : "numeric", value: value ?? "", ...extra }));
      const done = h("button", { type: "button", class: "pcg-button pcg-session__done", "data-action": "done", "aria-label": `Done: ${label}, ${entry.name}` }, "Done");
      const box = h(
        "li", { class: "pcg-session__set", "data-set": "", "data-exercise": entry.exercise, "data-set-index": index },
        h("fieldset", {},
          h("legend", {}, label),
          number("load", "Load (kg)", saved.load ?? lastLoads.get(entry.exercise), { step: "0.5", max: 1000 }),
          number("reps", DONE_WORDS[entry.dose.unit], saved.reps ?? entry.dose.amount, { step: 1, max: 1000 }),
          number("rir", "Reps in reserve", saved.rir, { step: 1, max: 20 }),
          done),
      );
      order.push({ key, entry, index, label, box, done });
      list.append(box);
    }
    view.append(section);
  }

  const timeText = h("span", { class: "pcg-timer__time", role: "timer", "aria-label": "Rest left" }, "0:00");
  const more = h("button", { type: "button", class: "pcg-button pcg-timer__more" }, "+30 s");
  const skip = h("button", { type: "button", class: "pcg-button pcg-timer__skip" }, "Skip rest");
  const timer = h("div", { class: "pcg-timer", "data-rest-timer": "", "data-remaining": "0" }, h("span", { class: "pcg-timer__label" }, "Rest"), timeText, more, skip);
  const finish = h("button", { type: "button", class: "pcg-button pcg-session__finish" }, "Finish and save to the log");
  const result = h("div", { class: "pcg-session__result" });
  view.append(finish, result, timer, status, alert);

  const values = (box) => {
    const read = (name) => {
      const input = box.querySelector(`[name=${name}]`);
      return input.value.trim() === "" ? null : Number(input.value);
    };
    return { load: read("load"), reps: read("reps"), rir: read("rir") };
  };
  const nextSet = () => order.find((s) => !state.sets[s.key]?.done);
  const paint = () => {
    const next = nextSet();
    for (const s of order) {
      const isDone = Boolean(state.sets[s.key]?.done);
      s.box.classList.toggle("pcg-session__set--done", isDone);
      s.done.textContent = isDone ? "Done ✓" : "Done";
      if (s === next) s.box.setAttribute("aria-current", "step");
      else s.box.removeAttribute("aria-current");
    }
  };

  // ---- the rest timer: the end is a timestamp; the display only reads the clock ----
  let shown = null;
  const tick = () => {
    const left = state.restEndsAt ? Math.max(0, Math.ceil((state.restEndsAt - Date.now()) / 1000)) : 0;
    if (left !== shown) {
      shown = left;
      timer.dataset.remaining = String(left);
      timeText.textContent = clock(left);
      timer.classList.toggle("pcg-timer--running", left > 0);
    }
    if (state.restEndsAt && left === 0) {
      state.restEndsAt = null;
      keep();
      const next = nextSet();
      status.textContent = `Rest over.${next ? ` Next: ${next.label}, ${next.entry.name}.` : ""}`;
      if (state.alerts) {
        if (navigator.vibrate) navigator.vibrate([200, 100, 200]);
        beep();
      }
    }
  };
  const interval = setInterval(tick, 250);
  const onVisible = () => tick();
  document.addEventListener("visibilitychange", onVisible);
  window.addEventListener("pageshow", onVisible);
  cleanups.push(() => {
    clearInterval(interval);
    document.removeEventListener("visibilitychange", onVisible);
    window.removeEventListener("pageshow", onVisible);
  });

  more.addEventListener("click", () => {
    state.restEndsAt = Math.max(state.restEndsAt || Date.now(), Date.now()) + 30_000;
    keep();
    tick();
  });
  skip.addEventListener("click", () => {
    state.restEndsAt = null;
    keep();
    tick();
    status.textContent = "Rest skipped.";
  });

  view.addEventListener("input", (event) => {
    const box = event.target.closest("[data-set]");
    const entry = box && order.find((s) => s.box === box);
    if (entry && state.sets[entry.key]?.done) {
      Object.assign(state.sets[entry.key], values(box));
      keep();
    }
  });

  for (const s of order) {
    s.done.addEventListener("click", () => {
      const inputs = [...s.box.querySelectorAll("input")];
      const wrong = inputs.find((input) => !input.checkValidity());
      if (wrong) {
        wrong.reportValidity();
        return;
      }
      const already = Boolean(state.sets[s.key]?.done);
      state.sets[s.key] = { ...values(s.box), done: state.sets[s.key]?.done || new Date().toISOString() };
      // The next set starts from the load just lifted.
      const following = order[order.indexOf(s) + 1];
      if (following && following.entry === s.entry && !state.sets[following.key]?.done) {
        const load = following.box.querySelector("[name=load]");
        if (load.value === "" || !already) load.value = s.box.querySelector("[name=load]").value;
      }
      const next = nextSet();
      if (!already && next) {
        const seconds = s.entry.rest.max;
        state.restEndsAt = Date.now() + seconds * 1000;
        status.textContent = `${s.label} of ${s.entry.name} done. Rest ${s.entry.rest.label}: the timer counts ${clock(seconds)}.`;
      } else if (!next) {
        state.restEndsAt = null;
        status.textContent = "Every set is done. Finish to save the session to your log.";
      } else {
        status.textContent = `${s.label} of ${s.entry.name} updated.`;
      }
      keep();
      paint();
      tick();
      (next ? next.done : finish).focus();
    });
  }

  let download = null;
  finish.addEventListener("click", () => {
    const finished = record(session, state, new Date().toISOString());
    if (!finished.sets.length) {
      status.textContent = "Tick at least one set as done before finishing.";
      return;
    }
    const saved = store.save(finished);
    result.replaceChildren();
    if (download) download();
    if (!saved.ok) {
      const [link, free] = downloadLink(toJSON([finished]), "application/json", `session-${finished.date}.json`, "Download this session (JSON)");
      download = free;
      alert.textContent = saved.message;
      result.append(h("p", {}, "Import the file on the training log page once there is room."), link);
      return;
    }
    store.dropCurrent();
    state.restEndsAt = null;
    tick();
    const earned = milestones(store.load().sessions, data).filter((m) => m.session === finished.id);
    result.append(
      h("p", { class: "pcg-session__saved" }, `Saved to your training log: ${finished.sets.length} set${finished.sets.length === 1 ? "" : "s"}. `,
        h("a", { href: new URL("log/", root).href }, "Open the training log")),
      ...(earned.length ? [h("ul", { class: "pcg-milestones" }, ...earned.map((m) => h("li", {}, h("strong", {}, m.name), m.detail ? ` (${m.detail})` : "", `: ${m.says}`)))] : []),
    );
    status.textContent = `Session saved to your training log.${earned.length ? ` Milestone: ${earned.map((m) => m.name).join(", ")}.` : ""}`;
    finish.disabled = true;
    for (const s of order) s.done.disabled = true;
  });
  cleanups.push(() => download && download());

  paint();
  tick();
  return () => cleanups.forEach((cleanup) => cleanup());
}
