"""Atomic site builds, in-process between folders in tmp_path: a build is staged beside site/ and swapped in whole;
leftovers of dead builds are cleaned, a running build's folder is not; a site_dir that cannot be a folder is one line."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator import atomic
from generator.atomic import SiteDirError, StagedBuild, exchange, remove, remove_leftovers
from tests.test_unit_files_site_tree import read_files, write_files


def test_a_build_is_staged_beside_the_site_then_swapped_in(tmp_path: Path) -> None:
    site = write_files(tmp_path / "site", {"old.html": "old", "a/b.html": "old b"})
    staged = StagedBuild(site)
    assert staged.folder.parent == tmp_path and re.fullmatch(r"\.site\.build-[0-9a-f]{8}", staged.folder.name)
    assert list(staged.folder.iterdir()) == []
    write_files(staged.folder, {"new.html": "new"})
    assert read_files(site) == {"a/b.html": b"old b", "old.html": b"old"}  # nothing shows until it is published
    staged.publish()
    assert read_files(site) == {"new.html": b"new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_the_first_build_makes_the_site_folder_and_its_parents(tmp_path: Path) -> None:
    site = tmp_path / "out" / "public" / "site"
    staged = StagedBuild(site)
    write_files(staged.folder, {"index.html": "home"})
    staged.publish()
    assert read_files(tmp_path) == {"out/public/site/index.html": b"home"}


def test_a_dirty_build_starts_from_a_copy_of_the_last_one(tmp_path: Path) -> None:
    site = write_files(tmp_path / "site", {"page.html": "last", "a/b.html": "b"})
    (site / "latest").symlink_to("page.html")
    staged = StagedBuild(site, keep_previous=True)
    assert read_files(staged.folder) == {"a/b.html": b"b", "latest": b"last", "page.html": b"last"}
    assert os.readlink(staged.folder / "latest") == "page.html"
    staged.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert read_files(site) == {"a/b.html": b"b", "latest": b"last", "page.html": b"last"}


def test_a_symlinked_site_stays_a_symlink_to_the_new_build(tmp_path: Path) -> None:
    real = write_files(tmp_path / "builds" / "real", {"old.html": "old"})
    link = tmp_path / "site"
    link.symlink_to(real)
    staged = StagedBuild(link)
    assert staged.folder.parent == real.parent and staged.folder.name.startswith(".real.build-")
    write_files(staged.folder, {"new.html": "new"})
    staged.publish()
    assert link.is_symlink() and Path(os.readlink(link)) == real
    assert read_files(link) == {"new.html": b"new"}
    assert sorted(p.name for p in real.parent.iterdir()) == ["real"]


@pytest.mark.parametrize(
    ("files", "site", "where"),
    [({"site": b"a file"}, "site", ""), ({"out": b"a file"}, "out/site", ": '{tmp}/out'"), ({"out": b"a file"}, "out/deeper/site", ": '{tmp}/out'")],
)
def test_a_site_dir_that_is_a_file_is_one_line(tmp_path: Path, files: dict[str, bytes], site: str, where: str) -> None:
    write_files(tmp_path, files)
    with pytest.raises(SiteDirError) as caught:
        StagedBuild(tmp_path / site)
    assert str(caught.value) == f"site_dir '{tmp_path / site}'{where.format(tmp=tmp_path)} is a file, not a folder"
    assert read_files(tmp_path) == files


@pytest.mark.parametrize(
    ("error", "reason"),
    [(PermissionError(errno.EACCES, "Permission denied"), "Permission denied"), (OSError("the disk is on fire"), "the disk is on fire")],
)
def test_a_parent_that_cannot_be_made_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(SiteDirError) as caught:
        StagedBuild(tmp_path / "out" / "site")
    assert str(caught.value) == f"site_dir '{tmp_path / 'out' / 'site'}': cannot create the folder '{tmp_path / 'out'}': {reason}"


def test_a_staging_name_taken_by_a_running_build_is_not_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    running = StagedBuild(tmp_path / "site")
    names = iter([running.folder.name.removeprefix(".site.build-"), "bbbb"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda size: next(names))
    write_files(running.folder, {"page.html": "running"})
    second = StagedBuild(tmp_path / "site")
    assert second.folder.name == ".site.build-bbbb"
    assert read_files(running.folder) == {"page.html": b"running"} and list(second.folder.iterdir()) == []
    second.discard()
    running.discard()


def test_leftovers_of_dead_builds_go_and_the_rest_stays(tmp_path: Path) -> None:
    running = StagedBuild(tmp_path / "site")
    # A file and a symlink sort first, so the dead builds after them are found too.
    write_files(tmp_path, {".site.build-dead1/index.html": "x", ".site.build-dead2/a/b.html": "y", ".site.build-0file": "a file", ".other.build-1/x": "x"})
    (tmp_path / ".site.build-0link").symlink_to(tmp_path / ".other.build-1")
    assert remove_leftovers(tmp_path / "site") == [tmp_path / ".site.build-dead1", tmp_path / ".site.build-dead2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".other.build-1", ".site.build-0file", ".site.build-0link", running.folder.name])
    running.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.build-1", ".site.build-0file", ".site.build-0link"]


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("end", ["publish", "discard"])
def test_a_build_leaves_no_file_open(tmp_path: Path, end: str) -> None:
    """`mkdocs serve` rebuilds for hours: each build must let go of the lock it holds on its folder."""
    before = open_files()
    for _ in range(3):
        getattr(StagedBuild(tmp_path / "site"), end)()
    assert open_files() == before


def test_a_build_waits_while_another_prepares_the_same_parent(tmp_path: Path) -> None:
    handle = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    started: list[StagedBuild] = []
    worker = threading.Thread(target=lambda: started.append(StagedBuild(tmp_path / "site")))
    try:
        worker.start()
        worker.join(0.3)
        assert worker.is_alive() and list(tmp_path.iterdir()) == []
    finally:
        os.close(handle)
    worker.join(5)
    assert len(started) == 1 and started[0].folder.is_dir()
    started[0].discard()


def test_exchange_swaps_two_folders_or_moves_one_in(tmp_path: Path) -> None:
    new, current = write_files(tmp_path / "new", {"n": "new"}), write_files(tmp_path / "current", {"c": "current"})
    assert exchange(new, current) is True
    assert (read_files(new), read_files(current)) == ({"c": b"current"}, {"n": b"new"})
    assert exchange(new, tmp_path / "fresh") is True
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current", "fresh"]
    ctypes.set_errno(0)  # the error reported must be this call's own
    with pytest.raises(FileNotFoundError) as caught:
        exchange(tmp_path / "gone", current)
    assert caught.value.filename == str(current)


@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP])
def test_exchange_says_so_where_the_kernel_or_file_system_cannot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    fake = _Fake(-1)
    monkeypatch.setattr(atomic.ctypes, "CDLL", lambda name, use_errno: SimpleNamespace(renameat2=fake))
    monkeypatch.setattr(atomic.ctypes, "get_errno", lambda: code)
    new, current = write_files(tmp_path / "new", {"n": "new"}), write_files(tmp_path / "current", {"c": "current"})
    assert exchange(new, current) is False
    assert (read_files(new), read_files(current)) == ({"n": b"new"}, {"c": b"current"})
    assert fake.calls == [(-100, os.fsencode(new), -100, os.fsencode(current), 2)]


def test_exchange_raises_any_other_failure_with_the_site_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.ctypes, "CDLL", lambda name, use_errno: SimpleNamespace(renameat2=_Fake(-1)))
    monkeypatch.setattr(atomic.ctypes, "get_errno", lambda: errno.EXDEV)
    current = write_files(tmp_path / "current", {"c": "current"})
    with pytest.raises(OSError) as caught:
        exchange(write_files(tmp_path / "new", {}), current)
    assert (caught.value.errno, caught.value.strerror, caught.value.filename) == (errno.EXDEV, os.strerror(errno.EXDEV), str(current))


@pytest.mark.parametrize("libc", [OSError("no C library"), SimpleNamespace()])
def test_exchange_says_so_without_renameat2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, libc: object) -> None:
    def load(name: object, use_errno: bool) -> object:
        if isinstance(libc, OSError):
            raise libc
        return libc

    monkeypatch.setattr(atomic.ctypes, "CDLL", load)
    new, current = write_files(tmp_path / "new", {"n": "new"}), write_files(tmp_path / "current", {"c": "current"})
    assert exchange(new, current) is False
    assert (read_files(new), read_files(current)) == ({"n": b"new"}, {"c": b"current"})


class _Fake:
    """renameat2 as ctypes gives it: takes argtypes, records its calls, returns `result`."""

    def __init__(self, result: int) -> None:
        self.result = result
        self.argtypes: object = None
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> int:
        self.calls.append(args)
        return self.result


@pytest.mark.parametrize("site_exists", [True, False])
def test_where_folders_cannot_be_swapped_two_renames_publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, site_exists: bool) -> None:
    site = tmp_path / "site"
    if site_exists:
        write_files(site, {"old.html": "old"})
    monkeypatch.setattr(atomic, "exchange", lambda new, current: False)
    staged = StagedBuild(site)
    write_files(staged.folder, {"new.html": "new"})
    staged.publish()
    assert read_files(site) == {"new.html": b"new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_failed_rename_puts_the_previous_site_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = write_files(tmp_path / "site", {"old.html": "old"})
    monkeypatch.setattr(atomic, "exchange", lambda new, current: False)
    staged = StagedBuild(site)
    write_files(staged.folder, {"new.html": "new"})
    rename = os.rename

    def refuse_the_build(src: Path, dst: Path) -> None:
        if Path(src) == staged.folder:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        rename(src, dst)

    monkeypatch.setattr(atomic.os, "rename", refuse_the_build)
    with pytest.raises(OSError, match="Invalid cross-device link"):
        staged.publish()
    assert read_files(site) == {"old.html": b"old"}
    staged.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_remove_gets_past_a_folder_that_refuses_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_files(tmp_path / "old", {"a/locked.html": "x", "b.html": "y"})
    unlink, refused = os.unlink, []

    def refuse_once(path: str, *args: object, **kwargs: object) -> None:
        if os.path.basename(path) == "locked.html" and not refused:
            refused.append(path)
            raise PermissionError(errno.EACCES, "Permission denied", path)
        unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", refuse_once)
    remove(folder)
    assert refused and not folder.exists()
    remove(tmp_path / "never-made")  # nothing there: nothing to do
