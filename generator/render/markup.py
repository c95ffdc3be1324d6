"""Data text into generated Markdown, by one path per kind of field (see generator.schema's Line and Prose).

- `md_text`: plain text. Every character that HTML or the site's Markdown extensions would read as syntax is written
  as a character reference, so `{ onfocus=... }`, `![x](y)`, `<b>`, `|`, `#` or a leading `1.` show as typed. The
  Jinja environment applies it to every string a template prints, unless the value is already Markup.
- `md_prose`: inline Markdown from the allow-list in generator.prose, rebuilt token by token: the formatting comes
  from this module, the text between it goes through `md_text`, and links point where `link_path` says.
- `plain_text`: prose as words only, for JSON and calendars, which escape for their own format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup

from generator.model import Guide
from generator.prose import Link, inline_tokens, read_link
from generator.render.text import SECTIONS, relative

_REFERENCES = str.maketrans({char: f"&#{ord(char)};" for char in "&<>\"'\\`*_{}[]#|!~"})
_SPACES = re.compile(r"[ \t\r\n]+")
# At the start of a line these begin a list, a heading underline or a definition; elsewhere they are plain.
_LIST_NUMBER = re.compile(r"\d+(?=[.)])")
_TAGS = {"strong_open": "<strong>", "strong_close": "</strong>", "em_open": "<em>", "em_close": "</em>"}


def md_text(text: str) -> Markup:
    """Plain text for any place in a Markdown page: a paragraph, a list item, a heading or a table cell."""
    return Markup(_guard_line_start(_escape(text).strip()))


def md_prose(text: str, guide: Guide, here: str | None) -> Markup:
    """A prose field as Markdown: its allowed formatting and links kept, everything else shown as typed. Without a
    page (`here` is None) links are reduced to their words."""
    out: list[str] = []
    target = ""
    for token in inline_tokens(text):
        if token.type == "text":
            out.append(_escape(token.content))
        elif token.type == "code_inline":
            out.append(f"<code>{_escape(token.content)}</code>")
        elif token.type in _TAGS:
            out.append(_TAGS[token.type])
        elif token.type == "link_open":
            link = read_link(str(token.attrs.get("href", "")))
            target = link_path(link, guide, here) if link and here is not None else ""
            out.append("[" if target else "")
        elif token.type == "link_close":
            out.append(f"]({target})" if target else "")
            target = ""
    return Markup(_guard_line_start("".join(out).strip()))


def plain_text(text: str) -> str:
    """A prose field as plain words: formatting marks dropped, a link reduced to its text."""
    words = (token.content for token in inline_tokens(text) if token.type in ("text", "code_inline"))
    return _SPACES.sub(" ", "".join(words)).strip()


def md_join(items: Iterable[object], separator: str = "") -> Markup:
    """Jinja's `join`, with each item escaped as `md_text` (the built-in one escapes for HTML only)."""
    return Markup(separator).join(item if isinstance(item, Markup) else md_text(str(item)) for item in items)


def md_words(items: Iterable[object], last: str = "and") -> Markup:
    """A list in words, each item escaped by `md_join`: "glutes, calves and hamstrings"."""
    words = list(items)
    if len(words) < 2:
        return md_join(words)
    return md_join(words[:-1], ", ") + Markup(f" {last} ") + md_join(words[-1:])


def link_path(link: Link, guide: Guide, here: str) -> str:
    """The Markdown link target for a link in prose, written on the page at `here`. Links to a renamed exercise's
    old address follow it to the new page."""
    if link.url:
        return link.url.replace("(", "%28").replace(")", "%29")
    segments = list(link.segments)
    if len(segments) == 2 and segments[0] == "exercises" and segments[1] in guide.former_slugs:
        segments[1] = guide.former_slugs[segments[1]]
    joined = "/".join(segments)
    if not joined:
        source = "index.md"
    elif joined in SECTIONS:
        source = f"{joined}/index.md"
    else:
        source = f"{joined}.md"
    anchor = f"#{link.anchor}" if link.anchor else ""
    return (relative(here, source) if source != here else "") + anchor or "#"


def _escape(text: str) -> str:
    return _SPACES.sub(" ", text).translate(_REFERENCES)


def _guard_line_start(text: str) -> str:
    if text[:1] in ("-", "+", "=", ":"):
        return f"&#{ord(text[0])};{text[1:]}"
    number = _LIST_NUMBER.match(text)
    if number:
        end = number.end()
        return f"{text[:end]}&#{ord(text[end])};{text[end + 1 :]}"
    return text
