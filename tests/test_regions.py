"""Regions: the reform table, mixed-calendar dates, gaps and garbage input."""

from __future__ import annotations

import datetime as dt
import itertools
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import sweden
from oldstyle.errors import InvalidDateError, NonexistentDateError, OldstyleError, UnknownRegionError
from oldstyle.reforms import GAP_POLICIES, Region, gap_policy, region, regions

ALL = regions()
CUTOVERS = [r for r in ALL if r.last_julian is not None and r.first_gregorian is not None]
LUNISOLAR = [r for r in ALL if r.before == "lunisolar"]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday(ordinal: int) -> str:
    return WEEKDAYS[dt.date.fromordinal(ordinal).weekday()]


def julian_labels_after(label: tuple[int, int, int]) -> list[tuple[int, int, int]]:
    """The Julian labels from the day after ``label``, 40 of them."""
    start = oldstyle.julian_to_ordinal(*label)
    return [oldstyle.ordinal_to_julian(start + i) for i in range(1, 41)]


def gap_labels(entry: Region) -> list[tuple[int, int, int]]:
    """The labels strictly between the last Julian and the first Gregorian label."""
    assert entry.last_julian is not None
    assert entry.first_gregorian is not None
    first = entry.first_gregorian.to_tuple()
    return [label for label in julian_labels_after(entry.last_julian.to_tuple()) if label < first]


# --- the table ---------------------------------------------------------------


def test_table_is_package_data_with_at_least_40_regions() -> None:
    data = resources.files("oldstyle").joinpath("data")
    assert data.joinpath("reforms.csv").is_file()
    assert data.joinpath("yearstarts.csv").is_file()
    assert len(ALL) >= 40
    codes = [r.code for r in ALL]
    assert codes == sorted(set(codes))
    for entry in ALL:
        assert entry.name
        assert entry.notes
        assert entry.sources
        assert entry.first_gregorian is not None


@pytest.mark.parametrize("entry", CUTOVERS, ids=lambda r: r.code)
def test_every_row_verified_by_arithmetic(entry: Region) -> None:
    assert entry.last_julian is not None
    assert entry.first_gregorian is not None
    step = entry.first_gregorian.toordinal() - entry.last_julian.toordinal()
    # Alaska is the one documented exception: both labels name one day number.
    assert step == (0 if entry.code == "US-AK" else 1)


@pytest.mark.parametrize(
    ("code", "last", "first"),
    [
        ("GR", (1923, 2, 15), (1923, 3, 1)),
        ("GR-CHURCH", (1924, 3, 9), (1924, 3, 23)),
        ("TR", (1917, 2, 15), (1917, 3, 1)),
        ("CH", (1584, 1, 11), (1584, 1, 22)),
        ("CH-PROTESTANT", (1700, 12, 31), (1701, 1, 12)),
        ("YU", (1919, 1, 14), (1919, 1, 28)),
        ("RS", (1919, 1, 14), (1919, 1, 28)),
        ("SI", (1583, 12, 11), (1583, 12, 22)),
        ("AL", (1912, 11, 14), (1912, 11, 28)),
        ("BE", (1582, 12, 21), (1583, 1, 1)),
        ("BG", (1916, 3, 31), (1916, 4, 14)),
        ("RO", (1919, 3, 31), (1919, 4, 14)),
        ("RU", (1918, 1, 31), (1918, 2, 14)),
        ("GB", (1752, 9, 2), (1752, 9, 14)),
        ("GB-SCT", (1752, 9, 2), (1752, 9, 14)),
        ("SE", (1753, 2, 17), (1753, 3, 1)),
        ("US-AK", (1867, 10, 6), (1867, 10, 18)),
    ],
)
def test_conflicts_resolved_as_documented(
    code: str, last: tuple[int, int, int], first: tuple[int, int, int]
) -> None:
    entry = region(code)
    assert entry.last_julian is not None
    assert entry.first_gregorian is not None
    assert entry.last_julian.to_tuple() == last
    assert entry.first_gregorian.to_tuple() == first
    assert entry.notes


def test_conflict_notes_name_the_rejected_values() -> None:
    assert "1924" in region("GR").notes
    assert "GR-CHURCH" in region("GR").notes
    assert "1918-12-18" in region("JP").notes
    assert "1926-12-18" in region("TR").notes
    assert "1655" in region("CH").notes
    assert "16-28 February" in region("RU").notes
    assert "1919-03-04" in region("YU").notes


