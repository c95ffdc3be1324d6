// The guide's browser code: one module per component, each mounted on Material's document$ so
// that instant navigation (which swaps pages without reloading scripts) mounts them again. A mount
// may return a teardown, called once its element has left the page.
import { mountCopyLink } from "./copy-link.js";
import { mountExerciseFilter } from "./exercise-filter.js";
import { mountLog } from "./log-view.js";
import { checkForUpdate, startOffline } from "./offline.js";
import { mountPlanPicker } from "./plan-picker.js";
import { mountScrollRegion } from "./scroll-regions.js";
import { mountSession } from "./session-view.js";
import { mountStartSessions } from "./start-session.js";

// This file sits two folders below the site root.
const ROOT = new URL("../../", import.meta.url);

const components = [
  ["[data-pcg-copy-link]", mountCopyLink],
  ["[data-pcg-filters]", mountExerciseFilter],
  ["[data-pcg-plan-picker]", mountPlanPicker],
  ["[data-pcg-session]", mountSession],
  ["[data-pcg-log]", mountLog],
  [".md-content", (element) => mountStartSessions(element, ROOT)],
  [".md-typeset__scrollwrap", mountScrollRegion],
];

let mounted = [];

function mountAll() {
  const kept = [];
  for (const [element, teardown] of mounted) {
    if (element.isConnected) kept.push([element, teardown]);
    else teardown();
  }
  mounted = kept;
  for (const [selector, mount] of components) {
    for (const element of document.querySelectorAll(selector)) {
      if (!element.dataset.pcgMounted) {
        element.dataset.pcgMounted = "true";
        const teardown = mount(element);
        if (typeof teardown === "function") mounted.push([element, teardown]);
      }
    }
  }
  checkForUpdate();
}

startOffline(ROOT);
if (typeof document$ !== "undefined") {
  document$.subscribe(mountAll);
} else {
  mountAll();
}
