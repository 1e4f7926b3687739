"""The context reader's fast paths (issue 14) give what the plain ones give."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oldstyle.context import _read_all
from oldstyle.pairing import Found
from oldstyle.patterns import Token, tokenize
from oldstyle.scanning import _block_tokens, _sentences_around, _Window
from oldstyle.sentences import _day_dot, _dotted_word_stop, _label_stop, sentence_numbers


def _numbers_token_by_token(text: str, tokens: list[Token]) -> tuple[list[int], set[int]]:
    """The sentence numbers as the reader made them before it looked only at possible breaks."""
    out, openers, number = [], {0}, 0
    for index, token in enumerate(tokens):
        if index:
            before = tokens[index - 1]
            gap = text[before.end : token.start]
            stop = before.text in {".", "!", "?"} or _dotted_word_stop(tokens, index - 1)
            stop = stop or (before.kind == "marker" and _label_stop(before, gap, token))
            ends = stop and bool(gap) and (token.text[:1].isupper() or "\n" in gap)
            ends = ends and not _day_dot(tokens, index)
            if ends or gap.count("\n") >= 2 or "|" in (token.text, before.text):
                number += 1
            if gap.count("\n") >= 2:
                openers.add(number)
        out.append(number)
    return out, openers


_PIECES = st.sampled_from(
    [" ", ". ", ".", "\n", "\n\n", " | ", "|", "The ", "he ", "out. ", "sie. ", "25 ", "28. ", "Januar ",
     "October ", "1917 ", "O.S. ", "O.S.", "in the Gregorian", "Old Style. ", "? ", "!", ", ", "(", ")"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_sentence_numbers_are_those_of_a_token_by_token_pass(text: str) -> None:
    tokens = tokenize(text)
    assert sentence_numbers(text, tokens) == _numbers_token_by_token(text, tokens)


_FILLER = "Filler words run on here, and on. "
_LABEL_FIRST = "It was, according to the Julian calendar, the last day. "
_TEXTS = [
    _FILLER * 8 + "Он родился по новия Григориански календар 7 ноември 1917. " + _FILLER * 8,
    "Letters went out.\n\nA letter is dated 11 February 1731/32, and the reply "
    "7 November [O.S. 25 October] 1917.\n\nThe fleet sailed on the day, in the Old Style. "
    "Then more words came after it, in the Julian calendar.",
    _LABEL_FIRST * 3 + "He was born on 25 October 1917, Old Style. The council met again in the spring, and "
    "the minutes record a long dispute about the harbour dues.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_block_tokens_are_those_of_one_run(text: str) -> None:
    """A stretch wider than its window gets the tokens one run over it makes, the window's reused."""
    for digit in (i for i, c in enumerate(text) if c.isdigit()):
        for width in (30, 80, 150):
            window = _Window(text, max(0, digit - width), min(len(text), digit + width))
            start, end = _sentences_around(text, window.start, window.end, 0)
            start, end = min(start, window.start), max(end, window.end)
            assert _block_tokens(window, start, end) == tokenize(text, start, end)


def test_the_founds_the_context_reader_builds_fast_are_whole() -> None:
    """context builds each Found with grammar.built: every field is set, and it equals Found's own."""
    text = "He was born on Sunday, January 4, 1643, according to the Gregorian calendar."
    tokens = tokenize(text)
    sentences, openers = sentence_numbers(text, tokens)
    founds, _, _ = _read_all(tokens, sentences, openers)
    assert founds
    for found in founds:
        fields = {field.name: getattr(found, field.name) for field in dataclasses.fields(found)}
        assert set(vars(found)) == set(fields)
        assert found == Found(**fields)
