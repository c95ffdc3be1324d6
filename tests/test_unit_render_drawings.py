"""Drawings the generator makes from numbers: the home-screen icon (SVG, and PNGs read back here with zlib and
struct), the web app manifest (read back with json), the body diagram and the QR code's markup (read back with
html.parser). Expected
colours and positions are worked out by hand from the icon's design: Material's indigo behind three links of a
chain, 14 units in radius with a stroke 6 wide, centred at (32, 68), (50, 50) and (68, 32) on a 100-unit square."""

from __future__ import annotations

import json
import struct
import zlib
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest

from generator.render.app import app_files, icon_png, icon_svg, web_manifest
from generator.render.diagram import Highlight, render_body_diagram
from generator.render.qr import qr_svg
from generator.schema import Drawing

INDIGO, WHITE, ORANGE = (0x3F, 0x51, 0xB5), (0xFF, 0xFF, 0xFF), (0xFF, 0x70, 0x43)
SVG = "{http://www.w3.org/2000/svg}"


def png_chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """(type, body) of every chunk, each checked against its CRC."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", png[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks.append((kind, body))
        at += 12 + length
    return chunks


def png_pixels(png: bytes) -> list[list[tuple[int, int, int]]]:
    """Rows of RGB pixels of an 8-bit truecolour PNG whose rows are all stored unfiltered."""
    chunks = png_chunks(png)
    assert [kind for kind, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"] and chunks[2][1] == b""
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    assert (depth, colour, compression, filtering, interlace) == (8, 2, 0, 0, 0)
    raw = zlib.decompress(chunks[1][1])
    stride = 1 + 3 * width
    assert len(raw) == height * stride
    rows = [raw[y * stride : (y + 1) * stride] for y in range(height)]
    assert {row[0] for row in rows} == {0}
    return [[tuple(row[1 + 3 * x : 4 + 3 * x]) for x in range(width)] for row in rows]  # type: ignore[misc]


def icon() -> list[list[tuple[int, int, int]]]:
    """The icon at one pixel per unit of its design."""
    return png_pixels(icon_png(100))


@pytest.mark.parametrize(
    ("point", "colour"),
    [
        ((0, 0), INDIGO),
        ((99, 99), INDIGO),
        ((50, 50), INDIGO),  # the middle link's hole
        ((63, 50), ORANGE),  # on the middle link, right of its centre
        ((36, 54), ORANGE),
        ((18, 68), WHITE),  # on the first link, left of its centre
        ((82, 32), WHITE),  # on the last link, right of its centre
        ((45, 63), ORANGE),  # where the middle link crosses the first, it lies on top
        ((63, 45), WHITE),  # where the last link crosses the middle one, the last lies on top
        ((54, 36), WHITE),
        ((67, 50), INDIGO),  # just past the middle link's outer edge (radius 17)
    ],
)
def test_each_pixel_of_the_icon_has_the_colour_of_the_link_over_it(point: tuple[int, int], colour: tuple[int, int, int]) -> None:
    column, row = point
    assert icon()[row][column] == colour


def test_the_icon_is_symmetric_about_its_diagonals_and_shades_its_edges() -> None:
    pixels = icon()
    size = len(pixels)
    # The chain runs along one diagonal, so the other mirrors every pixel; the first mirrors the links' shapes only,
    # since where two links cross, the later one lies on top.
    assert all(pixels[y][x] == pixels[size - 1 - x][size - 1 - y] for y in range(size) for x in range(size))
    assert all((pixels[y][x] == INDIGO) == (pixels[x][y] == INDIGO) for y in range(size) for x in range(size))
    # A pixel the middle link's edge half covers is a blend, between the background and the link in every channel.
    edge = pixels[50][66]
    assert edge not in (INDIGO, ORANGE)
    assert all(min(a, b) <= c <= max(a, b) for a, b, c in zip(INDIGO, ORANGE, edge, strict=True))
    assert abs(edge[0] - ORANGE[0]) + abs(edge[2] - ORANGE[2]) < abs(edge[0] - INDIGO[0]) + abs(edge[2] - INDIGO[2])


@pytest.mark.parametrize(
    ("point", "colour"),
    [((100, 100), INDIGO), ((126, 100), ORANGE), ((36, 136), WHITE), ((164, 64), WHITE)],
)
def test_a_larger_icon_draws_the_same_links_at_more_pixels_per_unit(point: tuple[int, int], colour: tuple[int, int, int]) -> None:
    column, row = point
    assert png_pixels(icon_png(200))[row][column] == colour


def test_at_two_pixels_per_unit_a_link_is_eleven_pure_pixels_across() -> None:
    # The stroke is 6 units, 12 pixels, wide; the pixel at each edge is shaded, and the 11 between are the link's own
    # colour. Across the middle link's right side, on the row through its centre:
    row = png_pixels(icon_png(200))[100]
    assert [x for x in range(110, 146) if row[x] == ORANGE] == list(range(122, 133))


@pytest.mark.parametrize("size", [16, 37])
def test_an_icon_of_any_size_is_a_png_of_that_size_with_indigo_corners(size: int) -> None:
    pixels = png_pixels(icon_png(size))
    assert (len(pixels), len(pixels[0])) == (size, size)
    assert pixels[0][0] == pixels[-1][-1] == INDIGO


def test_the_svg_icon_draws_the_same_links_on_the_same_square() -> None:
    root = ElementTree.fromstring(icon_svg())
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 100 100"
    rect, *rings = list(root)
    assert (rect.tag, rect.get("width"), rect.get("height"), rect.get("fill")) == (f"{SVG}rect", "100", "100", "#3f51b5")
    assert [(ring.tag, ring.get("cx"), ring.get("cy"), ring.get("r"), ring.get("stroke"), ring.get("stroke-width"), ring.get("fill")) for ring in rings] == [
        (f"{SVG}circle", "32", "68", "14", "#ffffff", "6", "none"),
        (f"{SVG}circle", "50", "50", "14", "#ff7043", "6", "none"),
        (f"{SVG}circle", "68", "32", "14", "#ffffff", "6", "none"),
    ]
    assert icon_svg().endswith("</svg>\n") and "".join(root.itertext()) == ""


def test_the_manifest_names_the_app_and_every_icon() -> None:
    text = web_manifest("Posterior chain — guide", "Chain")
    assert "—" in text and text.endswith("}\n") and text.startswith('{\n  "name"')
    assert json.loads(text) == {
        "name": "Posterior chain — guide",
        "short_name": "Chain",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#3f51b5",
        "icons": [
            {"src": "assets/icons/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
            {"src": "assets/icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any maskable"},
            {"src": "assets/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any maskable"},
        ],
    }


def test_the_app_files_are_the_manifest_and_each_icon_it_names() -> None:
    files = app_files("Guide", "G")
    assert sorted(files) == ["assets/icons/icon-192.png", "assets/icons/icon-512.png", "assets/icons/icon.svg", "manifest.webmanifest"]
    manifest = json.loads(files["manifest.webmanifest"])  # type: ignore[arg-type]
    assert (manifest["name"], manifest["short_name"]) == ("Guide", "G")
    assert ElementTree.fromstring(files["assets/icons/icon.svg"]).get("viewBox") == "0 0 100 100"
    for size in (192, 512):
        header = png_chunks(files[f"assets/icons/icon-{size}.png"])[0][1]  # type: ignore[arg-type]
        assert struct.unpack(">II", header[:8]) == (size, size)


class _Diagram(HTMLParser):
    """The diagram's label, and for each view its offset and its muscles: (slug, classes, shapes and their mirrors)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.label = ""
        self.views: dict[str, tuple[str | None, list[tuple[str, str, list[tuple[str | None, str | None]]]]]] = {}
        self.captions: list[str] = []
        self._view = ""
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "svg":
            self.label = a.get("aria-label") or ""
        elif "pcg-body__view" in classes:
            self._view = classes[1].removeprefix("pcg-body__view--")
            self.views[self._view] = (a.get("transform"), [])
        elif "pcg-body__muscle" in classes:
            self.views[self._view][1].append((a["data-muscle"] or "", " ".join(classes), []))
        elif tag == "path" and self.views.get(self._view, (None, []))[1] and not self._in_caption:
            self.views[self._view][1][-1][2].append((a.get("d"), a.get("transform")))
        self._in_caption = tag == "text"

    def handle_endtag(self, tag: str) -> None:
        self._in_caption = False

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.captions.append(data)


