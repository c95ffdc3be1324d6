"""Hand-written chapters as every engine reads them: the links found in them (outside code), links to a renamed
exercise followed to its new page, `{{ guide.... }}` figures filled in, and links to no page reported at the
chapter's line and column."""

from __future__ import annotations

import pytest

from generator.chapter_links import Link, check_chapter_links, find_links, link_target
from generator.chapters import fill_figures, follow_renames, prepare_chapter, split_front_matter
from generator.problems import GuideError

FENCED = "```\n[a](in-code.md)\n```\n[b](after.md)\n"


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("See [a](x.md).", [Link(1, 9, "x.md")]),
        ("[a]( <x y.md>) and [b](<z.md>)", [Link(1, 7, "x"), Link(1, 25, "z.md")]),
        ("Intro\n\n[bj]: exercises/box-jump.md\n   [c]: <c.md>\n    [d]: d.md", [Link(3, 7, "exercises/box-jump.md"), Link(4, 10, "c.md")]),
        ("<a href=\"h.md\">x</a> <a class=x href = 'i.md'>", [Link(1, 10, "h.md"), Link(1, 41, "i.md")]),
        # Reference definition and link on one line come by kind: inline links first, then definitions, then hrefs.
        ("[r]: r.md [i](i.md) <a href='h.md'>", [Link(1, 15, "i.md"), Link(1, 6, "r.md"), Link(1, 30, "h.md")]),
        ("`[a](code.md)` [b](b.md) ``x ` [c](c.md)`` [d](d.md)", [Link(1, 20, "b.md"), Link(1, 48, "d.md")]),
        (FENCED, [Link(4, 5, "after.md")]),
        ("   ~~~\n[a](in.md)\n```\n[b](in.md)\n~~~~\n[c](c.md)", [Link(6, 5, "c.md")]),
        ("````\n```\n[a](in.md)\n````\n[b](b.md)", [Link(5, 5, "b.md")]),
        ("```\n[a](in.md)\n````` \n[b](b.md)", [Link(4, 5, "b.md")]),
        ("    ```\n[a](a.md)", [Link(2, 5, "a.md")]),  # four spaces: indented code, not a fence
        ("``\n[a](a.md)", [Link(2, 5, "a.md")]),
    ],
)
def test_links_are_found_outside_code_with_their_line_and_column(text: str, links: list[Link]) -> None:
    assert list(find_links(text)) == links


@pytest.mark.parametrize(
    ("chapter", "target", "found"),
    [
        ("safety.md", "exercises/box-jump.md", ("exercises/box-jump.md", "")),
        ("anatomy/chain.md", "../exercises/box-jump.md#cues", ("exercises/box-jump.md", "#cues")),
        ("anatomy/chain.md", "calves.md?x=1#top", ("anatomy/calves.md", "#top")),
        ("anatomy/chain.md", "./calves.md#", ("anatomy/calves.md", "")),
        ("safety.md", "Notes/Tips.MD", ("Notes/Tips.MD", "")),
        ("safety.md", "my%20notes.md", ("my notes.md", "")),
        ("a/b/c.md", "../../index.md", ("index.md", "")),
        ("safety.md", "https://example.com/page.md", None),
        ("safety.md", "//example.com/page.md", None),
        ("safety.md", "mailto:coach@example.md", None),
        ("safety.md", "/exercises/box-jump.md", None),
        ("safety.md", "#cues", None),
        ("safety.md", "?q=1", None),
        ("safety.md", "img/logo.png", None),
        ("safety.md", "exercises/", None),
        ("safety.md", "../outside.md", None),
        ("a/b.md", "../../outside.md", None),
    ],
)
def test_a_relative_link_to_a_markdown_page_names_its_docs_path(chapter: str, target: str, found: tuple[str, str] | None) -> None:
    assert link_target(chapter, target) == found


PAGES = {"index.md", "safety.md", "notes/tricks.md", "exercises/box-jump.md", "anatomy/calves.md", "schedules/offseason.md"}
SLUGS = {"exercises": ["box-jump", "one-leg-bridge"], "anatomy": ["calves"], "schedules": ["offseason"]}