@pytest.mark.parametrize(
    ("code", "first"), [("JP", (1873, 1, 1)), ("CN", (1912, 1, 1)), ("KR", (1896, 1, 1))]
)
def test_lunisolar_regions_are_gregorian_only_from_their_switch(
    code: str, first: tuple[int, int, int]
) -> None:
    entry = region(code)
    assert entry.before == "lunisolar"
    assert entry.last_julian is None
    assert entry.first_gregorian is not None
    assert entry.first_gregorian.to_tuple() == first
    assert entry.to_ordinal(*first) == oldstyle.gregorian_to_ordinal(*first)
    assert entry.calendar_on(entry.first_gregorian) == "gregorian"
    assert entry.days_in_year(first[0]) == 365 + oldstyle.is_leap(first[0], "gregorian")
    day_before = entry.first_gregorian.toordinal() - 1
    with pytest.raises(InvalidDateError, match="lunisolar"):
        entry.to_ordinal(first[0] - 1, 6, 1)
    with pytest.raises(InvalidDateError, match="lunisolar"):
        entry.calendar_on(day_before)
    with pytest.raises(InvalidDateError, match="lunisolar"):
        entry.from_ordinal(day_before)
    with pytest.raises(InvalidDateError, match="lunisolar"):
        entry.days_in_year(first[0] - 1)


# --- each region's cutover ---------------------------------------------------


@pytest.mark.parametrize("entry", CUTOVERS, ids=lambda r: r.code)
def test_cutover_day_before_and_after(entry: Region) -> None:
    assert entry.last_julian is not None
    assert entry.first_gregorian is not None
    last, first = entry.last_julian.to_tuple(), entry.first_gregorian.to_tuple()
    last_n, first_n = entry.to_ordinal(*last), entry.to_ordinal(*first)
    assert last_n == oldstyle.julian_to_ordinal(*last)
    assert first_n == oldstyle.gregorian_to_ordinal(*first)
    assert entry.calendar_on(first_n) == "gregorian"
    assert entry.from_ordinal(first_n) == first
    if entry.code == "US-AK":
        assert first_n == last_n
        assert weekday(first_n) == weekday(last_n) == "Friday"
    else:
        assert first_n == last_n + 1
        assert entry.calendar_on(last_n) == "julian"
        assert entry.from_ordinal(last_n) == last
        assert WEEKDAYS.index(weekday(first_n)) == (WEEKDAYS.index(weekday(last_n)) + 1) % 7


@pytest.mark.parametrize("entry", CUTOVERS, ids=lambda r: r.code)
def test_every_gap_day_rejected_and_counted(entry: Region) -> None:
    gap = gap_labels(entry)
    assert entry.first_gregorian is not None
    offset = oldstyle.offset(*entry.first_gregorian.to_tuple(), calendar="gregorian")
    assert len(gap) == (offset - 1 if entry.code == "US-AK" else offset)
    for label in gap:
        with pytest.raises(NonexistentDateError, match=f"did not exist in {entry.code} "):
            entry.to_ordinal(*label)


def expected_days_in_year(entry: Region, year: int) -> int:
    """Labels in ``year``: the Julian ones up to the last Julian day, the Gregorian ones from the first."""
    assert entry.last_julian is not None
    assert entry.first_gregorian is not None
    last, first = entry.last_julian.to_tuple(), entry.first_gregorian.to_tuple()
    count = 0
    if year < last[0]:
        count += oldstyle.days_in_year(year, "julian")
    elif year == last[0]:
        count += oldstyle.julian_to_ordinal(*last) - oldstyle.julian_to_ordinal(year, 1, 1) + 1
    if year > first[0]:
        count += oldstyle.days_in_year(year, "gregorian")
    elif year == first[0]:
        count += oldstyle.gregorian_to_ordinal(year, 12, 31) - oldstyle.gregorian_to_ordinal(*first) + 1
    return count


@pytest.mark.parametrize("entry", [r for r in CUTOVERS if r.interim != "swedish"], ids=lambda r: r.code)
def test_days_in_cutover_year(entry: Region) -> None:
    assert entry.last_julian is not None
    assert entry.first_gregorian is not None
    for year in {entry.last_julian.year, entry.first_gregorian.year}:
        assert entry.days_in_year(year) == expected_days_in_year(entry, year)


