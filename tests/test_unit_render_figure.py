"""Movement drawings shape by shape: the body and each kind of prop for a standing runner whose joints are worked out
by hand (toes at the origin, ankle 8 cm up, knee 52, hip 96, shoulder 148, head 168, elbow 115, hand 80, all 18 cm
behind the toes), the frames of the animation, and the SVG read back with xml.etree."""

from __future__ import annotations

import math
from xml.etree import ElementTree

import pytest

from generator.render.figure import Shape, draw_movement, frame_shapes, play_order
from generator.render.pose import Angles
from generator.schema import Movement, Prop

SVG = "{http://www.w3.org/2000/svg}"
STANDING = Angles(trunk=0, hip=0, knee=0, ankle=0, shoulder=0, elbow=0, other_hip=0, other_knee=0, other_ankle=0, other_shoulder=0, other_elbow=0)
# The far leg raised, thigh forward and shin hanging (knee 44 cm in front of the hip, foot flat 44 cm below it), and
# the far arm held straight forward at shoulder height.
MARCHING = Angles(**{**STANDING.__dict__, "other_hip": 90.0, "other_knee": 90.0, "other_shoulder": 90.0})


def geometry(shapes: list[Shape]) -> list[tuple[str, str, dict[str, object]]]:
    """Shapes with their numbers rounded, so hand-worked positions compare exactly."""

    def number(value: object) -> object:
        if isinstance(value, tuple):
            return tuple((round(x, 6), round(y, 6)) for x, y in value)
        return round(value, 6)  # type: ignore[call-overload]

    return [(shape.tag, shape.cls, {name: number(value) for name, value in shape.geometry}) for shape in shapes]


def test_the_body_is_drawn_far_side_first_then_trunk_head_and_near_side() -> None:
    assert geometry(frame_shapes(MARCHING, [], "foot")) == [
        ("polyline", "far pcg-move__leg", {"points": ((-18, 96), (26, 96), (26, 52))}),
        ("polygon", "far pcg-move__foot", {"points": ((26, 52), (20, 44), (44, 44))}),
        ("polyline", "far pcg-move__arm", {"points": ((-18, 148), (15, 148), (50, 148))}),
        ("polyline", "trunk", {"points": ((-18, 96), (-18, 148), (-18, 157))}),
        ("circle", "head", {"cx": -18, "cy": 168, "r": 11}),
        ("polyline", "near pcg-move__leg", {"points": ((-18, 96), (-18, 52), (-18, 8))}),
        ("polygon", "near pcg-move__foot", {"points": ((-18, 8), (-24, 0), (0, 0))}),
        ("polyline", "near pcg-move__arm", {"points": ((-18, 148), (-18, 115), (-18, 80))}),
    ]


def test_the_fixed_point_and_the_shift_set_where_the_body_stands() -> None:
    shifted = Angles(**{**STANDING.__dict__, "shift": 10.0, "rise": 5.0})
    trunk = {cls: shape for _, cls, shape in geometry(frame_shapes(shifted, [], "hips"))}["trunk"]
    assert trunk == {"points": ((10, 101), (10, 153), (10, 162))}


PROP = "prop pcg-move__"


@pytest.mark.parametrize(
    ("prop", "shapes"),
    [
        (Prop(kind="floor"), [("rect", f"{PROP}floor", {"x": -45, "y": 0, "width": 90, "height": 2})]),
        (Prop(kind="box", dx=47), [("rect", f"{PROP}box", {"x": 24, "y": 0, "width": 46, "height": 50})]),
        (Prop(kind="wall", dx=10), [("rect", f"{PROP}wall", {"x": 10, "y": 0, "width": 5, "height": 200})]),
        (
            Prop(kind="sled"),
            [
                ("rect", f"{PROP}sled", {"x": -25, "y": 0, "width": 50, "height": 12}),
                ("rect", f"{PROP}sled", {"x": -9, "y": 12, "width": 18, "height": 14}),
                ("polyline", f"{PROP}sled", {"points": ((-25, 16), (-25, 16))}),
            ],
        ),
        (
            Prop(kind="sled", dx=30),
            [
                ("rect", f"{PROP}sled", {"x": 5, "y": 0, "width": 50, "height": 12}),
                ("rect", f"{PROP}sled", {"x": 21, "y": 12, "width": 18, "height": 14}),
                ("polyline", f"{PROP}sled", {"points": ((5, 16), (5, 16))}),
            ],
        ),
    ],
)
def test_a_prop_on_the_floor_stands_dx_from_where_the_fixed_point_began_behind_the_body(prop: Prop, shapes: list[object]) -> None:
    drawn = geometry(frame_shapes(STANDING, [prop], "foot"))
    assert drawn[: len(shapes)] == shapes
    assert drawn[len(shapes)][1] == "far pcg-move__leg"


