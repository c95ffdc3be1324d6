// The plan picker's page side: builds the form, draws the block and the week on screen from plan-logic.js and keeps
// the address as the share link. Data goes into the page with textContent and createElement only.
import { planCalendar } from "./plan-calendar.js";
import { choicesToParams, currentWeek, daysRange, makeBlock, parseChoices } from "./plan-logic.js";

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value != null) element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.filter((child) => child != null));
  return element;
}

const choice = (type, name, value, text) => h("label", { class: "pcg-choice" }, h("input", { type, name, value }), text);
const group = (legend, ...children) => h("fieldset", { class: "pcg-picker__group" }, h("legend", {}, legend), ...children);
const field = (text, control) => h("label", { class: "pcg-field" }, h("span", {}, text), control);
const dateText = (iso) => new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function buildForm(data) {
  const days = data.weekdays;
  const options = (name) => h("select", { name }, ...days.map((d) => h("option", { value: d.slug }, d.name)));
  const range = daysRange(data);
  const counts = Array.from({ length: range.max - range.min + 1 }, (_, i) => h("option", { value: range.min + i }, String(range.min + i)));
  const rolling = data.season.without_race;
  const rollingName = data.season.stages.find((s) => s.slug === rolling.stage).name;
  return h(
    "form",
    { class: "pcg-picker", "aria-label": "Plan choices" },
    group(
      "Race",
      field("Race date", h("input", { type: "date", name: "race" })),
      h("p", { class: "pcg-picker__hint" }, `Leave it empty for a rolling ${rolling.weeks}-week ${rollingName} block.`),
      h("input", { type: "hidden", name: "start" }),
    ),
    group(
      "Week",
      field("Strength sessions a week, at most", h("select", { name: "days" }, ...counts)),
      field("Long run or long walk day", options("long")),
    ),
    group("Key run days", ...days.map((d) => choice("checkbox", "hard", d.slug, d.name))),
    group("Equipment", ...Object.entries(data.equipment_sets).map(([slug, kit]) => choice("radio", "equipment", slug, kit.name))),
    group("Level", ...data.levels.map((l) => choice("radio", "level", l.slug, l.name))),
    group("Sore spots", ...data.season.sore_spots.map((s) => choice("checkbox", "sore", s.slug, s.name))),
  );
}

function showChoices(form, choices) {
  const { elements } = form;
  for (const name of ["equipment", "level", "long", "start"]) elements[name].value = choices[name];
  elements.days.value = String(choices.days);
  for (const box of form.querySelectorAll("[name=hard], [name=sore]")) box.checked = choices[box.name].includes(box.value);
  // Leave a date the runner is still typing alone.
  if (document.activeElement !== elements.race) elements.race.value = choices.race;
}

// The public address of the site, from the canonical link, so printed links work away from this screen.
function publicBase(root) {
  const canonical = document.querySelector('link[rel="canonical"]');
  return new URL(root, canonical ? canonical.href : location.href);
}

const stageOf = (data, week) => data.season.stages.find((s) => s.slug === week.stage);
const effortText = (data, week) => `${week.effort.min}-${week.effort.max} ${data.season.effort.name.toLowerCase()}`;
const weekTitle = (block, week) => `Week ${week.index + 1} of ${block.weeks.length}`;

function dayMark(data, day) {
  if (day.types.includes(data.season.race_day_type)) return data.day_types[data.season.race_day_type].name;
  if (day.strength) return "Strength";
  return { hard: "Key run", long: "Long run" }[day.run] || "";
}

function exerciseNode(tag, e, attributes = {}, ...children) {
  return h(tag, { "data-exercise": e.slug, "data-category": e.category, "data-level": e.level, ...attributes }, ...children);
}