@pytest.mark.parametrize(
    ("code", "year", "days"),
    [
        ("GB", 1752, 355),
        ("GB", 1751, 365),
        ("GB", 1700, 366),
        ("US", 1752, 355),
        ("IT", 1582, 355),
        ("FR", 1582, 355),
        ("RU", 1918, 352),
        ("GR", 1923, 352),
        ("SE", 1700, 365),
        ("SE", 1712, 367),
        ("SE", 1753, 354),
        ("FI", 1712, 367),
        ("US-AK", 1867, 354),
        ("BE", 1582, 355),
        ("BE", 1583, 365),
    ],
)
def test_days_in_year_table(code: str, year: int, days: int) -> None:
    assert region(code).days_in_year(year) == days


def test_weekdays_carry_across_the_gap() -> None:
    italy, britain, alaska = region("IT"), region("GB"), region("US-AK")
    assert weekday(italy.to_ordinal(1582, 10, 4)) == "Thursday"
    assert weekday(italy.to_ordinal(1582, 10, 15)) == "Friday"
    assert italy.to_ordinal(1582, 10, 15) - italy.to_ordinal(1582, 10, 4) == 1
    assert weekday(britain.to_ordinal(1752, 9, 2)) == "Wednesday"
    assert weekday(britain.to_ordinal(1752, 9, 14)) == "Thursday"
    # Alaska's Friday came twice: one day number, two labels.
    assert alaska.to_ordinal(1867, 10, 6) == alaska.to_ordinal(1867, 10, 18)
    assert weekday(alaska.to_ordinal(1867, 10, 18)) == "Friday"
    assert alaska.to_ordinal(1867, 10, 19) == alaska.to_ordinal(1867, 10, 6) + 1


def test_month_days() -> None:
    assert region("GB").month_days(1752, 9) == [1, 2, *range(14, 31)]
    assert region("GB").days_in_month(1752, 9) == 19
    assert region("US-AK").month_days(1867, 10) == [*range(1, 7), *range(18, 32)]
    assert region("SE").days_in_month(1712, 2) == 30
    assert region("SE").days_in_month(1700, 2) == 28
    assert region("RU").month_days(1918, 2) == list(range(14, 29))
    assert region("BE").month_days(1582, 12) == list(range(1, 22))
    assert region("GB").days_in_month(1700, 2) == 29
    assert region("DE").days_in_month(1700, 2) == 18


# --- the gap policy ----------------------------------------------------------


def test_gap_message_names_the_reform() -> None:
    with pytest.raises(NonexistentDateError) as info:
        region("GB").to_ordinal(1752, 9, 5)
    message = str(info.value)
    assert message.startswith(
        "1752-09-05 did not exist in GB (United Kingdom and colonies): the calendar went from "
        "Wednesday 2 September 1752 (Julian) to Thursday 14 September 1752 (Gregorian)"
    )
    assert "gap='julian'" in message
    assert "Gregorian 1752-09-16" in message
    assert "gap='gregorian'" in message
    assert "Julian 1752-08-25" in message
    with pytest.raises(NonexistentDateError, match="same day number"):
        region("US-AK").to_ordinal(1867, 10, 10)


def test_gap_policies() -> None:
    britain = region("GB")
    assert GAP_POLICIES == ("error", "julian", "gregorian")
    # Java/ICU/ThreeTen-Extra: a skipped label is Julian, so 3 Sep is the day written 14 Sep.
    assert britain.to_ordinal(1752, 9, 3, gap="julian") == oldstyle.gregorian_to_ordinal(1752, 9, 14)
    # Perl: a skipped label is Gregorian, so 3 Sep is Julian 23 Aug.
    assert britain.to_ordinal(1752, 9, 3, gap="gregorian") == oldstyle.julian_to_ordinal(1752, 8, 23)
    assert britain.to_ordinal(1752, 9, 3, gap="as_julian") == britain.to_ordinal(1752, 9, 3, gap="julian")
    assert britain.calendar_of(1752, 9, 3, gap="gregorian") == "gregorian"
    assert britain.calendar_of(1752, 9, 1) == "julian"
    assert gap_policy(" Error ") == "error"
    # Outside the gap the policy changes nothing.
    for policy in GAP_POLICIES:
        assert britain.to_ordinal(1752, 9, 2, gap=policy) == oldstyle.julian_to_ordinal(1752, 9, 2)
        assert britain.to_ordinal(1752, 9, 14, gap=policy) == oldstyle.gregorian_to_ordinal(1752, 9, 14)


