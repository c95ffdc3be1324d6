"""The real guide: every muscle, exercise, schedule and chapter has its page, links run both ways, the seed's facts are in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.load import load_guide
from generator.model import Guide
from generator.schema import WEEKDAYS
from tests.conftest import ROOT
from tests.expected import REST_SHOWN, dose_shown

SEED = ROOT.parent / "shared" / "seed" / "posterior-chain-guide.txt"

# Every exercise the seed names, by the slug of its page.
SEED_EXERCISES = [
    "glute-bridge", "single-leg-hip-thrust", "bird-dog", "assisted-nordic-hamstring-curl", "jump-rope", "deadlift",
    "romanian-deadlift", "single-leg-romanian-deadlift", "kettlebell-swing", "barbell-hip-thrust", "bulgarian-split-squat",
    "box-jump", "bounding", "sled-push", "sled-pull", "hamstring-curl", "calf-raise", "reverse-lunge", "pistol-squat",
    "hill-sprints",
]  # fmt: skip
CHAPTERS = ["", "benefits/", "season/", "consistency/", "safety/", "anatomy/chain/", "anatomy/shock-absorption/"]


@pytest.fixture(scope="module")
def guide() -> Guide:
    return load_guide(ROOT / "exercises.yaml")


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_every_muscle_exercise_schedule_and_chapter_has_its_page(guide: Guide, real_site: Path) -> None:
    urls = [f"anatomy/{m}/" for m in guide.muscles] + [f"exercises/{e}/" for e in guide.exercises]
    urls += [f"schedules/{s}/" for s in guide.schedules] + ["anatomy/", "exercises/", "schedules/", "plan/"] + CHAPTERS
    missing = [url for url in urls if not (real_site / url / "index.html").is_file()]
    assert missing == []
    assert set(guide.muscles) == {"glutes", "hamstrings", "calves", "spinal-erectors"}
    assert set(guide.schedules) == {"offseason", "preseason"}


def test_every_exercise_the_seed_names_is_in_the_guide(guide: Guide) -> None:
    assert [slug for slug in SEED_EXERCISES if slug not in guide.exercises] == []


def test_exercise_and_muscle_pages_link_both_ways(guide: Guide, real_site: Path) -> None:
    for exercise in guide.exercises.values():
        page = html(real_site, f"exercises/{exercise.slug}")
        for muscle in exercise.primary_muscles + exercise.secondary_muscles:
            assert f'href="../../anatomy/{muscle}/"' in page, (exercise.slug, muscle)
    for muscle in guide.muscles:
        page = html(real_site, f"anatomy/{muscle}")
        primary, secondary = guide.trained_by(muscle)
        main_movers, helpers = page.split('id="secondary"') if secondary else (page, "")
        for exercise in primary:
            assert f'href="../../exercises/{exercise.slug}/"' in main_movers, (muscle, exercise.slug)
        for exercise in secondary:
            assert f'href="../../exercises/{exercise.slug}/"' in helpers, (muscle, exercise.slug)


def test_schedules_link_every_session_exercise_with_dose_and_rest(guide: Guide, real_site: Path) -> None:
    for schedule in guide.schedules.values():
        page = html(real_site, f"schedules/{schedule.slug}")
        for day in schedule.days:
            for item in day.session.exercises if day.session else []:
                assert f'href="../../exercises/{item.exercise}/"' in page
                back = html(real_site, f"exercises/{item.exercise}")
                assert f'href="../../schedules/{schedule.slug}/#{day.day}"' in back, (item.exercise, schedule.slug, day.day)
            if day.session:
                expected = [
                    (item.exercise, dose_shown(item.dose or guide.exercises[item.exercise].dosing[schedule.phase]), REST_SHOWN[guide.exercises[item.exercise].rest])
                    for item in day.session.exercises
                ]
                assert session_rows(page, day.day) == expected, (schedule.slug, day.day)


def session_rows(page: str, day: str) -> list[tuple[str, str, str]]:
    """(exercise slug, dose, rest) for each row of a day's session table, read from the built HTML; a dose's
    note, in brackets after it, is left out."""
    table = page.split(f'id="{day}"', 1)[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
        cells = re.findall(r"<td>(.*?)</td>", row, flags=re.S)
        # Glossary words in a dose ("contacts") are marked up; the reader sees their text.
        dose = re.sub(r"<[^>]+>", "", cells[1]).split(" (", 1)[0]
        rows.append((re.search(r'href="../../exercises/([^/"]+)/"', cells[0]).group(1), dose, cells[2]))
    return rows


def test_every_progression_step_links_to_a_page(guide: Guide, real_site: Path) -> None:
    for exercise in guide.exercises.values():
        page = html(real_site, f"exercises/{exercise.slug}")
        for other in guide.easier(exercise.slug) + guide.harder(exercise.slug):
            assert f'href="../{other.slug}/"' in page, (exercise.slug, other.slug)
    hip = next(ladder for ladder in guide.data.ladders if ladder.slug == "hip-extension")
    assert hip.steps == ["glute-bridge", "single-leg-glute-bridge", "single-leg-hip-thrust", "barbell-hip-thrust"]


def test_rest_follows_the_seed(guide: Guide) -> None:
    rest = guide.data.rest
    assert (rest["heavy"].min_seconds, rest["heavy"].max_seconds) == (60, 90)
    assert (rest["plyometric"].min_seconds, rest["plyometric"].max_seconds) == (120, 120)
    # The seed's 60-90 s holds for most loaded sets; near-maximal sets of 3-5 (the deadlift) rest longer, and
    # explosive loaded work (swings, sleds) rests fully, as jumps do.
    assert (rest["heavy-low-reps"].min_seconds, rest["heavy-low-reps"].max_seconds) == (120, 180)
    longer = {"deadlift": "heavy-low-reps", "kettlebell-swing": "plyometric", "sled-push": "plyometric", "sled-pull": "plyometric"}
    for exercise in guide.exercises.values():
        if exercise.category == "plyometric":
            assert exercise.rest == "plyometric", exercise.slug
        if exercise.category == "weighted":
            assert exercise.rest == longer.get(exercise.slug, "heavy"), exercise.slug
    assert all(dose.reps is not None and dose.reps <= 5 for dose in guide.exercises["deadlift"].dosing.values())


def test_sample_weeks_follow_the_seed(guide: Guide) -> None:
    offseason = [day.activities for day in guide.schedules["offseason"].days]
    assert offseason == [["strength"], ["cross-training"], ["mobility"], ["strength"], ["recovery"], ["long-walk"], ["rest"]]
    preseason = guide.schedules["preseason"]
    kinds = {day.day: {guide.data.day_types[a].run for a in day.activities} for day in preseason.days}
    strength = [day.day for day in preseason.days if day.session]
    assert 1 <= len(strength) <= 2
    for day in strength:
        following = WEEKDAYS[(WEEKDAYS.index(day) + 1) % 7]
        assert kinds[day] & {"hard", "long"} == set() and "easy" in kinds[day]
        assert kinds[following] & {"hard", "long"} == set()
        assert following not in strength


def test_every_week_trains_all_four_muscles(guide: Guide) -> None:
    for schedule in guide.schedules.values():
        trained = {
            m for day in schedule.days if day.session for item in day.session.exercises for m in guide.exercises[item.exercise].primary_muscles
        }
        assert trained == set(guide.muscles), schedule.slug


def test_api_lists_every_exercise(guide: Guide, real_site: Path) -> None:
    api = json.loads((real_site / "api" / "exercises.json").read_text(encoding="utf-8"))
    assert [e["slug"] for e in api] == list(guide.exercises)
    assert all(e["url"] == f"https://posterior-chain.example.org/exercises/{e['slug']}/" for e in api)


def test_every_muscle_is_drawn_on_the_body_diagram(guide: Guide, real_site: Path) -> None:
    page = html(real_site, "anatomy")
    for muscle in guide.muscles:
        assert f'class="pcg-body__muscle pcg-body__muscle--target" data-muscle="{muscle}"' in page


def test_anatomy_covers_the_injuries_the_seed_names(guide: Guide) -> None:
    text = " ".join(i.name + " " + i.how for m in guide.muscles.values() for i in m.injuries).lower()
    for injury in ("hamstring strain", "it band", "achilles", "knee"):
        assert injury in text, injury


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))


@pytest.mark.skipif(not SEED.is_file(), reason=f"the source article is not here ({SEED}); it lives beside the repository, not in it")
def test_no_run_of_ten_words_is_copied_from_the_seed() -> None:
    seed = words(SEED.read_text(encoding="utf-8"))
    seed_runs = {tuple(seed[i : i + 10]) for i in range(len(seed) - 9)}
    sources = [ROOT / "exercises.yaml", *(ROOT / "content").rglob("*.md"), *(ROOT / "generator" / "templates").glob("*")]
    copied = {}
    for source in sources:
        text = words(source.read_text(encoding="utf-8"))
        runs = [" ".join(text[i : i + 10]) for i in range(len(text) - 9) if tuple(text[i : i + 10]) in seed_runs]
        if runs:
            copied[str(source.relative_to(ROOT))] = runs[:3]
    assert copied == {}
