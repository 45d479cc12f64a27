"""Deployment settings from ``EXPLORER_*`` environment variables (documented in the README).

Read once per server process; a visitor cannot change them (nothing here comes from the URL).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from explorer import i18n

MODES = ("web", "kiosk")
DEFAULT_IDLE_SECONDS = 120
MIN_IDLE_SECONDS = 5
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Settings:
    """The deployment settings (see the README's table of EXPLORER_* variables)."""

    mode: str = "web"
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    emergency_number: str | None = None
    """The number the emergency box names; None: a sentence naming 911, 999 and 112, in the visitor's language."""
    data_dir: str | None = None
    language: str = DEFAULT_LANGUAGE
    """The language a new visitor sees first (EXPLORER_LANGUAGE); the idle reset returns to it."""

    @property
    def kiosk(self) -> bool:
        """True on an unattended touch screen (EXPLORER_MODE=kiosk)."""
        return self.mode == "kiosk"


def _int(value: str | None, default: int, minimum: int) -> int:
    try:
        return max(minimum, int(str(value).strip()))
    except (TypeError, ValueError):
        return default


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from ``env`` (default ``os.environ``); unknown or bad values fall back to defaults."""
    env = os.environ if env is None else env
    mode = env.get("EXPLORER_MODE", "web").strip().lower()
    number = env.get("EXPLORER_EMERGENCY_NUMBER", "").strip()
    language = env.get("EXPLORER_LANGUAGE", "").strip().lower()
    return Settings(
        mode=mode if mode in MODES else "web",
        idle_seconds=_int(env.get("EXPLORER_IDLE_SECONDS"), DEFAULT_IDLE_SECONDS, MIN_IDLE_SECONDS),
        emergency_number=number or None,
        data_dir=env.get("EXPLORER_DATA_DIR", "").strip() or None,
        language=language if language in i18n.languages() else DEFAULT_LANGUAGE,
    )
