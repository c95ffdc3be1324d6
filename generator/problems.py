"""Problems a guide author can cause, located by file, line, column and data path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import get_close_matches

from generator.text_rules import is_hidden


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        return terminal_text(text)


def terminal_text(text: str) -> str:
    """A message for a terminal or CI log: data echoed in it keeps its control and direction characters as visible
    escapes (\\x1b, \\u202e), so nothing typed in the data can move the cursor, recolour or reorder the output."""
    return "".join(_visible_escape(char) if is_hidden(char) else char for char in text)


def _visible_escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class GuideError(Exception):
    """Raised with every problem found, so an author can fix them all in one pass."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        lines = [str(p) for p in self.problems]
        lines.append(f"{count} problem{'s' if count != 1 else ''} found")
        return "\n".join(lines)


Path = tuple[str | int, ...]


def format_path(path: Sequence[str | int]) -> str:
    """('exercises', 3, 'muscles', 0) -> 'exercises[3].muscles[0]'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