def test_links_to_pages_written_generated_or_redirected_pass() -> None:
    chapters = {
        "index.md": "[a](safety.md) [b](exercises/box-jump.md#cues) [c](exercises/one-leg-bridge.md) [d](https://example.com/x.md) [e](img/x.png)",
        "notes/tricks.md": "[back](../index.md) [calves](../anatomy/calves.md) `[x](nowhere.md)`",
    }
    assert check_chapter_links(chapters, "content", PAGES, {"exercises/one-leg-bridge.md": "exercises/box-jump.md"}, SLUGS) == []


def test_a_link_to_no_page_is_located_in_its_chapter_with_a_hint() -> None:
    chapters = {
        "safety.md": "# Safety\n\n[x](exercises/box-jmp.md)\n[y](anatomy/zzz.md) [z](schedule/offseason.md)\n",
        "notes/tricks.md": "See [home](../index.md), then [this](trick.md).\n",
        "index.md": "[old](old.md)\n",
    }
    problems = check_chapter_links(chapters, "pages", PAGES, {"exercises/one-leg-bridge.md": "exercises/box-jump.md"}, SLUGS)
    assert [str(problem) for problem in problems] == [
        "pages/index.md:1:7: link 'old.md' goes nowhere: there is no page old.md",
        "pages/notes/tricks.md:1:38: link 'trick.md' goes nowhere: there is no page notes/trick.md (did you mean 'notes/tricks.md'?)",
        "pages/safety.md:3:5: link 'exercises/box-jmp.md' goes nowhere: no exercise page has the slug 'box-jmp' (did you mean 'box-jump'?)",
        "pages/safety.md:4:5: link 'anatomy/zzz.md' goes nowhere: no anatomy page has the slug 'zzz'",
        "pages/safety.md:4:25: link 'schedule/offseason.md' goes nowhere: there is no page schedule/offseason.md (did you mean 'schedules/offseason.md'?)",
    ]


@pytest.mark.parametrize(
    ("text", "front", "meta", "body"),
    [
        ("---\ntitle: Season\nrender_macros: true\n---\n# Season\n", "---\ntitle: Season\nrender_macros: true\n---\n", {"title": "Season", "render_macros": True}, "# Season\n"),
        ("---  \ntitle: A\n...\nBody", "---  \ntitle: A\n...\n", {"title": "A"}, "Body"),
        ("---\n# only a comment\n---\nBody", "---\n# only a comment\n---\n", {}, "Body"),
        ("---\n- a\n- list\n---\nBody", "---\n- a\n- list\n---\n", {}, "Body"),
        ("---\ntitle: [unclosed\n---\nBody", "---\ntitle: [unclosed\n---\n", {}, "Body"),
        ("# No front matter\n---\nx: 1\n---\n", "", {}, "# No front matter\n---\nx: 1\n---\n"),
        ("---\ntitle: A\n", "", {}, "---\ntitle: A\n"),
    ],
)
def test_front_matter_is_split_from_the_body_as_written(text: str, front: str, meta: dict, body: str) -> None:
    assert split_front_matter(text) == (front, meta, body)


RENAMES = {"exercises/one-leg-bridge.md": "exercises/single-leg-glute-bridge.md"}


@pytest.mark.parametrize(
    ("src", "markdown", "followed"),
    [
        (
            "safety.md",
            "Try [it](exercises/one-leg-bridge.md) and [its cues](exercises/one-leg-bridge.md#cues), [x](exercises/box-jump.md).\n",
            "Try [it](exercises/single-leg-glute-bridge.md) and [its cues](exercises/single-leg-glute-bridge.md#cues), [x](exercises/box-jump.md).\n",
        ),
        (
            "anatomy/chain.md",
            "# Chain\r\n\r\n[ref]: ../exercises/one-leg-bridge.md\n<a href='../exercises/one-leg-bridge.md'>",
            "# Chain\r\n\r\n[ref]: ../exercises/single-leg-glute-bridge.md\n<a href='../exercises/single-leg-glute-bridge.md'>",
        ),
        (
            "exercises/notes.md",
            "[a](one-leg-bridge.md) `[b](one-leg-bridge.md)`\n```\n[c](one-leg-bridge.md)\n```\n",
            "[a](single-leg-glute-bridge.md) `[b](one-leg-bridge.md)`\n```\n[c](one-leg-bridge.md)\n```\n",
        ),
        ("safety.md", "[web](https://example.com/exercises/one-leg-bridge.md)", "[web](https://example.com/exercises/one-leg-bridge.md)"),
    ],
)
def test_links_to_a_former_slug_lead_to_the_current_page(src: str, markdown: str, followed: str) -> None:
    assert follow_renames(src, markdown, RENAMES) == followed


