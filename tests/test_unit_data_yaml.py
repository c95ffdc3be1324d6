"""Strict YAML reading on small in-memory files: the plain data each value becomes, where each value and key was
found, and the exact located problem an author reads for every YAML construct the guide refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.problems import GuideError
from generator.strict_yaml import Located, parse_yaml, read_yaml


def refusal(text: str) -> list[str]:
    """The report lines of a file that cannot be read at all."""
    with pytest.raises(GuideError) as caught:
        parse_yaml(text, "x.yaml")
    return [str(problem) for problem in caught.value.problems]


QUOTE_IT = "; quote it (\"{0}\") or write what you mean"


@pytest.mark.parametrize(
    ("value", "data"),
    [
        ("10", 10),
        ("-3", -3),
        ("+4", 4),
        ("0", 0),
        ("2.5", 2.5),
        (".5", 0.5),
        ("-2.5", -2.5),
        ("1.5e+3", 1500.0),
        ("1e3", "1e3"),  # no dot: YAML 1.1 reads it as text
        ("True", True),
        ("TRUE", True),
        ("false", False),
        ("False", False),
        ("~", None),
        ("null", None),
        ("", None),
        ("2026-05-01", "2026-05-01"),
        ("=", "="),
        ('"yes"', "yes"),
        ("'010'", "010"),
        ('"1:30"', "1:30"),
        ("! text", "text"),
        ("|\n  two\n  lines", "two\nlines\n"),
        (">-\n  folded\n  line", "folded line"),
        ("123456789012345", 123456789012345),
        ("1.23456789012345", 1.23456789012345),
        ("v1234567890123456789", "v1234567890123456789"),
        ("[1, [2, []], {b: c}]", [1, [2, []], {"b": "c"}]),
    ],
)
def test_a_plain_or_quoted_scalar_becomes_the_value_it_reads_as(value: str, data: object) -> None:
    located = parse_yaml(f"a: {value}\n", "x.yaml")
    assert located.problems == []
    assert located.data == {"a": data}
    assert type(located.data["a"]) is type(data)


@pytest.mark.parametrize(
    ("value", "reading"),
    [
        ("yes", "the boolean true (YAML 1.1)"),
        ("on", "the boolean true (YAML 1.1)"),
        ("Off", "the boolean false (YAML 1.1)"),
        ("NO", "the boolean false (YAML 1.1)"),
        ("1_000", "1000 (YAML 1.1)"),
        ("0x1A", "26 (YAML 1.1)"),
        ("0b101", "5 (YAML 1.1)"),
        ("-010", "-8 (YAML 1.1 octal)"),
        ("2:05", "125 (YAML 1.1 base 60)"),
        (".inf", "the number inf (YAML 1.1)"),
        ("1_000.5", "the number 1000.5 (YAML 1.1)"),
        ("1:30.5", "the number 90.5 (YAML 1.1)"),
    ],
)
def test_a_yaml_11_reading_is_refused_and_the_value_left_out(value: str, reading: str) -> None:
    located = parse_yaml(f"kept: 1\nlist: [x, {value}]\n", "x.yaml")
    assert [str(p) for p in located.problems] == [f"x.yaml:2:11: list[1]: '{value}' would be read as {reading}" + QUOTE_IT.format(value)]
    assert located.data == {"kept": 1, "list": ["x", None]}
    assert located.bad_paths == {("list", 1)}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1234567890123456", "the number 1234567890123456... has 16 digits, more than any field allows"),
        ("-1.234567890123456", "the number -1.234567890123456... has 16 digits, more than any field allows"),
        ("123456789012345678901234", "the number 12345678901234567890... has 24 digits, more than any field allows"),
    ],
)
def test_a_number_longer_than_any_field_allows_is_refused(value: str, message: str) -> None:
    located = parse_yaml(f"n: {value}\n", "x.yaml")
    assert [str(p) for p in located.problems] == [f"x.yaml:1:4: n: {message}"]
    assert located.data == {}


def test_a_value_refused_at_the_top_leaves_no_data() -> None:
    located = parse_yaml("yes\n", "x.yaml")
    assert located.data is None
    assert [str(p) for p in located.problems] == ["x.yaml:1:1: 'yes' would be read as the boolean true (YAML 1.1)" + QUOTE_IT.format("yes")]


@pytest.mark.parametrize(
    ("text", "data", "problems"),
    [
        ("1: a\nb: 2\n", {"b": 2}, ["x.yaml:1:1: 1: the key '1' must be text; quote it"]),
        ("~: a\n", {}, ["x.yaml:1:1: ~: the key '~' must be text; quote it"]),
        ("top:\n  true: 1\n", {"top": {}}, ["x.yaml:2:3: top.true: the key 'true' must be text; quote it"]),
        ("'1': a\n", {"1": "a"}, []),
        ("on: a\nb: 2\n", {"b": 2}, ["x.yaml:1:1: on: 'on' would be read as the boolean true (YAML 1.1)" + QUOTE_IT.format("on")]),
        ("? [x]\n: 1\nb: 2\n", {"b": 2}, ["x.yaml:1:3: a key must be plain text"]),
        (
            "top:\n  ? [yes]\n  : no\n",
            {"top": {}},
            [
                "x.yaml:2:5: top: a key must be plain text",
                "x.yaml:2:6: top.?[0]: 'yes' would be read as the boolean true (YAML 1.1)" + QUOTE_IT.format("yes"),
                "x.yaml:3:5: top.?: 'no' would be read as the boolean false (YAML 1.1)" + QUOTE_IT.format("no"),
            ],
        ),
        (
            "1: yes\n",
            {},
            ["x.yaml:1:1: 1: the key '1' must be text; quote it", "x.yaml:1:4: 1: 'yes' would be read as the boolean true (YAML 1.1)" + QUOTE_IT.format("yes")],
        ),
        ("<<: {a: 1}\nb: 2\n", {"b": 2}, ["x.yaml:1:1: <<: merge keys ('<<') are not allowed; write the keys out"]),
        (
            "a: 1\nb: 2\na: {c: yes}\nd: 4\n",
            {"a": 1, "b": 2, "d": 4},
            ["x.yaml:3:1: a: duplicate key 'a' (first at line 1)", "x.yaml:3:8: a.c: 'yes' would be read as the boolean true (YAML 1.1)" + QUOTE_IT.format("yes")],
        ),
        ("- {a: 1, b: 2, a: 3}\n", [{"a": 1, "b": 2}], ["x.yaml:1:16: [0].a: duplicate key 'a' (first at line 1)"]),
    ],
)
def test_keys_must_be_text_and_each_appear_once(text: str, data: object, problems: list[str]) -> None:
    located = parse_yaml(text, "x.yaml")
    assert located.data == data
    assert [str(p) for p in located.problems] == problems


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a: *x\n", "x.yaml:1:4: alias '*x' refused: aliases are not allowed; write the value out"),
        ("a: &x [1]\n", "x.yaml:1:4: anchor '&x' refused: anchors and aliases are not allowed"),
        ("a:\n  &m {b: 1}\n", "x.yaml:2:3: anchor '&m' refused: anchors and aliases are not allowed"),
        ("&k a: 1\n", "x.yaml:1:1: anchor '&k' refused: anchors and aliases are not allowed"),
        ("!!str a: 1\n", "x.yaml:1:1: tag 'tag:yaml.org,2002:str' refused: tags are not allowed"),
        ("a: !foo x\n", "x.yaml:1:4: tag '!foo' refused: tags are not allowed"),
        ("a: 1\n---\nb: 2\n", "x.yaml:2:1: only one YAML document is allowed; remove the second '---'"),
        ("a: b: c\n", "x.yaml:1:5: YAML syntax: mapping values are not allowed in this context"),
        ('"a\n', "x.yaml:2:1: YAML syntax: found unexpected end of stream (while scanning a quoted scalar at line 1, column 1)"),
        ("- a\nb: 1\n", "x.yaml:2:1: YAML syntax: did not find expected '-' indicator (while parsing a block collection at line 1, column 1)"),
        ("ok: 1\nbell: \x07\n", "x.yaml:2:7: character U+0007 (BELL) is not allowed in YAML"),
        ("\nbell: \x07\n", "x.yaml:2:7: character U+0007 (BELL) is not allowed in YAML"),
        ("\nok: 1\nbell: \x07\n", "x.yaml:3:7: character U+0007 (BELL) is not allowed in YAML"),
        ("\x1b", "x.yaml:1:1: character U+001B (ESCAPE) is not allowed in YAML"),
        ("", "x.yaml:1:1: the file is empty"),
        ("# only a comment\n", "x.yaml:1:1: the file is empty"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_at_the_first_problem(text: str, problem: str) -> None:
    assert refusal(text) == [problem]


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        ("a: 1\nb:\tx\n", ["x.yaml:2:3: tab character: indent and separate with spaces"]),
        ("\ta: 1\n", ["x.yaml:1:1: tab character: indent and separate with spaces"]),
        ("a: 1\rb: 2\n", ["x.yaml:1:5: character U+000D (CARRIAGE RETURN) breaks lines differently in YAML and in editors; delete it"]),
        (
            "a: x\u2028y\nb: \u2029\nc: \x85\n",
            [
                "x.yaml:1:5: character U+2028 (LINE SEPARATOR) breaks lines differently in YAML and in editors; delete it",
                "x.yaml:2:4: character U+2029 (PARAGRAPH SEPARATOR) breaks lines differently in YAML and in editors; delete it",
                "x.yaml:3:4: character U+0085 (NEXT LINE) breaks lines differently in YAML and in editors; delete it",
            ],
        ),
    ],
)
def test_tabs_and_unusual_line_breaks_are_refused_on_every_line(text: str, problems: list[str]) -> None:
    assert refusal(text) == problems


def test_windows_line_endings_and_a_byte_order_mark_read_as_usual() -> None:
    located = parse_yaml("\ufeffa: 1\r\nb:\r\n  - c\r\n", "x.yaml")
    assert located.data == {"a": 1, "b": ["c"]}
    assert located.marks[("b", 0)] == (3, 5)


def test_nesting_is_limited_to_32_levels() -> None:
    deepest = parse_yaml("a: " + "[" * 32 + "]" * 32 + "\n", "x.yaml").data["a"]
    for _ in range(31):
        deepest = deepest[0]
    assert deepest == []
    assert refusal("a: " + "[" * 33 + "]" * 33 + "\n") == ["x.yaml:1:36: nested more than 32 levels deep; the guide's data is never this deep"]


def test_every_value_and_key_is_located() -> None:
    located = parse_yaml("\n\nname: Bridge\nsteps:\n  - Lie down.\n  - {cue: Squeeze}\n", "x.yaml")
    assert located.file == "x.yaml"
    assert located.marks == {(): (3, 1), ("name",): (3, 7), ("steps",): (5, 3), ("steps", 0): (5, 5), ("steps", 1): (6, 5), ("steps", 1, "cue"): (6, 11)}
    assert located.key_marks == {("name",): (3, 1), ("steps",): (4, 1), ("steps", 1, "cue"): (6, 6)}
    assert located.where(("steps",)) == (5, 3)  # a value's own place unless its key's is asked for


@pytest.mark.parametrize(
    ("path", "key", "where"),
    [
        (("steps",), False, (5, 3)),
        (("steps",), True, (4, 1)),
        (("steps", 0), True, (5, 5)),  # a list item has no key: its value's place
        (("steps", 1, "cue", "x"), False, (6, 11)),
        (("steps", 7, "cue"), False, (5, 3)),
        (("missing",), True, (3, 1)),  # nothing nearer than the document itself
    ],
)
def test_a_path_is_placed_at_itself_or_its_nearest_located_parent(path: tuple[str | int, ...], key: bool, where: tuple[int, int]) -> None:
    located = parse_yaml("\n\nname: Bridge\nsteps:\n  - Lie down.\n  - {cue: Squeeze}\n", "x.yaml")
    assert located.where(path, key=key) == where


def test_a_path_in_data_never_read_is_placed_at_the_start() -> None:
    assert Located("x.yaml").where(("a", 1)) == (1, 1)


def test_a_file_is_read_as_utf8_and_named_as_asked(tmp_path: Path) -> None:
    path = tmp_path / "guide.yaml"
    path.write_bytes("\ufeffname: Gl\u00fcte\n".encode())
    assert read_yaml(path).file == str(path)
    located = read_yaml(path, "exercises.yaml")
    assert (located.file, located.data) == ("exercises.yaml", {"name": "Gl\u00fcte"})


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"\xffa: 1\n", "1:1: not valid UTF-8 (byte 0xff); save the file as UTF-8"),
        (b"\nbb: \xff\n", "2:5: not valid UTF-8 (byte 0xff); save the file as UTF-8"),
        (b"a: 1\nbb: \xc3(\n", "2:5: not valid UTF-8 (byte 0xc3); save the file as UTF-8"),
        (b"a: 1\n\nc: ok\n  d: \xe9\n", "4:6: not valid UTF-8 (byte 0xe9); save the file as UTF-8"),
    ],
)
def test_bytes_that_are_not_utf8_are_located(tmp_path: Path, raw: bytes, problem: str) -> None:
    path = tmp_path / "guide.yaml"
    path.write_bytes(raw)
    with pytest.raises(GuideError) as caught:
        read_yaml(path, "exercises.yaml")
    assert [str(p) for p in caught.value.problems] == [f"exercises.yaml:{problem}"]
