// Filters for the exercise index. Without JavaScript the index is plain lists by type, ladder and muscle. This
// adds the controls; while any filter is set, the lists give way to the matching exercises, drawn from the data
// the page carries (so they include exercises a large guide lists on other pages), a page-full at a time. The
// filter state lives in the address, so a filtered index can be shared.
import { h, pageData } from "./dom.js";

const FIELDS = [
  ["muscle", "muscles"],
  ["equipment", "equipment_sets"],
  ["category", "categories"],
  ["level", "levels"],
];

export function matches(exercise, choice, data) {
  const { muscle, equipment, category, level } = choice;
  if (muscle && !exercise.muscles.includes(muscle)) return false;
  if (category && exercise.category !== category) return false;
  if (level && exercise.level !== level) return false;
  if (equipment) {
    const kit = data.equipment_sets.find((set) => set.slug === equipment).items;
    if (!exercise.equipment.every((item) => kit.includes(item))) return false;
  }
  return true;
}

function select(name, label, options, value) {
  const control = h("select", { id: `pcg-filter-${name}`, name },
    h("option", { value: "" }, "Any"),
    options.map((option) => h("option", { value: option.slug }, option.name)));
  control.value = options.some((option) => option.slug === value) ? value : "";
  return h("div", { class: "pcg-filters__field" }, h("label", { for: `pcg-filter-${name}` }, label), control);
}

export function mountExerciseFilter(element) {
  const data = pageData("pcg-filter-data");
  if (!data) return;
  const root = element.dataset.root || "";
  const names = Object.fromEntries(FIELDS.map(([, key]) => [key, Object.fromEntries(data[key].map((o) => [o.slug, o.name]))]));
  const params = new URLSearchParams(window.location.search);
  // Everything the index shows after the filters: hidden while the matches are shown instead.
  const browse = [];
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) browse.push(next);

  const form = h("form", { class: "pcg-filters__form", "aria-label": "Filter exercises" },
    FIELDS.map(([name, key]) => select(name, data.labels[name], data[key], params.get(name))),
    h("button", { type: "reset", class: "md-button" }, "Show all"));
  const count = h("p", { class: "pcg-filters__count", "aria-live": "polite" });
  const list = h("ul", { class: "pcg-filters__matches" });
  const more = h("button", { type: "button", class: "md-button pcg-filters__more" });
  const results = h("section", { class: "pcg-filters__results", "aria-label": "Matching exercises", hidden: true }, list, more);
  element.append(form, count);
  element.after(results);

  let found = [];
  function showMore() {
    const start = list.children.length;
    for (const exercise of found.slice(start, start + data.per_page)) {
      list.append(h("li", {},
        h("a", { href: root + exercise.url, "data-category": exercise.category }, exercise.name),
        `: ${names.categories[exercise.category]}, ${names.levels[exercise.level].toLowerCase()}`));
    }
    const left = found.length - list.children.length;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, data.per_page)} more`;
    if (start > 0) list.children[start].querySelector("a").focus();
  }

  function apply() {
    const choice = Object.fromEntries(FIELDS.map(([name]) => [name, form.elements[name].value]));
    const filtering = FIELDS.some(([name]) => choice[name]);
    const total = data.exercises.length;
    found = filtering ? data.exercises.filter((exercise) => matches(exercise, choice, data)) : [];
    list.replaceChildren();
    results.hidden = !filtering;
    for (const part of browse) part.hidden = filtering;
    if (filtering) showMore();
    count.textContent = filtering ? `${found.length} of ${total} exercises match.` : `All ${total} exercises, by type, ladder and muscle.`;
    const query = new URLSearchParams();
    for (const [name] of FIELDS) if (choice[name]) query.set(name, choice[name]);
    const search = query.toString();
    const address = `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", address);
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply));
  form.addEventListener("submit", (event) => event.preventDefault());
  more.addEventListener("click", showMore);
  apply();
}
