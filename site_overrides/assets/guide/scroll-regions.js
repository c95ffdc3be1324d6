// Tables wider than the screen scroll sideways inside Material's wrapper; while one does, make the
// wrapper a named, focusable region so keyboard users can scroll it too.
export function mountScrollRegion(element) {
  const heading = findHeading(element);
  const label = heading ? `Table: ${heading.textContent.replace("¶", "").trim()}` : "Table";
  const update = () => {
    if (element.scrollWidth > element.clientWidth) {
      element.tabIndex = 0;
      element.setAttribute("role", "region");
      element.setAttribute("aria-label", label);
    } else {
      element.removeAttribute("tabindex");
      element.removeAttribute("role");
      element.removeAttribute("aria-label");
    }
  };
  new ResizeObserver(update).observe(element);
  update();
}

function findHeading(element) {
  for (let node = element; node && node.tagName !== "ARTICLE"; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (/^H[1-6]$/.test(sibling.tagName)) return sibling;
    }
  }
  return null;
}
