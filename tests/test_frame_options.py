"""oldstyle.frame: errors=, is_valid, error_reasons, region=, year_start=, and the range guard."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import frame

REGISTER = pd.Series(
    ["1740-05-01", "1752-09-02", "1752-09-14", "1731-02-11", "1760-02-11", None],
    index=list("abcdef"),
    name="baptised",
)


@pytest.fixture(params=["str", "object"])
def kind(request: pytest.FixtureRequest) -> str:
    """Both paths: pandas' own string dtype (Arrow buffers when pyarrow is present) and object."""
    return str(request.param)


def series(values: list[object], kind: str = "object", **options: object) -> pd.Series:
    return pd.Series(values, dtype=kind if kind == "str" else object, **options)  # type: ignore[call-overload]


# --- errors= -----------------------------------------------------------------------


def test_coerce_gives_missing_values_and_reasons_say_why(kind: str) -> None:
    values = series(["1917-10-25", "", "1672-02-30", None, "25 October 1917", "-0043-02-30"], kind)
    assert frame.julian_to_gregorian(values, errors="coerce").tolist() == ["1917-11-07"] + [None] * 5
    reasons = frame.error_reasons(values).tolist()
    assert reasons[0] is None and reasons[3] is None
    assert "blank" in reasons[1]
    assert (
        reasons[2] == "1672-02-30 is not a Julian date: February 1672 has 29 days, so the day must be 1..29"
    )
    assert "not an ISO date" in reasons[4] and "prose=True" in reasons[4]
    assert reasons[5].startswith("-0043-02-30 is not a Julian date")
    assert frame.is_valid(values).tolist() == [True, False, False, False, False, False]


def test_coerce_to_datetime64_gives_nat() -> None:
    result = frame.julian_to_gregorian(
        pd.Series(["1917-10-25", "1917-02-30"]), output="datetime64", errors="coerce"
    )
    assert result[0] == pd.Timestamp("1917-11-07") and result.isna().tolist() == [False, True]


def test_gregorian_to_julian_coerce() -> None:
    values = pd.Series(["1900-02-29", "1917-11-07"], index=["x", "y"])
    assert frame.gregorian_to_julian(values, errors="coerce").tolist() == [None, "1917-10-25"]
    with pytest.raises(oldstyle.InvalidDateError, match=r"^row 'x': 1900-02-29 is not a Gregorian date"):
        frame.gregorian_to_julian(values)


def test_raise_names_the_first_bad_row_in_order() -> None:
    values = pd.Series(["25 October 1917", "1917-02-30"], index=[10, 20])  # the prose row comes first
    with pytest.raises(oldstyle.DateParseError, match=r"^row 10: '25 October 1917' is not an ISO date"):
        frame.julian_to_gregorian(values)


def test_is_valid_matches_error_reasons(kind: str) -> None:
    values = series(["1700-02-29", "1700-02-30", None, "x", " 1917-10-25 ", "1917-13-01"], kind)
    valid = frame.is_valid(values)
    assert valid.dtype == bool
    assert valid.tolist() == (values.notna() & frame.error_reasons(values).isna()).tolist()
    assert valid.tolist() == [True, False, False, False, True, False]
    assert frame.is_valid(values, "gregorian").tolist() == [False, False, False, False, True, False]


def test_to_ordinals_coerce_drops_bad_rows() -> None:
    good, ordinals = frame.to_ordinals(pd.Series(["1917-10-25", "bad", None]), errors="coerce")
    assert good.tolist() == [True, False, False]
    assert ordinals.tolist() == [oldstyle.julian_to_ordinal(1917, 10, 25)]


# --- issue 11: out of range is an error or missing, never a wrong value ----------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("+300000000000-01-01", "beyond the range of datetime64"),
        ("+2000000000000-01-01", "beyond ±1,000,000,000,000 years"),
        ("+" + "9" * 31 + "-01-01", "beyond ±1,000,000,000,000 years"),
        ("-" + "9" * 31 + "-01-01", "beyond ±1,000,000,000,000 years"),
        ("+" + "9" * 5000 + "-01-01", "the year has 5,000 digits"),
    ],
)
def test_a_year_too_large_is_an_error_never_a_wrapped_value(text: str, message: str) -> None:
    values = pd.Series([text])
    with pytest.raises(oldstyle.InvalidDateError, match=message):
        frame.julian_to_gregorian(values, output="datetime64")
    assert frame.julian_to_gregorian(values, output="datetime64", errors="coerce").isna().all()
    assert message in frame.error_reasons(values, output="datetime64")[0]


