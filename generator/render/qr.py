"""QR codes for printed schedules, so an athlete can scan from the gym wall to an exercise page."""

from __future__ import annotations

import segno
from markupsafe import Markup


def qr_svg(url: str, label: str) -> Markup:
    """Inline SVG of a QR code for an absolute URL; the table cell's white padding adds to its quiet zone."""
    code = segno.make_qr(url, error="m")
    svg = code.svg_inline(scale=1, border=2, omitsize=True, svgclass="pcg-qr", lineclass=None, title=label)
    return Markup(svg)
