"""Publishing: one address that everything absolute follows, drafts that say so while it is a placeholder, and
what a published site needs (robots.txt, a sitemap of exactly the published pages, a 404 page)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from icalendar import Calendar

from generator.address import is_placeholder
from generator.load import load_guide, load_guide_text
from generator.render import render_site
from tests.conftest import DATA, DEFAULT_SITE_URL, ROOT, make_tiny_site, mkdocs

REAL = "https://coaches.github.io/posterior-chain/"
DRAFT_CALENDAR = "Draft: the links in this calendar do not work yet (the guide's address is not set)."
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.mark.parametrize(
    "address",
    [
        None,
        "",
        "/",
        "https://posterior-chain.example.org/",
        "https://example.com/guide/",
        "http://www.example.net/",
        "https://guide.example/",
        "https://guide.test/",
        "https://guide.invalid/",
        "http://localhost:8000/",
        "http://docs.localhost/",
        "http://127.0.0.1:8000/",
        "http://[::1]:8000/",
        "http://0.0.0.0/",
    ],
)
def test_reserved_and_local_addresses_are_placeholders(address: str | None) -> None:
    assert is_placeholder(address)


@pytest.mark.parametrize(
    "address",
    [REAL, "https://strength.runclub.fi/", "https://example.org.runclub.fi/", "https://myexample.com/", "http://192.168.1.20/"],
)
def test_other_addresses_are_real(address: str) -> None:
    assert not is_placeholder(address)


def descriptions(ics: str) -> list[str]:
    return [str(event["DESCRIPTION"]) for event in Calendar.from_ical(ics).walk("VEVENT")]


def test_a_draft_calendar_says_so_in_every_event(mini_text: str) -> None:
    ics = render_site(load_guide_text(mini_text), site_url="https://coach.example/").files["schedules/offseason.ics"]
    found = descriptions(ics)
    assert len(found) == 2
    assert all(text.splitlines()[0] == DRAFT_CALENDAR for text in found)


def test_a_published_calendar_has_no_draft_note(mini_text: str) -> None:
    ics = render_site(load_guide_text(mini_text), site_url=REAL).files["schedules/offseason.ics"]
    found = descriptions(ics)
    assert found and not any("Draft" in text for text in found)
    assert f"{REAL}exercises/glute-bridge/" in found[0]


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def is_redirect(page: Path) -> bool:
    return '<meta http-equiv="refresh"' in page.read_text(encoding="utf-8")


def sitemap_locs(site: Path) -> list[str]:
    return [loc.text or "" for loc in ET.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")]


@pytest.mark.build
def test_a_draft_build_warns_once_and_marks_every_page_but_passes_strict(tmp_path: Path, mini_text: str) -> None:
    result = mkdocs(make_tiny_site(tmp_path, mini_text), "build", "--strict")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "site_url" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith("WARNING -  site_url is 'https://posterior-chain.example.org/', a placeholder")
    assert "Traceback" not in result.stderr
    site = tmp_path / "site"
    unmarked = [p.relative_to(site).as_posix() for p in html_pages(site) if not is_redirect(p) and "data-draft" not in p.read_text(encoding="utf-8")]
    assert unmarked == []
    assert descriptions((site / "schedules" / "offseason.ics").read_text(encoding="utf-8"))[0].startswith(DRAFT_CALENDAR)


@pytest.mark.build
def test_with_a_real_address_everything_absolute_follows_it(tmp_path: Path, mini_text: str) -> None:
    result = mkdocs(make_tiny_site(tmp_path, mini_text), "build", "--strict", site_url=REAL)
    assert result.returncode == 0, result.stderr
    assert "site_url" not in result.stderr
    site = tmp_path / "site"
    assert [p for p in html_pages(site) if "data-draft" in p.read_text(encoding="utf-8")] == []

    exercise = (site / "exercises" / "box-jump" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{REAL}exercises/box-jump/">' in exercise
    assert f'"url": "{REAL}exercises/box-jump/"' in (site / "api" / "exercises.json").read_text(encoding="utf-8")
    calendar = Calendar.from_ical((site / "schedules" / "offseason.ics").read_text(encoding="utf-8"))
    assert {str(e["URL"]) for e in calendar.walk("VEVENT")} == {f"{REAL}schedules/offseason/"}
    assert not any("Draft" in text for text in descriptions(calendar.to_ical().decode()))
    schedule = (site / "schedules" / "offseason" / "index.html").read_text(encoding="utf-8")
    assert f"Exercise pages and this week online: {REAL}schedules/offseason/" in schedule
    assert "example.org" not in "".join(p.read_text(encoding="utf-8") for p in site.rglob("*") if p.suffix in (".html", ".xml", ".json", ".ics", ".txt"))

    assert (site / "robots.txt").read_text(encoding="utf-8") == f"User-agent: *\nAllow: /\nSitemap: {REAL}sitemap.xml\n"
    locs = sitemap_locs(site)
    assert all(loc.startswith(REAL) for loc in locs)
    assert f"{REAL}exercises/single-leg-glute-bridge/" in locs
    assert f"{REAL}exercises/one-leg-bridge/" not in locs  # a redirect, not a page
    folders = [p.parent.relative_to(site).as_posix() for p in site.rglob("index.html") if not is_redirect(p)]
    assert sorted(locs) == sorted(REAL if folder == "." else f"{REAL}{folder}/" for folder in folders)

    # Served for any missing address, so its links are absolute under the site's own path.
    not_found = (site / "404.html").read_text(encoding="utf-8")
    assert re.findall(r'<ul class="pcg-not-found">(.*?)</ul>', not_found, re.S)
    assert '<a href="/posterior-chain/exercises/">' in not_found
    assert 'href="/posterior-chain/assets/guide/guide.css"' in not_found


def test_the_sitemap_lists_exactly_the_published_pages(real_site: Path) -> None:
    published = {line for line in (DATA / "published-urls.txt").read_text(encoding="utf-8").splitlines() if line.startswith("/")}
    renamed = {f"/exercises/{old}/" for old in load_guide(ROOT / "exercises.yaml").former_slugs}
    assert renamed, "the guide has a renamed exercise, whose redirect page the sitemap must leave out"
    expected = {DEFAULT_SITE_URL + url.removeprefix("/") for url in published - renamed if url.endswith("/")}
    locs = sitemap_locs(real_site)
    assert len(locs) == len(set(locs))
    assert set(locs) == expected


def test_robots_txt_points_at_the_sitemap(real_site: Path) -> None:
    lines = (real_site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert f"Sitemap: {DEFAULT_SITE_URL}sitemap.xml" in lines
    assert "Disallow: /" not in lines


def test_the_404_page_has_the_guides_look_and_links_every_section(real_site: Path) -> None:
    page = (real_site / "404.html").read_text(encoding="utf-8")
    assert 'class="md-header' in page and 'href="/assets/guide/guide.css"' in page
    links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', re.search(r'<ul class="pcg-not-found">(.*?)</ul>', page, re.S).group(1))
    assert links == [
        ("/", "Home"),
        ("/benefits/", "Benefits"),
        ("/anatomy/", "Anatomy"),
        ("/exercises/", "Exercises"),
        ("/schedules/", "Sample weeks"),
        ("/plan/", "Plan your week"),
        ("/season/", "Fitting it into the season"),
        ("/consistency/", "Staying consistent"),
        ("/log/", "Training log"),
        ("/safety/", "Safety"),
        ("/glossary/", "Glossary"),
    ]
