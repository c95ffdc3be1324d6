"""The web app manifest and its icons, drawn here so nothing is downloaded: an SVG, and PNGs rasterised from the
same shapes, so the guide can be added to a phone's home screen."""

from __future__ import annotations

import json
import struct
import zlib

# Material's indigo (the site's primary colour) behind a white chain of three links, the middle one deep orange.
BACKGROUND = (0x3F, 0x51, 0xB5)
LINK = (0xFF, 0xFF, 0xFF)
ACCENT = (0xFF, 0x70, 0x43)
# Rings on a 100-unit square: centre x, centre y, radius, colour. They sit inside the central 80 %, the part a
# maskable icon keeps whatever shape the phone cuts it to.
RINGS = ((32.0, 68.0, 14.0, LINK), (50.0, 50.0, 14.0, ACCENT), (68.0, 32.0, 14.0, LINK))
RING_WIDTH = 6.0
ICON_SIZES = (192, 512)


def icon_svg() -> str:
    rings = "".join(
        f'<circle cx="{x:g}" cy="{y:g}" r="{r:g}" fill="none" stroke="#{_hex(colour)}" stroke-width="{RING_WIDTH:g}"/>'
        for x, y, r, colour in RINGS
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" fill="#{_hex(BACKGROUND)}"/>{rings}</svg>\n'
    )


def icon_png(size: int) -> bytes:
    """The icon as an RGB PNG, each pixel shaded by how much of it a ring covers."""
    scale = 100 / size
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0: the row as it is
        for px in range(size):
            x, y = (px + 0.5) * scale, (py + 0.5) * scale
            colour = BACKGROUND
            for cx, cy, r, ring in RINGS:
                distance = abs(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 - r)
                cover = min(1.0, max(0.0, (RING_WIDTH / 2 - distance) / scale + 0.5))
                if cover > 0:
                    colour = tuple(round(a + (b - a) * cover) for a, b in zip(colour, ring, strict=True))  # type: ignore[assignment]
            row.extend(colour)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b"")


def web_manifest(name: str, short_name: str) -> str:
    icons = [{"src": "assets/icons/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}]
    icons += [
        {"src": f"assets/icons/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any maskable"}
        for size in ICON_SIZES
    ]
    manifest = {
        "name": name,
        "short_name": short_name,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": f"#{_hex(BACKGROUND)}",
        "icons": icons,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def app_files(name: str, short_name: str) -> dict[str, str | bytes]:
    """{site path: content} for the manifest and every icon it names."""
    files: dict[str, str | bytes] = {"manifest.webmanifest": web_manifest(name, short_name), "assets/icons/icon.svg": icon_svg()}
    for size in ICON_SIZES:
        files[f"assets/icons/icon-{size}.png"] = icon_png(size)
    return files


def _hex(colour: tuple[int, int, int]) -> str:
    return "".join(f"{c:02x}" for c in colour)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
