"""`make bench`: build synthetic guides of 100 and 1,000 exercises in the real data shape and print figures.

Goals: build time grows linearly (at most 11x for 10x the exercises), an exercise page does not grow
with the library, and the generator's own share of the build stays under 10%.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.load import load_guide  # noqa: E402
from generator.render import render_site  # noqa: E402
from generator.render.exports import plan_data  # noqa: E402


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True


def synthetic_data(count: int) -> str:
    """The real exercises.yaml with its exercises cloned under new slugs up to `count`."""
    data = yaml.safe_load((ROOT / "exercises.yaml").read_text(encoding="utf-8"))
    originals = data["exercises"]
    exercises = list(originals)
    for index in range(len(originals), count):
        clone = dict(originals[index % len(originals)])
        clone["slug"] = f"{clone['slug']}-{index}"
        clone["name"] = f"{clone['name']} {index}"
        clone["former_slugs"] = []
        exercises.append(clone)
    data["exercises"] = exercises[:count] if count >= len(originals) else exercises
    return yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True)


def time_generator(data: Path) -> float:
    """Seconds to load, validate and render the guide: the work the plugin adds to a build."""
    started = time.perf_counter()
    render_site(load_guide(data), site_url="https://example.org/")
    return time.perf_counter() - started


def measure(count: int, work: Path) -> dict[str, float]:
    folder = work / str(count)
    shutil.copytree(ROOT / "content", folder / "content")
    shutil.copytree(ROOT / "site_overrides", folder / "site_overrides")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "exercises.yaml").write_text(synthetic_data(count), encoding="utf-8")

    generator_seconds = min(time_generator(folder / "exercises.yaml") for _ in range(3))

    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(folder / "mkdocs.yml")], capture_output=True, text=True)
    build_seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build of {count} exercises failed:\n{result.stderr}")
    site = folder / "site"
    exercise_pages = len(list((site / "exercises").glob("*/index.html")))
    lists = [site / "exercises" / "index.html", *(site / "exercises" / "types").rglob("index.html"), *(site / "anatomy").glob("*/index.html")]
    largest = max(lists, key=element_count)
    return {
        "exercises": count,
        "build_s": build_seconds,
        "pages_per_s": exercise_pages / build_seconds,
        "page_bytes": (site / "exercises" / "glute-bridge" / "index.html").stat().st_size,
        "search_bytes": (site / "search" / "search_index.json").stat().st_size,
        "generator_s": generator_seconds,
        "generator_share": generator_seconds / build_seconds,
        "list_elements": element_count(largest),
        "list_page": "/" + largest.parent.relative_to(site).as_posix() + "/",
    }


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.count += 1


def element_count(page: Path) -> int:
    """Elements in a built page, as Lighthouse's DOM-size audit counts them (it fails a page above 1,400)."""
    parser = _Elements()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.count


def timed(command: list[str], what: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{what} failed:\n{result.stdout}{result.stderr}")
    return time.perf_counter() - started


def measure_engines(count: int, work: Path) -> dict[str, float]:
    """Build times with each engine, first from nothing, then after a one-line edit of the data (a summary)."""
    folder = work / f"engines-{count}"
    shutil.copytree(ROOT / "content", folder / "content")
    shutil.copytree(ROOT / "site_overrides", folder / "site_overrides")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    data = folder / "exercises.yaml"
    data.write_text(synthetic_data(count), encoding="utf-8")
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(folder / "mkdocs.yml")]
    zensical = [sys.executable, "-m", "generator.zensical", "build", "--root", str(folder)]
    figures = {"exercises": count, "mkdocs_s": timed(mkdocs, "mkdocs build"), "zensical_s": timed(zensical, "zensical build")}
    text = data.read_text(encoding="utf-8")
    first = text.index("    summary: ", text.index("\nexercises:"))
    data.write_text(text[:first] + "    summary: Edited for the benchmark." + text[text.index("\n", first) :], encoding="utf-8")
    figures["mkdocs_edit_s"] = timed(mkdocs, "mkdocs rebuild")
    figures["zensical_edit_s"] = timed(zensical, "zensical rebuild")
    figures["zensical_search_bytes"] = (folder / "site" / "search.json").stat().st_size
    return figures


def print_engines(rows: list[dict[str, float]]) -> None:
    print(f"{'exercises':>9} {'MkDocs s':>9} {'after edit':>10} {'Zensical s':>11} {'after edit':>10} {'Zensical search KB':>19}")
    for r in rows:
        print(
            f"{r['exercises']:>9} {r['mkdocs_s']:>9.2f} {r['mkdocs_edit_s']:>10.2f} {r['zensical_s']:>11.2f}"
            f" {r['zensical_edit_s']:>10.2f} {r['zensical_search_bytes'] / 1024:>19.0f}"
        )


