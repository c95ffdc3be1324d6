"""The offline copy of the guide: after a build, sw.js at the site root lists every file with its content hash and
carries a version made from them, so a changed build is a new version and an unchanged one is not."""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from pathlib import Path

WORKER = "sw.js"
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


def write_service_worker(site_dir: Path, *, precache: bool = True) -> None:
    text = service_worker(precache_list(site_dir) if precache else [])
    (site_dir / WORKER).write_text(text, encoding="utf-8")
