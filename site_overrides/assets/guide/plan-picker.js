// The plan picker's page side: builds the form, draws the week from plan-logic.js and keeps the
// address as the share link. Data goes into the page with textContent and createElement only.
import { planCalendar } from "./plan-calendar.js";
import { choicesToParams, isRunningPhase, makePlan, parseChoices } from "./plan-logic.js";

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

function buildForm(data) {
  const days = data.weekdays;
  const options = (name) => h("select", { name }, ...days.map((d) => h("option", { value: d.slug }, d.name)));
  const hard = group("Key run days", ...days.map((d) => choice("checkbox", "hard", d.slug, d.name)));
  hard.classList.add("pcg-picker__hard");
  return h(
    "form",
    { class: "pcg-picker", "aria-label": "Plan choices" },
    group(
      "Phase",
      ...Object.entries(data.phases).map(([slug, p]) => choice("radio", "phase", slug, p.name)),
      field("Or pick it from your race date", h("input", { type: "date", name: "race" })),
    ),
    group("Week", field("Strength sessions a week", h("select", { name: "days" })), field("Long run or long walk day", options("long")), hard),
    group("Equipment", ...Object.entries(data.equipment_sets).map(([slug, kit]) => choice("radio", "equipment", slug, kit.name))),
    group("Level", ...data.levels.map((l) => choice("radio", "level", l.slug, l.name))),
  );
}

function showChoices(form, data, choices) {
  const { elements } = form;
  for (const name of ["phase", "equipment", "level", "long"]) elements[name].value = choices[name];
  const range = data.phases[choices.phase].strength_days;
  const days = elements.days;
  if (days.dataset.range !== `${range.min}-${range.max}`) {
    days.dataset.range = `${range.min}-${range.max}`;
    days.replaceChildren();
    for (let n = range.min; n <= range.max; n++) days.append(h("option", { value: n }, String(n)));
  }
  days.value = String(choices.days);
  for (const box of form.querySelectorAll("[name=hard]")) box.checked = choices.hard.includes(box.value);
  form.querySelector(".pcg-picker__hard").hidden = !isRunningPhase(data, choices.phase);
  // Leave a date the runner is still typing alone.
  if (document.activeElement !== elements.race) elements.race.value = choices.race;
}

// The public address of the site, from the canonical link, so printed links work away from this screen.
function publicBase(root) {
  const canonical = document.querySelector('link[rel="canonical"]');
  return new URL(root, canonical ? canonical.href : location.href);
}

function drawPlan(data, plan, choices, root) {
  const base = publicBase(root);
  const summary = [
    data.phases[plan.phase].name,
    `${choices.days} strength session${choices.days === 1 ? "" : "s"}`,
    data.equipment_sets[choices.equipment].name,
    data.levels.find((l) => l.slug === choices.level).name,
  ].join(" · ");
  const week = h("div", { class: "pcg-week", "data-plan": "", "data-phase": plan.phase });
  for (const day of plan.days) {
    const box = h(
      "section",
      { class: "pcg-day", "data-day": day.slug, "data-strength": day.strength, "data-run": day.run },
      h("h3", { class: "pcg-day__name" }, day.name),
      h("p", { class: "pcg-day__types" }, day.types.map((t) => data.day_types[t].name).join(" + ")),
    );
    if (day.exercises.length) {
      box.append(
        h(
          "ol",
          { class: "pcg-day__exercises" },
          ...day.exercises.map((e) =>
            h(
              "li",
              { "data-exercise": e.slug },
              h("a", { href: root + e.url }, e.name),
              " ",
              h("span", { class: "pcg-dose" }, e.dose),
              " ",
              h("span", { class: "pcg-rest" }, `rest ${e.rest}`),
              h("span", { class: "pcg-log" }, "Load ______ Reps ______"),
              h("span", { class: "pcg-short-url" }, new URL(e.url, base).href.replace(/^https?:\/\//, "")),
            ),
          ),
        ),
      );
    }
    week.append(box);
  }
  return [h("h2", { class: "pcg-plan__title" }, "Your week"), h("p", { class: "pcg-plan__summary" }, summary), week];
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
  const calendar = h("a", { class: "pcg-button", download: "strength-week.ics" }, "Download calendar (.ics)");
  const share = h("div", { class: "pcg-share" }, field("Link to this plan", link), copy, calendar, status);
  element.append(form, share, result);

  const update = (params) => {
    const parsed = parseChoices(params, data, new Date());
    const { choices } = parsed;
    showChoices(form, data, choices);
    const plan = makePlan(data, choices);
    const url = new URL(location.href);
    url.search = choicesToParams(choices).toString();
    history.replaceState(history.state, "", url);
    link.value = url.href;
    notes.replaceChildren(...[...parsed.notes, ...plan.notes].map((text) => h("li", {}, text)));
    result.replaceChildren(...(notes.childElementCount ? [notes] : []), ...drawPlan(data, plan, choices, root));
    const base = publicBase(root);
    const ics = planCalendar(data, plan, { base, host: base.hostname, title: "Strength week" });
    if (calendar.href.startsWith("blob:")) URL.revokeObjectURL(calendar.href);
    calendar.href = URL.createObjectURL(new Blob([ics], { type: "text/calendar" }));
  };

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", (event) => {
    // A phase chosen by hand replaces one worked out from a race date.
    if (event.target.name === "phase") form.elements.race.value = "";
    status.textContent = "";
    const params = new URLSearchParams(new FormData(form));
    if (!params.has("hard")) params.set("hard", "");
    update(params);
  });
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
