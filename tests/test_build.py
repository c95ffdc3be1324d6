"""End-to-end: real `mkdocs build` runs on a tiny guide in tmp_path, asserting on the HTML a reader gets."""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

import pytest

from tests.conftest import make_tiny_site, mkdocs

pytestmark = pytest.mark.build


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_build_produces_every_page_kind_at_its_promised_url(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"

    exercise = read(site, "exercises/glute-bridge/index.html")
    assert "<h1 id=\"glute-bridge\">Glute bridge<" in exercise
    assert '<h2 id="steps">' in exercise and '<h2 id="dosing">' in exercise
    assert "<li>Lie down.</li>\n<li>Bend knees.</li>" in exercise
    assert 'href="../../anatomy/glutes/"' in exercise
    assert 'href="../single-leg-glute-bridge/"' in exercise
    assert "<td>3 × 12</td>" in exercise and "<td>60-90 s</td>" in exercise
    assert 'class="pcg-body__muscle pcg-body__muscle--target" data-muscle="glutes"' in exercise

    muscle = read(site, "anatomy/calves/index.html")
    main_movers, helpers = muscle.split('id="secondary"')
    assert 'href="../../exercises/calf-raise/"' in main_movers and 'href="../../exercises/box-jump/"' in main_movers
    assert 'href="../../exercises/glute-bridge/"' in helpers

    schedule = read(site, "schedules/offseason/index.html")
    assert '<a href="../../exercises/single-leg-glute-bridge/">Single-leg glute bridge</a></td>\n<td>3 × 8 each side</td>' in schedule
    assert "<td>4 × 20</td>" in schedule  # the session's own dose overrides the exercise's

    for index in ("anatomy/index.html", "exercises/index.html", "schedules/index.html", "plan/index.html"):
        assert (site / index).is_file()
    index = read(site, "exercises/index.html")
    filters = json.loads(html.unescape(index.split('<template id="pcg-filter-data">')[1].split("</template>")[0]))
    assert filters["exercises"][3] == {
        "name": "Box jump",
        "url": "exercises/box-jump/",
        "muscles": ["glutes", "calves"],
        "equipment": ["box"],
        "category": "plyometric",
        "level": "advanced",
    }

    api = json.loads(read(site, "api/exercises.json"))
    assert [e["slug"] for e in api] == ["glute-bridge", "single-leg-glute-bridge", "calf-raise", "box-jump"]
    assert api[3] == {
        "slug": "box-jump",
        "name": "Box jump",
        "url": "https://posterior-chain.example.org/exercises/box-jump/",
        "category": "plyometric",
        "equipment": ["box"],
        "level": "advanced",
        "primary_muscles": ["glutes", "calves"],
        "secondary_muscles": [],
        "phases": ["offseason", "preseason"],
        "unilateral": False,
        "former_slugs": [],
    }
    # Exercise pages are reached from their index, not listed one by one in the navigation.
    assert "exercises/glute-bridge/" not in read(site, "index.html")


def test_chapters_take_their_figures_from_the_data(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text.replace("min_seconds: 60, max_seconds: 90", "min_seconds: 75, max_seconds: 105"))
    (tmp_path / "content" / "season.md").write_text(
        "---\nrender_macros: true\n---\n# Season\n\nRest {{ guide.rest.heavy }}, lift {{ guide.strength_days.offseason }} times.\n",
        encoding="utf-8",
    )
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert "Rest 75-105 seconds, lift 2-3 times." in read(tmp_path / "site", "season/index.html")


def test_failed_build_keeps_the_previous_site_and_the_data(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    assert mkdocs(config, "build", "--strict").returncode == 0
    before = snapshot(tmp_path / "site")
    broken = mini_text.replace("primary_muscles: [glutes]\n    secondary_muscles: [calves]", "primary_muscles: [glute]\n    secondary_muscles: [calves]")
    (tmp_path / "exercises.yaml").write_text(broken, encoding="utf-8")

    result = mkdocs(config, "build", "--strict")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "exercises.yaml:84:23: exercises[0].primary_muscles[0]: unknown muscle 'glute' (did you mean 'glutes'?)" in result.stderr
    assert snapshot(tmp_path / "site") == before
    assert (tmp_path / "exercises.yaml").read_text(encoding="utf-8") == broken


def test_missing_data_file_is_a_clear_error(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    (tmp_path / "exercises.yaml").unlink()
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "exercises.yaml: cannot read the guide data: No such file or directory" in result.stderr


def test_hand_written_page_in_a_generated_place_is_a_clear_error(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    (tmp_path / "content" / "exercises").mkdir()
    (tmp_path / "content" / "exercises" / "calf-raise.md").write_text("# Mine\n", encoding="utf-8")
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "ERROR   -  exercises.yaml:125:11: exercises[2].slug: the page of exercise 'calf-raise' would be published at "
        "/exercises/calf-raise/, replacing the chapter content/exercises/calf-raise.md; choose another slug or move the chapter\n"
    ) in result.stderr


def test_two_builds_of_the_same_sources_are_byte_identical(tmp_path: Path, real_site: Path) -> None:
    sources = real_site.parent
    config = sources / "mkdocs.yml"
    result = mkdocs(config, "build", "--strict", "--site-dir", str(tmp_path / "again"))
    assert result.returncode == 0, result.stderr
    first, second = snapshot(real_site), snapshot(tmp_path / "again")
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []


def test_the_site_fetches_nothing_from_another_host(real_site: Path) -> None:
    """No web fonts, CDN scripts or analytics: every resource a page loads is the site's own."""
    loads = re.compile(r"<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc=\"([^\"]+)\"|<link\b[^>]*\bhref=\"([^\"]+)\"[^>]*>")
    foreign = set()
    for page in real_site.rglob("*.html"):
        for match in loads.finditer(page.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            tag = match.group(0)
            if url.startswith(("http://", "https://", "//")) and not url.startswith("https://posterior-chain.example.org/"):
                if "rel=\"canonical\"" not in tag:
                    foreign.add(url)
    for sheet in real_site.rglob("*.css"):
        foreign.update(re.findall(r"url\([\"']?((?:https?:)?//[^)\"']+)", sheet.read_text(encoding="utf-8")))
    assert foreign == set()
