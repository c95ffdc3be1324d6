"""What free text in the data may hold: no control or direction-changing characters, never blank, and a one-line
field no line break. Messages describe the character, never echo it, so they are safe in any terminal."""

from __future__ import annotations

import unicodedata

# Characters that change how text is shown without being seen: the bidirectional overrides and isolates
# ("trojan source"), and the line and paragraph separators that some tools count as line breaks.
_INVISIBLE = {0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def describe_char(char: str) -> str:
    """U+001B (ESCAPE): how a message names a character without printing it."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "control character")
    return f"U+{ord(char):04X} ({name})"


_CONTROL_NAMES = {0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x09: "TAB", 0x0A: "LINE FEED", 0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE"}


def is_hidden(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or ord(char) in _INVISIBLE


def first_hidden_char(text: str, *, allow_newline: bool) -> str | None:
    return next((char for char in text if is_hidden(char) and not (allow_newline and char == "\n")), None)


def check_line(text: str) -> str:
    """A pydantic validator for one line of plain text."""
    if "\n" in text:
        raise ValueError("must be one line: remove the line break (in YAML, a '|' or '>' block keeps a final one; use '>-')")
    return _check_text(text, allow_newline=False)


def check_prose(text: str) -> str:
    """A pydantic validator for a paragraph of text."""
    return _check_text(text, allow_newline=True)


def _check_text(text: str, *, allow_newline: bool) -> str:
    hidden = first_hidden_char(text, allow_newline=allow_newline)
    if hidden is not None:
        raise ValueError(f"holds the invisible character {describe_char(hidden)} at position {text.index(hidden) + 1}; delete it")
    if not text.strip():
        raise ValueError("is blank: write the text or remove the entry")
    return text