MIRROR = "matrix(-1 0 0 1 200 0)"


def test_the_body_diagram_draws_each_muscle_in_the_views_it_has_shapes_for_by_its_role() -> None:
    highlights = (
        Highlight.of("quads", "Quadriceps", "synergist", Drawing(front=["M1 1 Z"])),
        Highlight.of("glutes", "Glutes", "target", Drawing(back=["M2 2 Z", "M3 3 Z"])),
        Highlight.of("calves", "Calves", "", Drawing(front=["M4 4 Z"], back=["M5 5 Z"])),
    )
    svg = str(render_body_diagram(highlights, 'Views "front" & <back>'))
    assert "\n\n" not in svg and not svg.startswith("\n") and not svg.endswith("\n")
    diagram = _Diagram()
    diagram.feed(svg)
    assert diagram.label == 'Views "front" & <back>'
    assert diagram.captions == ["Front", "Back"]
    assert diagram.views == {
        "front": (None, [
            ("quads", "pcg-body__muscle pcg-body__muscle--synergist", [("M1 1 Z", None), ("M1 1 Z", MIRROR)]),
            ("calves", "pcg-body__muscle", [("M4 4 Z", None), ("M4 4 Z", MIRROR)]),
        ]),
        "back": ("translate(210 0)", [
            ("glutes", "pcg-body__muscle pcg-body__muscle--target", [("M2 2 Z", None), ("M2 2 Z", MIRROR), ("M3 3 Z", None), ("M3 3 Z", MIRROR)]),
            ("calves", "pcg-body__muscle", [("M5 5 Z", None), ("M5 5 Z", MIRROR)]),
        ]),
    }  # fmt: skip


class _Tags(HTMLParser):
    """Start and end tags in document order, with their attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events += [("start", tag, dict(attrs)), ("end", tag, {})]

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, {}))


def test_a_qr_code_is_titled_inside_its_svg_and_corrects_a_medium_share_of_damage() -> None:
    # 51 bytes fit a version 3 symbol only at the lowest error correction (53 bytes); at level M (15 %) they need
    # version 4: 33 modules, plus a two-module quiet zone on each side.
    url = "https://coaches.runclub.net/exercises/box-jump-abc/"
    tags = _Tags()
    tags.feed(str(qr_svg(url, "QR code: Box jump")))
    (_, svg, root), (_, title, _), (_, _, _), (_, path, drawn), (_, _, _), (_, end, _) = tags.events
    assert (svg, title, path, end) == ("svg", "title", "path", "svg")
    assert root == {"viewbox": "0 0 37 37", "class": "pcg-qr", "data-search-exclude": None}
    assert "class" not in drawn
