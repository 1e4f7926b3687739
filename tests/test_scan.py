"""scan: messy real-world mentions, positions, and linear time on adversarial text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import GregorianDate, JulianDate, OldstyleError, scanning
from oldstyle.checking import fix
from oldstyle.formatting import STYLES, format_dual
from oldstyle.patterns import Token
from oldstyle.scanning import scan

J = JulianDate
G = GregorianDate

# (sentence, mention text, julian label, gregorian label, consistent)
MESSY = [
    (
        "Born 5 January (O.S.; 18 January, N.S.) 1918 in Kiev.",
        "5 January (O.S.; 18 January, N.S.) 1918",
        (1918, 1, 5),
        (1918, 1, 18),
        True,
    ),
    (
        "It fell on 12 November (O.S., 25 November, (N.S.)) 1917.",
        "12 November (O.S., 25 November, (N.S.)) 1917",
        (1917, 11, 12),
        (1917, 11, 25),
        True,
    ),
    (
        "The battle of October 24th, 1389 (O.S.) was lost.",
        "October 24th, 1389 (O.S.)",
        (1389, 10, 24),
        None,
        True,
    ),
    (
        "on October 25th 1389 (by the Julian or Old Style calendar, which corresponds to November 7th 1389 "
        "in the Gregorian or New Style calendar) the palace fell",
        "October 25th 1389 (by the Julian or Old Style calendar, which corresponds to November 7th 1389 "
        "in the Gregorian or New Style calendar)",
        (1389, 10, 25),
        (1389, 11, 7),
        False,
    ),
    (
        "Storming: 7 November 1917 [O.S. 25 October].",
        "7 November 1917 [O.S. 25 October]",
        (1917, 10, 25),
        (1917, 11, 7),
        True,
    ),
    ("Tchaikovsky (25 April/7 May 1840 – 1893)", "25 April/7 May 1840", (1840, 4, 25), (1840, 5, 7), True),
    (
        "Washington was born 11/22 February 1731/2.",
        "11/22 February 1731/2",
        (1732, 2, 11),
        (1732, 2, 22),
        True,
    ),
    ("Newton died 20 March 1726/7 in London.", "20 March 1726/7", (1727, 3, 20), None, True),
    (
        "Pushkin, 6 June [O.S. 26 May] 1799, Moscow",
        "6 June [O.S. 26 May] 1799",
        (1799, 5, 26),
        (1799, 6, 6),
        True,
    ),
    (
        "Tolstoy: 9 September, [O.S. 28 August] 1828",
        "9 September, [O.S. 28 August] 1828",
        (1828, 8, 28),
        (1828, 9, 9),
        True,
    ),
    (
        "The assembly met Jan. 18, 1918 (January 5, Old Style).",
        "Jan. 18, 1918 (January 5, Old Style)",
        (1918, 1, 5),
        (1918, 1, 18),
        True,
    ),
    (
        "Moscow fell October 25 (November 4 New Style), 1612.",
        "October 25 (November 4 New Style), 1612",
        (1612, 10, 25),
        (1612, 11, 4),
        True,
    ),
    (
        "Revolution 25 октября (7 ноября) 1917 года",
        "25 октября (7 ноября) 1917 года",
        (1917, 10, 25),
        (1917, 11, 7),
        True,
    ),
    (
        "Recorded as 1917-10-25 O.S. (1917-11-07 N.S.) in the log",
        "1917-10-25 O.S. (1917-11-07 N.S.)",
        (1917, 10, 25),
        (1917, 11, 7),
        True,
    ),
    ("Headings: November 12/25, 1917.", "November 12/25, 1917", (1917, 11, 12), (1917, 11, 25), True),
    (
        "Franklin: 17 January 1706 [O.S. 6 January 1705]",
        "17 January 1706 [O.S. 6 January 1705]",
        (1706, 1, 6),
        (1706, 1, 17),
        True,
    ),
    ("Caesar died 15 March 44 BC (Julian).", "15 March 44 BC (Julian)", (-43, 3, 15), None, True),
    ("Peace on 7 Nov. 1917, New Style.", "7 Nov. 1917, New Style", None, (1917, 11, 7), True),
]


@pytest.mark.parametrize(("sentence", "found", "julian", "gregorian", "consistent"), MESSY)
def test_messy_mentions(
    sentence: str,
    found: str,
    julian: tuple[int, int, int] | None,
    gregorian: tuple[int, int, int] | None,
    consistent: bool,
) -> None:
    (mention,) = scan(sentence)
    assert mention.text == found
    assert sentence[mention.start : mention.end] == found
    assert (mention.julian.to_tuple() if mention.julian else None) == julian
    assert (mention.gregorian.to_tuple() if mention.gregorian else None) == gregorian
    assert mention.consistent is consistent


def test_non_text_is_our_error() -> None:
    with pytest.raises(OldstyleError, match="needs text"):
        scan(b"25 October 1917 O.S.")  # type: ignore[arg-type]


def test_unmarked_single_dates_are_not_mentions() -> None:
    assert scan("On 25 October 1917 they met. May I? In March 1917, 8 March.") == []


def test_lines_and_columns() -> None:
    text = "Intro line\nThen 25 October (O.S.; 7 November N.S.) 1917\n\n  and 5/18 January 1918 too."
    first, second = scan(text)
    assert (first.line, first.column) == (2, 6)
    assert (second.line, second.column) == (4, 7)
    assert text[second.start : second.end] == "5/18 January 1918"
    assert second.style == "fraction"


def test_narva_three_calendars() -> None:
    text = "19 November 1700 (O.S.), 20 November 1700 (S.S.), 30 November 1700 (N.S.)"
    old, swedish, new = scan(text)
    assert old.julian == J(1700, 11, 19)
    assert swedish.text == "20 November 1700 (S.S.)"
    assert swedish.julian is None  # the halves are O.S. and N.S. only
    assert swedish.halves[0].calendar == "swedish"
    assert swedish.halves[0].date == J(1700, 11, 19)  # the same day as the O.S. mention
    assert new.gregorian == G(1700, 11, 30)


def test_mentions_across_a_line_break() -> None:
    (mention,) = scan("born 25 October (O.S.;\n7 November N.S.) 1917")
    assert mention.line == 1
    assert mention.consistent


@pytest.mark.parametrize("style", list(STYLES))
@given(day=st.builds(J.fromordinal, st.integers(J(1, 1, 1).toordinal(), J(3000, 12, 31).toordinal())))
def test_every_style_is_found_in_prose(style: str, day: JulianDate) -> None:
    written = format_dual(day, style)
    text = f"It happened on {written}, as the chronicle says."
    (mention,) = scan(text)
    assert mention.text == written
    assert mention.julian == day
    assert mention.gregorian == day
    assert mention.consistent


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    for mention in scan(text):
        assert text[mention.start : mention.end] == mention.text


# Words that look like parts of dates, for garbage built from them.
_DATE_LIKE = (
    "25 October ( ) [ ] O.S. N.S. ; , / 1917 1731 32 BC Julian 7 November 1917-10-25 30 February S.S."
    " Sunday Wed. NS года"
)
SCAN_WORDS = [*_DATE_LIKE.split(), "\n"]


@given(st.lists(st.sampled_from(SCAN_WORDS), max_size=30))
def test_never_raises_on_date_like_text(words: list[str]) -> None:
    text = " ".join(words)
    mentions = scan(text)
    ends = [m.end for m in mentions]
    assert ends == sorted(ends)


def _adversarial(size: int) -> str:
    pieces = [
        "1" * 500 + " ",
        "O.S. " * 100,
        "(" * 200 + "[" * 200 + " ",
        "January February March " * 30,
        "25 October (O.S.; " * 40,
        "1/2/3/4/5/6/7/8/9 " * 30,
        "25 October 1917 " * 30,
        "-1917-10-25-1917-10-25 " * 20,
    ]
    block = "".join(pieces)
    return (block * (size // len(block) + 1))[:size]


def _scan_work(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """(tokens made, grammar calls) when scanning ``text``: the scanner's work, counted."""
    made = {"tokens": 0, "reads": 0}
    real_tokenize, real_read_at = scanning.tokenize, scanning.read_at

    def counting_tokenize(*args: Any, **kwargs: Any) -> list[Token]:
        tokens = real_tokenize(*args, **kwargs)
        made["tokens"] += len(tokens)
        return tokens

    def counting_read_at(*args: Any, **kwargs: Any) -> Any:
        made["reads"] += 1
        return real_read_at(*args, **kwargs)

    monkeypatch.setattr(scanning, "tokenize", counting_tokenize)
    monkeypatch.setattr(scanning, "read_at", counting_read_at)
    scan(text)
    return made["tokens"], made["reads"]


