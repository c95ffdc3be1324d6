"""Read YAML strictly into plain Python data, remembering where every value came from.

Refused, with a located problem: tabs, bytes that are not UTF-8, anchors and aliases (so a
"billion laughs" file is stopped at its first anchor, never expanded), tags, merge keys,
duplicate keys, and the YAML 1.1 readings that surprise authors: yes/no/on/off as booleans,
1:30 as 90 (base 60), 010 as 8 (octal).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from generator.problems import GuideError, Path, Problem, format_path
from generator.text_rules import describe_char

_TAG = "tag:yaml.org,2002:"
_PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
# libyaml's C parser when PyYAML has it: the pure-Python scanner is about 80x slower on a large guide.
_EVENT_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_BAD = object()  # stands for a value already reported as a problem
_RAW_REFUSALS = {"\t": "tab character: indent and separate with spaces"}
_LINE_BREAKS = {"\r", "\x85", "\u2028", "\u2029"}
# The deepest real entry is about eight levels down; anything far deeper is a mistake or an attack on the parser.
MAX_DEPTH = 32
# Longer numbers than any field allows are refused before Python converts them (which is slow for huge ones).
MAX_DIGITS = 15


@dataclass
class Located:
    """Plain data plus the (line, column) of each value and of each mapping key, by data path.

    `problems` holds what was wrong with single values (a YAML 1.1 reading, a duplicate key); those
    values are left out of `data`, and `bad_paths` says where, so validation can go on and report the
    rest of the file's problems in the same pass.
    """

    file: str
    data: Any = None
    marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    bad_paths: set[Path] = field(default_factory=set)

    def where(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """The nearest known position for a data path (its key's when `key` is set)."""
        if key and path in self.key_marks:
            return self.key_marks[path]
        for end in range(len(path), -1, -1):
            if path[:end] in self.marks:
                return self.marks[path[:end]]
        return (1, 1)


class _Refused(Exception):
    def __init__(self, mark: yaml.Mark, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


def read_yaml(path: Any, display_name: str | None = None) -> Located:
    """Read a YAML file strictly; raise GuideError listing every problem found."""
    name = display_name or str(path)
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = raw[exc.start : exc.start + 1].hex()
        raise GuideError([Problem(name, line, col, "", f"not valid UTF-8 (byte 0x{bad}); save the file as UTF-8")]) from None
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> Located:
    """Parse YAML text strictly. A file that cannot be read at all raises GuideError; problems with
    single values are collected in the result's `problems`."""
    # Lines are counted at "\n" only, as editors count them. YAML's parser also breaks lines at a lone CR, NEL and
    # the Unicode line separators, so one of those would shift every later line number: refuse them instead.
    refused = []
    for number, line in enumerate(text.split("\n"), start=1):
        column, char = next(((c, ch) for c, ch in enumerate(line.removesuffix("\r")) if ch in _RAW_REFUSALS or ch in _LINE_BREAKS), (0, ""))
        if char:
            message = _RAW_REFUSALS.get(char) or f"character {describe_char(char)} breaks lines differently in YAML and in editors; delete it"
            refused.append(Problem(name, number, column + 1, "", message))
    if refused:
        raise GuideError(refused)
    reader = _Reader(name)
    try:
        found = reader.read_document(yaml.parse(text, Loader=_EVENT_LOADER))
    except _Refused as exc:
        raise GuideError([_at(name, exc.mark, "", exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        started = exc.context_mark
        context = f"{exc.context} at line {started.line + 1}, column {started.column + 1}" if exc.context and started else exc.context
        message = f"YAML syntax: {exc.problem}" + (f" ({context})" if context else "")
        raise GuideError([_at(name, mark, "", message)]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        # libyaml gives the character's code, the pure-Python reader the character itself.
        char = chr(exc.character) if isinstance(exc.character, int) else exc.character
        raise GuideError([Problem(name, line, col, "", f"character {describe_char(char)} is not allowed in YAML")]) from None
    if not found:
        raise GuideError([Problem(name, 1, 1, "", "the file is empty")])
    return reader.located


def _at(name: str, mark: yaml.Mark | None, path: str, message: str) -> Problem:
    if mark is None:
        return Problem(name, 1, 1, path, message)
    return Problem(name, mark.line + 1, mark.column + 1, path, message)


def _pos(mark: yaml.Mark) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


class _Reader:
    """Turns parser events straight into plain data, checking each value as it arrives."""

    def __init__(self, name: str) -> None:
        self.located = Located(name)

    def report(self, mark: yaml.Mark, path: Path, message: str) -> None:
        self.located.problems.append(_at(self.located.file, mark, format_path(path), message))
        self.located.bad_paths.add(path)

    def read_document(self, events: Iterator[Event]) -> bool:
        next(events)  # StreamStartEvent
        if isinstance(next(events), StreamEndEvent):
            return False
        data = self.read_value(events, next(events), ())
        self.located.data = None if data is _BAD else data
        next(events)  # DocumentEndEvent
        extra = next(events)
        if isinstance(extra, DocumentStartEvent):
            raise _Refused(extra.start_mark, "only one YAML document is allowed; remove the second '---'")
        return True

    def read_value(self, events: Iterator[Event], event: Event, path: Path) -> Any:
        """A value, or _BAD when it was reported as a problem."""
        _refuse_anchors_and_tags(event)
        if len(path) > MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep; the guide's data is never this deep")
        self.located.marks[path] = _pos(event.start_mark)
        if isinstance(event, ScalarEvent):
            return self.read_scalar(event, path)
        if isinstance(event, SequenceStartEvent):
            items: list[Any] = []
            for child in events:
                if isinstance(child, SequenceEndEvent):
                    return items
                item = self.read_value(events, child, (*path, len(items)))
                items.append(None if item is _BAD else item)
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_event in events:
            if isinstance(key_event, MappingEndEvent):
                return result
            key = self.read_key(events, key_event, path)
            child = (*path, key if key is not None else getattr(key_event, "value", "?"))
            if key in first_line:
                self.report(key_event.start_mark, child, f"duplicate key '{key}' (first at line {first_line[key]})")
                key = None
            value = self.read_value(events, next(events), child)
            if key is None:
                continue
            first_line[key] = key_event.start_mark.line + 1
            self.located.key_marks[child] = _pos(key_event.start_mark)
            if value is not _BAD:
                result[key] = value
        raise AssertionError("the YAML parser ended a document inside a mapping")

    def read_key(self, events: Iterator[Event], event: Event, path: Path) -> str | None:
        if not isinstance(event, ScalarEvent):
            self.report(event.start_mark, path, "a key must be plain text")
            self.read_value(events, event, (*path, "?"))
            return None
        _refuse_anchors_and_tags(event)
        key = self.read_scalar(event, (*path, event.value))
        if key is _BAD:
            return None
        if not isinstance(key, str):
            self.report(event.start_mark, (*path, event.value), f"the key {event.value!r} must be text; quote it")
            return None
        return key

    def read_scalar(self, event: ScalarEvent, path: Path) -> Any:
        if event.style:
            return event.value
        value = event.value
        tag = _RESOLVER.resolve(ScalarNode, value, event.implicit).removeprefix(_TAG)
        problem = _plain_scalar_problem(value, tag)
        if problem:
            self.report(event.start_mark, path, problem)
            return _BAD
        if tag == "bool":
            return value.lower() == "true"
        if tag == "int":
            return int(value)
        if tag == "float":
            return float(value)
        if tag == "null":
            return None
        return value


def _refuse_anchors_and_tags(event: Event) -> None:
    if isinstance(event, AliasEvent):
        raise _Refused(event.start_mark, f"alias '*{event.anchor}' refused: aliases are not allowed; write the value out")
    if event.anchor is not None:
        raise _Refused(event.start_mark, f"anchor '&{event.anchor}' refused: anchors and aliases are not allowed")
    if event.tag not in (None, "!"):
        raise _Refused(event.start_mark, f"tag '{event.tag}' refused: tags are not allowed")


def _plain_scalar_problem(value: str, tag: str) -> str | None:
    """Why a plain scalar would not mean what it says, or None when it is fine."""
    read_as = None
    if tag in ("int", "float") and sum(char.isdigit() for char in value) > MAX_DIGITS:
        return f"the number {value[:20]}... has {sum(char.isdigit() for char in value)} digits, more than any field allows"
    if tag == "bool" and value.lower() not in ("true", "false"):
        read_as = f"the boolean {str(value.lower() in ('yes', 'on')).lower()} (YAML 1.1)"
    elif tag == "int" and not _PLAIN_INT.fullmatch(value):
        kind = "YAML 1.1 base 60" if ":" in value else "YAML 1.1 octal" if re.fullmatch(r"[-+]?0[0-7]+", value) else "YAML 1.1"
        read_as = f"{yaml.safe_load(value)} ({kind})"
    elif tag == "float" and not _PLAIN_FLOAT.fullmatch(value):
        read_as = f"the number {yaml.safe_load(value)} (YAML 1.1)"
    elif tag == "merge":
        return "merge keys ('<<') are not allowed; write the keys out"
    if read_as is None:
        return None
    return f"'{value}' would be read as {read_as}; quote it (\"{value}\") or write what you mean"
