"""Where every file of the built site comes from, so no page made from the data replaces another file.

Each page, data file and redirect the data asks for is a claim on a path in the built site, located at
the data line that asks for it; hand-written chapters and the redirects in mkdocs.yml are claims too.
Two claims on one path, a file where another claim needs a folder, or a name too long for a file
system are refused before anything is written. No MkDocs here.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass

from generator.model import Guide
from generator.problems import Path, Problem, format_path
from generator.render.text import exercise_src, muscle_src, schedule_src
from generator.strict_yaml import Located

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
NAME_MAX = 255  # longest file name: bytes on Linux and macOS, characters on Windows (slugs are ASCII)


@dataclass(frozen=True)
class Claim:
    dest: str  # file path in the built site
    owner: str  # what puts it there, as the author knows it
    where: Path | None = None  # the data value that asks for it; None for chapters and fixed pages
    slug: str = ""  # the slug that names `dest`, for the length check
    moved: str = ""  # for a hand-written file, what the author could move instead: 'chapter' or 'file'


def _entry(dest: str, what: str, slug: str, where: Path) -> Claim:
    return Claim(dest, f"{what} '{_short(slug)}'", where, slug)


def dest_path(src: str, use_directory_urls: bool = True) -> str:
    """Where MkDocs writes a docs file: anatomy/chain.md -> anatomy/chain/index.html; README.md is an index."""
    if not src.lower().endswith(MARKDOWN_SUFFIXES):
        return src
    folder, name = posixpath.split(src)
    stem = posixpath.splitext(name)[0]
    stem = "index" if stem == "README" else stem
    if stem == "index" or not use_directory_urls:
        return posixpath.join(folder, f"{stem}.html")
    return posixpath.join(folder, stem, "index.html")


def url_of(dest: str) -> str:
    return "/" + dest.removesuffix("index.html")


def data_claims(guide: Guide, generated: Iterable[str], use_directory_urls: bool = True) -> list[Claim]:
    """Every site path the data asks for. `generated` lists the rendered pages and files, so pages that
    belong to no entry (indexes, the plan page, exports) are claimed too."""
    def page(src: str) -> str:
        return dest_path(src, use_directory_urls)

    claims: list[Claim] = []
    for i, exercise in enumerate(guide.data.exercises):
        claims.append(_entry(page(exercise_src(exercise.slug)), "the page of exercise", exercise.slug, ("exercises", i, "slug")))
        for j, old in enumerate(exercise.former_slugs):
            claims.append(_entry(page(exercise_src(old)), "the redirect from former slug", old, ("exercises", i, "former_slugs", j)))
    for i, muscle in enumerate(guide.data.muscles):
        claims.append(_entry(page(muscle_src(muscle.slug)), "the page of muscle", muscle.slug, ("muscles", i, "slug")))
    for i, schedule in enumerate(guide.data.schedules):
        src = schedule_src(schedule.slug)
        claims.append(_entry(page(src), "the page of schedule", schedule.slug, ("schedules", i, "slug")))
        calendar = src.removesuffix(".md") + ".ics"  # the published /schedules/<slug>.ics
        claims.append(_entry(calendar, "the calendar of schedule", schedule.slug, ("schedules", i, "slug")))
    by_entry = {c.dest for c in claims}
    # Each folder of entry pages has a generated index; a slug 'index' must not take its place.
    indexes = {posixpath.join(posixpath.dirname(src), "index.md") for src in (exercise_src("x"), muscle_src("x"), schedule_src("x"))}
    fixed = {page(src): src for src in generated if page(src) not in by_entry} | {page(src): src for src in indexes}
    for dest, src in sorted(fixed.items()):
        what = "the section index" if posixpath.basename(src) == "index.md" else "the generated file" if src == dest else "the generated page"
        claims.append(Claim(dest, f"{what} {url_of(dest)}"))
    return claims


def chapter_claims(chapters: Iterable[str], docs_label: str, use_directory_urls: bool = True) -> list[Claim]:
    """Hand-written files, given by their path in the docs folder."""
    claims = []
    for src in chapters:
        kind = "chapter" if src.lower().endswith(MARKDOWN_SUFFIXES) else "file"
        claims.append(Claim(dest_path(src, use_directory_urls), f"the {kind} {posixpath.join(docs_label, src)}", moved=kind))
    return claims


def redirect_claims(redirect_maps: dict[str, str], use_directory_urls: bool = True) -> list[Claim]:
    """The redirects written by hand under the redirects plugin in mkdocs.yml."""
    return [Claim(dest_path(old, use_directory_urls), f"the redirect {old} in mkdocs.yml") for old in redirect_maps]


def check_claims(claims: list[Claim], located: Located) -> list[Problem]:
    """Problems with the data's claims, each reported at the data value that makes it."""
    problems: list[Problem] = []

    def report(claim: Claim, message: str) -> None:
        assert claim.where is not None
        line, col = located.where(claim.where)
        problems.append(Problem(located.file, line, col, format_path(claim.where), message))

    too_long = set()
    for claim in claims:
        name = max((part for part in claim.dest.split("/") if claim.slug and claim.slug in part), key=len, default="")
        if claim.where is not None and len(name) > NAME_MAX:
            limit = NAME_MAX - (len(name) - len(claim.slug))
            if claim.where not in too_long:
                report(claim, f"a slug of {len(claim.slug)} characters is too long to be a file name (at most {limit} here)")
            too_long.add(claim.where)
    claims = [c for c in claims if c.where not in too_long]

    # Fixed pages and chapters first, so a clash is reported on the data value, naming what it replaces.
    first: dict[str, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.where is not None):
        other = first.setdefault(claim.dest, claim)
        if other is not claim and claim.where is not None:
            report(claim, f"{claim.owner} would be published at {url_of(claim.dest)}, replacing {_owner(other)}; {_fix(other)}")
    for claim in claims:
        for parent in _parents(claim.dest):
            holder = first.get(parent)
            if holder is None or (claim.where is None and holder.where is None):
                continue
            if claim.where is not None:
                report(claim, f"{claim.owner} needs a folder at /{parent}/, where {_owner(holder)} would be published; {_fix(holder)}")
            else:
                report(holder, f"{holder.owner} would be published at /{parent}, where {_owner(claim)} needs a folder; {_fix(claim)}")
    return problems


def _owner(claim: Claim) -> str:
    return f"{claim.owner} ({format_path(claim.where)})" if claim.where is not None else claim.owner


def _fix(other: Claim) -> str:
    return f"choose another slug or move the {other.moved}" if other.moved else "choose another slug"


def _parents(dest: str) -> Iterable[str]:
    parts = dest.split("/")[:-1]
    return ("/".join(parts[:end]) for end in range(1, len(parts) + 1))


def _short(slug: str) -> str:
    return slug if len(slug) <= 60 else slug[:40] + "..."
