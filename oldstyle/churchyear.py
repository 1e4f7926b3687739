"""Feasts of the church year: which day "Michaelmas 1666" or "Whitsun 1450" was.

The feasts are data, in ``oldstyle/data/feasts.csv``: each row is a
movable feast (days from Easter Sunday) or a fixed one (a month and day),
with its English name and other English names, and Latin, German, French
and Russian names where they exist, the quarter days it is (``GB`` for the
English quarter days, ``GB-SCT`` for the Scottish term days) and sources.
This module reads the table and answers in a calendar:

* without a region, in the calendar of the computus asked for (left out:
  the Roman church's, Julian through 1582 and Gregorian from 1583, see
  :func:`oldstyle.computus.default_computus`); the year is the 1-January year;
* with a region, as the region reckoned it: its calendar on the day (so
  Easter 1701 is 20 April O.S. in England and 27 March N.S. in France), its
  computus (the one of the calendar it kept on Easter Day), and its year
  labels (``feast("Candlemas", 1731, "GB")`` is 2 February 1731 as written
  in England, the day we call 1732).

"Old Michaelmas Day" and the like are the day the feast fell on in the
Julian calendar, written in the Gregorian: after the British reform of 1752
rents and fairs kept the old day (Old Michaelmas, 10 October from 1753;
Old Lady Day, 5 April, from which the British tax year still runs, 6 April
since 1800).
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from oldstyle.core import check_int
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import InvalidDateError, NonexistentDateError, UnknownFeastError
from oldstyle.names import data_text, day_month_words

if TYPE_CHECKING:
    from oldstyle.reforms import Region

# The region layer (the reform table) and the computus (dateutil's Easter) load when a day is
# asked for, not at import: the reader's feast prefilter needs only the names of the table.

__all__ = [
    "LANGUAGES",
    "Day",
    "Feast",
    "FeastDay",
    "as_region",
    "feast",
    "feast_info",
    "feast_table",
    "feasts",
    "find_feast",
    "name_key",
]

LANGUAGES = ("english", "latin", "german", "french", "russian")
"""The name columns of the feast table, English first."""

Day = JulianDate | GregorianDate
"""A day as the feast functions give it: labelled in the calendar it was reckoned in."""


@dataclass(frozen=True, eq=False)  # one object per row: compared and hashed by identity
class Feast:
    """One row of the feast table.

    ``easter_offset`` is set for a movable feast (days after Easter Sunday,
    negative before); ``month`` and ``day`` for a fixed one.  ``names``
    maps each language of :data:`LANGUAGES` to its names, the first English
    one being the feast's name.  ``quarter_day`` holds the region codes
    whose quarter or term day it is.
    """

    key: str
    name: str
    names: dict[str, tuple[str, ...]] = field(repr=False)
    easter_offset: int | None = None
    month: int | None = None
    day: int | None = None
    quarter_day: tuple[str, ...] = ()
    sources: str = field(default="", repr=False)

    @property
    def movable(self) -> bool:
        """True for a feast counted from Easter."""
        return self.easter_offset is not None

    def month_day(self) -> tuple[int, int]:
        """(month, day) of a fixed feast; ValueError for a movable one."""
        if self.month is None or self.day is None:
            raise ValueError(f"{self.name} is movable ({self.rule()}): it has no fixed day")
        return self.month, self.day

    def all_names(self) -> tuple[str, ...]:
        """Every name of the feast, English first."""
        return tuple(name for language in LANGUAGES for name in self.names.get(language, ()))

    def rule(self) -> str:
        """The rule in words: ``"Easter + 49 days"`` or ``"29 September"``."""
        if self.easter_offset is not None:
            if self.easter_offset == 0:
                return "Easter Sunday"
            sign = "+" if self.easter_offset > 0 else "-"
            return f"Easter {sign} {abs(self.easter_offset)} days"
        assert self.month is not None
        assert self.day is not None
        return day_month_words(self.day, self.month)


class FeastDay(NamedTuple):
    """A feast and the day it fell on, as :func:`feasts` lists them."""

    feast: Feast
    day: Day


def name_key(text: str) -> str:
    """The lookup form of a feast name: no case, accents, apostrophes or dots; "Saint" as "st".

    ``name_key("St. George's Day") == name_key("Saint Georges day") == "st georges day"``.
    """
    letters = text.casefold()
    if not letters.isascii():  # plain names (most of the table) have no accents to drop
        letters = "".join(c for c in unicodedata.normalize("NFKD", letters) if not unicodedata.combining(c))
    for mark in "'’.":
        letters = letters.replace(mark, "")
    words = letters.replace("-", " ").replace("_", " ").split()
    return " ".join("st" if word in ("saint", "sankt", "ste", "sancti") else word for word in words)


def _names(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def _feast_from_row(row: dict[str, str]) -> Feast:
    names = {language: _names(row[language]) for language in LANGUAGES}
    names["english"] = (*names["english"], *_names(row["also"]))
    offset = int(row["easter_offset"]) if row["easter_offset"] else None
    month = int(row["month"]) if row["month"] else None
    day = int(row["day"]) if row["day"] else None
    return Feast(
        key=row["key"],
        name=names["english"][0],
        names=names,
        easter_offset=offset,
        month=month,
        day=day,
        quarter_day=_names(row["quarter_day"].replace(" ", ";")),
        sources=row["sources"],
    )


@cache
def feast_table() -> tuple[Feast, ...]:
    """Every feast of ``data/feasts.csv``, in table order (movable ones first)."""
    return tuple(_feast_from_row(row) for row in csv.DictReader(data_text("feasts.csv").splitlines()))


@cache
def _by_key() -> dict[str, Feast]:
    found: dict[str, Feast] = {}
    for entry in feast_table():
        for name in (entry.key.replace("_", " "), *entry.all_names()):
            key = name_key(name)
            assert found.get(key, entry) is entry, f"{name!r} names two feasts"
            found[key] = entry
    return found


def _lookup(name: str) -> Feast | None:
    """The feast named so, also with "Day" or "the feast of" around the name."""
    key = name_key(name)
    table = _by_key()
    for candidate in (key, key.removesuffix(" day"), key.removeprefix("the ").removeprefix("feast of ")):
        if candidate in table:
            return table[candidate]
    return None


def _old_name(name: str) -> str | None:
    """The feast name inside "Old Michaelmas Day", or None if it does not start with "Old"."""
    words = name.split(None, 1)
    if len(words) == 2 and words[0].casefold() == "old":
        return words[1]
    return None


def find_feast(name: str) -> Feast:
    """The feast with that name in any language of the table, in any case.

    Raises :class:`~oldstyle.UnknownFeastError` with the closest names:
    ``find_feast("Michelmas")`` says "did you mean Michaelmas?".
    """
    if not isinstance(name, str):
        raise UnknownFeastError(f"a feast name must be text such as 'Michaelmas', not {type(name).__name__}")
    found = _lookup(name)
    if found is not None:
        return found
    import difflib  # only for an unknown name: not loaded by the feast prefilter

    names = {name_key(n): n for entry in feast_table() for n in entry.all_names()}
    close = difflib.get_close_matches(name_key(name), list(names), n=3, cutoff=0.6)
    choices = tuple(names[c] for c in close)
    problem = f"unknown feast {name[:60]!r}"
    if choices:
        raise UnknownFeastError(
            f"{problem}: did you mean {' or '.join(choices)}?", value=name, choices=choices
        )
    raise UnknownFeastError(problem, value=name, advice="feasts")


def feast_info(name: str) -> tuple[Feast, bool]:
    """The feast a name gives and whether it is the "Old" day (``"Old Michaelmas Day"`` -> old=True)."""
    if isinstance(name, str):
        inner = _old_name(name)
        if inner is not None and _lookup(name) is None:
            entry = find_feast(inner)
            if entry.movable:
                raise InvalidDateError(
                    f"{name!r}: an 'Old' day is a fixed feast on its Julian date; {entry.name} is "
                    f"movable ({entry.rule()}): ask for it with a region or a computus instead"
                )
            return entry, True
    return find_feast(name), False


# --- days -----------------------------------------------------------------


def _in_calendar(entry: Feast, year: int, computus: str) -> Day:
    """The feast in 1-January ``year`` of one calendar, its movable ones by that calendar's computus."""
    from oldstyle.computus import computus_name, easter

    if entry.easter_offset is not None:
        return easter(year, computus) + timedelta(days=entry.easter_offset)
    if computus_name(computus) == "julian":
        return JulianDate(year, *entry.month_day())
    return GregorianDate(year, *entry.month_day())


