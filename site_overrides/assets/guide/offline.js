// Keeps the guide readable offline: registers the service worker (sw.js at the site root, written by the build)
// and, when a new build has been fully downloaded, offers to switch to it instead of mixing old and new pages.
let registration = null;
let accepted = false;
let lastCheck = 0;

function showUpdate(worker) {
  if (document.querySelector("[data-pcg-update]")) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "pcg-button";
  button.textContent = "Reload to update";
  const text = document.createElement("span");
  text.textContent = "A new version of the guide is ready.";
  const notice = document.createElement("div");
  notice.className = "pcg-update";
  notice.setAttribute("role", "status");
  notice.dataset.pcgUpdate = "";
  notice.append(text, " ", button);
  document.body.append(notice);
  button.addEventListener("click", () => {
    accepted = true;
    button.disabled = true;
    worker.postMessage({ type: "pcg-update" });
  });
}

function watch(reg) {
  registration = reg;
  if (reg.waiting && navigator.serviceWorker.controller) showUpdate(reg.waiting);
  reg.addEventListener("updatefound", () => {
    const worker = reg.installing;
    if (!worker) return;
    worker.addEventListener("statechange", () => {
      // With no controller this is the first version, which simply takes over; later ones wait to be accepted.
      if (worker.state === "installed" && navigator.serviceWorker.controller) showUpdate(worker);
    });
  });
}

export function startOffline(root) {
  if (!("serviceWorker" in navigator) || registration !== null) return;
  registration = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (accepted) location.reload();
  });
  // A guide that cannot go offline (a browser setting, a file:// copy) still works online: nothing to report.
  navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.href }).then(watch, () => {});
}

// Instant navigation loads no page from the server, so look for a new build now and then as the reader moves on.
export function checkForUpdate() {
  if (!registration || Date.now() - lastCheck < 60_000) return;
  lastCheck = Date.now();
  registration.update().catch(() => {});
}
