"""The body diagram: front and back views drawn as inline SVG, with the shapes each muscle has in the data, and the
muscles a page works highlighted by their role."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from markupsafe import Markup

from generator.render.env import ENV
from generator.schema import Drawing

# The two views sit side by side; each is drawn in a 200-wide box, the back view shifted by this much.
BACK_VIEW_OFFSET = 210


@dataclass(frozen=True)
class Highlight:
    slug: str
    name: str
    role: str  # "target", "synergist", "stabiliser", "shown" (a page about the muscle) or "" (drawn, not highlighted)
    front: tuple[str, ...]  # shapes, from the muscle's drawing
    back: tuple[str, ...]

    @classmethod
    def of(cls, slug: str, name: str, role: str, drawing: Drawing) -> Highlight:
        return cls(slug, name, role, tuple(drawing.front), tuple(drawing.back))


@functools.lru_cache(maxsize=512)
def render_body_diagram(highlights: tuple[Highlight, ...], label: str) -> Markup:
    """SVG markup. The label, which names exactly what is highlighted, is the diagram's accessible name. Pages share
    a handful of combinations, so each is drawn once."""
    views = [("front", 0, [(h, h.front) for h in highlights if h.front]),
             ("back", BACK_VIEW_OFFSET, [(h, h.back) for h in highlights if h.back])]  # fmt: skip
    svg = ENV.get_template("body.svg.j2").render(views=views, label=label)
    # Markdown would end a raw HTML block at a blank line, so keep the SVG on consecutive lines.
    return Markup("\n".join(line for line in svg.splitlines() if line.strip()))
