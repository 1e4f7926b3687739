"""The reader's cheap passes over a whole text: its distinct chunks, and the tests made on them.

Each is a shortcut that must give what the slow way gives: the chunks hold
every word a regex would find in the text, the feast word test is False
only where no word the feast pattern reads is a feast name's last word, and
the chunks hold a word for days (which starts a stated gap) where the text does.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oldstyle import feastspots, gapclaims, patterns
from oldstyle.feastspots import feast_windows
from oldstyle.patterns import date_hints, distinct_chunks

# Pieces that make the words hard: apostrophes, accents written both ways, letters whose case
# folding grows ("ß", "ŉ"), digits and underscores inside words, white space of every kind.
_WORDS = ["Michaelmas", "Lady Day", "DAY", "day's", "St. George's", "Saint", "SANKT", "Easter", "Whitsun"]
_FOREIGN = ["Pâques", "Pa\u0302ques", "Noël", "Noél", "Пасха", "ПАСХА", "год", "ß", "ŉ", "İ", "ﬁ", "é"]
_OTHERS = ["mill", "ale", "x_1", "’", "'", "a1b", "1666", "17", "1731/2"]
_MARKS = [",", "(", ")", "(25 March)", "-", "."]
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", " in ", " of "]
_PIECES = st.sampled_from([*_WORDS, *_FOREIGN, *_OTHERS, *_MARKS, *_SPACES])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=80)
# A word written before a year as the feast pattern reads it, amid the pieces above.
_BEFORE_YEARS = st.builds(
    "{}{}{}{}{}".format,
    _TEXTS,
    st.lists(_PIECES, min_size=1, max_size=3).map("".join),
    st.sampled_from([" ", ", ", " (25 March) ", " in ", "\n\n", " OF "]),
    st.sampled_from(["1666", "999", "17000"]),
    _TEXTS,
)


@given(_TEXTS)
def test_the_distinct_chunks_hold_every_word_and_no_other(text: str) -> None:
    distinct_chunks.cache_clear()
    chunks = distinct_chunks(text)
    for word in (r"[\w'’]+", r"[^\W\d_]+"):
        assert set(re.findall(word, chunks)) == set(re.findall(word, text))
    assert len(chunks) <= len(text)


@given(_TEXTS)
def test_the_month_hints_are_those_read_from_every_chunk(text: str) -> None:
    # date_hints reads the month words from distinct_chunks; before, from each chunk between spaces
    distinct_chunks.cache_clear()
    spans = date_hints(text)
    words = {word for chunk in text.split() for word in re.findall(r"[^\W\d_]+", chunk)}
    written = [word for word in words if patterns._is_month_word(word)]
    months = re.compile("|".join(re.escape(w) for w in sorted(written, key=len, reverse=True)))
    expected = [m.span() for m in patterns._DATE_HINT.finditer(text)]
    expected += [m.span() for m in months.finditer(text)] if written else []
    assert spans == sorted(expected)


def _pattern_finds_a_feast_word(text: str) -> bool:
    """What feast_windows did before its word test: any word the pattern reads is a feast's."""
    return any(feastspots._is_feast_word(m["word"]) for m in feastspots._BACKWARDS.finditer(text[::-1]))


@settings(max_examples=300)
@given(_TEXTS | _BEFORE_YEARS)
def test_the_word_test_passes_every_text_in_which_the_pattern_reads_a_feast_word(text: str) -> None:
    distinct_chunks.cache_clear()
    if _pattern_finds_a_feast_word(text):
        assert feastspots._may_hold_feast_word(distinct_chunks(text))


