"""Easter Sunday by the Julian (Dionysian) and the Gregorian computus.

Both rules come from :mod:`dateutil.easter` (python-dateutil), the one
dependency of the package: it is small, well kept and already installed with
most date stacks (pandas, matplotlib, botocore depend on it), and its Easter
arithmetic (Oudin's algorithm via Tøndering, as printed in the *Explanatory
Supplement to the Astronomical Almanac*) is the reference most code uses.
Only this module imports it; the arithmetic core stays on the standard
library.

Ranges, and why:

* Julian computus, from 326: dateutil's ``EASTER_JULIAN`` is "valid in
  dates after 326 AD" (the year after the Council of Nicaea).  The rule
  depends only on the golden number (year mod 19) and the weekday of Julian
  dates, which repeats every 28 years, so Easter repeats every
  19 x 28 = 532 years (the Dionysian great cycle).  :func:`julian_easter_label`
  uses that to give the rule's answer for any year, which is what a
  proleptic year-start style needs; :func:`easter` refuses years before 326,
  when no church kept it.
* Gregorian computus, 1583-4099: the years for which dateutil's
  ``EASTER_WESTERN`` is documented as valid.  1583 is the first Easter after
  the reform of October 1582; past 4099 the algorithm's lunar correction is
  not claimed.
"""

from __future__ import annotations

from typing import Final, Literal

from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN
from dateutil.easter import easter as _dateutil_easter

from oldstyle.core import check_int, number_text
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import InvalidDateError

__all__ = [
    "COMPUTUS_RANGES",
    "Computus",
    "computus_name",
    "default_computus",
    "easter",
    "julian_easter_label",
]

Computus = Literal["julian", "gregorian"]
"""The two Easter rules: ``"julian"`` (Dionysian, Orthodox to this day) and ``"gregorian"`` (1582)."""

COMPUTUS_RANGES: Final[dict[Computus, tuple[int, int | None]]] = {
    "julian": (326, None),
    "gregorian": (1583, 4099),
}
"""First and last year :func:`easter` answers for, per computus (None: no last year)."""

_ALIASES: Final[dict[str, Computus]] = {
    "julian": "julian",
    "os": "julian",
    "o.s.": "julian",
    "dionysian": "julian",
    "orthodox": "julian",
    "eastern": "julian",
    "gregorian": "gregorian",
    "ns": "gregorian",
    "n.s.": "gregorian",
    "western": "gregorian",
}

# The Dionysian great cycle: 19 lunar years x 28 solar years.
_GREAT_CYCLE: Final = 532


def computus_name(computus: object) -> Computus:
    """Normalise a computus name: ``"orthodox"`` -> ``"julian"``, ``"western"`` -> ``"gregorian"``."""
    if isinstance(computus, str):
        found = _ALIASES.get(computus.strip().lower())
        if found is not None:
            return found
    raise InvalidDateError(
        f"unknown computus {computus!r}: use 'julian' (the Dionysian rule, alias 'orthodox') "
        "or 'gregorian' (the 1582 rule, alias 'western')"
    )


def julian_easter_label(year: int) -> tuple[int, int]:
    """(month, day) of Easter by the Julian computus, in Julian labels, for any year.

    dateutil answers for a year of the same place in the 532-year cycle
    (always between 532 and 1063, inside its range), which is the same
    Easter: the rule reads the year only through ``year % 19`` and the
    weekday of Julian dates, which repeats every 28 years.
    """
    same_in_cycle = _GREAT_CYCLE + year % _GREAT_CYCLE
    day = _dateutil_easter(same_in_cycle, EASTER_JULIAN)
    return day.month, day.day


def _check_range(year: int, computus: Computus) -> None:
    first, last = COMPUTUS_RANGES[computus]
    if year < first or (last is not None and year > last):
        span = f"{first}-{last}" if last is not None else f"from {first}"
        why = (
            "the Council of Nicaea (325) set the rule; dateutil's EASTER_JULIAN is valid after 326"
            if computus == "julian"
            else "the first Gregorian Easter was in 1583, and dateutil's EASTER_WESTERN is valid to 4099"
        )
        hint = " (ask for computus='julian' before 1583)" if computus == "gregorian" and year < first else ""
        raise InvalidDateError(
            f"no {computus} Easter for {number_text(year)}: the {computus} computus is answered "
            f"for years {span} ({why}){hint}"
        )


def default_computus(year: int) -> Computus:
    """The computus of the Roman church in ``year``: Julian through 1582, Gregorian from 1583."""
    return "julian" if year < COMPUTUS_RANGES["gregorian"][0] else "gregorian"


def easter(year: int, computus: str | None = None) -> JulianDate | GregorianDate:
    """Easter Sunday of ``year`` by one computus, labelled in that computus's calendar.

    ``computus="julian"`` (alias ``"orthodox"``) gives a
    :class:`~oldstyle.JulianDate`: the Dionysian rule that the whole church
    kept before 1582 and the Orthodox churches keep today;
    ``"gregorian"`` (alias ``"western"``) gives a
    :class:`~oldstyle.GregorianDate`.  Left out, it is the Roman church's
    rule of that year (:func:`default_computus`): Julian to 1582, Gregorian
    from 1583.

    >>> easter(1700, "julian"), easter(1700, "gregorian")
    (JulianDate(1700, 3, 31), GregorianDate(1700, 4, 11))
    >>> easter(2024, "orthodox").to_gregorian(), easter(2024), easter(1381)
    (datetime.date(2024, 5, 5), GregorianDate(2024, 3, 31), JulianDate(1381, 4, 14))

    Raises :class:`~oldstyle.InvalidDateError` outside the range of
    :data:`COMPUTUS_RANGES` (Julian from 326, Gregorian 1583-4099), for a
    year that is not an int, and for an unknown computus.
    """
    y = check_int("year", year)
    name = default_computus(y) if computus is None else computus_name(computus)
    _check_range(y, name)
    if name == "julian":
        return JulianDate(y, *julian_easter_label(y))
    day = _dateutil_easter(y, EASTER_WESTERN)
    return GregorianDate(day.year, day.month, day.day)
