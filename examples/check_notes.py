"""Check a folder of notes for dual dates whose two halves name different days.

Usage: python check_notes.py [folder]

Reads every .md and .txt file below the folder and prints one line per problem,
``file:line:column: message``, then a summary.  Exits with status 1 if anything was
found, so it can guard a repository of notes in CI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from oldstyle.checking import check

DEFAULT_FOLDER = Path(__file__).parent / "data" / "notes"
SUFFIXES = {".md", ".txt"}


def check_folder(folder: Path) -> list[str]:
    """One report line per problem in the folder's notes, in file order."""
    reports: list[str] = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES):
        for problem in check(path.read_text(encoding="utf-8")):
            fix = f" (correct: {problem.replacement})" if problem.replacement else ""
            reports.append(
                f"{path.relative_to(folder)}:{problem.line}:{problem.column}: {problem.message}{fix}"
            )
    return reports


def main(argv: list[str]) -> int:
    """Check the folder named in argv (or the bundled notes); 1 if any problem was found."""
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    reports = check_folder(folder)
    for line in reports:
        print(line)
    print(f"{len(reports)} problem(s) found")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
