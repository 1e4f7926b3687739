"""The forms people really write (issue 13), read by parse, scan, check and fix; garbage around them."""

from __future__ import annotations

import contextlib
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import DateParseError, GregorianDate, JulianDate, OldstyleError, check, fix, parse, scan

J = JulianDate
G = GregorianDate

# (text, Julian day, Gregorian day): one date, read on its own by parse.
FORMS = [
    # month first, with a day-only other half
    ("November 8 (19), 1711", J(1711, 11, 8), G(1711, 11, 19)),
    ("December 14 (26), 1825", J(1825, 12, 14), G(1825, 12, 26)),
    ("December 25 (5), 1700", J(1700, 12, 25), G(1701, 1, 5)),  # the bare day is in the next month
    ("8 September (16), 1380", J(1380, 9, 8), G(1380, 9, 16)),
    ("December 12 (23, new style), 1760", J(1760, 12, 12), G(1760, 12, 23)),
    ("January 17 (old style) 1860", J(1860, 1, 17), None),
    ("Nov. 13 (O. S.), 1729", J(1729, 11, 13), None),
    ("Nov. 13 (0. S.), 1729", J(1729, 11, 13), None),  # OCR's zero for the letter O
    ("March, 20th (on April, 1st) 1809", J(1809, 3, 20), G(1809, 4, 1)),
    ("5th (17th) of January 1863", J(1863, 1, 5), G(1863, 1, 17)),
    ("23 (4 февраля по новому стилю) 1873", J(1873, 1, 23), G(1873, 2, 4)),  # the bare day's month before
    ("1 (12 января по новому стилю) 1758", J(1758, 1, 1), G(1758, 1, 12)),
    # Russian numeric forms
    ("8(19).11.1711", J(1711, 11, 8), G(1711, 11, 19)),
    ("25.10(7.11).1917", J(1917, 10, 25), G(1917, 11, 7)),
    ("08.02. [O.S. 27.01.] 1834", J(1834, 1, 27), G(1834, 2, 8)),
    # ordinals and articles
    ("November 7th, 1917 N.S.", None, G(1917, 11, 7)),
    ("24th of March 1603 O.S.", J(1603, 3, 24), None),
    ("1er March 1690 O.S.", J(1690, 3, 1), None),
    ("1º March 1690 O.S.", J(1690, 3, 1), None),
    ("1° gennaio 1713 (calendario giuliano)", J(1713, 1, 1), None),
    ("13 Nisan 1909'da (Rumi takvimle 31 Mart)", J(1909, 3, 31), G(1909, 4, 13)),
    ("november 7. (október 25.) 1917", J(1917, 10, 25), G(1917, 11, 7)),
    ("vasario 8 d. (senuoju stiliumi sausio 27 d.) 1834", J(1834, 1, 27), G(1834, 2, 8)),
    ("25. listopada (7. studenoga) 1917.", J(1917, 10, 25), G(1917, 11, 7)),
    ("27 martie/stil vechi (9 aprilie stil nou) 1918", J(1918, 3, 27), G(1918, 4, 9)),
    ("25 октября (7 ноября) 1917г.", J(1917, 10, 25), G(1917, 11, 7)),
    ("10 de October 1721 O.S.", J(1721, 10, 10), None),
    # a label tied to the bracket's own date, not the outer one
    ("9 September [recorded as Old style Julian calendar as 28 August] 1828", J(1828, 8, 28), G(1828, 9, 9)),
]


@pytest.mark.parametrize(("text", "julian", "gregorian"), FORMS)
def test_parse_reads_the_form(text: str, julian: JulianDate | None, gregorian: GregorianDate | None) -> None:
    parsed = parse(text)
    assert (parsed.julian, parsed.gregorian) == (julian, gregorian)


@pytest.mark.parametrize(("text", "julian", "gregorian"), FORMS)
def test_scan_finds_the_form_in_a_sentence(
    text: str, julian: JulianDate | None, gregorian: GregorianDate | None
) -> None:
    (mention,) = scan(f"It happened on {text} in the town.")
    assert (mention.julian, mention.gregorian) == (julian, gregorian)
    assert check(f"It happened on {text} in the town.") == []


