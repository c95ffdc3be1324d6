// The guide's service worker. The build writes sw.js as VERSION and FILES (site path and content hash of every
// file) followed by this code. A version is installed only if every file arrives with the hash the build
// recorded, so the cache never mixes two builds; it waits until the reader accepts it, then replaces the old.
const PREFIX = "pcg-offline-";
const CACHE = PREFIX + VERSION;
const SCOPE = self.registration.scope;

async function digest(buffer) {
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return [...hash].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, HASH_LENGTH);
}

async function precache() {
  const responses = await Promise.all(
    FILES.map(async ([path, hash]) => {
      const url = new URL(path, SCOPE).href;
      const response = await fetch(url, { cache: "no-store" });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      const body = await response.arrayBuffer();
      if ((await digest(body)) !== hash) throw new Error(`${path}: changed while this version was installing`);
      return [url, new Response(body, { headers: response.headers })];
    }),
  );
  // Written only once every file has arrived intact: a half-filled cache is never used.
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener("install", (event) => {
  if (FILES.length) event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The first version takes over the open page too, so instant navigation from it works offline.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "pcg-update") self.skipWaiting();
});

async function respond(request) {
  const url = new URL(request.url);
  const hit = await caches.match(url.origin + url.pathname, { cacheName: CACHE, ignoreSearch: true });
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch (error) {
    const missing = request.mode === "navigate" && (await caches.match(new URL("404.html", SCOPE).href, { cacheName: CACHE }));
    if (missing) return missing;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (!FILES.length || request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(respond(request));
});