def test_large_years_still_convert_to_iso_within_the_bulk_range() -> None:
    result = frame.julian_to_gregorian(pd.Series(["+300000000000-01-01"]))
    assert result[0] == oldstyle.format_iso(*oldstyle.julian_to_gregorian(300_000_000_000, 1, 1))


# --- region= and year_start= -------------------------------------------------------------


def test_a_register_across_the_reform_is_julian_before_and_gregorian_after(kind: str) -> None:
    values = series(["1740-05-01", "1752-09-02", "1752-09-14", "1760-02-11"], kind)
    result = frame.julian_to_gregorian(values, region="GB", year_start="january")
    assert result.tolist() == ["1740-05-12", "1752-09-13", "1752-09-14", "1760-02-11"]
    julian = frame.gregorian_to_julian(values, region="GB", year_start="january")
    assert julian.tolist() == ["1740-05-01", "1752-09-02", "1752-09-03", "1760-01-31"]


def test_region_uses_its_own_year_start_by_default() -> None:
    result = frame.julian_to_gregorian(REGISTER, region="GB")
    assert result.tolist() == ["1740-05-12", "1752-09-13", "1752-09-14", "1732-02-22", "1760-02-11", None]
    assert list(result.index) == list("abcdef") and result.name == "baptised"


def test_year_start_without_region_reads_every_year_in_that_style() -> None:
    values = pd.Series(["1731-02-11", "1731-03-24", "1731-03-25", "1760-02-11"])
    result = frame.julian_to_gregorian(values, year_start="lady_day")
    assert result.tolist() == ["1732-02-22", "1732-04-04", "1731-04-05", "1761-02-22"]


def test_year_start_applies_to_signed_and_prose_rows_too() -> None:
    values = pd.Series(["+1731-02-11", "11 February 1731", "11 February 1731/32", "11 February 1731 O.S."])
    result = frame.julian_to_gregorian(values, year_start="lady_day", prose=True)
    # A dual year or a marked date says its own year and calendar; the others follow the style.
    assert result.tolist() == ["1732-02-22", "1732-02-22", "1732-02-22", "1731-02-22"]


def test_a_skipped_day_follows_gap() -> None:
    values = pd.Series(["1752-09-05"])
    with pytest.raises(oldstyle.NonexistentDateError, match=r"row 0: 1752-09-05 did not exist in GB"):
        frame.julian_to_gregorian(values, region="GB")
    assert frame.julian_to_gregorian(values, region="GB", gap="julian").tolist() == ["1752-09-16"]
    assert frame.julian_to_gregorian(values, region="GB", errors="coerce").tolist() == [None]


def test_a_label_never_written_is_explained() -> None:
    reasons = frame.error_reasons(pd.Series(["1751-02-01"]), region="GB")
    assert "was never written in GB" in reasons[0]


def test_region_and_year_start_refuse_datetime64_days() -> None:
    days = pd.Series(pd.to_datetime(["1917-11-07"]))
    with pytest.raises(oldstyle.OldstyleError, match="datetime64 Series holds days, not labels"):
        frame.gregorian_to_julian(days, region="GB")


REGION_CODES = st.sampled_from(["GB", "RU", "SE", "FR", "US-AK", "JP", "DE"])


@given(
    REGION_CODES,
    st.lists(
        st.tuples(st.integers(1690, 1930), st.integers(1, 12), st.integers(1, 31)), min_size=1, max_size=25
    ),
)
def test_region_matches_region_to_ordinal_row_by_row(code: str, labels: list[tuple[int, int, int]]) -> None:
    texts = pd.Series([f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in labels])
    good, ordinals = frame.to_ordinals(texts, region=code, year_start="january", errors="coerce")
    place = oldstyle.region(code)
    expected: list[int] = []
    for label, ok in zip(labels, good.tolist(), strict=True):
        try:
            ordinal = place.to_ordinal(*label)
        except oldstyle.OldstyleError:
            assert not ok
            continue
        assert ok
        expected.append(ordinal)
    assert ordinals.tolist() == expected


