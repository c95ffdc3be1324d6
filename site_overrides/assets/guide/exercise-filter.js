// Filters for the exercise index. The page is a plain list without JavaScript; this adds the
// controls, hides what does not match, and keeps the filter state in the address.
const FIELDS = [
  ["muscle", "muscles"],
  ["equipment", "equipment_sets"],
  ["category", "categories"],
  ["level", "levels"],
];

function matches(link, choice, data) {
  const { muscle, equipment, category, level } = choice;
  if (muscle && !link.dataset.muscles.split(" ").includes(muscle)) return false;
  if (category && link.dataset.category !== category) return false;
  if (level && link.dataset.level !== level) return false;
  if (equipment) {
    const kit = data.equipment_sets.find((set) => set.slug === equipment).items;
    const needs = link.dataset.equipment.split(" ").filter(Boolean);
    if (!needs.every((item) => kit.includes(item))) return false;
  }
  return true;
}

function select(name, label, options, value) {
  const wrapper = document.createElement("div");
  wrapper.className = "pcg-filters__field";
  const labelEl = document.createElement("label");
  labelEl.htmlFor = `pcg-filter-${name}`;
  labelEl.textContent = label;
  const control = document.createElement("select");
  control.id = `pcg-filter-${name}`;
  control.name = name;
  const any = document.createElement("option");
  any.value = "";
  any.textContent = "Any";
  control.append(any);
  for (const option of options) {
    const el = document.createElement("option");
    el.value = option.slug;
    el.textContent = option.name;
    control.append(el);
  }
  control.value = options.some((option) => option.slug === value) ? value : "";
  wrapper.append(labelEl, control);
  return wrapper;
}

export function mountExerciseFilter(element) {
  const source = document.getElementById("pcg-filter-data");
  if (!source) return;
  const data = JSON.parse(source.content.textContent);
  const article = element.closest("article") || document;
  const links = [...article.querySelectorAll("a[data-category]")];
  const params = new URLSearchParams(window.location.search);

  const form = document.createElement("form");
  form.className = "pcg-filters__form";
  form.setAttribute("aria-label", "Filter exercises");
  for (const [name, key] of FIELDS) {
    form.append(select(name, data.labels[name], data[key], params.get(name)));
  }
  const reset = document.createElement("button");
  reset.type = "reset";
  reset.className = "md-button";
  reset.textContent = "Show all";
  const count = document.createElement("p");
  count.className = "pcg-filters__count";
  count.setAttribute("aria-live", "polite");
  form.append(reset);
  element.append(form, count);

  function apply() {
    const choice = Object.fromEntries(FIELDS.map(([name]) => [name, form.elements[name].value]));
    let shown = 0;
    for (const link of links) {
      const visible = matches(link, choice, data);
      link.closest("li").hidden = !visible;
      shown += visible ? 1 : 0;
    }
    for (const list of new Set(links.map((link) => link.closest("ul")))) {
      const empty = [...list.children].every((item) => item.hidden);
      list.hidden = empty;
      const heading = list.previousElementSibling;
      if (heading && heading.tagName === "H2") heading.hidden = empty;
    }
    count.textContent = `Showing ${shown} of ${links.length} exercises.`;
    const query = new URLSearchParams();
    for (const [name] of FIELDS) if (choice[name]) query.set(name, choice[name]);
    const search = query.toString();
    const address = `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", address);
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply));
  form.addEventListener("submit", (event) => event.preventDefault());
  apply();
}
