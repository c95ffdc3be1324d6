"""An exercise's movement as SVG: one still drawing per key position and one animated drawing that moves through
them and back. Shapes are built here from numbers only; the page template adds the words."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from markupsafe import Markup

from generator.render.pose import LOCATION, SUPPORT_HEIGHT, Angles, Point, joints, lift, placed
from generator.schema import Movement, Prop

# Frames per change of position and per pause at a position; both last FRAME seconds each.
BETWEEN = 5
PAUSE = 2
FRAME = 0.16
# Longest the drawing moves after a press or on load: under five seconds, so it needs no pause control (WCAG 2.2.2).
PLAY_FOR = 4.8
SCALE = 0.8  # pixels per centimetre, the same for every exercise so drawings compare
MARGIN = 6.0
HANDHELD = {"bar", "dumbbell", "kettlebell", "band", "rope", "pad"}

Value = float | tuple[Point, ...]


@dataclass(frozen=True)
class Shape:
    """One SVG element: its tag, its class and its geometry. Points lists become `points`."""

    tag: str
    cls: str
    geometry: tuple[tuple[str, Value], ...]

    def extent(self) -> Iterator[Point]:
        values = dict(self.geometry)
        if "points" in values:
            yield from values["points"]  # type: ignore[misc]
        elif self.tag == "circle":
            x, y, r = (float(values[k]) for k in ("cx", "cy", "r"))  # type: ignore[arg-type]
            yield from ((x - r, y - r), (x + r, y + r))
        elif self.tag == "rect":
            x, y, w, h = (float(values[k]) for k in ("x", "y", "width", "height"))  # type: ignore[arg-type]
            yield from ((x, y), (x + w, y + h))
        elif self.tag == "ellipse":
            x, y, rx, ry = (float(values[k]) for k in ("cx", "cy", "rx", "ry"))  # type: ignore[arg-type]
            yield from ((x - rx, y - ry), (x + rx, y + ry))


def frame_shapes(angles: Angles, props: list[Prop], fixed: str, raised: float | None = None) -> list[Shape]:
    """Everything drawn for one frame, back to front, in the body's coordinates (y up)."""
    p = placed(angles, props, fixed, raised)
    held = [prop for prop in props if prop.kind in HANDHELD]
    shapes = [s for prop in props if prop.kind not in HANDHELD for s in _prop(prop, p)]
    for side, cls in (("other_", "far"), ("", "near")):
        if side == "":
            shapes.append(_line("trunk", p["hip"], p["shoulder"], p["neck"]))
            shapes.append(Shape("circle", "head", (("cx", p["head"][0]), ("cy", p["head"][1]), ("r", 11.0))))
        shapes.append(_line(f"{cls} pcg-move__leg", p["hip"], p[f"{side}knee"], p[f"{side}ankle"]))
        shapes.append(Shape("polygon", f"{cls} pcg-move__foot", (("points", (p[f"{side}ankle"], p[f"{side}heel"], p[f"{side}toe"])),)))
        shapes.append(_line(f"{cls} pcg-move__arm", p["shoulder"], p[f"{side}elbow"], p[f"{side}hand"]))
    return shapes + [s for prop in held for s in _prop(prop, p)]


def _line(cls: str, *points: Point) -> Shape:
    return Shape("polyline", cls, (("points", points),))


def _prop(prop: Prop, p: dict[str, Point]) -> list[Shape]:
    """A prop's shapes. Without `at`, it stands on the floor `dx` from where the movement's fixed point began."""
    at = p[LOCATION[prop.at]] if prop.at else (0.0, 0.0)
    x, y = at[0] + prop.dx, at[1]
    cls = f"prop pcg-move__{prop.kind}"
    kind = prop.kind
    if kind in SUPPORT_HEIGHT:
        height = SUPPORT_HEIGHT[kind]
        if kind == "bench":
            return [_rect(cls, x - 35, height - 6, 70, 6), _rect(cls, x - 30, 0, 5, height - 6), _rect(cls, x + 25, 0, 5, height - 6)]
        width = {"floor": 90.0, "step": 34.0, "box": 46.0}[kind]
        return [_rect(cls, x - width / 2, 0, width, height)]
    if kind == "wall":
        return [_rect(cls, x, 0, 5, 200)]
    if kind == "sled":
        ahead = 1 if prop.dx >= 0 else -1
        near_edge = (x - ahead * 25, 16.0)
        return [_rect(cls, x - 25, 0, 50, 12), _rect(cls, x - 9, 12, 18, 14), _line(cls, at if prop.at else near_edge, near_edge)]
    if kind == "bar":
        return [_circle(cls, x, y, 22), _circle(f"{cls}-sleeve", x, y, 3)]
    if kind == "dumbbell":
        return [_circle(cls, x, y, 7)]
    if kind == "kettlebell":
        elbow = p["other_elbow" if prop.at and prop.at.startswith("other_") else "elbow"]
        length = math.dist(elbow, at) or 1.0
        return [_circle(cls, x + 13 * (at[0] - elbow[0]) / length, y + 13 * (at[1] - elbow[1]) / length, 9)]
    if kind == "band":
        return [_rect(cls, prop.dx - 2, 0, 4, 100), _line(cls, (prop.dx, 100.0), at if prop.at else (prop.dx, 100.0))]
    if kind == "rope":
        top = p["head"][1] + 16
        return [Shape("ellipse", cls, (("cx", p["hip"][0]), ("cy", top / 2 - 1), ("rx", 24.0), ("ry", top / 2 + 1)))]
    # A pad sits against the back of the shin, just above the ankle.
    side = "other_" if prop.at and prop.at.startswith("other_") else ""
    knee, ankle = p[f"{side}knee"], p[f"{side}ankle"]
    length = math.dist(knee, ankle) or 1.0
    down = ((ankle[0] - knee[0]) / length, (ankle[1] - knee[1]) / length)
    return [_circle(cls, ankle[0] + 11 * down[1] - 8 * down[0] + prop.dx, ankle[1] - 11 * down[0] - 8 * down[1], 6)]