# (text with a wrong half, the text fixed)
WRONG = [
    (
        "Russia used the Julian calendar in 1917: November 7 was October 24 there.",
        "Russia used the Julian calendar in 1917: November 7 was October 25 there.",
    ),
    (
        "Pushkin was born on 26 May 1799 (7 June in the Gregorian calendar).",
        "Pushkin was born on 26 May 1799 (6 June in the Gregorian calendar).",
    ),
    (
        "Tolstoy was born on 28 August 1828 (Old Style), which is 10 September in the New Style calendar.",
        "Tolstoy was born on 28 August 1828 (Old Style), which is 9 September in the New Style calendar.",
    ),
    (
        "Shakespeare died on 23 April 1616 (Julian calendar), which was 4 May 1616 by the Gregorian.",
        "Shakespeare died on 23 April 1616 (Julian calendar), which was 3 May 1616 by the Gregorian.",
    ),
    ("Born 8(20).11.1711 in", "Born 8(19).11.1711 in"),
    ("Born 25.10(8.11).1917 in", "Born 25.10(7.11).1917 in"),
    ("Born 25.10(30.10).1917 in", "Born 25.10(7.11).1917 in"),
    ("Born 08.02. [O.S. 28.01.] 1834 in", "Born 08.02. [O.S. 27.01.] 1834 in"),
    ("He was born on November 8 (20), 1711 in", "He was born on November 8 (19), 1711 in"),
    ("Born December 25 (6), 1700.", "Born December 25 (5), 1700."),
    (
        "Died 26 October 1389 O.S. = 8 November 1389 N.S. in",
        "Died 26 October 1389 O.S. = 3 November 1389 N.S. in",
    ),
    (
        "It was on 7 November 1917 by the Gregorian calendar; in Old Style dating it was on 24 October.",
        "It was on 7 November 1917 by the Gregorian calendar; in Old Style dating it was on 25 October.",
    ),
]


@pytest.mark.parametrize(("text", "fixed"), WRONG)
def test_a_wrong_half_is_found_and_fixed(text: str, fixed: str) -> None:
    assert [p.kind for p in check(text)] == ["inconsistent"]
    assert fix(text)[0] == fixed
    assert check(fixed) == []


# Prose: (text, Julian day, Gregorian day) of the one mention found, and it is consistent.
PROSE = [
    (
        "Russia was still using the Julian Calendar in 1917. Hence, March 8 elsewhere was February 23.",
        J(1917, 2, 23),
        G(1917, 3, 8),
    ),
    (
        "It took place 7 November 1917; however, in Old Style dating it took place on 25 October.",
        J(1917, 10, 25),
        None,
    ),
    (
        "Newton was born on Christmas Day 1642 by the Julian calendar but on 4 January 1643 by the "
        "Gregorian.",
        J(1642, 12, 25),  # the feast date and the date beside it are one pair
        G(1643, 1, 4),
    ),
    (
        "Isaac Newton was born on January 4, 1643, according to the Gregorian calendar. However, England was "
        "using the Julian calendar, and according to that calendar, his birth date was December 25, 1642.",
        J(1642, 12, 25),
        G(1643, 1, 4),
    ),
    (
        "In 1917, on 7 November (25 October in Old Style) the Bolsheviks rose.",
        J(1917, 10, 25),
        G(1917, 11, 7),
    ),
    ("The revolution took place Oct 25, 1917. It is kept on Nov 7 (Gregorian).", None, G(1917, 11, 7)),
    (
        "In terms of the Old Style Russian date, the Revolution started on October 25, 1917.",
        J(1917, 10, 25),
        None,
    ),
    (
        "Washington was born on February 11, 1731, according to the then-used Julian calendar.",
        J(1731, 2, 11),
        None,
    ),
    (
        "On the 24th of March 1603 Elizabeth I died. It was, according to the Julian Calendar, the last day "
        "of the year.",
        J(1603, 3, 24),
        None,
    ),
    ("Il 25 October 1840 (secondo il calendario Julian allora in vigore) nasce.", J(1840, 10, 25), None),
]


@pytest.mark.parametrize(("text", "julian", "gregorian"), PROSE)
def test_prose_names_the_calendar_and_the_other_half(
    text: str, julian: JulianDate | None, gregorian: GregorianDate | None
) -> None:
    (mention,) = scan(text)
    assert (mention.julian, mention.gregorian) == (julian, gregorian)
    assert check(text) == []


