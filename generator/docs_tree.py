"""The complete docs tree: everything an engine that reads mkdocs.yml needs, with no plugin of ours running.

Hand-written chapters (figures filled in, links to renamed exercises followed), every generated page and data
file, and the redirect pages for former slugs, written exactly as mkdocs-redirects writes them. Writing touches
only files whose bytes changed and removes what the guide no longer makes, so an engine's incremental rebuild
stays incremental.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File
from mkdocs.utils.yaml import yaml_load
from mkdocs_redirects.plugin import HTML_TEMPLATE, get_html_path, get_relative_html_path

from generator.chapters import prepare_chapter, split_front_matter
from generator.problems import GuideError, Problem
from generator.site_check import CheckedSite, Docs, check_site, list_docs, read_docs_config

# Marks a folder as written by the guide, so a second write may remove what the guide no longer makes there.
MARKER = ".guide-docs-tree"


def docs_tree(checked: CheckedSite, docs: Docs) -> dict[str, bytes]:
    """{docs path: bytes} for the whole tree."""
    rendered = checked.rendered
    tree: dict[str, bytes] = {}
    for src in list_docs(docs.folder) if docs.folder else []:
        raw = (docs.folder / src).read_bytes()  # type: ignore[operator]
        if src in checked.chapters:
            front, meta, body = split_front_matter(raw.decode("utf-8"))
            prepared = prepare_chapter(
                src, body, meta, renames=rendered.redirects, facts=rendered.facts, label=docs.label, first_line=front.count("\n") + 1
            )
            raw = (front + prepared + rendered.abbreviations).encode("utf-8")
        tree[src] = raw
    for path, text in rendered.pages.items():
        tree[path] = (text + rendered.abbreviations).encode("utf-8")
    for path, text in rendered.files.items():
        tree[path] = text.encode("utf-8")
    for old, new in {**docs.redirect_maps, **rendered.redirects}.items():
        tree[get_html_path(old, docs.use_directory_urls)] = redirect_page(old, new, docs.use_directory_urls).encode("utf-8")
    return tree


def redirect_page(old: str, new: str, use_directory_urls: bool) -> str:
    """The page mkdocs-redirects writes at an old address, made with its own template and path rules."""
    if new.lower().startswith(("http://", "https://")):
        return HTML_TEMPLATE.format(url=new)
    path, _, anchor = new.partition("#")
    url = File(path, "", "", use_directory_urls).url + (f"#{anchor}" if anchor else "")
    return HTML_TEMPLATE.format(url=get_relative_html_path(old, url, use_directory_urls))


@dataclass(frozen=True)
class Written:
    changed: int
    unchanged: int
    removed: int


def write_tree(tree: dict[str, bytes], out: Path) -> Written:
    """Bring `out` to exactly `tree`. Refuses a folder that holds files it did not write."""
    marker = out / MARKER
    if out.exists() and any(out.iterdir()) and not marker.is_file():
        raise GuideError([Problem(str(out), 1, 1, "", f"the folder holds files the guide did not write; give an empty or new folder (a written one has {MARKER})")])
    out.mkdir(parents=True, exist_ok=True)
    if not marker.is_file():
        marker.write_text("Written by `python -m generator write`; each write replaces this folder's contents.\n", encoding="utf-8")
    changed = unchanged = 0
    for path, content in sorted(tree.items()):
        target = out / path
        if target.is_file() and target.read_bytes() == content:
            unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # A whole file or none: an engine watching the folder never reads half of one.
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(content)
        os.replace(partial, target)
        changed += 1
    removed = 0
    for root, dirs, names in os.walk(out, topdown=False):
        for name in names:
            relative = posixpath.relpath(posixpath.join(Path(root).as_posix(), name), out.as_posix())
            if relative != MARKER and relative not in tree:
                os.remove(os.path.join(root, name))
                removed += 1
        for name in dirs:
            folder = os.path.join(root, name)
            if not os.listdir(folder):
                os.rmdir(folder)
    return Written(changed, unchanged, removed)


def read_settings(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml as MkDocs reads it (`!ENV` tags resolved); empty when there is none."""
    if not config_file.is_file():
        return {}
    with open(config_file, encoding="utf-8") as handle:
        return yaml_load(handle) or {}


def configured_site_url(config_file: Path) -> str:
    """site_url as MkDocs would read it: SITE_URL if set (mkdocs.yml's `!ENV` tag), else the value written."""
    return str(read_settings(config_file).get("site_url") or "/")


def write_docs(data: Path, out: Path, *, docs_folder: str | None = None, site_url: str | None = None) -> Written:
    """Check the guide as a build would, then write its complete docs tree into `out`."""
    docs = read_docs_config(data, docs_folder)
    if docs.folder is not None and out.resolve() == docs.folder.resolve():
        raise GuideError([Problem(str(out), 1, 1, "", "this is the hand-written docs folder; write the tree somewhere else")])
    checked = check_site(data, data.name, docs, site_url=site_url or configured_site_url(data.parent / "mkdocs.yml"))
    if checked.link_problems:
        raise GuideError(checked.link_problems)
    return write_tree(docs_tree(checked, docs), out)
