"""The shape of the guide's data: pydantic models that validate exercises.yaml and publish its JSON Schema."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(min_length=1)]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Category = Literal["bodyweight", "weighted", "plyometric"]
Level = Literal["beginner", "intermediate", "advanced"]
RunKind = Literal["easy", "hard", "long"]

WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LEVELS: tuple[Level, ...] = ("beginner", "intermediate", "advanced")
CATEGORIES: tuple[Category, ...] = ("bodyweight", "weighted", "plyometric")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Range(_Model):
    min: int = Field(ge=0)
    max: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is larger than max ({self.max})")
        return self


class Dose(_Model):
    """One prescription: sets of reps, of seconds, of ground contacts or of metres."""

    sets: int = Field(ge=1, le=10)
    reps: int | None = Field(default=None, ge=1, le=100)
    seconds: int | None = Field(default=None, ge=1, le=600)
    contacts: int | None = Field(default=None, ge=1, le=200)
    metres: int | None = Field(default=None, ge=1, le=1000)
    per_side: bool = False
    note: Text | None = None

    @model_validator(mode="after")
    def _one_measure(self) -> Dose:
        given = [name for name in ("reps", "seconds", "contacts", "metres") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of reps, seconds, contacts or metres (got {', '.join(given) or 'none'})")
        return self


class Rest(_Model):
    name: Text
    applies_to: Text
    min_seconds: int = Field(ge=0, le=600)
    max_seconds: int = Field(ge=0, le=600)


class Phase(_Model):
    name: Text
    summary: Text
    focus: list[Text] = Field(min_length=1)
    strength_days: Range
    weeks_to_race: Range
    running: Text
    fill_days: list[Slug] = Field(min_length=1, description="Day types for the days left free, in this order.")
    long_day: Slug = Field(description="Day type of the long day.")


class LevelInfo(_Model):
    name: Text
    summary: Text


class Equipment(_Model):
    name: Text


class EquipmentSet(_Model):
    name: Text
    summary: Text
    items: list[Slug]


class DayType(_Model):
    name: Text
    summary: Text
    run: RunKind | None = None
    in_calendar: bool = Field(default=True, description="False for days that need no calendar event, such as rest.")


class Stage(_Model):
    slug: Slug
    name: Text
    summary: Text
    categories: list[Category] = Field(min_length=1)
    move_on_when: Text


class Injury(_Model):
    name: Text
    how: Text


class SelfTest(_Model):
    name: Text
    how: list[Text] = Field(min_length=2)
    weak_if: Text


class Muscle(_Model):
    slug: Slug
    name: Text
    parts: list[Text] = Field(min_length=1)
    summary: Text
    in_the_stride: list[Text] = Field(min_length=1)
    weakness: list[Text] = Field(min_length=1)
    injuries: list[Injury] = Field(min_length=1)
    self_tests: list[SelfTest] = Field(min_length=1)


class Exercise(_Model):
    slug: Slug = Field(description="Permanent: the page lives at /exercises/<slug>/ for good.")
    name: Text
    former_slugs: list[Slug] = Field(default=[], description="Old slugs; each keeps redirecting here.")
    also_called: list[Text] = []
    category: Category
    equipment: list[Slug]
    level: Level
    unilateral: bool
    primary_muscles: list[Slug] = Field(min_length=1)
    secondary_muscles: list[Slug] = []
    summary: Text
    why: list[Text] = Field(min_length=1)
    steps: list[Text] = Field(min_length=4)
    cues: list[Text] = Field(min_length=2)
    mistakes: list[Text] = Field(min_length=2)
    dosing: dict[Slug, Dose] = Field(min_length=1, description="Dose for each phase the exercise suits.")
    rest: Slug
    variations: list[Slug] = []
    safety: list[Text] = Field(min_length=1)


class Ladder(_Model):
    slug: Slug
    name: Text
    summary: Text
    steps: list[Slug] = Field(min_length=2, description="Exercises from easiest to hardest.")


class SessionItem(_Model):
    exercise: Slug
    dose: Dose | None = None


class Session(_Model):
    title: Text
    exercises: list[SessionItem] = Field(min_length=1)


class ScheduleDay(_Model):
    day: Weekday
    activities: list[Slug] = Field(min_length=1)
    note: Text
    session: Session | None = None


class Schedule(_Model):
    slug: Slug
    phase: Slug
    title: Text
    summary: Text
    days: list[ScheduleDay] = Field(min_length=7, max_length=7)


class PickerDefaults(_Model):
    phase: Slug
    days: int
    equipment: Slug
    level: Level
    long: Weekday
    hard: list[Weekday]


class Picker(_Model):
    defaults: PickerDefaults
    session_size: Range
    strength_day_type: Slug


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
