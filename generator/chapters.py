"""Hand-written chapters as every engine gets them: links to a renamed exercise's old page lead to the new one,
and a chapter with `render_macros: true` in its front matter has its `{{ guide.... }}` figures filled in from
the data. The MkDocs plugin and the written docs tree (`python -m generator write`) both go through here."""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping
from typing import Any

import yaml
from jinja2 import Environment, FunctionLoader, StrictUndefined, TemplateError, TemplateSyntaxError

from generator.chapter_links import find_links, link_target
from generator.problems import GuideError, Problem
from generator.render.text import relative

_FRONT_MATTER = re.compile(r"\A(---\s*\n.*?\n)(?:---|\.\.\.)\s*\n", re.DOTALL)


def split_front_matter(text: str) -> tuple[str, dict[str, Any], str]:
    """(front matter as written, its values, the Markdown body)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return "", {}, text
    try:
        meta = yaml.safe_load(match.group(1).removeprefix("---")) or {}
    except yaml.YAMLError:
        meta = {}
    return match.group(0), meta if isinstance(meta, dict) else {}, text[match.end() :]


def follow_renames(src: str, markdown: str, renames: Mapping[str, str]) -> str:
    """Rewrite links to a former slug's page (`exercises/old.md`, any relative spelling) into links to the
    current page, leaving every other character as it was."""
    if not renames:
        return markdown
    lines = markdown.split("\n")
    for link in sorted(find_links(markdown), key=lambda link: (link.line, -link.col)):
        found = link_target(src, link.target)
        if found is None or found[0] not in renames:
            continue
        line = lines[link.line - 1]
        start = link.col - 1
        lines[link.line - 1] = line[:start] + relative(src, renames[found[0]]) + found[1] + line[start + len(link.target) :]
    return "\n".join(lines)


def fill_figures(src: str, markdown: str, facts: Mapping[str, Any], *, label: str, first_line: int = 1) -> str:
    """Render `{{ guide.... }}` in a chapter body (`here` is the chapter's docs path, for facts that link). Facts are
    Markdown-safe already, so nothing is escaped here; an unknown figure is a located problem, not a blank."""
    env = Environment(
        loader=FunctionLoader(lambda name: (markdown, name, lambda: True)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    try:
        return env.get_template(src).render(guide=facts, here=src)
    except TemplateSyntaxError as error:
        line = error.lineno
        message = f"template syntax: {error.message}"
    except TemplateError as error:
        line = next((frame.lineno or 1 for frame in reversed(traceback.extract_tb(error.__traceback__)) if frame.filename == src), 1)
        message = f"{error.message or error}; the figures a chapter can use are guide.{', guide.'.join(facts)}"
    raise GuideError([Problem(f"{label}/{src}", line + first_line - 1, 1, "", message)])


def prepare_chapter(src: str, markdown: str, meta: Mapping[str, Any], *, renames: Mapping[str, str], facts: Mapping[str, Any], label: str, first_line: int = 1) -> str:
    """A chapter's Markdown body as the engine should read it."""
    markdown = follow_renames(src, markdown, renames)
    if meta.get("render_macros"):
        markdown = fill_figures(src, markdown, facts, label=label, first_line=first_line)
    return markdown
