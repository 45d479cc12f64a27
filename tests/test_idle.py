"""The kiosk's idle arithmetic (explorer.idle): pure, clock passed in."""

from __future__ import annotations

import pytest

from explorer.idle import MAX_WARN_SECONDS, MIN_WARN_SECONDS, idle_state, warn_seconds_for

T0 = 1_000_000.0


@pytest.mark.parametrize(
    ("elapsed", "expected"),
    [
        (0.0, ("active", 135)),
        (0.4, ("active", 135)),
        (119.9, ("active", 16)),
        (120.0, ("warning", 15)),
        (120.5, ("warning", 15)),
        (134.0, ("warning", 1)),
        (134.99, ("warning", 1)),
        (135.0, ("reset", 0)),
        (10_000.0, ("reset", 0)),
    ],
)
def test_phases_for_default_idle_time(elapsed: float, expected: tuple[str, int]) -> None:
    assert idle_state(T0 + elapsed, T0, 120, 15) == expected


def test_a_clock_that_went_backwards_counts_as_just_active() -> None:
    assert idle_state(T0 - 50, T0, 120, 15) == ("active", 135)


def test_no_warning_time_goes_straight_to_reset() -> None:
    assert idle_state(T0 + 9.9, T0, 10, 0)[0] == "active"
    assert idle_state(T0 + 10, T0, 10, 0) == ("reset", 0)


def test_countdown_never_increases() -> None:
    lefts = [idle_state(T0 + t / 10, T0, 6, 3)[1] for t in range(0, 100)]
    assert lefts == sorted(lefts, reverse=True)
    assert lefts[0] == 9 and lefts[-1] == 0


@pytest.mark.parametrize(
    ("idle_seconds", "warn"),
    [(5, MIN_WARN_SECONDS), (6, MIN_WARN_SECONDS), (30, 10), (45, MAX_WARN_SECONDS), (120, MAX_WARN_SECONDS)],
)
def test_warning_length_scales_with_short_idle_times(idle_seconds: int, warn: int) -> None:
    assert warn_seconds_for(idle_seconds) == warn
