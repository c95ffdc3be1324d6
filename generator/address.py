"""The guide's public address: whether it is still a placeholder, which makes every QR code, calendar link and
exported URL lead nowhere. No MkDocs imports here, so the render stage and the deploy command share one rule."""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

# Names reserved so that they never reach a real site: RFC 2606 (example.com/.net/.org, .example, .test,
# .invalid, .localhost) and RFC 6761 (localhost). A guide published under one of these cannot work.
RESERVED_NAMES = frozenset({"example.com", "example.net", "example.org", "example", "test", "invalid", "localhost"})

log = logging.getLogger("mkdocs.plugins.guide")

CALENDAR_DRAFT_NOTE = "Draft: the links in this calendar do not work yet (the guide's address is not set)."


def is_placeholder(site_url: object) -> bool:
    """True when the address cannot be the guide's public one: unset, a reserved name or a loopback address."""
    if not isinstance(site_url, str):
        return True
    try:
        host = urlsplit(site_url).hostname
    except ValueError:
        return True
    if not host:
        return True
    if any(host == name or host.endswith("." + name) for name in RESERVED_NAMES):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def placeholder_message(site_url: object) -> str:
    return (
        f"site_url is {site_url or 'not set'!r}, a placeholder: QR codes, calendar links and exported URLs will not "
        "work, so printed sheets and calendars are marked as drafts. Set site_url in mkdocs.yml "
        "(or SITE_URL for one build) to the address the guide is published at."
    )


def note_placeholder(site_url: object) -> bool:
    """Whether site_url is a placeholder; if so, print one warning that `--strict` does not count. Strict mode
    counts records at WARNING and above, so this one sits a step below while showing as a warning: a draft guide
    must still build, in CI too."""
    if not is_placeholder(site_url):
        return False
    if log.isEnabledFor(logging.WARNING - 1):
        record = log.makeRecord(log.name, logging.WARNING - 1, __file__, 0, placeholder_message(site_url), None, None)
        record.levelname = "WARNING"
        log.handle(record)
    return True


def site_sections(nav: object, site_url: object) -> list[dict[str, str]]:
    """mkdocs.yml's top-level nav entries as {title, url}, each url absolute from the site's root path, for the
    404 page, which answers at any depth. Read from the configuration, so every engine lists the same links."""
    from generator.render.text import page_url

    root = urlsplit(site_url).path if isinstance(site_url, str) else "/"
    root = root if root.endswith("/") else root + "/"
    sections = []
    for entry in nav if isinstance(nav, list) else []:
        if not isinstance(entry, dict) or len(entry) != 1:
            continue
        [(title, target)] = entry.items()
        while isinstance(target, list) and target:
            target = target[0]
            if isinstance(target, dict) and len(target) == 1:
                target = next(iter(target.values()))
        if isinstance(target, str) and target.endswith(".md"):
            sections.append({"title": str(title), "url": root + page_url(target)})
    return sections
