"""Easter by both computuses, against published tables and independent algorithms."""

from __future__ import annotations

import pytest
from dateutil.easter import EASTER_JULIAN
from dateutil.easter import easter as dateutil_easter
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle.computus import COMPUTUS_RANGES, computus_name, easter, julian_easter_label

# Gregorian (Western) Easter Sunday as published Easter tables print it (the
# US Naval Observatory's list of Easter dates, the Book of Common Prayer's
# tables, almanacs); typed in here, not computed. 1818 and 2285 are the
# earliest possible date (22 March), 1886 and 1943 the latest (25 April); 1916
# is the Easter of the Easter Rising (Easter Monday, 24 April 1916).
GREGORIAN_EASTER = {
    1583: (4, 10),
    1600: (4, 2),
    1700: (4, 11),
    1800: (4, 13),
    1818: (3, 22),
    1886: (4, 25),
    1900: (4, 15),
    1913: (3, 23),
    1916: (4, 23),
    1943: (4, 25),
    2000: (4, 23),
    2001: (4, 15),
    2002: (3, 31),
    2003: (4, 20),
    2004: (4, 11),
    2005: (3, 27),
    2006: (4, 16),
    2007: (4, 8),
    2008: (3, 23),
    2009: (4, 12),
    2010: (4, 4),
    2011: (4, 24),
    2012: (4, 8),
    2013: (3, 31),
    2014: (4, 20),
    2015: (4, 5),
    2016: (3, 27),
    2017: (4, 16),
    2018: (4, 1),
    2019: (4, 21),
    2020: (4, 12),
    2021: (4, 4),
    2022: (4, 17),
    2023: (4, 9),
    2024: (3, 31),
    2025: (4, 20),
    2285: (3, 22),
}

# Julian-computus (Orthodox) Easter, as the Gregorian date the Orthodox
# churches printed for it (the "List of dates for Easter" tables of Eastern
# Easter, 2001-2025; 2001, 2004, 2007, 2010, 2011, 2014, 2017 and 2025 are the
# years both churches kept the same day).
ORTHODOX_EASTER_NS = {
    2001: (4, 15),
    2002: (5, 5),
    2003: (4, 27),
    2004: (4, 11),
    2005: (5, 1),
    2006: (4, 23),
    2007: (4, 8),
    2008: (4, 27),
    2009: (4, 19),
    2010: (4, 4),
    2011: (4, 24),
    2012: (4, 15),
    2013: (5, 5),
    2014: (4, 20),
    2015: (4, 12),
    2016: (5, 1),
    2017: (4, 16),
    2018: (4, 8),
    2019: (4, 28),
    2020: (4, 19),
    2021: (5, 2),
    2022: (4, 24),
    2023: (4, 16),
    2024: (5, 5),
    2025: (4, 20),
}

# Julian Easter in Julian labels, fixed by recorded events (the kind of check
# the Easter tables of Cheney's *Handbook of Dates* serve for): 179 is Meeus's
# worked example; 1066 (Easter 16 April); 1381 (Corpus Christi, Easter + 60,
# fell on 13 June: the Peasants' Revolt entered London that day); 1413 (Henry V
# crowned on Passion Sunday, 9 April = Easter - 14); 1461 (Towton, Palm Sunday
# 29 March); 1471 (Barnet, Easter Day 14 April); 1565 (France's Easter-style
# New Year, 22 April).
JULIAN_EASTER = {
    179: (4, 12),
    1066: (4, 16),
    1381: (4, 14),
    1413: (4, 23),
    1461: (4, 5),
    1471: (4, 14),
    1565: (4, 22),
    1700: (3, 31),
}


@pytest.mark.parametrize(("year", "month_day"), sorted(GREGORIAN_EASTER.items()))
def test_gregorian_easter_matches_the_published_table(year: int, month_day: tuple[int, int]) -> None:
    assert easter(year, "gregorian") == oldstyle.GregorianDate(year, *month_day)
    assert type(easter(year, "western")) is oldstyle.GregorianDate


