"""Atomic site builds: write into a fresh folder beside the site folder, then swap it in only when complete.

The site folder is therefore always the last good build or the new one. Each build holds an advisory
lock on its own staging folder for as long as it lives, so the next build can tell the leftovers of an
interrupted or killed build (unlocked: removed) from the work of a build running at the same time
(locked: left alone). Creating, cleaning and swapping happen under a lock on the parent folder, so two
builds at once never step on each other. No MkDocs here.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import sys
import secrets
from collections.abc import Iterator
from typing import Any
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: builds still work, only without the locks
    fcntl = None  # type: ignore[assignment]

_RENAME_EXCHANGE = 2  # from <linux/fs.h>
_AT_FDCWD = -100


class SiteDirError(Exception):
    """The site folder cannot be prepared: a one-line message for the author."""


class StagedBuild:
    """A build in progress: `folder` receives the files; `publish` swaps it in, `discard` throws it away."""

    def __init__(self, site_dir: str | Path, *, keep_previous: bool = False) -> None:
        # Swap the real folder, so a symlinked site/ stays a symlink to the new build.
        self.site = Path(os.path.realpath(site_dir))
        self.prefix = f".{self.site.name}.build-"
        parent = self.site.parent
        for folder in (self.site, *self.site.parents):
            if folder.exists() and not folder.is_dir():
                where = "" if folder == self.site else f": '{folder}'"
                raise SiteDirError(f"site_dir '{site_dir}'{where} is a file, not a folder")
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SiteDirError(f"site_dir '{site_dir}': cannot create the folder '{parent}': {_reason(error)}") from None
        with _locked(parent):
            remove_leftovers(self.site)
            try:
                self.folder = _new_folder(parent, self.prefix)
            except OSError as error:
                raise SiteDirError(f"site_dir '{site_dir}': cannot write in '{parent}': {_reason(error)}") from None
            self._lock = _hold_lock(self.folder)
        if keep_previous and self.site.is_dir():
            # A dirty build only rewrites what changed, so it starts from a copy of the last one.
            shutil.copytree(self.site, self.folder, symlinks=True, dirs_exist_ok=True)

    def publish(self) -> None:
        """Swap the finished build in; the previous one is removed afterwards."""
        with _locked(self.site.parent):
            if exchange(self.folder, self.site):
                old = self.folder
            else:
                old = self.folder.with_name(self.folder.name + ".old")
                if self.site.exists():
                    os.rename(self.site, old)
                try:
                    os.rename(self.folder, self.site)
                except OSError:
                    if old.exists():
                        os.rename(old, self.site)
                    raise
        self._release()
        remove(old)

    def discard(self) -> None:
        self._release()
        remove(self.folder)

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def exchange(new: Path, current: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False when that is not possible here."""
    if not current.exists():
        os.rename(new, current)
        return True
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(current), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):  # a file system or kernel without it
        return False
    raise OSError(code, os.strerror(code), str(current))


def remove(folder: Path) -> None:
    """Remove a folder as far as possible, read-only subfolders (a read-only site/ replaced) included."""

    def unlock_and_retry(func: Any, path: str, *_: object) -> None:
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(path), 0o700)
            func(path)

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=unlock_and_retry)
    else:
        shutil.rmtree(folder, onerror=unlock_and_retry)


def remove_leftovers(site: Path) -> list[Path]:
    """Remove staging folders of builds that ended without publishing; a running build's stays."""
    removed = []
    prefix = f".{site.name}.build-"
    for entry in sorted(site.parent.glob(prefix + "*")):
        if not entry.is_dir() or entry.is_symlink():
            continue
        with _try_lock(entry) as free:
            if not free:
                continue
        remove(entry)
        removed.append(entry)
    return removed


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    handle = _hold_lock(folder, wait=True)
    try:
        yield
    finally:
        if handle is not None:
            os.close(handle)


@contextlib.contextmanager
def _try_lock(folder: Path) -> Iterator[bool]:
    """Yields True when no running build holds the folder."""
    if fcntl is None:  # pragma: no cover
        yield False
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        yield False
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        yield False
        return
    try:
        yield True
    finally:
        os.close(handle)


def _hold_lock(folder: Path, *, wait: bool = False) -> int | None:
    if fcntl is None:  # pragma: no cover
        return None
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        raise
    return handle


def _new_folder(parent: Path, prefix: str) -> Path:
    """A fresh folder with the permissions the umask gives (mkdtemp's would be private: 0700)."""
    while True:
        folder = parent / f"{prefix}{secrets.token_hex(4)}"
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