@pytest.mark.parametrize(
    ("prop", "shapes"),
    [
        (Prop(kind="bar", at="shoulders"), [("circle", f"{PROP}bar", {"cx": -18, "cy": 148, "r": 22}), ("circle", f"{PROP}bar-sleeve", {"cx": -18, "cy": 148, "r": 3})]),
        (Prop(kind="dumbbell", at="hands", dx=2), [("circle", f"{PROP}dumbbell", {"cx": -16, "cy": 80, "r": 7})]),
        (Prop(kind="dumbbell", dx=30), [("circle", f"{PROP}dumbbell", {"cx": 30, "cy": 0, "r": 7})]),  # put down on the floor
        # The bell hangs 13 cm past the hand, along the forearm.
        (Prop(kind="kettlebell", at="hands"), [("circle", f"{PROP}kettlebell", {"cx": -18, "cy": 67, "r": 9})]),
        (Prop(kind="kettlebell", at="other_hands"), [("circle", f"{PROP}kettlebell", {"cx": -18, "cy": 67, "r": 9})]),
        (Prop(kind="band", at="hands", dx=20), [("rect", f"{PROP}band", {"x": 18, "y": 0, "width": 4, "height": 100}), ("polyline", f"{PROP}band", {"points": ((20, 100), (-18, 80))})]),
        (Prop(kind="band", dx=-20), [("rect", f"{PROP}band", {"x": -22, "y": 0, "width": 4, "height": 100}), ("polyline", f"{PROP}band", {"points": ((-20, 100), (-20, 100))})]),
        # The rope's loop runs from the floor to 16 cm over the head's centre, around the hips.
        (Prop(kind="rope"), [("ellipse", f"{PROP}rope", {"cx": -18, "cy": 91, "rx": 24, "ry": 93})]),
        # A pad sits against the back of the shin, 11 cm behind and 8 cm above the ankle.
        (Prop(kind="pad", at="foot", dx=3), [("circle", f"{PROP}pad", {"cx": -26, "cy": 16, "r": 6})]),
    ],
)
def test_a_held_prop_is_drawn_over_the_body_where_it_is_held(prop: Prop, shapes: list[object]) -> None:
    drawn = geometry(frame_shapes(STANDING, [prop], "foot"))
    assert drawn[-len(shapes) :] == shapes
    assert drawn[-len(shapes) - 1][1] == "near pcg-move__arm"


def test_a_sled_pulled_from_the_hands_is_tied_to_them_on_its_near_edge() -> None:
    drawn = geometry(frame_shapes(STANDING, [Prop(kind="sled", at="hands", dx=-30)], "foot"))
    assert drawn[:3] == [
        ("rect", f"{PROP}sled", {"x": -73, "y": 0, "width": 50, "height": 12}),
        ("rect", f"{PROP}sled", {"x": -57, "y": 12, "width": 18, "height": 14}),
        ("polyline", f"{PROP}sled", {"points": ((-18, 80), (-23, 16))}),
    ]


def test_props_held_on_either_side_follow_the_limb_on_that_side() -> None:
    props = [Prop(kind="pad", at="other_foot"), Prop(kind="pad", at="foot"), Prop(kind="kettlebell", at="other_hands"), Prop(kind="kettlebell", at="hands")]
    # The far shin hangs from the knee at (26, 96) to the ankle at (26, 52); the far arm reaches forward to (50, 148).
    assert geometry(frame_shapes(MARCHING, props, "foot"))[-4:] == [
        ("circle", f"{PROP}pad", {"cx": 15, "cy": 60, "r": 6}),
        ("circle", f"{PROP}pad", {"cx": -29, "cy": 16, "r": 6}),
        ("circle", f"{PROP}kettlebell", {"cx": 63, "cy": 148, "r": 9}),
        ("circle", f"{PROP}kettlebell", {"cx": -18, "cy": 67, "r": 9}),
    ]


