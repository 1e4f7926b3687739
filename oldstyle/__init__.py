"""oldstyle: Julian (Old Style) and Gregorian (New Style) dates, exactly.

Convert through a day number, never by adding a fixed gap::

    >>> import oldstyle
    >>> oldstyle.julian_to_gregorian(1917, 10, 25)
    (1917, 11, 7)
    >>> oldstyle.JulianDate(1700, 2, 29).to_gregorian()
    datetime.date(1700, 3, 11)
    >>> oldstyle.offset(1389, 10, 25)
    8

Years are astronomical in the numeric API (0 = 1 BC, -43 = 44 BC).
"""

from __future__ import annotations

from oldstyle._arith import JDN_OFFSET
from oldstyle.checking import Problem, check, fix
from oldstyle.churchyear import Feast, FeastDay, feast, feasts
from oldstyle.computus import easter
from oldstyle.core import (
    Calendar,
    calendar_name,
    days_in_month,
    days_in_year,
    format_iso,
    gregorian_to_julian,
    gregorian_to_ordinal,
    is_leap,
    is_valid,
    julian_to_gregorian,
    julian_to_ordinal,
    offset,
    ordinal_to_gregorian,
    ordinal_to_julian,
    validate,
)
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import (
    DateParseError,
    InvalidDateError,
    NonexistentDateError,
    OldstyleError,
    UnknownFeastError,
    UnknownRegionError,
)
from oldstyle.formatting import STYLES, format_dual
from oldstyle.parsing import ParsedDate, parse
from oldstyle.reforms import GAP_POLICIES, Region, region, regions
from oldstyle.scanning import Mention, scan
from oldstyle.yearstart import dual_year_text, historical_year, january_year, january_years, parse_dual_year

__version__ = "0.1.0"

__all__ = [
    "GAP_POLICIES",
    "JDN_OFFSET",
    "STYLES",
    "Calendar",
    "DateParseError",
    "Feast",
    "FeastDay",
    "GregorianDate",
    "InvalidDateError",
    "JulianDate",
    "Mention",
    "NonexistentDateError",
    "OldstyleError",
    "ParsedDate",
    "Problem",
    "Region",
    "UnknownFeastError",
    "UnknownRegionError",
    "__version__",
    "calendar_name",
    "check",
    "days_in_month",
    "days_in_year",
    "dual_year_text",
    "easter",
    "feast",
    "feasts",
    "fix",
    "format_dual",
    "format_iso",
    "gregorian_to_julian",
    "gregorian_to_ordinal",
    "historical_year",
    "is_leap",
    "is_valid",
    "january_year",
    "january_years",
    "julian_to_gregorian",
    "julian_to_ordinal",
    "offset",
    "ordinal_to_gregorian",
    "ordinal_to_julian",
    "parse",
    "parse_dual_year",
    "region",
    "regions",
    "scan",
    "validate",
]
