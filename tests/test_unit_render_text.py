"""Short labels, page paths and data text as Markdown: doses, rest, addresses, links between pages, the escaping of
plain text and prose, the glossary's abbreviation lines and robots.txt. Expectations are written by hand."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from generator.load import load_guide_text
from generator.model import Guide
from generator.prose import Link
from generator.render import robots_txt
from generator.render.env import ENV
from generator.render.glossary import glossary_abbreviations
from generator.render.markup import link_path, md_join, md_prose, md_text, plain_text
from generator.render.text import absolute_url, dose_per_set, page_url, relative, rest_label, rest_words, seconds_label
from generator.schema import Dose, Rest


@pytest.fixture
def guide(mini_text: str) -> Guide:
    return load_guide_text(mini_text)


@pytest.mark.parametrize(
    ("dose", "per_set"),
    [
        ({"reps": 8}, "8"),
        ({"reps": 8, "per_side": True}, "8 each side"),
        ({"seconds": 30}, "30 s"),
        ({"seconds": 45, "per_side": True}, "45 s each side"),
        ({"contacts": 20}, "20 contacts"),
        ({"metres": 20}, "20 m"),
    ],
)
def test_one_set_is_its_amount_in_its_unit(dose: dict[str, object], per_set: str) -> None:
    assert dose_per_set(Dose.model_validate({"sets": 3, **dose})) == per_set


@pytest.mark.parametrize(
    ("seconds", "label"),
    [(0, "0 s"), (45, "45 s"), (60, "60 s"), (90, "90 s"), (119, "119 s"), (120, "2 min"), (150, "150 s"), (180, "3 min"), (600, "10 min")],
)
def test_a_time_of_two_minutes_or_more_in_whole_minutes_reads_in_minutes(seconds: int, label: str) -> None:
    assert seconds_label(seconds) == label


def rest(low: int, high: int) -> Rest:
    return Rest(name="Rest", applies_to="Sets.", min_seconds=low, max_seconds=high)


@pytest.mark.parametrize(
    ("low", "high", "label", "words"),
    [
        (60, 90, "60-90 s", "60-90 seconds"),
        (30, 60, "30-60 s", "30-60 seconds"),
        (60, 120, "1-2 min", "60-120 seconds"),
        (120, 180, "2-3 min", "120-180 seconds"),
        (90, 180, "90-180 s", "90-180 seconds"),
        (60, 150, "60-150 s", "60-150 seconds"),
        (60, 60, "60 s", "about 60 seconds"),
        (90, 90, "90 s", "about 90 seconds"),
        (120, 120, "2 min", "about 2 minutes"),
        (150, 150, "150 s", "about 150 seconds"),
        (180, 180, "3 min", "about 3 minutes"),
    ],
)
def test_rest_reads_as_a_range_or_one_figure_in_a_table_and_in_prose(low: int, high: int, label: str, words: str) -> None:
    assert (rest_label(rest(low, high)), rest_words(rest(low, high))) == (label, words)


@pytest.mark.parametrize(
    ("src", "url"),
    [("index.md", ""), ("plan.md", "plan/"), ("exercises/index.md", "exercises/"), ("exercises/box-jump.md", "exercises/box-jump/")],
)
def test_a_page_is_served_at_its_folder(src: str, url: str) -> None:
    assert page_url(src) == url
    assert absolute_url("https://coach.example/guide/", src) == f"https://coach.example/guide/{url}"
    assert absolute_url("https://coach.example/guide", src) == f"https://coach.example/guide/{url}"
    assert absolute_url("https://coach.example/TEAM-X/", src) == f"https://coach.example/TEAM-X/{url}"


@pytest.mark.parametrize(
    ("here", "there", "link"),
    [
        ("plan.md", "safety.md", "safety.md"),
        ("a/b/c.md", "a/b/d.md", "d.md"),
        ("a/b/c.md", "x.md", "../../x.md"),
        ("a/x.md", "a/b/c.md", "b/c.md"),
        ("a/b/c.md", "a/b.md", "../b.md"),
        ("guide/x.md", "guide", "../guide"),
    ],
)
def test_links_climb_only_out_of_the_folders_the_pages_do_not_share(here: str, there: str, link: str) -> None:
    assert relative(here, there) == link


# Every character HTML or the site's Markdown extensions read as syntax, as the character reference that shows it.
REFERENCES = {
    "&": "&#38;", "<": "&#60;", ">": "&#62;", '"': "&#34;", "'": "&#39;", "\\": "&#92;", "`": "&#96;", "*": "&#42;",
    "_": "&#95;", "{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;", "#": "&#35;", "|": "&#124;", "!": "&#33;",
    "~": "&#126;",
}  # fmt: skip


@pytest.mark.parametrize(("char", "reference"), REFERENCES.items())
def test_each_syntax_character_in_plain_text_becomes_a_character_reference(char: str, reference: str) -> None:
    assert md_text(f"a{char}b") == f"a{reference}b"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("  Bridge \t\r\n hold  ", "Bridge hold"),
        ("- not a list", "&#45; not a list"),
        ("+ not a list", "&#43; not a list"),
        ("= not an underline", "&#61; not an underline"),
        (": not a definition", "&#58; not a definition"),
        ("  - indented", "&#45; indented"),
        ("12. not a list", "12&#46; not a list"),
        ("3) not a list", "3&#41; not a list"),
        ("12 reps. Then 3. rest", "12 reps. Then 3. rest"),
        ("Set 1. Rest", "Set 1. Rest"),
        ("a-b+c=d:e", "a-b+c=d:e"),
        ("", ""),
    ],
)
def test_plain_text_is_one_line_that_cannot_start_a_list_or_an_underline(text: str, written: str) -> None:
    escaped = md_text(text)
    assert escaped == written and isinstance(escaped, Markup)


def test_markdown_prose_keeps_its_formatting_and_escapes_the_rest(guide: Guide) -> None:
    text = "  **Drive**  *up*\nwith `3 * 2` and a \\*star\\* & <b>  "
    assert md_prose(text, guide, None) == "<strong>Drive</strong> <em>up</em> with <code>3 &#42; 2</code> and a &#42;star&#42; &#38; &#60;b&#62;"
    assert md_prose("1. Lie down.", guide, None) == "1&#46; Lie down."
    assert md_prose("- Stand.", guide, "plan.md") == "&#45; Stand."


@pytest.mark.parametrize(
    ("text", "here", "written"),
    [
        ("See [the bridge](exercises/glute-bridge/).", "exercises/calf-raise.md", "See [the bridge](glute-bridge.md)."),
        ("See [the bridge](exercises/glute-bridge/).", None, "See the bridge."),
        ("[Old](exercises/one-leg-bridge/) and [after](safety/)", "plan.md", "[Old](exercises/single-leg-glute-bridge.md) and [after](safety.md)"),
        ("[Bad](javascript:alert(1)) words", "plan.md", "Bad words"),
        ("[Top](#top)", "plan.md", "[Top](index.md#top)"),
    ],
)
def test_prose_links_point_where_the_page_finds_them_or_become_their_words(guide: Guide, text: str, here: str | None, written: str) -> None:
    assert md_prose(text, guide, here) == written


@pytest.mark.parametrize(
    ("link", "here", "target"),
    [
        (Link(url="https://example.org/a_(b)"), "plan.md", "https://example.org/a_%28b%29"),
        (Link(), "exercises/box-jump.md", "../index.md"),
        (Link(anchor="start"), "plan.md", "index.md#start"),
        (Link(segments=("exercises",)), "plan.md", "exercises/index.md"),
        (Link(segments=("anatomy",)), "exercises/box-jump.md", "../anatomy/index.md"),
        (Link(segments=("schedules",)), "plan.md", "schedules/index.md"),
        (Link(segments=("exercises", "box-jump")), "anatomy/glutes.md", "../exercises/box-jump.md"),
        (Link(segments=("exercises", "one-leg-bridge")), "exercises/box-jump.md", "single-leg-glute-bridge.md"),
        (Link(segments=("anatomy", "one-leg-bridge")), "plan.md", "anatomy/one-leg-bridge.md"),
        (Link(segments=("anatomy", "glutes"), anchor="stride"), "exercises/box-jump.md", "../anatomy/glutes.md#stride"),
        (Link(segments=("safety",)), "exercises/box-jump.md", "../safety.md"),
        (Link(segments=("anatomy", "chain", "more")), "plan.md", "anatomy/chain/more.md"),
        (Link(segments=("plan",), anchor="stages"), "plan.md", "#stages"),
        (Link(segments=("plan",)), "plan.md", "#"),
        (Link(segments=("exercises", "box-jump")), "exercises/box-jump.md", "#"),
    ],
)
def test_a_prose_link_targets_the_source_page_of_the_address_it_names(guide: Guide, link: Link, here: str, target: str) -> None:
    assert link_path(link, guide, here) == target


def test_prose_as_plain_words_keeps_code_and_link_text_on_one_line() -> None:
    assert plain_text("  **Hold**\n\n`30 s`,\tthen [rest](safety/).  ") == "Hold 30 s, then rest."


def test_joined_items_are_each_escaped_unless_already_markup() -> None:
    joined = md_join(["a|b", Markup("<em>c</em>"), 3], ", ")
    assert joined == "a&#124;b, <em>c</em>, 3" and isinstance(joined, Markup)
    assert md_join(["x", "y"]) == "xy"


def test_templates_escape_every_string_for_markdown_and_html_and_leave_markup_alone() -> None:
    template = ENV.from_string("{{ text }} / {{ markup }} / {{ number }} / {{ items|join(' + ') }}")
    shown = template.render(text="# <b>|", markup=Markup("<i>ok</i>"), number=7, items=["*a*", "b"])
    assert shown == "&#35; &#60;b&#62;&#124; / <i>ok</i> / 7 / &#42;a&#42; + b"


def test_every_form_of_each_glossary_term_gets_an_abbreviation_line(mini_text: str) -> None:
    terms = mini_text.replace(
        "  - {slug: hinge, term: Hinge, forms: [hinge], short: Bend at the hips., more: Like a bridge.}\n",
        "  - {slug: hinge, term: Hinge, forms: [hinge, Hinges], short: Bend at the hips.}\n  - {slug: rir, term: RIR, forms: [RIR], short: Reps left.}\n",
    )
    assert glossary_abbreviations(load_guide_text(terms)) == "\n\n*[hinge]: Bend at the hips.\n*[Hinges]: Bend at the hips.\n*[RIR]: Reps left.\n"


def test_robots_txt_allows_everything_and_names_the_sitemap() -> None:
    expected = "User-agent: *\nAllow: /\nSitemap: https://coach.example/guide/sitemap.xml\n"
    assert robots_txt("https://coach.example/guide/") == robots_txt("https://coach.example/guide") == expected
    assert robots_txt("https://coach.example/TEAM-X/").endswith("\nSitemap: https://coach.example/TEAM-X/sitemap.xml\n")


def test_a_guide_without_a_glossary_appends_nothing(guide: Guide) -> None:
    assert glossary_abbreviations(Guide.from_data(guide.data.model_copy(update={"glossary": []}))) == ""
