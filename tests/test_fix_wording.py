"""fix writes the corrected half in the form and language written, and its result checks clean."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from oldstyle import JulianDate, OldstyleError, check, fix, format_dual
from oldstyle.names import LANGUAGES
from oldstyle.patterns import tokenize
from oldstyle.wording import (
    _month_keys,
    language_of_words,
    month_text,
    opposite_label,
    same_case,
    weekday_word,
)
from oldstyle.wordtables import month_key


@pytest.mark.parametrize(
    ("text", "trust", "fixed"),
    [
        # issue 11: a Lady Day dual year is written again for the corrected day
        ("21 March 1731/32 (5 April 1732)", "second", "25 March 1732 (5 April 1732)"),
        # issue 11: English stays English, even when the Russian layout is used
        # a dual year on Lady Day is its January year: "25 March 1731/32 (5 April 1732)" is right
        ("25 March 1731/32 (6 April 1732)", "first", "25 March 1731/32 (5 April 1732)"),
        ("25 (8) October 1917", "first", "25 October (7 November) 1917"),
        # issue 11: swapped labels and the weekday of the day they then name
        ("Friday, 27 July [O.S. 26 July] 159", "first", "Thursday, 27 July [N.S. 26 July] 159"),
        # issue 11: German keeps its weekday, in German
        ("Sonntag, 25. Oktober 1917 a. St.", "first", "Mittwoch, 25. Oktober 1917 a. St."),
        (
            "Montag, 25. Oktober (a. St.; 8. November n. St.) 1917",
            "first",
            "Mittwoch, 25. Oktober (a. St.; 7. November n. St.) 1917",
        ),
        ("Montag, 25 (8) Oktober 1917", "first", "Mittwoch, 25. Oktober (7. November) 1917"),
        ("25 октября (8 ноября) 1917", "first", "25 октября (7 ноября) 1917"),
        ("31 октября (12 ноября) 1917", "second", "30 октября (12 ноября) 1917"),
        ("20 Oct. (O.S.; 8 Nov. N.S.) 1917", "second", "26 Oct. (O.S.; 8 Nov. N.S.) 1917"),
        ("30 octobre (ancien style; 8 novembre nouveau style) 1917", "second", None),
        (
            "ΚΥΡΙΑΚΗ, 25 ΟΚΤΩΒΡΙΟΥ (π.η.; 8 ΝΟΕΜΒΡΙΟΥ ν.η.) 1917",
            "second",
            "ΠΕΜΠΤΗ, 26 ΟΚΤΩΒΡΙΟΥ (π.η.; 8 ΝΟΕΜΒΡΙΟΥ ν.η.) 1917",
        ),
        # "marzo" is Italian and Spanish; "calendario juliano" says Spanish
        (
            "20 marzo (calendario juliano; 2 abril calendario gregoriano) 1700",
            "second",
            "22 marzo (calendario juliano; 2 abril calendario gregoriano) 1700",
        ),
        (
            "31 marzo (calendario juliano; 2 abril calendario gregoriano) 1700",
            "first",
            "31 marzo (calendario juliano; 11 abril calendario gregoriano) 1700",
        ),
    ],
)
def test_fix_writes_the_language_and_form_written(text: str, trust: str, fixed: str | None) -> None:
    result, problems = fix(text, trust=trust)
    assert problems
    if fixed is not None:
        assert result == fixed
    assert check(result, trust=trust) == []


def test_a_month_changed_by_a_fix_keeps_its_form() -> None:
    assert month_text(11, "Oct.", LANGUAGES["en"]) == "Nov."
    assert month_text(11, "октября", LANGUAGES["ru"]) == "ноября"
    assert month_text(11, "ОКТЯБРЬ", LANGUAGES["ru"]) == "НОЯБРЬ"
    assert month_text(11, "ΟΚΤΩΒΡΙΟΥ", LANGUAGES["el"]) == "ΝΟΕΜΒΡΙΟΥ"
    assert month_text(11, "października", LANGUAGES["pl"]) == "listopada"
    assert month_text(12, "out.", LANGUAGES["pt"]) == "dez."
    assert month_text(5, "Apr", LANGUAGES["en"]) == "May"  # no short form: written in full
    assert month_text(11, "Octobris", LANGUAGES["la"]) == "Novembris"
    assert weekday_word("Sun.", 2, LANGUAGES["en"]) == "Wed."
    assert weekday_word("dimanche", 2, LANGUAGES["fr"]) == "mercredi"
    assert weekday_word("Sonntag", 2, LANGUAGES["fr"]) is None
    assert same_case("novembre", "OCTOBRE") == "NOVEMBRE"


def test_the_language_of_a_mention_is_the_one_that_has_all_its_words() -> None:
    def lang(text: str) -> str:
        tokens = [t for t in tokenize(text) if t.kind in ("month", "marker", "weekday")]
        return language_of_words(tokens).code

    assert lang("25 October (O.S.; 7 November N.S.) 1917") == "en"
    assert lang("25 marzo (calendario juliano; 7 abril calendario gregoriano) 1700") == "es"
    assert lang("25 marzo (calendario giuliano) 1700") == "it"
    assert lang("25 марта (O.S.) 1700") == "ru"
    assert lang("1917") == "en"


def test_a_month_word_two_languages_share_is_in_the_language_of_its_reading() -> None:
    # "listopada" is October in Croatian and November in Polish: a fix of the Croatian
    # reading writes Croatian ("studenoga"), so the fix reads back as the day it meant.
    (month,) = [t for t in tokenize("21. listopada 1777") if t.kind == "month"]
    assert language_of_words([month], [(month, 10)]).code == "hr"
    assert language_of_words([month], [(month, 11)]).code != "hr"
    fixed, _ = fix("21. listopada/12. listopada 1777", trust="first")
    assert fixed == "21. listopada/1. studenoga 1777"
    assert check(fixed) == []


_STYLES = ["os-ns", "bracket", "os-bracket", "slash", "fraction", "us", "britannica", "iso", "russian"]
_TRUSTS = ["first", "second", "julian", "gregorian"]
_DAY = re.compile(r"(?<![\d.\-])\d{1,2}(?![\d\-])")


@st.composite
def _wrong_dual_dates(draw: st.DrawFn) -> tuple[str, str]:
    """A dual date in some style and language, with one day number or the weekday made wrong."""
    ordinal = draw(st.integers(JulianDate(1200, 1, 1).toordinal(), JulianDate(2100, 12, 31).toordinal()))
    code = draw(st.sampled_from(sorted(LANGUAGES)))
    style = draw(st.sampled_from(_STYLES))
    code = "ru" if (style, code) == ("russian", "en") else code  # the Russian style's default
    weekday = draw(st.booleans()) and bool(LANGUAGES[code].weekdays)
    text = format_dual(JulianDate.fromordinal(ordinal), style, language=code, weekday=weekday)
    days = list(_DAY.finditer(text))
    if days and draw(st.booleans()):
        where = draw(st.sampled_from(days))
        new = draw(st.integers(1, 28))
        text = text[: where.start()] + str(new) + text[where.end() :]
    elif weekday:
        names = LANGUAGES[code].weekdays
        written = next(name for name in names if text.startswith(name))
        text = draw(st.sampled_from(names)) + text[len(written) :]
    return text, draw(st.sampled_from(_TRUSTS))


@settings(max_examples=300, deadline=None)
@given(_wrong_dual_dates())
@example(("Friday, 27 July [O.S. 26 July] 159", "first"))
@example(("21 March 1731/32 (5 April 1732)", "second"))
@example(("21. listopada/12. listopada 1777", "first"))  # Croatian October, not Polish November
def test_what_check_flags_fix_corrects_for_good(case: tuple[str, str]) -> None:
    text, trust = case
    problems = check(text, trust=trust)
    if not problems or any(p.replacement is None for p in problems):
        return
    fixed, _ = fix(text, trust=trust)
    assert check(fixed, trust=trust) == [], fixed
    # Some language has every month word of the text and of its fix (Danish
    # and Norwegian share "januar"; the fix must not mix in a third language).
    months = [t.text for t in (*tokenize(text), *tokenize(fixed)) if t.kind == "month"]
    assert any(all(month_key(m) in _month_keys(c) for m in months) for c in LANGUAGES), (text, fixed)


@pytest.mark.parametrize("month", [0, 13, -1, True, "10", None])
def test_month_text_refuses_a_month_that_is_not_one(month: object) -> None:
    with pytest.raises(OldstyleError, match="month must be an int from 1 to 12"):
        month_text(month, "Oct", LANGUAGES["en"])  # type: ignore[arg-type]


@pytest.mark.parametrize("weekday", [7, -1, False, 2.0])
def test_weekday_word_refuses_a_weekday_that_is_not_one(weekday: object) -> None:
    with pytest.raises(OldstyleError, match="weekday must be an int from 0 to 6"):
        weekday_word("Sunday", weekday, LANGUAGES["en"])  # type: ignore[arg-type]


def test_the_marker_writes_in_each_language() -> None:
    markdown = pytest.importorskip("markdown")
    html = markdown.markdown(":os[1812-08-26]{lang=pl style=bracket}", extensions=["oldstyle"])
    assert "7 września [st. st. 26 sierpnia] 1812" in html
    html = markdown.markdown(":os[1812-08-26]{lang=el weekday=yes}", extensions=["oldstyle"])
    assert "Δευτέρα, 26 Αυγούστου (π.η.; 7 Σεπτεμβρίου ν.η.) 1812" in html


@pytest.mark.parametrize(
    ("label", "opposite"),
    [
        ("O.S.", "N.S."),
        ("o.s.", "n.s."),
        ("according to the Julian calendar", "according to the Gregorian calendar"),
        ("ПО СТАРОМУ СТИЛЮ", "ПО НОВОМУ СТИЛЮ"),
        ("nach dem julianischen Kalender", "nach dem gregorianischen Kalender"),
        ("stilo veteri", "stilo novo"),
        ("jul.", "greg."),
        ("π.η.", "ν.η."),
        ("no label", None),
    ],
)
def test_a_swapped_label_becomes_its_counterpart_in_the_same_words(label: str, opposite: str | None) -> None:
    assert opposite_label(label) == opposite


def test_swapped_labels_are_swapped_back_in_their_language() -> None:
    text = "7 ноября 1917 ПО СТАРОМУ СТИЛЮ (25 октября 1917 по новому стилю)"
    fixed, (problem,) = fix(text)
    assert problem.kind == "swapped"
    assert fixed == "7 ноября 1917 ПО НОВОМУ СТИЛЮ (25 октября 1917 по старому стилю)"
