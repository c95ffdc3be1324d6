"""Printing in Chromium: one sheet per sample week (A4 and US Letter), QR codes that scan, exercise pages on two sheets."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.load import load_guide
from tests.conftest import ROOT

GUIDE = load_guide(ROOT / "exercises.yaml")
SITE_URL = "https://posterior-chain.example.org/"


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def printed(page, url: str, paper: str) -> bytes:
    page.goto(url)
    return page.pdf(format=paper, print_background=True)


@pytest.mark.parametrize("schedule", sorted(GUIDE.schedules))
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_sample_week_prints_on_one_sheet(page, site_url: str, schedule: str, paper: str) -> None:
    assert pdf_pages(printed(page, f"{site_url}schedules/{schedule}/", paper)) == 1


def test_every_exercise_page_prints_on_at_most_two_a4_sheets(page, site_url: str) -> None:
    too_long = {}
    for slug in GUIDE.exercises:
        pages = pdf_pages(printed(page, f"{site_url}exercises/{slug}/", "A4"))
        if pages > 2:
            too_long[slug] = pages
    assert too_long == {}


def test_the_printout_is_the_schedule_alone_in_black_on_white(page, site_url: str) -> None:
    page.goto(f"{site_url}schedules/offseason/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search", ".pcg-page-tools", "a.md-button"):
        assert page.locator(chrome).first.is_hidden(), chrome
    colours = page.evaluate(
        "() => { const s = getComputedStyle(document.querySelector('article')); return [s.color, getComputedStyle(document.body).backgroundColor]; }"
    )
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]
    session = page.locator("h2#mon").locator("xpath=following::table[1]")
    assert session.locator("th").all_inner_texts() == ["Exercise", "Sets × reps", "Rest", "Load used", "Reps done", "Scan"]
    for row in session.locator("tbody tr").all():
        cells = row.locator("td").all_inner_texts()
        assert cells[3:5] == ["", ""]  # blank, to log the load and reps done
    assert page.locator(".pcg-qr").first.is_visible()


def test_qr_codes_are_only_on_paper(page, site_url: str) -> None:
    page.goto(f"{site_url}schedules/offseason/")
    assert page.locator(".pcg-qr").first.is_hidden()
    assert page.locator("th", has_text="Scan").first.is_hidden()


@pytest.mark.parametrize("schedule", sorted(GUIDE.schedules))
def test_printed_qr_codes_scan_to_the_exercise_pages(page, site_url: str, tmp_path: Path, schedule: str) -> None:
    for tool in ("pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: apt-get install -y poppler-utils zbar-tools")
    (tmp_path / "week.pdf").write_bytes(printed(page, f"{site_url}schedules/{schedule}/", "Letter"))
    subprocess.run(["pdftoppm", "-r", "300", "-png", "week.pdf", "sheet"], cwd=tmp_path, check=True)
    scan = subprocess.run(["zbarimg", "--quiet", "--raw", *sorted(p.name for p in tmp_path.glob("sheet*.png"))], cwd=tmp_path, capture_output=True, text=True)
    decoded = set(scan.stdout.split())
    expected = {
        f"{SITE_URL}exercises/{item.exercise}/"
        for day in GUIDE.schedules[schedule].days
        if day.session
        for item in day.session.exercises
    }
    assert decoded == expected
