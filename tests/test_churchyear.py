"""Feasts of the church year: the table, feast() and feasts()."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import GregorianDate, JulianDate
from oldstyle.churchyear import feast_info, feast_table, find_feast, name_key

# The weekday each movable feast falls on (isoweekday: Monday 1 .. Sunday 7).
MOVABLE_WEEKDAYS = {
    "septuagesima": 7,
    "sexagesima": 7,
    "quinquagesima": 7,
    "shrove_tuesday": 2,
    "ash_wednesday": 3,
    "palm_sunday": 7,
    "maundy_thursday": 4,
    "good_friday": 5,
    "holy_saturday": 6,
    "easter": 7,
    "easter_monday": 1,
    "low_sunday": 7,
    "rogation_sunday": 7,
    "rogation_monday": 1,
    "rogation_tuesday": 2,
    "rogation_wednesday": 3,
    "ascension": 4,
    "pentecost": 7,
    "whit_monday": 1,
    "trinity_sunday": 7,
    "corpus_christi": 4,
}


def test_table_has_every_feast_of_the_issue_with_names() -> None:
    keys = {entry.key for entry in feast_table()}
    assert set(MOVABLE_WEEKDAYS) <= keys
    fixed = {"candlemas", "lady_day", "midsummer", "lammas", "michaelmas", "martinmas", "christmas"}
    assert fixed | {"circumcision", "st_george", "st_andrew", "st_thomas", "all_saints", "epiphany"} <= keys
    for entry in feast_table():
        assert entry.name
        assert entry.sources
        assert entry.movable == (entry.key in MOVABLE_WEEKDAYS)
        assert (entry.month is None) == entry.movable
    assert {e.key for e in feast_table() if "GB" in e.quarter_day} == {
        "lady_day",
        "midsummer",
        "michaelmas",
        "christmas",
    }
    assert {e.key for e in feast_table() if "GB-SCT" in e.quarter_day} == {
        "candlemas",
        "whitsunday_term",
        "lammas",
        "martinmas",
    }


@given(
    st.integers(1583, 4099),
    st.sampled_from(sorted(MOVABLE_WEEKDAYS)),
    st.sampled_from(["julian", "gregorian"]),
)
def test_movable_feasts_are_their_offset_from_easter_on_their_weekday(
    year: int, key: str, computus: str
) -> None:
    entry = find_feast(key)
    day = oldstyle.feast(key, year, computus=computus)
    assert entry.easter_offset is not None
    assert day - oldstyle.easter(year, computus) == timedelta(days=entry.easter_offset)
    assert day.isoweekday() == MOVABLE_WEEKDAYS[key]
    assert type(day) is (JulianDate if computus == "julian" else GregorianDate)


@pytest.mark.parametrize(
    ("name", "year", "region", "expected"),
    [
        ("Michaelmas", 1666, "GB", JulianDate(1666, 9, 29)),
        ("Easter", 1700, "GB", JulianDate(1700, 3, 31)),  # the same day as France's, another label
        ("Easter", 1700, "FR", GregorianDate(1700, 4, 11)),
        ("Easter", 1701, "GB", JulianDate(1701, 4, 20)),
        ("Easter", 1701, "FR", GregorianDate(1701, 3, 27)),
        ("Corpus Christi", 1381, "GB", JulianDate(1381, 6, 13)),  # the Peasants' Revolt entered London
        ("Easter Monday", 1381, None, JulianDate(1381, 4, 15)),
        ("Whitsun", 1450, None, JulianDate(1450, 5, 24)),
        ("Pfingsten", 1450, "DE-BAVARIA", JulianDate(1450, 5, 24)),
        ("Candlemas", 1731, "GB", JulianDate(1732, 2, 2)),  # written 2 February 1731 in England
        ("Candlemas", 1731, "FR", GregorianDate(1731, 2, 2)),
        ("Lady Day", 1731, "GB", JulianDate(1731, 3, 25)),
        ("Shrove Tuesday", 1731, "GB", JulianDate(1732, 2, 22)),
        ("Old Michaelmas Day", 1760, "GB", GregorianDate(1760, 10, 10)),
        ("Old Christmas Day", 1760, None, GregorianDate(1761, 1, 5)),  # 5 January until 1800
        ("Old Christmas Day", 1800, None, GregorianDate(1801, 1, 6)),
        ("Old Lady Day", 1760, None, GregorianDate(1760, 4, 5)),
        ("Old Lady Day", 1800, None, GregorianDate(1800, 4, 6)),  # the British tax year's 6 April
        ("Пасха", 2024, None, GregorianDate(2024, 3, 31)),
        ("Easter", 2024, "RU", GregorianDate(2024, 3, 31)),
        ("Easter", 1900, "RU", JulianDate(1900, 4, 9)),
        ("Pâques", 1600, "FR", GregorianDate(1600, 4, 2)),
        ("paques", 1600, "FR", GregorianDate(1600, 4, 2)),
        ("saint george's day", 1616, "GB", JulianDate(1616, 4, 23)),
        ("St. Andrew", 1700, "SE", JulianDate(1700, 11, 29)),  # Swedish 30 November: a day ahead of Julian
        ("Christmas", 1582, "FR", GregorianDate(1582, 12, 25)),
    ],
)
def test_feast_as_the_region_reckoned_it(
    name: str, year: int, region: str | None, expected: JulianDate | GregorianDate
) -> None:
    day = oldstyle.feast(name, year, region)
    assert day == expected
    assert type(day) is type(expected)


def test_orthodox_easter_in_a_gregorian_country_by_asking_for_the_computus() -> None:
    assert oldstyle.feast("Easter", 2024, "RU", computus="julian") == GregorianDate(2024, 5, 5)
    assert oldstyle.feast("Пасха", 2024, computus="orthodox") == JulianDate(2024, 4, 22)


def test_feasts_lists_the_label_year_in_day_order() -> None:
    listed = oldstyle.feasts(1751, "GB")  # 1751 ran from Lady Day to 31 December
    assert listed[0].feast.key == "lady_day"
    assert "candlemas" not in {item.feast.key for item in listed}
    assert [item.day.toordinal() for item in listed] == sorted(item.day.toordinal() for item in listed)
    assert len(oldstyle.feasts(1752, "GB")) == len(feast_table())
    brabant = {item.feast.key for item in oldstyle.feasts(1582, "BE")}
    assert "christmas" not in brabant  # 21 December 1582 was followed by 1 January 1583
    assert oldstyle.feasts(1600)[0].feast.key == "circumcision"


def test_names_are_found_in_every_language_and_with_old() -> None:
    assert name_key("St. George's Day") == name_key("Saint Georges day") == "st georges day"
    for name in (
        "Michaelis",
        "Saint-Michel",
        "Festum Sancti Michaelis",
        "michaelmas day",
        "the feast of Michaelmas",
    ):
        assert find_feast(name).key == "michaelmas"
    assert find_feast("Благовещение").key == "lady_day"
    assert feast_info("Old Michaelmas Day") == (find_feast("michaelmas"), True)
    assert feast_info("Michaelmas") == (find_feast("michaelmas"), False)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Michelmas", r"unknown feast 'Michelmas': did you mean Michaelmas"),
        ("Whitsunn", r"did you mean Whitsun"),
        ("Quux", r"unknown feast 'Quux': see oldstyle.feast_table\(\)"),
        ("", r"unknown feast ''"),
        ("Old", r"unknown feast 'Old'"),
        ("x" * 1000, r"unknown feast 'x{60}'"),
        (None, r"a feast name must be text"),
        (29, r"a feast name must be text such as 'Michaelmas', not int"),
    ],
)
def test_unknown_feast_names(name: object, message: str) -> None:
    with pytest.raises(oldstyle.UnknownFeastError, match=message):
        oldstyle.feast(name, 1700)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        (("Easter", True), {}, oldstyle.InvalidDateError, r"year must be an int, not bool"),
        (("Easter", 1700.0), {}, oldstyle.InvalidDateError, r"year must be an int, not float"),
        (("Easter", "1700"), {}, oldstyle.InvalidDateError, r"pass int\('1700'\)"),
        (("Easter", 10**30), {}, oldstyle.InvalidDateError, r"1583-4099"),
        (("Easter", 200), {}, oldstyle.InvalidDateError, r"from 326"),
        (("Easter", 1700), {"computus": "coptic"}, oldstyle.InvalidDateError, r"unknown computus 'coptic'"),
        (("Easter", 1700, "Atlantis"), {}, oldstyle.UnknownRegionError, r"unknown region 'Atlantis'"),
        (("Easter", 1700, 44), {}, oldstyle.UnknownRegionError, r"must be a str"),
        (("Old Easter", 1760), {}, oldstyle.InvalidDateError, r"Easter is movable \(Easter Sunday\)"),
        (("Candlemas", 1751, "GB"), {}, oldstyle.InvalidDateError, r"Candlemas 1751 was never written"),
        (("Christmas", 1582, "BE"), {}, oldstyle.NonexistentDateError, r"1582-12-25 did not exist in BE"),
        (("Easter", 1500, "JP"), {}, oldstyle.InvalidDateError, r"lunisolar"),
        (("Easter", 5000, "GB"), {}, oldstyle.InvalidDateError, r"no gregorian Easter for 5000"),
    ],
)
def test_feast_garbage(
    args: tuple[object, ...], kwargs: dict[str, object], error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        oldstyle.feast(*args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "message"),
    [((False,), r"not bool"), ((1700, "Nowhere"), r"unknown region"), ((100,), r"from 326")],
)
def test_feasts_garbage(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(oldstyle.OldstyleError, match=message):
        oldstyle.feasts(*args)  # type: ignore[arg-type]
