"""The offline copy: sw.js lists every file the built site serves with its content hash, under a version that
changes exactly when a file does, after the home-screen manifest and icons are written."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from generator import offline
from generator.offline import precache_list, service_worker, write_offline_files
from tests.test_unit_files_site_tree import write_files

WORKER_CODE = (Path(__file__).resolve().parents[1] / "generator" / "service_worker.js").read_text(encoding="utf-8")
HEADER = re.compile(r'const VERSION = "([^"]*)";\nconst HASH_LENGTH = 16;\nconst FILES = ([^\n]*);\n')


def short_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:16]


def read_worker(text: str) -> tuple[str, list[list[str]]]:
    """(VERSION, FILES) of a sw.js, the list read back as JSON; the worker's code must follow unchanged."""
    header = HEADER.match(text)
    assert header is not None and text[header.end() :] == WORKER_CODE
    return header.group(1), json.loads(header.group(2))


def test_every_served_file_is_listed_by_address_with_its_hash(tmp_path: Path) -> None:
    files = {
        "index.html": b"home",
        "plan/index.html": b"plan",
        "notindex.html": b"not an index",
        "exercises/box-jump/index.html": b"box",
        "assets/javascripts/bundle.js": b"js",
        "assets/javascripts/lunr.js": b"lunr",
        "assets/javascripts/lunr/min/lunr.de.min.js": b"de",
        "assets/javascripts/bundle.js.map": b"map",
        "sw.js": b"old worker",
        "schedules/offseason.ics": b"BEGIN:VCALENDAR",
    }
    (write_files(tmp_path, files) / "empty").mkdir()
    assert precache_list(tmp_path) == [
        ("assets/javascripts/bundle.js", short_hash(b"js")),
        ("assets/javascripts/lunr.js", short_hash(b"lunr")),
        ("exercises/box-jump/", short_hash(b"box")),
        ("./", short_hash(b"home")),
        ("notindex.html", short_hash(b"not an index")),
        ("plan/", short_hash(b"plan")),
        ("schedules/offseason.ics", short_hash(b"BEGIN:VCALENDAR")),
    ]


def test_the_worker_carries_a_version_made_from_its_list(tmp_path: Path) -> None:
    entries = [("./", "0123456789abcdef"), ("plan/", "fedcba9876543210")]
    version, listed = read_worker(service_worker(entries))
    assert listed == [["./", "0123456789abcdef"], ["plan/", "fedcba9876543210"]]
    assert version == short_hash(b'[["./","0123456789abcdef"],["plan/","fedcba9876543210"]]')
    assert read_worker(service_worker(entries[:1]))[0] != version


def test_a_worker_without_files_caches_nothing() -> None:
    assert read_worker(service_worker([])) == ("none", [])


def test_after_a_build_the_app_files_are_written_and_listed(tmp_path: Path) -> None:
    write_files(tmp_path, {"index.html": b"home"})
    write_offline_files(tmp_path, "Posterior chain training", "Chain")
    manifest = json.loads((tmp_path / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert (manifest["name"], manifest["short_name"]) == ("Posterior chain training", "Chain")
    icons = [icon["src"] for icon in manifest["icons"]]
    assert "assets/icons/icon.svg" in icons and all((tmp_path / icon).is_file() for icon in icons)
    assert all((tmp_path / icon).read_bytes().startswith(b"\x89PNG") for icon in icons if icon.endswith(".png"))
    version, listed = read_worker((tmp_path / "sw.js").read_text(encoding="utf-8"))
    on_disk = {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and p.name != "sw.js"}
    assert listed == [["./" if path == "index.html" else path, short_hash(content)] for path, content in sorted(on_disk.items())]
    assert {"manifest.webmanifest", *icons} <= {path for path, _ in listed} and version != "none"


def test_a_build_for_the_preview_writes_a_worker_that_caches_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Drawing the real icons takes a second; any text and bytes show where they are written.
    monkeypatch.setattr(offline, "app_files", lambda name, short_name: {"app.json": f'["{name}", "{short_name}"]', "icons/a.png": b"\x89PNG"})
    write_files(tmp_path, {"index.html": b"home"})
    write_offline_files(tmp_path, "Guide", "G", precache=False)
    assert read_worker((tmp_path / "sw.js").read_text(encoding="utf-8")) == ("none", [])
    assert (tmp_path / "app.json").read_text(encoding="utf-8") == '["Guide", "G"]' and (tmp_path / "icons" / "a.png").read_bytes() == b"\x89PNG"
