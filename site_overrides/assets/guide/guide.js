// The guide's browser code: one module per component, each mounted on Material's document$ so
// that instant navigation (which swaps pages without reloading scripts) mounts them again.
import { mountCopyLink } from "./copy-link.js";
import { mountExerciseFilter } from "./exercise-filter.js";
import { mountPlanPicker } from "./plan-picker.js";
import { mountScrollRegion } from "./scroll-regions.js";

const components = [
  ["[data-pcg-copy-link]", mountCopyLink],
  ["[data-pcg-filters]", mountExerciseFilter],
  ["[data-pcg-plan-picker]", mountPlanPicker],
  [".md-typeset__scrollwrap", mountScrollRegion],
];

function mountAll() {
  for (const [selector, mount] of components) {
    for (const element of document.querySelectorAll(selector)) {
      if (!element.dataset.pcgMounted) {
        element.dataset.pcgMounted = "true";
        mount(element);
      }
    }
  }
}

if (typeof document$ !== "undefined") {
  document$.subscribe(mountAll);
} else {
  mountAll();
}
