"""QR codes on printed sample weeks, read back by zbar (Debian's zbar-tools) from the SVG the generator draws."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.render.qr import qr_svg

URL = "https://coach.example/exercises/single-leg-glute-bridge/"
PIXELS = 6  # per module, so zbar sees crisp squares


class SvgReader(HTMLParser):
    """The parts of the inline SVG a browser uses: root attributes, the title text and the path."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict[str, str | None] = {}
        self.title = ""
        self.path = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self.root = dict(attrs)
        elif tag == "path":
            self.path = dict(attrs)["d"] or ""
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def dark_modules(path: str) -> set[tuple[int, int]]:
    """Modules drawn by an SVG path of one-unit strokes: `M`/`m` move, `h` draws along the row."""
    x = y = 0.0
    dark = set()
    for command, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?:[ ,](-?[\d.]+))?", path):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            dark.update((int(x) + i, int(y)) for i in range(int(float(a))))
            x += float(a)
    return dark


def scan(size: int, dark: set[tuple[int, int]], folder: Path) -> str:
    zbar = shutil.which("zbarimg")
    if zbar is None:
        pytest.fail("zbarimg is missing: install Debian's zbar-tools package (apt-get install -y zbar-tools)")
    # The page adds white padding around the code; give zbar the same, two more modules on each side.
    side = (size + 4) * PIXELS
    rows = [bytes(0 if (x // PIXELS - 2, y // PIXELS - 2) in dark else 255 for x in range(side)) for y in range(side)]
    image = folder / "code.pgm"
    image.write_bytes(f"P5 {side} {side} 255\n".encode() + b"".join(rows))
    result = subprocess.run([zbar, "--raw", "-q", str(image)], capture_output=True, text=True)
    return result.stdout.strip()


def test_the_code_scans_to_the_exercise_page_with_a_two_module_quiet_zone(tmp_path: Path) -> None:
    svg = SvgReader()
    svg.feed(str(qr_svg(URL, "QR code: Single-leg glute bridge")))
    width, height = (int(n) for n in svg.root["viewbox"].split()[2:])
    dark = dark_modules(svg.path)
    assert scan(width, dark, tmp_path) == URL
    # One unit per module: a QR symbol is 17 + 4 × version modules wide, plus the quiet zone on both sides.
    assert width == height and (width - 2 * 2 - 17) % 4 == 0
    assert min(x for x, _ in dark) == min(y for _, y in dark) == 2
    assert max(x for x, _ in dark) == max(y for _, y in dark) == width - 3


def test_the_code_is_sized_by_the_stylesheet_and_named_for_screen_readers() -> None:
    svg = SvgReader()
    svg.feed(str(qr_svg(URL, "QR code: Box <jump> & [land]")))
    assert svg.root["class"] == "pcg-qr"
    assert "width" not in svg.root and "height" not in svg.root
    assert svg.title == "QR code: Box <jump> & [land]"
    assert "stroke" in str(qr_svg(URL, "x")) and "class=\"pcg-qr\"" in str(qr_svg(URL, "x"))
