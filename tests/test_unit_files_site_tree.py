"""Where each file of the built site comes from, in-process: the paths the data, the chapters and mkdocs.yml's
redirects claim, the clashes refused at the data line, and the checks `python -m generator check` and the plugin
share (the docs folder as mkdocs.yml names it, chapters' links to no page)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from generator.load import build_guide, load_guide_text
from generator.problems import GuideError
from generator.site_check import CheckedSite, Docs, check_site, list_docs, read_docs_config
from generator.site_tree import Claim, chapter_claims, check_claims, data_claims, dest_path, redirect_claims, url_of
from generator.strict_yaml import parse_yaml
from tests.test_site_tree import BOX_JUMP_SLUG, CALVES_SLUG, FORMER_SLUG, OFFSEASON_SLUG

SITE_URL = "https://guide.example/"


@pytest.mark.parametrize(
    ("src", "directory_urls", "dest"),
    [
        ("anatomy/chain.md", True, "anatomy/chain/index.html"),
        ("anatomy/chain.md", False, "anatomy/chain.html"),
        ("index.md", True, "index.html"),
        ("anatomy/index.md", True, "anatomy/index.html"),
        ("anatomy/index.md", False, "anatomy/index.html"),
        ("README.md", True, "index.html"),
        ("guide/README.md", False, "guide/index.html"),
        ("readme.md", True, "readme/index.html"),  # MkDocs only takes README in capitals for an index
        ("notes.MARKDOWN", True, "notes/index.html"),
        ("notes.mdown", True, "notes/index.html"),
        ("notes.mkdn", True, "notes/index.html"),
        ("notes.mkd", False, "notes.html"),
        ("api/exercises.json", True, "api/exercises.json"),
        ("img/logo.png", False, "img/logo.png"),
    ],
)
def test_a_docs_file_lands_where_mkdocs_writes_it(src: str, directory_urls: bool, dest: str) -> None:
    assert dest_path(src, directory_urls) == dest


def test_directory_urls_are_the_default_as_in_mkdocs() -> None:
    assert dest_path("anatomy/chain.md") == "anatomy/chain/index.html"


@pytest.mark.parametrize(
    ("dest", "url"),
    [("index.html", "/"), ("anatomy/chain/index.html", "/anatomy/chain/"), ("schedules/offseason.ics", "/schedules/offseason.ics"), ("plan.html", "/plan.html")],
)
def test_a_published_file_is_named_by_its_address(dest: str, url: str) -> None:
    assert url_of(dest) == url


def test_the_data_claims_every_entry_page_calendar_and_generated_file(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    generated = ["exercises/glute-bridge.md", "exercises/index.md", "plan.md", "api/exercises.json", "schedules/offseason.ics"]
    assert data_claims(guide, generated) == [
        Claim("exercises/glute-bridge/index.html", "the page of exercise 'glute-bridge'", ("exercises", 0, "slug"), "glute-bridge"),
        Claim("exercises/single-leg-glute-bridge/index.html", "the page of exercise 'single-leg-glute-bridge'", ("exercises", 1, "slug"), "single-leg-glute-bridge"),
        Claim("exercises/one-leg-bridge/index.html", "the redirect from former slug 'one-leg-bridge'", ("exercises", 1, "former_slugs", 0), "one-leg-bridge"),
        Claim("exercises/calf-raise/index.html", "the page of exercise 'calf-raise'", ("exercises", 2, "slug"), "calf-raise"),
        Claim("exercises/box-jump/index.html", "the page of exercise 'box-jump'", ("exercises", 3, "slug"), "box-jump"),
        Claim("anatomy/glutes/index.html", "the page of muscle 'glutes'", ("muscles", 0, "slug"), "glutes"),
        Claim("anatomy/calves/index.html", "the page of muscle 'calves'", ("muscles", 1, "slug"), "calves"),
        Claim("schedules/offseason/index.html", "the page of schedule 'offseason'", ("schedules", 0, "slug"), "offseason"),
        Claim("schedules/offseason.ics", "the calendar of schedule 'offseason'", ("schedules", 0, "slug"), "offseason"),
        # Pages of no entry, and each section's index even when the generated list leaves it out, by address.
        Claim("anatomy/index.html", "the section index /anatomy/"),
        Claim("api/exercises.json", "the generated file /api/exercises.json"),
        Claim("exercises/index.html", "the section index /exercises/"),
        Claim("plan/index.html", "the generated page /plan/"),
        Claim("schedules/index.html", "the section index /schedules/"),
    ]


def test_without_directory_urls_the_data_claims_html_files(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    dests = [claim.dest for claim in data_claims(guide, ["plan.md"], use_directory_urls=False)]
    assert dests == [
        "exercises/glute-bridge.html", "exercises/single-leg-glute-bridge.html", "exercises/one-leg-bridge.html", "exercises/calf-raise.html",
        "exercises/box-jump.html", "anatomy/glutes.html", "anatomy/calves.html", "schedules/offseason.html", "schedules/offseason.ics",
        "anatomy/index.html", "exercises/index.html", "plan.html", "schedules/index.html",
    ]


@pytest.mark.parametrize(("length", "named"), [(60, "b" * 60), (61, "b" * 40 + "...")])
def test_a_long_slug_is_shortened_in_messages(mini_text: str, length: int, named: str) -> None:
    slug = "b" * length
    guide = load_guide_text(mini_text.replace("  - slug: box-jump", f"  - slug: {slug}").replace("exercise: box-jump", f"exercise: {slug}"))
    claim = next(c for c in data_claims(guide, []) if c.where == ("exercises", 3, "slug"))
    assert (claim.owner, claim.slug) == (f"the page of exercise '{named}'", slug)


def test_chapters_and_other_hand_written_files_are_claims_too() -> None:
    assert chapter_claims(["index.md", "anatomy/chain.md", "img/logo.PNG", "notes.MD"], "content") == [
        Claim("index.html", "the chapter content/index.md", moved="chapter"),
        Claim("anatomy/chain/index.html", "the chapter content/anatomy/chain.md", moved="chapter"),
        Claim("img/logo.PNG", "the file content/img/logo.PNG", moved="file"),
        Claim("notes/index.html", "the chapter content/notes.MD", moved="chapter"),
    ]
    assert chapter_claims(["anatomy/chain.md"], "pages", use_directory_urls=False) == [Claim("anatomy/chain.html", "the chapter pages/anatomy/chain.md", moved="chapter")]


def test_redirects_in_mkdocs_yml_are_claims_too() -> None:
    maps = {"old.md": "index.md", "a/b.md": "https://elsewhere.example/"}
    assert redirect_claims(maps) == [Claim("old/index.html", "the redirect old.md in mkdocs.yml"), Claim("a/b/index.html", "the redirect a/b.md in mkdocs.yml")]
    assert redirect_claims(maps, use_directory_urls=False)[0] == Claim("old.html", "the redirect old.md in mkdocs.yml")


CHAPTER = Claim("anatomy/chain/index.html", "the chapter content/anatomy/chain.md", moved="chapter")
CHAIN = Claim("anatomy/chain/index.html", "the page of muscle 'chain'", ("muscles", 1, "slug"), "chain")
BOX_JUMP = Claim("exercises/box-jump/index.html", "the page of exercise 'box-jump'", ("exercises", 3, "slug"), "box-jump")
CALENDAR = Claim("schedules/offseason.ics", "the calendar of schedule 'offseason'", ("schedules", 0, "slug"), "offseason")


@pytest.mark.parametrize(
    ("claims", "messages"),
    [
        pytest.param(
            [CHAPTER, CHAIN],
            [f"{CALVES_SLUG}: the page of muscle 'chain' would be published at /anatomy/chain/, replacing the chapter content/anatomy/chain.md; choose another slug or move the chapter"],
            id="chapter-first",
        ),
        pytest.param(
            [CHAIN, CHAPTER],
            [f"{CALVES_SLUG}: the page of muscle 'chain' would be published at /anatomy/chain/, replacing the chapter content/anatomy/chain.md; choose another slug or move the chapter"],
            id="chapter-last",
        ),
        pytest.param(
            [Claim("schedules/offseason.ics", "the file content/schedules/offseason.ics", moved="file"), CALENDAR],
            [f"{OFFSEASON_SLUG}: the calendar of schedule 'offseason' would be published at /schedules/offseason.ics, replacing the file content/schedules/offseason.ics; choose another slug or move the file"],
            id="file",
        ),
        pytest.param(
            [Claim("exercises/index.html", "the section index /exercises/"), Claim("exercises/index.html", "the page of exercise 'index'", ("exercises", 3, "slug"), "index")],
            [f"{BOX_JUMP_SLUG}: the page of exercise 'index' would be published at /exercises/, replacing the section index /exercises/; choose another slug"],
            id="section-index",
        ),
        pytest.param(
            [Claim("exercises/one-leg-bridge/index.html", "the page of exercise 'one-leg-bridge'", ("exercises", 3, "slug"), "one-leg-bridge"),
             Claim("exercises/one-leg-bridge/index.html", "the redirect from former slug 'one-leg-bridge'", ("exercises", 1, "former_slugs", 0), "one-leg-bridge")],
            [f"{FORMER_SLUG}: the redirect from former slug 'one-leg-bridge' would be published at /exercises/one-leg-bridge/, replacing the page of exercise "
             "'one-leg-bridge' (exercises[3].slug); choose another slug"],
            id="two-entries",
        ),
        pytest.param(
            [Claim("exercises/box-jump", "the file content/exercises/box-jump", moved="file"), BOX_JUMP],
            [f"{BOX_JUMP_SLUG}: the page of exercise 'box-jump' needs a folder at /exercises/box-jump/, where the file content/exercises/box-jump would be published; "
             "choose another slug or move the file"],
            id="folder-where-a-file-is",
        ),
        pytest.param(
            [CALENDAR, Claim("schedules/offseason.ics/notes/index.html", "the chapter content/schedules/offseason.ics/notes.md", moved="chapter")],
            [f"{OFFSEASON_SLUG}: the calendar of schedule 'offseason' would be published at /schedules/offseason.ics, where the chapter "
             "content/schedules/offseason.ics/notes.md needs a folder; choose another slug or move the chapter"],
            id="file-where-a-chapter-needs-a-folder",
        ),
        pytest.param(
            [Claim("schedules/offseason.ics/index.html", "the redirect schedules/offseason.ics.md in mkdocs.yml"), CALENDAR],
            [f"{OFFSEASON_SLUG}: the calendar of schedule 'offseason' would be published at /schedules/offseason.ics, where the redirect "
             "schedules/offseason.ics.md in mkdocs.yml needs a folder; choose another slug"],
            id="file-where-a-redirect-needs-a-folder",
        ),
        pytest.param(
            [Claim("schedules", "the file content/schedules", moved="file"), CALENDAR],
            [f"{OFFSEASON_SLUG}: the calendar of schedule 'offseason' needs a folder at /schedules/, where the file content/schedules would be published; "
             "choose another slug or move the file"],
            id="top-folder-where-a-file-is",
        ),
        pytest.param(
            [Claim("exercises/calf", "the page of exercise 'calf'", ("exercises", 2, "slug"), "calf"), Claim("exercises/calf/raise", "the page of muscle 'x'", ("muscles", 1, "slug"), "x")],
            [f"{CALVES_SLUG}: the page of muscle 'x' needs a folder at /exercises/calf/, where the page of exercise 'calf' (exercises[2].slug) would be published; choose another slug"],
            id="entry-where-an-entry-needs-a-folder",
        ),
        pytest.param(
            [Claim("a", "the file content/a", moved="file"), Claim("a/b.html", "the file content/a/b.html", moved="file"), Claim("a", "the generated file /a"), CHAPTER],
            [],
            id="hand-written-files-among-themselves",
        ),
        pytest.param([BOX_JUMP, CALENDAR, CHAPTER], [], id="no-clash"),
    ],
)
def test_a_clash_is_reported_at_the_data_value_naming_what_it_replaces(mini_text: str, claims: list[Claim], messages: list[str]) -> None:
    located = parse_yaml(mini_text, "exercises.yaml")
    assert [str(problem) for problem in check_claims(claims, located)] == messages


def test_a_slug_too_long_for_a_file_name_is_reported_once_and_clashes_no_more(mini_text: str) -> None:
    located = parse_yaml(mini_text, "exercises.yaml")
    fits, page, calendar = "f" * 255, "p" * 256, "c" * 252
    claims = [
        Claim(f"exercises/{fits}/index.html", "the page of exercise 'f'", ("exercises", 3, "slug"), fits),
        Claim(f"anatomy/{page}/index.html", "the page of muscle 'p'", ("muscles", 1, "slug"), page),
        Claim(f"anatomy/{page}/index.html", "the page of muscle 'p'", ("muscles", 0, "slug"), page),
        Claim(f"schedules/{calendar}/index.html", "the page of schedule 'c'", ("schedules", 0, "slug"), calendar),
        Claim(f"schedules/{calendar}.ics", "the calendar of schedule 'c'", ("schedules", 0, "slug"), calendar),
        Claim("x" * 300, "the generated file /x"),  # not a slug's name: for the file system to judge
    ]
    assert [str(problem) for problem in check_claims(claims, located)] == [
        f"{CALVES_SLUG}: a slug of 256 characters is too long to be a file name (at most 255 here)",
        "exercises.yaml:45:11: muscles[0].slug: a slug of 256 characters is too long to be a file name (at most 255 here)",
        f"{OFFSEASON_SLUG}: a slug of 252 characters is too long to be a file name (at most 251 here)",
    ]


def write_files(folder: Path, files: Mapping[str, str | bytes]) -> Path:
    """Files by path below `folder`, as text (UTF-8) or bytes; returns the folder."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def read_files(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, by path, in path order."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def checked(folder: Path, data: str, files: dict[str, str | bytes], **docs: object) -> CheckedSite:
    """check_site on the data and a docs folder 'content' holding `files`, both in `folder`; `docs` as in Docs."""
    folder.mkdir(exist_ok=True)
    (folder / "exercises.yaml").write_text(data, encoding="utf-8")
    content = write_files(folder / "content", files)
    return check_site(folder / "exercises.yaml", "exercises.yaml", Docs(content, **docs), site_url=SITE_URL)  # type: ignore[arg-type]


