"""Year-start styles: the label rules (oldstyle.yearstart) and who used which when (regions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import yearstart
from oldstyle.errors import DateParseError, InvalidDateError, OldstyleError
from oldstyle.reforms import Region, region, regions

GB = region("GB")
STYLE_NAMES = list(yearstart.STYLES)


@st.composite
def julian_dates(draw: st.DrawFn, first: int = 1000, last: int = 2000) -> tuple[int, int, int]:
    year = draw(st.integers(first, last))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, oldstyle.days_in_month(year, month, "julian")))
    return year, month, day


# --- the rules ---------------------------------------------------------------


@given(julian_dates(-5000, 5000), st.sampled_from(STYLE_NAMES))
def test_historical_and_january_year_round_trip(date: tuple[int, int, int], style: str) -> None:
    year, month, day = date
    label = yearstart.historical_year(year, month, day, style)
    assert abs(label - year) <= 1
    assert yearstart.january_year(label, month, day, style) == year


@given(julian_dates(), st.sampled_from(STYLE_NAMES))
def test_dual_year_text_round_trips(date: tuple[int, int, int], style: str) -> None:
    year, month, day = date
    text = yearstart.dual_year_text(year, month, day, style)
    label = yearstart.historical_year(year, month, day, style)
    if text is None:
        assert label == year
    else:
        assert yearstart.parse_dual_year(text) == (min(label, year), max(label, year))


@pytest.mark.parametrize(
    ("date", "style", "label"),
    [
        ((1732, 2, 11), "lady_day", 1731),
        ((1732, 3, 24), "lady_day", 1731),
        ((1732, 3, 25), "lady_day", 1732),
        ((1749, 3, 25), "pisan", 1750),
        ((1749, 3, 24), "pisan", 1749),
        ((1700, 12, 25), "nativity", 1701),
        ((1700, 2, 28), "venetian", 1699),
        ((1700, 3, 1), "venetian", 1700),
        ((1698, 9, 1), "byzantine", 1699),
        ((1698, 8, 31), "byzantine", 1698),
        ((1698, 8, 31), "january", 1698),
    ],
)
def test_style_table(date: tuple[int, int, int], style: str, label: int) -> None:
    assert yearstart.historical_year(*date, style) == label


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("1731/32", (1731, 1732)),
        ("1726/7", (1726, 1727)),
        ("1699/1700", (1699, 1700)),
        (" 1731-32 ", (1731, 1732)),
    ],
)
def test_parse_dual_year(text: str, pair: tuple[int, int]) -> None:
    assert yearstart.parse_dual_year(text) == pair


@pytest.mark.parametrize("bad", ["1731/33", "1731", "abc", "1731/", "1731/32/33", ""])
def test_parse_dual_year_rejects_garbage(bad: str) -> None:
    with pytest.raises(DateParseError, match="not a dual year"):
        yearstart.parse_dual_year(bad)


def test_parse_dual_year_rejects_non_text() -> None:
    with pytest.raises(DateParseError, match="must be text"):
        yearstart.parse_dual_year(1731)  # type: ignore[arg-type]


def test_style_names() -> None:
    assert yearstart.year_start_style("Lady Day") == "lady_day"
    assert yearstart.year_start_style("more-veneto") == "venetian"
    assert yearstart.year_start_style("Mos Gallicanus") == "easter"
    with pytest.raises(
        OldstyleError, match=r"unknown year-start style 'epiphany': known styles are january.*easter"
    ):
        yearstart.year_start_style("epiphany")


# --- the Easter style ----------------------------------------------------------


def gauss_julian_easter(year: int) -> tuple[int, int]:
    # Gauss's Easter rule for the Julian calendar (M = 15, N = 6), written here
    # separately from oldstyle.computus.julian_easter_label, whose terms differ.
    a, b, c = year % 19, year % 4, year % 7
    d = (19 * a + 15) % 30
    e = (2 * b + 4 * c + 6 * d + 6) % 7
    return (3, 22 + d + e) if 22 + d + e <= 31 else (4, d + e - 9)


@given(st.integers(-5000, 5000))
def test_julian_easter_is_gauss_easter_and_a_sunday_in_march_or_april(year: int) -> None:
    month, day = oldstyle.computus.julian_easter_label(year)
    assert (month, day) == gauss_julian_easter(year)
    assert (3, 22) <= (month, day) <= (4, 25)
    assert oldstyle.JulianDate(year, month, day).isoweekday() == 7
    assert oldstyle.computus.julian_easter_label(year + 532) == (month, day)  # the Dionysian cycle


@pytest.mark.parametrize(
    ("year", "gregorian"),
    [
        (179, (179, 4, 11)),
        (1565, (1565, 5, 2)),
        (2023, (2023, 4, 16)),
        (2024, (2024, 5, 5)),
        (2025, (2025, 4, 20)),
    ],
)
def test_julian_easter_known_dates(year: int, gregorian: tuple[int, int, int]) -> None:
    # 179: Meeus's example (12 April O.S.); 2023-2025: Orthodox Easter, given in N.S.
    month, day = oldstyle.computus.julian_easter_label(year)
    assert oldstyle.julian_to_gregorian(year, month, day) == gregorian


def test_easter_style_labels() -> None:
    # Easter fell on 2 April 1564, 22 April 1565, 14 April 1566 (Julian).
    assert yearstart.historical_year(1565, 4, 21, "easter") == 1564
    assert yearstart.historical_year(1565, 4, 22, "easter") == 1565
    assert yearstart.dual_year_text(1566, 2, 1, "easter") == "1565/66"
    assert yearstart.dual_year_text(1566, 4, 14, "easter") is None
    assert yearstart.january_years(1564, 4, 15, "easter") == [1564, 1565]
    assert yearstart.january_years(1565, 4, 15, "easter") == []
    assert yearstart.january_year(1565, 4, 13, "easter") == 1566
    with pytest.raises(OldstyleError, match=r"1564-04-15 \(Easter style\) is ambiguous.*after Easter 1564"):
        yearstart.january_year(1564, 4, 15, "easter")
    with pytest.raises(InvalidDateError, match=r"1565-04-15 \(Easter style\) was never written"):
        yearstart.january_year(1565, 4, 15, "easter")


@given(julian_dates(-2000, 3000), st.sampled_from([*STYLE_NAMES, "easter"]))
def test_january_years_holds_the_year_of_every_label(date: tuple[int, int, int], style: str) -> None:
    year, month, day = date
    label = yearstart.historical_year(year, month, day, style)
    years = yearstart.january_years(label, month, day, style)
    assert year in years
    if style == "easter":
        assert label in (year - 1, year) and len(years) <= 2
    else:
        assert years == [year]


def test_france_used_the_easter_style_until_1566() -> None:
    france = region("FR")
    assert france.year_start(1500, 6, 1) == "easter"
    assert france.year_start(1567, 1, 1) == "january"
    assert france.historical_year(1565, 4, 21) == 1564
    assert france.dual_year_text(1566, 2, 1) == "1565/66"
    assert france.read_dual_year("1565/66", 2, 1) == 1566
    assert france.january_years(1564, 4, 15) == [1564, 1565]
    with pytest.raises(OldstyleError, match="ambiguous"):
        france.january_year(1564, 4, 15)
    # Label 1565 ran from Easter 1565 (22 April) to 13 April 1566: 357 days.
    assert france.label_year_length(1565) == 357
    # 1566 ran from Easter (14 April) to 31 December: January style from 1567.
    assert france.label_year_length(1566) == 262
    assert france.historical_year(1567, 2, 1) == 1567


# --- who used which style when ----------------------------------------------


@pytest.mark.parametrize(
    ("code", "date", "style"),
    [
        ("GB", (1751, 12, 31), "lady_day"),
        ("GB", (1752, 1, 1), "january"),
        ("GB", (1200, 1, 1), "lady_day"),
        ("GB", (1000, 6, 1), "nativity"),
        ("US", (1731, 2, 11), "lady_day"),
        ("IE", (1690, 7, 1), "lady_day"),
        ("GB-SCT", (1599, 12, 31), "lady_day"),
        ("GB-SCT", (1600, 1, 1), "january"),
        ("IT-FLORENCE", (1749, 12, 31), "lady_day"),
        ("IT-FLORENCE", (1750, 1, 1), "january"),
        ("IT-PISA", (1749, 6, 1), "pisan"),
        ("IT-VENICE", (1797, 2, 1), "venetian"),
        ("IT-VENICE", (1798, 2, 1), "january"),
        ("RU", (1492, 8, 31), "venetian"),
        ("RU", (1492, 9, 1), "byzantine"),
        ("RU", (1699, 12, 31), "byzantine"),
        ("RU", (1700, 1, 1), "january"),
        ("DE", (1543, 12, 1), "nativity"),
        ("DE-BAVARIA", (1543, 12, 1), "nativity"),
        ("DE-BAVARIA", (1544, 1, 1), "january"),
        ("SE", (1712, 2, 30), "january"),
        ("FR", (1567, 1, 1), "january"),
    ],
)
def test_region_year_start(code: str, date: tuple[int, int, int], style: str) -> None:
    assert region(code).year_start(*date) == style


def test_year_start_garbage() -> None:
    with pytest.raises(InvalidDateError, match="month 13"):
        GB.year_start(1700, 13, 1)
    with pytest.raises(InvalidDateError, match="year must be an int"):
        GB.year_start("1700")  # type: ignore[arg-type]


def test_charles_i_executed_1648_in_england_1649_in_scotland() -> None:
    assert GB.historical_year(1649, 1, 30) == 1648
    assert region("GB-SCT").historical_year(1649, 1, 30) == 1649
    assert GB.dual_year_text(1649, 1, 30) == "1648/49"
    assert region("GB-SCT").dual_year_text(1649, 1, 30) is None


def test_washington_and_newton() -> None:
    assert GB.dual_year_text(1732, 2, 11) == "1731/32"
    assert GB.read_dual_year("1731/32", 2, 11) == 1732
    assert GB.read_dual_year("1726/7", 3, 20) == 1727
    assert GB.january_year(1731, 2, 11) == 1732
    assert GB.january_year(1726, 3, 20) == 1727
    # The last dual date is 24 March 1750/51; 1752 is not dual.
    assert GB.dual_year_text(1751, 3, 24) == "1750/51"
    assert GB.dual_year_text(1752, 2, 11) is None
    with pytest.raises(DateParseError, match="not a dual year GB wrote for 11 February"):
        GB.read_dual_year("1751/52", 2, 11)
    with pytest.raises(DateParseError, match="not a dual year"):
        GB.read_dual_year("1731/33", 2, 11)


def test_1751_was_a_short_label_year_in_england() -> None:
    assert GB.label_year_length(1751) == 282
    assert GB.label_year_length(1750) == 365
    assert GB.label_year_length(1752) == 355
    assert region("GB-SCT").label_year_length(1751) == 365
    assert GB.january_years(1751, 2, 1) == []
    with pytest.raises(InvalidDateError, match="1 February 1751 was never written in GB"):
        GB.january_year(1751, 2, 1)


def test_russia_1700_label_repeats() -> None:
    russia = region("RU")
    assert russia.historical_year(1699, 9, 1) == 1700
    assert russia.january_years(1700, 9, 1) == [1699, 1700]
    with pytest.raises(OldstyleError, match="ambiguous"):
        russia.january_year(1700, 9, 1)


REGIONS_WITH_RULES = list(regions())


@given(st.sampled_from(REGIONS_WITH_RULES), julian_dates(1100, 1900))
def test_region_label_round_trip(entry: Region, date: tuple[int, int, int]) -> None:
    year, month, day = date
    label = entry.historical_year(year, month, day)
    assert year in entry.january_years(label, month, day)
    text = entry.dual_year_text(year, month, day)
    if text is not None:
        assert entry.read_dual_year(text, month, day) == year


@given(julian_dates(1157, 1751).filter(lambda d: (d[1], d[2]) < (3, 25)))
def test_english_dual_dates_round_trip(date: tuple[int, int, int]) -> None:
    year, month, day = date
    text = GB.dual_year_text(year, month, day)
    assert text is not None
    assert text == yearstart.dual_pair_text(year - 1)
    assert GB.read_dual_year(text, month, day) == year
    assert GB.january_year(year - 1, month, day) == year


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: yearstart.january_years("1564", 4, 15, "easter"), "year must be an int"),
        (lambda: yearstart.january_year(1564, 13, 15, "easter"), "month 13 is out of range"),
        (lambda: yearstart.historical_year(1565, True, 1, "easter"), "month must be an int, not bool"),
        (lambda: yearstart.january_years(1564, 4, 15, "epiphany"), "unknown year-start style"),
    ],
)
def test_year_start_rules_refuse_garbage(call: Callable[[], object], message: str) -> None:
    with pytest.raises(OldstyleError, match=message):
        call()
