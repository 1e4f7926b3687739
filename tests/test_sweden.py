"""The Swedish calendar of 1700-1712 and region SE, which strings it between Julian and Gregorian."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import sweden
from oldstyle.errors import InvalidDateError, NonexistentDateError
from oldstyle.reforms import region

SE = region("SE")
SWEDISH_DAYS = st.integers(sweden.FIRST_ORDINAL, sweden.LAST_ORDINAL)


@pytest.mark.parametrize(
    ("event", "julian", "swedish", "gregorian"),
    [
        ("Poltava", (1709, 6, 27), (1709, 6, 28), (1709, 7, 8)),
        ("Narva", (1700, 11, 19), (1700, 11, 20), (1700, 11, 30)),
        ("first Swedish day", (1700, 2, 29), (1700, 3, 1), (1700, 3, 11)),
        ("Swedish 29 February 1712", (1712, 2, 28), (1712, 2, 29), (1712, 3, 10)),
        ("30 February 1712", (1712, 2, 29), (1712, 2, 30), (1712, 3, 11)),
    ],
)
def test_one_day_three_labels(
    event: str, julian: tuple[int, int, int], swedish: tuple[int, int, int], gregorian: tuple[int, int, int]
) -> None:
    n = oldstyle.julian_to_ordinal(*julian)
    assert sweden.swedish_to_ordinal(*swedish) == n, event
    assert sweden.ordinal_to_swedish(n) == swedish
    assert sweden.swedish_to_julian(*swedish) == julian
    assert sweden.swedish_to_gregorian(*swedish) == gregorian
    assert sweden.julian_to_swedish(*julian) == swedish
    assert sweden.gregorian_to_swedish(*gregorian) == swedish
    assert SE.to_ordinal(*swedish) == n
    assert SE.from_ordinal(n) == swedish
    assert SE.calendar_on(n) == "swedish"
    assert region("FI").from_ordinal(n) == swedish


def test_sweden_skipped_29_february_1700() -> None:
    assert SE.month_days(1700, 2) == list(range(1, 29))
    assert SE.to_ordinal(1700, 3, 1) - SE.to_ordinal(1700, 2, 28) == 1
    assert SE.calendar_of(1700, 2, 28) == "julian"
    assert SE.calendar_of(1700, 3, 1) == "swedish"
    with pytest.raises(NonexistentDateError, match=r"1700-02-29 did not exist in SE .*\(Swedish\)"):
        SE.to_ordinal(1700, 2, 29)
    assert SE.to_ordinal(1700, 2, 29, gap="julian") == oldstyle.julian_to_ordinal(1700, 2, 29)
    with pytest.raises(InvalidDateError, match="not a Gregorian date"):
        SE.to_ordinal(1700, 2, 29, gap="gregorian")
    with pytest.raises(InvalidDateError, match="Sweden skipped 29 February 1700"):
        sweden.swedish_to_ordinal(1700, 2, 29)


def test_1712_had_30_february_and_367_days() -> None:
    assert SE.days_in_year(1712) == 367
    assert SE.days_in_month(1712, 2) == 30
    assert sweden.swedish_days_in_month(1712, 2) == 30
    assert sweden.swedish_days_in_month(1704, 2) == 29
    assert sweden.swedish_days_in_month(1705, 2) == 28
    # Back to Julian: Swedish 30 February is followed by Julian 1 March.
    assert SE.to_ordinal(1712, 3, 1) - SE.to_ordinal(1712, 2, 30) == 1
    assert SE.calendar_of(1712, 3, 1) == "julian"
    assert SE.to_ordinal(1712, 3, 1) == oldstyle.julian_to_ordinal(1712, 3, 1)
    with pytest.raises(InvalidDateError, match="February 1712 has 29 days"):
        oldstyle.julian_to_ordinal(1712, 2, 30)
    with pytest.raises(InvalidDateError, match="28 days in the Swedish calendar"):
        SE.to_ordinal(1705, 2, 29)


def test_only_the_region_layer_knows_30_february_1712() -> None:
    # core answers for the Julian calendar alone; a region's reading adds Sweden's fact.
    with pytest.raises(InvalidDateError) as plain:
        oldstyle.validate(1712, 2, 30)
    assert "Swed" not in str(plain.value)
    with pytest.raises(
        InvalidDateError, match=r"in GB the Julian calendar.*only in the Swedish calendar \(region 'SE'\)"
    ):
        oldstyle.region("GB").to_ordinal(1712, 2, 30)
    assert sweden.only_swedish_note(1712, 2, 30).startswith("; 30 February 1712 existed only")
    assert sweden.only_swedish_note(1712, 2, 29) == ""


def test_1753_switch_and_year_lengths() -> None:
    assert SE.days_in_year(1700) == 365
    assert SE.days_in_year(1701) == 365
    assert SE.days_in_year(1704) == 366
    assert SE.days_in_year(1753) == 354
    last, first = SE.to_ordinal(1753, 2, 17), SE.to_ordinal(1753, 3, 1)
    assert first == last + 1
    # Wednesday 17 February (Julian), then Thursday 1 March (Gregorian).
    assert oldstyle.JulianDate.fromordinal(last).weekday() == 2
    assert oldstyle.JulianDate.fromordinal(first).weekday() == 3
    with pytest.raises(NonexistentDateError, match=r"Wednesday 17 February 1753 .*Thursday 1 March 1753"):
        SE.to_ordinal(1753, 2, 20)


@given(SWEDISH_DAYS)
def test_swedish_runs_one_day_ahead_of_julian(n: int) -> None:
    label = sweden.ordinal_to_swedish(n)
    assert sweden.swedish_to_ordinal(*label) == n
    assert sweden.is_swedish(*label)
    if n != sweden.LAST_ORDINAL:
        assert oldstyle.julian_to_ordinal(*label) == n + 1
    assert SE.from_ordinal(n) == label


@given(st.integers(oldstyle.julian_to_ordinal(1690, 1, 1), oldstyle.julian_to_ordinal(1760, 1, 1)))
def test_region_se_is_monotonic_and_finland_agrees(n: int) -> None:
    label = SE.from_ordinal(n)
    assert SE.to_ordinal(*label) == n
    assert SE.from_ordinal(n + 1) > label
    assert region("FI").from_ordinal(n) == label
    if not sweden.FIRST_ORDINAL <= n <= sweden.LAST_ORDINAL and n < SE.to_ordinal(1753, 3, 1):
        assert label == oldstyle.ordinal_to_julian(n)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((1699, 5, 1), "only from 1 March 1700 to 30 February 1712"),
        ((1712, 3, 1), "only from 1 March 1700 to 30 February 1712"),
        ((1700, 2, 29), "Sweden skipped"),
        ((1706, 4, 31), "that month had 30 days"),
        (("1709", 6, 28), "year must be an int"),
        ((1709, 6.0, 28), "month must be an int"),
        ((1709, 6, None), "day must be an int"),
    ],
)
def test_swedish_garbage(args: tuple[object, object, object], message: str) -> None:
    with pytest.raises(InvalidDateError, match=message):
        sweden.swedish_to_ordinal(*args)  # type: ignore[arg-type]


def test_swedish_ordinals_and_months_out_of_range() -> None:
    with pytest.raises(InvalidDateError, match=r"Julian 1700-02-28 has no Swedish-calendar date"):
        sweden.ordinal_to_swedish(sweden.FIRST_ORDINAL - 1)
    with pytest.raises(InvalidDateError, match="has no Swedish-calendar date"):
        sweden.ordinal_to_swedish(sweden.LAST_ORDINAL + 1)
    with pytest.raises(InvalidDateError, match="not a Swedish-calendar month"):
        sweden.swedish_days_in_month(1700, 2)
    assert not sweden.is_swedish("1709", 6, 28)
    assert not sweden.is_swedish(1709, 6, 31)
    assert not sweden.is_swedish(True, 1, 1)
