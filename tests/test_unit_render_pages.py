"""The generated pages of the tiny guide as Markdown strings: what the plan page says about the season's rules, the
links each page makes (a link to the page it is on becomes a bare anchor), the data the plan picker, the session view
and the log read from their page (read back with json), and a muscle's page. Expectations are written by hand from
tests/data/mini.yaml."""

from __future__ import annotations

import json
import re

import pytest

from generator.load import load_guide_text
from generator.render import render_site
from tests.test_unit_render_data import TAPER, edited

# Prose that links to the page it is printed on: the plan's levels, the glossary's own entry, the log's advice, a
# muscle's weakness.
SELF_LINKS = {
    "summary: Build., phase: offseason": "summary: 'Build; see [the levels](plan/#levels).', phase: offseason",
    "more: Like a bridge.": "more: 'Like a bridge, [here](glossary/#hinge).'",
    "advice: Rest until well.": "advice: 'Rest, then [restart](log/#after-a-gap).'",
    "in_the_stride: [They spring.]": "in_the_stride: ['They spring; see [weakness](anatomy/calves/#weakness).']",
}
# Rules with one, two and three kinds of run, an exercise that counts as high-impact by name, and a stage with three
# categories.
RULES = {
    "strength: {not_on: [hard, long]": "strength: {not_on: [hard]",
    "not_after: [hard, long]": "not_after: [long, hard, easy]",
    "impact: {categories: [plyometric], exercises: []": "impact: {categories: [plyometric], exercises: [calf-raise]",
    "categories: [bodyweight], reps_in_reserve: {min: 2, max: 3}}": "categories: [bodyweight, weighted, plyometric], reps_in_reserve: {min: 2, max: 3}}",
}


@pytest.fixture
def pages(mini_text: str) -> dict[str, str]:
    return render_site(load_guide_text(edited(edited(mini_text, SELF_LINKS), RULES)), site_url="https://coaches.runclub.net/").pages


@pytest.mark.parametrize(
    "line",
    [
        "- In a week with running, strength goes on easy or short run days: never on a day with a key run, and never the day before one.",
        "- Nothing explosive or high-impact (plyometric and dynamic exercises and Calf raise) the day after a long run, key run or easy run"
        " or the day before a key run or long run. Tendons.",
        "- **Intermediate:** bodyweight and plyometric and dynamic exercises.",
        "- **Base:** bodyweight, weighted and plyometric and dynamic exercises.",
        "- **Recovery:** bodyweight exercises, up to rung 1 of each ladder.",
        "- **Base** (13-52 weeks before race week; 2-3 strength sessions a week; effort 2-3 RIR): Build; see [the levels](#levels).",
        "- **Sharpen** (0-12 weeks before race week; 1-2 strength sessions a week; effort 3-4 RIR; 30% fewer sets): Spring.",
        "- **Recovery** (after the race; 1-2 strength sessions a week; effort 4-5 RIR): Rest.",
        "**Effort.** Every week states its effort target as Reps in reserve (RIR): Bend at the hips. See [the glossary](glossary.md#hinge).",
        "Ease off; see [safety](safety.md).",
        "- **Knee:** Single-leg glute bridge.",
    ],
)
def test_the_plan_page_words_the_seasons_rules_from_the_data(pages: dict[str, str], line: str) -> None:
    assert f"\n{line}\n" in pages["plan.md"]


def test_a_race_week_stage_and_single_figures_read_as_such(mini_text: str) -> None:
    plan = render_site(load_guide_text(edited(mini_text, TAPER)), site_url="https://coaches.runclub.net/").pages["plan.md"]
    assert "\n- **Taper &#124; rest** (race week; 1 strength session a week; effort 4-4 R&#124;R): Fresh.\n" in plan
    assert "\n- Never two strength days closer than 3 days apart;" in plan
    assert " and 2 weeks of Recovery follow the race.\n" in plan


def template_data(page: str, ident: str) -> object:
    [found] = re.findall(rf'<template id="{ident}">(.*?)</template>', page, flags=re.S)
    return json.loads(found)


def test_the_picker_session_view_and_log_read_their_data_from_their_page(pages: dict[str, str]) -> None:
    plan = template_data(pages["plan.md"], "pcg-plan-data")
    assert plan["safety_url"] == "safety/" and plan["weekdays"][0] == {"slug": "mon", "name": "Monday"}  # type: ignore[index]
    for page in ("session.md", "log.md"):
        logged = template_data(pages[page], "pcg-log-data")
        assert list(logged["sessions"]) == ["offseason/mon", "offseason/thu"]  # type: ignore[index]
        assert logged["illness"] == {"name": "Ill", "advice": "Rest, then restart."}  # type: ignore[index]


@pytest.mark.parametrize(
    ("path", "links"),
    [
        ("anatomy/index.md", ["[Glutes](glutes.md): Hip extensors.", "[how the chain works together](chain.md)"]),
        ("schedules/index.md", ["[Offseason week](offseason.md): A week.", "[plan picker](../plan.md)"]),
        ("plan.md", ["[Offseason week](schedules/offseason.md).", "[the levels](#levels)"]),
        ("session.md", ["[training log](log.md)"]),
        ("log.md", ["[sample week](schedules/index.md)", "[your plan](plan.md)", "Rest, then [restart](#after-a-gap)"]),
        ("glossary.md", ["Bend at the hips. Like a bridge, [here](#hinge)."]),
        ("anatomy/calves.md", ["They spring; see [weakness](#weakness).", "[Calf raise](../exercises/calf-raise.md)"]),
    ],
)
def test_each_page_links_from_where_it_is(pages: dict[str, str], path: str, links: list[str]) -> None:
    for link in links:
        assert link in pages[path]


def test_the_chain_and_each_muscle_are_highlighted_as_targets_and_named_in_the_label(pages: dict[str, str]) -> None:
    index, calves = pages["anatomy/index.md"], pages["anatomy/calves.md"]
    assert 'aria-label="Front and back views of a runner, highlighting Glutes, Calves"' in index
    assert re.findall(r'pcg-body__muscle--(\w+)" data-muscle="([a-z-]+)"', index) == [("target", "glutes"), ("target", "calves")]
    assert 'aria-label="Front and back views of a runner, highlighting Calves"' in calves
    assert re.findall(r'pcg-body__muscle--(\w+)" data-muscle="([a-z-]+)"', calves) == [("target", "calves")]
    assert calves.startswith('---\ntitle: "Calves"\ndescription: "Springs."\n---\n')