def old_day(entry: Feast, year: int) -> GregorianDate:
    """The "Old" day of a fixed feast: its Julian date in ``year``, as a Gregorian date."""
    return JulianDate(year, *entry.month_day()).to_gregorian_date()


def _region_computus(place: Region, year: int) -> str:
    """The computus a region kept in 1-January ``year``: that of its calendar on Gregorian Easter."""
    from oldstyle.computus import COMPUTUS_RANGES, easter

    first, last = COMPUTUS_RANGES["gregorian"]
    if year < first:
        return "julian"
    if last is not None and year > last:  # past dateutil's range: easter() will say so if Gregorian
        return "gregorian" if place.calendar_on(GregorianDate(year, 1, 1)) == "gregorian" else "julian"
    western = easter(year, "gregorian")
    return "gregorian" if place.calendar_on(western) == "gregorian" else "julian"


def _as_reckoned(place: Region, ordinal: int) -> Day:
    """The day typed by the calendar the region kept on it (Swedish days as Julian ones)."""
    if place.calendar_on(ordinal) == "gregorian":
        return GregorianDate.fromordinal(ordinal)
    return JulianDate.fromordinal(ordinal)


def day_in_region(
    entry: Feast, year: int, place: Region, *, old: bool = False, computus: str | None = None
) -> Day:
    """The feast in 1-January ``year`` as the region reckoned it (movable ones by ``computus`` if given)."""
    if old:
        ordinal = old_day(entry, year).toordinal()
    elif entry.easter_offset is not None:
        rule = _region_computus(place, year) if computus is None else computus
        ordinal = _in_calendar(entry, year, rule).toordinal()
    else:
        ordinal = place.to_ordinal(year, *entry.month_day())
    return _as_reckoned(place, ordinal)