PICKER = [ROOT / "site_overrides" / "assets" / "guide" / name for name in ("plan-logic.js", "plan-sessions.js", "plan-picker.js", "plan-calendar.js")]

# A race 52 weeks after the coming Monday's week: the longest block the picker lays out.
TIME_PLANS = """
import { readFileSync } from "node:fs";
import { makeBlock, parseChoices } from "%s";
const data = JSON.parse(readFileSync(0, "utf8"));
const week = data.weekdays.map((d) => d.slug);
const spots = data.season.sore_spots.map((s) => s.slug);
const { choices: base } = parseChoices(new URLSearchParams(), data);
const race = new Date(`${base.start}T12:00:00Z`);
race.setUTCDate(race.getUTCDate() + 52 * 7 + 5);
const combos = [];
for (let days = 1; days <= 3; days++)
  for (const equipment of Object.keys(data.equipment_sets))
    for (const level of data.levels.map((l) => l.slug))
      for (const long of week)
        combos.push({ ...base, race: race.toISOString().slice(0, 10), days, equipment, level, long,
          hard: [week[(week.indexOf(long) + 3) %% 7]], sore: spots.slice(0, combos.length %% (spots.length + 1)) });
for (const choices of combos) makeBlock(data, choices);  // let the JIT compile first
// Each figure is the mean of 5 runs of one combination, so a single garbage collection does not count as a block.
const times = combos.map((choices) => {
  const t = performance.now();
  for (let i = 0; i < 5; i++) makeBlock(data, choices);
  return (performance.now() - t) / 5;
});
const weeks = makeBlock(data, combos[0]).weeks.length;
times.sort((a, b) => a - b);
console.log(JSON.stringify({ plans: times.length, weeks, median: times[times.length >> 1], max: times[times.length - 1] }));
"""


def picker_figures() -> dict[str, float]:
    """The picker's gzipped size, and the time to compute one 52-week block in Node."""
    size = len(gzip.compress(b"".join(p.read_bytes() for p in PICKER), compresslevel=9))
    data = json.dumps(plan_data(load_guide(ROOT / "exercises.yaml")))
    script = TIME_PLANS % PICKER[0].as_uri()
    result = subprocess.run(["node", "--input-type=module", "-e", script], input=data, capture_output=True, text=True, check=True)
    return {"gzip_bytes": size, **json.loads(result.stdout)}


def main() -> None:
    picker = picker_figures()
    print(f"plan picker JavaScript: {picker['gzip_bytes'] / 1024:.1f} KB gzipped (goal: at most 10 KB)")
    print(
        f"computing a {picker['weeks']}-week block: median {picker['median']:.2f} ms, slowest {picker['max']:.2f} ms"
        f" over {picker['plans']} choices (goal: under 20 ms)"
    )
    with tempfile.TemporaryDirectory() as temp:
        rows = [measure(count, Path(temp)) for count in (100, 1000)]
    print(f"{'exercises':>9} {'build s':>8} {'pages/s':>8} {'page KB':>8} {'search KB':>10} {'generator s':>12} {'gen share':>9}")
    for r in rows:
        print(
            f"{r['exercises']:>9} {r['build_s']:>8.2f} {r['pages_per_s']:>8.1f} {r['page_bytes'] / 1024:>8.1f}"
            f" {r['search_bytes'] / 1024:>10.0f} {r['generator_s']:>12.2f} {r['generator_share']:>8.1%}"
        )
    small, large = rows
    print(f"build time ratio for 10x the exercises: {large['build_s'] / small['build_s']:.1f}x (goal: at most 11x)")
    print(f"exercise page size change: {large['page_bytes'] - small['page_bytes']:+d} bytes (goal: 0)")
    for r in rows:
        print(f"largest exercise list at {r['exercises']} exercises: {r['list_elements']} elements on {r['list_page']} (goal: under 1,400)")
    print(f"generator share of build time: {small['generator_share']:.1%} / {large['generator_share']:.1%} (goal: under 10%)")
    print("both engines (the Zensical figures include writing the docs tree; a rebuild writes only changed files):")
    with tempfile.TemporaryDirectory() as temp:
        print_engines([measure_engines(count, Path(temp)) for count in (100, 1000)])


if __name__ == "__main__":
    main()
