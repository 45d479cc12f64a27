"""URL parameters and deployment settings: the two places untrusted or outside input enters, tested directly."""

from __future__ import annotations

import pytest

from explorer import settings, texts, urlstate

KNOWN = {"double_vision", "fatigue", "hiccups"}


def test_parse_ids_keeps_known_ids_in_order_without_repeats():
    got = urlstate.parse_ids(["fatigue, double_vision", "fatigue,hiccups"], KNOWN)
    assert got == urlstate.ParsedIds(("fatigue", "double_vision", "hiccups"), (), False)


def test_parse_ids_reports_unknown_and_malformed_parts():
    got = urlstate.parse_ids("double_vision,no_such_thing,<b>,,Fatigue", KNOWN)
    assert got.ids == ("double_vision",)
    assert got.dropped == ("no_such_thing",)  # well formed, so safe to show as text
    assert got.malformed  # "<b>" and "Fatigue" are not ids


@pytest.mark.parametrize("values", [None, [], "", " , ,"])
def test_parse_ids_of_nothing(values):
    assert urlstate.parse_ids(values, KNOWN) == urlstate.ParsedIds((), (), False)


def test_parse_ids_caps_how_many_ids_a_link_can_carry():
    known = {f"id_{i}" for i in range(urlstate.MAX_IDS + 50)}
    got = urlstate.parse_ids(",".join(sorted(known)), known)
    assert len(got.ids) == urlstate.MAX_IDS == 200 and got.malformed


def test_parse_ids_caps_the_unknown_ids_shown_back():
    got = urlstate.parse_ids(",".join(f"nope_{i}" for i in range(30)), KNOWN)
    assert len(got.dropped) == urlstate.MAX_DROPPED == 10 and got.malformed


def test_parse_ids_reads_only_the_start_of_a_very_long_value():
    value = "double_vision," + "a" * (urlstate.MAX_PARAM_CHARS * 2)
    got = urlstate.parse_ids(value, KNOWN)
    assert got.ids == ("double_vision",) and got.malformed
    assert urlstate.MAX_PARAM_CHARS == 4000


def test_format_ids():
    assert urlstate.format_ids(["a", "b"]) == "a,b"
    assert urlstate.format_ids([]) == ""


def test_settings_defaults():
    got = settings.from_env({})
    assert got == settings.Settings()
    assert (got.mode, got.idle_seconds, got.data_dir, got.kiosk, got.language) == ("web", 120, None, False, "en")
    assert got.emergency_number is None  # the emergency box then names 911, 999 and 112 in the visitor's language
    assert "911" in texts.EMERGENCY_NUMBER_DEFAULT and "112" in texts.EMERGENCY_NUMBER_DEFAULT


def test_settings_from_the_environment():
    env = {
        "EXPLORER_MODE": " Kiosk ",
        "EXPLORER_IDLE_SECONDS": "45",
        "EXPLORER_EMERGENCY_NUMBER": " 112 ",
        "EXPLORER_DATA_DIR": " /srv/catalogue ",
    }
    got = settings.from_env(env)
    assert (got.mode, got.kiosk, got.idle_seconds, got.emergency_number, got.data_dir) == (
        "kiosk",
        True,
        45,
        "112",
        "/srv/catalogue",
    )


@pytest.mark.parametrize(("value", "expected"), [("1", 5), ("0", 5), ("-30", 5), ("5", 5), ("abc", 120), ("", 120)])
def test_idle_seconds_have_a_floor_and_a_fallback(value, expected):
    assert settings.from_env({"EXPLORER_IDLE_SECONDS": value}).idle_seconds == expected
    assert settings.MIN_IDLE_SECONDS == 5


@pytest.mark.parametrize("mode", ["", "admin", "WEB ", "kiosk?"])
def test_unknown_modes_fall_back_to_web(mode):
    assert settings.from_env({"EXPLORER_MODE": mode}).mode == "web"


def test_blank_settings_fall_back_to_defaults():
    got = settings.from_env({"EXPLORER_EMERGENCY_NUMBER": "   ", "EXPLORER_DATA_DIR": "  "})
    assert got.emergency_number is None
    assert got.data_dir is None
