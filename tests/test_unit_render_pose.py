"""Poses set on the floor: which body point rests on which prop, how far the body is raised so its lowest part
touches the floor or its support, and the far side and in-between poses. Heights are worked out by hand from the
segment lengths (leg 44 + 44 cm, ankle 8 cm up, trunk 52, head centre 20 above the shoulder, upper arm 33, forearm
35) and the drawn thickness of each part (head 11 cm, trunk 8, limbs 4.5, feet 0)."""

from __future__ import annotations

import math

import pytest

from generator.render.pose import Angles, joints, lift, placed, step, supports
from generator.schema import Pose, Prop

NEUTRAL = {"trunk": 0, "hip": 0, "knee": 0, "ankle": 0, "shoulder": 0, "elbow": 0}


def angles(**changes: object) -> Angles:
    return Angles.of(Pose.model_validate({"label": "P", "shows": "S", **NEUTRAL, **changes}))


@pytest.mark.parametrize(
    ("start", "direction", "length", "end"),
    [((1, 2), 0, 10, (1, 12)), ((1, 2), 90, 10, (11, 2)), ((0, 0), 180, 5, (0, -5)), ((0, 0), 270, 5, (-5, 0)), ((0, 0), 30, -2, (-1, -math.sqrt(3)))],
)
def test_a_step_goes_its_length_in_its_direction_from_straight_up(start: tuple[float, float], direction: float, length: float, end: tuple[float, float]) -> None:
    assert step(start, direction, length) == pytest.approx(end)


def test_each_support_carries_the_joints_that_rest_on_it() -> None:
    props = [
        Prop(kind="floor", at="shoulders"),
        Prop(kind="step", at="foot"),
        Prop(kind="bench", at="hips"),
        Prop(kind="box", at="other_foot"),
        Prop(kind="box", at="hands"),
        Prop(kind="floor", at="head"),
        Prop(kind="bench", at="knee"),
        Prop(kind="step", at="other_knee"),
        Prop(kind="floor", at="other_hands"),
        Prop(kind="box"),  # standing on the floor, under nobody
        Prop(kind="bar", at="shoulders"),  # held, not a support
    ]
    assert supports(props) == {
        "shoulder": 2, "toe": 20, "hip": 42, "other_toe": 50, "hand": 50, "head": 2, "knee": 42, "other_knee": 20, "other_hand": 2,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("pose", "props", "height"),
    [
        ({}, [], 96),  # standing: the soles 96 cm under the hip
        ({}, [Prop(kind="floor"), Prop(kind="bar", at="hands")], 96),  # props that hold nobody up
        ({}, [Prop(kind="step", at="foot")], 116),
        ({}, [Prop(kind="box", at="other_foot")], 146),
        ({"trunk": -90}, [], 11),  # lying on the back: the head, 11 cm thick, is lowest
        ({"trunk": -90}, [Prop(kind="floor", at="head")], 13),
        ({"trunk": -90}, [Prop(kind="bench", at="hips")], 50),  # hips on a 42 cm bench, the trunk 8 cm thick
        ({"trunk": 90, "shoulder": 90}, [], 72.5),  # a plank: arms straight down, 68 cm, hands 4.5 cm thick
    ],
)
def test_the_body_is_raised_until_its_lowest_part_rests_on_the_floor_or_its_support(pose: dict[str, int], props: list[Prop], height: float) -> None:
    assert lift(joints(angles(**pose)), props) == pytest.approx(height)


@pytest.mark.parametrize(
    ("raised", "toe_height"),
    [(None, 0), (50, 0), (96, 0), (120, 24)],
)
def test_a_raised_body_is_never_drawn_below_the_floor(raised: float | None, toe_height: float) -> None:
    assert placed(angles(), [], "foot", raised)["toe"] == pytest.approx((0, toe_height))


@pytest.mark.parametrize(
    ("fixed", "point", "x"),
    [("foot", "toe", 10), ("hips", "hip", 10), ("hands", "hand", 10), ("head", "head", 10), ("knee", "knee", 10), ("shoulders", "shoulder", 10)],
)
def test_the_fixed_point_stands_at_the_shift_and_a_jump_rises_off_the_floor(fixed: str, point: str, x: float) -> None:
    p = placed(angles(shift=10, rise=30), [], fixed)
    assert p[point][0] == pytest.approx(x)
    assert p["toe"][1] == pytest.approx(30) and p["heel"][1] == pytest.approx(30)


@pytest.mark.parametrize(("fixed", "point"), [("other_foot", "other_toe"), ("other_knee", "other_knee"), ("other_hands", "other_hand")])
def test_the_far_side_can_be_the_fixed_point(fixed: str, point: str) -> None:
    p = placed(angles(other_side={"hip": 90, "knee": 90, "shoulder": 90}), [], fixed)
    assert p[point][0] == pytest.approx(0)
    assert p["hip"][0] != pytest.approx(0)


def test_the_far_arm_and_leg_take_the_near_sides_angles_unless_given() -> None:
    a = angles(hip=30, knee=20, ankle=-10, shoulder=45, elbow=15, shift=5, rise=2, other_side={"shoulder": 90, "elbow": 40})
    assert (a.other_hip, a.other_knee, a.other_ankle, a.other_shoulder, a.other_elbow) == (30, 20, -10, 90, 40)
    assert (a.trunk, a.hip, a.knee, a.ankle, a.shoulder, a.elbow, a.shift, a.rise) == (0, 30, 20, -10, 45, 15, 5, 2)


def test_an_in_between_pose_moves_every_angle_evenly() -> None:
    start = angles(hip=20, knee=40, shift=0, rise=0)
    end = angles(trunk=30, hip=60, knee=0, ankle=-20, shoulder=90, elbow=10, shift=40, rise=10, other_side={"hip": 100})
    quarter = start.towards(end, 0.25)
    assert quarter == Angles(
        trunk=7.5, hip=30, knee=30, ankle=-5, shoulder=22.5, elbow=2.5,
        other_hip=40, other_knee=30, other_ankle=-5, other_shoulder=22.5, other_elbow=2.5, shift=10, rise=2.5,
    )  # fmt: skip
    assert start.towards(end, 0) == start and start.towards(end, 1) == end