def test_a_date_whose_year_is_nowhere_is_found_but_not_checked() -> None:
    (mention,) = scan("On 7 November (25 October in Old Style) the Bolsheviks rose.")
    assert mention.style == "yearless"
    assert (mention.julian, mention.gregorian, mention.halves) == (None, None, ())
    assert check("On 7 November (25 October in Old Style) the Bolsheviks rose.") == []


QUIET = [
    # a label belongs to the date it stands next to
    "Tolstoy (9 September [recorded as Old style Julian calendar as 28 August] 1828 - 1910)",
    # a run of digits longer than a year, text glued by a scraper, is not a year
    "Mussorgsky (21 March [O.S. 9 March] 183928 March [O.S. 16 March] 1881) was a composer",
    # a commemoration on a modern date is not a conversion
    "The battle took place in 1380 on 8 September according to the old style; it is commemorated on "
    "21 September.",
    # a range is two dates
    'In 1917 Russia still used the "Old Style" (O.S.) Julian calendar dates, 23 February-3 March, as opposed '
    'to the "New Style" (N.S.) Gregorian calendar dates of 8-16 March.',
    # a reform's switch: the day after, not the same day
    "The change took place on February 15, 1923 (Julian), directly followed by March 1, 1923 (Gregorian).",
    "Greece went from 16 February 1923 to 1 March 1923 when it replaced the Julian with the Gregorian.",
    "Dates are Julian until 2 September 1752, Gregorian from 14 September 1752.",
    # a calendar someone used, adopted or compared names no date
    "Russia used the Julian calendar until 1918; on 7 November 1917 the Bolsheviks rose.",
    "The meeting was held on 3 May 1890. The next meeting, on 10 May 1890, used the Julian calendar.",
    # an unmarked date a few days from a marked one is another event
    "He was born on 5 May 1820 (Old Style) and baptised on 12 May 1820; Russia kept the Julian calendar, "
    "not the Gregorian.",
    # two labelled dates further apart than a conversion are two events
    "Easter fell on 4 April 1999 in the Gregorian calendar and on 11 April 1999 in the Julian.",
    "The Gregorian calendar runs ten days ahead of the Julian, counted from 1 March of the year 1700.",
    # a label that would make the day impossible is not the day's
    "In the Julian calendar, 1700 was a leap year; 29 February 1700 exists there but not in the Gregorian.",
    # markup of the Markdown extension is not prose
    "We sailed on 2 August 1712 (O.S.).\n\nThe letter is dated :os[1712-07-29].",
]


@pytest.mark.parametrize("text", QUIET)
def test_do_not_cry_wolf(text: str) -> None:
    assert check(text) == []


# Issue 11: a month 13 or 0 in a marked or dual date.
BAD_MONTHS = [
    ("25.13.1917 O.S.", "13 is not a month"),
    ("1917-13-25 N.S.", "13 is not a month"),
    ("1917-10-25 O.S. (1917-13-07 N.S.)", "13 is not a month"),
    ("25.00.1917 O.S.", "0 is not a month"),
    ("32.10.1917 O.S.", "32 is not a day"),
    ("25.10(7.13).1917", "13 is not a month"),
    ("8(19).13.1711", "13 is not a month"),
    ("08.13. [O.S. 27.01.] 1834", "13 is not a month"),
]


@pytest.mark.parametrize(("text", "fragment"), BAD_MONTHS)
def test_a_month_out_of_range_is_a_library_error(text: str, fragment: str) -> None:
    with pytest.raises(DateParseError, match=fragment) as raised:
        parse(text)
    assert "December" not in str(raised.value)
    assert all(m.julian is not None or m.gregorian is not None for m in scan(f"x {text} y"))
    assert all("December" not in p.message for p in check(f"x {text} y"))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1917-10", "no day"),
        ("25/10/1917", "ambiguous"),
        ("19171025", "run of digits"),
        ("11 February 1731/33", "'1731/33' is not a dual year"),
        ("11 February 1732/31", "'1732/31' is not a dual year"),
    ],
)
def test_parse_errors_point_at_the_real_problem(text: str, fragment: str) -> None:
    with pytest.raises(DateParseError, match=fragment):
        parse(text)