// The whole block, one row per week; the week on screen is marked, and each row's button opens its week.
function drawBlock(data, block, shown, open) {
  const head = h("tr", {}, h("th", { scope: "col" }, "Week"), h("th", { scope: "col" }, "Stage"), ...data.weekdays.map((d) => h("th", { scope: "col" }, d.name.slice(0, 3))), h("th", { scope: "col" }, "Effort"));
  const rows = block.weeks.map((week) => {
    const button = h("button", { type: "button", class: "pcg-block__open" }, `Week ${week.index + 1} · ${dateText(week.start)}`);
    button.addEventListener("click", () => open(week.index));
    return h(
      "tr",
      { "data-week": "", "data-week-start": week.start, "data-stage": week.stage, "data-deload": String(week.deload), "aria-current": week.index === shown ? "true" : null },
      h("th", { scope: "row" }, button),
      h("td", {}, stageOf(data, week).name, week.deload ? h("span", { class: "pcg-block__deload" }, " · deload") : null),
      ...week.days.map((day) =>
        h(
          "td",
          { "data-day": day.slug, "data-strength": day.strength, "data-run": day.run },
          dayMark(data, day),
          ...day.exercises.map((e) => exerciseNode("span", e, { hidden: true }, e.name)),
        ),
      ),
      h("td", {}, effortText(data, week)),
    );
  });
  const table = h("table", { class: "pcg-block__table" }, h("caption", {}, "The whole block, week by week"), h("thead", {}, head), h("tbody", {}, ...rows));
  return h("div", { class: "pcg-block", "data-block": "", tabindex: "0", role: "region", "aria-label": "The whole block" }, table);
}

