"""Render stage unit tests: pages are plain Markdown strings built from in-memory data, no MkDocs involved."""

from __future__ import annotations

from generator.load import load_guide_text
from generator.render import render_site
from generator.render.pages import render_exercise_page, render_muscle_page, render_schedule_page
from generator.render.text import dose_label, relative, rest_label
from generator.schema import Dose, Rest


def test_dose_and_rest_labels() -> None:
    assert dose_label(Dose(sets=3, reps=8, per_side=True)) == "3 × 8 each side"
    assert dose_label(Dose(sets=3, seconds=30)) == "3 × 30 s"
    assert dose_label(Dose(sets=4, contacts=20)) == "4 × 20 contacts"
    assert dose_label(Dose(sets=4, metres=20)) == "4 × 20 m"
    assert rest_label(Rest(name="h", applies_to="h", min_seconds=60, max_seconds=90)) == "60-90 s"
    assert rest_label(Rest(name="p", applies_to="p", min_seconds=120, max_seconds=120)) == "2 min"


def test_links_between_docs_pages_are_relative_as_mkdocs_expects() -> None:
    assert relative("exercises/box-jump.md", "exercises/calf-raise.md") == "calf-raise.md"
    assert relative("exercises/box-jump.md", "anatomy/glutes.md") == "../anatomy/glutes.md"
    assert relative("exercises/index.md", "safety.md") == "../safety.md"
    assert relative("plan.md", "schedules/offseason.md") == "schedules/offseason.md"
    assert relative("a/b/c.md", "a/d/e.md") == "../d/e.md"


def test_exercise_page_has_its_sections_and_its_place_on_the_ladder(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    page = render_exercise_page(guide, guide.exercises["single-leg-glute-bridge"])
    assert page.startswith('---\ntitle: "Single-leg glute bridge"\n')
    for anchor in ("why", "steps", "cues", "mistakes", "dosing", "progressions", "safety"):
        assert f"{{ #{anchor} }}" in page
    assert "1. Lie down.\n2. One foot up.\n3. Lift hips.\n4. Lower.\n" in page
    assert "| Offseason | 3 × 8 each side | 60-90 s |" in page
    assert "1. [Glute bridge](glute-bridge.md)\n2. **Single-leg glute bridge** (this exercise)\n" in page
    assert "[Glutes](../anatomy/glutes.md)" in page
    assert 'pcg-body__muscle--target" data-muscle="glutes"' in page


def test_muscle_page_lists_main_movers_before_helpers(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    page = render_muscle_page(guide, guide.muscles["calves"])
    main, helpers = page.split("### As a helper")
    assert "[Calf raise](../exercises/calf-raise.md)" in main and "[Box jump](../exercises/box-jump.md)" in main
    assert "[Glute bridge](../exercises/glute-bridge.md)" in helpers


def test_data_text_is_escaped_for_html(mini_text: str) -> None:
    guide = load_guide_text(mini_text.replace("summary: Heels up.", 'summary: "Heels <em>up</em> & down."'))
    page = render_exercise_page(guide, guide.exercises["calf-raise"])
    assert "Heels &#60;em&#62;up&#60;/em&#62; &#38; down." in page
    assert "<em>up</em>" not in page


def test_site_holds_every_page_and_export(mini_text: str) -> None:
    site = render_site(load_guide_text(mini_text), site_url="https://coach.example")
    assert sorted(site.pages) == [
        "anatomy/calves.md", "anatomy/glutes.md", "anatomy/index.md", "exercises/box-jump.md", "exercises/calf-raise.md",
        "exercises/glute-bridge.md", "exercises/index.md", "exercises/single-leg-glute-bridge.md", "glossary.md", "log.md", "plan.md",
        "schedules/index.md", "schedules/offseason.md", "session.md",
    ]  # fmt: skip
    assert sorted(site.files) == ["api/exercises.json", "robots.txt", "schedules/offseason.ics"]
    assert site.redirects == {"exercises/one-leg-bridge.md": "exercises/single-leg-glute-bridge.md"}
    assert "exercises/index.md" not in site.unlisted and "exercises/box-jump.md" in site.unlisted


def test_a_day_with_two_activities_names_both_in_the_week_table(mini_text: str) -> None:
    text = mini_text.replace("{day: mon, activities: [strength], note: Lift.,", "{day: mon, activities: [easy-run, strength], note: Lift.,", 1)
    assert text != mini_text, "mini.yaml's Monday changed"
    guide = load_guide_text(text)
    page = render_schedule_page(guide, guide.schedules["offseason"], "https://example.org/")
    assert "\n| Monday | Easy run + [Strength](#mon) | Lift. |\n" in page