FACTS = {"rest": {"heavy": "60-90 seconds"}, "counts": {"exercises": 4}, "link": "[<b>x</b>](plan.md)"}


@pytest.mark.parametrize(
    ("markdown", "filled"),
    [
        ("Rest {{ guide.rest.heavy }}; {{ guide.counts.exercises }} exercises.\n", "Rest 60-90 seconds; 4 exercises.\n"),
        ("{{ guide.link }} on {{ here }}", "[<b>x</b>](plan.md) on notes/season.md"),
        ("No figures, {# a comment #}here.\n\n", "No figures, here.\n\n"),
    ],
)
def test_figures_are_filled_in_from_the_data_as_written(markdown: str, filled: str) -> None:
    assert fill_figures("notes/season.md", markdown, FACTS, label="content") == filled


@pytest.mark.parametrize(
    ("markdown", "first_line", "message"),
    [
        ("# Season\n\nRest {{ guide.rest.heav }}.\n", None, "content/season.md:3:1: 'dict object' has no attribute 'heav'; the figures a chapter can use are guide.rest, guide.counts, guide.link"),
        ("# Season\n\n{{ guide.nope }}\n", 4, "content/season.md:6:1: 'dict object' has no attribute 'nope'; the figures a chapter can use are guide.rest, guide.counts, guide.link"),
        ("# Season\n{{ guide.rest. }}\n", 5, "content/season.md:6:1: template syntax: expected name or number"),
        ("{% if %}\n", 1, "content/season.md:1:1: template syntax: Expected an expression, got 'end of statement block'"),
    ],
)
def test_an_unknown_figure_is_a_located_problem(markdown: str, first_line: int | None, message: str) -> None:
    where = {} if first_line is None else {"first_line": first_line}  # None: a chapter without front matter
    with pytest.raises(GuideError) as caught:
        fill_figures("season.md", markdown, FACTS, label="content", **where)
    assert caught.value.report() == f"{message}\n1 problem found"


@pytest.mark.parametrize(
    ("meta", "prepared"),
    [
        ({"render_macros": True}, "Rest 60-90 seconds. See [it](exercises/single-leg-glute-bridge.md)."),
        ({"render_macros": False}, "Rest {{ guide.rest.heavy }}. See [it](exercises/single-leg-glute-bridge.md)."),
        ({}, "Rest {{ guide.rest.heavy }}. See [it](exercises/single-leg-glute-bridge.md)."),
    ],
)
def test_a_chapter_has_its_links_followed_and_figures_filled_only_when_it_asks(meta: dict, prepared: str) -> None:
    body = "Rest {{ guide.rest.heavy }}. See [it](exercises/one-leg-bridge.md)."
    assert prepare_chapter("safety.md", body, meta, renames=RENAMES, facts=FACTS, label="content") == prepared


@pytest.mark.parametrize(("where", "line"), [({"first_line": 4}, 5), ({}, 2)])
def test_a_figure_problem_in_a_chapter_counts_lines_from_its_front_matter(where: dict[str, int], line: int) -> None:
    with pytest.raises(GuideError) as caught:
        prepare_chapter("season.md", "\n{{ guide.nope }}", {"render_macros": True}, renames={}, facts=FACTS, label="pages", **where)
    assert str(caught.value.problems[0]).startswith(f"pages/season.md:{line}:1: 'dict object' has no attribute 'nope'")
