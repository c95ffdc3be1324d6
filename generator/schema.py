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
Role = Literal["target", "synergist", "stabiliser"]
View = Literal["front", "back"]
# What a drawing can show around the body; each is drawn by generator.render.figure.
PropKind = Literal["floor", "bench", "box", "step", "wall", "bar", "dumbbell", "kettlebell", "band", "rope", "sled", "pad"]
# Body points a prop is drawn at; "other_" is the far side of the body in a side view.
BodyPoint = Literal["head", "shoulders", "hips", "knee", "foot", "hands", "other_knee", "other_foot", "other_hands"]
# SVG path data for the body diagram: commands and numbers only, so a shape cannot carry markup.
PATH_DATA = r"^[MmLlHhVvCcSsQqTtAaZz0-9 ,.\-]+$"
PathData = Annotated[str, StringConstraints(pattern=PATH_DATA, max_length=600)]

WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ROLES: tuple[Role, ...] = ("target", "synergist", "stabiliser")


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


class CategoryInfo(_Model):
    name: Line = Field(description="How pages name the category, e.g. as a heading on the exercise index.")
    summary: Line


class ExerciseIndex(_Model):
    per_page: int = Field(
        ge=2,
        le=400,
        description=(
            "The most exercises one list shows. A larger guide lists each category on pages of its own, this many"
            " to a page, and the index's filters show their matches this many at a time."
        ),
    )


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
    site: Line | None = Field(default=None, description="Where the injury usually happens: the part of the muscle or tendon.")


class SelfTest(_Model):
    name: Line
    level: Level = Field(description="The least experienced runner the test suits; harder tests can hurt a beginner.")
    how: list[Prose] = Field(min_length=2)
    weak_if: Prose
    finds: Literal["weakness", "stiffness"] = Field(default="weakness", description="What a poor result points to.")


class Drawing(_Model):
    """A muscle's shapes on the body diagram (a 200 x 420 figure, the body's midline at x = 100), for the body's left
    side only: each shape is mirrored to draw the right side."""

    front: list[PathData] = []
    back: list[PathData] = []

    @model_validator(mode="after")
    def _drawn(self) -> Drawing:
        if not self.front and not self.back:
            raise ValueError("give at least one shape, in front or back")
        return self


class Attachment(_Model):
    """Where one part of a muscle starts and ends, and the joints it crosses."""

    part: Line
    origin: Line
    insertion: Line
    crosses: Line


class Muscle(_Model):
    """One of the guide's muscle groups: each has an anatomy page, and the picker trains every one of them each week."""

    slug: Slug
    name: Line
    parts: list[Line] = Field(min_length=1)
    summary: Line
    drawing: Drawing
    attachments: list[Attachment] = []
    in_the_stride: list[Prose] = Field(min_length=1)
    weakness: list[Prose] = Field(min_length=1)
    injuries: list[Injury] = Field(min_length=1)
    self_tests: list[SelfTest] = Field(min_length=1)


class HelperMuscle(_Model):
    """A muscle that helps or steadies the guide's groups (quadriceps, hip flexors...): named in exercises' `works` and
    drawn on the body diagram, without an anatomy page or a place in the picker's weekly rule."""

    slug: Slug
    name: Line
    summary: Line
    drawing: Drawing


class RoleInfo(_Model):
    name: Line
    summary: Line


class Works(_Model):
    """The muscles an exercise works, as a coach reads them. The guide's groups named here must agree with
    primary_muscles (target) and secondary_muscles (synergist or stabiliser)."""

    target: list[Slug] = Field(min_length=1, description="The muscles the exercise is chosen for.")
    synergist: list[Slug] = Field(default=[], description="Muscles that help move the load.")
    stabiliser: list[Slug] = Field(default=[], description="Muscles that hold a joint or the trunk still.")


class Limb(_Model):
    """Joint angles of the far side of the body, where it differs from the working side."""

    hip: int | None = Field(default=None, ge=-40, le=150)
    knee: int | None = Field(default=None, ge=0, le=160)
    ankle: int | None = Field(default=None, ge=-55, le=45)
    shoulder: int | None = Field(default=None, ge=-60, le=180)
    elbow: int | None = Field(default=None, ge=0, le=150)


