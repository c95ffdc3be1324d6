"""A source archive (no .git, every file dated by the commit) builds and checks through the Makefile,
and two builds of it are byte-identical."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, make_tiny_site

# Each test here runs a whole build (or make) in a subprocess.
pytestmark = pytest.mark.build

COMMIT_TIME = 1600000000  # 2020-09-13 12:26:40 UTC, what `git archive` would stamp on every file


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def make(folder: Path, target: str) -> subprocess.CompletedProcess[str]:
    # Nothing from an outer `make test` or a repository around the folder may leak in.
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    env["GIT_DIR"] = str(folder / "no-git-here")
    return subprocess.run(["make", target, f"VENV={ROOT / '.venv'}"], cwd=folder, env=env, capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_a_source_archive_builds_byte_identical_sites_dated_by_its_files(tmp_path: Path) -> None:
    make_tiny_site(tmp_path, (DATA / "mini.yaml").read_text(encoding="utf-8"))
    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    for path in [tmp_path, *tmp_path.rglob("*")]:
        os.utime(path, (COMMIT_TIME, COMMIT_TIME))

    checked = make(tmp_path, "check")
    assert checked.returncode == 0, checked.stderr
    assert "exercises.yaml: 4 exercises, 2 muscles, 1 schedules: OK" in checked.stdout

    first = make(tmp_path, "site")
    assert first.returncode == 0, first.stderr
    once = snapshot(tmp_path / "site")
    second = make(tmp_path, "site")
    assert second.returncode == 0, second.stderr
    assert snapshot(tmp_path / "site") == once
    assert "<lastmod>2020-09-13</lastmod>" in (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
