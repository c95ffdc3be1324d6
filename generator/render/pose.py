"""Side-view poses from joint angles: forward kinematics with fixed segment lengths, then the body set on the floor.

Coordinates are centimetres, x forwards (the body faces right) and y up from the floor. A direction is an angle from
straight up, turning forwards: 0 points up, 90 forwards, 180 down, 270 backwards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from generator.schema import Pose, Prop

# Segment lengths for a runner about 178 cm tall, in the proportions of standard anthropometric tables.
THIGH = 44.0
SHANK = 44.0
TRUNK = 52.0  # hip to shoulder
NECK = 20.0  # shoulder to the centre of the head
HEAD = 11.0  # radius
UPPER_ARM = 33.0
FOREARM = 35.0  # elbow to the middle of the grip
ANKLE_HEIGHT = 8.0
HEEL = 6.0  # behind the ankle
TOE = 18.0  # in front of the ankle
# Half the drawn thickness of each part: how far its surface is from the joint, for resting on the floor.
LIMB = 4.5
TORSO = 8.0

# Heights of the things a body point can rest on.
SUPPORT_HEIGHT = {"floor": 2.0, "step": 20.0, "bench": 42.0, "box": 50.0}
# The joints that rest on a support under each body point: a foot rests on the ball, so a heel can hang off a step.
RESTING = {
    "head": ("head",),
    "shoulders": ("shoulder",),
    "hips": ("hip",),
    "knee": ("knee",),
    "foot": ("toe",),
    "hands": ("hand",),
    "other_knee": ("other_knee",),
    "other_foot": ("other_toe",),
    "other_hands": ("other_hand",),
}
# Where each body point is, for holding the movement still and for drawing props; the foot stays put at the toes.
LOCATION = {
    "head": "head",
    "shoulders": "shoulder",
    "hips": "hip",
    "knee": "knee",
    "foot": "toe",
    "hands": "hand",
    "other_knee": "other_knee",
    "other_foot": "other_toe",
    "other_hands": "other_hand",
}
RADIUS = {"head": HEAD, "shoulder": TORSO, "hip": TORSO, "heel": 0.0, "toe": 0.0, "other_heel": 0.0, "other_toe": 0.0}

Point = tuple[float, float]


@dataclass(frozen=True)
class Angles:
    """Every angle of one pose, both sides filled in; the in-between frames of an animation are Angles too."""

    trunk: float
    hip: float
    knee: float
    ankle: float
    shoulder: float
    elbow: float
    other_hip: float
    other_knee: float
    other_ankle: float
    other_shoulder: float
    other_elbow: float
    shift: float = 0.0
    rise: float = 0.0

    @classmethod
    def of(cls, pose: Pose) -> Angles:
        other = pose.other_side

        def far(name: str) -> float:
            value = getattr(other, name) if other else None
            return float(getattr(pose, name) if value is None else value)

        return cls(
            trunk=pose.trunk, hip=pose.hip, knee=pose.knee, ankle=pose.ankle, shoulder=pose.shoulder, elbow=pose.elbow,
            other_hip=far("hip"), other_knee=far("knee"), other_ankle=far("ankle"),
            other_shoulder=far("shoulder"), other_elbow=far("elbow"), shift=pose.shift, rise=pose.rise,
        )  # fmt: skip

    def towards(self, other: Angles, t: float) -> Angles:
        """The pose a fraction t of the way to another one, each angle moving evenly."""
        values = {name: (1 - t) * getattr(self, name) + t * getattr(other, name) for name in self.__dataclass_fields__}
        return replace(self, **values)


def step(start: Point, direction: float, length: float) -> Point:
    radians = math.radians(direction)
    return (start[0] + length * math.sin(radians), start[1] + length * math.cos(radians))


def joints(a: Angles) -> dict[str, Point]:
    """Every joint with the hip at the origin. Each segment's direction is its parent's turned by the joint's angle."""
    hip = (0.0, 0.0)
    shoulder = step(hip, a.trunk, TRUNK)
    points = {"hip": hip, "shoulder": shoulder, "neck": step(shoulder, a.trunk, NECK - HEAD), "head": step(shoulder, a.trunk, NECK)}
    for prefix, hip_angle, knee, ankle, flexion, elbow in (
        ("", a.hip, a.knee, a.ankle, a.shoulder, a.elbow),
        ("other_", a.other_hip, a.other_knee, a.other_ankle, a.other_shoulder, a.other_elbow),
    ):
        thigh = a.trunk + 180 - hip_angle
        shank = thigh + knee
        foot = shank - 90 - ankle
        knee_at = step(hip, thigh, THIGH)
        ankle_at = step(knee_at, shank, SHANK)
        sole = step(ankle_at, foot + 90, ANKLE_HEIGHT)
        upper = a.trunk + 180 - flexion
        elbow_at = step(shoulder, upper, UPPER_ARM)
        points |= {
            f"{prefix}knee": knee_at,
            f"{prefix}ankle": ankle_at,
            f"{prefix}heel": step(sole, foot, -HEEL),
            f"{prefix}toe": step(sole, foot, TOE),
            f"{prefix}elbow": elbow_at,
            f"{prefix}hand": step(elbow_at, upper - elbow, FOREARM),
        }
    return points


def supports(props: list[Prop]) -> dict[str, float]:
    """Height of the surface under each joint that rests on a prop."""
    heights: dict[str, float] = {}
    for prop in props:
        if prop.at is not None and prop.kind in SUPPORT_HEIGHT:
            for joint in RESTING[prop.at]:
                heights[joint] = SUPPORT_HEIGHT[prop.kind]
    return heights


def lift(points: dict[str, Point], props: list[Prop]) -> float:
    """How far to raise the body so its lowest part touches the floor, or the prop it rests on."""
    under = supports(props)
    return -min(y - RADIUS.get(name, LIMB) - under.get(name, 0.0) for name, (x, y) in points.items())


def placed(a: Angles, props: list[Prop], fixed: str, raised: float | None = None) -> dict[str, Point]:
    """The joints set on the floor (or raised by `raised`, but never below the floor), with the fixed point at
    x = 0 plus the pose's shift."""
    points = joints(a)
    dy = a.rise + (lift(points, props) if raised is None else max(raised, lift(points, [])))
    dx = a.shift - points[LOCATION[fixed]][0]
    return {name: (x + dx, y + dy) for name, (x, y) in points.items()}
