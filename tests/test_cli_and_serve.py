"""The command line and the live previews: `write` makes the complete docs tree, touching only what changed; `mkdocs
serve` and `make serve ENGINE=zensical` show a data edit without a restart."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import DATA, make_tiny_site


def write(site: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "write", str(out)], capture_output=True, text=True, cwd=site)


def tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_write_makes_the_complete_docs_tree(tmp_path: Path, mini_text: str) -> None:
    make_tiny_site(tmp_path, mini_text)
    (tmp_path / "content" / "season.md").write_text(
        "---\nrender_macros: true\n---\n# Season\n\nRest {{ guide.rest.heavy }}. See [the bridge](exercises/one-leg-bridge.md).\n", encoding="utf-8"
    )
    result = write(tmp_path, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    written = set(tree(out))
    # Chapters, generated pages, data files and the former slug's redirect page, as the MkDocs build publishes them.
    assert {"index.md", "safety.md", "anatomy/chain.md", "exercises/box-jump.md", "anatomy/glutes.md", "plan.md"} <= written
    assert {"api/exercises.json", "schedules/offseason.ics", "robots.txt", "exercises/one-leg-bridge/index.html"} <= written
    assert (out / "exercises" / "box-jump.md").read_text(encoding="utf-8").startswith('---\ntitle: "Box jump"')
    # Figures are filled in, links to a former slug follow the rename, the front matter stays, and the glossary's
    # definitions (mini.yaml has one) follow, as on every page.
    assert (out / "season.md").read_text(encoding="utf-8") == (
        "---\nrender_macros: true\n---\n# Season\n\nRest 60-90 seconds. See [the bridge](exercises/single-leg-glute-bridge.md).\n"
        "\n\n*[hinge]: Bend at the hips.\n"
    )
    redirect = (out / "exercises" / "one-leg-bridge" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../single-leg-glute-bridge/">' in redirect


def test_write_again_touches_only_what_changed(tmp_path: Path, mini_text: str) -> None:
    make_tiny_site(tmp_path, mini_text)
    out = tmp_path / "out"
    assert write(tmp_path, out).returncode == 0
    before = tree(out)
    time.sleep(0.01)
    (tmp_path / "exercises.yaml").write_text(mini_text.replace("summary: Jump up.", "summary: Jump onto the box."), encoding="utf-8")
    result = write(tmp_path, out)
    assert result.returncode == 0, result.stderr
    after = tree(out)
    changed = sorted(path for path in after if after[path] != before.get(path))
    # The summary shows on the box jump's own page and in the exercise index; nothing else is rewritten.
    assert changed == ["exercises/box-jump.md", "exercises/index.md"]
    assert result.stdout.strip().endswith("0 removed")


def test_write_removes_what_the_guide_no_longer_makes_and_refuses_a_foreign_folder(tmp_path: Path, mini_text: str) -> None:
    make_tiny_site(tmp_path, mini_text)
    out = tmp_path / "out"
    assert write(tmp_path, out).returncode == 0
    renamed = mini_text.replace("- slug: box-jump", "- slug: box-jump-up").replace("exercise: box-jump}", "exercise: box-jump-up}")
    (tmp_path / "exercises.yaml").write_text(renamed, encoding="utf-8")
    assert write(tmp_path, out).returncode == 0
    assert not (out / "exercises" / "box-jump.md").exists() and (out / "exercises" / "box-jump-up.md").is_file()
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me\n", encoding="utf-8")
    result = write(tmp_path, foreign)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{foreign}:1:1: the folder holds files the guide did not write")
    assert (foreign / "mine.txt").read_text(encoding="utf-8") == "keep me\n"


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


# `make serve` and `make serve ENGINE=zensical`, as the Makefile runs them.
PREVIEWS = {
    "mkdocs": lambda root, address: [sys.executable, "-m", "mkdocs", "serve", "-a", address, "-f", str(root / "mkdocs.yml")],
    "zensical": lambda root, address: [sys.executable, "-m", "generator.zensical", "serve", "--root", str(root), "--dev-addr", address],
}


@pytest.mark.build
@pytest.mark.parametrize("engine", sorted(PREVIEWS))
def test_the_preview_shows_a_data_edit_without_a_restart(tmp_path: Path, mini_text: str, engine: str) -> None:
    make_tiny_site(tmp_path, mini_text)
    address = f"127.0.0.1:{free_port()}"
    server = subprocess.Popen(PREVIEWS[engine](tmp_path, address), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        url = f"http://{address}/exercises/calf-raise/"
        assert wait_for(url, "Calf raise")
        (tmp_path / "exercises.yaml").write_text(mini_text.replace("name: Calf raise", "name: Standing heel raise"), encoding="utf-8")
        assert wait_for(url, "Standing heel raise")
    finally:
        server.terminate()
        server.wait(timeout=10)
