// The training log page (/log/): sessions by date, milestones, the advice after a missed week, a progress chart
// and table per exercise, and the runner's own data out and back in (CSV, JSON). Everything stays on the device.
import { dateWords, downloadLink, h, pageData } from "./dom.js";
import { importLog, mergeSessions, toCSV, toJSON } from "./log-format.js";
import { comeback, currentStreak, history, localDate, milestones } from "./log-insights.js";
import { progressChart } from "./log-chart.js";
import { openStore, WORDS } from "./log-store.js";

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const amount = (value) => (value === null ? "–" : String(value));

function sessionList(sessions, root) {
  if (!sessions.length) {
    return [h("p", {}, "No sessions yet. Start one from a strength day of a ",
      h("a", { href: new URL("schedules/", root).href }, "sample week"), " or of ", h("a", { href: new URL("plan/", root).href }, "your plan"), ".")];
  }
  return [...sessions].reverse().map((s) =>
    h("details", { class: "pcg-log__session", "data-log-session": s.id },
      h("summary", {}, h("strong", {}, dateWords(s.date)), ` · ${s.title} · ${plural(s.sets.length, "set")}`),
      h("div", { class: "pcg-scroll", tabindex: 0, role: "region", "aria-label": `Sets of ${dateWords(s.date)}` },
        h("table", {},
          h("caption", { class: "pcg-visually-hidden" }, `Sets of ${dateWords(s.date)}`),
          h("thead", {}, h("tr", {}, ...["Exercise", "Set", "Target", "Load (kg)", "Done", "In reserve"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, ...s.sets.map((set) =>
            h("tr", {}, h("td", {}, set.name), h("td", {}, String(set.set)), h("td", {}, set.target), h("td", {}, amount(set.load)),
              h("td", {}, set.reps === null ? "–" : `${set.reps} ${set.unit}`), h("td", {}, amount(set.rir)))))))));
}

function progress(sessions, data, root) {
  return history(sessions, data).map((entry, n) => {
    const id = `pcg-chart-${n}`;
    const first = entry.points[0].date;
    const last = entry.points.at(-1).date;
    const url = data.exercises[entry.slug]?.url;
    return h("section", { class: "pcg-log__exercise", "data-log-exercise": entry.slug },
      h("h3", {}, url ? h("a", { href: new URL(url, root).href }, entry.name) : entry.name),
      h("figure", { class: "pcg-log__figure" },
        progressChart(entry.points, { unit: entry.unit, labelId: id }),
        h("figcaption", { id }, `${entry.name}: heaviest load (solid line, kg) and ${entry.unit} done (dashed line) in each of ${plural(entry.points.length, "session")}, ${dateWords(first)}${first === last ? "" : ` to ${dateWords(last)}`}. The table gives the figures.`)),
      h("div", { class: "pcg-scroll", tabindex: 0, role: "region", "aria-label": `${entry.name} by session` },
        h("table", {},
          h("caption", {}, `${entry.name} by session`),
          h("thead", {}, h("tr", {}, ...["Date", "Heaviest load (kg)", `${entry.unit[0].toUpperCase()}${entry.unit.slice(1)} done`, "Sets"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, ...entry.points.map((p) => h("tr", {}, h("td", {}, dateWords(p.date)), h("td", {}, amount(p.load)), h("td", {}, String(p.reps)), h("td", {}, String(p.sets))))))));
  });
}

function milestoneList(sessions, data, today) {
  const reached = milestones(sessions, data);
  const streak = currentStreak(sessions, today);
  const out = [h("p", {}, streak ? `Weeks in a row with every planned session done: ${streak}.` : "Every week with all its planned sessions done adds to your streak.")];
  if (reached.length) {
    out.push(h("ul", { class: "pcg-milestones" }, ...[...reached].reverse().map((m) =>
      h("li", { "data-milestone": m.kind }, h("strong", {}, m.name), ` · ${dateWords(m.date)}${m.detail ? ` · ${m.detail}` : ""}. ${m.says}`))));
  }
  return out;
}

function gapAdvice(sessions, data, today, root) {
  const gap = comeback(sessions, today, data);
  if (!gap) return [];
  return [h("div", { class: "pcg-log__comeback", "data-log-comeback": "" },
    h("p", {}, h("strong", {}, `${gap.name}.`), ` Your last session was on ${dateWords(gap.last)}, ${plural(gap.missed, "week")} ago without one. A missed week does not erase what you built: strength fades far more slowly than it arrives.`),
    h("p", {}, gap.advice),
    h("p", {}, h("strong", {}, `${gap.illness.name}:`), ` ${gap.illness.advice} `, h("a", { href: new URL("consistency/#after-a-missed-week", root).href }, "More on coming back after a gap")))];
}

export function mountLog(element) {
  const data = pageData("pcg-log-data");
  if (!data) return undefined;
  const root = new URL(element.dataset.root || "./", location.href);
  const store = openStore();
  const frees = [];
  const problems = h("div", { class: "pcg-log__problems", role: "alert" });
  const report = h("div", { class: "pcg-log__report", role: "status" });
  const body = h("div", { class: "pcg-log__body" });
  const input = h("input", { type: "file", accept: ".csv,.json,text/csv,application/json", "data-import": "", class: "pcg-log__file" });
  const exports = h("p", { class: "pcg-log__exports" });
  const clear = h("button", { type: "button", class: "pcg-button pcg-log__clear" }, "Delete the log…");
  const confirm = h("div", { class: "pcg-log__confirm", hidden: true });
  element.append(problems, body,
    h("section", { class: "pcg-log__data pcg-print-hide" },
      h("h2", { id: "your-data" }, "Your data"),
      h("p", {}, "CSV opens in any spreadsheet, one row per set; JSON keeps everything for another browser. Importing either adds what is missing and never changes what is stored."),
      exports,
      h("label", { class: "pcg-field" }, h("span", {}, "Import a CSV or JSON log"), input),
      report, clear, confirm));

  const draw = () => {
    frees.splice(0).forEach((free) => free());
    const { sessions, damaged } = store.load();
    const today = localDate();
    problems.replaceChildren(
      ...(store.available ? [] : [h("p", {}, WORDS.unavailable)]),
      ...(damaged ? [h("p", {}, `${plural(damaged, "stored session")} could not be read and ${damaged === 1 ? "is" : "are"} left out; the rest of the log is shown. ${damaged === 1 ? "It stays" : "They stay"} on the device until you delete the log.`)] : []),
    );
    body.replaceChildren(
      ...gapAdvice(sessions, data, today, root),
      h("h2", { id: "milestones" }, "Milestones"), ...milestoneList(sessions, data, today),
      h("h2", { id: "sessions" }, "Sessions"), ...sessionList(sessions, root),
      ...(sessions.length ? [h("h2", { id: "progress" }, "Progress by exercise"), ...progress(sessions, data, root)] : []),
    );
    const stamp = today;
    const [csv, freeCsv] = downloadLink(toCSV(sessions), "text/csv", `training-log-${stamp}.csv`, "Export CSV", { "data-export": "csv" });
    const [json, freeJson] = downloadLink(toJSON(sessions), "application/json", `training-log-${stamp}.json`, "Export JSON", { "data-export": "json" });
    frees.push(freeCsv, freeJson);
    exports.replaceChildren(csv, " ", json);
    clear.hidden = !sessions.length;
    return sessions;
  };

  input.addEventListener("change", async () => {
    const file = input.files[0];
    if (!file) return;
    const { sessions: incoming, messages } = importLog(await file.text());
    const merged = mergeSessions(store.load().sessions, incoming);
    const saved = store.saveAll(merged.changed);
    const lines = [
      `${file.name}: ${plural(merged.added, "new session")} added, ${plural(merged.extended, "stored session")} completed with missing sets, ${plural(merged.duplicates, "session")} already in the log.`,
      ...(saved.ok ? [] : [`Only ${saved.saved} of ${merged.changed.length} could be saved. ${saved.message.split(". Download")[0]}.`]),
      ...messages,
    ];
    report.replaceChildren(h("ul", {}, ...lines.map((line) => h("li", {}, line))));
    input.value = "";
    draw();
  });

  clear.addEventListener("click", () => {
    const count = store.load().sessions.length;
    const yes = h("button", { type: "button", class: "pcg-button pcg-log__yes" }, `Yes, delete ${plural(count, "session")}`);
    const no = h("button", { type: "button", class: "pcg-button" }, "Keep the log");
    confirm.replaceChildren(h("p", {}, `Delete every session from this device? This cannot be undone; export the log first to keep a copy.`), yes, " ", no);
    confirm.hidden = false;
    no.focus();
    no.addEventListener("click", () => {
      confirm.hidden = true;
      clear.focus();
    });
    yes.addEventListener("click", () => {
      store.clear();
      confirm.hidden = true;
      report.textContent = "The log was deleted from this device.";
      draw();
      input.focus();
    });
  });

  // Another tab (a session finishing) changes the log: show it.
  const onStorage = (event) => {
    if (!event.key || event.key.startsWith("pcg-log/session/")) draw();
  };
  window.addEventListener("storage", onStorage);
  draw();
  return () => {
    window.removeEventListener("storage", onStorage);
    frees.forEach((free) => free());
  };
}
