"""QR codes for printed schedules, so an athlete can scan from the gym wall to an exercise page."""

from __future__ import annotations

import segno
from markupsafe import Markup

from generator.render.markup import md_text


def qr_svg(url: str, label: str) -> Markup:
    """Inline SVG of a QR code for an absolute URL; the table cell's white padding adds to its quiet zone. The SVG
    sits in a Markdown table cell, where text between tags is still read as Markdown, so the label (data text) goes
    in through `md_text` rather than segno's HTML-only escaping."""
    code = segno.make_qr(url, error="m")
    svg = code.svg_inline(scale=1, border=2, omitsize=True, svgclass="pcg-qr", lineclass=None)
    opening, rest = svg.split(">", 1)
    # Kept out of the search index: the page's own table already names each exercise.
    return Markup(f"{opening} data-search-exclude><title>{md_text(label)}</title>{rest}")