def refusal(folder: Path, data: str, files: dict[str, str | bytes], **docs: object) -> list[str]:
    with pytest.raises(GuideError) as caught:
        checked(folder, data, files, **docs)
    return [str(problem) for problem in caught.value.problems]


def test_checking_refuses_a_slug_that_replaces_a_chapter(tmp_path: Path, mini_text: str) -> None:
    data = mini_text.replace("  - slug: calves", "  - slug: chain").replace("calves]", "chain]")
    assert refusal(tmp_path / "chapter", data, {"anatomy/chain.md": "# Chain\n"}) == [
        f"{CALVES_SLUG}: the page of muscle 'chain' would be published at /anatomy/chain/, replacing the chapter content/anatomy/chain.md; choose another slug or move the chapter"
    ]
    assert refusal(tmp_path / "redirect", data, {}, redirect_maps={"anatomy/chain.md": "index.md"}) == [
        f"{CALVES_SLUG}: the page of muscle 'chain' would be published at /anatomy/chain/, replacing the redirect anatomy/chain.md in mkdocs.yml; choose another slug"
    ]


@pytest.mark.parametrize("hand_written", ["chapter", "redirect"])
def test_checking_places_chapters_and_redirects_as_directory_urls_say(tmp_path: Path, mini_text: str, hand_written: str) -> None:
    """With directory URLs, schedules/offseason.ics.md would need a folder where the calendar is; without, it is a .html file."""
    files: dict[str, str | bytes] = {"schedules/offseason.ics.md": "# Notes\n"} if hand_written == "chapter" else {}
    maps = {"schedules/offseason.ics.md": "index.md"} if hand_written == "redirect" else {}
    what = "the chapter content/schedules/offseason.ics.md" if hand_written == "chapter" else "the redirect schedules/offseason.ics.md in mkdocs.yml"
    fix = "choose another slug or move the chapter" if hand_written == "chapter" else "choose another slug"
    assert refusal(tmp_path, mini_text, files, redirect_maps=maps) == [
        f"{OFFSEASON_SLUG}: the calendar of schedule 'offseason' would be published at /schedules/offseason.ics, where {what} needs a folder; {fix}"
    ]
    assert checked(tmp_path, mini_text, files, redirect_maps=maps, use_directory_urls=False).link_problems == []


