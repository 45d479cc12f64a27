"""Kiosk inactivity timing: pure arithmetic, no Streamlit, no clock of its own.

A kiosk session is *active* until ``idle_seconds`` pass without an interaction. Then a
*warning* counts down ``warn_seconds`` ("Starting over in N seconds — tap to stay"), and
after that the session is *reset*. The caller passes the clock in, so tests need no sleeping.
"""

from __future__ import annotations

import math
from typing import Literal

IdlePhase = Literal["active", "warning", "reset"]

MAX_WARN_SECONDS = 15
MIN_WARN_SECONDS = 3


def warn_seconds_for(idle_seconds: float) -> int:
    """How long the countdown lasts: 15 s, shorter for very short idle times (a third, at least 3 s)."""
    return int(max(MIN_WARN_SECONDS, min(MAX_WARN_SECONDS, idle_seconds // 3)))


def idle_state(now: float, last_active: float, idle_seconds: float, warn_seconds: float) -> tuple[IdlePhase, int]:
    """The phase of a session and the whole seconds left before it resets.

    ``seconds_left`` counts down to the reset (it is 0 once reset is due). A ``last_active``
    in the future (a clock that went backwards) counts as just active.
    """
    elapsed = max(0.0, now - last_active)
    left = idle_seconds + warn_seconds - elapsed
    if left <= 0:
        return "reset", 0
    seconds_left = math.ceil(left)
    if elapsed >= idle_seconds:
        return "warning", seconds_left
    return "active", seconds_left
