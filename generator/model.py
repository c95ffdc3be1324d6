"""The validated guide with its cross-references resolved: muscles <-> exercises <-> ladders <-> schedules."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from generator.fields import text_fields
from generator.week_rules import week_problems
from generator.problems import Path, Problem, did_you_mean, format_path
from generator.prose import LINK_RULE, link_targets, read_link
from generator.schema import (
    WEEKDAYS,
    Dose,
    ROLES,
    Exercise,
    GuideData,
    HelperMuscle,
    Ladder,
    Muscle,
    Schedule,
    WeeksRange,
)
from generator.strict_yaml import Located


@dataclass(frozen=True)
class Guide:
    data: GuideData
    exercises: dict[str, Exercise]
    muscles: dict[str, Muscle]
    schedules: dict[str, Schedule]
    former_slugs: dict[str, str] = field(default_factory=dict)
    # Every muscle the body diagram can show: the guide's groups, then the muscles that help them.
    drawn: dict[str, Muscle | HelperMuscle] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: GuideData) -> Guide:
        return cls(
            data=data,
            exercises={e.slug: e for e in data.exercises},
            muscles={m.slug: m for m in data.muscles},
            schedules={s.slug: s for s in data.schedules},
            former_slugs={old: e.slug for e in data.exercises for old in e.former_slugs},
            drawn={m.slug: m for m in (*data.muscles, *data.helper_muscles)},
        )

    def trained_by(self, muscle: str) -> tuple[list[Exercise], list[Exercise]]:
        """Exercises that train a muscle: (as a primary mover, as a secondary one)."""
        primary = [e for e in self.exercises.values() if muscle in e.primary_muscles]
        secondary = [e for e in self.exercises.values() if muscle in e.secondary_muscles]
        return primary, secondary

    def ladders_of(self, slug: str) -> list[Ladder]:
        return [ladder for ladder in self.data.ladders if slug in ladder.steps]

    def easier(self, slug: str) -> list[Exercise]:
        """Every exercise below this one on any ladder, nearest first, without repeats."""
        return self._ladder_neighbours(slug, lambda steps, at: reversed(steps[:at]))

    def harder(self, slug: str) -> list[Exercise]:
        """Every exercise above this one on any ladder, nearest first, without repeats."""
        return self._ladder_neighbours(slug, lambda steps, at: steps[at + 1 :])

    def _ladder_neighbours(self, slug: str, side: Callable[[list[str], int], Iterable[str]]) -> list[Exercise]:
        found = [s for ladder in self.ladders_of(slug) for s in side(ladder.steps, ladder.steps.index(slug))]
        return [self.exercises[s] for s in dict.fromkeys(found)]

    def sessions_with(self, slug: str) -> list[tuple[Schedule, str]]:
        """(schedule, weekday) for every sample-week session that includes the exercise."""
        return [
            (schedule, day.day)
            for schedule in self.schedules.values()
            for day in schedule.days
            if day.session and any(item.exercise == slug for item in day.session.exercises)
        ]

    def dose(self, exercise: Exercise, phase: str, override: Dose | None = None) -> Dose:
        return override or exercise.dosing[phase]


def check_references(data: GuideData, located: Located) -> list[Problem]:
    """Every cross-reference problem in the data, located in the file."""
    checker = _Checker(data, located)
    checker.run()
    return checker.problems


class _Checker:
    def __init__(self, data: GuideData, located: Located) -> None:
        self.data = data
        self.located = located
        self.problems: list[Problem] = []

    def report(self, path: Path, message: str, *, key: bool = False) -> None:
        line, col = self.located.where(path, key=key)
        self.problems.append(Problem(self.located.file, line, col, format_path(path), message))

    def ref(self, path: Path, value: str, known: Iterable[str], what: str, *, key: bool = False) -> bool:
        known = list(known)
        if value in known:
            return True
        renamed = {old: e.slug for e in self.data.exercises for old in e.former_slugs} if what == "exercise" else {}
        if value in renamed:
            self.report(path, f"'{value}' is now '{renamed[value]}': refer to an exercise by its current slug", key=key)
        else:
            self.report(path, f"unknown {what} '{value}'{did_you_mean(value, known)}", key=key)
        return False

    def refs(self, path: Path, values: list[str], known: Iterable[str], what: str) -> None:
        known = list(known)
        seen: set[str] = set()
        for index, value in enumerate(values):
            if value in seen:
                self.report((*path, index), f"'{value}' is listed twice")
            seen.add(value)
            self.ref((*path, index), value, known, what)

    def unique(self, path: Path, slugs: list[str], what: str) -> None:
        first: dict[str, int] = {}
        for index, slug in enumerate(slugs):
            if slug in first:
                self.report((*path, index, "slug"), f"duplicate {what} slug '{slug}' (first at {format_path((*path, first[slug]))})")
            first.setdefault(slug, index)

    def run(self) -> None:
        data = self.data
        self.unique(("muscles",), [m.slug for m in data.muscles], "muscle")
        self.unique(("helper_muscles",), [m.slug for m in data.helper_muscles], "muscle")
        for role in ROLES:
            if role not in data.roles:
                self.report(("roles",), f"no entry for the role '{role}': every role needs a name and a summary", key=True)
        for index, helper in enumerate(data.helper_muscles):
            if helper.slug in {m.slug for m in data.muscles}:
                self.report(("helper_muscles", index, "slug"), f"'{helper.slug}' is already one of the guide's muscles")
            elif not any(helper.slug in getattr(e.works, role) for e in data.exercises for role in ROLES):
                self.report(("helper_muscles", index, "slug"), f"no exercise lists '{helper.slug}' in its works")
        self.unique(("exercises",), [e.slug for e in data.exercises], "exercise")
        self.unique(("ladders",), [ladder.slug for ladder in data.ladders], "ladder")
        self.unique(("schedules",), [s.slug for s in data.schedules], "schedule")
        self.unique(("progression",), [s.slug for s in data.progression], "stage")
        for name, kit in data.equipment_sets.items():
            self.refs(("equipment_sets", name, "items"), kit.items, data.equipment, "equipment")
        for name, phase in data.phases.items():
            self.refs(("phases", name, "fill_days"), list(dict.fromkeys(phase.fill_days)), data.day_types, "day type")
            self.ref(("phases", name, "long_day"), phase.long_day, data.day_types, "day type")
        self.check_picker()
        self.check_season()
        self.check_former_slugs()
        for index, exercise in enumerate(data.exercises):
            self.check_exercise(("exercises", index), exercise)
        self.check_ladder_order()
        self.check_prose_links()
        self.check_glossary()
        for index, muscle in enumerate(data.muscles):
            for position, test in enumerate(muscle.self_tests):
                self.ref(("muscles", index, "self_tests", position, "level"), test.level, data.levels, "level")
            if not any(muscle.slug in e.primary_muscles for e in data.exercises):
                self.report(("muscles", index, "slug"), f"no exercise lists '{muscle.slug}' among its primary_muscles")
        for index, ladder in enumerate(data.ladders):
            self.refs(("ladders", index, "steps"), ladder.steps, self.exercise_slugs(), "exercise")
        for index, schedule in enumerate(data.schedules):
            self.check_schedule(("schedules", index), schedule)

    def exercise_slugs(self) -> Iterator[str]:
        return (e.slug for e in self.data.exercises)

    def check_picker(self) -> None:
        picker, data = self.data.picker, self.data
        self.ref(("picker", "strength_day_type"), picker.strength_day_type, data.day_types, "day type")
        defaults = picker.defaults
        self.ref(("picker", "defaults", "equipment"), defaults.equipment, data.equipment_sets, "equipment set")
        self.ref(("picker", "defaults", "level"), defaults.level, data.levels, "level")
        self.refs(("picker", "defaults", "hard"), defaults.hard, WEEKDAYS, "weekday")
        if not any(day.run == "easy" for day in data.day_types.values()):
            self.report(("day_types",), "no day type has 'run: easy': plans need an easy-run day to put strength next to", key=True)
        self.check_race_weeks()
        if self.ref(("picker", "defaults", "phase"), defaults.phase, data.phases, "phase"):
            allowed = data.phases[defaults.phase].strength_days
            if not allowed.min <= defaults.days <= allowed.max:
                self.report(("picker", "defaults", "days"), f"{defaults.days} is outside {allowed.min}-{allowed.max}, the strength days of '{defaults.phase}'")

    def check_race_weeks(self) -> None:
        """Every week from race week (0) to a year out (52) belongs to exactly one phase."""
        spans = [(phase.weeks_to_race.min, phase.weeks_to_race.max, ("phases", slug, "weeks_to_race")) for slug, phase in self.data.phases.items()]
        self.check_week_cover(spans, ("phases",), "phase", "phases'")

    def check_week_cover(self, spans: list[tuple[int, int, Path]], whole: Path, what: str, whose: str) -> None:
        expected = 0
        for low, high, where in sorted(spans):
            if low > expected:
                self.report(where, f"no {what} covers weeks {expected}-{low - 1} before a race; {whose} weeks_to_race must cover 0-52 without gaps")
            elif low < expected:
                self.report(where, f"weeks {low}-{min(high, expected - 1)} before a race are already covered by another {what}")
            expected = max(expected, high + 1)
        if expected <= 52:
            self.report(whole, f"no {what} covers weeks {expected}-52 before a race; {whose} weeks_to_race must cover 0-52 without gaps", key=True)

    def check_season(self) -> None:
        """The block's stages cover every week before a race once, in order, inside their phases; every name they use exists."""
        data, season = self.data, self.data.season
        self.unique(("season", "stages"), [stage.slug for stage in season.stages], "stage")
        spans, last = [], 53
        for index, stage in enumerate(season.stages):
            where = ("season", "stages", index)
            if not self.ref((*where, "phase"), stage.phase, data.phases, "phase") or stage.weeks_to_race is None:
                continue
            weeks, phase = stage.weeks_to_race, data.phases[stage.phase].weeks_to_race
            spans.append((weeks.min, weeks.max, (*where, "weeks_to_race")))
            if not phase.min <= weeks.min <= weeks.max <= phase.max:
                self.report((*where, "weeks_to_race"), f"weeks {weeks.min}-{weeks.max} lie outside {weeks_of(phase)}, the weeks of phase '{stage.phase}'")
            elif weeks.max >= last:
                self.report((*where, "weeks_to_race"), "stages run from the furthest from race day to race week: this one comes too late")
            last = min(last, weeks.min)
        self.check_week_cover(spans, ("season", "stages"), "stage", "stages'")
        stages = {stage.slug: stage for stage in season.stages}
        for key in ("without_race", "after_race"):
            if self.ref(("season", key, "stage"), getattr(season, key).stage, stages, "stage"):
                planned_by_date = stages[getattr(season, key).stage].weeks_to_race is not None
                if key == "after_race" and planned_by_date:
                    self.report(("season", key, "stage"), "the stage after the race has no weeks_to_race")
        self.ref(("season", "race_day_type"), season.race_day_type, data.day_types, "day type")
        self.ref(("season", "effort", "glossary"), season.effort.glossary, (entry.slug for entry in data.glossary), "glossary entry")
        for level in data.levels:
            if level not in season.levels:
                self.report(("season", "levels"), f"no rule for level '{level}'", key=True)
        self.refs(("season", "impact", "exercises"), season.impact.exercises, self.exercise_slugs(), "exercise")
        self.unique(("season", "sore_spots"), [spot.slug for spot in season.sore_spots], "sore spot")
        for index, spot in enumerate(season.sore_spots):
            self.refs(("season", "sore_spots", index, "loaded_by"), spot.loaded_by, self.exercise_slugs(), "exercise")

    def check_ladder_order(self) -> None:
        """Ladders together rank exercises from easier to harder; a loop (a above b on one ladder, b above a on
        another) would make 'easier' and 'harder' meaningless."""
        harder: dict[str, set[str]] = {}
        for ladder in self.data.ladders:
            for low, high in zip(ladder.steps, ladder.steps[1:]):
                harder.setdefault(low, set()).add(high)
        for index, ladder in enumerate(self.data.ladders):
            for position, (low, high) in enumerate(zip(ladder.steps, ladder.steps[1:])):
                if low != high and _reaches(harder, high, low):
                    self.report(
                        ("ladders", index, "steps", position + 1),
                        f"'{high}' is above '{low}' here, but another ladder puts it below: ladders must agree on what is harder",
                    )

    def check_glossary(self) -> None:
        self.unique(("glossary",), [entry.slug for entry in self.data.glossary], "glossary")
        owner: dict[str, str] = {}
        for index, entry in enumerate(self.data.glossary):
            for position, form in enumerate(entry.forms):
                if form in owner:
                    self.report(("glossary", index, "forms", position), f"'{form}' already explains '{owner[form]}': a word can have one meaning")
                owner.setdefault(form, entry.slug)

    def check_prose_links(self) -> None:
        # Sections that hold only generated pages; a path outside them names a chapter, which the build checks
        # against the docs folder.
        generated_only = {
            "exercises": {*self.exercise_slugs(), *(old for e in self.data.exercises for old in e.former_slugs)},
            "schedules": {s.slug for s in self.data.schedules},
        }
        for path, kind, text in text_fields(self.data):
            if kind != "markdown":
                continue
            for href in link_targets(text):
                link = read_link(href)
                if link is None:
                    self.report(path, f"link to '{href}' refused: {LINK_RULE}")
                elif link.segments and not _names_a_page(link.segments, generated_only):
                    self.report(path, f"link to '{href}': the guide has no such page")

    def check_former_slugs(self) -> None:
        current = set(self.exercise_slugs())
        owner: dict[str, str] = {}
        for index, exercise in enumerate(self.data.exercises):
            for position, old in enumerate(exercise.former_slugs):
                path = ("exercises", index, "former_slugs", position)
                if old in current:
                    self.report(path, f"former slug '{old}' is the slug of a current exercise")
                elif old in owner:
                    self.report(path, f"former slug '{old}' is already claimed by '{owner[old]}'")
                owner.setdefault(old, exercise.slug)

    def check_exercise(self, path: Path, exercise: Exercise) -> None:
        data = self.data
        self.refs((*path, "equipment"), exercise.equipment, data.equipment, "equipment")
        self.ref((*path, "level"), exercise.level, data.levels, "level")
        self.ref((*path, "category"), exercise.category, data.categories, "category")
        self.refs((*path, "primary_muscles"), exercise.primary_muscles, (m.slug for m in data.muscles), "muscle")
        self.refs((*path, "secondary_muscles"), exercise.secondary_muscles, (m.slug for m in data.muscles), "muscle")
        for index, muscle in enumerate(exercise.secondary_muscles):
            if muscle in exercise.primary_muscles:
                self.report((*path, "secondary_muscles", index), f"'{muscle}' is already a primary muscle")
        for phase in exercise.dosing:
            self.ref((*path, "dosing", phase), phase, data.phases, "phase", key=True)
        self.ref((*path, "rest"), exercise.rest, data.rest, "rest")
        self.refs((*path, "variations"), exercise.variations, self.exercise_slugs(), "exercise")
        if exercise.slug in exercise.variations:
            self.report((*path, "variations"), "an exercise cannot be its own variation")
        self.check_works((*path, "works"), exercise)
        self.check_movement((*path, "movement"), exercise)
        if set(exercise.equipment) <= set(data.equipment) and not any(
            set(exercise.equipment) <= set(kit.items) for kit in data.equipment_sets.values()
        ):
            self.report((*path, "equipment"), "no equipment set has everything this exercise needs")

    def check_works(self, path: Path, exercise: Exercise) -> None:
        """Every muscle named once, and the guide's groups in the roles primary_muscles and secondary_muscles give
        them, which the picker, the filters and the JSON export read."""
        groups = {m.slug for m in self.data.muscles}
        known = [*groups, *(m.slug for m in self.data.helper_muscles)]
        # A misspelt group in primary_muscles or secondary_muscles is reported there; comparing would only repeat it.
        compare = set(exercise.primary_muscles) | set(exercise.secondary_muscles) <= groups
        seen: dict[str, str] = {}
        for role in ROLES:
            for index, muscle in enumerate(getattr(exercise.works, role)):
                where = (*path, role, index)
                if muscle in seen:
                    self.report(where, f"'{muscle}' is already listed as {seen[muscle]}")
                    continue
                seen[muscle] = role
                if not self.ref(where, muscle, known, "muscle") or muscle not in groups or not compare:
                    continue
                if role == "target" and muscle not in exercise.primary_muscles:
                    self.report(where, f"'{muscle}' is a target, so primary_muscles must list it too")
                elif role != "target" and muscle not in exercise.secondary_muscles:
                    self.report(where, f"'{muscle}' is a {role}, so secondary_muscles must list it too")
        for field_name, role in (("primary_muscles", "target"), ("secondary_muscles", "synergist or stabiliser")):
            for index, muscle in enumerate(getattr(exercise, field_name)):
                if compare and muscle not in seen:
                    self.report((*path[:-1], field_name, index), f"'{muscle}' is missing from works (as {role})")

    def check_movement(self, path: Path, exercise: Exercise) -> None:
        """The drawing animates from one position to the next, so every position shows the same equipment, in the
        same order; and a far side only makes sense when one side works or the sides take turns."""
        positions = exercise.movement.positions
        first = [prop.kind for prop in positions[0].props]
        for index, pose in enumerate(positions[1:], start=1):
            kinds = [prop.kind for prop in pose.props]
            if kinds != first:
                shown = ", ".join(first) or "none"
                self.report((*path, "positions", index, "props"), f"props must match the first position's ({shown}), in the same order")
        if exercise.movement.side == "both":
            for index, pose in enumerate(positions):
                if pose.other_side is not None:
                    self.report((*path, "positions", index, "other_side"), "side is 'both', so the far side moves like the near one: remove other_side or set side")

    def check_schedule(self, path: Path, schedule: Schedule) -> None:
        data = self.data
        if self.ref((*path, "phase"), schedule.phase, data.phases, "phase"):
            wanted = data.phases[schedule.phase].strength_days
            count = sum(day.session is not None for day in schedule.days)
            if not wanted.min <= count <= wanted.max:
                self.report(
                    (*path, "days"),
                    f"the week has {count} strength session{'s' if count != 1 else ''}, "
                    f"but its phase '{schedule.phase}' asks for {wanted.min}-{wanted.max}",
                )
        strength = data.picker.strength_day_type
        for index, (day, expected) in enumerate(zip(schedule.days, WEEKDAYS, strict=True)):
            where = (*path, "days", index)
            if day.day != expected:
                self.report((*where, "day"), f"expected '{expected}' here: days run mon to sun in order")
            self.refs((*where, "activities"), day.activities, data.day_types, "day type")
            if (strength in day.activities) != (day.session is not None):
                self.report(where, f"a day has a session exactly when its activities include '{strength}'")
            if day.session is None:
                continue
            seen: dict[str, int] = {}
            for position, item in enumerate(day.session.exercises):
                item_path = (*where, "session", "exercises", position, "exercise")
                if item.exercise in seen:
                    self.report(item_path, f"'{item.exercise}' is already in this session (exercises[{seen[item.exercise]}])")
                seen.setdefault(item.exercise, position)
                if not self.ref(item_path, item.exercise, self.exercise_slugs(), "exercise"):
                    continue
                exercise = next(e for e in data.exercises if e.slug == item.exercise)
                if item.dose is None and schedule.phase not in exercise.dosing:
                    self.report(item_path, f"'{item.exercise}' has no dosing for phase '{schedule.phase}'; add one or give a dose here")
        for where, message in week_problems(data, schedule, path):
            self.report(where, message)


def weeks_of(weeks: WeeksRange) -> str:
    return f"{weeks.min}-{weeks.max}"


def _names_a_page(segments: tuple[str, ...], generated_only: dict[str, set[str]]) -> bool:
    section, *rest = segments
    if section not in generated_only or not rest:
        return True
    return len(rest) == 1 and rest[0] in generated_only[section]


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for following in graph.get(todo.pop(), ()):
            if following == goal:
                return True
            if following not in seen:
                seen.add(following)
                todo.append(following)
    return False
