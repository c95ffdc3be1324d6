"""The same guide from either engine: MkDocs (with the guide plugin) and Zensical (from the written docs tree).

Both builds of the real guide are read back with html.parser: the same published URLs, the same visible article
text on every page, byte-identical calendars, JSON export, robots.txt and redirect pages, and the same sitemap.
Where the engines differ by design (the search index's file and format), the README says so.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_env, serve
from tests.test_quality import PAGES, PHONE, describe_violations, open_page, run_axe

# Assets are each engine's own theme bundle; search indexes differ in file and format (see the README).
ENGINE_OWN = ("assets/", "search/", "search.json", "sitemap.xml.gz")


def copy_guide(work: Path) -> Path:
    for name in ("mkdocs.yml", "exercises.yaml"):
        shutil.copy(ROOT / name, work / name)
    shutil.copytree(ROOT / "content", work / "content")
    shutil.copytree(ROOT / "site_overrides", work / "site_overrides")
    return work


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = copy_guide(tmp_path_factory.mktemp("zensical"))
    result = subprocess.run(
        [sys.executable, "-m", "generator.zensical", "build", "--root", str(work)], capture_output=True, text=True, env=build_env()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not list(work.glob(".site.build-*")), "the staging folder was left behind"
    return work / "site"


def published(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and not p.relative_to(site).as_posix().startswith(ENGINE_OWN)}


class _Article(HTMLParser):
    """The text a reader sees in a page's article, scripts and templates left out."""

    VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        if tag == "article" or self.depth:
            self.depth += 1
            if tag in ("script", "template", "style") or self.hidden:
                self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self.depth:
            return
        self.depth -= 1
        if self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.hidden:
            self.parts.append(data)


def article_text(path: Path) -> str:
    reader = _Article()
    reader.feed(path.read_text(encoding="utf-8"))
    return " ".join("".join(reader.parts).split())


def test_both_engines_publish_the_same_files(real_site: Path, zensical_site: Path) -> None:
    assert published(zensical_site) == published(real_site)
    assert len([p for p in published(real_site) if p.endswith("index.html")]) > 40


def test_every_page_reads_the_same(real_site: Path, zensical_site: Path) -> None:
    pages = sorted(p for p in published(real_site) if p.endswith(".html") and p != "exercises/bound-strides/index.html")
    different = [page for page in pages if article_text(real_site / page) != article_text(zensical_site / page)]
    assert different == []
    assert "Glute bridge¶ Lying on your back" in article_text(real_site / "exercises/glute-bridge/index.html")


def test_data_files_and_redirects_are_byte_identical(real_site: Path, zensical_site: Path) -> None:
    # Sitemaps differ in layout and dates; the next test compares the addresses they list. sw.js lists each
    # engine's own files.
    files = sorted(
        p for p in published(real_site) if not p.endswith((".html", "sitemap.xml", "sw.js")) or p == "exercises/bound-strides/index.html"
    )
    assert {"api/exercises.json", "robots.txt", "schedules/offseason.ics", "exercises/bound-strides/index.html"} <= set(files)
    assert [f for f in files if (real_site / f).read_bytes() != (zensical_site / f).read_bytes()] == []


def test_the_sitemaps_list_the_same_addresses(real_site: Path, zensical_site: Path) -> None:
    def addresses(site: Path) -> set[str]:
        return set(re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8")))

    assert addresses(zensical_site) == addresses(real_site)
    assert "https://posterior-chain.example.org/exercises/bound-strides/" not in addresses(real_site)


def test_each_engine_has_its_own_search_index(real_site: Path, zensical_site: Path) -> None:
    mkdocs_index = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    zensical_index = json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in mkdocs_index["docs"]}
    assert "exercises/glute-bridge/" in locations
    assert "exercises/glute-bridge/" in {item["location"] for item in zensical_index["items"]}


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES, ids=lambda path: "/" + path)
def test_zensical_pages_have_no_wcag_21_a_or_aa_violation(page, zensical_site: Path, path: str) -> None:
    with serve(zensical_site) as url:
        open_page(page, url, path)
        found = {"1280 px": run_axe(page)}
        page.set_viewport_size(PHONE)
        found["360 px"] = run_axe(page)
    assert not any(found.values()), f"axe-core found WCAG 2.1 A/AA violations on the Zensical build of /{path}:\n{describe_violations(found)}"