def _label_year(place: Region, day: Day) -> int:
    return place.historical_year(*place.label_on(day))


def _in_label_year(entry: Feast, label: int, place: Region, old: bool, computus: str | None) -> Day:
    """The feast written with year label ``label`` in the region (its own New Year rules)."""
    matches: list[Day] = []
    problems: list[InvalidDateError] = []
    for year in (label, label - 1, label + 1):
        try:
            day = day_in_region(entry, year, place, old=old, computus=computus)
        except InvalidDateError as error:  # a day the reform skipped, or outside a computus
            problems.append(error)
            continue
        if _label_year(place, day) == label:
            if year == label:
                return day  # the plain reading wins: Easter 1700 is Easter of 1700
            matches.append(day)
    if len(matches) == 1:
        return matches[0]
    if not matches and problems:
        raise problems[0]
    where = f"{place.name} ({place.code})"
    if not matches:
        raise InvalidDateError(
            f"{entry.name} {label} was never written in {where}: no {entry.name} fell in the days "
            f"labelled {label} there under its New Year rules",
            advice="year_start",
        )
    raise InvalidDateError(
        f"{entry.name} {label} is ambiguous in {where}: two days labelled {label} were {entry.name} "
        f"({matches[0].isoformat()} and {matches[1].isoformat()}); give the 1-January year"
    )


