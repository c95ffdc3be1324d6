"""The complete docs tree `python -m generator write` makes for an engine that runs no plugin of ours: chapters
with figures filled in and renamed links followed, every generated page and file, mkdocs-redirects' pages for
former slugs, written into a folder touching only what changed."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.docs_tree import MARKER, Written, configured_site_url, read_settings, redirect_page, write_docs, write_tree
from generator.problems import GuideError
from tests.test_unit_files_site_tree import read_files, write_files

GLOSSARY = "\n\n*[hinge]: Bend at the hips.\n"  # mini.yaml's one glossary term, defined at the end of every page
CONFIG = "site_name: Tiny\nsite_url: https://guide.example/\ndocs_dir: pages\nplugins:\n  - redirects:\n      redirect_maps:\n        old.md: safety.md#top\n"
CHAPTERS: dict[str, str | bytes] = {
    "season.md": "---\nrender_macros: true\n---\n# Season\n\nRest {{ guide.rest.heavy }}. See [the bridge](exercises/one-leg-bridge.md).\n",
    "safety.md": "# Safety\n\nNo {{ guide.figures }} here.\n",
    "notes/tips.txt": "{{ kept as written }}\n",
    "img/logo.png": b"\x89PNG\r\n\x1a\n\x00\xff",
}


class _Refresh(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.url = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("http-equiv") == "refresh":
            self.url = (values["content"] or "").removeprefix("0; url=")


def refresh_url(html: str) -> str:
    """Where a redirect page sends the browser, read back with an HTML parser."""
    parser = _Refresh()
    parser.feed(html)
    return parser.url


def guide_folder(folder: Path, data: str, config: str | None = CONFIG, chapters: dict[str, str | bytes] = CHAPTERS) -> Path:
    """The data with mkdocs.yml (None: none) and the docs folder 'pages' beside it; returns the data file."""
    folder.mkdir(exist_ok=True)
    if config is not None:
        (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    write_files(folder / "pages", chapters)
    (folder / "exercises.yaml").write_text(data, encoding="utf-8")
    return folder / "exercises.yaml"


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_the_tree_holds_chapters_as_engines_read_them_and_every_generated_file(tmp_path: Path, mini_text: str) -> None:
    out = tmp_path / "out"
    written = write_docs(guide_folder(tmp_path, mini_text), out)
    files = read_files(out)
    assert written == Written(changed=len(files) - 1, unchanged=0, removed=0)  # all but the marker
    assert files["season.md"].decode() == (
        "---\nrender_macros: true\n---\n# Season\n\nRest 60-90 seconds. See [the bridge](exercises/single-leg-glute-bridge.md).\n" + GLOSSARY
    )
    assert files["safety.md"].decode() == "# Safety\n\nNo {{ guide.figures }} here.\n" + GLOSSARY
    assert files["notes/tips.txt"] == b"{{ kept as written }}\n"
    assert files["img/logo.png"] == CHAPTERS["img/logo.png"]
    page = files["exercises/box-jump.md"].decode()
    assert page.startswith('---\ntitle: "Box jump"') and page.endswith(GLOSSARY)
    assert files["robots.txt"].decode() == "User-agent: *\nAllow: /\nSitemap: https://guide.example/sitemap.xml\n"
    assert files["schedules/offseason.ics"].decode().rstrip().endswith("END:VCALENDAR")
    assert refresh_url(files["exercises/one-leg-bridge/index.html"].decode()) == "../single-leg-glute-bridge/"
    assert refresh_url(files["old/index.html"].decode()) == "../safety/#top"
    assert files[MARKER] == b"Written by `python -m generator write`; each write replaces this folder's contents.\n"
    assert not [name for name in files if name.endswith(".partial")]


def test_an_address_given_for_the_site_wins_over_mkdocs_yml(tmp_path: Path, mini_text: str) -> None:
    write_docs(guide_folder(tmp_path, mini_text), tmp_path / "out", site_url="https://elsewhere.example/")
    assert (tmp_path / "out" / "robots.txt").read_text(encoding="utf-8").endswith("Sitemap: https://elsewhere.example/sitemap.xml\n")


def test_a_docs_folder_given_wins_over_mkdocs_yml(tmp_path: Path, mini_text: str) -> None:
    data = guide_folder(tmp_path, mini_text)
    other = write_files(tmp_path / "other", {"only-here.md": "# Only here\n"})
    write_docs(data, tmp_path / "out", docs_folder=str(other))
    files = read_files(tmp_path / "out")
    assert files["only-here.md"].decode() == "# Only here\n" + GLOSSARY
    assert "season.md" not in files and "img/logo.png" not in files


def test_a_data_problem_names_the_data_file_as_the_author_knows_it(tmp_path: Path, mini_text: str) -> None:
    data = guide_folder(tmp_path, mini_text.replace("  - slug: calves", "  - slug: safety").replace("calves]", "safety]"), chapters={"anatomy/safety.md": "# S\n"})
    with pytest.raises(GuideError) as caught:
        write_docs(data, tmp_path / "out")
    assert caught.value.report().startswith("exercises.yaml:57:11: muscles[1].slug: the page of muscle 'safety' would be published at /anatomy/safety/")
    assert not (tmp_path / "out").exists()


def test_without_directory_urls_redirects_are_html_files(tmp_path: Path, mini_text: str) -> None:
    config = CONFIG.replace("docs_dir: pages\n", "docs_dir: pages\nuse_directory_urls: false\n")
    write_docs(guide_folder(tmp_path, mini_text, config), tmp_path / "out")
    assert refresh_url((tmp_path / "out" / "exercises" / "one-leg-bridge.html").read_text(encoding="utf-8")) == "single-leg-glute-bridge.html"
    assert refresh_url((tmp_path / "out" / "old.html").read_text(encoding="utf-8")) == "safety.html#top"


def test_without_a_docs_folder_the_tree_is_what_the_data_makes(tmp_path: Path, mini_text: str) -> None:
    write_docs(guide_folder(tmp_path, mini_text, config=None, chapters={}), tmp_path / "out")
    files = read_files(tmp_path / "out")
    assert "exercises/box-jump.md" in files and "exercises/one-leg-bridge/index.html" in files
    assert files["robots.txt"].decode().endswith("Sitemap: /sitemap.xml\n")  # no site_url anywhere: the root
    assert not [name for name in files if name.startswith(("season", "safety", "img/", "notes/"))]


def test_writing_again_touches_only_what_changed_and_removes_what_is_gone(tmp_path: Path, mini_text: str) -> None:
    data = guide_folder(tmp_path, mini_text)
    out = tmp_path / "out"
    first = write_docs(data, out)
    before = mtimes(out)
    assert write_docs(data, out) == Written(changed=0, unchanged=first.changed, removed=0)
    assert mtimes(out) == before

    (tmp_path / "pages" / "notes" / "tips.txt").unlink()
    (tmp_path / "pages" / "safety.md").write_text("# Safety, again\n", encoding="utf-8")
    assert write_docs(data, out) == Written(changed=1, unchanged=first.changed - 2, removed=1)
    assert not (out / "notes").exists()
    assert (out / "safety.md").read_text(encoding="utf-8") == "# Safety, again\n" + GLOSSARY


@pytest.mark.parametrize(
    ("chapters", "message"),
    [
        ({"season.md": "---\ntitle: S\nrender_macros: true\n---\n# Season\n{{ guide.nope }}\n"}, "pages/season.md:6:1: 'dict object' has no attribute 'nope'; the figures a chapter can use are guide."),
        ({"safety.md": "# Safety\n\nSee [x](exercises/box-jmp.md).\n"}, "pages/safety.md:3:9: link 'exercises/box-jmp.md' goes nowhere: no exercise page has the slug 'box-jmp' (did you mean 'box-jump'?)"),
    ],
)
def test_a_chapter_problem_stops_the_write_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini_text: str, chapters: dict[str, str | bytes], message: str
) -> None:
    guide_folder(tmp_path, mini_text, chapters=chapters)
    monkeypatch.chdir(tmp_path)  # as an author runs `python -m generator write out`: the docs folder named as in mkdocs.yml
    with pytest.raises(GuideError) as caught:
        write_docs(Path("exercises.yaml"), Path("out"))
    assert len(caught.value.problems) == 1 and str(caught.value.problems[0]).startswith(message)
    assert not (tmp_path / "out").exists()


def test_the_hand_written_docs_folder_is_never_the_output(tmp_path: Path, mini_text: str) -> None:
    data = guide_folder(tmp_path, mini_text)
    before = read_files(tmp_path / "pages")
    with pytest.raises(GuideError) as caught:
        write_docs(data, tmp_path / "." / "pages")
    assert caught.value.report() == f"{tmp_path / 'pages'}:1:1: this is the hand-written docs folder; write the tree somewhere else\n1 problem found"
    assert read_files(tmp_path / "pages") == before


def test_a_folder_of_other_files_is_refused_and_an_empty_one_taken(tmp_path: Path) -> None:
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me\n", encoding="utf-8")
    with pytest.raises(GuideError) as caught:
        write_tree({"a.md": b"a"}, foreign)
    assert caught.value.report() == (
        f"{foreign}:1:1: the folder holds files the guide did not write; give an empty or new folder (a written one has {MARKER})\n1 problem found"
    )
    assert read_files(foreign) == {"mine.txt": b"keep me\n"}

    empty = tmp_path / "empty"
    empty.mkdir()
    assert write_tree({"a/b/c.md": b"c", "d.md": b"d"}, empty) == Written(changed=2, unchanged=0, removed=0)
    written = read_files(empty)
    assert sorted(written) == [MARKER, "a/b/c.md", "d.md"] and (written["a/b/c.md"], written["d.md"]) == (b"c", b"d")


def test_a_written_folder_loses_files_the_tree_no_longer_has(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "out"
    assert write_tree({"a/b/c.md": b"c", "a/d.md": b"d", "e.md": b"e"}, out) == Written(3, 0, 0)
    (out / "a" / "stray.txt").write_text("left by someone\n", encoding="utf-8")
    (out / "x" / "y").mkdir(parents=True)
    assert write_tree({"a/d.md": b"d2", "e.md": b"e"}, out) == Written(changed=1, unchanged=1, removed=2)
    assert sorted(read_files(out)) == [MARKER, "a/d.md", "e.md"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir()) == ["a"]


@pytest.mark.parametrize(
    ("old", "new", "directory_urls", "url"),
    [
        ("exercises/one-leg-bridge.md", "exercises/single-leg-glute-bridge.md", True, "../single-leg-glute-bridge/"),
        ("exercises/one-leg-bridge.md", "exercises/single-leg-glute-bridge.md#cues", True, "../single-leg-glute-bridge/#cues"),
        ("exercises/one-leg-bridge.md", "exercises/single-leg-glute-bridge.md", False, "single-leg-glute-bridge.html"),
        ("old.md", "index.md", True, "../"),
        ("old.md", "https://example.com/page", True, "https://example.com/page"),
        ("old.md", "HTTP://EXAMPLE.COM/", False, "HTTP://EXAMPLE.COM/"),
    ],
)
def test_a_redirect_page_sends_the_reader_to_the_new_address(old: str, new: str, directory_urls: bool, url: str) -> None:
    page = redirect_page(old, new, directory_urls)
    assert refresh_url(page) == url
    assert f'<link rel="canonical" href="{url}">' in page


@pytest.mark.parametrize(
    ("text", "env", "settings", "site_url"),
    [
        (None, None, {}, "/"),
        ("", None, {}, "/"),
        ("site_name: G\n", None, {"site_name": "G"}, "/"),
        ("site_url: https://a.example/\n", None, {"site_url": "https://a.example/"}, "https://a.example/"),
        ("site_url: !ENV [SITE_URL, 'https://a.example/']\n", None, {"site_url": "https://a.example/"}, "https://a.example/"),
        ("site_url: !ENV [SITE_URL, 'https://a.example/']\n", "https://b.example/", {"site_url": "https://b.example/"}, "https://b.example/"),
    ],
)
def test_site_url_is_read_as_mkdocs_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str | None, env: str | None, settings: dict[str, str], site_url: str
) -> None:
    if env is not None:
        monkeypatch.setenv("SITE_URL", env)
    if text is not None:
        (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert read_settings(tmp_path / "mkdocs.yml") == settings
    assert configured_site_url(tmp_path / "mkdocs.yml") == site_url
