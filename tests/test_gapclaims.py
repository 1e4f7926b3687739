"""Stated gaps between the calendars, checked against their year (oldstyle.gapclaims via check)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle.gapclaims import gap_claims


@pytest.mark.parametrize(
    ("text", "stated", "year", "right"),
    [
        # The 11 days of 1700-1799 given for a date of 1616.
        ("They died 11 days apart (he died on 3 May 1616 by the Gregorian calendar).", 11, 1616, "10"),
        # The 13 days of the 1900s given for the 1800s, in words.
        (
            "Russia, still on the Julian calendar, was thirteen days behind the West in 1880.",
            13,
            1880,
            "twelve",
        ),
        ("In 1650 the gap of 11 days between the Old Style and the New Style ...", 11, 1650, "10"),
        ("Die Differenz von 13 Tagen zum julianischen Kalender galt schon 1850.", 13, 1850, "12"),
        ("В 1850 году юлианский календарь отставал на 13 дней.", 13, 1850, "12"),
        ("En 1850, l'écart de 13 jours entre le calendrier julien et le grégorien ...", 13, 1850, "12"),
    ],
)
def test_a_wrong_stated_gap_is_flagged_and_fixed(text: str, stated: int, year: int, right: str) -> None:
    (problem,) = oldstyle.check(text)
    assert problem.kind == "gap"
    assert f"in {year} the Gregorian calendar ran" in problem.message
    assert f"not {stated}" in problem.message
    assert problem.replacement == right
    fixed, _ = oldstyle.fix(text)
    assert oldstyle.check(fixed) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 1752 Britain dropped 11 days when it left the Julian calendar.",
        "The 11-day difference of 1752 does not apply to a Julian date of 1616.",
        "By 1800 the Julian calendar was 12 days behind the Gregorian.",  # 11 until 1 March, then 12
        "The siege of 1648 lasted 11 days apart from a short truce.",  # no calendar named
        "The Julian calendar is 13 days behind the Gregorian.",  # no year to judge by
        "The Julian calendar was 13 days behind in 1900.\n\nIn 1850 nothing happened.",
        "The gap grew from 10 days in 1582 to 13 days in 1900 (Julian vs Gregorian calendar).",
        "The Old Style calendar ran 30 days behind in 1850.",  # not a plausible gap
        # A list item or a table cell is its own context: the year of the next one is not this one's.
        "- A calendar compared (ten days ahead of the Julian) marks no date.\n- A range in 1923.",
        "| ten days ahead of the Julian calendar | 1923 |",
    ],
)
def test_right_or_unjudgeable_statements_are_quiet(text: str) -> None:
    assert oldstyle.check(text) == []


def test_a_number_inside_a_date_mention_is_the_dates() -> None:
    # "13 days" never overlaps a mention here, but the date's own numbers are not claims.
    assert [p.kind for p in oldstyle.check("25 October (O.S.; 7 November N.S.) 1917")] == []


@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 days apartJulian calendar.\n-behindgap of13")), max_size=300
    )
)
def test_gap_claims_never_raise_and_stay_in_the_text(text: str) -> None:
    for claim in gap_claims(text):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.written
        assert claim.stated not in claim.gaps


@pytest.mark.parametrize("garbage", ["", "days", "13 days", "\x00" * 50, "13 days apart " * 2000])
def test_garbage_gives_no_claim_and_no_error(garbage: str) -> None:
    assert gap_claims(garbage) == []


def test_each_stated_gap_is_placed_at_its_number() -> None:
    text = (
        "x\nThey died 11 days apart (he died on 3 May 1616 by the Gregorian calendar).\n"
        "Russia, on the Julian calendar, was thirteen days behind the West in 1880."
    )
    assert [(p.line, p.column, text[p.start : p.end]) for p in oldstyle.check(text)] == [
        (2, 11, "11"),
        (3, 37, "thirteen"),
    ]