@pytest.mark.parametrize("bad", ["lenient", "", None, 1, "jul"])
def test_bad_gap_policy(bad: object) -> None:
    with pytest.raises(OldstyleError, match=r"unknown gap policy .*'error'.*'julian'.*'gregorian'"):
        region("GB").to_ordinal(1752, 9, 3, gap=bad)  # type: ignore[arg-type]


def test_converting_a_written_date() -> None:
    britain = region("GB")
    assert britain.to_julian(1752, 9, 14) == oldstyle.JulianDate(1752, 9, 3)
    assert britain.to_gregorian(1752, 9, 2) == dt.date(1752, 9, 13)
    assert britain.as_written(1752, 9, 2) == oldstyle.JulianDate(1752, 9, 2)
    assert isinstance(britain.as_written(1752, 9, 2), oldstyle.JulianDate)
    assert isinstance(britain.as_written(1752, 9, 14), oldstyle.GregorianDate)
    assert isinstance(region("SE").as_written(1709, 6, 28), oldstyle.JulianDate)
    assert region("SE").as_written(1709, 6, 28) == oldstyle.JulianDate(1709, 6, 27)
    assert britain.label_on(dt.date(1752, 9, 13)) == (1752, 9, 2)
    assert britain.calendar_on(dt.date(1752, 9, 13)) == "julian"
    assert britain.calendar_on(oldstyle.JulianDate(1752, 9, 3)) == "gregorian"


# --- properties --------------------------------------------------------------


@st.composite
def region_and_day_near_switch(draw: st.DrawFn) -> tuple[Region, int]:
    entry = draw(st.sampled_from(CUTOVERS))
    assert entry.first_gregorian is not None
    return entry, entry.first_gregorian.toordinal() + draw(st.integers(-1500, 1500))


@given(region_and_day_near_switch())
def test_labels_round_trip_and_increase(case: tuple[Region, int]) -> None:
    entry, n = case
    label = entry.from_ordinal(n)
    assert entry.to_ordinal(*label) == n
    assert entry.from_ordinal(n + 1) > label


@given(region_and_day_near_switch())
def test_agrees_with_pure_calendars_outside_the_transition(case: tuple[Region, int]) -> None:
    entry, n = case
    assert entry.first_gregorian is not None
    assert entry.last_julian is not None
    swedish = entry.interim == "swedish" and sweden.FIRST_ORDINAL <= n <= sweden.LAST_ORDINAL
    if n >= entry.first_gregorian.toordinal():
        assert entry.from_ordinal(n) == oldstyle.ordinal_to_gregorian(n)
        assert entry.calendar_on(n) == "gregorian"
    elif n <= entry.last_julian.toordinal() and not swedish:
        assert entry.from_ordinal(n) == oldstyle.ordinal_to_julian(n)
        assert entry.calendar_on(n) == "julian"


@given(st.sampled_from(CUTOVERS), st.integers(-3000, 3000))
def test_far_from_the_switch_a_region_is_a_pure_calendar(entry: Region, year: int) -> None:
    assert entry.first_gregorian is not None
    switch_year = entry.first_gregorian.year
    label = (switch_year + 2 + abs(year), 3, 1)
    assert entry.to_ordinal(*label) == oldstyle.gregorian_to_ordinal(*label)
    old = (switch_year - 2 - abs(year) - (200 if entry.interim else 0), 3, 1)
    assert entry.to_ordinal(*old) == oldstyle.julian_to_ordinal(*old)


