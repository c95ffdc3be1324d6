"""The guide's public address: which addresses are placeholders, the one warning a draft build prints (below the
level `--strict` counts), and the top-level sections the 404 page links to, absolute from the site's root path."""

from __future__ import annotations

import logging

import pytest

from generator.address import is_placeholder, note_placeholder, placeholder_message, site_sections

ADVICE = (
    ", a placeholder: QR codes, calendar links and exported URLs will not work, so printed sheets and calendars are "
    "marked as drafts. Set site_url in mkdocs.yml (or SITE_URL for one build) to the address the guide is published at."
)
NAV = [
    {"Home": "index.md"},
    "loose.md",
    {"A": "a.md", "B": "b.md"},
    {"Exercises": [{"Overview": "exercises/index.md"}, {"Glute bridge": "exercises/glute-bridge.md"}]},
    {"Anatomy": ["anatomy/glutes.md"]},
    {"Plan": [{"Weeks": [{"Offseason": "schedules/offseason.md"}]}]},
    {"Empty": []},
    {"Source": "https://github.com/coaches/guide"},
    {"Both": [{"a": "a.md", "b": "b.md"}]},
    {2026: "news.md"},
]


@pytest.mark.parametrize(("address", "placeholder"), [(42, True), ("http://[::1/", True), ("http://127.5.5.5/", True), ("http://[2001:db8::1]/", False)])
def test_an_address_that_cannot_be_reached_is_a_placeholder(address: object, placeholder: bool) -> None:
    assert is_placeholder(address) is placeholder


@pytest.mark.parametrize(("address", "shown"), [(None, "'not set'"), ("", "'not set'"), ("http://localhost:8000/", "'http://localhost:8000/'")])
def test_a_placeholder_is_named_in_the_warning(address: str | None, shown: str) -> None:
    assert placeholder_message(address) == f"site_url is {shown}{ADVICE}"


def test_a_draft_build_warns_once_below_the_strict_level(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="mkdocs.plugins.guide")
    assert note_placeholder("https://guide.example/")
    [record] = caplog.records
    assert (record.name, record.levelname, record.getMessage()) == ("mkdocs.plugins.guide", "WARNING", f"site_url is 'https://guide.example/'{ADVICE}")
    assert record.levelno == logging.WARNING - 1


def test_a_real_address_builds_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="mkdocs.plugins.guide")
    assert not note_placeholder("https://strength.runclub.fi/")
    assert caplog.records == []


@pytest.mark.parametrize(("level", "shown"), [(logging.WARNING - 1, True), (logging.WARNING, False), (logging.ERROR, False)])
def test_the_draft_warning_shows_where_a_record_one_step_below_warning_would(caplog: pytest.LogCaptureFixture, level: int, shown: bool) -> None:
    caplog.set_level(level, logger="mkdocs.plugins.guide")
    caplog.handler.setLevel(logging.NOTSET)
    assert note_placeholder(None)
    assert [record.getMessage() for record in caplog.records] == ([f"site_url is 'not set'{ADVICE}"] if shown else [])


@pytest.mark.parametrize(("address", "root"), [("https://coach.fi/guide", "/guide/"), ("https://coach.fi/guide/", "/guide/"), ("https://coach.fi", "/"), (None, "/")])
def test_the_sections_are_the_top_level_pages_under_the_site_root(address: str | None, root: str) -> None:
    assert site_sections(NAV, address) == [
        {"title": "Home", "url": root},
        {"title": "Exercises", "url": f"{root}exercises/"},
        {"title": "Anatomy", "url": f"{root}anatomy/glutes/"},
        {"title": "Plan", "url": f"{root}schedules/offseason/"},
        {"title": "2026", "url": f"{root}news/"},
    ]


@pytest.mark.parametrize("nav", [None, {"Home": "index.md"}, []])
def test_a_site_without_a_nav_list_has_no_sections(nav: object) -> None:
    assert site_sections(nav, "https://coach.fi/") == []
