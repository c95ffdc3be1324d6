"""Prints the mutation scores `make mutate` produced (mutmut over generator/, StrykerJS over the picker's logic)
and exits 1 if generator/ as a whole, or any one of the picker's logic files, is below the floor. A mutant counts as detected when a test failed or timed out on it."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from mutmut.stats import status_by_exit_code

ROOT = Path(__file__).resolve().parents[1]
FLOOR = 85.0
DETECTED_PY = {"killed", "timeout", "caught by type check", "segfault"}
DETECTED_JS = {"Killed", "Timeout"}
NOT_COUNTED_JS = {"CompileError", "RuntimeError", "Ignored", "Pending"}


def mutmut_counts() -> dict[str, Counter[str]]:
    """Status counts per module, from the results mutmut keeps next to each mutated file."""
    counts = {}
    for meta in sorted((ROOT / "mutants").rglob("*.py.meta")):
        statuses = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"].values()
        if statuses:
            counts[meta.relative_to(ROOT / "mutants").as_posix().removesuffix(".meta")] = Counter(status_by_exit_code[s] for s in statuses)
    return counts


def stryker_counts() -> dict[str, Counter[str]]:
    report = json.loads((ROOT / "tests" / ".mutation" / "stryker.json").read_text(encoding="utf-8"))
    return {path: Counter(m["status"] for m in file["mutants"] if m["status"] not in NOT_COUNTED_JS) for path, file in report["files"].items()}


def score(counts: Counter[str], detected: set[str]) -> float:
    total = sum(counts.values())
    return 100.0 * sum(counts[s] for s in detected) / total if total else 100.0


def table(title: str, counts: dict[str, Counter[str]], detected: set[str]) -> tuple[float, dict[str, float]]:
    """Prints one tool's scores; returns the overall score and each file's."""
    print(f"\n{title}")
    scores = {}
    for path, found in counts.items():
        scores[path] = score(found, detected)
        missed = ", ".join(f"{n} {status}" for status, n in sorted(found.items()) if status not in detected)
        print(f"  {path:46} {scores[path]:5.1f}%  of {sum(found.values()):4}  {missed}")
    overall = score(sum(counts.values(), Counter()), detected)
    print(f"  {'all':46} {overall:5.1f}%")
    return overall, scores


def main() -> int:
    python, _ = table("mutmut, generator/ (fast suite: -m 'not browser and not build')", mutmut_counts(), DETECTED_PY)
    # Each of the picker's files is held to the floor on its own, so a well-tested file cannot carry a weak one.
    _, javascript = table("StrykerJS, plan picker logic (node --test tests/js/)", stryker_counts(), DETECTED_JS)
    per_file = ", ".join(f"{Path(path).name} {value:.1f}%" for path, value in javascript.items())
    print(f"\nmutation score: generator/ {python:.1f}%, {per_file} (floor {FLOOR:.0f}%)")
    return 0 if min([python, *javascript.values()]) >= FLOOR else 1


if __name__ == "__main__":
    sys.exit(main())
