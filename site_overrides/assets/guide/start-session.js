// "Start session" on each strength day of a drawn plan. The plan is read from the page, not from the picker's
// code: a strength day is [data-day][data-strength] holding [data-exercise] elements that name exercise slugs.
const DAY_SELECTOR = "[data-day][data-strength]";

function sessionLink(day, root) {
  const slugs = [...new Set([...day.querySelectorAll("[data-exercise]")].map((e) => e.dataset.exercise).filter(Boolean))];
  if (!slugs.length) return null;
  const plan = day.closest("[data-plan]") || day.parentElement;
  const stage = day.closest("[data-stage]");
  const heading = day.querySelector("h1, h2, h3, h4");
  const params = new URLSearchParams({ exercises: slugs.join(",") });
  if (stage) params.set("stage", stage.dataset.stage);
  if (day.closest("[data-deload]")?.dataset.deload === "true") params.set("deload", "1");
  params.set("planned", String(plan.querySelectorAll(DAY_SELECTOR).length));
  params.set("title", `Your plan, ${heading ? heading.textContent.trim() : day.dataset.day}`);
  const link = document.createElement("a");
  link.className = "pcg-button pcg-start pcg-screen-only";
  link.dataset.pcgStart = "";
  link.href = `${new URL("session/", root).href}?${params}`;
  link.textContent = "Start session";
  if (heading) link.setAttribute("aria-label", `Start session: ${heading.textContent.trim()}`);
  return link;
}

function addLinks(container, root) {
  for (const day of container.querySelectorAll(DAY_SELECTOR)) {
    if (day.closest("table")) continue; // an overview of many weeks, not a day to train from
    const link = sessionLink(day, root);
    const old = day.querySelector(":scope > [data-pcg-start]");
    if (old && link && old.href === link.href) continue;
    if (old) old.remove();
    if (link) day.append(link);
  }
}

export function mountStartSessions(container, root) {
  addLinks(container, root);
  // The picker redraws its plan on every change; add the links to each new drawing.
  const observer = new MutationObserver(() => addLinks(container, root));
  observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-exercise", "data-strength", "data-phase"] });
  return () => observer.disconnect();
}
