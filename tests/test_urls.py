"""URLs are promises: every published URL must keep resolving, to its page or to a redirect."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA, make_tiny_site, mkdocs

PUBLISHED = DATA / "published-urls.txt"
SKIPPED = ("assets/", "search/", "404.html", "sitemap.xml")


def built_urls(site: Path) -> set[str]:
    """Every page and data file a reader can open, as a path below the site root."""
    urls = set()
    for file in site.rglob("*"):
        path = file.relative_to(site).as_posix()
        if not file.is_file() or path.startswith(SKIPPED):
            continue
        if file.name == "index.html":
            urls.add("/" + path.removesuffix("index.html"))
        elif file.suffix in (".json", ".ics"):
            urls.add("/" + path)
    return urls


def published() -> set[str]:
    lines = PUBLISHED.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def test_no_published_url_disappears(real_site: Path) -> None:
    gone = sorted(published() - built_urls(real_site))
    assert gone == [], "published URLs no longer built; rename through former_slugs so a redirect keeps them"


def test_every_built_url_is_in_the_published_list(real_site: Path) -> None:
    new = sorted(built_urls(real_site) - published())
    assert new == [], f"add the new URLs to {PUBLISHED.relative_to(DATA.parent.parent)}"


@pytest.mark.build
def test_a_former_slug_redirects_to_the_renamed_page(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 0, result.stderr
    redirect = (tmp_path / "site" / "exercises" / "one-leg-bridge" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../single-leg-glute-bridge/">' in redirect


@pytest.mark.build
def test_renaming_breaks_a_promise_unless_the_former_slug_is_kept(tmp_path: Path, mini_text: str) -> None:
    config = make_tiny_site(tmp_path, mini_text)
    assert mkdocs(config, "build", "--strict").returncode == 0
    promised = built_urls(tmp_path / "site")
    renamed = mini_text.replace("slug: calf-raise", "slug: heel-raise").replace("exercise: calf-raise", "exercise: heel-raise")

    (tmp_path / "exercises.yaml").write_text(renamed, encoding="utf-8")
    assert mkdocs(config, "build", "--strict").returncode == 0
    assert promised - built_urls(tmp_path / "site") == {"/exercises/calf-raise/"}

    kept = renamed.replace("slug: heel-raise\n", "slug: heel-raise\n    former_slugs: [calf-raise]\n")
    (tmp_path / "exercises.yaml").write_text(kept, encoding="utf-8")
    assert mkdocs(config, "build", "--strict").returncode == 0
    assert promised - built_urls(tmp_path / "site") == set()
