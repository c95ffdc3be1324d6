"""Every free-text value in the validated data, with its path and kind ("line" or "markdown"), found by walking the
schema's own annotations, so a field added to the schema is covered without being listed anywhere."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from generator.problems import Path


def text_kind(metadata: list[Any]) -> str | None:
    """The "x-text" kind declared in a field's or type's metadata, if any."""
    for item in metadata:
        extra = item.json_schema_extra if isinstance(item, FieldInfo) else None
        if isinstance(extra, dict) and isinstance(extra.get("x-text"), str):
            return str(extra["x-text"])
    return None


def text_fields(model: BaseModel, path: Path = ()) -> Iterator[tuple[Path, str, str]]:
    """(path, kind, text) for every free-text value in a model, depth first in field order."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        kind = text_kind([field, *field.metadata])
        yield from _walk(field.annotation, kind, value, (*path, name))


def _walk(annotation: Any, kind: str | None, value: Any, path: Path) -> Iterator[tuple[Path, str, str]]:
    if value is None:
        return
    annotation = _without_none(annotation)
    if typing.get_origin(annotation) is typing.Annotated:
        base, *metadata = typing.get_args(annotation)
        yield from _walk(base, kind or text_kind(metadata), value, path)
    elif isinstance(value, BaseModel):
        yield from text_fields(value, path)
    elif isinstance(value, str):
        if kind:
            yield path, kind, value
    elif isinstance(value, list):
        item = _item_type(annotation, 0)
        for index, element in enumerate(value):
            yield from _walk(item, None, element, (*path, index))
    elif isinstance(value, dict):
        item = _item_type(annotation, 1)
        for key, element in value.items():
            yield from _walk(item, None, element, (*path, key))


def _without_none(annotation: Any) -> Any:
    """`X | None` -> X: an optional field's text is checked like a required one's."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(annotation) if option is not type(None)]
        if len(options) == 1:
            return options[0]
    return annotation


def _item_type(annotation: Any, position: int) -> Any:
    """list[X] -> X, dict[K, V] -> V."""
    args = typing.get_args(annotation)
    return args[position] if typing.get_origin(annotation) in (list, dict) and len(args) > position else Any
