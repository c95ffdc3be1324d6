"""Short labels and paths shared by pages, exports and the picker data: doses, rest, days, page paths and links."""

from __future__ import annotations

from generator.schema import Dose, Rest, Weekday

DAY_NAMES: dict[Weekday, str] = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def dose_label(dose: Dose) -> str:
    """3 × 8 each side, 3 × 30 s, 4 × 20 contacts, 4 × 20 m."""
    return f"{dose.sets} × {dose_per_set(dose)}"


def dose_per_set(dose: Dose) -> str:
    """What one set holds: 8 each side, 30 s, 20 contacts, 20 m."""
    if dose.reps is not None:
        amount = f"{dose.reps}"
    elif dose.seconds is not None:
        amount = f"{dose.seconds} s"
    elif dose.contacts is not None:
        amount = f"{dose.contacts} contacts"
    else:
        amount = f"{dose.metres} m"
    side = " each side" if dose.per_side else ""
    return f"{amount}{side}"


def seconds_label(seconds: int) -> str:
    return f"{seconds // 60} min" if seconds % 60 == 0 and seconds >= 120 else f"{seconds} s"


def rest_label(rest: Rest) -> str:
    """60-90 s, or 2 min when both ends agree."""
    if rest.min_seconds == rest.max_seconds:
        return seconds_label(rest.min_seconds)
    if rest.max_seconds >= 120 and rest.min_seconds % 60 == 0 and rest.max_seconds % 60 == 0:
        return f"{rest.min_seconds // 60}-{rest.max_seconds // 60} min"
    return f"{rest.min_seconds}-{rest.max_seconds} s"


def rest_words(rest: Rest) -> str:
    """The same figure written out for prose: '60-90 seconds', 'about 2 minutes'."""
    if rest.min_seconds == rest.max_seconds:
        if rest.min_seconds % 60 == 0 and rest.min_seconds >= 120:
            return f"about {rest.min_seconds // 60} minutes"
        return f"about {rest.min_seconds} seconds"
    return f"{rest.min_seconds}-{rest.max_seconds} seconds"


# The sections whose index pages the generator writes, by their URL path.
SECTIONS = ("anatomy", "exercises", "schedules")


def exercise_src(slug: str) -> str:
    return f"exercises/{slug}.md"


def muscle_src(slug: str) -> str:
    return f"anatomy/{slug}.md"


def schedule_src(slug: str) -> str:
    return f"schedules/{slug}.md"


def page_url(src_path: str) -> str:
    """The site URL of a generated Markdown page, relative to the site root: exercises/x.md -> exercises/x/."""
    stem = src_path.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def absolute_url(site_url: str, src_path: str) -> str:
    """The public address of a page: what QR codes, calendars and the JSON export point to."""
    return site_url.rstrip("/") + "/" + page_url(src_path)


def relative(from_src: str, to_src: str) -> str:
    """A Markdown link from one source page to another, as MkDocs resolves them: exercises/a.md -> anatomy/b.md
    gives ../anatomy/b.md. Plain string work: posixpath.relpath is a tenth of the generator's time on a large guide."""
    here, there = from_src.split("/")[:-1], to_src.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])
