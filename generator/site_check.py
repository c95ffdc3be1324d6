"""Everything checked before a build writes a file: the data, the paths it claims, and chapters' links.

Shared by `python -m generator check` and the MkDocs plugin, so both refuse the same things with the
same messages.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.chapter_links import check_chapter_links
from generator.load import build_guide
from generator.model import Guide
from generator.problems import GuideError, Problem
from generator.render import RenderedSite, render_site
from generator.render.text import exercise_src, muscle_src, schedule_src
from generator.site_tree import MARKDOWN_SUFFIXES, chapter_claims, check_claims, data_claims, redirect_claims
from generator.strict_yaml import Located, read_yaml


@dataclass(frozen=True)
class Docs:
    """The hand-written side of the site, as mkdocs.yml describes it."""

    folder: Path | None  # None when there is no docs folder: chapters are then not checked
    label: str = "content"  # the folder as the author names it, for messages
    use_directory_urls: bool = True
    redirect_maps: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckedSite:
    guide: Guide
    located: Located
    rendered: RenderedSite
    chapters: dict[str, str]  # docs path -> text, for Markdown chapters
    link_problems: list[Problem]  # chapters' links to no page


def check_site(data_path: str | Path, display_name: str, docs: Docs, *, site_url: str) -> CheckedSite:
    """Load and render the guide; raise GuideError if the data is wrong or would replace another file."""
    located = read_yaml(data_path, display_name)
    guide = build_guide(located)
    rendered = render_site(guide, site_url=site_url)
    files = list_docs(docs.folder) if docs.folder else []
    claims = data_claims(guide, [*rendered.pages, *rendered.files], docs.use_directory_urls)
    claims += chapter_claims(files, docs.label, docs.use_directory_urls)
    claims += redirect_claims(docs.redirect_maps, docs.use_directory_urls)
    problems = check_claims(claims, located)
    if problems:
        raise GuideError(problems)
    chapters = {src: _read(docs.folder / src) for src in files if docs.folder and src.lower().endswith(MARKDOWN_SUFFIXES)}
    slugs = {
        _folder(exercise_src): [*guide.exercises, *guide.former_slugs],
        _folder(muscle_src): list(guide.muscles),
        _folder(schedule_src): list(guide.schedules),
    }
    redirects = {**rendered.redirects, **docs.redirect_maps}
    links = check_chapter_links(chapters, docs.label, set(chapters) | set(rendered.pages), redirects, slugs)
    return CheckedSite(guide, located, rendered, chapters, links)


def list_docs(folder: Path) -> list[str]:
    """Files MkDocs takes from the docs folder (hidden ones are left out), as docs paths."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root).relative_to(folder).as_posix()
        found += [posixpath.normpath(posixpath.join(base, n)) for n in sorted(names) if not n.startswith(".")]
    return found


def read_docs_config(data_path: Path, docs: str | None) -> Docs:
    """The docs folder for `check`: --docs if given, else docs_dir from the mkdocs.yml beside the data file
    (MkDocs' own default 'docs' if it names none), else a 'content' folder beside the data file."""
    base = data_path.parent
    config_file = base / "mkdocs.yml"
    config: dict[str, Any] = _read_mkdocs_yml(config_file) if config_file.is_file() else {}
    if docs is not None:
        folder, must_exist = Path(docs), True
    elif config_file.is_file():
        folder, must_exist = base / str(config.get("docs_dir", "docs")), True
    else:
        folder, must_exist = base / "content", False
    if not folder.is_dir():
        if must_exist:
            raise GuideError([Problem(str(folder), 1, 1, "", "the docs folder does not exist (give it with --docs)")])
        return Docs(None)
    return Docs(
        folder,
        label=os.path.normpath(folder),
        use_directory_urls=config.get("use_directory_urls", True) is not False,
        redirect_maps=_redirect_maps(config),
    )


def _redirect_maps(config: dict[str, Any]) -> dict[str, str]:
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("redirects"), dict):
            maps = plugin["redirects"].get("redirect_maps") or {}
            return {str(k): str(v) for k, v in maps.items()} if isinstance(maps, dict) else {}
    return {}


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name: read them as nothing."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _read_mkdocs_yml(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            config = yaml.load(handle, Loader=_ConfigLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise GuideError([Problem(str(path), line, col, "", f"cannot read mkdocs.yml: {error.problem}")]) from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise GuideError([Problem(str(path), 1, 1, "", f"cannot read mkdocs.yml: {error}")]) from None
    return config if isinstance(config, dict) else {}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _folder(src: Any) -> str:
    return posixpath.dirname(src("x"))