def test_a_pad_lies_on_the_back_of_a_bent_shin() -> None:
    # Knee bent to a right angle with the hips held still: the shin runs straight back from the knee at (0, 52) to
    # the ankle at (-44, 52), so its back faces up; the pad sits 11 cm above it, 8 cm in from the ankle.
    kneeling = Angles(**{**STANDING.__dict__, "knee": 90.0})
    assert geometry(frame_shapes(kneeling, [Prop(kind="pad", at="foot", dx=2)], "hips"))[-1] == ("circle", f"{PROP}pad", {"cx": -34, "cy": 63, "r": 6})


@pytest.mark.parametrize(
    ("prop", "toe_height", "shapes"),
    [
        (Prop(kind="step", at="foot"), 20, [("rect", f"{PROP}step", {"x": -17, "y": 0, "width": 34, "height": 20})]),
        (Prop(kind="box", at="foot", dx=-8), 50, [("rect", f"{PROP}box", {"x": -31, "y": 0, "width": 46, "height": 50})]),
        (
            Prop(kind="bench", at="foot"),
            42,
            [
                ("rect", f"{PROP}bench", {"x": -35, "y": 36, "width": 70, "height": 6}),
                ("rect", f"{PROP}bench", {"x": -30, "y": 0, "width": 5, "height": 36}),
                ("rect", f"{PROP}bench", {"x": 25, "y": 0, "width": 5, "height": 36}),
            ],
        ),
    ],
)
def test_a_support_under_the_feet_lifts_the_body_onto_it(prop: Prop, toe_height: int, shapes: list[object]) -> None:
    drawn = geometry(frame_shapes(STANDING, [prop], "foot"))
    assert drawn[: len(shapes)] == shapes
    foot = next(points for _, cls, points in drawn if cls == "near pcg-move__foot")
    assert foot["points"][2] == (0, toe_height)


UPRIGHT = {"label": "P", "shows": "S", "trunk": 0, "hip": 0, "knee": 0, "ankle": 0, "shoulder": 0, "elbow": 0}


def movement(*ankles: int, **extra: object) -> Movement:
    positions = [{**UPRIGHT, "ankle": a, **extra} for a in ankles]
    return Movement.model_validate({"side": "both", "positions": positions})


# Eased fractions of the way between two positions at each of the five in-between frames: 3t² - 2t³.
EASED = [0.104, 0.352, 0.648, 0.896, 1.0]


def test_one_cycle_pauses_at_each_position_eases_to_the_next_and_comes_back() -> None:
    frames = play_order(movement(0, -40))
    ankles = [frame.angles.ankle for frame in frames]
    assert ankles == pytest.approx([0, 0, *(-40 * t for t in EASED), -40, -40, *(-40 * (1 - t) for t in EASED)])
    # On the toes the lowest point is the toe: 88 cm of leg, then the foot turned 40 degrees down.
    on_toes = 88 + 8 * math.cos(math.radians(40)) + 18 * math.sin(math.radians(40))
    raised = [frame.raised for frame in frames]
    assert raised[:2] == raised[7:9] == [None, None]
    assert raised[2:7] == pytest.approx([96 + (on_toes - 96) * t for t in EASED])
    assert raised[9:] == pytest.approx([on_toes + (96 - on_toes) * t for t in EASED])


def test_three_positions_are_visited_in_order_and_back() -> None:
    frames = play_order(movement(0, -20, -40))
    paused = [frame.angles.ankle for frame in frames if frame.raised is None]
    assert paused == [0, 0, -20, -20, -40, -40, -20, -20]
    assert len(frames) == 4 * 7


def elements(svg: str) -> tuple[ElementTree.Element, list[tuple[str, dict[str, str]]]]:
    root = ElementTree.fromstring(svg)
    return root, [(child.tag.removeprefix(SVG), {k: v for k, v in child.attrib.items()}) for child in root]


