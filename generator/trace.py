"""Trace MkDocs' warnings about generated pages back to the data line, and count warnings for strict builds.

MkDocs names the generated Markdown file ('exercises/foo.md'), which the author never sees; the
message is given the data entry's `file:line:col: path:` in front, pointing at the very field when the
text the warning quotes (a link, an anchor) is found in it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from generator.model import Guide
from generator.problems import Path, format_path
from generator.render.text import exercise_src, muscle_src, schedule_src
from generator.strict_yaml import Located

_QUOTED = re.compile(r"'([^']+)'")


def page_origins(guide: Guide) -> dict[str, Path]:
    """Generated docs path -> data path of the entry it is made from."""
    origins: dict[str, Path] = {}
    for i, exercise in enumerate(guide.data.exercises):
        origins[exercise_src(exercise.slug)] = ("exercises", i)
        for j, old in enumerate(exercise.former_slugs):
            origins[exercise_src(old)] = ("exercises", i, "former_slugs", j)
    for i, muscle in enumerate(guide.data.muscles):
        origins[muscle_src(muscle.slug)] = ("muscles", i)
    for i, schedule in enumerate(guide.data.schedules):
        origins[schedule_src(schedule.slug)] = ("schedules", i)
    return origins


class TraceHandler(logging.Handler):
    """Put first among the 'mkdocs' logger's handlers: it counts warnings and errors, and rewrites those
    about generated pages in place, so every later handler (the console) prints the traced message."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.located = Located("")
        self.origins: dict[str, Path] = {}
        self.count = 0

    def follow(self, located: Located, origins: dict[str, Path]) -> None:
        """Trace warnings to this data from now on."""
        self.located, self.origins = located, origins

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return
        prefix = self.locate(message)
        if prefix:
            record.msg, record.args = f"{prefix}: {message}", None

    def locate(self, message: str) -> str:
        quoted = _QUOTED.findall(message)
        entry = next((self.origins[q] for q in quoted if q in self.origins), None)
        if entry is None:
            return ""
        found = self.located.data
        for part in entry:
            found = found[part]
        path = entry
        for text in quoted:
            if text in self.origins:
                continue
            field = next((p for p, value in _strings(found, entry) if text in value), None)
            if field is not None:
                path = field
                break
        line, col = self.located.where(path)
        return f"{self.located.file}:{line}:{col}: {format_path(path)}"


def _strings(value: Any, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def install(handler: TraceHandler) -> None:
    logger = logging.getLogger("mkdocs")
    if handler not in logger.handlers:
        # First, so the console handler MkDocs installed prints the rewritten record.
        logger.handlers.insert(0, handler)


def uninstall(handler: TraceHandler) -> None:
    logging.getLogger("mkdocs").removeHandler(handler)