def test_without_directory_urls_a_hand_written_html_file_is_where_the_page_goes(tmp_path: Path, mini_text: str) -> None:
    files: dict[str, str | bytes] = {"anatomy/calves.html": "<p>by hand</p>\n"}
    assert checked(tmp_path, mini_text, files).link_problems == []
    assert refusal(tmp_path, mini_text, files, use_directory_urls=False) == [
        f"{CALVES_SLUG}: the page of muscle 'calves' would be published at /anatomy/calves.html, replacing the file content/anatomy/calves.html; choose another slug or move the file"
    ]


def test_checking_reads_the_markdown_chapters_and_passes_the_good_links(tmp_path: Path, mini_text: str) -> None:
    files: dict[str, str | bytes] = {
        "index.md": "# Guide\n\n[Plan](plan.md), [safety](safety.md), [old bridge](exercises/one-leg-bridge.md), [moved](old-page.md)\n",
        "safety.md": b"# Safety \xff\n",
        "img/logo.png": b"\x89PNG\r\n",
        ".drafts/wip.md": "[nowhere](nowhere.md)\n",
    }
    site = checked(tmp_path, mini_text, files, redirect_maps={"old-page.md": "index.md"})
    # Bytes that are not UTF-8 are read as the replacement character; files that are not Markdown are not chapters.
    assert site.chapters == {"index.md": files["index.md"], "safety.md": "# Safety \ufffd\n"}
    assert site.link_problems == []
    assert sorted(site.guide.exercises) == ["box-jump", "calf-raise", "glute-bridge", "single-leg-glute-bridge"]
    assert site.located.file == "exercises.yaml"
    assert site.rendered.files["robots.txt"] == f"User-agent: *\nAllow: /\nSitemap: {SITE_URL}sitemap.xml\n"