class Prop(_Model):
    """Equipment in a drawing. A floor, bench, box or step under a body point carries it; without `at` a prop stands on
    the floor where the movement's fixed point is. `dx` moves it forwards (positive) or backwards, in centimetres."""

    kind: PropKind
    at: BodyPoint | None = None
    dx: int = Field(default=0, ge=-150, le=150)


class Pose(_Model):
    """One key position, seen from the side with the body facing right. Angles are in degrees."""

    label: Line = Field(description="A short name shown under the drawing: Start, Bottom, Top.")
    shows: Line = Field(description="What the position looks like, for readers who cannot see the drawing.")
    trunk: int = Field(ge=-180, le=180, description="The trunk's tilt from upright: forwards positive, backwards negative; 90 lies face down, -90 face up.")
    hip: int = Field(ge=-40, le=150, description="Hip flexion: 0 with the thigh in line with the trunk, positive forwards, negative behind.")
    knee: int = Field(ge=0, le=160, description="Knee flexion: 0 straight.")
    ankle: int = Field(ge=-55, le=45, description="0 with the foot at right angles to the shin; positive lifts the toes, negative points them.")
    shoulder: int = Field(ge=-60, le=180, description="Shoulder flexion: 0 with the arm along the trunk, 90 forwards, 180 overhead.")
    elbow: int = Field(ge=0, le=150, description="Elbow flexion: 0 straight.")
    other_side: Limb | None = Field(default=None, description="The far arm and leg, where they differ from the near (working) side.")
    shift: int = Field(default=0, ge=-200, le=200, description="Centimetres the whole body moves forwards from the first position.")
    rise: int = Field(default=0, ge=0, le=100, description="Centimetres the body is off the floor, in the air of a jump.")
    props: list[Prop] = []


class Movement(_Model):
    """The key positions of an exercise, drawn side by side and animated from the first to the last and back."""

    side: Literal["both", "one", "alternating"] = Field(description="Both sides work alike, one (the near side in the drawing) works, or the sides take turns.")
    fixed: BodyPoint = Field(default="foot", description="The body point that stays in place from one position to the next.")
    positions: list[Pose] = Field(min_length=2)


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
    works: Works
    movement: Movement
    summary: Line
    why: list[Prose] = Field(min_length=1)
    steps: list[Prose] = Field(min_length=4)
    cues: list[Prose] = Field(min_length=2)
    mistakes: list[Prose] = Field(min_length=2)
    dosing: dict[Slug, Dose] = Field(min_length=1, description="Dose for each phase the exercise suits.")
    rest: Slug
    variations: list[Slug] = []
    safety: list[Prose] = Field(min_length=1)


# A word or phrase as it appears in running text; abbreviation markup matches it exactly, case included.
TermForm = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9 -]*[A-Za-z0-9]$", max_length=40)]


class GlossaryEntry(_Model):
    slug: Slug = Field(description="Permanent: the entry's anchor on /glossary/.")
    term: Line
    forms: list[TermForm] = Field(min_length=1, description="The spellings that get the explanation on every page, exactly as written in the text.")
    short: Line = Field(description="One sentence, shown when a reader hovers or focuses the word on any page.")
    more: Prose | None = None


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


class RepsInReserve(_Range):
    """The effort target: how many more good reps a set stops short of."""

    min: int = Field(ge=0, le=10)
    max: int = Field(ge=0, le=10)


class SeasonStage(_Model):
    """One stage of a training block, such as the offseason base or the taper."""

    slug: Slug
    name: Line
    summary: Prose
    phase: Slug = Field(description="The phase whose doses, day types and running rules the stage's weeks follow.")
    weeks_to_race: WeeksRange | None = Field(
        default=None, description="Whole weeks before race week that belong to this stage; none for the stage after the race."
    )
    strength_days: DaysRange = Field(description="Strength sessions a week; the reader's choice is kept inside this range.")
    categories: list[Category] = Field(min_length=1, description="Exercise categories the stage's weeks may use.")
    impact: bool = Field(default=True, description="Whether the stage's weeks may hold explosive or high-impact work (season.impact).")
    top_rung: int | None = Field(default=None, ge=0, le=20, description="The highest ladder rung (0 is the easiest) the stage allows.")
    sets_cut_percent: int = Field(default=0, ge=0, le=90, description="Share of each exercise's sets left out, to cut volume.")
    deloads: bool = Field(default=True, description="Whether the deload cadence applies to this stage's weeks.")
    reps_in_reserve: RepsInReserve