function drawWeek(data, block, week, root, notes) {
  const base = publicBase(root);
  const stage = stageOf(data, week);
  const grid = h("div", { class: "pcg-week", "data-plan": "", "data-week-start": week.start, "data-stage": week.stage, "data-deload": String(week.deload) });
  for (const day of week.days) {
    const box = h(
      "section",
      { class: "pcg-day", "data-day": day.slug, "data-strength": day.strength, "data-run": day.run },
      h("h3", { class: "pcg-day__name" }, `${day.name} ${dateText(day.date)}`),
      h("p", { class: "pcg-day__types" }, day.types.map((t) => data.day_types[t].name).join(" + ")),
    );
    if (day.exercises.length) {
      box.append(
        h(
          "ol",
          { class: "pcg-day__exercises" },
          ...day.exercises.map((e) => {
            const item = exerciseNode("li", e);
            item.append(
              h("a", { href: root + e.url }, e.name),
              " ",
              h("span", { class: "pcg-dose" }, e.dose),
              " ",
              h("span", { class: "pcg-rest" }, `rest ${e.rest}`),
              h("span", { class: "pcg-log" }, "Load ______ Reps ______"),
              h("span", { class: "pcg-short-url" }, new URL(e.url, base).href.replace(/^https?:\/\//, "")),
            );
            return item;
          }),
        ),
      );
    }
    grid.append(box);
  }
  const facts = [
    stage.name,
    week.deload ? "deload week" : null,
    `effort ${effortText(data, week)} (${data.season.effort.short})`,
    week.setsCut ? `sets cut by ${week.setsCut}%` : null,
  ].filter(Boolean);
  return h(
    "section",
    { class: "pcg-plan__week", "aria-labelledby": "pcg-week-title" },
    h("h2", { class: "pcg-plan__title", id: "pcg-week-title" }, `${weekTitle(block, week)}, from Monday ${dateText(week.start)}`),
    h("p", { class: "pcg-plan__summary" }, facts.join(" · ")),
    notes,
    grid,
  );
}

function weekNotes(data, week, root) {
  const items = [...week.notes, ...week.changes.map((c) => c.text)].map((text) => h("li", {}, text));
  if (week.changes.length) items.push(h("li", {}, "Why and when to ease off: ", h("a", { href: root + data.safety_url }, "the safety chapter"), "."));
  return items.length ? h("ul", { class: "pcg-plan__notes pcg-plan__notes--week" }, ...items) : null;
}

export function mountPlanPicker(element) {
  const source = document.getElementById("pcg-plan-data");
  if (!source) return;
  // A <template> keeps the data inert under instant navigation, which re-runs every inline <script>.
  const data = JSON.parse((source.content || source).textContent);
  const root = element.dataset.root || "";
  const form = buildForm(data);
  const link = h("input", { type: "text", readonly: true, class: "pcg-share__url" });
  const copy = h("button", { type: "button", class: "pcg-button" }, "Copy link");
  const status = h("span", { class: "pcg-share__status", role: "status" });
  const notes = h("ul", { class: "pcg-plan__notes" });
  const result = h("div", { class: "pcg-plan__result", "aria-live": "polite" });
  const calendar = h("a", { class: "pcg-button", download: "strength-block.ics" }, "Download calendar (.ics)");
  const printWeek = h("button", { type: "button", class: "pcg-button", "data-print": "week" }, "Print this week");
  const printBlock = h("button", { type: "button", class: "pcg-button", "data-print": "block" }, "Print the block");
  const share = h("div", { class: "pcg-share" }, field("Link to this plan", link), copy, calendar, printWeek, printBlock, status);
  const previous = h("button", { type: "button", class: "pcg-button", "data-step": "-1" }, "Previous week");
  const next = h("button", { type: "button", class: "pcg-button", "data-step": "1" }, "Next week");
  const picker = h("select", { name: "week", class: "pcg-week-picker" });
  const steps = h("div", { class: "pcg-steps" }, previous, field("Week on screen", picker), next);
  element.append(form, share, result);

  let block = null;
  let shown = 0;
  let choices = null;
  let parseNotes = [];

  const draw = () => {
    const week = block.weeks[shown];
    picker.value = String(shown);
    previous.disabled = shown === 0;
    next.disabled = shown === block.weeks.length - 1;
    notes.replaceChildren(...parseNotes.map((text) => h("li", {}, text)));
    result.replaceChildren(
      ...(parseNotes.length ? [notes] : []),
      steps,
      drawWeek(data, block, week, root, weekNotes(data, week, root)),
      h("h2", { class: "pcg-plan__title pcg-block__title" }, "The whole block"),
      drawBlock(data, block, shown, open),
    );
  };
  const open = (index) => {
    shown = index;
    draw();
    result.querySelector(".pcg-plan__week").scrollIntoView({ block: "nearest" });
  };

  const update = (params) => {
    const parsed = parseChoices(params, data, new Date());
    choices = parsed.choices;
    parseNotes = parsed.notes;
    showChoices(form, choices);
    block = makeBlock(data, choices);
    shown = currentWeek(block, new Date());
    picker.replaceChildren(...block.weeks.map((w) => h("option", { value: w.index }, `${weekTitle(block, w)}: ${dateText(w.start)}, ${stageOf(data, w).name}`)));
    const url = new URL(location.href);
    url.search = choicesToParams(choices).toString();
    history.replaceState(history.state, "", url);
    link.value = url.href;
    draw();
    const base = publicBase(root);
    const note = document.querySelector("[data-draft]")?.dataset.draft ?? "";
    const ics = planCalendar(data, block, { base, host: base.hostname, title: "Strength block", note });
    if (calendar.href.startsWith("blob:")) URL.revokeObjectURL(calendar.href);
    calendar.href = URL.createObjectURL(new Blob([ics], { type: "text/calendar" }));
  };

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", (event) => {
    // A new race date starts a new block from the coming Monday.
    if (event.target.name === "race") form.elements.start.value = "";
    status.textContent = "";
    const params = new URLSearchParams(new FormData(form));
    if (!params.has("hard")) params.set("hard", "");
    update(params);
  });
  // A print button narrows the printout to one sheet, the week on screen or the block overview, while the print
  // dialog is open (window.print() returns when it closes).
  for (const button of [printWeek, printBlock]) {
    button.addEventListener("click", () => {
      element.dataset.print = button.dataset.print;
      window.print();
      delete element.dataset.print;
    });
  }
  for (const button of [previous, next]) button.addEventListener("click", () => open(shown + Number(button.dataset.step)));
  picker.addEventListener("change", () => open(Number(picker.value)));
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(link.value);
      status.textContent = "Link copied.";
    } catch {
      link.focus();
      link.select();
      status.textContent = "Press Ctrl+C (or ⌘C) to copy the selected link.";
    }
  });
  update(new URLSearchParams(location.search));
}