def as_region(place: str | Region | None) -> Region | None:
    """A region from a code, name or :class:`~oldstyle.Region`; None stays None."""
    from oldstyle.reforms import Region
    from oldstyle.reforms import region as region_of

    if place is None or isinstance(place, Region):
        return place
    return region_of(place)


def feast(name: str, year: int, region: str | Region | None = None, *, computus: str | None = None) -> Day:
    """The day of a feast in a year, as a region reckoned it.

    >>> feast("Michaelmas", 1666, "GB")
    JulianDate(1666, 9, 29)
    >>> feast("Easter", 1701, "GB"), feast("Easter", 1701, "FR")
    (JulianDate(1701, 4, 20), GregorianDate(1701, 3, 27))
    >>> feast("Candlemas", 1731, "GB")   # written 2 February 1731, the day we call 1732
    JulianDate(1732, 2, 2)
    >>> feast("Old Christmas Day", 1760)
    GregorianDate(1761, 1, 5)

    ``name`` is any name of the table in any language ("Whitsun",
    "Pfingsten", "Pâques", "Пасха"), or "Old" and a fixed feast.  With a
    ``region`` (a code, name or :class:`~oldstyle.Region`), ``year`` is the
    year label written there, and the day comes back typed by the calendar
    the region kept on it; its movable feasts follow the computus of the
    calendar it kept on Easter Day, unless ``computus`` is given (Orthodox
    Easter in a country on the Gregorian calendar:
    ``feast("Easter", 2024, "RU", computus="julian")`` is 5 May).  Without one,
    ``year`` is the 1-January year and ``computus`` (``"julian"`` or
    ``"gregorian"``; left out: Julian to 1582, Gregorian from 1583) gives
    both the rule for Easter and the calendar of the fixed feasts.  An "Old"
    day is always its Julian date written in the Gregorian calendar (without
    a region, a :class:`~oldstyle.GregorianDate`).

    Raises :class:`~oldstyle.UnknownFeastError` (with a suggestion) for an
    unknown name and :class:`~oldstyle.InvalidDateError` for a year that
    is not an int or outside the computus (see :func:`oldstyle.easter`), or
    a feast that was never written with that year label.
    """
    from oldstyle.computus import computus_name

    entry, old = feast_info(name)
    chosen = None if computus is None else computus_name(computus)
    return _feast_day(entry, check_int("year", year), as_region(region), chosen, old=old)


def _feast_day(entry: Feast, y: int, place: Region | None, chosen: str | None, *, old: bool = False) -> Day:
    if place is not None:
        return _in_label_year(entry, y, place, old, chosen)
    if old:
        return old_day(entry, y)
    from oldstyle.computus import default_computus

    return _in_calendar(entry, y, default_computus(y) if chosen is None else chosen)


def feasts(year: int, region: str | Region | None = None, *, computus: str | None = None) -> list[FeastDay]:
    """Every feast of the table in a year, in the order of their days.

    The same reading as :func:`feast`: with a region, the feasts written
    with that year label there (a feast the reform skipped, or one whose
    day fell outside the label year, is left out); without one, the
    1-January year in the computus's calendar.

    >>> first, second, *rest = feasts(1751, "GB")  # 1751 began on Lady Day
    >>> first.feast.name, str(first.day), second.feast.name, str(second.day)
    ('Lady Day', '1751-03-25', 'Palm Sunday', '1751-03-31')
    """
    from oldstyle.computus import computus_name

    y = check_int("year", year)
    place = as_region(region)
    chosen = None if computus is None else computus_name(computus)
    found = []
    for entry in feast_table():
        try:
            day = _feast_day(entry, y, place, chosen)
        except NonexistentDateError:
            continue
        except InvalidDateError:
            if place is None:
                raise
            continue
        found.append(FeastDay(entry, day))
    return sorted(found, key=lambda item: item.day.toordinal())
