"""The offline copy of the guide: after a build, sw.js at the site root lists every file with its content hash and
carries a version made from them, so a changed build is a new version and an unchanged one is not."""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from pathlib import Path

from generator.render.app import app_files

WORKER = "sw.js"
APP_NAME = "Posterior chain"  # the short name under the home-screen icon, unless the guide plugin's app_name says
HASH_LENGTH = 16
# Source maps are for developers, and the search's extra-language files serve only guides not in English.
SKIPPED_SUFFIXES = (".map",)
SKIPPED_FOLDERS = ("assets/javascripts/lunr/",)


def precache_list(site_dir: Path) -> list[tuple[str, str]]:
    """(address below the site root, content hash) for every file the guide serves; pages by their folder URL."""
    entries = []
    for file in sorted(site_dir.rglob("*")):
        path = file.relative_to(site_dir).as_posix()
        if not file.is_file() or path == WORKER or path.endswith(SKIPPED_SUFFIXES) or path.startswith(SKIPPED_FOLDERS):
            continue
        address = path.removesuffix("index.html") if file.name == "index.html" else path
        entries.append((address or "./", hashlib.sha256(file.read_bytes()).hexdigest()[:HASH_LENGTH]))
    return entries


def service_worker(entries: list[tuple[str, str]]) -> str:
    """sw.js: the version and file list, then the worker's code. No entries: a worker that caches nothing (for
    `mkdocs serve`, where pages change under the reader) and clears what an earlier version cached."""
    listing = json.dumps(entries, separators=(",", ":"))
    version = hashlib.sha256(listing.encode()).hexdigest()[:HASH_LENGTH] if entries else "none"
    code = files("generator").joinpath("service_worker.js").read_text(encoding="utf-8")
    return f'const VERSION = "{version}";\nconst HASH_LENGTH = {HASH_LENGTH};\nconst FILES = {listing};\n{code}'


def write_offline_files(site_dir: Path, name: str, short_name: str, *, precache: bool = True) -> None:
    """After a build: the home-screen manifest and icons, then sw.js listing every file, those included."""
    for path, content in app_files(name, short_name).items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    text = service_worker(precache_list(site_dir) if precache else [])
    (site_dir / WORKER).write_text(text, encoding="utf-8")
