"""The glossary on every page: abbreviation definitions (Python-Markdown's `abbr`) that mark each glossary word
wherever it appears, with its one-line meaning as the tooltip. The definitions are appended to every page's
Markdown, by the MkDocs plugin and in the written docs tree alike."""

from __future__ import annotations

from generator.model import Guide


def glossary_abbreviations(guide: Guide) -> str:
    """`*[form]: meaning` lines. A form is letters, digits, spaces and hyphens (the schema's TermForm), and a
    meaning is one line of plain text, which `abbr` puts in a title attribute that its serializer escapes."""
    lines = [f"*[{form}]: {entry.short}" for entry in guide.data.glossary for form in entry.forms]
    return "\n\n" + "\n".join(lines) + "\n" if lines else ""