class Deload(_Model):
    every_weeks: int = Field(ge=2, le=12, description="Every this-many-th week of the block is a deload week.")
    sets_cut_percent: int = Field(ge=0, le=90)
    reps_in_reserve: RepsInReserve
    why: Prose


class StageWeeks(_Model):
    stage: Slug
    weeks: int = Field(ge=1, le=52)


class Effort(_Model):
    name: Line
    short: Line
    glossary: Slug = Field(description="The glossary entry that explains the effort target.")


class LevelRule(_Model):
    categories: list[Category] = Field(min_length=1, description="Exercise categories a runner at this level gets.")
    impact: bool = Field(description="Whether a runner at this level gets explosive or high-impact work.")
    needs_single_leg: bool = Field(default=False, description="Each week includes single-leg work when the equipment allows.")
    needs_categories: list[Category] = Field(default=[], description="Each week includes these categories when the stage, day and equipment allow.")


class Impact(_Model):
    categories: list[Category] = Field(description="Categories that are explosive or high-impact.")
    exercises: list[Slug] = Field(default=[], description="Further exercises that are high-impact, whatever their category.")
    not_after: list[RunKind] = Field(description="No impact work the day after these runs.")
    not_before: list[RunKind] = Field(description="No impact work the day before these runs.")
    why: Prose


class StrengthPlacement(_Model):
    not_on: list[RunKind] = Field(description="In a phase with running, no strength on days with these runs.")
    not_before: list[RunKind] = Field(description="In a phase with running, no strength the day before these runs.")
    rest_days_between: int = Field(ge=1, le=3, description="Days without strength between two strength days; Sunday neighbours Monday.")


class SoreSpot(_Model):
    slug: Slug
    name: Line
    loaded_by: list[Slug] = Field(min_length=1, description="Exercises that load this area.")


class Season(_Model):
    """The training block the plan picker lays out, from today to race day and after it."""

    stages: list[SeasonStage] = Field(min_length=1, description="Stages in the order a block passes through them.")
    without_race: StageWeeks = Field(description="With no race date: a rolling block of this stage and length.")
    after_race: StageWeeks = Field(description="The stage and number of weeks after race week.")
    race_day_type: Slug
    last_strength_days_before_race: int = Field(ge=1, le=14, description="The last strength session falls at least this many days before race day.")
    rung_every_weeks: int = Field(ge=1, le=12, description="The highest ladder rung allowed climbs one step every this many weeks of the block.")
    deload: Deload
    effort: Effort
    levels: dict[Level, LevelRule]
    impact: Impact
    strength: StrengthPlacement
    sore_spots: list[SoreSpot] = []
    sore_spot_advice: Prose
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
    categories: dict[Category, CategoryInfo] = Field(min_length=1, description="Exercise categories in the order pages list them.")
    exercise_index: ExerciseIndex
    equipment: dict[Slug, Equipment]
    equipment_sets: dict[Slug, EquipmentSet] = Field(min_length=1)
    rest: dict[Slug, Rest] = Field(min_length=1)
    day_types: dict[Slug, DayType] = Field(min_length=1)
    progression: list[Stage] = Field(min_length=1)
    picker: Picker
    muscles: list[Muscle] = Field(min_length=1)
    helper_muscles: list[HelperMuscle] = []
    roles: dict[Role, RoleInfo]
    exercises: list[Exercise] = Field(min_length=1)
    ladders: list[Ladder] = []
    schedules: list[Schedule] = []
    glossary: list[GlossaryEntry] = []
    season: Season
    log: LogRules
