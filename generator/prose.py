"""The inline Markdown a prose field may use, and where its links may go.

Allowed: **bold**, *italic*, `code` and [links](...) to a guide page (`exercises/glute-bridge/`, `safety/`,
`anatomy/glutes/#stride`) or to an `https:` address. Everything else (raw HTML, images, attribute lists, headings,
lists, tables, autolinks) is not parsed at all, so it reaches the page as the characters typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("zero").enable(["emphasis", "backticks", "link", "escape"])
# Every link becomes a token, so that the check can name each refused one instead of letting it fall back to text.
_PARSER.validateLink = lambda url: True  # type: ignore[method-assign]

_GUIDE_PATH = re.compile(r"(?P<path>(?:[a-z0-9]+(?:-[a-z0-9]+)*/?)*)(?:#(?P<anchor>[a-z0-9]+(?:-[a-z0-9]+)*))?")
_HTTPS = re.compile(r"https://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#][!#$%&'()*+,/:;=?@\[\]~A-Za-z0-9._-]*)?")
LINK_RULE = "links go to a guide page such as 'exercises/glute-bridge/' or to an https: address"


@dataclass(frozen=True)
class Link:
    """Where a link in prose points: a guide page by its URL path, or an https: address."""

    segments: tuple[str, ...] = ()  # ("exercises", "glute-bridge"); () is the home page
    anchor: str = ""
    url: str = ""  # set for https: links


def inline_tokens(text: str) -> list[Token]:
    """The inline tokens of a prose field: text, strong/em open and close, code_inline, link open and close."""
    return _PARSER.parseInline(text)[0].children or []


def read_link(href: str) -> Link | None:
    """The link's target, or None when the guide does not allow it."""
    if href.startswith("https://"):
        return Link(url=href) if _HTTPS.fullmatch(href) else None
    match = _GUIDE_PATH.fullmatch(href)
    if match is None or not href:
        return None
    segments = tuple(part for part in match["path"].split("/") if part)
    return Link(segments=segments, anchor=match["anchor"] or "")


def link_targets(text: str) -> list[str]:
    """Every link target written in a prose field, in order."""
    return [token.attrs["href"] for token in inline_tokens(text) if token.type == "link_open" and isinstance(token.attrs.get("href"), str)]  # type: ignore[misc]
