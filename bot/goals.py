"""The weekly posting goal: what /profile set and /streak goal accept, and streaks count by."""

from __future__ import annotations

GOAL_MIN = 1
GOAL_MAX = 21  # three posts a day


def goal_in_range(goal: int) -> bool:
    return GOAL_MIN <= goal <= GOAL_MAX
