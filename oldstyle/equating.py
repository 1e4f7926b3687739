"""The words and signs that set two dates of a sentence equal, as one day in two calendars.

"March 8 elsewhere was February 23 in Russia", "... = 10 January 1700",
"born on 11 November 1821 in Moscow (30 October in the Julian calendar)":
:mod:`oldstyle.pairing` reads two such dates as one dual date.
"""

from __future__ import annotations

from typing import Final

from oldstyle.names import LANGUAGES
from oldstyle.patterns import NUMBER_SUFFIX_CHARACTERS, Token

__all__ = ["equated_before", "gloss", "set_equal", "signs_only"]

# Words that set two unmarked dates equal: "March 8 elsewhere was February 23 in Russia",
# "the Julian calendar, which dated March 8 as February 23".
# Other languages' come from the word table ("odnosno", "czyli", "δηλαδή").
_EQUATING_WORDS: Final = frozenset(
    {"was", "is", "became", "becomes", "equals", "=", "corresponds", "falls", "fell", "as"}
    | {word.casefold() for lang in LANGUAGES.values() for word in lang.equal_words}
)
_EQUATED_TOKENS: Final = 4
# Words right before a date that make it the complement of "the date was ...", at any distance
# from the date it restates; a preposition ("was on 12 May") makes another event's date.
_EQUATED_BEFORE_WORDS: Final = frozenset(
    {"was", "is", "became", "becomes", "equals", "=", "as", "been", "considered", "reckoned"}
)
_EQUAL_TO_WORDS: Final = frozenset({"corresponds", "corresponding", "equivalent", "equal", "equals"})
_GLOSS_WORDS: Final = 3  # "in Moscow (", "született Moszkvában (", "in New York ("
_GLOSS_SIGNS: Final = frozenset({"-", "–", "—", ",", ":"})  # "(pagal Julijaus kalendorių – sausio 27 d.)"
# Signs and words that write one day's two calendars as equal, in a language or none.
_EQUATING_SIGNS: Final = frozenset({"=", "i", "e", "ie", "that", "is", "or", "viz", "namely"})


def set_equal(between: list[Token]) -> bool:
    """Whether a few words between two dates set them equal ("is", "falls on", "=")."""
    return len(between) <= _EQUATED_TOKENS and any(t.text.casefold() in _EQUATING_WORDS for t in between)


def equated_before(between: list[Token]) -> bool:
    """Whether the second date is the complement of a word that sets it equal, however far the first
    date stands: "... so the date was at the time considered 22 April 1715", "it would have been
    January 6th", "this corresponds to March 5th".  Not across a day written between them: in
    "14 January ... the 15th reckoned as 28 January" the complement restates the 15th."""
    if any(_is_day_number(token) for token in between[:-2]):
        return False
    words = [token.text.casefold() for token in between[-2:]]
    if words and words[-1] in _EQUATED_BEFORE_WORDS:
        return True
    return len(words) == 2 and words[1] == "to" and words[0] in _EQUAL_TO_WORDS


def _is_day_number(token: Token) -> bool:
    """Whether a token is a number that may be a day ("15", "15th")."""
    return token.kind == "number" and len(token.text.rstrip(NUMBER_SUFFIX_CHARACTERS)) <= 2


def gloss(between: list[Token]) -> bool:
    """Whether the second date opens a bracket after the first and a few words, a place as a rule,
    with at most its label before it: "born on 11 November 1821 in Moscow (30 October in the Julian
    calendar)", "november 11-én született Moszkvában (a Julián-naptár szerint október 30-án)",
    "vasario 8 d. Tobolske (pagal Julijaus kalendorių – sausio 27 d.)"."""
    opens = [index for index, token in enumerate(between) if token.kind == "open"]
    if len(opens) != 1 or opens[0] > _GLOSS_WORDS:
        return False
    words, inside = between[: opens[0]], between[opens[0] + 1 :]
    return all(token.kind == "word" for token in words) and all(
        token.kind == "marker" or token.text in _GLOSS_SIGNS for token in inside
    )


def signs_only(between: list[Token]) -> bool:
    """Whether the words between two dates are only signs that set them equal ("=", "or", "i.e.")."""
    if not any(token.text.casefold() in _EQUATING_SIGNS for token in between):
        return False
    return not any(token.kind == "word" and token.text.casefold() not in _EQUATING_SIGNS for token in between)
