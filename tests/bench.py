"""`make bench`: build synthetic guides of 100 and 1,000 exercises in the real data shape and print figures.

Goals: build time grows linearly (at most 11x for 10x the exercises), an exercise page does not grow
with the library, and the generator's own share of the build stays under 10%.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.load import load_guide  # noqa: E402
from generator.render import render_site  # noqa: E402


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


def measure(count: int, work: Path) -> dict[str, float]:
    folder = work / str(count)
    shutil.copytree(ROOT / "content", folder / "content")
    shutil.copytree(ROOT / "site_overrides", folder / "site_overrides")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "exercises.yaml").write_text(synthetic_data(count), encoding="utf-8")

    started = time.perf_counter()
    guide = load_guide(folder / "exercises.yaml")
    render_site(guide, site_url="https://example.org/")
    generator_seconds = time.perf_counter() - started

    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(folder / "mkdocs.yml")], capture_output=True, text=True)
    build_seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build of {count} exercises failed:\n{result.stderr}")
    site = folder / "site"
    exercise_pages = len(list((site / "exercises").glob("*/index.html")))
    return {
        "exercises": count,
        "build_s": build_seconds,
        "pages_per_s": exercise_pages / build_seconds,
        "page_bytes": (site / "exercises" / "glute-bridge" / "index.html").stat().st_size,
        "search_bytes": (site / "search" / "search_index.json").stat().st_size,
        "generator_s": generator_seconds,
        "generator_share": generator_seconds / build_seconds,
    }


def main() -> None:
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
    print(f"generator share of build time: {small['generator_share']:.1%} / {large['generator_share']:.1%} (goal: under 10%)")


if __name__ == "__main__":
    main()
