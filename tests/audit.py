"""Lighthouse audit of the built site (run by `make audit` after the build): prints the four scores per page,
exits non-zero when any is below the bar."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
LIGHTHOUSE = ROOT / "tests" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# One page of each kind a runner lands on: home, an exercise, a schedule, the picker.
PAGES = ["", "exercises/glute-bridge/", "schedules/offseason/", "plan/"]
MINIMUM = 95
# Lighthouse's own advice: scores vary from run to run, so take the median of several.
RUNS = 3


COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".ics"}


class GzipHandler(SimpleHTTPRequestHandler):
    """Serves text files gzipped, as any real static host does; without it Lighthouse measures the test
    server (uncompressed CSS and JS) rather than the site."""

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        if path.suffix not in COMPRESSIBLE or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve_site(folder: Path) -> ThreadingHTTPServer:
    """Serve the built site on a free loopback port from a background thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run_lighthouse(url: str, report: Path) -> dict[str, int]:
    """Audit one URL with the default (mobile) profile; returns the category scores, 0-100."""
    command = [
        str(LIGHTHOUSE),
        url,
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--output=json",
        f"--output-path={report}",
        "--no-enable-error-reporting",
        "--quiet",
    ]
    result = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
    if result.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse failed on {url} (exit {result.returncode}):\n{result.stderr.strip()}")
    data = json.loads(report.read_text(encoding="utf-8"))
    if data.get("runtimeError"):
        raise RuntimeError(f"lighthouse could not audit {url}: {data['runtimeError']}")
    scores = {}
    for name in CATEGORIES:
        score = data["categories"][name]["score"]
        scores[name] = -1 if score is None else round(score * 100)
    return scores


def failing_audits(report: Path) -> list[str]:
    """The audits that cost points, so a low score says what to fix."""
    data = json.loads(report.read_text(encoding="utf-8"))
    lines = []
    for name in CATEGORIES:
        for ref in data["categories"][name]["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                lines.append(f"    {name}: {ref['id']} score {audit['score']}{value}")
                lines.extend(f"      {where}" for where in audit_items(audit))
    return lines


def audit_items(audit: dict, limit: int = 4) -> list[str]:
    """Where an audit failed: the element or the resource, with the first line of the reason."""
    items = (audit.get("details") or {}).get("items") or []
    found = []
    for item in items:
        if not isinstance(item, dict):
            continue
        node = item.get("node") or {}
        if node.get("selector"):
            reason = (node.get("explanation") or "").splitlines()
            found.append(node["selector"] + (f": {reason[1].strip()}" if len(reason) > 1 else ""))
        elif item.get("sourceLocation", {}).get("url"):
            found.append(f"{item['sourceLocation']['url']}: {item.get('description', '')}")
    extra = [f"... and {len(found) - limit} more"] if len(found) > limit else []
    return found[:limit] + extra


def main() -> int:
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: run `npm ci --prefix tests`", file=sys.stderr)
        return 2
    if not (SITE / "index.html").exists():
        print(f"{SITE}/index.html is missing: build the site first (`mkdocs build --strict`)", file=sys.stderr)
        return 2
    server = serve_site(SITE)
    base = f"http://127.0.0.1:{server.server_port}/"
    rows: list[tuple[str, dict[str, int]]] = []
    notes: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="audit-") as folder:
            for number, path in enumerate(PAGES):
                runs = []
                for attempt in range(RUNS):
                    print(f"auditing /{path} ({attempt + 1}/{RUNS})", file=sys.stderr, flush=True)
                    report = Path(folder) / f"report-{number}-{attempt}.json"
                    runs.append((run_lighthouse(base + path, report), report))
                scores = {name: round(statistics.median(run[name] for run, _ in runs)) for name in CATEGORIES}
                rows.append(("/" + path, scores))
                if min(scores.values()) < 100:
                    # Explain the scores with the run whose performance is the median one.
                    _, report = sorted(runs, key=lambda run: run[0]["performance"])[RUNS // 2]
                    notes.append(f"  /{path}")
                    notes.extend(failing_audits(report))
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 2
    finally:
        server.shutdown()
        server.server_close()

    width = max(len(page) for page, _ in rows)
    print(f"Lighthouse {RUNS} runs per page, median scores (mobile profile):")
    print(f"{'page':<{width}}  " + "  ".join(f"{name:>14}" for name in CATEGORIES))
    for page, scores in rows:
        print(f"{page:<{width}}  " + "  ".join(f"{scores[name]:>14}" for name in CATEGORIES))
    if notes:
        print("\nAudits that cost points:")
        print("\n".join(notes))
    low = [(page, name, score) for page, scores in rows for name, score in scores.items() if score < MINIMUM]
    for page, name, score in low:
        print(f"FAIL {page}: {name} {score} < {MINIMUM}", file=sys.stderr)
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
