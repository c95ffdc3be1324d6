"""Quality gates over the real built guide: WCAG 2.1 A/AA with axe-core in Chromium, no sideways scrolling on a
360 px phone, and no broken internal link or anchor anywhere in the site."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

from tests.conftest import ROOT

AXE = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 360, "height": 780}

# One page of every kind the guide has.
PAGES = [
    "",
    "benefits/",
    "anatomy/",
    "anatomy/glutes/",
    "anatomy/chain/",
    "exercises/",
    "exercises/?muscle=calves",
    "exercises/glute-bridge/",
    "schedules/",
    "schedules/offseason/",
    "plan/",
    "session/?week=offseason&day=mon",
    "log/",
]
SCHEMES = {"light": "default", "dark": "slate"}


def open_page(page, site_url: str, path: str) -> None:
    """Load a page; on the picker, wait until it has drawn a plan."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(site_url + path, wait_until="load")
    if path == "plan/":
        try:
            page.wait_for_selector("[data-plan]", timeout=10_000)
        except PlaywrightTimeout:
            pytest.fail("the plan picker drew no [data-plan] element within 10 s of opening /plan/")


def settle(page) -> None:
    """Wait until the page shows what a reader would see: scroll regions update from a ResizeObserver at the next
    frame after a resize, and the theme's transitions (the navigation drawer, a tooltip fading in on focus) must
    end before colour contrast can be judged."""
    page.evaluate(
        """() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))).then(() =>
            Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => null))))"""
    )


def run_axe(page) -> list[dict]:
    """WCAG 2.1 A/AA violations on the page as it stands once it has settled."""
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `npm ci --prefix tests` to install axe-core")
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    settle(page)
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")),
            }));
        }""",
        WCAG_TAGS,
    )


def describe_violations(found: dict[str, list[dict]]) -> str:
    lines = []
    for width, violations in found.items():
        for v in violations:
            lines.append(f"[{width}] {v['id']} ({v['impact']}): {v['help']}")
            lines.extend(f"    {target}" for target in v["targets"][:8])
            if len(v["targets"]) > 8:
                lines.append(f"    ... and {len(v['targets']) - 8} more")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES, ids=lambda path: "/" + path)
def test_page_has_no_wcag_21_a_or_aa_violation(page, site_url: str, path: str, scheme: str) -> None:
    # The guide follows the system's setting on a first visit.
    page.emulate_media(color_scheme=scheme)
    open_page(page, site_url, path)
    assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
    found = {"1280 px": run_axe(page)}
    # Material moves the navigation into a drawer on phones: audit that layout too.
    page.set_viewport_size(PHONE)
    found["360 px"] = run_axe(page)
    clean = not any(found.values())
    assert clean, f"axe-core found WCAG 2.1 A/AA violations on /{path}:\n{describe_violations(found)}"


@pytest.mark.parametrize("path", PAGES, ids=lambda path: "/" + path)
def test_page_fits_a_360_px_screen(page, site_url: str, path: str) -> None:
    page.set_viewport_size(PHONE)
    open_page(page, site_url, path)
    width = page.evaluate("document.documentElement.scrollWidth")
    # The culprits: elements sticking out on the right whose parent does not.
    culprits = page.evaluate(
        """(limit) => {
            const out = [];
            const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
                + [...el.classList].map((c) => "." + c).join("");
            for (const el of document.body.querySelectorAll("*")) {
                const right = el.getBoundingClientRect().right;
                const parent = el.parentElement;
                if (right > limit + 0.5 && parent && parent.getBoundingClientRect().right <= limit + 0.5) {
                    out.push(`${name(parent)} > ${name(el)} ends at ${Math.round(right)} px`);
                }
            }
            return out.slice(0, 10);
        }""",
        PHONE["width"],
    )
    fits = width <= PHONE["width"]
    assert fits, f"/{path} scrolls sideways at 360 px (scrollWidth {width}):\n" + "\n".join(culprits)


class _Anchors(HTMLParser):
    """Collects a page's ids and names, and every URL it points to."""

    LINK_ATTRS = {"href": {"a", "area", "link"}, "src": {"img", "script", "source", "iframe", "audio", "video"}}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: set[str] = set()
        self.links: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for attr, value in attrs:
            if value is None:
                continue
            if attr == "id" or (attr == "name" and tag == "a"):
                self.anchors.add(value)
            elif tag in self.LINK_ATTRS.get(attr, ()):
                self.links.append((tag, attr, value))


def parse_html(path: Path) -> _Anchors:
    parser = _Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def configured_site_url(config: Path) -> str:
    """site_url from mkdocs.yml, tolerating the !!python tags some Markdown extensions need."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])  # SITE_URL unset
    return yaml.load(config.read_text(encoding="utf-8"), Loader=Loader).get("site_url") or ""


def find_broken_links(site: Path, site_url: str) -> list[str]:
    local = "http://site.invalid/"
    pages = {path: parse_html(path) for path in sorted(site.rglob("*.html"))}
    broken = []
    for page_path, parsed in pages.items():
        page = page_path.relative_to(site).as_posix()
        for tag, attr, value in parsed.links:
            href = value.strip()
            # Absolute links to the published site (canonical URLs, QR codes) are links into this build.
            if site_url and href.startswith(site_url):
                href = local + href[len(site_url):]
            url = urlsplit(urljoin(local + page, href))
            if url.scheme not in ("http", "https") or url.netloc != "site.invalid":
                continue  # mailto:, tel:, data:, other hosts
            target = site / unquote(url.path).lstrip("/")
            if url.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            where = f"{page}: <{tag} {attr}=\"{value}\">"
            if not target.is_file():
                broken.append(f"{where} -> no file {target.relative_to(site).as_posix()}")
                continue
            fragment = unquote(url.fragment)
            if not fragment or fragment.startswith("__") or fragment.lower() == "top" or target.suffix != ".html":
                continue
            anchors = pages[target].anchors if target in pages else parse_html(target).anchors
            if fragment not in anchors:
                broken.append(f"{where} -> no id or name '{fragment}' in {target.relative_to(site).as_posix()}")
    return broken


def test_built_site_has_no_broken_internal_link_or_anchor(real_site: Path) -> None:
    assert len(list(real_site.rglob("*.html"))) > 10, "the real site build produced almost no pages"
    broken = find_broken_links(real_site, configured_site_url(real_site.parent / "mkdocs.yml"))
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken)