def test_adversarial_text_costs_work_in_proportion(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted, not timed: each character is tokenized about once and the
    # grammar is started a bounded number of times per token, so doubling
    # the text doubles the work.  (The regexes' own linearity is checked by
    # their structure in test_regex_safety; bench_all.py times this text.)
    half, full = _adversarial(250_000), _adversarial(500_000)
    tokens_half, reads_half = _scan_work(monkeypatch, half)
    tokens_full, reads_full = _scan_work(monkeypatch, full)
    assert tokens_full <= len(full)  # no text tokenized twice over
    assert tokens_full <= 2.05 * tokens_half
    assert reads_full <= 2.05 * reads_half
    assert reads_full <= tokens_full


def test_russian_year_word_is_part_of_the_mention_and_survives_fix() -> None:
    text = "Революция произошла 25 октября (8 ноября) 1917 года в Петрограде."
    (mention,) = scan(text)
    assert mention.text == "25 октября (8 ноября) 1917 года"
    assert not mention.consistent
    assert fix(text)[0] == "Революция произошла 25 октября (7 ноября) 1917 года в Петрограде."


def test_a_weekday_starts_the_mention() -> None:
    (mention,) = scan("It fell on Wednesday, 25 October (O.S.; 7 November N.S.) 1917.")
    assert mention.text == "Wednesday, 25 October (O.S.; 7 November N.S.) 1917"
    assert mention.weekday is not None and mention.weekday.text == "Wednesday"
