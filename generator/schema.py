"""The shape of the guide's data: pydantic models that validate exercises.yaml and publish its JSON Schema."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from generator.text_rules import check_line, check_prose

# Slugs become file and folder names, so they stay short enough for any file system.
SLUG_MAX = 64
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=SLUG_MAX)]
# Every free-text field is one of two kinds, named in the published schema as "x-text", and each kind reaches a page
# through its own escaping path (generator.render.markup):
Line = Annotated[
    str,
    AfterValidator(check_line),
    Field(
        min_length=1,
        description="One line of plain text: shown exactly as typed, never read as Markdown or HTML.",
        json_schema_extra={"x-text": "line"},
    ),
]
Prose = Annotated[
    str,
    AfterValidator(check_prose),
    Field(
        min_length=1,
        description=(
            "Text that may use **bold**, *italic*, `code` and [links](exercises/glute-bridge/) to guide pages or "
            "https: addresses; any other Markdown or HTML shows as typed. Line breaks join into one paragraph."
        ),
        json_schema_extra={"x-text": "markdown"},
    ),
]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Category = Literal["bodyweight", "weighted", "plyometric"]
Level = Literal["beginner", "intermediate", "advanced"]
RunKind = Literal["easy", "hard", "long"]

WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LEVELS: tuple[Level, ...] = ("beginner", "intermediate", "advanced")
CATEGORIES: tuple[Category, ...] = ("bodyweight", "weighted", "plyometric")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _Range(_Model):
    @model_validator(mode="after")
    def _ordered(self) -> _Range:
        low, high = getattr(self, "min"), getattr(self, "max")
        if low > high:
            raise ValueError(f"min ({low}) is larger than max ({high})")
        return self


class DaysRange(_Range):
    """Days in a week."""

    min: int = Field(ge=0, le=7)
    max: int = Field(ge=0, le=7)


class WeeksRange(_Range):
    """Whole weeks before race day; the picker plans up to a year ahead."""

    min: int = Field(ge=0, le=52)
    max: int = Field(ge=0, le=52)


class CountRange(_Range):
    """Exercises in one strength session."""

    min: int = Field(ge=1, le=12)
    max: int = Field(ge=1, le=12)


class Dose(_Model):
    """One prescription: sets of reps, of seconds, of ground contacts or of metres."""

    sets: int = Field(ge=1, le=10)
    reps: int | None = Field(default=None, ge=1, le=100)
    seconds: int | None = Field(default=None, ge=1, le=600)
    contacts: int | None = Field(default=None, ge=1, le=200)
    metres: int | None = Field(default=None, ge=1, le=1000)
    per_side: bool = False
    note: Line | None = None

    @model_validator(mode="after")
    def _one_measure(self) -> Dose:
        given = [name for name in ("reps", "seconds", "contacts", "metres") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of reps, seconds, contacts or metres (got {', '.join(given) or 'none'})")
        return self


class Rest(_Model):
    name: Line
    applies_to: Prose
    min_seconds: int = Field(ge=0, le=600)
    max_seconds: int = Field(ge=0, le=600)

    @model_validator(mode="after")
    def _ordered(self) -> Rest:
        if self.min_seconds > self.max_seconds:
            raise ValueError(f"min_seconds ({self.min_seconds}) is larger than max_seconds ({self.max_seconds})")
        return self


class Phase(_Model):
    name: Line
    summary: Prose
    focus: list[Prose] = Field(min_length=1)
    strength_days: DaysRange
    weeks_to_race: WeeksRange
    running: Prose
    fill_days: list[Slug] = Field(min_length=1, description="Day types for the days left free, in this order.")
    long_day: Slug = Field(description="Day type of the long day.")


class LevelInfo(_Model):
    name: Line
    summary: Line


class Equipment(_Model):
    name: Line


class EquipmentSet(_Model):
    name: Line
    summary: Line
    items: list[Slug]


class DayType(_Model):
    name: Line
    summary: Line
    run: RunKind | None = None
    in_calendar: bool = Field(default=True, description="False for days that need no calendar event, such as rest.")


class Stage(_Model):
    slug: Slug
    name: Line
    summary: Prose
    categories: list[Category] = Field(min_length=1)
    move_on_when: Prose


class Injury(_Model):
    name: Line
    how: Prose


class SelfTest(_Model):
    name: Line
    how: list[Prose] = Field(min_length=2)
    weak_if: Prose


class Muscle(_Model):
    slug: Slug
    name: Line
    parts: list[Line] = Field(min_length=1)
    summary: Line
    in_the_stride: list[Prose] = Field(min_length=1)
    weakness: list[Prose] = Field(min_length=1)
    injuries: list[Injury] = Field(min_length=1)
    self_tests: list[SelfTest] = Field(min_length=1)


class Exercise(_Model):
    slug: Slug = Field(description="Permanent: the page lives at /exercises/<slug>/ for good.")
    name: Line
    former_slugs: list[Slug] = Field(default=[], description="Old slugs; each keeps redirecting here.")
    also_called: list[Line] = []
    category: Category
    equipment: list[Slug]
    level: Level
    unilateral: bool
    primary_muscles: list[Slug] = Field(min_length=1)
    secondary_muscles: list[Slug] = []
    summary: Line
    why: list[Prose] = Field(min_length=1)
    steps: list[Prose] = Field(min_length=4)
    cues: list[Prose] = Field(min_length=2)
    mistakes: list[Prose] = Field(min_length=2)
    dosing: dict[Slug, Dose] = Field(min_length=1, description="Dose for each phase the exercise suits.")
    rest: Slug
    variations: list[Slug] = []
    safety: list[Prose] = Field(min_length=1)


class Ladder(_Model):
    slug: Slug
    name: Line
    summary: Line
    steps: list[Slug] = Field(min_length=2, description="Exercises from easiest to hardest.")


class SessionItem(_Model):
    exercise: Slug
    dose: Dose | None = None


class Session(_Model):
    title: Line
    exercises: list[SessionItem] = Field(min_length=1)


class ScheduleDay(_Model):
    day: Weekday
    activities: list[Slug] = Field(min_length=1)
    note: Prose
    session: Session | None = None


class Schedule(_Model):
    slug: Slug
    phase: Slug
    title: Line
    summary: Line
    days: list[ScheduleDay] = Field(min_length=7, max_length=7)


class PickerDefaults(_Model):
    phase: Slug
    days: int = Field(ge=0, le=7)
    equipment: Slug
    level: Level
    long: Weekday
    hard: list[Weekday]


class Picker(_Model):
    defaults: PickerDefaults
    session_size: CountRange
    strength_day_type: Slug


class Milestone(_Model):
    name: Line
    says: Prose


class StreakMilestone(Milestone):
    weeks: int = Field(ge=2, le=52, description="Weeks in a row with every planned strength session logged.")


class Milestones(_Model):
    """What the training log celebrates, from the consistency chapter."""

    first_session: Milestone
    streaks: list[StreakMilestone] = Field(min_length=1)
    ladder_rung: Milestone = Field(description="A harder step of a ladder logged for the first time.")
    personal_best: Milestone = Field(description="More load, or more reps at the same load, than ever before.")


class Advice(_Model):
    name: Line
    advice: Prose


class Comeback(Advice):
    """Advice for the first session after a gap of at least `after_weeks` whole weeks without one."""

    after_weeks: int = Field(ge=1, le=52)


class LogRules(_Model):
    milestones: Milestones
    comeback: list[Comeback] = Field(min_length=1, description="From the shortest gap to the longest.")
    illness: Advice = Field(description="Shown with every comeback: the rule after time off ill.")

    @model_validator(mode="after")
    def _gaps_ascend(self) -> LogRules:
        weeks = [c.after_weeks for c in self.comeback]
        if weeks != sorted(set(weeks)):
            raise ValueError(f"comeback after_weeks must rise from one entry to the next (got {', '.join(map(str, weeks))})")
        return self


class GuideData(_Model):
    """Everything in exercises.yaml."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, title="Posterior-chain guide data")

    phases: dict[Slug, Phase] = Field(min_length=1)
    levels: dict[Level, LevelInfo]
    equipment: dict[Slug, Equipment]
    equipment_sets: dict[Slug, EquipmentSet] = Field(min_length=1)
    rest: dict[Slug, Rest] = Field(min_length=1)
    day_types: dict[Slug, DayType] = Field(min_length=1)
    progression: list[Stage] = Field(min_length=1)
    picker: Picker
    muscles: list[Muscle] = Field(min_length=1)
    exercises: list[Exercise] = Field(min_length=1)
    ladders: list[Ladder] = []
    schedules: list[Schedule] = []
    log: LogRules
