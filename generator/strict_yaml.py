"""Read YAML strictly into plain Python data, remembering where every value came from.

Refused, with a located problem: tabs, bytes that are not UTF-8, anchors and aliases (so a
"billion laughs" file is stopped at its first anchor, never expanded), tags, merge keys,
duplicate keys, and the YAML 1.1 readings that surprise authors: yes/no/on/off as booleans,
1:30 as 90 (base 60), 010 as 8 (octal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.problems import GuideError, Path, Problem, format_path

_TAG = "tag:yaml.org,2002:"
_PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")


@dataclass
class Located:
    """Plain data plus the (line, column) of each value and of each mapping key, by data path."""

    file: str
    data: Any
    marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)

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


class _StrictLoader(yaml.SafeLoader):
    """Stops at the first anchor, alias or tag, before anything is built from it."""

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refused(event.start_mark, f"alias '*{event.anchor}' refused: aliases are not allowed; write the value out")
        if event.anchor is not None:
            raise _Refused(event.start_mark, f"anchor '&{event.anchor}' refused: anchors and aliases are not allowed")
        if isinstance(event, (ScalarEvent, CollectionStartEvent)) and event.tag not in (None, "!"):
            raise _Refused(event.start_mark, f"tag '{event.tag}' refused: tags are not allowed")
        return super().compose_node(parent, index)


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
    """Parse YAML text strictly; raise GuideError listing every problem found."""
    tabs = [
        Problem(name, number, line.index("\t") + 1, "", "tab character: indent and separate with spaces")
        for number, line in enumerate(text.splitlines(), start=1)
        if "\t" in line
    ]
    if tabs:
        raise GuideError(tabs)
    try:
        root = yaml.compose(text, Loader=_StrictLoader)
    except _Refused as exc:
        raise GuideError([_at(name, exc.mark, "", exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"YAML syntax: {exc.problem}" + (f" ({exc.context})" if exc.context else "")
        raise GuideError([_at(name, mark, "", message)]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise GuideError([Problem(name, line, col, "", f"character {exc.character!r} is not allowed in YAML")]) from None
    if root is None:
        raise GuideError([Problem(name, 1, 1, "", "the file is empty")])
    located = Located(name, None)
    problems: list[Problem] = []
    located.data = _convert(root, (), located, problems)
    if problems:
        raise GuideError(problems)
    return located


def _at(name: str, mark: yaml.Mark | None, path: str, message: str) -> Problem:
    if mark is None:
        return Problem(name, 1, 1, path, message)
    return Problem(name, mark.line + 1, mark.column + 1, path, message)


def _pos(node: Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _convert(node: Node, path: Path, located: Located, problems: list[Problem]) -> Any:
    located.marks[path] = _pos(node)
    if isinstance(node, SequenceNode):
        return [_convert(item, (*path, index), located, problems) for index, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and _scalar_problem(key_node):
                _convert_scalar(key_node, path, located, problems)
                continue
            key = _convert_scalar(key_node, path, located, problems) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                problems.append(_at(located.file, key_node.start_mark, format_path(path), "a key must be plain text"))
                continue
            child = (*path, key)
            if key in first_line:
                problems.append(
                    _at(located.file, key_node.start_mark, format_path(child), f"duplicate key '{key}' (first at line {first_line[key]})")
                )
                continue
            first_line[key] = key_node.start_mark.line + 1
            located.key_marks[child] = _pos(key_node)
            result[key] = _convert(value_node, child, located, problems)
        return result
    return _convert_scalar(node, path, located, problems)


def _convert_scalar(node: ScalarNode, path: Path, located: Located, problems: list[Problem]) -> Any:
    problem = _scalar_problem(node)
    if problem:
        problems.append(_at(located.file, node.start_mark, format_path(path), problem))
        return None
    if node.style is not None:
        return node.value
    tag = node.tag.removeprefix(_TAG)
    if tag == "bool":
        return node.value.lower() == "true"
    if tag == "int":
        return int(node.value)
    if tag == "float":
        return float(node.value)
    if tag == "null":
        return None
    return node.value


def _scalar_problem(node: ScalarNode) -> str | None:
    """Why a plain scalar would not mean what it says, or None when it is fine."""
    if node.style is not None:
        return None
    value, tag = node.value, node.tag.removeprefix(_TAG)
    read_as = None
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