_PIECES = [
    "8(19).11.1711",
    "25.10(7.11).1917",
    "08.02.",
    "25.13.1917",
    "(19)",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    "/",
    "-",
    "1917",
    "183928",
    "7th",
    "1er",
    "of",
    "de",
    "the",
    "November",
    "Nov.",
    "O.S.",
    "Old Style",
    "according to the Julian calendar",
    "by the Gregorian",
    "used the Julian calendar",
    "followed by",
    "Sunday",
    "\n\n",
    ":os[",
    # round 6: other languages' forms
    "1°",
    "1909'da",
    "-én",
    "7.",
    "d.",
    "listopada",
    "studenoga",
    "godine",
    "odnosno",
    "czyli",
    ";",
    "seguinte",
    "na",
    "(4 февраля по новому стилю)",
    "po julijanskom kalendaru",
    "februārī",
    "vasario",
    "Kr. e.",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_garbage_of_the_new_forms_never_raises_outside_the_library(words: list[str]) -> None:
    text = " ".join(words)
    mentions = scan(text)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    fixed, _ = fix(text)
    assert isinstance(fixed, str)
    with contextlib.suppress(OldstyleError):
        parse(text)


def test_a_dual_year_written_alone_is_found_without_days() -> None:
    (mention,) = scan("In the late winter of 1602/3 Elizabeth was feeling unwell.")
    assert (mention.text, mention.style, mention.halves) == ("1602/3", "dual-year", ())
    assert scan("the 1917/18 season, pages 12/13, and 1731/33") == []


def test_a_year_glued_to_its_label_is_read() -> None:
    (mention,) = scan("Catherine († 6 November [O.S. 26 October] 1796O.S. in Saint Petersburg)")
    assert mention.julian == J(1796, 10, 26)


def test_a_month_glued_to_a_dotted_label_is_split() -> None:
    # German Wikipedia's superscript "jul."/"greg." glue to the month when scraped:
    # "6 Novemberjul. / 17 November 1796greg.".  The glued labels come from the
    # language tables (German's calendar words).
    from oldstyle import patterns

    kinds = [(t.kind, t.text) for t in patterns.tokenize("6 Novemberjul. /")]
    assert kinds == [("number", "6"), ("month", "November"), ("marker", "jul."), ("punct", "/")]
    (mention,) = scan("Catherine († 6 Novemberjul. / 17 November 1796 N.S. in Saint Petersburg)")
    assert (mention.julian, mention.gregorian) == (J(1796, 11, 6), G(1796, 11, 17))


def test_an_unmarked_dual_date_inside_prose_is_still_checked() -> None:
    text = "The Julian calendar was still in force. He died 25 October/8 November 1917 in the city."
    assert [p.kind for p in check(text)] == ["inconsistent"]


def test_a_language_can_name_the_words_of_using_a_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    # Language.calendar_use_words (empty by default) joins the English stems in oldstyle.context.
    from oldstyle import context

    text = "The empire embraced the Gregorian calendar on 14 February 1918."
    assert [m.gregorian for m in scan(text)] == [G(1918, 2, 14)]
    monkeypatch.setattr(context, "_USE_WORDS", (*context._USE_WORDS, "embrac"))
    assert scan(text) == []


def _context_work(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How many times the context reader starts the grammar while scanning ``text``."""
    from oldstyle import context

    calls = {"reads": 0}
    real = context.read_draft

    def counting(*args: object, **kwargs: object) -> object:
        calls["reads"] += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(context, "read_draft", counting)
    scan(text)
    return calls["reads"]


def test_reading_in_context_costs_work_in_proportion(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted, not timed: prose full of labels, bare days and loose dates sends every
    # stretch through the context reader, whose work must still grow with the text.
    block = (
        "according to the Julian calendar 7 November; in Old Style 25 October, "
        "by the Gregorian 8(19).11.1711 Nov 7 (Gregorian) 1602/3 23 February-3 March. "
    )
    half, full = block * 400, block * 800
    reads_half, reads_full = _context_work(monkeypatch, half), _context_work(monkeypatch, full)
    assert 0 < reads_full <= 2.05 * reads_half
    assert reads_full <= len(full) // 4


def test_a_year_is_not_carried_across_a_table_cell_or_a_line_end() -> None:
    # The sentence before gives 1917; the next table row's 1789 is another context.
    text = (
        "| two dates | Russia was still using the Julian Calendar in 1917. Hence, March 8 elsewhere "
        "was February 23. |\n| the year | The fourth centenary was kept in 1789.\n"
    )
    (mention,) = scan(text)
    assert (mention.julian, mention.gregorian) == (J(1917, 2, 23), G(1917, 3, 8))
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        # a bare semicolon joins a pair's halves, as the dual styles do
        ("Frieden von Nystad (10. September 1721; 30. August nach julianischem Kalender)", 0),
        ("Frieden von Nystad (10. September 1721; 31. August nach julianischem Kalender)", 1),
        # "that is" in the text's language sets a marked half equal to an unmarked one
        ("rođen 11. novembra, odnosno 29. oktobra po starom kalendaru, 1821. godine", 1),
        ("urodzony 11 listopada 1821, czyli 30 października według starego stylu", 0),
        # "the day after" makes two days a day apart a reform's switch; "until" does not
        ("The day after 4 October 1582 (Julian) was 15 October 1582 (Gregorian).", 0),
        (
            "o dia seguinte a 4 de outubro de 1582 (calendário juliano) foi "
            "15 de outubro de 1582 (calendário gregoriano)",
            0,
        ),
        ("Until 25 October 1917 (O.S.), i.e. 8 November 1917 (N.S.), the old calendar ruled.", 1),
        # Dutch "na" (after) is Polish "on" unless it stands right before the second date
        (
            "Rusland nam de gregoriaanse kalender aan op 14 februari 1918, "
            "na 31 januari 1918 volgens de juliaanse kalender.",
            0,
        ),
        (
            "25 października 1917 roku według starego stylu, w Europie na dzień "
            "8 listopada 1917 roku według nowego stylu",
            1,
        ),
        # a number of one or two digits with a month after it is the next date's day, not a year
        ("Hasta el 1 de julio de 1918: 14 de febrero (1), 15 de febrero (2), etc.", 0),
        # "was" in the text's language sets the halves equal; "i" in brackets is no Polish "and"
        ("25 oktober 1917 (g.s.) var 8 november 1917", 1),
        ("Han föddes 25 oktober 1917 (g.s.) (i Ryssland), 8 november 1917 (n.s.)", 1),
        # a conjunction another language links a date with is one only among that language's months
        ("He was born on 1 May 1700 (O.S.) in London, that is 13 May 1700 (N.S.).", 1),
        ("Han föddes 25 oktober 1917 (g.s.) i Ryssland, 8 november 1917 (n.s.).", 1),
        (
            "Odšel je 1. maja 1700 (po julijanskem koledarju) in prispel "
            "13. maja 1700 (po gregorijanskem koledarju).",
            0,
        ),
        # a window's edge does not split a calendar label of several words
        (
            "на 2 септември 1911 г. по Юлианския календар в 9 часа сутринта "
            "(или 14 септември по новия Григориански календар)",
            1,
        ),
    ],
)
def test_pairs_in_other_languages_follow_their_words(text: str, problems: int) -> None:
    assert len(check(text)) == problems, [p.message for p in check(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In 1861 two baptisms were entered: 14 February (1), 15 February (2).",
        "En 1861 se registraron dos bautismos: 14 de febrero (1), 15 de febrero (2).",
        "The register of 1861 lists 14 February (3) and 20 March (4) as the days of the fairs.",
    ],
)
def test_a_list_number_in_brackets_after_a_day_is_no_other_half(text: str) -> None:
    """A bare number in brackets after a day and month, with no label, no year of its own and no
    calendar named in its sentence, numbers a list or a note: nothing is read, nothing flagged."""
    assert scan(text) == []
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "julian"),
    [
        ("Lomonosov was born November 8 (19), 1711.", (1711, 11, 8)),
        ("In 1711, by the Julian calendar, he was born on November 8 (19).", (1711, 11, 8)),
        (
            "Hasta 1918 se escribe, entre paréntesis, el del estilo antiguo: 14 de febrero (1).",
            None,
        ),
    ],
)
def test_a_bare_day_other_half_is_read_with_its_year_or_calendar(
    text: str, julian: tuple[int, int, int] | None
) -> None:
    """The same shape is the other half where its year follows it or a calendar is named nearby."""
    (mention,) = scan(text)
    assert mention.dual
    if julian is not None:
        assert mention.julian == JulianDate(*julian)
    assert check(text) == []
