"""Links from hand-written chapters to generated pages: follow renamed exercises, report links to no page.

A chapter may keep linking an exercise by a former slug: generator.chapters rewrites the link to the
current page, so renaming an exercise as the README says never breaks a chapter. A link to a page that
does not exist at all is reported with the chapter's file, line and column.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit


from generator.problems import Problem, did_you_mean

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_INLINE = re.compile(r"\]\(\s*<?([^)\s>]+)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)")
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)""")


@dataclass(frozen=True)
class Link:
    line: int
    col: int
    target: str  # as written


def find_links(text: str) -> Iterator[Link]:
    """Markdown links, reference definitions and href attributes, outside code."""
    fence = ""
    for number, line in enumerate(text.splitlines(), start=1):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        visible = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)
        for pattern in (_INLINE, _REFERENCE, _HREF):
            for match in pattern.finditer(visible):
                yield Link(number, match.start(1) + 1, match.group(1))


def link_target(chapter: str, target: str) -> tuple[str, str] | None:
    """(docs path, '#fragment' or '') of a relative link to a Markdown page; None for anything else."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    path = unquote(parts.path)
    if not path.lower().endswith(".md"):
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(chapter), path))
    if resolved.startswith("../") or resolved == "..":
        return None
    return resolved, f"#{parts.fragment}" if parts.fragment else ""


def check_chapter_links(
    chapters: dict[str, str], label: str, pages: set[str], redirects: dict[str, str], slugs: dict[str, Iterable[str]]
) -> list[Problem]:
    """Links in chapters ({docs path: text}) to pages that are neither written, generated nor redirected.

    `slugs` gives, for each folder of generated pages, the slugs found there, for a 'did you mean' hint.
    """
    problems = []
    for chapter, text in sorted(chapters.items()):
        for link in find_links(text):
            found = link_target(chapter, link.target)
            if found is None or found[0] in pages or found[0] in redirects:
                continue
            path = found[0]
            folder, name = posixpath.split(path)
            stem = name[:-3]
            if folder in slugs:
                hint = f"no {folder.removesuffix('s')} page has the slug '{stem}'{did_you_mean(stem, slugs[folder])}"
            else:
                hint = f"there is no page {path}{did_you_mean(path, pages)}"
            problems.append(Problem(posixpath.join(label, chapter), link.line, link.col, "", f"link '{link.target}' goes nowhere: {hint}"))
    return problems
