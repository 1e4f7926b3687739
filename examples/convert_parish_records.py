"""Convert the dates of a CSV of parish records to New Style, keeping the register's own text.

Usage: python convert_parish_records.py [records.csv] > converted.csv

Each date is read as it was written in Great Britain (region GB): Julian until
2 September 1752, Gregorian from 14 September 1752, and before 1752 with the year
beginning on 25 March, so a baptism "11 February 1731/32" is Julian 11 February 1732.
For each row this adds the Julian and Gregorian days in ISO form and the dual date a
modern edition would print.  A date that cannot be read, or that never existed in
Britain (3-13 September 1752), is reported on stderr and its row kept with empty new
columns.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from oldstyle.dates import JulianDate
from oldstyle.errors import OldstyleError
from oldstyle.formatting import format_dual
from oldstyle.parsing import parse
from oldstyle.reforms import region

BRITAIN = region("GB")

DEFAULT_INPUT = Path(__file__).parent / "data" / "parish_records.csv"
NEW_COLUMNS = ["julian", "gregorian", "dual"]


def convert_row(row: dict[str, str]) -> dict[str, str]:
    """The row with the three new columns (empty if its date cannot be read)."""
    try:
        label = parse(row["date"]).label
        day = JulianDate.fromordinal(BRITAIN.to_ordinal(*label))
    except OldstyleError as error:
        print(f"{row['name']}: {error}", file=sys.stderr)
        return {**row, **dict.fromkeys(NEW_COLUMNS, "")}
    return {
        **row,
        "julian": day.isoformat(),
        "gregorian": day.to_gregorian_date().isoformat(),
        "dual": format_dual(day, year_start=BRITAIN.year_start(*label)),
    }


def main(argv: list[str]) -> int:
    """Read the CSV named in argv (or the bundled sample) and write the converted CSV to stdout."""
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_INPUT
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or []) + NEW_COLUMNS
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row in reader:
            writer.writerow(convert_row(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
