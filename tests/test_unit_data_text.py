"""The rules for free text in the data: which characters are refused and how a message names them, how a problem
prints in a terminal, which links prose may hold, and how every free-text field is found from the schema alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pydantic import BaseModel, Field

from generator.fields import text_fields, text_kind
from generator.problems import GuideError, Problem, did_you_mean, terminal_text
from generator.prose import Link, inline_tokens, link_targets, read_link
from generator.schema import Line, Prose
from generator.text_rules import check_line, check_prose, describe_char, first_hidden_char, is_hidden


@pytest.mark.parametrize(
    ("char", "described"),
    [
        ("\x00", "U+0000 (NULL)"),
        ("\x07", "U+0007 (BELL)"),
        ("\x08", "U+0008 (BACKSPACE)"),
        ("\t", "U+0009 (TAB)"),
        ("\n", "U+000A (LINE FEED)"),
        ("\r", "U+000D (CARRIAGE RETURN)"),
        ("\x1b", "U+001B (ESCAPE)"),
        ("\x7f", "U+007F (DELETE)"),
        ("\x85", "U+0085 (NEXT LINE)"),
        ("\x01", "U+0001 (control character)"),
        ("\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
        ("\U0001f600", "U+1F600 (GRINNING FACE)"),
        ("a", "U+0061 (LATIN SMALL LETTER A)"),
    ],
)
def test_a_character_is_named_by_its_code_point_and_name(char: str, described: str) -> None:
    assert describe_char(char) == described


@pytest.mark.parametrize(
    ("char", "hidden"),
    [
        ("\x00", True),
        ("\x1f", True),
        ("\x7f", True),
        ("\x9f", True),
        ("\u2028", True),
        ("\u2029", True),
        ("\u202a", True),
        ("\u202e", True),
        ("\u2066", True),
        ("\u2069", True),
        (" ", False),
        ("\xa0", False),
        ("\u2027", False),
        ("\u202f", False),
        ("\u2065", False),
        ("\u206a", False),
        ("\u00e9", False),
    ],
)
def test_control_and_direction_characters_are_hidden_and_others_are_not(char: str, hidden: bool) -> None:
    assert is_hidden(char) is hidden


@pytest.mark.parametrize(
    ("text", "allow_newline", "found"),
    [
        ("plain", False, None),
        ("two\nlines", True, None),
        ("two\nlines", False, "\n"),
        ("a\nb\x1bc\x07", True, "\x1b"),
        ("a\rb", True, "\r"),
    ],
)
def test_the_first_hidden_character_is_found(text: str, allow_newline: bool, found: str | None) -> None:
    assert first_hidden_char(text, allow_newline=allow_newline) == found


@pytest.mark.parametrize(
    ("check", "text", "message"),
    [
        (check_line, "Glute\nbridge", "must be one line: remove the line break (in YAML, a '|' or '>' block keeps a final one; use '>-')"),
        (check_line, "Glute\x1b[31m", "holds the invisible character U+001B (ESCAPE) at position 6; delete it"),
        (check_line, "\u2066x", "holds the invisible character U+2066 (LEFT-TO-RIGHT ISOLATE) at position 1; delete it"),
        (check_line, " \t", "holds the invisible character U+0009 (TAB) at position 2; delete it"),
        (check_line, "a\x07b\x07", "holds the invisible character U+0007 (BELL) at position 2; delete it"),
        (check_line, "   ", "is blank: write the text or remove the entry"),
        (check_line, "", "is blank: write the text or remove the entry"),
        (check_prose, "Lie\ndown\x00.", "holds the invisible character U+0000 (NULL) at position 9; delete it"),
        (check_prose, "\n \n", "is blank: write the text or remove the entry"),
    ],
)
def test_free_text_with_a_hidden_character_or_no_words_is_refused(check: Callable[[str], str], text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        check(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(("check", "text"), [(check_line, " Glute bridge "), (check_prose, "Lie down.\nLift the hips.")])
def test_good_free_text_is_kept_as_written(check: Callable[[str], str], text: str) -> None:
    assert check(text) == text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain caf\u00e9 \u2014 ok", "plain caf\u00e9 \u2014 ok"),
        ("\x00\x1b[2J\x7f\x9f", "\\x00\\x1b[2J\\x7f\\x9f"),
        ("a\u2028b\u2067c", "a\\u2028b\\u2067c"),
        ("line\nbreak", "line\\x0abreak"),
    ],
)
def test_terminal_text_shows_hidden_characters_as_escapes(text: str, shown: str) -> None:
    assert terminal_text(text) == shown


def test_problems_sort_by_file_then_line_then_column() -> None:
    problems = [Problem("b.yaml", 1, 1, "", "x"), Problem("a.yaml", 9, 2, "", "x"), Problem("a.yaml", 9, 1, "z", "x"), Problem("a.yaml", 10, 1, "", "x")]
    assert [(p.file, p.line, p.col) for p in GuideError(problems).problems] == [("a.yaml", 9, 1), ("a.yaml", 9, 2), ("a.yaml", 10, 1), ("b.yaml", 1, 1)]
    assert GuideError([]).report() == "0 problems found"


@pytest.mark.parametrize(
    ("word", "choices", "hint"),
    [
        ("abcxy", ["abcde"], " (did you mean 'abcde'?)"),  # 3 of 5 letters in common: just close enough
        ("abxyz", ["abcde"], ""),
        ("glutes", ["calves", "glutes", "glute"], " (did you mean 'glutes'?)"),
        ("x", [], ""),
    ],
)
def test_a_suggestion_needs_three_fifths_in_common(word: str, choices: list[str], hint: str) -> None:
    assert did_you_mean(word, choices) == hint


@pytest.mark.parametrize(
    ("href", "link"),
    [
        ("exercises/glute-bridge/", Link(segments=("exercises", "glute-bridge"))),
        ("anatomy/glutes/#stride", Link(segments=("anatomy", "glutes"), anchor="stride")),
        ("safety", Link(segments=("safety",))),
        ("#top", Link(anchor="top")),
        ("https://example.com", Link(url="https://example.com")),
        ("https://example.com:8080/a?b=c#d", Link(url="https://example.com:8080/a?b=c#d")),
        ("", None),
        ("Exercises/", None),
        ("a//b", None),
        ("../x/", None),
        ("x/#Top", None),
        ("-a/", None),
        ("x.png", None),
        ("http://example.com", None),
        ("https://", None),
        ("https://exa mple.com", None),
        ("https://example.com/<b>", None),
        ("javascript:alert(1)", None),
    ],
)
def test_a_link_goes_to_a_guide_page_or_an_https_address(href: str, link: Link | None) -> None:
    assert read_link(href) == link


def test_prose_keeps_emphasis_code_and_links_and_nothing_else() -> None:
    text = "**b** *i* `c` [l](exercises/x/) \\* ![i](x.png) <https://a.b> [j](javascript:alert(1))"
    assert [(t.type, t.content) for t in inline_tokens(text) if t.type != "text" or t.content.strip()] == [
        ("strong_open", ""), ("text", "b"), ("strong_close", ""), ("em_open", ""), ("text", "i"), ("em_close", ""),
        ("code_inline", "c"), ("link_open", ""), ("text", "l"), ("link_close", ""), ("text", " * !"),
        ("link_open", ""), ("text", "i"), ("link_close", ""), ("text", " <https://a.b> "),
        ("link_open", ""), ("text", "j"), ("link_close", ""),
    ]  # fmt: skip
    # Every link is found, allowed or not, so that a check can name each refused one.
    assert link_targets(text) == ["exercises/x/", "x.png", "javascript:alert(1)"]
    assert link_targets("no links, `[a](b)` in code") == []
    assert inline_tokens("") == []


class Tip(BaseModel):
    text: Prose
    label: Line | None = None
    count: int = 0


class Page(BaseModel):
    title: Line
    slug: str
    tips: list[Prose]
    names: dict[str, Line]
    notes: list[Tip]
    more: Prose | None = None
    aliases: list[Line] | None = None
    table: dict[str, list[Prose]] = {}
    extra: Tip | None = None
    loose: list = []  # type: ignore[type-arg]


def test_every_free_text_value_is_found_with_its_path_and_kind_in_field_order() -> None:
    page = Page(
        title="Bridge",
        slug="bridge",
        tips=["Squeeze.", "Breathe."],
        names={"en": "Bridge"},
        notes=[Tip(text="Slow.", label="Tempo", count=3), Tip(text="Hold.")],
        more="See [safety](safety/).",
        aliases=["Hip lift"],
        table={"week": ["Easy.", "Hard."]},
        extra=Tip(text="Last."),
        loose=["not typed"],
    )
    assert list(text_fields(page)) == [
        (("title",), "line", "Bridge"),
        (("tips", 0), "markdown", "Squeeze."),
        (("tips", 1), "markdown", "Breathe."),
        (("names", "en"), "line", "Bridge"),
        (("notes", 0, "text"), "markdown", "Slow."),
        (("notes", 0, "label"), "line", "Tempo"),
        (("notes", 1, "text"), "markdown", "Hold."),
        (("more",), "markdown", "See [safety](safety/)."),
        (("aliases", 0), "line", "Hip lift"),
        (("table", "week", 0), "markdown", "Easy."),
        (("table", "week", 1), "markdown", "Hard."),
        (("extra", "text"), "markdown", "Last."),
    ]
    assert list(text_fields(Tip(text="x"), ("at",))) == [(("at", "text"), "markdown", "x")]


@pytest.mark.parametrize(
    ("metadata", "kind"),
    [
        ([Field(json_schema_extra={"x-text": "line"})], "line"),
        (["unrelated", Field(), Field(json_schema_extra={"x-text": "markdown"}), Field(json_schema_extra={"x-text": "line"})], "markdown"),
        ([Field(json_schema_extra={"x-text": 3}), Field(json_schema_extra={"other": "line"})], None),
        ([Field(json_schema_extra=lambda schema: None)], None),
        ([{"x-text": "line"}], None),
        ([], None),
    ],
)
def test_a_text_kind_is_read_from_the_first_x_text_string(metadata: list[object], kind: str | None) -> None:
    assert text_kind(metadata) == kind
