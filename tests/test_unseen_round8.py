"""An eighth round: forms real English text uses that the earlier rounds missed.

A lifespan whose Old Style (or New Style) dates stand as a range in one
bracket after the range in the other calendar, as encyclopedia leads and
their mirrors write it ("8 February 1834 – 2 February 1907 [O.S. 27 January
1834 – 20 January 1907]"): the first ends pair and the last ends pair, and
each pair is checked and fixed on its own.  A day written as an English
ordinal word before "of" and its month ("the twelfth of October, 1492 (Old
Style)", "the twenty-fifth of December 1642 (Julian)").  The wrong pairs change one day
of a right pair (synthetic).
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

from oldstyle import OldstyleError, check, fix, parse, scan

RIGHT_PAIRS: Final = [
    "Dmitri Mendeleev (8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January 1907]) was a "
    "Russian chemist.",
    "Pyotr Ilyich Tchaikovsky (7 May 1840 – 6 November 1893 [O.S. 25 April 1840 – 25 October 1893]) was a "
    "composer of the Romantic period.",
    "Alexander Pushkin (6 June 1799 – 10 February 1837 (O.S. 26 May 1799 – 29 January 1837)) was a poet.",
    "Mikhail Lomonosov (8 November 1711 – 4 April 1765 (N.S. 19 November 1711 – 15 April 1765)) was a "
    "polymath.",
    "Nikolai Rimsky-Korsakov (6 March 1844 – 8 June 1908 [N.S. 18 March 1844 – 21 June 1908]) was a "
    "composer.",
    "Nikolai Gogol (1 April 1809 – 4 March 1852 [20 March 1809 – 21 February 1852 O.S.]) was a writer.",
    "Dmitri Mendeleev (27 January 1834 – 20 January 1907 O.S. (8 February 1834 – 2 February 1907)) was a "
    "chemist.",
    "Columbus first sighted land on the twelfth of October, 1492 (Old Style).",
    "The act took effect on the first of March 1700 O.S. in the Protestant states.",
    "Isaac Newton was born on the twenty-fifth of December 1642 (Julian), the fourth of January 1643 "
    "(Gregorian).",
    "He was born the Twenty-fifth of December 1642 (O.S.; 4 January 1643 N.S.) at Woolsthorpe.",
    "William landed at Torbay on the fifth of November (O.S.) 1688.",
    "He was born on the eleventh day of February, 1731, Old Style.",
    "born the eleventh day of February 1731 (O.S.), the twenty-second day of February 1732 (N.S.)",
    # real snippets from sources the earlier rounds did not use, shortened:
    # an annotated diary's biographies (a slash pair in a lifespan)
    "Ekaterina Dmitrievna (Vasil'chikova) Kusheleva (6/18 December 1811 – 1874; see Image 303)",
    # an encyclopedia mirror
    "Alexander Lanskoy (19 March [O.S. 8 March] 1758 – 6 July [O.S. 25 June] 1784) was a Russian general.",
    # an ask-the-editors column
    "As a result, February 11, 1731 O.S. is, in fact, February 22, 1732 in our current system.",
    # a genealogy society's newsletter
    "Under the Julian calendar, his birthdate was 11 February 1731. However, under the new Gregorian "
    "calendar, his birthday was 22 February 1732.",
]

WRONG_PAIRS: Final = [
    # a label after the range names the range's calendar
    "Dmitri Mendeleev (27 January 1834 – 20 January 1907 O.S. (9 February 1834 – 2 February 1907)) was a "
    "chemist.",
    # the death dates eleven days apart, not twelve
    "Dmitri Mendeleev (8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 22 January 1907]) was a "
    "Russian chemist.",
    # the birth dates a day out
    "Alexander Pushkin (6 June 1799 – 10 February 1837 (O.S. 25 May 1799 – 29 January 1837)) was a poet.",
    "Mikhail Lomonosov (8 November 1711 – 4 April 1765 (N.S. 19 November 1711 – 16 April 1765)) was a "
    "polymath.",
    "Isaac Newton was born on the twenty-fifth of December 1642 (Julian), the fifth of January 1643 "
    "(Gregorian).",
    "He was born the twenty-fifth of December 1642 (O.S.; 5 January 1643 N.S.) at Woolsthorpe.",
    "born the eleventh day of February 1731 (O.S.), the twenty-third day of February 1732 (N.S.)",
    # real: an annotated diary's biographies write a Gregorian day February 1855 never had
    "wife of Count Grigorii Grigorievich Kushelev (1802 – 17/29 February 1855; see Image 302)",
]

QUIET: Final = [
    # a range of dates in a bracket without a calendar label is four dates
    "The exhibition ran 1 March 1900 – 2 April 1901 (catalogue 14 May 1900 – 20 June 1901).",
    # a labelled range after one date is another span, not its other half
    "Signed on 8 February 1834 (O.S. 27 January 1834 – 20 January 1907 by the old reckoning).",
    # a day in words without "of" and its month, or not a day at all
    "The first March 1700 was cold; the thirty-second of March 1700 O.S. is no day.",
    "On the second day, March 1700, O.S. was not yet written; the sixty-first of March 1700 O.S. neither.",
    "The twenty-two-year-old arrived on the first of March 1700.",
    # an ordinal word ending a sentence is no day
    "He came first. March 1700 O.S. was cold; the twenty-first. Of May 1700 O.S. nothing is known.",
    # real: a Quaker month number and a year-start remark, from genealogy pages
    "Thus, 12 mo. 25, 1629, instead of being Christmas-day would be March 8th, 1630.",
    "On December 31, 1680, an Englishman would know tomorrow would be January 1, 1680 (not 1681).",
    "Your 2/11/1731 O.S. date of birth for George Washington is off by one year. It should be 2/11/1732 O.S.",
    # a lifespan with no dates in the other calendar
    "Dmitri Mendeleev (8 February 1834 – 2 February 1907) was a Russian chemist.",
]


@pytest.mark.parametrize(("text", "kind"), snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, QUIET))
def test_round8_snippet(text: str, kind: str) -> None:
    assert_read_as_meant(text, kind)


LIFESPAN: Final = "(8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January 1907])"


def test_a_lifespan_in_two_calendars_is_two_pairs_first_ends_and_last_ends() -> None:
    birth, death = scan(LIFESPAN)
    assert (str(birth.julian), str(birth.gregorian)) == ("1834-01-27", "1834-02-08")
    assert (str(death.julian), str(death.gregorian)) == ("1907-01-20", "1907-02-02")
    assert birth.text.startswith("8 February 1834") and birth.text.endswith("27 January 1834")
    assert death.text == "2 February 1907 [O.S. 27 January 1834 – 20 January 1907]"


def test_the_reverse_order_reads_the_new_style_range_in_the_bracket() -> None:
    text = "27 January 1834 – 20 January 1907 (N.S. 8 February 1834 – 2 February 1907)"
    assert [(str(m.julian), str(m.gregorian)) for m in scan(text)] == [
        ("1834-01-27", "1834-02-08"),
        ("1907-01-20", "1907-02-02"),
    ]
    assert check(text) == []


@pytest.mark.parametrize(
    ("trust", "fixed"),
    [
        ("first", "(8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January 1907])"),
        ("second", "(7 February 1834 – 4 February 1907 [O.S. 26 January 1834 – 22 January 1907])"),
    ],
)
def test_both_pairs_of_a_lifespan_are_fixed_in_place(trust: str, fixed: str) -> None:
    text = "(8 February 1834 – 2 February 1907 [O.S. 26 January 1834 – 22 January 1907])"
    corrected, problems = fix(text, trust=trust)
    assert corrected == fixed
    assert [p.kind for p in problems] == ["inconsistent", "inconsistent"]
    assert problems[0].end <= problems[1].start  # each spans only the day it changes
    assert check(corrected) == []


def test_one_wrong_pair_of_a_lifespan_changes_only_its_own_day() -> None:
    text = "(8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 22 January 1907])"
    corrected, (problem,) = fix(text)
    assert corrected == LIFESPAN
    assert text[problem.start : problem.end] == "22"
    assert problem.mention is not None and problem.mention.text.startswith("2 February 1907")


def test_swapped_labels_shared_by_both_pairs_are_swapped_once() -> None:
    text = "(8 February 1834 – 2 February 1907 [N.S. 27 January 1834 – 20 January 1907])"
    corrected, problems = fix(text)
    assert [p.kind for p in problems] == ["swapped", "swapped"]
    assert corrected == LIFESPAN
    assert check(corrected) == []


@pytest.mark.parametrize(
    "text",
    [
        "8 February 1834 – 2 February 1907 [O.S. 27 January 1834 –",
        "8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January",
        "8 February 1834 – – 2 February 1907 [O.S. 27 January 1834 – – 20 January 1907]",
        "8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January 1907 – 1 May 1908]",
        "– 2 February 1907 [O.S. – 20 January 1907]" * 50,
        "8 February 1834 – 2 February 1907 [O.S. 31 February 1834 – 20 January 1907]",
    ],
)
def test_broken_lifespans_raise_nothing_and_fix_keeps_text_whole(text: str) -> None:
    corrected, problems = fix(text)
    assert isinstance(corrected, str)
    assert all(p.start <= p.end for p in problems)


@pytest.mark.parametrize(
    ("text", "julian"),
    [
        ("twelfth of October, 1492 (Old Style)", "1492-10-12"),
        ("first of March 1700 O.S.", "1700-03-01"),
        ("twenty-fifth of December 1642 (Julian)", "1642-12-25"),
        ("Thirty-first of May 1700 O.S.", "1700-05-31"),
    ],
)
def test_parse_reads_a_day_written_as_an_ordinal_word(text: str, julian: str) -> None:
    assert str(parse(text).julian) == julian


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "born the Twenty-fifth of December 1642 (O.S.), the fifth of January 1643 (N.S.)",
            "born the Twenty-fifth of December 1642 (O.S.), the fourth of January 1643 (N.S.)",
        ),
        (
            "born the twenty-fifth of December 1642 (O.S.; 5 January 1643 N.S.)",
            "born the twenty-fifth of December 1642 (O.S.; 4 January 1643 N.S.)",
        ),
    ],
)
def test_fix_writes_a_day_in_words_as_words(text: str, fixed: str) -> None:
    assert fix(text)[0] == fixed


def test_fix_trusting_the_second_half_writes_the_ordinal_word_in_its_case() -> None:
    text = "born the Twenty-fifth of December 1642 (O.S.; 5 January 1643 N.S.)"
    assert (
        fix(text, trust="second")[0] == "born the Twenty-sixth of December 1642 (O.S.; 5 January 1643 N.S.)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "thirty-first of February 1700 O.S.",
        "thirty-second of March 1700 O.S.",
        "first of 1700 O.S.",
        "twenty-",
        "twenty-fifth-of March 1700 O.S.",
        "first first first of of March",
        "the twelfth of",
        "the first day March 1700 O.S.",
    ],
)
def test_parse_rejects_broken_days_in_words_with_a_library_error(text: str) -> None:
    with pytest.raises(OldstyleError):
        parse(text)
    assert check(text) == [] or all(p.kind == "impossible" for p in check(text))


def test_a_day_word_with_a_dot_keeps_every_token() -> None:
    from oldstyle.patterns import tokenize

    text = "first. twenty-first. of May"
    assert [t.text for t in tokenize(text)] == ["first", ".", "twenty", "-", "first", ".", "of", "May"]


def test_a_label_after_a_lifespan_marks_both_ends() -> None:
    # real: an annotated diary's biographies, "(8 March 1796 – 7 October 1872 OS)"
    birth, death = scan("Countess Natalia Pavlovna Stroganova (8 March 1796 – 7 October 1872 OS).")
    assert (birth.text, str(birth.julian), birth.marked) == ("8 March 1796", "1796-03-08", True)
    assert (death.text, str(death.julian)) == ("7 October 1872 OS", "1872-10-07")


def test_an_impossible_first_end_of_a_labelled_lifespan_is_reported_and_left_alone() -> None:
    text = "(31 February 1796 – 7 October 1872 OS)"
    corrected, (problem,) = fix(text)
    assert (problem.kind, problem.replacement, corrected) == ("impossible", None, text)
