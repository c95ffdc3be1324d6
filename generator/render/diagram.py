"""A posterior-view body diagram, drawn as inline SVG, with the muscles an exercise or page works highlighted."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from markupsafe import Markup

from generator.render.env import ENV

# Shapes for each muscle, left side only; the template mirrors them about x = 100.
REGIONS: dict[str, tuple[str, ...]] = {
    "spinal-erectors": ('<rect x="87" y="98" width="10" height="108" rx="5"/>',),
    "glutes": ('<ellipse cx="79" cy="230" rx="22" ry="20"/>',),
    "hamstrings": ('<ellipse cx="80" cy="280" rx="14" ry="32"/>',),
    "calves": ('<ellipse cx="81" cy="342" rx="10" ry="27"/>',),
}


@dataclass(frozen=True)
class Highlight:
    slug: str
    name: str
    role: str  # "primary", "secondary" or "" (drawn, not highlighted)


@functools.lru_cache(maxsize=256)
def render_body_diagram(highlights: tuple[Highlight, ...]) -> Markup:
    """SVG markup, labelled for screen readers with the muscles it highlights. Pages share a handful of
    combinations, so each is drawn once."""
    worked = [f"{h.name} ({h.role})" for h in highlights if h.role]
    label = "Back view of a runner, highlighting " + ", ".join(worked) if worked else "Back view of a runner"
    regions = [(h, REGIONS[h.slug]) for h in highlights if h.slug in REGIONS]
    svg = ENV.get_template("body.svg.j2").render(regions=regions, label=label)
    # Markdown would end a raw HTML block at a blank line, so keep the SVG on consecutive lines.
    return Markup("\n".join(line for line in svg.splitlines() if line.strip()))
