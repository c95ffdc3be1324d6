"""Atomic builds: site/ is always the last good build or the new one, whatever fails and whenever.

Each test builds a tiny guide once, then breaks the next build in one way (a strict-mode warning, an
error mid-write, Ctrl-C, a kill, two builds at once, an impossible site_dir) and checks what is left.
"""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import read_config, write_config, make_tiny_site, mkdocs


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".site."))


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr


@pytest.fixture
def built(tmp_path: Path, mini_text: str) -> Path:
    """A tiny guide with a first good build in site/; returns mkdocs.yml."""
    config = make_tiny_site(tmp_path, mini_text)
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return config


def edit_config(config: Path, **changes: object) -> None:
    settings = read_config(config)
    settings.update(changes)
    write_config(config, settings)


def add_hook(config: Path, code: str) -> None:
    """A MkDocs hook file: the way to fail a build at a chosen moment."""
    (config.parent / "hook.py").write_text(code, encoding="utf-8")
    edit_config(config, hooks=["hook.py"])


def test_a_strict_warning_keeps_the_previous_site(built: Path) -> None:
    site = built.parent / "site"
    before = snapshot(site)
    safety = built.parent / "content" / "safety.md"
    safety.write_text("# Safety\n\nSee [the top](index.md#no-such-heading).\n", encoding="utf-8")
    result = mkdocs(built, "build", "--strict")
    assert result.returncode == 1
    assert "no-such-heading" in result.stderr and "Aborted with 1 warnings in strict mode!" in result.stdout
    assert snapshot(site) == before
    assert leftovers(built.parent) == []


def test_without_strict_the_same_warning_publishes(built: Path) -> None:
    site = built.parent / "site"
    (built.parent / "content" / "safety.md").write_text("# Safety\n\nSee [the top](index.md#no-such-heading).\n", encoding="utf-8")
    edit_config(built, strict=False)
    result = mkdocs(built, "build")
    assert result.returncode == 0, result.stderr
    assert "no-such-heading" in (site / "safety" / "index.html").read_text(encoding="utf-8")
    assert leftovers(built.parent) == []


def test_a_disk_full_error_mid_write_keeps_the_previous_site(built: Path) -> None:
    site = built.parent / "site"
    before = snapshot(site)
    add_hook(
        built,
        "import errno\n"
        "def on_post_page(output, *, page, config):\n"
        "    if page.file.src_uri == 'exercises/box-jump.md':\n"
        "        raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "    return output\n",
    )
    result = mkdocs(built, "build", "--strict")
    assert result.returncode == 1
    assert "No space left on device" in result.stderr
    assert snapshot(site) == before
    assert leftovers(built.parent) == []


def test_a_redirect_that_goes_nowhere_keeps_the_previous_site(built: Path) -> None:
    """Warnings from plugins that write in on_post_build count too: the swap comes after them."""
    site = built.parent / "site"
    before = snapshot(site)
    settings = read_config(built)
    settings["plugins"][settings["plugins"].index("redirects")] = {"redirects": {"redirect_maps": {"old.md": "gone.md"}}}
    write_config(built, settings)
    (built.parent / "content" / "safety.md").write_text("# Safety\n\nA newer text.\n", encoding="utf-8")
    result = mkdocs(built, "build", "--strict")
    assert result.returncode == 1
    assert "Redirect target 'gone.md' does not exist!" in result.stderr
    assert snapshot(site) == before


def interrupt_mid_build(config: Path, signal_number: int) -> subprocess.Popen[str]:
    """Start a build and signal it once its staging folder exists, slowed by a hook so it is still busy."""
    add_hook(config, "import time\ndef on_post_page(output, *, page, config):\n    time.sleep(0.05)\n    return output\n")
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        cwd=config.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not any((config.parent / name / "assets").is_dir() for name in leftovers(config.parent)):
            assert time.monotonic() < deadline and build.poll() is None, "the build never started writing"
            time.sleep(0.01)
        build.send_signal(signal_number)
    finally:
        build.communicate(timeout=60)
    return build


def test_ctrl_c_keeps_the_previous_site_and_cleans_up(built: Path) -> None:
    site = built.parent / "site"
    before = snapshot(site)
    build = interrupt_mid_build(built, signal.SIGINT)
    assert build.returncode != 0
    assert snapshot(site) == before
    assert leftovers(built.parent) == []


