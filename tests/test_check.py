"""check and fix: inconsistent pairs, impossible days, swapped labels, year-start awareness."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from oldstyle import GregorianDate, JulianDate, OldstyleError
from oldstyle.checking import Problem, apply_fixes, check, fix
from oldstyle.formatting import STYLES, format_dual
from oldstyle.markup import mask_markdown
from oldstyle.names import ENGLISH

CONSISTENT = [
    "25 October (O.S.; 7 November N.S.) 1917",
    "7 November [O.S. 25 October] 1917",
    "11 February 1731/32",
    "11/22 February 1731/32",
    "11 February 1731/32 (O.S.; 22 February 1732 N.S.)",
    "20/31 March 1726/27",
    "24 March/3 April 1602/03",
    "17 January 1706 [O.S. 6 January 1705]",
    "25 December 1642 (O.S.; 4 January 1643 N.S.)",
    "Nov. 25, 1917 (November 12, Old Style)",
    "25 октября (7 ноября) 1917",
    "22/12 May 1629",
    "20 November 1700 (S.S.)",
    "30 February 1712 (S.S.)",
    "October 24th, 1389 (O.S.)",
    "1917-10-25 O.S. (1917-11-07 N.S.)",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_text_has_no_problems(text: str) -> None:
    assert check(f"As the record says, {text}, and so on.") == []


# (text, kind, fixed text under trust="first" or None, fragments of the message)
PROBLEMS = [
    (
        "25 October (O.S.; 7 November N.S.) 1389",
        "inconsistent",
        "25 October (O.S.; 2 November N.S.) 1389",
        ["2 November 1389", "gap of 13 days", "8 days"],
    ),
    (
        "October 25th 1389 (by the Julian or Old Style calendar, which corresponds to November 7th 1389 "
        "in the Gregorian or New Style calendar)",
        "inconsistent",
        "October 25th 1389 (by the Julian or Old Style calendar, which corresponds to November 2nd 1389 "
        "in the Gregorian or New Style calendar)",
        ["gap of 13 days", "ran 8 days ahead"],
    ),
    ("5/25 January 1389", "inconsistent", "5/13 January 1389", ["13 January 1389"]),
    (
        "28/31 January 1389",
        "inconsistent",
        "28 January/5 February 1389",
        ["5 February 1389", "gap of 3 days"],
    ),
    ("1389-10-25 O.S. (1389-11-07 N.S.)", "inconsistent", "1389-10-25 O.S. (1389-11-02 N.S.)", ["8 days"]),
    (
        "Nov. 7, 1389 (October 25, Old Style)",
        "inconsistent",
        "Nov. 7, 1389 (October 30, Old Style)",
        ["30 October 1389 (O.S.)"],
    ),
    (
        "28 Oct. (O.S.; 1 Nov. N.S.) 1389",
        "inconsistent",
        "28 Oct. (O.S.; 5 Nov. N.S.) 1389",
        ["5 November 1389"],
    ),
    (
        "25 December 1700 (O.S.; 4 January 1701 N.S.)",
        "inconsistent",
        "25 December 1700 (O.S.; 5 January 1701 N.S.)",
        ["gap of 10 days", "11 days"],
    ),
    (
        "20 December (O.S.; 30 December N.S.) 1899",
        "inconsistent",
        "20 December 1899 (O.S.; 1 January 1900 N.S.)",
        ["1 January 1900"],
    ),
    (
        "7 November (O.S.; 25 October N.S.) 1917",
        "swapped",
        "7 November (N.S.; 25 October O.S.) 1917",
        ["swapped"],
    ),
    (
        "7 November 1917 Old Style (25 October New Style)",
        "swapped",
        "7 November 1917 New Style (25 October Old Style)",
        ["swapped"],
    ),
    (
        "30 February (O.S.; 12 March N.S.) 1700",
        "impossible",
        None,
        ["February 1700 has 29 days", "1 March 1700"],
    ),
    ("30 February 1712 (O.S.)", "impossible", None, ["Swed"]),
    ("29 February 1900 (N.S.)", "impossible", None, ["not a Gregorian date"]),
    ("30 February 1705 (S.S.)", "impossible", None, ["not a Swedish-calendar date"]),
]


@pytest.mark.parametrize(("text", "kind", "fixed", "fragments"), PROBLEMS)
def test_problems(text: str, kind: str, fixed: str | None, fragments: list[str]) -> None:
    prose = f"Line one.\nIt was on {text}; so they say."
    (problem,) = check(prose)
    assert problem.kind == kind
    assert problem.line == 2
    assert problem.column == len("It was on ") + 1
    assert prose[problem.start : problem.end] == text
    assert problem.replacement == fixed
    for fragment in fragments:
        assert fragment in problem.message
    new_text, problems = fix(prose)
    assert problems == [problem]
    if fixed is None:
        assert new_text == prose
    else:
        assert new_text == prose.replace(text, fixed)
        assert check(new_text) == []


def test_trust_second_corrects_the_first_half() -> None:
    (problem,) = check("25 October (O.S.; 7 November N.S.) 1389", trust="second")
    assert problem.replacement == "30 October (O.S.; 7 November N.S.) 1389"
    (problem,) = check("7 November [O.S. 25 October] 1389", trust="julian")
    assert problem.replacement == "2 November [O.S. 25 October] 1389"
    (problem,) = check("7 November [O.S. 25 October] 1389", trust="ns")
    assert problem.replacement == "7 November [O.S. 30 October] 1389"


def test_unknown_trust_is_our_error() -> None:
    with pytest.raises(OldstyleError, match="unknown trust"):
        check("25 October (O.S.; 7 November N.S.) 1389", trust="nobody")


def test_fix_leaves_text_without_problems_unchanged() -> None:
    text = "Nothing to see: 25 October (O.S.; 7 November N.S.) 1917.\r\nEnd"
    assert fix(text) == (text, [])


def test_several_problems_are_fixed_together() -> None:
    text = "A 25 October/7 November 1389, B 5/25 January 1389 and C 7 November (O.S.; 25 October N.S.) 1917."
    new_text, problems = fix(text)
    assert [p.kind for p in problems] == ["inconsistent", "inconsistent", "swapped"]
    assert (
        new_text
        == "A 25 October/2 November 1389, B 5/13 January 1389 and C 7 November (N.S.; 25 October O.S.) 1917."
    )
    assert check(new_text) == []


def test_problem_is_frozen() -> None:
    (problem,) = check("5/25 January 1389")
    assert isinstance(problem, Problem)
    with pytest.raises(AttributeError):
        problem.kind = "swapped"  # type: ignore[misc]


@pytest.mark.parametrize("style", list(STYLES))
@given(day=st.builds(JulianDate.fromordinal, st.integers(JulianDate(1, 3, 1).toordinal(), 800_000)))
def test_what_format_dual_writes_is_consistent(style: str, day: JulianDate) -> None:
    assert check(f"On {format_dual(day, style)}.") == []


@given(
    day=st.builds(JulianDate.fromordinal, st.integers(JulianDate(1300, 1, 1).toordinal(), 800_000)),
    error=st.integers(1, 20),
)
# Across Julian 29 February 1800 the written labels are 32 days apart in Julian
# months but 31 in Gregorian ones; the gap counts days, so it is 11 + 20.
@example(day=JulianDate(1800, 1, 29), error=20)
def test_a_wrong_gap_is_found_and_fixed(day: JulianDate, error: int) -> None:
    wrong = GregorianDate.fromordinal(day.toordinal() + error)
    text = f"{_dmy(day)} (O.S.; {_dmy(wrong)} N.S.)"
    (problem,) = check(text)
    assert problem.kind == "inconsistent"
    days = "day" if error == 1 else "days"
    assert f"its N.S. half names the day {error} {days} after its O.S. half" in problem.message
    assert f"uses a gap of {day.offset() + error} days" in problem.message
    new_text, _ = fix(text)
    assert new_text == f"{_dmy(day)} (O.S.; {_dmy(day.to_gregorian_date())} N.S.)"
    assert check(new_text) == []


def test_the_gap_counts_days_not_labels_when_the_gregorian_half_is_trusted() -> None:
    (problem,) = check("29 January 1800 (O.S.; 1 March 1800 N.S.)", trust="second")
    assert "1 March 1800 (N.S.) is 18 February 1800 (O.S.)" in problem.message
    assert "names the day 20 days after its O.S. half" in problem.message
    assert "uses a gap of 32 days" in problem.message
    assert "ran 12 days ahead" in problem.message


def test_a_gap_that_is_too_small_says_before() -> None:
    (problem,) = check("25 October (O.S.; 6 November N.S.) 1917")
    assert "names the day 1 day before its O.S. half" in problem.message
    assert "uses a gap of 12 days" in problem.message
    (problem,) = check("25 October (O.S.; 20 October N.S.) 1917")
    assert "names the day 18 days before its O.S. half" in problem.message
    assert "uses a gap of -5 days" in problem.message


def _dmy(day: JulianDate | GregorianDate) -> str:
    return f"{day.day} {ENGLISH.month(day.month)} {day.year}"


@given(st.text(max_size=300))
def test_check_and_fix_never_raise_on_any_text(text: str) -> None:
    new_text, problems = fix(text)
    assert problems == check(text)
    assert isinstance(new_text, str)


# Words that look like parts of dates, for garbage built from them.
_DATE_LIKE = "30 February 1712 25 October 7 November ( ) [ ] O.S. N.S. ; / 1389 1731/32 S.S. BC"
CHECK_WORDS = [*_DATE_LIKE.split(), "Old Style", "\n"]


@given(st.lists(st.sampled_from(CHECK_WORDS), max_size=30))
def test_check_never_raises_on_date_like_text(words: list[str]) -> None:
    text = " ".join(words)
    _, problems = fix(text)
    for problem in problems:
        assert problem.mention is not None
        assert text[problem.start : problem.end] == problem.mention.text
        assert problem.message


def test_apply_fixes_on_a_masked_view_fixes_the_original() -> None:
    text = "`25 October (O.S.; 8 November N.S.) 1917` but 25 October (O.S.; 8 November N.S.) 1917."
    problems = check(mask_markdown(text))
    assert len(problems) == 1
    assert apply_fixes(text, problems) == text.replace("but 25 October (O.S.; 8", "but 25 October (O.S.; 7")
    assert apply_fixes(text, check(text)) == fix(text)[0]
    with pytest.raises(OldstyleError, match="in text order"):
        apply_fixes(text, list(reversed(check(text))))


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("On Sunday, 25 October 1917 O.S. it began.", "On Wednesday, 25 October 1917 O.S. it began."),
        ("Thu. 7 Nov. 1917 N.S.", "Wed. 7 Nov. 1917 N.S."),
        (
            "SUNDAY 25 October (O.S.; 7 November N.S.) 1917",
            "WEDNESDAY 25 October (O.S.; 7 November N.S.) 1917",
        ),
        (
            "воскресенье, 25 октября 1917 года по старому стилю",
            "среда, 25 октября 1917 года по старому стилю",
        ),
        ("Wednesday 11 February 1731/32", "Friday 11 February 1731/32"),  # Washington's birth
    ],
)
def test_wrong_weekdays_are_reported_and_fixed_in_their_own_words(text: str, fixed: str) -> None:
    (problem,) = check(text)
    assert problem.kind == "weekday"
    assert "not a" in problem.message
    assert fix(text)[0] == fixed
    assert check(fixed) == []


def test_right_weekdays_are_not_problems() -> None:
    assert check("Friday 11 February 1731/32 and Wednesday, 2 September 1752 O.S.") == []


def test_numeric_dual_dates_are_fixed_in_their_own_form() -> None:
    text = "Революция 25.10.1917 (08.11.1917) в Петрограде."
    (problem,) = check(text)
    assert problem.kind == "inconsistent"
    assert fix(text)[0] == "Революция 25.10.1917 (07.11.1917) в Петрограде."


def test_a_wrong_half_and_a_wrong_weekday_are_fixed_in_one_pass() -> None:
    text = "Sunday, 25 October (O.S.; 8 November N.S.) 1917"
    (problem,) = check(text)
    assert problem.kind == "inconsistent"
    assert problem.message.endswith("; and that day was a Wednesday, not a Sunday")
    fixed = fix(text)[0]
    assert fixed == "Wednesday, 25 October (O.S.; 7 November N.S.) 1917"
    assert check(fixed) == []


def test_a_julian_30_february_1712_is_pointed_at_swedens_calendar() -> None:
    (problem,) = check("30 February 1712 O.S. (12 March 1712 N.S.)")
    assert problem.kind == "impossible"
    note = "30 February 1712 existed only in the Swedish calendar (region 'SE'): mark it S.S."
    assert note in problem.message
