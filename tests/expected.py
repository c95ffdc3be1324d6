"""What a reader should see for the real guide's figures, written from the schema's meaning rather than with the
generator's own label helpers, so a test comparing against these can catch a wrong label."""

from __future__ import annotations

from generator.schema import Dose

# exercises.yaml's rest rules, by hand: heavy 60-90 seconds, heavy low-rep sets 120-180, plyometric exactly 120,
# control 30-60.
REST_SHOWN = {"heavy": "60-90 s", "heavy-low-reps": "2-3 min", "plyometric": "2 min", "control": "30-60 s"}


def dose_shown(dose: Dose) -> str:
    """A dose as the schema defines it: sets of exactly one measure, per side when `per_side`."""
    measures = {"reps": "{}", "seconds": "{} s", "contacts": "{} contacts", "metres": "{} m"}
    [amount] = [form.format(getattr(dose, name)) for name, form in measures.items() if getattr(dose, name) is not None]
    return f"{dose.sets} × {amount}" + (" each side" if dose.per_side else "")
