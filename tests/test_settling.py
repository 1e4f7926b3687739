"""settling.nearest stops at a label that must be the nearest: the same choice as trying them all."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from oldstyle.halves import Part
from oldstyle.patterns import Token
from oldstyle.settling import Half, _candidates, make_date, make_half, nearest

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
