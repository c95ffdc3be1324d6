"""A sample-week page read back as a reader gets it: its Markdown through Python-Markdown with the site's
extensions, then the tables' cells as text. Expectations are written by hand from tests/data/mini.yaml."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown

from generator.load import load_guide_text
from generator.render.pages import render_exercise_page, render_schedule_page

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]
NOTE = "Lift <b>heavy</b> | then rest & stretch {: onclick=x }"


class Tables(HTMLParser):
    """Every table as rows of cell texts; a cell's tags count only as their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.tags: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def read_tables(page: str) -> Tables:
    body = page.split("\n---\n", 1)[1]  # past the front matter
    reader = Tables()
    reader.feed(markdown.markdown(body, extensions=EXTENSIONS))
    return reader


def test_each_session_row_shows_its_own_exercises_dose_and_rest(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    week, monday, thursday = read_tables(render_schedule_page(guide, guide.schedules["offseason"], "https://coach.example/")).tables
    assert [row[:3] for row in monday] == [
        ["Exercise", "Sets × reps", "Rest"],
        ["Glute bridge", "3 × 12", "60-90 s"],
        ["Calf raise", "3 × 15", "60-90 s"],
        ["Box jump", "3 × 5 contacts", "2 min"],
    ]
    assert [row[:3] for row in thursday[1:]] == [
        ["Single-leg glute bridge", "3 × 8 each side", "60-90 s"],
        ["Calf raise", "4 × 20", "60-90 s"],
        ["Box jump", "3 × 5 contacts", "2 min"],
    ]
    assert week[1:3] == [["Monday", "Strength", "Lift."], ["Tuesday", "Rest", "Rest."]]


def test_a_day_note_shows_literally_in_its_own_cell(mini_text: str) -> None:
    guide = load_guide_text(mini_text.replace("{day: tue, activities: [rest], note: Rest.}", f"{{day: tue, activities: [rest], note: {NOTE!r}}}"))
    tables = read_tables(render_schedule_page(guide, guide.schedules["offseason"], "https://coach.example/"))
    assert tables.tables[0][2] == ["Tuesday", "Rest", NOTE]
    assert "b" not in tables.tags


def test_an_exercise_page_shows_each_phases_dose_with_the_exercises_rest(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    [dosing] = read_tables(render_exercise_page(guide, guide.exercises["box-jump"])).tables
    assert [row[:3] for row in dosing] == [
        ["Phase", "Sets × reps", "Rest between sets"],
        ["Offseason", "3 × 5 contacts", "2 min"],
        ["Pre-season", "3 × 4 contacts", "2 min"],
    ]
