"""The glossary: one entry per term on /glossary/, and every glossary word explained wherever it appears."""

from __future__ import annotations

import pytest

from html.parser import HTMLParser
from pathlib import Path

import yaml

from tests.conftest import ROOT, make_tiny_site, mkdocs

# Each test here runs a whole build (or make) in a subprocess.
pytestmark = pytest.mark.build

ENTRY = """  - slug: hinge
    term: Hinge
    forms: [hinge, Hinge]
    short: "Bending at the hips with a long back <b>not bold</b> & {: #x }."
    more: See the [bridge](exercises/glute-bridge/).
"""


class _Marks(HTMLParser):
    """(abbr text, title) pairs and elements carrying data-term."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.abbr: list[tuple[str, str]] = []
        self.terms: list[str] = []
        self._title: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "abbr":
            self._title = found.get("title") or ""
        if "data-term" in found:
            self.terms.append(found["data-term"] or "")

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self.abbr.append((data, self._title))
            self._title = None


def marks(path: Path) -> _Marks:
    reader = _Marks()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


def test_the_guide_has_one_entry_per_term_and_is_in_the_navigation(real_site: Path) -> None:
    entries = yaml.safe_load((ROOT / "exercises.yaml").read_text(encoding="utf-8"))["glossary"]
    page = marks(real_site / "glossary" / "index.html")
    assert page.terms == [entry["slug"] for entry in entries]
    assert 'href="glossary/"' in (real_site / "index.html").read_text(encoding="utf-8")


def test_a_glossary_word_is_explained_on_every_page_it_appears(tmp_path: Path, mini_text: str) -> None:
    mini_glossary = "  - {slug: hinge, term: Hinge, forms: [hinge], short: Bend at the hips., more: Like a bridge.}\n"
    data = mini_text.replace("steps: [Lie down., Bend knees.", "steps: [Hinge at the hips., Bend knees.").replace(mini_glossary, ENTRY)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "season.md").write_text("# Season\n\nEvery lift here is a hinge or a squat.\n", encoding="utf-8")
    result = mkdocs(make_tiny_site(tmp_path, data), "build", "--strict")
    assert result.returncode == 0, result.stderr
    meaning = "Bending at the hips with a long back <b>not bold</b> & {: #x }."
    assert ("Hinge", meaning) in marks(tmp_path / "site" / "exercises" / "glute-bridge" / "index.html").abbr
    assert ("hinge", meaning) in marks(tmp_path / "site" / "season" / "index.html").abbr
    glossary = (tmp_path / "site" / "glossary" / "index.html").read_text(encoding="utf-8")
    assert 'id="hinge"' in glossary and 'href="../exercises/glute-bridge/"' in glossary
    assert "<b>not bold</b>" not in glossary
