"""Shared fixtures: real MkDocs builds of the guide and of a tiny test guide, a local server, real Chromium."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Hand-written pages the generated ones link to; a tiny site needs them too.
TINY_PAGES = {
    "index.md": "# Tiny guide\n\n[Exercises](exercises/index.md)\n",
    "safety.md": "# Safety\n\nNot medical advice.\n",
    "anatomy/chain.md": "# How the chain works together\n",
    "anatomy/shock-absorption.md": "# Shock absorption\n",
    "consistency.md": "# Staying consistent\n\n## After a missed week\n",
}


class EnvTag(list[str]):
    """An `!ENV [NAME, default]` value in mkdocs.yml, kept as written so a tiny site reads the same variable."""


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


_ConfigLoader.add_constructor("!ENV", lambda loader, node: EnvTag(loader.construct_sequence(node)))
_ConfigDumper.add_representer(EnvTag, lambda dumper, value: dumper.represent_sequence("!ENV", value, flow_style=True))


def read_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    """A site's mkdocs.yml as data, its `!ENV` tags kept."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)


def write_config(path: Path, config: dict) -> None:
    path.write_text(yaml.dump(config, Dumper=_ConfigDumper, sort_keys=False), encoding="utf-8")


# The address a build gets when SITE_URL is not set: the placeholder the guide ships with.
DEFAULT_SITE_URL: str = read_config()["site_url"][-1]


# Tests choose the address each build gets: a SITE_URL set for `make deploy`, which runs them, must not leak into
# the builds and servers they start.
os.environ.pop("SITE_URL", None)


def build_env(site_url: str | None = None) -> dict[str, str]:
    """The environment of a build: this one, with SITE_URL only when given."""
    return {**os.environ, "SITE_URL": site_url} if site_url is not None else dict(os.environ)


def mkdocs(config: Path, *args: str, site_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real MkDocs command line, as a guide author would; site_url sets SITE_URL for this build."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args, "-f", str(config)], capture_output=True, text=True, cwd=config.parent, env=build_env(site_url)
    )


def make_tiny_site(folder: Path, data_text: str) -> Path:
    """A site folder using the guide's own mkdocs.yml (less its nav) around the given data; returns mkdocs.yml."""
    config = read_config()
    config.pop("nav", None)
    config["theme"]["custom_dir"] = str(ROOT / "site_overrides")
    (folder / "mkdocs.yml").write_text(yaml.dump(config, Dumper=_ConfigDumper, sort_keys=False), encoding="utf-8")
    (folder / "exercises.yaml").write_text(data_text, encoding="utf-8")
    for name, text in TINY_PAGES.items():
        page = folder / "content" / name
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
    return folder / "mkdocs.yml"


# Browser tests drive Chromium; build tests run MkDocs on a whole site. `pytest -m "not browser and not build"`
# is the seconds-long inner loop, and the suite mutation testing runs.
BROWSER_FIXTURES = {"browser", "page"}
BUILD_FIXTURES = {"real_site", "site_url", "built", "hostile", "zensical_site", "search_index"}


# Mutation testing (`make mutate`): mutmut runs a mutant's covering tests in a forked pytest, stopping at the first
# failure, with the mutant's name in MUTANT_UNDER_TEST. Mutants of one function are mostly caught by the same few
# tests, so each failure is noted under its function and module, and the tests that caught the function's earlier
# mutants run first, then those that caught the module's. Only the order changes: the same tests run, so the score is
# the same, reached in less time.
KILLERS = ROOT / "mutation-killers"


def mutated_function(mutant: str) -> str | None:
    """`generator.model.x_check__mutmut_12` -> `generator.model.x_check`; None outside a mutant's test run."""
    function, marker, number = mutant.rpartition("__mutmut_")
    return function if marker and number.isdigit() else None


def killers_file(function: str, folder: Path) -> Path:
    return folder / f"{function.rpartition('.')[0]}.txt"


def killers_first(items: list[pytest.Item], function: str, folder: Path = KILLERS) -> None:
    """Reorders items in place: most kills among the function's mutants first, then among the module's."""
    try:
        noted = [line.split("\t") for line in killers_file(function, folder).read_text(encoding="utf-8").splitlines()]
    except FileNotFoundError:
        return
    in_function = Counter(nodeid for killed, nodeid in noted if killed == function)
    in_module = Counter(nodeid for _, nodeid in noted)
    items.sort(key=lambda item: (-in_function[item.nodeid], -in_module[item.nodeid]))


def note_killer(nodeid: str, function: str, folder: Path = KILLERS) -> None:
    folder.mkdir(exist_ok=True)
    with killers_file(function, folder).open("a", encoding="utf-8") as notes:
        notes.write(f"{function}\t{nodeid}\n")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    function = mutated_function(os.environ.get("MUTANT_UNDER_TEST", ""))
    if function and report.failed:
        note_killer(report.nodeid, function)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    function = mutated_function(os.environ.get("MUTANT_UNDER_TEST", ""))
    if function:
        killers_first(items, function)
    for item in items:
        # A parametrized argument that happens to share a fixture's name is a value, not that fixture.
        callspec = getattr(item, "callspec", None)
        used = set(getattr(item, "fixturenames", ())) - set(callspec.params if callspec else ())
        if used & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if used & BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)


@pytest.fixture
def mini_text() -> str:
    return (DATA / "mini.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real guide, built once per test run from a copy of the repository's sources."""
    work = tmp_path_factory.mktemp("guide")
    for name in ("mkdocs.yml", "exercises.yaml"):
        shutil.copy(ROOT / name, work / name)
    shutil.copytree(ROOT / "content", work / "content")
    shutil.copytree(ROOT / "site_overrides", work / "site_overrides")
    result = mkdocs(work / "mkdocs.yml", "build", "--strict")
    assert result.returncode == 0, result.stderr
    return work / "site"


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a built site on loopback; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(real_site: Path) -> Iterator[str]:
    """The built guide served on loopback."""
    with serve(real_site) as url:
        yield url


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page; any console error or uncaught exception fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"
