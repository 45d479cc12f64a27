"""Command line: ``python -m explorer validate [DIR]`` checks a catalogue without starting the app.

Prints ``OK: N conditions, M symptoms, K links (version V)`` and exits 0, or prints the
:class:`~explorer.catalog.CatalogError` message (file, line, column, fix) to stderr and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from explorer.catalog import load_catalog
from explorer.model import Catalog, CatalogError


def summary(cat: Catalog) -> str:
    """The one-line report of a catalogue that loaded."""
    counts = f"{len(cat.conditions)} conditions, {len(cat.symptoms)} symptoms, {len(cat.links)} links"
    return f"OK: {counts} (version {cat.version})"


def validate(directory: str | None) -> int:
    """Load and check ``directory`` (default: $EXPLORER_DATA_DIR, else the bundled data/)."""
    try:
        cat = load_catalog(directory)
    except CatalogError as err:
        print(f"Catalogue error: {err}", file=sys.stderr)
        return 1
    print(summary(cat))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m explorer", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check a catalogue folder and print its size")
    check.add_argument("directory", nargs="?", default=None, help="folder with the CSV files and manifest.json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "validate":
        return validate(args.directory)
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
