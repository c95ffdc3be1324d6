"""The render stage: guide model in, {docs path: Markdown} pages and {site path: text} files out."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Guide
from generator.render.calendar import schedule_ics
from generator.render.exports import exercises_export, plan_data, to_json
from generator.render.facts import chapter_facts
from generator.render.glossary import glossary_abbreviations
from generator.render.pages import render_pages
from generator.render.text import exercise_src


@dataclass(frozen=True)
class RenderedSite:
    pages: dict[str, str]  # docs path -> Markdown
    files: dict[str, str]  # site path -> file text (JSON, ...)
    facts: dict[str, object]  # figures for hand-written chapters
    unlisted: frozenset[str]  # pages reached from their section index, not from the nav
    redirects: dict[str, str]  # old docs path -> current docs path, for renamed exercises
    abbreviations: str = ""  # glossary definitions appended to every page's Markdown


def robots_txt(site_url: str) -> str:
    """Crawlers may read everything; the sitemap (which every engine writes at the root) lists the pages."""
    return f"User-agent: *\nAllow: /\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n"


def render_site(guide: Guide, *, site_url: str) -> RenderedSite:
    pages = render_pages(guide, plan_data(guide), site_url)
    files = {"api/exercises.json": to_json(exercises_export(guide, site_url)), "robots.txt": robots_txt(site_url)}
    for schedule in guide.schedules.values():
        files[f"schedules/{schedule.slug}.ics"] = schedule_ics(guide, schedule, site_url)
    # Exercise pages are reached from their index, the session view from a "Start session" link.
    unlisted = frozenset(path for path in pages if (path.startswith("exercises/") and path != "exercises/index.md") or path == "session.md")
    redirects = {exercise_src(old): exercise_src(new) for old, new in guide.former_slugs.items()}
    return RenderedSite(
        pages=pages,
        files=files,
        facts=chapter_facts(guide),
        unlisted=unlisted,
        redirects=redirects,
        abbreviations=glossary_abbreviations(guide),
    )