def test_a_chapter_link_to_no_page_names_the_chapter_line_and_a_near_slug(tmp_path: Path, mini_text: str) -> None:
    files: dict[str, str | bytes] = {
        "safety.md": "# Safety\n\nTry [box jumps](exercises/box-jmp.md) or [the bridge](exercises/one-leg-brige.md).\n",
        "anatomy/chain.md": "# Chain\n\n- [Calves](calf.md) and [the week](../schedules/offseasn.md)\n- [Notes](../notes/tips.md) [Here](../safty.md)\n",
        "notes/tricks.md": "# Tricks\n",
    }
    site = checked(tmp_path, mini_text, files, label="pages")
    assert [str(problem) for problem in site.link_problems] == [
        "pages/anatomy/chain.md:3:12: link 'calf.md' goes nowhere: no anatomy page has the slug 'calf' (did you mean 'calves'?)",
        "pages/anatomy/chain.md:3:36: link '../schedules/offseasn.md' goes nowhere: no schedule page has the slug 'offseasn' (did you mean 'offseason'?)",
        "pages/anatomy/chain.md:4:11: link '../notes/tips.md' goes nowhere: there is no page notes/tips.md (did you mean 'notes/tricks.md'?)",
        "pages/anatomy/chain.md:4:36: link '../safty.md' goes nowhere: there is no page safty.md (did you mean 'safety.md'?)",
        "pages/safety.md:3:17: link 'exercises/box-jmp.md' goes nowhere: no exercise page has the slug 'box-jmp' (did you mean 'box-jump'?)",
        "pages/safety.md:3:55: link 'exercises/one-leg-brige.md' goes nowhere: no exercise page has the slug 'one-leg-brige' (did you mean 'one-leg-bridge'?)",
    ]


