"""Data text into Markdown, read back by Python-Markdown with the site's own extensions, as MkDocs would read it."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest

from generator.load import load_guide_text
from generator.problems import Problem
from generator.render.markup import md_prose, md_text, md_words, plain_text

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]


def html(markdown_text: str) -> str:
    return markdown.markdown(markdown_text, extensions=EXTENSIONS)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag + "".join(f" {name}={value}" for name, value in attrs))

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def read(markdown_text: str) -> tuple[str, list[str]]:
    """(visible text, opening tags with their attributes) of the HTML that Markdown makes."""
    reader = _Text()
    reader.feed(html(markdown_text))
    return "".join(reader.parts).strip(), reader.tags


@pytest.mark.parametrize(
    "text",
    [
        "1. not a list",
        "# not a heading",
        "- not a list",
        "+ not a list",
        "= not an underline",
        "> not a quote",
        "!!! note not an admonition",
        "Bridge { tabindex=0 autofocus onfocus=alert(1) }",
        "![d](x.png){ onerror=alert(1) }",
        "Bridge](javascript:alert(1)) [x",
        "<b onmouseover=alert(1)>b</b> &amp; &lt;",
        "a | b",
        "*a* _b_ `c` \\d ~~e~~",
    ],
)
def test_plain_text_reads_back_as_typed_in_a_paragraph_a_list_item_a_heading_and_a_cell(text: str) -> None:
    escaped = md_text(text)
    assert read(escaped) == (text, ["p"])
    assert read(f"- {escaped}") == (text, ["ul", "li"])
    assert read(f"# {escaped}")[0] == text
    shown, tags = read(f"| A | B |\n| --- | --- |\n| {escaped} | after |")
    assert tags.count("td") == 2 and shown.endswith(f"{text}\nafter")


def test_line_breaks_in_text_join_into_one_line() -> None:
    assert read(md_text("one\n# two\n---\n- three")) == ("one # two --- - three", ["p"])


def test_prose_keeps_its_allowed_formatting_and_links(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    here = "exercises/calf-raise.md"
    text = "**Drive** the *hips* with `3 s` down; see [glutes](anatomy/glutes/#stride), [bridge](exercises/one-leg-bridge/) and [a study](https://example.org/a_(b))."
    shown, tags = read(md_prose(text, guide, here))
    assert shown == "Drive the hips with 3 s down; see glutes, bridge and a study."
    assert tags == [
        "p", "strong", "em", "code", "a href=../anatomy/glutes.md#stride", "a href=single-leg-glute-bridge.md", "a href=https://example.org/a_%28b%29",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["[x](javascript:alert(1))", "![d](x.png){ onerror=alert(1) }", "<https://example.org>", "[x](http://example.org/)", "[x](//evil.example/)"],
)
def test_prose_drops_links_the_guide_does_not_allow(mini_text: str, text: str) -> None:
    shown, tags = read(md_prose(text, load_guide_text(mini_text), "exercises/calf-raise.md"))
    assert "a" not in [tag.split()[0] for tag in tags]
    assert "alert" not in " ".join(tags)


def test_prose_as_plain_words_for_calendars_and_json() -> None:
    assert plain_text("**Drive** the *hips*\nwith `3 s` down, see [glutes](anatomy/glutes/).") == "Drive the hips with 3 s down, see glutes."


def test_messages_escape_control_characters_echoed_from_the_data() -> None:
    problem = Problem("exercises.yaml", 3, 9, "exercises[0].slug", "'\x1b[31mred\x1b[0m\u202e' is not a valid slug")
    assert str(problem) == "exercises.yaml:3:9: exercises[0].slug: '\\x1b[31mred\\x1b[0m\\u202e' is not a valid slug"


@pytest.mark.parametrize(
    ("items", "written"),
    [
        ([], ""),
        (["glutes"], "glutes"),
        (["glutes", "calves"], "glutes and calves"),
        (["glutes", "hamstrings", "calves"], "glutes, hamstrings and calves"),
        (["a*b", "<c>"], "a&#42;b and &#60;c&#62;"),
    ],
)
def test_a_list_in_words_keeps_its_spaces_and_escapes_each_item(items: list[str], written: str) -> None:
    assert md_words(items) == written
