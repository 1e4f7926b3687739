"""settling.nearest stops at a label that must be the nearest: the same choice as trying them all;
the records grammar.built makes fast are whole."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle.cursor import Part
from oldstyle.parsing import read_at
from oldstyle.patterns import Token, tokenize
from oldstyle.scanning import Mention, scan
from oldstyle.settling import Half, Reading, _candidates, make_date, make_half, nearest

_DAY = Token("number", "1", 0, 1)
_CALENDARS = st.sampled_from(["julian", "gregorian", "swedish"])


def _tried_all(part: Part, calendar: str, other: Half) -> tuple[int, int, int]:
    """The label the nearest search picks when it weighs every candidate (the first of the nearest)."""
    assert other.date is not None
    labels = [(year, month, part.day) for year, month in _candidates(part, other.label[0])]
    days = [make_date(calendar, label)[0] for label in labels]
    gaps = [abs(d.toordinal() - other.date.toordinal()) for d in days if d is not None]
    if not gaps:
        return labels[0]
    return next(
        label
        for label, d in zip(labels, days, strict=True)
        if d is not None and abs(d.toordinal() - other.date.toordinal()) == min(gaps)
    )


@given(
    year=st.integers(-50, 4000),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    other_month=st.integers(1, 12),
    other_day=st.integers(1, 28),
    borrowed=st.booleans(),
    calendar=_CALENDARS,
    other_calendar=_CALENDARS,
)
def test_nearest_is_the_nearest_of_all_candidates(
    year: int,
    month: int,
    day: int,
    other_month: int,
    other_day: int,
    borrowed: bool,
    calendar: str,
    other_calendar: str,
) -> None:
    other = make_half(Part(day=other_day, month=other_month, day_token=_DAY), other_calendar, year)
    if other.date is None:
        return
    part = Part(day=day, month=month, day_token=_DAY, month_borrowed=borrowed)
    assert nearest(part, calendar, other).label == _tried_all(part, calendar, other)


def _record_fields(record: Mention | Half | Reading) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


@pytest.mark.parametrize(
    "text",
    [
        "Lenin: 25 October (O.S.; 7 November N.S.) 1917.",
        "On Sunday, 25 October (O.S.; 7 November N.S.) 1917 the vestry met.",
        "Boston, March 24th, 1745/6, and 5–7 July [O.S. 24–26 June] 1770.",
        "Tolstoy died on 7/21 November 1910; the register has 8(19).11.1711.",
        "In 1789 the vestry met on 7 November (25 October in the Julian calendar).",
    ],
)
def test_the_records_the_reader_builds_fast_are_whole_dataclass_instances(text: str) -> None:
    """grammar.built skips the frozen dataclass's __init__: every field must still be set, and
    each record must equal the one the class itself would make from the same fields."""
    mentions = scan(text)
    assert mentions
    for mention in mentions:
        fields = _record_fields(mention)
        assert set(vars(mention)) == set(fields), mention
        assert mention == Mention(**fields)
        for half in mention.halves:
            half_fields = _record_fields(half)
            assert set(vars(half)) == set(half_fields)
            assert half == Half(**half_fields)
            assert hash(half) == hash(Half(**half_fields))


def test_a_reading_built_fast_is_whole() -> None:
    tokens = tokenize("25 October (O.S.; 7 November N.S.) 1917")
    reading = read_at(tokens, 0)
    assert reading is not None
    fields = _record_fields(reading)
    assert set(vars(reading)) == set(fields)
    assert reading == Reading(**fields)
    assert dataclasses.replace(reading, start=3).start == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.start = 4  # type: ignore[misc]
