"""The season's placement rules, applied to a sample week: the printed weeks keep the same rules the plan picker
keeps (strength away from key and long runs, rest between strength days, no impact work next to a hard run)."""

from __future__ import annotations

from collections.abc import Iterator

from generator.problems import Path
from generator.schema import GuideData, Schedule


def week_problems(data: GuideData, schedule: Schedule, path: Path) -> Iterator[tuple[Path, str]]:
    """(data path, message) for each rule the week breaks. The week wraps: Sunday neighbours Monday."""
    phase = data.phases.get(schedule.phase)
    if phase is None or data.day_types.get(phase.long_day) is None or not data.day_types[phase.long_day].run:
        return  # no running to plan around
    runs = [{data.day_types[a].run for a in day.activities if a in data.day_types and data.day_types[a].run} for day in schedule.days]
    days = len(schedule.days)
    season = data.season
    strength_days = [index for index, day in enumerate(schedule.days) if day.session]
    for index in strength_days:
        where = (*path, "days", index)
        before, after = runs[(index - 1) % days], runs[(index + 1) % days]
        for kind in sorted(runs[index] & set(season.strength.not_on)):
            yield where, f"strength on the same day as a {kind} run; the guide keeps strength off those days"
        for kind in sorted(after & set(season.strength.not_before)):
            yield where, f"strength the day before a {kind} run; the guide keeps the legs fresh for it"
        later = [other for other in strength_days if other != index]
        if later and min((other - index) % days for other in later) <= season.strength.rest_days_between:
            yield where, f"fewer than {season.strength.rest_days_between} rest day(s) before the next strength day"
        session = schedule.days[index].session
        assert session is not None
        for position, item in enumerate(session.exercises):
            exercise = next((e for e in data.exercises if e.slug == item.exercise), None)
            if exercise is None or not (exercise.category in season.impact.categories or exercise.slug in season.impact.exercises):
                continue
            item_path = (*where, "session", "exercises", position, "exercise")
            for kind in sorted(before & set(season.impact.not_after)):
                yield item_path, f"'{item.exercise}' is impact work the day after a {kind} run; move it or the run"
            for kind in sorted(after & set(season.impact.not_before)):
                yield item_path, f"'{item.exercise}' is impact work the day before a {kind} run; move it or the run"