@pytest.mark.parametrize(
    "text",
    [
        "Paid at MICHAELMAS 1666",
        "All Hallow’s 1500",  # the apostrophe goes, as _is_feast_word drops it
        "Noél 1600",  # only name_key's form (no accent) is a feast's
        "Пасха 1700 года",
        "xyz" + "'" * 30 + "Michaelmas 1666",  # the pattern reads the last 40 characters of a word
    ],
)
def test_the_word_test_passes_feast_words_in_every_form(text: str) -> None:
    distinct_chunks.cache_clear()
    assert _pattern_finds_a_feast_word(text)
    assert feastspots._may_hold_feast_word(distinct_chunks(text))
    feast_windows.cache_clear()
    assert feast_windows(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The account on page 12 of the second volume lists 40 barrels of ale, as in 1666. ",
        "Le moulin fut rebâti en 1666 pour 300 livres. ",
        "В 1700 году мельница была перестроена. ",
    ],
)
def test_long_prose_without_a_feast_word_is_passed_over_without_the_search(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = sentence * 20  # long enough that its distinct chunks are a small share of it
    distinct_chunks.cache_clear()
    feast_windows.cache_clear()
    assert not feastspots._may_hold_feast_word(distinct_chunks(text))
    monkeypatch.setattr(feastspots, "_BACKWARDS", None)  # the search would fail on None
    assert feast_windows(text) == []


def _windows_by_the_pattern(text: str) -> list[tuple[int, int]]:
    """feast_windows as it was before the word test: the pattern at every year."""
    size, windows = len(text), []
    for match in feastspots._BACKWARDS.finditer(text[::-1]):
        if feastspots._is_feast_word(match["word"]):
            low = max(0, size - match.end("word") - feastspots.REACH_BEFORE)
            windows.append((low, min(size, size - match.start(0) + feastspots.REACH_AFTER)))
    return feastspots._merged(sorted(windows))


@settings(max_examples=200)
@given(_TEXTS | _BEFORE_YEARS, st.integers(1, 30))
def test_feast_windows_are_those_the_pattern_gives(text: str, times: int) -> None:
    text *= times  # repeated, the word test runs
    distinct_chunks.cache_clear()
    feast_windows.cache_clear()
    assert feast_windows(text) == _windows_by_the_pattern(text)


def test_a_feast_word_not_before_a_year_still_gives_no_window() -> None:
    # "day" and "Sunday" end feast names: the word test passes, and the pattern decides
    text = "On that day the vestry met, and on Sunday it paid 300 pounds for 1200 tiles."
    distinct_chunks.cache_clear()
    feast_windows.cache_clear()
    assert feastspots._may_hold_feast_word(distinct_chunks(text))
    assert feast_windows(text) == []


_DAY_PIECES = st.sampled_from(
    ["days", "Day", "Tage", "jours", "дня", "сутки", "Monday", "d", "ays", "a", "1", "13"]
)


@given(st.lists(_DAY_PIECES | _PIECES, max_size=30).map("".join))
def test_the_chunks_hold_a_word_for_days_where_the_text_does(text: str) -> None:
    distinct_chunks.cache_clear()
    day_word = gapclaims._DAY_WORD
    assert (day_word.search(distinct_chunks(text)) is None) == (day_word.search(text) is None)


def test_a_text_without_a_word_for_days_is_passed_over_before_the_gap_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def compiled() -> None:
        raise AssertionError("the stated-gap patterns were tried")

    monkeypatch.setattr(gapclaims, "_compiled", compiled)
    distinct_chunks.cache_clear()
    assert gapclaims.gap_claims("The Julian calendar ran 13 behind in 1850.") == []


def test_the_month_pattern_is_compiled_once_whatever_fills_res_cache() -> None:
    """In a MkDocs build Python-Markdown's patterns fill re's own cache: the month words' pattern is
    kept in a cache of its own, so a page writing the same months is not compiled again."""
    text = "On 25 October 1917 (7 November N.S.) and 11 February 1731/32."
    first = date_hints(text)
    distinct_chunks.cache_clear()
    re.purge()
    before = patterns._any_of.cache_info().hits
    assert date_hints(text) == first
    assert patterns._any_of.cache_info().hits == before + 1
    assert [text[a:b] for a, b in first if text[a:b].isalpha()] == ["October", "November", "February"]
