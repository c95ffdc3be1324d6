// Small helpers for building the page from data: elements with attributes and children, text only.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value != null) element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.flat().filter((child) => child != null && child !== false));
  return element;
}

// The data a page carries in <template id=...>: inert under instant navigation, which re-runs inline scripts.
export function pageData(id) {
  const source = document.getElementById(id);
  return source ? JSON.parse((source.content || source).textContent) : null;
}

// A link that downloads text as a file; returns the link and a function that frees the object URL.
export function downloadLink(text, type, filename, label, attributes = {}) {
  const link = h("a", { class: "pcg-button", download: filename, ...attributes }, label);
  link.href = URL.createObjectURL(new Blob([text], { type }));
  return [link, () => URL.revokeObjectURL(link.href)];
}

// 18 March 2026, from YYYY-MM-DD, the same in every time zone.
const DATE_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
export const dateWords = (date) => DATE_WORDS.format(new Date(`${date}T00:00:00Z`));