def test_without_a_docs_folder_only_the_data_is_checked(tmp_path: Path, mini_text: str) -> None:
    (tmp_path / "exercises.yaml").write_text(mini_text, encoding="utf-8")
    site = check_site(tmp_path / "exercises.yaml", "exercises.yaml", Docs(None), site_url=SITE_URL)
    assert (site.chapters, site.link_problems) == ({}, [])


def test_the_docs_folder_is_listed_as_mkdocs_takes_it(tmp_path: Path) -> None:
    write_files(tmp_path, {n: "x" for n in ["z.md", "img.png", ".hidden.md", ".git/config", "a/x.md", "a/.b.md", "a/b/c.md", "a/.cache/d.md", "0/y.md"]})
    assert list_docs(tmp_path) == ["img.png", "z.md", "0/y.md", "a/x.md", "a/b/c.md"]


def config(folder: Path, text: str | bytes | None) -> Path:
    """A data file in `folder`, with the given mkdocs.yml beside it (None: none)."""
    if isinstance(text, bytes):
        (folder / "mkdocs.yml").write_bytes(text)
    elif text is not None:
        (folder / "mkdocs.yml").write_text(text, encoding="utf-8")
    return folder / "exercises.yaml"


REDIRECTS = "plugins:\n  - search\n  - redirects:\n      redirect_maps:\n        old.md: index.md\n        7: new.md\n"


