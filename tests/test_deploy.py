"""`make deploy` against a local bare repository as `origin`: it refuses drafts, uncommitted data and a missing
remote, stops when the tests fail, and otherwise publishes the built guide to origin's gh-pages branch."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_env, make_tiny_site

# Each test here runs a whole build (or make) in a subprocess.
pytestmark = pytest.mark.build

REAL = "https://coaches.github.io/posterior-chain/"
VENV = Path(sys.prefix)
# Commits made here and by ghp-import need a name, whatever the machine's git configuration says.
IDENTITY = {"GIT_AUTHOR_NAME": "Coach", "GIT_AUTHOR_EMAIL": "coach@runclub.test", "GIT_COMMITTER_NAME": "Coach", "GIT_COMMITTER_EMAIL": "coach@runclub.test"}


def git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, env={**build_env(), **IDENTITY})


def make_deploy(folder: Path, site_url: str | None, fast_tests: str = "true") -> subprocess.CompletedProcess[str]:
    """`make deploy` in folder, with this test run's virtualenv (-o: do not reinstall it) and a stand-in test step;
    the real fast tests include this file."""
    return subprocess.run(
        ["make", "--no-print-directory", "-o", f"{VENV}/.ready", "deploy", f"VENV={VENV}", f"FAST_TESTS={fast_tests}"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**build_env(site_url), **IDENTITY},
    )


@pytest.fixture
def guide(tmp_path: Path, mini_text: str) -> Path:
    """A tiny guide committed to its own repository, with an empty bare repository as origin."""
    folder = tmp_path / "guide"
    folder.mkdir()
    make_tiny_site(folder, mini_text)
    shutil.copy(ROOT / "Makefile", folder / "Makefile")
    (folder / ".gitignore").write_text("/site/\n", encoding="utf-8")
    git(tmp_path, "init", "--quiet", "--bare", "origin.git")
    steps = (["init", "--quiet", "-b", "main"], ["add", "."], ["commit", "--quiet", "-m", "Guide"], ["remote", "add", "origin", "../origin.git"], ["push", "--quiet", "origin", "main"])
    for args in steps:
        assert git(folder, *args).returncode == 0
    return folder


def published_files(origin: Path) -> list[str]:
    listing = git(origin, "ls-tree", "-r", "--name-only", "gh-pages")
    return listing.stdout.splitlines() if listing.returncode == 0 else []


def assert_refused(result: subprocess.CompletedProcess[str], message: str, origin: Path) -> None:
    assert result.returncode != 0
    assert f"deploy: refused: {message}" in result.stderr.splitlines()
    assert "Traceback" not in result.stderr + result.stdout
    assert published_files(origin) == []


def test_a_placeholder_address_is_refused(guide: Path) -> None:
    assert_refused(
        make_deploy(guide, site_url=None),
        "site_url is still a placeholder ('https://posterior-chain.example.org/'): printed QR codes and calendar links "
        "would lead nowhere. Set site_url in mkdocs.yml, or SITE_URL, to the guide's public address "
        "(for GitHub Pages: https://USER.github.io/REPOSITORY/)",
        guide.parent / "origin.git",
    )


def test_uncommitted_data_is_refused(guide: Path) -> None:
    with (guide / "exercises.yaml").open("a", encoding="utf-8") as data:
        data.write("\n")
    (guide / "content" / "new.md").write_text("# New\n", encoding="utf-8")
    (guide / "notes.txt").write_text("not the guide's data\n", encoding="utf-8")
    assert_refused(
        make_deploy(guide, site_url=REAL),
        "uncommitted changes to the guide's data (content/new.md, exercises.yaml): commit them first, so the published "
        "guide is one you can find again in the history",
        guide.parent / "origin.git",
    )


def test_no_origin_is_refused(guide: Path) -> None:
    git(guide, "remote", "remove", "origin")
    assert_refused(
        make_deploy(guide, site_url=REAL),
        "there is no git remote named 'origin' to publish to: add one with `git remote add origin URL`",
        guide.parent / "origin.git",
    )


def test_failing_tests_stop_the_deploy(guide: Path) -> None:
    result = make_deploy(guide, site_url=REAL, fast_tests="false")
    assert result.returncode != 0
    assert published_files(guide.parent / "origin.git") == []


def test_a_failing_strict_build_publishes_nothing(guide: Path) -> None:
    (guide / "content" / "index.md").write_text("# Tiny guide\n\n[Gone](missing.md)\n", encoding="utf-8")
    git(guide, "commit", "--quiet", "-am", "Broken link")
    result = make_deploy(guide, site_url=REAL)
    assert result.returncode != 0
    assert "deploy: failed: the strict build failed (see above); nothing was published" in result.stderr.splitlines()
    assert published_files(guide.parent / "origin.git") == []


def test_the_guide_is_published_to_gh_pages_and_another_clone_publishes_on_top(guide: Path) -> None:
    origin = guide.parent / "origin.git"
    # A coach on another machine, whose clone is older than the first deploy: it has never seen gh-pages.
    git(guide.parent, "clone", "--quiet", "--branch", "main", "origin.git", "clone")

    result = make_deploy(guide, site_url=REAL)
    assert result.returncode == 0, result.stderr
    files = published_files(origin)
    for expected in (".nojekyll", "index.html", "404.html", "robots.txt", "sitemap.xml", "exercises/glute-bridge/index.html", "schedules/offseason.ics"):
        assert expected in files
    assert git(origin, "show", "gh-pages:robots.txt").stdout.endswith(f"Sitemap: {REAL}sitemap.xml\n")
    assert f"{REAL}exercises/glute-bridge/" in git(origin, "show", "gh-pages:api/exercises.json").stdout
    assert "data-draft" not in git(origin, "show", "gh-pages:schedules/offseason/index.html").stdout

    second = make_deploy(guide.parent / "clone", site_url=REAL)
    assert second.returncode == 0, second.stderr
    history = git(origin, "log", "--format=%s", "gh-pages").stdout.splitlines()
    assert len(history) == 2 and all(line.endswith(f"to {REAL}") for line in history)
