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

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:  # what mypy and IDEs see; at run time each name loads on first use
    from typing import Any

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
    from oldstyle.yearstart import (
        dual_year_text,
        historical_year,
        january_year,
        january_years,
        parse_dual_year,
    )

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

# The module that defines each public name.  ``import oldstyle`` loads none of
# them: a name's module (and what it needs) is imported when the name is first
# read, so the text, region and plugin layers cost nothing until used
# (tests/test_layers.py checks which modules a plain import loads).
_HOMES: dict[str, str] = {
    "Feast": "oldstyle.churchyear",
    "FeastDay": "oldstyle.churchyear",
    "UnknownFeastError": "oldstyle.errors",
    "easter": "oldstyle.computus",
    "feast": "oldstyle.churchyear",
    "feasts": "oldstyle.churchyear",
    "Calendar": "oldstyle.core",
    "DateParseError": "oldstyle.errors",
    "GAP_POLICIES": "oldstyle.reforms",
    "GregorianDate": "oldstyle.dates",
    "InvalidDateError": "oldstyle.errors",
    "JDN_OFFSET": "oldstyle._arith",
    "JulianDate": "oldstyle.dates",
    "Mention": "oldstyle.scanning",
    "NonexistentDateError": "oldstyle.errors",
    "OldstyleError": "oldstyle.errors",
    "ParsedDate": "oldstyle.parsing",
    "Problem": "oldstyle.checking",
    "Region": "oldstyle.reforms",
    "STYLES": "oldstyle.formatting",
    "UnknownRegionError": "oldstyle.errors",
    "calendar_name": "oldstyle.core",
    "check": "oldstyle.checking",
    "days_in_month": "oldstyle.core",
    "days_in_year": "oldstyle.core",
    "dual_year_text": "oldstyle.yearstart",
    "fix": "oldstyle.checking",
    "format_dual": "oldstyle.formatting",
    "format_iso": "oldstyle.core",
    "gregorian_to_julian": "oldstyle.core",
    "gregorian_to_ordinal": "oldstyle.core",
    "historical_year": "oldstyle.yearstart",
    "is_leap": "oldstyle.core",
    "is_valid": "oldstyle.core",
    "january_year": "oldstyle.yearstart",
    "january_years": "oldstyle.yearstart",
    "julian_to_gregorian": "oldstyle.core",
    "julian_to_ordinal": "oldstyle.core",
    "offset": "oldstyle.core",
    "ordinal_to_gregorian": "oldstyle.core",
    "ordinal_to_julian": "oldstyle.core",
    "parse": "oldstyle.parsing",
    "parse_dual_year": "oldstyle.yearstart",
    "region": "oldstyle.reforms",
    "regions": "oldstyle.reforms",
    "scan": "oldstyle.scanning",
    "validate": "oldstyle.core",
}


def _module(name: str) -> Any:
    """Import a module by its dotted name (through __import__, so -X importtime lists it)."""
    __import__(name)
    return sys.modules[name]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use; ``oldstyle.core`` and other submodules too."""
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(_module(home), name)
        globals()[name] = value  # later reads find it without this function
        return value
    if not name.startswith("__"):
        try:
            return _module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