@pytest.mark.parametrize("entry", CUTOVERS, ids=lambda r: r.code)
def test_consecutive_labels_are_consecutive_days(entry: Region) -> None:
    assert entry.first_gregorian is not None
    assert entry.last_julian is not None
    years = {entry.last_julian.year, entry.first_gregorian.year}
    if entry.interim == "swedish":
        years |= {1700, 1712}
    for year in sorted(years):
        ordinals = [
            entry.to_ordinal(year, month, day)
            for month in range(1, 13)
            for day in entry.month_days(year, month)
        ]
        steps = {b - a for a, b in itertools.pairwise(ordinals)}
        assert steps == ({0, 1} if entry.code == "US-AK" and year == 1867 else {1})
        assert len(ordinals) == entry.days_in_year(year)


# --- lookup and garbage ------------------------------------------------------


def test_lookup_is_case_insensitive_with_aliases_and_names() -> None:
    assert region("gb") is region("GB")
    assert region(" gb-sct ").code == "GB-SCT"
    assert region("GR-civil").code == "GR"
    assert region("RS-SHS").code == "RS"
    assert region("LI").code == "LT"
    assert region("TR-1917").code == "TR"
    assert region("JP-1873").code == "JP"
    assert region("de-bayern").code == "DE-BAVARIA"
    assert region("sweden").code == "SE"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("England", "GB"),
        ("uk", "GB"),
        ("Great  Britain", "GB"),
        ("Germany", "DE"),
        ("Austria", "AT"),  # not AT-CARINTHIA ("Austria: Carinthia")
        ("Greece", "GR"),  # the civil calendar; the Church is GR-CHURCH
        ("Church of Greece", "GR-CHURCH"),
        ("Holland", "NL"),
        ("USA", "US"),
        ("United States", "US"),
        ("Alaska", "US-AK"),
        ("Venice", "IT-VENICE"),
        ("Bavaria", "DE-BAVARIA"),
        ("Denmark", "DK"),
        ("Bohemia", "CZ"),
    ],
)
def test_regions_by_everyday_name(name: str, code: str) -> None:
    assert region(name).code == code


def test_misspelt_names_suggest_the_region() -> None:
    with pytest.raises(UnknownRegionError, match=r"'Engand': did you mean GB\?"):
        region("Engand")
    with pytest.raises(UnknownRegionError, match=r"'Rusia': did you mean RU"):
        region("Rusia")
    with pytest.raises(UnknownRegionError, match="known codes are"):
        region("Mars")  # no two-letter code is close enough to suggest


def test_unknown_region_lists_close_codes() -> None:
    with pytest.raises(UnknownRegionError, match=r"unknown region 'GBR': did you mean .*GB"):
        region("GBR")
    with pytest.raises(UnknownRegionError, match=r"known codes are AL, AM, .*GB.*YU"):
        region("Qq")
    with pytest.raises(LookupError):
        region("XQ")


@pytest.mark.parametrize("bad", [None, 42, b"GB", ["GB"]])
def test_region_code_must_be_text(bad: object) -> None:
    with pytest.raises(UnknownRegionError, match="must be a str"):
        region(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("1752", 9, 3), r"year must be an int, not str '1752'; pass int"),
        ((1752.0, 9, 3), r"year must be an int, not float"),
        ((True, 9, 3), r"year must be an int, not bool"),
        ((1752, 13, 1), r"month 13 is out of range"),
        ((1752, 0, 1), r"month 0 is out of range"),
        ((1752, 9, 0), r"day 0 is out of range"),
        ((1752, 9, 32), r"day 32 is out of range"),
        ((1752, 9, 31), r"September 1752 has 30 days"),
        ((1751, 2, 29), r"1751 is not a Julian leap year"),
        ((1753, 2, 29), r"not a Gregorian date"),
    ],
)
def test_bad_dates_raise_our_errors(args: tuple[object, object, object], message: str) -> None:
    with pytest.raises(InvalidDateError, match=message):
        region("GB").to_ordinal(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["1752-09-02", 1.5, None, dt.datetime(1752, 9, 2), True])
def test_calendar_on_needs_a_day(bad: object) -> None:
    with pytest.raises(InvalidDateError, match="expected a day"):
        region("GB").calendar_on(bad)


def test_other_methods_reject_garbage() -> None:
    britain = region("GB")
    with pytest.raises(InvalidDateError, match="ordinal must be an int"):
        britain.from_ordinal("639799")  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError, match="month 13"):
        britain.month_days(1752, 13)
    with pytest.raises(InvalidDateError, match="year must be an int"):
        britain.days_in_year(None)  # type: ignore[arg-type]
