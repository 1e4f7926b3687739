"""parse: single, marked and dual dates in every style; round trips; garbage."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import DateParseError, GregorianDate, JulianDate, OldstyleError
from oldstyle.formatting import STYLES, format_dual
from oldstyle.parsing import parse

J = JulianDate
G = GregorianDate

# text -> (julian as written, gregorian as written, calendar, label, style)
TABLE = [
    ("25 October 1917 O.S.", J(1917, 10, 25), None, "julian", (1917, 10, 25), "marked"),
    ("7 November 1917 (N.S.)", None, G(1917, 11, 7), "gregorian", (1917, 11, 7), "marked"),
    ("1917-10-25", None, None, None, (1917, 10, 25), "plain"),
    ("-0043-03-15", None, None, None, (-43, 3, 15), "plain"),
    ("15 March 44 BC", None, None, None, (-43, 3, 15), "plain"),
    ("15 March 44 BC (O.S.)", J(-43, 3, 15), None, "julian", (-43, 3, 15), "marked"),
    ("October 25th, 1917", None, None, None, (1917, 10, 25), "plain"),
    ("24th of March 1603 Old Style", J(1603, 3, 24), None, "julian", (1603, 3, 24), "marked"),
    ("O.S. 25 October 1917", J(1917, 10, 25), None, "julian", (1917, 10, 25), "marked"),
    ("Julian 1917-10-25", J(1917, 10, 25), None, "julian", (1917, 10, 25), "marked"),
    ("1917-11-07 Gregorian", None, G(1917, 11, 7), "gregorian", (1917, 11, 7), "marked"),
    ("25 October 1917, Old Style.", J(1917, 10, 25), None, "julian", (1917, 10, 25), "marked"),
    ("7 Nov. 1917 New Style", None, G(1917, 11, 7), "gregorian", (1917, 11, 7), "marked"),
    ("11 February 1731/32", J(1732, 2, 11), None, "julian", (1732, 2, 11), "dual-year"),
    ("20 March 1726/7", J(1727, 3, 20), None, "julian", (1727, 3, 20), "dual-year"),
    ("29 February 1699/1700", J(1700, 2, 29), None, "julian", (1700, 2, 29), "dual-year"),
    (
        "25 October (O.S.; 7 November N.S.) 1917",
        J(1917, 10, 25),
        G(1917, 11, 7),
        None,
        (1917, 10, 25),
        "os-ns",
    ),
    ("5 January (O.S.; 18 January, N.S.) 1918", J(1918, 1, 5), G(1918, 1, 18), None, (1918, 1, 5), "os-ns"),
    (
        "12 November (O.S., 25 November, (N.S.)) 1917",
        J(1917, 11, 12),
        G(1917, 11, 25),
        None,
        (1917, 11, 12),
        "os-ns",
    ),
    ("7 November [O.S. 25 October] 1917", J(1917, 10, 25), G(1917, 11, 7), None, (1917, 11, 7), "bracket"),
    ("7 November 1917 [O.S. 25 October]", J(1917, 10, 25), G(1917, 11, 7), None, (1917, 11, 7), "bracket"),
    ("9 September, [O.S. 28 August] 1828", J(1828, 8, 28), G(1828, 9, 9), None, (1828, 9, 9), "bracket"),
    ("17 January 1706 [O.S. 6 January 1705]", J(1706, 1, 6), G(1706, 1, 17), None, (1706, 1, 17), "bracket"),
    ("20 January [2 February N.S.] 1905", J(1905, 1, 20), G(1905, 2, 2), None, (1905, 1, 20), "os-bracket"),
    ("January 20 [February 2, N.S.] 1905", J(1905, 1, 20), G(1905, 2, 2), None, (1905, 1, 20), "os-bracket"),
    ("25 October/7 November 1917", J(1917, 10, 25), G(1917, 11, 7), None, (1917, 10, 25), "slash"),
    ("5/18 January 1918", J(1918, 1, 5), G(1918, 1, 18), None, (1918, 1, 5), "fraction"),
    ("11/22 February 1731/32", J(1732, 2, 11), G(1732, 2, 22), None, (1732, 2, 11), "fraction"),
    ("11/22 February 1731/2", J(1732, 2, 11), G(1732, 2, 22), None, (1732, 2, 11), "fraction"),
    ("November 12/25, 1917", J(1917, 11, 12), G(1917, 11, 25), None, (1917, 11, 12), "fraction"),
    ("22/12 May 1629", J(1629, 5, 12), G(1629, 5, 22), None, (1629, 5, 22), "fraction"),
    ("25 December 1916/7 January 1917", J(1916, 12, 25), G(1917, 1, 7), None, (1916, 12, 25), "slash"),
    ("October 25 (November 4 New Style), 1612", J(1612, 10, 25), G(1612, 11, 4), None, (1612, 10, 25), "us"),
    (
        "Nov. 25, 1917 (November 12, Old Style)",
        J(1917, 11, 12),
        G(1917, 11, 25),
        None,
        (1917, 11, 25),
        "britannica",
    ),
    (
        "Jan. 18, 1918 (January 5, Old Style)",
        J(1918, 1, 5),
        G(1918, 1, 18),
        None,
        (1918, 1, 18),
        "britannica",
    ),
    ("1917-10-25 O.S. (1917-11-07 N.S.)", J(1917, 10, 25), G(1917, 11, 7), None, (1917, 10, 25), "iso"),
    ("25 октября (7 ноября) 1917", J(1917, 10, 25), G(1917, 11, 7), None, (1917, 10, 25), "russian"),
    ("5 (18) января 1918", J(1918, 1, 5), G(1918, 1, 18), None, (1918, 1, 5), "russian"),
    ("7. (20.) November 1910", J(1910, 11, 7), G(1910, 11, 20), None, (1910, 11, 7), "russian"),
    ("8 сентября 1380 по старому стилю", J(1380, 9, 8), None, "julian", (1380, 9, 8), "marked"),
]


@pytest.mark.parametrize(("text", "julian", "gregorian", "calendar", "label", "style"), TABLE)
def test_table(
    text: str,
    julian: JulianDate | None,
    gregorian: GregorianDate | None,
    calendar: str | None,
    label: tuple[int, int, int],
    style: str,
) -> None:
    parsed = parse(text)
    assert parsed.julian == julian
    assert parsed.gregorian == gregorian
    if julian is not None:
        assert isinstance(parsed.julian, JulianDate)
        assert parsed.julian.to_tuple() == julian.to_tuple()
    if gregorian is not None:
        assert isinstance(parsed.gregorian, GregorianDate)
        assert parsed.gregorian.to_tuple() == gregorian.to_tuple()
    assert parsed.calendar == calendar
    assert parsed.label == label
    assert parsed.style == style
    assert parsed.consistent
    assert parsed.text == text


def test_an_inconsistent_pair_is_read_as_written() -> None:
    parsed = parse(
        "October 25th 1389 (by the Julian or Old Style calendar, which corresponds to November 7th 1389)"
    )
    assert parsed.julian is not None
    assert parsed.julian.to_tuple() == (1389, 10, 25)
    assert parsed.gregorian is not None
    assert parsed.gregorian.to_tuple() == (1389, 11, 7)
    assert not parsed.consistent


def test_prose_long_form() -> None:
    parsed = parse(
        "October 25th 1389 (by the Julian or Old Style calendar, which corresponds to "
        "November 7th 1389 in the Gregorian or New Style calendar)"
    )
    assert parsed.julian is not None
    assert parsed.julian.to_tuple() == (1389, 10, 25)
    assert parsed.gregorian is not None
    assert parsed.gregorian.to_tuple() == (1389, 11, 7)
    assert not parsed.consistent
    assert parsed.style == "prose"


def test_swedish_dates_name_their_day() -> None:
    assert parse("20 November 1700 (S.S.)").day("gregorian") == J(1700, 11, 19)
    assert parse("28 June 1709 S.S.").day() == J(1709, 6, 27)  # Poltava
    assert parse("30 February 1712 (S.S.)").day() == J(1712, 2, 29)
    with pytest.raises(DateParseError, match="Swedish"):
        parse("30 February 1705 (S.S.)")


def test_day_reads_unmarked_dates_in_the_default_calendar() -> None:
    assert parse("1917-10-25").day() == J(1917, 10, 25)
    assert parse("1917-11-07").day("ns") == J(1917, 10, 25)
    assert parse("7 November 1917 N.S.").day("julian") == J(1917, 10, 25)
    assert parse("7 November [O.S. 25 October] 1917").day() == J(1917, 10, 25)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("44 BC", "has no month"),
        ("1917", "has no month"),
        ("", "no date"),
        ("   ", "no date"),
        ("hello world", "has no month"),
        ("October", "no day or year"),
        ("25 October", "year missing"),
        ("30 February 1917 O.S.", "February 1917 has 28 days"),
        ("29 February 1900 N.S.", "not a Gregorian date"),
        ("25 October 1917 O.S. and more", "'and' after it was not understood"),
        ("25 October (O.S.; 7 November N.S.) 1917 1918", "after it was not understood"),
        ("N.S. 7 November [O.S. 25 October] 1917", "ambiguous"),
        ("am 7. (20.) November 1910", r"words before its date '7\. \(20\.\) November 1910'.*oldstyle\.scan"),
        ("He died on 7 (20) November 1910.", r"words before its date '7 \(20\) November 1910'"),
        ("25 Octobr 1917 O.S.", r"has no month \(is 'Octobr' October\?\)"),
        ("3 Febuary 1700", r"\(is 'Febuary' February\?\)"),
        ("25 oktobre 1917", r"\(is 'oktobre' October\?\)"),
        ("hello world 1917", r"has no month: a day"),
    ],
)
def test_errors_say_what_was_not_understood(text: str, fragment: str) -> None:
    with pytest.raises(DateParseError, match=fragment):
        parse(text)


def test_non_text_is_refused() -> None:
    with pytest.raises(DateParseError, match="needs text"):
        parse(1917)  # type: ignore[arg-type]


julian_dates = st.builds(
    J.fromordinal,
    st.integers(J(-2000, 1, 1).toordinal(), J(9999, 12, 31).toordinal()),
)
leap_days = st.integers(-500, 2500).map(lambda k: J(4 * k, 2, 29))


@pytest.mark.parametrize("style", [*STYLES, "wikipedia"])
@given(day=st.one_of(julian_dates, leap_days), dual_year=st.booleans(), weekday=st.booleans())
def test_round_trip_every_style(style: str, day: JulianDate, dual_year: bool, weekday: bool) -> None:
    text = format_dual(day, style, year_start="lady_day" if dual_year else None, weekday=weekday)
    parsed = parse(text)
    assert parsed.julian == day, text
    assert parsed.gregorian == day, text
    assert parsed.consistent
    assert parsed.weekday == (day.weekday() if weekday else None), text
    expected = {"wikipedia": "bracket"}.get(style, style)
    assert parsed.style in ({expected, "slash"} if style == "fraction" else {expected}), text


@given(day=julian_dates, language=st.sampled_from(["en", "de", "ru"]), weekday=st.booleans())
def test_round_trip_other_languages(day: JulianDate, language: str, weekday: bool) -> None:
    text = format_dual(day, "os-ns", language=language, weekday=weekday)
    assert parse(text).julian == day


@given(st.text(max_size=200))
def test_garbage_raises_only_our_errors(text: str) -> None:
    try:
        parsed = parse(text)
    except OldstyleError:
        return
    assert parsed.label


# Words that look like parts of dates, for garbage built from them.
_DATE_LIKE = "25 October ( ) [ ] O.S. N.S. OS ; , / 1917 1731/32 BC 44 of Sunday Wed. года 25.10.1917 7.11"
PARSE_WORDS = [*_DATE_LIKE.split()]


@given(st.lists(st.sampled_from(PARSE_WORDS), max_size=14))
def test_date_like_garbage_raises_only_our_errors(words: list[str]) -> None:
    with contextlib.suppress(OldstyleError):
        parse(" ".join(words))


@pytest.mark.parametrize(
    ("text", "julian", "gregorian"),
    [
        ("25 октября (7 ноября) 1917 года", J(1917, 10, 25), G(1917, 11, 7)),
        ("25 октября 1917 г. по старому стилю", J(1917, 10, 25), None),
        ("7 ноября 1917 года по новому стилю", None, G(1917, 11, 7)),
    ],
)
def test_russian_year_words(text: str, julian: JulianDate | None, gregorian: GregorianDate | None) -> None:
    # "года"/"г." after the year say only "year"; they belong to the date.
    parsed = parse(text)
    assert (parsed.julian, parsed.gregorian) == (julian, gregorian)


@pytest.mark.parametrize(
    ("text", "julian", "gregorian"),
    [
        ("25 Oct 1917 OS", J(1917, 10, 25), None),
        ("7 Nov 1917 NS", None, G(1917, 11, 7)),
        ("11 Feb 1731/2 OS", J(1732, 2, 11), None),
        ("Oct 25 1917 Julian calendar", J(1917, 10, 25), None),
        ("7 November 1917 (Gregorian calendar)", None, G(1917, 11, 7)),
        ("25 October (OS; 7 November NS) 1917", J(1917, 10, 25), G(1917, 11, 7)),
    ],
)
def test_labels_without_dots_and_calendar_names(
    text: str, julian: JulianDate | None, gregorian: GregorianDate | None
) -> None:
    parsed = parse(text)
    assert (parsed.julian, parsed.gregorian) == (julian, gregorian)


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Wednesday, 25 October 1917 O.S.", 2),
        ("Wed. 7 November 1917 N.S.", 2),
        ("Mittwoch, 7. November 1917 n. St.", 2),
        ("среда, 25 октября 1917 года по старому стилю", 2),
        ("Wednesday 2 September 1752", 2),  # unmarked: right as O.S.
        ("Monday 14 September 1752", 0),  # unmarked: right as O.S. (25 September N.S.)
        ("Thursday 14 September 1752", 3),  # unmarked: right as N.S.
    ],
)
def test_a_weekday_before_the_date_is_read(text: str, weekday: int) -> None:
    assert parse(text).weekday == weekday


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Sunday, 25 October 1917 O.S.", "that day was a Wednesday, not a Sunday"),
        ("Sunday, 25 October (O.S.; 7 November N.S.) 1917", "that day was a Wednesday, not a Sunday"),
        ("Friday 14 September 1752", "1752-09-14 was a Monday as O.S. and a Thursday as N.S., not a Friday"),
    ],
)
def test_a_wrong_weekday_is_an_error_that_names_the_right_one(text: str, message: str) -> None:
    with pytest.raises(DateParseError, match=message):
        parse(text)


def test_lower_case_short_weekdays_are_words() -> None:
    # "sat" is a verb; only "Sat" (or "Saturday", in any case) is a weekday.
    with pytest.raises(DateParseError, match="has words before its date"):
        parse("sat 3 May 1700 O.S.")
    assert parse("Sat 4 May 1700 O.S.").weekday == 5 and parse("SATURDAY 4 May 1700 O.S.").weekday == 5


@pytest.mark.parametrize(
    ("text", "julian", "gregorian", "style"),
    [
        ("25.10.1917 (7.11.1917)", J(1917, 10, 25), G(1917, 11, 7), "numeric"),
        ("25.10.1917 O.S.", J(1917, 10, 25), None, "marked"),
        ("07.11.1917 N.S.", None, G(1917, 11, 7), "marked"),
    ],
)
def test_numeric_day_month_year_dates(
    text: str, julian: JulianDate | None, gregorian: GregorianDate | None, style: str
) -> None:
    # The day.month.year form of Russian and German sources.
    parsed = parse(text)
    assert (parsed.julian, parsed.gregorian, parsed.style) == (julian, gregorian, style)


@pytest.mark.parametrize("text", ["1.2.3.4", "v1.2.2020", "1.2.30000", "12.34.1917 O.S."])
def test_numbers_with_dots_that_are_not_dates(text: str) -> None:
    with pytest.raises(DateParseError):
        parse(text)
