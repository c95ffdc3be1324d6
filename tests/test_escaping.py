"""Hostile text in every free-text field of the schema stays text: on every page, in the picker, in calendars and JSON.

The fields are found by walking the published JSON Schema (generator/exercises.schema.json) next to the test data,
not by asking the generator, so a field added to the schema is covered here without being listed. The built site is
then read back with outside parsers (html.parser, icalendar, json).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from icalendar import Calendar

from tests.conftest import ROOT, make_tiny_site, mkdocs, serve

SCHEMA = json.loads((ROOT / "generator" / "exercises.schema.json").read_text(encoding="utf-8"))

# Everything HTML and the site's Markdown extensions (attr_list, md_in_html, tables, admonition) would read as syntax.
LINE = (
    "<img src=x onerror=alert(1)> { onfocus=alert(2) } [a](javascript:alert(3)) ![i](x.png){ onerror=alert(4) } "
    "</script><script>alert(5)</script> *not em* _nor this_ | cell &amp; `c` \\ !!! note {: #x }"
)
# Prose may use emphasis and links, so its payload is everything else, including line breaks that must not start
# headings, rules or lists.
PROSE = (
    "<b onmouseover=alert(6)>b</b> { tabindex=0 autofocus onfocus=alert(7) } | cell &lt; "
    "</script><script>alert(8)</script> <!-- c -->\n# not a heading\n---\n1. not a list\n- nor this\n!!! note"
)


def flat(text: str) -> str:
    return " ".join(text.split())


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]]
    options = [resolve(option) for option in node.get("anyOf", []) if option.get("type") != "null"]
    return options[0] if len(options) == 1 else node


def is_text(node: dict[str, Any]) -> bool:
    return node.get("type") == "string" and "x-text" in node


def string_nodes(node: dict[str, Any], where: str, seen: set[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        if name in seen:
            return
        seen = seen | {name}
    node = resolve(node)
    for option in node.get("anyOf", []):
        yield from string_nodes(option, where, seen)
    if node.get("type") == "string":
        yield where, node
    for name, child in node.get("properties", {}).items():
        yield from string_nodes(child, f"{where}.{name}", seen)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            yield from string_nodes(node[key], f"{where}[]", seen)


def test_every_string_in_the_schema_is_free_text_a_slug_or_a_fixed_choice() -> None:
    untyped = [
        where
        for where, node in string_nodes(SCHEMA, "", set())
        if not (is_text(node) or "pattern" in node or "enum" in node or "const" in node)
    ]
    assert untyped == []


def fill(data: Any, node: dict[str, Any], path: str, found: dict[str, str]) -> Any:
    """Put a numbered hostile text into every free-text field of `data`, adding optional text fields that are absent."""
    node = resolve(node)
    if is_text(node):
        marker = f"F{len(found):03d}"
        found[marker] = path
        return f"{marker} {LINE if node['x-text'] == 'line' else PROSE}"
    if isinstance(data, dict) and "properties" in node:
        for name, child in node["properties"].items():
            target = resolve(child)
            if name not in data and (is_text(target) or is_text(resolve(target.get("items", {})))):
                data[name] = "" if is_text(target) else [""]
            if name in data:
                data[name] = fill(data[name], child, f"{path}.{name}", found)
    elif isinstance(data, dict) and isinstance(node.get("additionalProperties"), dict):
        for key in data:
            data[key] = fill(data[key], node["additionalProperties"], f"{path}.{key}", found)
    elif isinstance(data, list) and isinstance(node.get("items"), dict):
        data[:] = [fill(item, node["items"], f"{path}[{index}]", found) for index, item in enumerate(data)]
    return data


class _Reader(HTMLParser):
    """Text of a page (scripts and templates included) and every attribute, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.headings: list[str] = []
        self._heading: list[str] | None = None
        self.scripts: list[str] = []
        self._tag = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag = tag
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append("".join(self._heading))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)
        if self._tag == "script":
            self.scripts.append(data)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    data = yaml.safe_load((ROOT / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    fill(data, SCHEMA, "", found)
    dumper = yaml.SafeDumper
    dumper.ignore_aliases = lambda *args: True  # type: ignore[method-assign]
    folder = tmp_path_factory.mktemp("hostile")
    config = make_tiny_site(folder, yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True))
    (folder / "content" / "season.md").write_text(
        "---\nrender_macros: true\n---\n# Season\n\n{{ guide.progression }}\n\nRest: {{ guide.rest.heavy }}.\n", encoding="utf-8"
    )
    result = mkdocs(config, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return folder / "site", found


def site_texts(site: Path) -> tuple[dict[str, _Reader], list[str]]:
    pages = {}
    for html in sorted(site.rglob("*.html")):
        reader = _Reader()
        reader.feed(html.read_text(encoding="utf-8"))
        pages[str(html.relative_to(site))] = reader
    other = []
    for ics in site.rglob("*.ics"):
        for event in Calendar.from_ical(ics.read_bytes()).walk("VEVENT"):
            other += [str(event.get("summary")), str(event.get("description"))]
    for path in site.rglob("*.json"):
        other.append(path.read_text(encoding="utf-8"))
    return pages, other


def test_every_free_text_field_shows_literally_somewhere(hostile: tuple[Path, dict[str, str]]) -> None:
    site, found = hostile
    pages, other = site_texts(site)
    page_text = {name: flat("".join(reader.text)) for name, reader in pages.items()}
    missing = []
    for marker, path in found.items():
        shown = [text for text in page_text.values() if marker in text] + [text for text in other if marker in text]
        if not shown:
            missing.append(f"{path} ({marker}) appears nowhere")
            continue
        line, prose = flat(f"{marker} {LINE}"), flat(f"{marker} {PROSE}")
        if not any(line in text or prose in text or json.dumps(line)[1:-1] in text or json.dumps(prose)[1:-1] in text for text in shown):
            missing.append(f"{path} ({marker}) is shown, but not as the text typed")
    assert len(found) > 40
    assert missing == [], "\n".join(missing)


def test_no_hostile_markup_is_live_anywhere(hostile: tuple[Path, dict[str, str]]) -> None:
    site, _ = hostile
    pages, _ = site_texts(site)
    for name, reader in pages.items():
        assert [(tag, attr) for tag, attr, _ in reader.attributes if attr.startswith("on") or attr == "autofocus"] == [], name
        assert not [value for tag, attr, value in reader.attributes if attr == "href" and value.strip().lower().startswith("javascript:")], name
        assert not [value for tag, attr, value in reader.attributes if tag == "img" and attr == "src" and value == "x"], name
        assert not [script for script in reader.scripts if "alert(" in script], name
        assert not [heading for heading in reader.headings if "not a heading" in heading], name


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "exercises/", "exercises/glute-bridge/", "anatomy/", "anatomy/calves/", "schedules/offseason/", "plan/", "season/"])
def test_hostile_text_never_runs_in_the_browser(browser, hostile: tuple[Path, dict[str, str]], path: str) -> None:
    site, _ = hostile
    with serve(site) as url:
        context = browser.new_context()
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url + path)
        if path == "plan/":
            page.wait_for_selector("[data-plan]")
        page.hover("article h1")
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        page.wait_for_timeout(200)
        context.close()
    assert dialogs == []
