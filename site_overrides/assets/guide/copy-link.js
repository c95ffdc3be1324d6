// A "Copy link" button for pages coaches share: copies the page's canonical address.
export function mountCopyLink(element) {
  const canonical = document.querySelector('link[rel="canonical"]');
  const address = canonical ? canonical.href : window.location.href.split("#")[0];
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button pcg-copy-link";
  button.textContent = "Copy link";
  const status = document.createElement("span");
  status.className = "pcg-copy-link__status";
  status.setAttribute("role", "status");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(address);
      status.textContent = "Link copied.";
    } catch {
      const field = document.createElement("input");
      field.readOnly = true;
      field.value = address;
      field.setAttribute("aria-label", "Link to this page");
      status.replaceChildren(field);
      field.select();
    }
  });
  element.append(button, status);
}