@pytest.mark.parametrize(("year", "month_day"), sorted(ORTHODOX_EASTER_NS.items()))
def test_julian_easter_matches_the_orthodox_table(year: int, month_day: tuple[int, int]) -> None:
    day = easter(year, "julian")
    assert type(day) is oldstyle.JulianDate
    assert day.to_gregorian() == oldstyle.GregorianDate(year, *month_day)


@pytest.mark.parametrize(("year", "month_day"), sorted(JULIAN_EASTER.items()))
def test_julian_easter_matches_history(year: int, month_day: tuple[int, int]) -> None:
    assert julian_easter_label(year) == month_day
    if year >= 326:
        assert easter(year, "orthodox") == oldstyle.JulianDate(year, *month_day)


def meeus_gregorian(year: int) -> tuple[int, int]:
    # Meeus, Astronomical Algorithms ch. 8 (the Anonymous/Jones/Butcher rule), written here independently.
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return month, day + 1


def gauss_julian(year: int) -> tuple[int, int]:
    # Gauss's rule for the Julian calendar (M = 15, N = 6).
    a, b, c = year % 19, year % 4, year % 7
    d = (19 * a + 15) % 30
    e = (2 * b + 4 * c + 6 * d + 6) % 7
    return (3, 22 + d + e) if 22 + d + e <= 31 else (4, d + e - 9)


@given(st.integers(1583, 4099))
def test_gregorian_easter_is_meeus_easter(year: int) -> None:
    day = easter(year, "gregorian")
    assert (day.month, day.day) == meeus_gregorian(year)
    assert day.isoweekday() == 7


@given(st.integers(-(10**6), 10**6))
def test_julian_label_is_gauss_easter_for_any_year(year: int) -> None:
    assert julian_easter_label(year) == gauss_julian(year)
    assert julian_easter_label(year + 532) == julian_easter_label(year)


@given(st.integers(326, 9999))
def test_julian_label_is_dateutils_in_its_range(year: int) -> None:
    # The 532-year reduction gives dateutil's own answer wherever dateutil answers.
    day = dateutil_easter(year, EASTER_JULIAN)
    assert julian_easter_label(year) == (day.month, day.day)
    assert easter(year, "julian").isoweekday() == 7


def test_default_computus_follows_the_roman_church() -> None:
    assert easter(1582) == oldstyle.JulianDate(1582, 4, 15)
    assert easter(1583) == oldstyle.GregorianDate(1583, 4, 10)


def test_1700_one_day_two_labels_and_1701_two_days() -> None:
    assert easter(1700, "julian") == easter(1700, "gregorian")  # 31 March O.S. = 11 April N.S.
    assert easter(1701, "julian") == oldstyle.GregorianDate(1701, 5, 1)
    assert easter(1701, "gregorian") == oldstyle.GregorianDate(1701, 3, 27)


@pytest.mark.parametrize(
    ("year", "computus", "message"),
    [
        (325, "julian", r"no julian Easter for 325: .* years from 326"),
        (1582, "gregorian", r"years 1583-4099 .*computus='julian' before 1583"),
        (4100, "gregorian", r"no gregorian Easter for 4100: .*1583-4099"),
        (-(10**40), "julian", r"from 326"),
        (10**40, "gregorian", r"1583-4099"),
        (True, "julian", r"year must be an int, not bool"),
        (2024.0, "julian", r"year must be an int, not float"),
        ("2024", None, r"year must be an int, not str"),
        (None, "julian", r"year must be an int, not NoneType"),
        (2024, "coptic", r"unknown computus 'coptic': use 'julian'"),
        (2024, 1, r"unknown computus 1"),
        (2024, "", r"unknown computus ''"),
    ],
)
def test_easter_garbage(year: object, computus: object, message: str) -> None:
    with pytest.raises(oldstyle.InvalidDateError, match=message):
        easter(year, computus)  # type: ignore[arg-type]


def test_computus_names_and_ranges() -> None:
    assert computus_name(" Orthodox ") == "julian"
    assert computus_name("N.S.") == "gregorian"
    assert COMPUTUS_RANGES == {"julian": (326, None), "gregorian": (1583, 4099)}
    assert easter(10**12, "julian").isoweekday() == 7  # the cycle has no last year
