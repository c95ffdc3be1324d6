"""Movement drawings: pose geometry against positions worked out by hand, the schema's body ranges, and the SVG."""

from __future__ import annotations

import math
import re
from xml.etree import ElementTree

import pytest
from pydantic import ValidationError

from generator.load import load_guide_text
from generator.render.figure import PLAY_FOR, draw_movement
from generator.render.pages import render_exercise_page
from generator.render.pose import Angles, joints, placed
from generator.schema import Movement, Pose, Prop

STANDING = {"trunk": 0, "hip": 0, "knee": 0, "ankle": 0, "shoulder": 0, "elbow": 0}


def pose(**angles: int) -> Pose:
    return Pose.model_validate({"label": "P", "shows": "A pose", **STANDING, **angles})


def close(point: tuple[float, float], expected: tuple[float, float]) -> bool:
    return math.dist(point, expected) < 0.01


def test_standing_puts_the_hip_above_the_ankle_at_leg_height() -> None:
    # Sole on the floor, ankle 8 cm up, then shank and thigh of 44 cm each, trunk 52 cm, head centre 20 cm higher.
    p = placed(Angles.of(pose()), [], "foot")
    ankle, knee, hip = p["ankle"], p["knee"], p["hip"]
    assert close(ankle, (-18, 8)) and close(knee, (-18, 52)) and close(hip, (-18, 96))
    assert close(p["shoulder"], (-18, 148)) and close(p["head"], (-18, 168))
    assert close(p["heel"], (-24, 0)) and close(p["toe"], (0, 0))  # the toes stay at x = 0
    assert close(p["hand"], (-18, 148 - 33 - 35))  # arm hangs: upper arm 33, forearm 35


def test_a_right_angle_at_hip_and_knee_puts_the_foot_where_trigonometry_says() -> None:
    # Sitting: thigh straight forward from the hip, shin straight down, foot flat and pointing forward.
    j = joints(Angles.of(pose(hip=90, knee=90)))
    assert close(j["knee"], (44, 0)) and close(j["ankle"], (44, -44))
    assert close(j["toe"], (44 + 18, -44 - 8)) and close(j["heel"], (44 - 6, -44 - 8))


def test_leaning_and_bending_follow_the_angles() -> None:
    # Trunk 30 degrees forward: the shoulder is 52 sin 30 ahead and 52 cos 30 above the hip.
    j = joints(Angles.of(pose(trunk=30)))
    assert close(j["shoulder"], (26, 52 * math.cos(math.radians(30))))
    # Knee bent 90 with the thigh hanging: the shin points straight back.
    j = joints(Angles.of(pose(knee=90)))
    assert close(j["ankle"], (-44, -44))
    # Arm raised forward 90 degrees, elbow bent 90: the forearm points up.
    j = joints(Angles.of(pose(shoulder=90, elbow=90)))
    assert close(j["elbow"], (33, 52)) and close(j["hand"], (33, 52 + 35))
    # Pointing the foot 40 degrees turns it down from horizontal by the same amount; the sole, 8 cm below the ankle
    # at right angles to the foot, turns to face down and back.
    j = joints(Angles.of(pose(ankle=-40)))
    toe, sole = j["toe"], (j["ankle"][0] - 8 * math.sin(math.radians(40)), j["ankle"][1] - 8 * math.cos(math.radians(40)))
    assert close(toe, (sole[0] + 18 * math.cos(math.radians(40)), sole[1] - 18 * math.sin(math.radians(40))))


def test_lying_on_the_back_rests_the_head_on_the_floor_and_a_box_lifts_the_feet() -> None:
    lying = placed(Angles.of(pose(trunk=-90)), [], "hips")
    assert close(lying["head"], (-72, 11))  # head radius 11 on the floor, 52 + 20 cm behind the hip
    on_box = placed(Angles.of(pose()), [Prop(kind="box", at="foot")], "foot")
    assert close(on_box["toe"], (0, 50)) and close(on_box["hip"], (-18, 146))


def test_the_far_side_defaults_to_the_near_side() -> None:
    a = Angles.of(pose(hip=30, other_side={"knee": 45}))
    assert (a.other_hip, a.other_knee, a.other_ankle) == (30, 45, 0)


@pytest.mark.parametrize(
    ("field", "value"),
    [("knee", -5), ("knee", 165), ("hip", -45), ("hip", 155), ("ankle", 50), ("ankle", -60), ("elbow", 155), ("shoulder", 185), ("trunk", 181)],
)
def test_angles_a_body_cannot_reach_are_refused(field: str, value: int) -> None:
    with pytest.raises(ValidationError, match=field):
        pose(**{field: value})


@pytest.mark.parametrize(("field", "value"), [("knee", 0), ("knee", 160), ("hip", -40), ("hip", 150), ("ankle", 45), ("ankle", -55)])
def test_the_ends_of_each_range_are_allowed(field: str, value: int) -> None:
    assert getattr(pose(**{field: value}), field) == value


def test_a_movement_needs_two_positions() -> None:
    with pytest.raises(ValidationError, match="at least 2"):
        Movement.model_validate({"side": "both", "positions": [{"label": "P", "shows": "S", **STANDING}]})


def test_the_animation_plays_briefly_and_ends_where_it_began() -> None:
    movement = Movement.model_validate(
        {"side": "both", "positions": [{"label": "Up", "shows": "S", **STANDING}, {"label": "Down", "shows": "S", **STANDING, "knee": 90, "hip": 90}]}
    )
    drawing = draw_movement(movement, "play")
    assert len(drawing.stills) == 2
    assert drawing.seconds * drawing.cycles <= PLAY_FOR < 5
    svg = ElementTree.fromstring(str(drawing.animation))
    animations = svg.findall(".//{http://www.w3.org/2000/svg}animate")
    assert animations
    for animate in animations:
        values = animate.get("values", "").split(";")
        assert values[0] == values[-1]
        assert animate.get("begin") == "0.8s;play.click" and animate.get("fill") == "freeze"
        assert animate.get("repeatCount") == str(drawing.cycles)
    for still in drawing.stills:
        assert "<animate" not in still and ElementTree.fromstring(str(still)).get("aria-hidden") == "true"


def test_exercise_page_holds_one_drawing_per_position_and_the_muscles_by_role(mini_text: str) -> None:
    guide = load_guide_text(mini_text)
    page = render_exercise_page(guide, guide.exercises["glute-bridge"])
    assert page.count("data-movement=") == 1
    assert re.findall(r'data-pose="(\d+)"', page) == ["1", "2"]
    assert "1. Start: Lying on the back. 2. Top: Hips up.</figcaption>" in page
    roles = re.findall(r'<span data-muscle="([a-z-]+)" data-role="([a-z]+)">', page)
    assert roles == [("glutes", "target"), ("quadriceps", "synergist"), ("calves", "stabiliser")]
    assert "[Glutes](../anatomy/glutes.md)</span>" in page and '"synergist">Quadriceps</span>' in page
    assert 'aria-label="Front and back views of a runner. Target: Glutes; Synergists: Quadriceps; Stabilisers: Calves"' in page
    drawn = re.findall(r'class="pcg-body__muscle pcg-body__muscle--([a-z]+)" data-muscle="([a-z-]+)"', page)
    assert drawn == [("synergist", "quadriceps"), ("target", "glutes"), ("stabiliser", "calves")]  # front view, then back