@pytest.mark.parametrize(
    ("text", "folder", "directory_urls", "maps"),
    [
        (None, "content", True, {}),
        ("site_name: G\n", "docs", True, {}),
        ("- a list\n", "docs", True, {}),
        ("docs_dir: pages\nuse_directory_urls: false\n", "pages", False, {}),
        ("docs_dir: pages\nuse_directory_urls: null\n", "pages", True, {}),
        (f"docs_dir: pages\n{REDIRECTS}", "pages", True, {"old.md": "index.md", "7": "new.md"}),
        ("docs_dir: pages\nplugins:\n  - redirects:\n      redirect_maps: [old.md]\n", "pages", True, {}),
        ("docs_dir: pages\nplugins:\n  - redirects:\n", "pages", True, {}),
        ("docs_dir: pages\nplugins:\n  - search:\n      lang: en\n  - redirects:\n      redirect_maps:\n", "pages", True, {}),
        ("docs_dir: pages\nplugins:\n  search: {}\n", "pages", True, {}),
        ("docs_dir: pages\nsite_url: !ENV [SITE_URL, 'https://x/']\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
         "pages", True, {}),
    ],
)
def test_check_finds_the_docs_folder_mkdocs_yml_names(tmp_path: Path, text: str | None, folder: str, directory_urls: bool, maps: dict[str, str]) -> None:
    (tmp_path / folder).mkdir()
    assert read_docs_config(config(tmp_path, text), None) == Docs(tmp_path / folder, str(tmp_path / folder), directory_urls, maps)


def test_docs_given_on_the_command_line_win_and_are_named_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pages").mkdir()
    monkeypatch.chdir(tmp_path)
    data = config(tmp_path, "docs_dir: elsewhere\nuse_directory_urls: false\n")
    assert read_docs_config(data, "pages/") == Docs(Path("pages"), "pages", False, {})
    assert read_docs_config(Path("exercises.yaml"), "./pages") == Docs(Path("pages"), "pages", False, {})


@pytest.mark.parametrize(
    ("text", "docs", "message"),
    [
        (None, "nowhere", "nowhere:1:1: the docs folder does not exist (give it with --docs)"),
        ("site_name: G\n", None, "{tmp}/docs:1:1: the docs folder does not exist (give it with --docs)"),
        ("docs_dir: pages\n", None, "{tmp}/pages:1:1: the docs folder does not exist (give it with --docs)"),
        ("site_name: G\nnav: [a\n", None, "{tmp}/mkdocs.yml:3:1: cannot read mkdocs.yml: expected ',' or ']', but got '<stream end>'"),
        ("site_name: G\n  bad: indent\n", None, "{tmp}/mkdocs.yml:2:6: cannot read mkdocs.yml: mapping values are not allowed here"),
        (b"site_name: \xff\n", None, "{tmp}/mkdocs.yml:1:1: cannot read mkdocs.yml: 'utf-8' codec can't decode byte 0xff in position 11: invalid start byte"),
    ],
)
def test_a_missing_docs_folder_or_unreadable_mkdocs_yml_is_one_located_line(tmp_path: Path, text: str | bytes | None, docs: str | None, message: str) -> None:
    with pytest.raises(GuideError) as caught:
        read_docs_config(config(tmp_path, text), docs)
    assert caught.value.report() == f"{message.format(tmp=tmp_path)}\n1 problem found"


def test_without_mkdocs_yml_or_content_folder_there_are_no_chapters(tmp_path: Path) -> None:
    assert read_docs_config(config(tmp_path, None), None) == Docs(None)


def test_the_data_position_of_a_clash_is_the_slug_as_written(tmp_path: Path, mini_text: str) -> None:
    """The same claims, checked against data read by build_guide: the slug's own line and column."""
    located = parse_yaml(mini_text, "exercises.yaml")
    guide = build_guide(located)
    claims = data_claims(guide, []) + chapter_claims(["exercises/box-jump.md"], "content")
    assert [str(problem) for problem in check_claims(claims, located)] == [
        f"{BOX_JUMP_SLUG}: the page of exercise 'box-jump' would be published at /exercises/box-jump/, replacing the chapter content/exercises/box-jump.md; choose another slug or move the chapter"
    ]