def test_a_still_is_the_body_in_svg_coordinates_framed_with_a_margin() -> None:
    drawing = draw_movement(movement(0, 0, props=[{"kind": "floor"}]), "go")
    root, shapes = elements(str(drawing.stills[0]))
    # From the floor's left end (x -45) and the toes' end of the floor (x 45), 6 cm out; from the head's top (179) to
    # 4 cm under the ground.
    assert root.attrib == {
        "class": "pcg-move__svg", "viewBox": "-51 -185 102 189", "width": "82", "height": "151", "aria-hidden": "true", "focusable": "false",
    }  # fmt: skip
    assert shapes[0] == ("line", {"class": "pcg-move__ground", "x1": "-51", "y1": "0", "x2": "51", "y2": "0"})
    assert shapes[1] == ("rect", {"class": "pcg-move__prop pcg-move__floor", "x": "-45", "y": "-2", "width": "90", "height": "2"})
    assert shapes[2] == ("polyline", {"class": "pcg-move__far pcg-move__leg", "points": "-18,-96 -18,-52 -18,-8"})
    assert shapes[5] == ("polyline", {"class": "pcg-move__trunk", "points": "-18,-96 -18,-148 -18,-157"})
    assert shapes[6] == ("circle", {"class": "pcg-move__head", "cx": "-18", "cy": "-168", "r": "11"})
    assert len(shapes) == 1 + 1 + 8


def test_the_animation_moves_only_what_changes_and_plays_within_five_seconds() -> None:
    drawing = draw_movement(movement(0, -40), "pcg_play")
    # Fourteen frames of 0.16 s make a 2.24 s cycle, played twice in the 4.8 s allowed.
    assert (drawing.seconds, drawing.cycles) == (2.24, 2)
    root, shapes = elements(str(drawing.animation))
    assert root.get("class") == "pcg-move__svg pcg-move__svg--play"
    animated = {child.get("class"): child for child in root}
    head = animated["pcg-move__head"]
    assert (head.get("cx"), head.get("cy"), head.get("r")) == ("-18", "-168", "11")
    # On the toes the body rises 9.7 cm and, the toes staying put, comes 8.6 cm forward: the head reaches (-9, 178).
    moves = {child.get("attributeName"): child for child in head}
    assert sorted(moves) == ["cx", "cy"]
    for name, top in (("cx", "-9"), ("cy", "-178")):
        assert {key: value for key, value in moves[name].attrib.items() if key != "values"} == {
            "attributeName": name, "dur": "2.24s", "begin": "0.8s;pcg_play.click", "repeatCount": "2", "fill": "freeze",
        }  # fmt: skip
        values = moves[name].get("values", "").split(";")
        assert len(values) == 15 and values == values[::-1] and values[0] == values[1] == head.get(name) and values[6] == values[7] == top
    assert list(animated["pcg-move__trunk"]) != [] and len(shapes) == 1 + 8


def test_a_drawing_that_never_moves_has_no_animation_and_plays_once_per_press() -> None:
    long = movement(0, 0, 0, 0)  # 6 legs of 7 frames: 6.72 s, longer than the time allowed, so one cycle
    drawing = draw_movement(long, "go")
    assert (drawing.seconds, drawing.cycles) == (6.72, 1)
    assert "<animate" not in str(drawing.animation) and len(drawing.stills) == 4


def test_the_frame_reaches_round_a_rope_held_overhead() -> None:
    # The rope's loop spans x -42 to 6 and rises to 184 cm; the body's toes end at x 0 and its head at 179 cm.
    root, shapes = elements(str(draw_movement(movement(0, 0, props=[{"kind": "rope"}]), "go").stills[0]))
    assert (root.get("viewBox"), root.get("width"), root.get("height")) == ("-48 -190 60 194", "48", "155")
    assert shapes[-1] == ("ellipse", {"class": "pcg-move__prop pcg-move__rope", "cx": "-18", "cy": "-91", "rx": "24", "ry": "93"})


def test_the_body_jumps_onto_a_box_rising_evenly_as_it_travels() -> None:
    # From the floor, the box 47 cm ahead, to standing on it 55 cm further on: the toes rise 50 cm as they travel.
    jump = Movement.model_validate(
        {
            "side": "both",
            "positions": [
                {**UPRIGHT, "props": [{"kind": "box", "dx": 47}]},
                {**UPRIGHT, "shift": 55, "props": [{"kind": "box", "at": "foot", "dx": -8}]},
            ],
        }
    )
    root, _ = elements(str(draw_movement(jump, "go").animation))
    foot = next(child for child in root if child.get("class") == "pcg-move__near pcg-move__foot")
    [points] = [animate for animate in foot if animate.get("attributeName") == "points"]
    toes = [value.split()[2] for value in points.get("values", "").split(";")]
    there = ["6,-5", "19,-18", "36,-32", "49,-45", "55,-50"]
    assert toes == ["0,0", "0,0", *there, "55,-50", "55,-50", *there[-2::-1], "0,0", "0,0"]
