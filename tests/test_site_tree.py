"""Generated paths never replace another file; chapters follow renamed exercises; warnings name the data line.

Every case runs both `python -m generator check` and the real `mkdocs build --strict` on a tiny guide:
both must refuse with the same located message, and the build must leave site/ as it was.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from generator.problems import Problem
from tests.conftest import read_config, write_config, make_tiny_site, mkdocs

# Positions in tests/data/mini.yaml, read off the file by hand.
CALVES_SLUG = "exercises.yaml:57:11: muscles[1].slug"
BOX_JUMP_SLUG = "exercises.yaml:148:11: exercises[3].slug"
FORMER_SLUG = "exercises.yaml:104:20: exercises[1].former_slugs[0]"
OFFSEASON_SLUG = "exercises.yaml:177:11: schedules[0].slug"


def check(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "check", *args], capture_output=True, text=True, cwd=folder)


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(folder: Path, messages: list[str]) -> None:
    """check and the build both refuse with exactly these lines, and the previous site stays."""
    result = check(folder)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [*messages, f"{len(messages)} problem{'s' if len(messages) > 1 else ''} found"]
    assert "Traceback" not in result.stderr and result.stdout == ""
    site = folder / "site"
    site.mkdir(exist_ok=True)
    (site / "previous.html").write_text("the last good build", encoding="utf-8")
    before = snapshot(site)
    result = mkdocs(folder / "mkdocs.yml", "build", "--strict")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"ERROR   -  {messages[0]}\n" in result.stderr
    for message in messages[1:]:
        assert f"\n{message}\n" in result.stderr
    assert snapshot(site) == before


def tiny(folder: Path, text: str, pages: dict[str, str] | None = None) -> Path:
    config = make_tiny_site(folder, text)
    for name, page in (pages or {}).items():
        (folder / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "content" / name).write_text(page, encoding="utf-8")
    return config


@pytest.mark.build
def test_a_muscle_slug_may_not_replace_a_chapter(tmp_path: Path, mini_text: str) -> None:
    tiny(tmp_path, mini_text.replace("  - slug: calves", "  - slug: chain").replace("calves]", "chain]"))
    assert_refused(
        tmp_path,
        [f"{CALVES_SLUG}: the page of muscle 'chain' would be published at /anatomy/chain/, replacing the chapter content/anatomy/chain.md; choose another slug or move the chapter"],
    )


@pytest.mark.build
def test_a_chapter_folder_index_counts_as_the_same_page(tmp_path: Path, mini_text: str) -> None:
    tiny(tmp_path, mini_text, {"anatomy/calves/index.md": "# Calves, by hand\n"})
    assert_refused(
        tmp_path,
        [f"{CALVES_SLUG}: the page of muscle 'calves' would be published at /anatomy/calves/, replacing the chapter content/anatomy/calves/index.md; choose another slug or move the chapter"],
    )


@pytest.mark.parametrize(
    ("edits", "message"),
    [
        (
            {"  - slug: box-jump": "  - slug: index", "exercise: box-jump": "exercise: index"},
            f"{BOX_JUMP_SLUG}: the page of exercise 'index' would be published at /exercises/, replacing the section index /exercises/; choose another slug",
        ),
        (
            {"  - slug: calves": "  - slug: index", "calves]": "index]"},
            f"{CALVES_SLUG}: the page of muscle 'index' would be published at /anatomy/, replacing the section index /anatomy/; choose another slug",
        ),
        (
            {"  - slug: offseason": "  - slug: index"},
            f"{OFFSEASON_SLUG}: the page of schedule 'index' would be published at /schedules/, replacing the section index /schedules/; choose another slug",
        ),
        (
            {"[one-leg-bridge]": "[index]"},
            f"{FORMER_SLUG}: the redirect from former slug 'index' would be published at /exercises/, replacing the section index /exercises/; choose another slug",
        ),
    ],
)
@pytest.mark.build
def test_a_slug_index_may_not_replace_a_section_index(tmp_path: Path, mini_text: str, edits: dict[str, str], message: str) -> None:
    text = mini_text
    for old, new in edits.items():
        assert old in text
        text = text.replace(old, new)
    tiny(tmp_path, text)
    assert_refused(tmp_path, [message])


@pytest.mark.build
def test_a_schedule_slug_may_not_replace_a_calendar_file_or_a_redirect(tmp_path: Path, mini_text: str) -> None:
    config = tiny(tmp_path, mini_text, {"schedules/offseason.ics": "BEGIN:VCALENDAR\n"})
    settings = read_config(config)
    settings["plugins"][settings["plugins"].index("redirects")] = {"redirects": {"redirect_maps": {"schedules/offseason.md": "index.md"}}}
    write_config(config, settings)
    assert_refused(
        tmp_path,
        [
            f"{OFFSEASON_SLUG}: the calendar of schedule 'offseason' would be published at /schedules/offseason.ics, replacing the file content/schedules/offseason.ics; choose another slug or move the file",
            f"{OFFSEASON_SLUG}: the page of schedule 'offseason' would be published at /schedules/offseason/, replacing the redirect schedules/offseason.md in mkdocs.yml; choose another slug",
        ],
    )


@pytest.mark.build
def test_a_slug_may_not_need_a_folder_where_a_file_is(tmp_path: Path, mini_text: str) -> None:
    tiny(tmp_path, mini_text, {"exercises/box-jump": "a file without an extension\n", "schedules/offseason.ics/notes.md": "# Notes\n"})
    assert_refused(
        tmp_path,
        [
            f"{BOX_JUMP_SLUG}: the page of exercise 'box-jump' needs a folder at /exercises/box-jump/, where the file content/exercises/box-jump would be published; choose another slug or move the file",
            f"{OFFSEASON_SLUG}: the calendar of schedule 'offseason' would be published at /schedules/offseason.ics, where the chapter content/schedules/offseason.ics/notes.md needs a folder; choose another slug or move the chapter",
        ],
    )


@pytest.mark.build
def test_a_slug_too_long_for_a_file_name_is_refused_cleanly(tmp_path: Path, mini_text: str) -> None:
    long = "a" * 300
    tiny(tmp_path, mini_text.replace("  - slug: box-jump", f"  - slug: {long}").replace("exercise: box-jump", f"exercise: {long}"))
    result = check(tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    # The schema refuses it first, at the slug and at each place that refers to it.
    lines = result.stderr.splitlines()
    assert lines[-1].endswith("found")
    assert lines[0] == f"{BOX_JUMP_SLUG}: '{'a' * 24}...' is 300 characters long; a slug has at most 64"
    built = mkdocs(tmp_path / "mkdocs.yml", "build", "--strict")
    assert built.returncode == 1 and "Traceback" not in built.stderr
    assert f"ERROR   -  {lines[0]}\n" in built.stderr
    assert not (tmp_path / "site").exists()


@pytest.mark.build
def test_check_reads_the_docs_folder_from_mkdocs_yml_or_docs(tmp_path: Path, mini_text: str) -> None:
    config = tiny(tmp_path, mini_text.replace("  - slug: calves", "  - slug: chain").replace("calves]", "chain]"))
    (tmp_path / "content").rename(tmp_path / "pages")
    settings = read_config(config)
    write_config(config, {**settings, "docs_dir": "pages"})
    expected = f"{CALVES_SLUG}: the page of muscle 'chain' would be published at /anatomy/chain/, replacing the chapter pages/anatomy/chain.md; choose another slug or move the chapter"
    assert check(tmp_path).stderr.splitlines()[0] == expected

    elsewhere = tmp_path / "data"
    elsewhere.mkdir()
    (tmp_path / "exercises.yaml").rename(elsewhere / "exercises.yaml")
    assert check(tmp_path, "data/exercises.yaml").returncode == 0  # no mkdocs.yml or content/ beside it
    result = check(tmp_path, "data/exercises.yaml", "--docs", "pages")
    assert result.stderr.splitlines()[0] == expected.replace("exercises.yaml:", "exercises.yaml:", 1)
    missing = check(tmp_path, "data/exercises.yaml", "--docs", "nowhere")
    assert missing.returncode == 1
    assert missing.stderr.splitlines() == ["nowhere:1:1: the docs folder does not exist (give it with --docs)", "1 problem found"]


@pytest.mark.build
def test_renaming_an_exercise_as_the_readme_says_keeps_chapters_and_the_old_url_working(tmp_path: Path, mini_text: str) -> None:
    pages = {
        "safety.md": "# Safety\n\nTry [box jumps](exercises/box-jump.md), their [cues](exercises/box-jump.md#cues) and [a reference][bj].\n\n[bj]: exercises/box-jump.md\n",
        "anatomy/chain.md": "# How the chain works together\n\n[Box jumps](../exercises/box-jump.md) train the whole chain.\n",
    }
    config = tiny(tmp_path, mini_text, pages)
    assert mkdocs(config, "build", "--strict").returncode == 0

    # The README: change the slug, keep the old one in former_slugs, use the new slug elsewhere in the data.
    renamed = mini_text.replace("  - slug: box-jump\n", "  - slug: box-jump-two-feet\n    former_slugs: [box-jump]\n")
    (tmp_path / "exercises.yaml").write_text(renamed.replace("exercise: box-jump}", "exercise: box-jump-two-feet}"), encoding="utf-8")
    assert check(tmp_path).stdout == "exercises.yaml: 4 exercises, 2 muscles, 1 schedules: OK\n"
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 0, result.stderr

    site = tmp_path / "site"
    safety = (site / "safety" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../exercises/box-jump-two-feet/">box jumps</a>' in safety
    assert '<a href="../exercises/box-jump-two-feet/#cues">cues</a>' in safety
    assert '<a href="../exercises/box-jump-two-feet/">a reference</a>' in safety
    chain = (site / "anatomy" / "chain" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../exercises/box-jump-two-feet/">Box jumps</a>' in chain
    assert "<h1" in (site / "exercises" / "box-jump-two-feet" / "index.html").read_text(encoding="utf-8")
    redirect = (site / "exercises" / "box-jump" / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../box-jump-two-feet/">' in redirect


@pytest.mark.build
def test_a_chapter_link_to_no_generated_page_names_the_chapter_line(tmp_path: Path, mini_text: str) -> None:
    pages = {
        "safety.md": "# Safety\n\nCode such as `[x](exercises/nowhere.md)` is not a link.\n\n```\n[y](exercises/nowhere.md)\n```\n\nTry [box jumps](exercises/box-jmp.md).\n",
        "anatomy/chain.md": "# Chain\n\n- [Calves](calf.md) and [the week](../schedules/offseason.md)\n",
    }
    tiny(tmp_path, mini_text, pages)
    assert_refused(
        tmp_path,
        [
            "content/anatomy/chain.md:3:12: link 'calf.md' goes nowhere: no anatomy page has the slug 'calf' (did you mean 'calves'?)",
            "content/safety.md:9:17: link 'exercises/box-jmp.md' goes nowhere: no exercise page has the slug 'box-jmp' (did you mean 'box-jump'?)",
        ],
    )


@pytest.mark.build
def test_a_warning_about_a_generated_page_names_the_data_line(tmp_path: Path, mini_text: str) -> None:
    config = tiny(tmp_path, mini_text.replace("why: [Power.]", "why: [Power; see nowhere.md.]"))
    # MkDocs' own words for a broken link, said about the generated page, as a data text with a bad link makes it say.
    (tmp_path / "hook.py").write_text(
        "import logging\n"
        "log = logging.getLogger('mkdocs.structure.pages')\n"
        "def on_page_content(html, *, page, config, files):\n"
        "    if page.file.src_uri == 'exercises/box-jump.md':\n"
        "        log.warning(\"Doc file 'exercises/box-jump.md' contains a link 'nowhere.md', but the target is not found among documentation files.\")\n"
        "    if page.file.src_uri == 'anatomy/calves.md':\n"
        "        log.warning(\"Doc file 'anatomy/calves.md' contains a link '#gone', but there is no such anchor on this page.\")\n"
        "    return html\n",
        encoding="utf-8",
    )
    settings = read_config(config)
    write_config(config, {**settings, "hooks": ["hook.py"]})
    result = mkdocs(config, "build", "--strict", site_url="https://guide.runners-club.net/")
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert sorted(warnings) == [
        "WARNING -  exercises.yaml:162:11: exercises[3].why[0]: Doc file 'exercises/box-jump.md' contains a link 'nowhere.md', but the target is not found among documentation files.",
        "WARNING -  exercises.yaml:57:5: muscles[1]: Doc file 'anatomy/calves.md' contains a link '#gone', but there is no such anchor on this page.",
    ]


def test_problem_lines_keep_their_shape() -> None:
    """The chapter messages use the same file:line:col shape as data problems, without a data path."""
    assert str(Problem("content/safety.md", 9, 18, "", "link 'x.md' goes nowhere")) == "content/safety.md:9:18: link 'x.md' goes nowhere"