def test_a_killed_build_leaves_a_folder_the_next_build_removes_unpublished(built: Path) -> None:
    site = built.parent / "site"
    before = snapshot(site)
    build = interrupt_mid_build(built, signal.SIGKILL)
    assert build.returncode == -signal.SIGKILL
    assert snapshot(site) == before
    left = leftovers(built.parent)
    assert len(left) == 1
    (built.parent / left[0] / "stale.html").write_text("from the killed build", encoding="utf-8")

    edit_config(built, hooks=[])
    result = mkdocs(built, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert leftovers(built.parent) == []
    assert not (site / "stale.html").exists()
    assert snapshot(site).keys() == before.keys()


def test_two_builds_at_once_both_succeed(built: Path) -> None:
    site = built.parent / "site"
    expected = snapshot(site).keys()
    for _ in range(2):
        builds = [
            subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(built)],
                cwd=built.parent,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for build in builds:
            _, err = build.communicate(timeout=120)
            assert build.returncode == 0, err
        assert snapshot(site).keys() == expected
        assert leftovers(built.parent) == []


def test_a_dirty_build_keeps_what_it_does_not_rebuild(built: Path) -> None:
    site = built.parent / "site"
    (site / "kept-by-dirty.txt").write_text("a file only a clean build removes", encoding="utf-8")
    edit_config(built, strict=False)  # MkDocs warns on every dirty build
    result = mkdocs(built, "build", "--dirty")
    assert result.returncode == 0, result.stderr
    assert (site / "kept-by-dirty.txt").is_file()
    assert (site / "exercises" / "box-jump" / "index.html").is_file()
    result = mkdocs(built, "build")
    assert result.returncode == 0, result.stderr
    assert not (site / "kept-by-dirty.txt").exists()


@pytest.mark.parametrize(
    ("site_dir", "message"),
    [
        ("notes.txt/site", "site_dir '{tmp}/notes.txt/site': '{tmp}/notes.txt' is a file, not a folder"),
        ("notes.txt", "site_dir '{tmp}/notes.txt' is a file, not a folder"),
    ],
)
@pytest.mark.build
def test_a_site_dir_that_cannot_be_a_folder_is_one_line(tmp_path: Path, mini_text: str, site_dir: str, message: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    edit_config(config, site_dir=site_dir)
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 1
    no_traceback(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert errors == ["ERROR   -  mkdocs.yml: " + message.format(tmp=tmp_path)]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.build
def test_a_missing_site_parent_is_created(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    edit_config(config, site_dir="out/public/site")
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "public" / "site" / "exercises" / "box-jump" / "index.html").is_file()
    assert sorted(p.name for p in (tmp_path / "out" / "public").iterdir()) == ["site"]


def test_where_renameat2_cannot_swap_two_renames_publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import atomic

    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old", encoding="utf-8")
    monkeypatch.setattr(atomic, "exchange", lambda new, current: False)
    staged = atomic.StagedBuild(site)
    (staged.folder / "new.html").write_text("new", encoding="utf-8")
    staged.publish()
    assert sorted(p.name for p in site.iterdir()) == ["new.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_running_build_keeps_its_folder_while_another_starts(tmp_path: Path) -> None:
    from generator.atomic import StagedBuild

    site = tmp_path / "site"
    first = StagedBuild(site)
    (first.folder / "page.html").write_text("first", encoding="utf-8")
    second = StagedBuild(site)  # cleans leftovers, but the first build is alive
    assert (first.folder / "page.html").read_text(encoding="utf-8") == "first"
    first.publish()
    second.discard()
    assert (site / "page.html").read_text(encoding="utf-8") == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert oct(site.stat().st_mode & 0o777) == oct(0o777 & ~current_umask())


def current_umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_parent_folder_that_refuses_writes_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, a read-only folder still takes writes, so the refusal is simulated where the folder is made."""
    import errno

    from generator import atomic

    def refuse(parent: Path, prefix: str) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(parent / prefix))

    monkeypatch.setattr(atomic, "_new_folder", refuse)
    with pytest.raises(atomic.SiteDirError) as caught:
        atomic.StagedBuild(tmp_path / "site")
    assert str(caught.value) == f"site_dir '{tmp_path / 'site'}': cannot write in '{tmp_path}': Permission denied"