# --- garbage --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"errors": "ignore"}, oldstyle.OldstyleError, r"unknown errors='ignore'.*'raise'.*'coerce'"),
        ({"errors": None}, oldstyle.OldstyleError, "unknown errors=None"),
        ({"region": "Atlantis"}, oldstyle.UnknownRegionError, "unknown region 'Atlantis'"),
        ({"region": 44}, oldstyle.UnknownRegionError, "must be a str"),
        ({"year_start": "midsummer"}, oldstyle.OldstyleError, "unknown year-start style 'midsummer'"),
        ({"year_start": 3}, oldstyle.OldstyleError, "year_start must be a style name"),
        ({"gap": "skip"}, oldstyle.OldstyleError, "unknown gap policy 'skip'"),
        ({"prose": "yes"}, oldstyle.OldstyleError, "prose must be True or False"),
        ({"output": "excel"}, oldstyle.InvalidDateError, "unknown output 'excel'"),
    ],
)
def test_bad_options_are_refused_before_any_row(
    options: dict[str, object], error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        frame.julian_to_gregorian(pd.Series(["1917-10-25"]), **options)  # type: ignore[arg-type]
    if "output" not in options and "errors" not in options:
        with pytest.raises(error, match=message):
            frame.is_valid(pd.Series(["1917-10-25"]), **options)  # type: ignore[arg-type]
        with pytest.raises(error, match=message):
            frame.error_reasons(pd.Series(["1917-10-25"]), **options)  # type: ignore[arg-type]


def test_bad_calendar_is_refused() -> None:
    with pytest.raises(oldstyle.OldstyleError, match="calendar"):
        frame.is_valid(pd.Series(["1917-10-25"]), "mayan")


@pytest.mark.parametrize("values", [["1917-10-25"], "1917-10-25", np.array(["1917-10-25"]), None])
def test_not_a_series_is_refused(values: object) -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="expected a pandas Series"):
        frame.julian_to_gregorian(values)  # type: ignore[arg-type]
    with pytest.raises(oldstyle.InvalidDateError, match="expected a pandas Series"):
        frame.error_reasons(values)  # type: ignore[arg-type]


def test_non_string_series_gives_a_reason_per_row() -> None:
    numbers = pd.Series([19171025, 1917])
    with pytest.raises(oldstyle.InvalidDateError, match=r"row 0: 19171025 is int, not text"):
        frame.julian_to_gregorian(numbers)
    assert frame.julian_to_gregorian(numbers, errors="coerce").tolist() == [None, None]
    assert frame.is_valid(pd.Series([1.5, True])).tolist() == [False, False]


def test_mixed_types_never_read_a_date_object_as_a_julian_label() -> None:
    values = pd.Series(["1917-10-25", datetime.date(1917, 10, 25), 7, None, b"1917-10-25", "1917-10-25"])
    result = frame.julian_to_gregorian(values, errors="coerce")
    assert result.tolist() == ["1917-11-07", None, None, None, None, "1917-11-07"]
    reasons = frame.error_reasons(values)
    assert "date, not text" in reasons[1] and "bytes, not text" in reasons[4]


def test_odd_text_never_crashes(kind: str) -> None:
    odd = [
        "\x00" * 10,
        "1917-10-2\x00",
        "１９１７-１０-２５",
        "1917-10-25\n",
        "+-1917-10-25",
        "9999-99-99",
        "é" * 10,
    ]
    reasons = frame.error_reasons(series(odd, kind)).tolist()
    assert reasons[3] is None  # surrounding whitespace is stripped
    assert all(isinstance(r, str) for i, r in enumerate(reasons) if i != 3)


def test_a_timezone_aware_day_is_its_local_day() -> None:
    moscow = pd.Series(pd.to_datetime(["1917-11-07 01:00"]).tz_localize("Europe/Moscow"))
    assert frame.gregorian_to_julian(moscow).tolist() == ["1917-10-25"]


CELLS = st.one_of(
    st.none(),
    st.text(max_size=14),
    st.text(alphabet="0123456789-+ ", max_size=14),
    st.integers(),
    st.floats(),
    st.booleans(),
)


@given(st.lists(CELLS, max_size=12), st.sampled_from([{}, {"region": "GB"}, {"year_start": "venetian"}]))
def test_any_cells_give_a_day_or_a_reason_never_a_crash(cells: list[object], options: dict[str, str]) -> None:
    values = pd.Series(cells, dtype=object)
    reasons = frame.error_reasons(values, prose=True, **options)  # type: ignore[arg-type]
    result = frame.julian_to_gregorian(values, errors="coerce", prose=True, **options)  # type: ignore[arg-type]
    has_day = result.notna().tolist()
    assert has_day == (values.notna() & reasons.isna()).tolist()
    assert frame.is_valid(values, prose=True, **options).tolist() == has_day  # type: ignore[arg-type]
