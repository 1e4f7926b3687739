"""The date reader's hand-written fast paths (issue 14) make what the generic ones make."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oldstyle import grammar
from oldstyle.cursor import Cursor, Part
from oldstyle.grammar import Draft, read_draft
from oldstyle.halves import with_year
from oldstyle.patterns import Token, tokenize
from oldstyle.scanning import scan

_TOKENS = st.builds(
    Token, st.sampled_from(["number", "month"]), st.text(max_size=3), st.integers(0, 9), st.integers(0, 9)
)
_SPANS = st.tuples(st.integers(0, 99), st.integers(0, 99))


@given(
    st.builds(
        Part,
        day=st.integers(1, 31),
        month=st.none() | st.integers(1, 12),
        day_token=_TOKENS,
        month_token=st.none() | _TOKENS,
        order=st.sampled_from(["dmy", "mdy", "iso"]),
        year=st.none() | st.integers(-50, 3000),
        dual_year=st.booleans(),
        own_year=st.booleans(),
        year_span=st.none() | _SPANS,
        month_borrowed=st.booleans(),
        range_start=st.none() | _TOKENS,
    ),
    st.integers(-50, 3000),
    st.booleans(),
    st.booleans(),
    _SPANS,
)
def test_with_year_is_replace_written_out(
    part: Part, year: int, dual_year: bool, own_year: bool, span: tuple[int, int]
) -> None:
    expected = part._replace(year=year, dual_year=dual_year, own_year=own_year, year_span=span)
    assert with_year(part, year, dual_year, own_year, span) == expected


def test_cursor_at_gives_each_token_and_an_empty_one_past_the_end() -> None:
    tokens = tokenize("25 October 1917")
    cur = Cursor(tokens)
    assert [cur.at(i) for i in range(3)] == tokens
    for i in (3, 4, 40):
        assert (cur.at(i).kind, cur.at(i).text) == ("", "") == (cur.kind(i), cur.text(i))


def test_cursor_at_asks_the_source_for_more_tokens() -> None:
    tokens = tokenize("25 October")
    rest = tokenize(" 1917", 0)
    cur = Cursor(tokens, lambda: bool(rest) and tokens.append(rest.pop()) is None)
    assert cur.at(2).text == "1917"
    assert cur.at(3).kind == ""


@pytest.mark.parametrize(
    "text",
    [
        "25 October (O.S.; 7 November N.S.) 1917",  # a bracketed pair
        "25 October/7 November 1917",  # a slash pair
        "8(19).11.1711",  # Russian numeric, one token
        "25 October 1917 O.S.",  # a single date
        "8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January 1907]",  # a lifespan
    ],
)
def test_drafts_built_fast_are_whole_dataclass_instances(text: str) -> None:
    """grammar.built skips Draft's __init__: every field is set, and the draft equals Draft's own."""
    tokens = tokenize(text)
    draft = read_draft(tokens, 0)
    assert draft is not None
    fields = {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft)}
    assert set(vars(draft)) == set(fields)
    assert draft == Draft(**fields)


def test_a_plain_year_reads_a_window_as_far_as_the_checks_after_a_year_do() -> None:
    """read_year's quick path for a plain year looks two tokens past it, as the dual-year, era and
    case-ending checks do, so a window's reading stops where it did and the sentences read around
    a date are the same: without it, "25. Oktober jul./ 7. November 1917 greg." lost its "jul."
    to a calendar named in the sentence before (found by comparing with the code before)."""
    text = (
        "February 29, according to the Julian calendar) was ten days of the Gregorian calendar and a "
        "day before the Julian calendar. am 25. Oktober jul./ 7. November 1917 greg. "
        "7 November [O.S. 25 October] 1389 1910–11"
    )
    found = {m.text: [k.text for k in m.markers] for m in scan(text)}
    assert found["25. Oktober jul./ 7. November 1917 greg."] == ["jul.", "greg."]
    tail = "13 September [O.S. 2 September] 1752\n\nDmitri [O.S. [O.S. 20 January]"
    lead = "By the old-style Julian calendar, his birthdate was January 17.\n\n"
    assert [m.text for m in scan(lead + tail)][-1] == "20 January"


@pytest.mark.parametrize(
    "text",
    [
        "22 boys and 30 men",
        "page 5 and",
        "columns 12 to 300",
        "the 24th Day",
        "table 12, columns 5, 6",
        "5 of the",
    ],
)
def test_a_number_before_a_plain_word_starts_no_date(text: str) -> None:
    """read_draft's early exit for a number with a plain word after it gives the grammar's None."""
    tokens = tokenize(text)
    assert all(read_draft(tokens, i, yearless=True) is None for i in range(len(tokens)))


_WORDS = st.sampled_from(
    ["5", "25", "1917", ",", "of", "day", "Day", "de", "boys", "October", "O.S.", "(", ")", "[", "]",
     "/", "-", ".", "18", "Old Style", "January", "1731/2", "?", ":", "NS", "in", "the", "Julian", "calendar"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_WORDS, max_size=12).map(" ".join), st.booleans())
def test_the_early_exit_gives_what_the_grammar_gives(text: str, yearless: bool) -> None:
    """Without the early exit for a number before a word or comma, every start reads the same."""
    tokens = tokenize(text)
    fast = [read_draft(tokens, i, yearless=yearless) for i in range(len(tokens))]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "_starts_no_date", lambda tokens, i: False)
        slow = [read_draft(tokens, i, yearless=yearless) for i in range(len(tokens))]
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "day", "month"),
    [
        ("the 24th of March 1603", 24, 3),
        ("Born ye 11th Day of February 1731/2", 11, 2),
        ("10 de mayo 1700", 10, 5),
    ],
)
def test_a_number_before_a_word_linking_its_month_still_reads(text: str, day: int, month: int) -> None:
    """The words that link a day to its month ("of", "de", "day of") are not plain words."""
    tokens = tokenize(text)
    start = next(i for i, token in enumerate(tokens) if token.kind == "number")
    draft = read_draft(tokens, start)
    assert draft is not None
    assert (draft.parts[0].day, draft.parts[0].month) == (day, month)


def test_a_number_at_the_end_of_the_tokens_asks_for_more() -> None:
    """The early exit asks for no token: at the end of what is read, the grammar reads on as before."""
    tokens = tokenize("on 25")
    rest = tokenize(" October 1917")[::-1]
    draft = read_draft(tokens, 1, lambda: bool(rest) and tokens.append(rest.pop()) is None)
    assert draft is not None
    assert draft.parts[0].month == 10
