"""The command line and the live preview: `write` dumps the generated pages; `mkdocs serve` rebuilds when the YAML changes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import DATA, make_tiny_site


def test_write_puts_every_generated_page_in_a_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "write", str(tmp_path / "out"), "--data", str(DATA / "mini.yaml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert "exercises/box-jump.md" in written and "anatomy/glutes.md" in written and "api/exercises.json" in written
    assert (tmp_path / "out" / "exercises" / "box-jump.md").read_text(encoding="utf-8").startswith('---\ntitle: "Box jump"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in fetch(url):
            return True
        time.sleep(0.3)
    return False


@pytest.mark.build
def test_serve_rebuilds_when_the_data_changes(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    try:
        url = f"http://127.0.0.1:{port}/exercises/calf-raise/"
        assert wait_for(url, "Calf raise")
        (tmp_path / "exercises.yaml").write_text(mini_text.replace("name: Calf raise", "name: Standing heel raise"), encoding="utf-8")
        assert wait_for(url, "Standing heel raise")
    finally:
        server.terminate()
        server.wait(timeout=10)
