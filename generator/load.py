"""Load the guide: strict YAML, then schema validation, then cross-references; every problem located."""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.model import Guide, check_references
from generator.problems import GuideError, Problem, did_you_mean, format_path
from generator.schema import GuideData
from generator.strict_yaml import Located, parse_yaml, read_yaml

_PATTERN_HINT = "a slug is lowercase letters and digits joined by hyphens, like 'glute-bridge'"
_FORM_HINT = "a form is letters, digits, spaces and hyphens, starting with a letter and ending with a letter or digit, like 'Achilles tendon'"
_PATH_HINT = "a shape is SVG path data of at most 600 characters: the commands M L H V C S Q T A Z, numbers, spaces and commas"


def load_guide(path: str | Path, display_name: str | None = None) -> Guide:
    """Read, validate and cross-reference a guide data file; raise GuideError with every problem."""
    return build_guide(read_yaml(path, display_name or Path(path).name))


def load_guide_text(text: str, name: str = "exercises.yaml") -> Guide:
    return build_guide(parse_yaml(text, name))


def build_guide(located: Located) -> Guide:
    problems = list(located.problems)
    try:
        data = GuideData.model_validate(located.data)
    except ValidationError as exc:
        errors = [e for e in exc.errors() if not _explained(tuple(e["loc"]), located.bad_paths)]
        problems += [_schema_problem(located, e) for e in errors if not _misspelt(e, errors)]
        raise GuideError(problems) from None
    problems += check_references(data, located)
    if problems:
        raise GuideError(problems)
    return Guide.from_data(data)


def _explained(loc: tuple[str | int, ...], bad_paths: set[tuple[str | int, ...]]) -> bool:
    """A schema error at or above a value already reported (a missing field, a model-wide check) adds nothing."""
    loc = tuple(part for part in loc if part != "[key]")
    return any(bad[: len(loc)] == loc for bad in bad_paths)


def _misspelt(error: Any, errors: list[Any]) -> bool:
    """A missing field that an unknown field beside it is a misspelling of: the unknown field's 'did you mean'
    says it all, at the line to fix."""
    if error["type"] != "missing":
        return False
    parent, name = tuple(error["loc"][:-1]), str(error["loc"][-1])
    return any(
        other["type"] == "extra_forbidden"
        and tuple(other["loc"][:-1]) == parent
        and did_you_mean(str(other["loc"][-1]), _fields_at(parent)) == f" (did you mean '{name}'?)"
        for other in errors
    )


def _schema_problem(located: Located, error: Any) -> Problem:
    loc = tuple(part for part in error["loc"] if part != "[key]")
    on_key = "[key]" in error["loc"]
    kind, message = error["type"], error["msg"]
    if kind == "missing":
        message = f"missing required field '{loc[-1]}'"
    elif kind == "extra_forbidden":
        known = _fields_at(loc[:-1])
        message = f"unknown field '{loc[-1]}'{did_you_mean(str(loc[-1]), known)}"
        on_key = True
    elif kind in ("string_pattern_mismatch", "string_too_long") and len(loc) > 2 and loc[-3] == "drawing":
        message = f"'{str(error['input'])[:24]}...' is not a shape: {_PATH_HINT}"
    elif kind == "string_too_long" and isinstance(error.get("input"), str):
        noun = "form" if loc[-2:-1] == ("forms",) else "slug"
        message = f"'{error['input'][:24]}...' is {len(error['input'])} characters long; a {noun} has at most {error['ctx']['max_length']}"
    elif kind == "string_pattern_mismatch" and loc[-2:-1] == ("forms",):
        message = f"'{error['input']}' is not a valid form: {_FORM_HINT}"
    elif kind == "string_pattern_mismatch":
        message = f"'{error['input']}' is not a valid slug: {_PATTERN_HINT}"
    else:
        message = message.removeprefix("Value error, ")
        message = message[0].lower() + message[1:]
        if isinstance(error.get("input"), (str, int, float, bool)) and kind not in ("value_error", "too_short", "too_long"):
            message += f" (got {error['input']!r})"
    line, col = located.where(loc, key=on_key)
    return Problem(located.file, line, col, format_path(loc), message)


def _fields_at(path: tuple[str | int, ...]) -> list[str]:
    """Field names of the model found at a data path, for 'did you mean' hints."""
    kind: Any = GuideData
    for part in path:
        kind = _unwrap(kind)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            field = kind.model_fields.get(str(part))
            kind = field.annotation if field else None
        elif typing.get_origin(kind) in (list, dict):
            kind = typing.get_args(kind)[-1]
        else:
            return []
    kind = _unwrap(kind)
    return list(kind.model_fields) if isinstance(kind, type) and issubclass(kind, BaseModel) else []


def _unwrap(kind: Any) -> Any:
    """`X | None` -> X; an Annotated type -> its base."""
    if typing.get_origin(kind) is typing.Annotated:
        kind = typing.get_args(kind)[0]
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        kind = options[0] if len(options) == 1 else kind
    return kind
