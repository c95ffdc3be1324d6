"""An exercise page in Chromium: stable section anchors and a working "Copy link" button."""

from __future__ import annotations

from playwright.sync_api import expect

SECTIONS = ["why", "steps", "cues", "mistakes", "dosing", "progressions", "safety"]


def test_sections_have_stable_anchors(page, site_url: str) -> None:
    page.goto(site_url + "exercises/romanian-deadlift/#dosing")
    assert page.evaluate("() => [...document.querySelectorAll('article h2[id]')].map(h => h.id)") == SECTIONS
    assert page.locator("h2#dosing").is_visible()


def test_copy_link_copies_the_permanent_address(browser, site_url: str) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "exercises/romanian-deadlift/#steps")
    page.get_by_role("button", name="Copy link").click()
    # The clipboard write is asynchronous; the status line changes once it has finished.
    expect(page.get_by_role("status")).to_have_text("Link copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == "https://posterior-chain.example.org/exercises/romanian-deadlift/"
    context.close()
