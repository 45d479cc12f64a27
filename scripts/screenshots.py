"""Every page at the three screens (phone, laptop, portrait kiosk) as pictures in artifacts/screenshots/.

``make screenshots`` (or ``.venv/bin/python scripts/screenshots.py [--scheme dark] [--lang es]``) starts the app
twice on free ports (web and kiosk mode), drives Debian's Chromium through Playwright, and writes
``artifacts/screenshots/<screen>/<page>.png``: phone and laptop in web mode, the kiosk screen in kiosk
mode. Look at them after a change to the layout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "browser"), str(ROOT)]

from browserkit import (  # noqa: E402
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    SCREENS,
    SCREENSHOTS,
    TOUR,
    Server,
    open_app,
    whole_page,
)
from playwright.sync_api import sync_playwright  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Write the pictures and print their paths."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--lang", default="", metavar="CODE", help="the app in this language (EXPLORER_LANGUAGE)")
    args = parser.parse_args(argv)
    env = {"EXPLORER_LANGUAGE": args.lang} if args.lang else {}
    servers = {
        mode: Server(
            env={"EXPLORER_MODE": mode, **env}, log_path=ARTIFACTS / "logs" / f"screenshots-{mode}.log"
        ).start()
        for mode in ("web", "kiosk")
    }
    written = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for screen, (width, height) in SCREENS.items():
                server = servers["kiosk" if screen == "kiosk" else "web"]
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    color_scheme=args.scheme,
                    locale="en-GB",
                    has_touch=screen != "laptop",
                    is_mobile=screen == "phone",
                )
                page = context.new_page()
                for name, path in TOUR:
                    open_app(page, server.url + path)
                    suffix = ("" if args.scheme == "light" else "-dark") + (f"-{args.lang}" if args.lang else "")
                    written.append(whole_page(page, SCREENSHOTS / screen / f"{name}{suffix}.png"))
                context.close()
            browser.close()
    finally:
        for server in servers.values():
            server.stop()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