def _rect(cls: str, x: float, y: float, width: float, height: float) -> Shape:
    return Shape("rect", cls, (("x", x), ("y", y), ("width", width), ("height", height)))


def _circle(cls: str, x: float, y: float, r: float) -> Shape:
    return Shape("circle", cls, (("cx", x), ("cy", y), ("r", r)))


@dataclass(frozen=True)
class Frame:
    angles: Angles
    props: list[Prop]
    raised: float | None  # None: set on the floor or props; a number: this height, eased between two positions


def play_order(movement: Movement) -> list[Frame]:
    """Frames of one cycle: pause at each position, ease to the next, and come back the same way. Between two
    positions the body rises or sinks evenly, so it can travel from the floor onto a box; the props stay as they were
    in the position it leaves."""
    poses = movement.positions
    keys = [Angles.of(pose) for pose in poses]
    heights = [lift(joints(key), list(pose.props)) for key, pose in zip(keys, poses, strict=True)]
    route = list(range(len(keys))) + list(range(len(keys) - 2, -1, -1))
    frames: list[Frame] = []
    for here, there in zip(route, route[1:]):
        frames += [Frame(keys[here], list(poses[here].props), None)] * PAUSE
        for i in range(1, BETWEEN + 1):
            t = _ease(i / BETWEEN)
            frames.append(Frame(keys[here].towards(keys[there], t), list(poses[here].props), (1 - t) * heights[here] + t * heights[there]))
    return frames


def _ease(t: float) -> float:
    return t * t * (3 - 2 * t)


@dataclass(frozen=True)
class MovementDrawing:
    stills: list[Markup]
    animation: Markup
    seconds: float  # one cycle
    cycles: int


def draw_movement(movement: Movement, play_id: str) -> MovementDrawing:
    """Still SVGs, one per position, and the animated SVG, all on the same scale and floor. The animation starts
    shortly after the page loads and again when the element `play_id` is pressed."""
    positions = movement.positions
    still_frames = [frame_shapes(Angles.of(pose), list(pose.props), movement.fixed) for pose in positions]
    frames = [frame_shapes(f.angles, f.props, movement.fixed, f.raised) for f in play_order(movement)]
    box = _bounds(still_frames + frames)
    stills = [Markup(_svg(box, shapes)) for shapes in still_frames]
    seconds = round(len(frames) * FRAME, 2)
    cycles = max(1, int(PLAY_FOR // seconds))
    begin = f"0.8s;{play_id}.click"
    animated = [_animated(shape, [f[i] for f in frames], seconds, cycles, begin) for i, shape in enumerate(frames[0])]
    return MovementDrawing(stills, Markup(_svg(box, animated, cls="pcg-move__svg pcg-move__svg--play")), seconds, cycles)


Box = tuple[float, float, float, float]


def _bounds(frames: list[list[Shape]]) -> Box:
    points = [pt for shapes in frames for shape in shapes for pt in shape.extent()]
    left = min(x for x, _ in points) - MARGIN
    right = max(x for x, _ in points) + MARGIN
    top = max(y for _, y in points) + MARGIN
    return (left, -top, right - left, top + 4)


def _number(value: float) -> str:
    return str(round(value))


def _flip(value: Value, name: str) -> str:
    """A geometry value in SVG coordinates (y down)."""
    if isinstance(value, tuple):
        return " ".join(f"{_number(x)},{_number(-y)}" for x, y in value)
    if name == "cy":
        return _number(-value)
    return _number(value)


def _attrs(shape: Shape) -> dict[str, str]:
    values = dict(shape.geometry)
    attrs = {name: _flip(value, name) for name, value in values.items()}
    if shape.tag == "rect":
        attrs["y"] = _number(-(float(values["y"]) + float(values["height"])))  # type: ignore[arg-type]
    return attrs


def _element(shape: Shape, inner: str = "") -> str:
    attrs = " ".join(f'{name}="{value}"' for name, value in _attrs(shape).items())
    cls = " ".join(part if part.startswith("pcg-") else f"pcg-move__{part}" for part in shape.cls.split())
    return f'<{shape.tag} class="{cls}" {attrs}>{inner}</{shape.tag}>' if inner else f'<{shape.tag} class="{cls}" {attrs}/>'


def _animated(first: Shape, frames: list[Shape], seconds: float, cycles: int, begin: str) -> str:
    per_frame = [_attrs(shape) for shape in frames]
    inner = ""
    for name in per_frame[0]:
        values = [attrs[name] for attrs in per_frame]
        if len(set(values)) > 1:
            inner += (
                f'<animate attributeName="{name}" values="{";".join(values + values[:1])}" dur="{seconds}s" '
                f'begin="{begin}" repeatCount="{cycles}" fill="freeze"/>'
            )
    return _element(first, inner)


def _svg(box: Box, shapes: list[Shape] | list[str], cls: str = "pcg-move__svg") -> str:
    left, top, width, height = box
    body = "".join(shape if isinstance(shape, str) else _element(shape) for shape in shapes)
    ground = f'<line class="pcg-move__ground" x1="{_number(left)}" y1="0" x2="{_number(left + width)}" y2="0"/>'
    return (
        f'<svg class="{cls}" viewBox="{_number(left)} {_number(top)} {_number(width)} {_number(height)}" '
        f'width="{_number(width * SCALE)}" height="{_number(height * SCALE)}" aria-hidden="true" focusable="false" '
        f'xmlns="http://www.w3.org/2000/svg">{ground}{body}</svg>'
    )
