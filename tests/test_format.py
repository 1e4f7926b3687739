"""format_dual: every style against the conventions of domain-facts section 3."""

from __future__ import annotations

from datetime import date

import pytest

from oldstyle import GregorianDate, JulianDate, OldstyleError
from oldstyle.formatting import STYLES, format_dual, style_name

# (Julian label, Gregorian label) pairs used across the tables below.
PAIRS = {
    "1917-10-25": "1917-11-07",
    "1917-02-23": "1917-03-08",
    "1918-01-05": "1918-01-18",
    "1812-08-26": "1812-09-07",
    "1825-12-14": "1825-12-26",
    "1799-05-26": "1799-06-06",
    "1837-01-29": "1837-02-10",
    "1840-04-25": "1840-05-07",
    "1709-06-27": "1709-07-08",
}

TABLE = [
    # H: the default style.
    ("os-ns", "1917-10-25", None, "25 October (O.S.; 7 November N.S.) 1917"),
    ("os-ns", "1917-02-23", None, "23 February (O.S.; 8 March N.S.) 1917"),
    ("os-ns", "1918-01-05", None, "5 January (O.S.; 18 January N.S.) 1918"),
    ("os-ns", "1812-08-26", None, "26 August (O.S.; 7 September N.S.) 1812"),
    ("os-ns", "1825-12-14", None, "14 December (O.S.; 26 December N.S.) 1825"),
    ("os-ns", "1799-05-26", None, "26 May (O.S.; 6 June N.S.) 1799"),
    ("os-ns", "1837-01-29", None, "29 January (O.S.; 10 February N.S.) 1837"),
    ("os-ns", "1709-06-27", None, "27 June (O.S.; 8 July N.S.) 1709"),
    ("os-ns", "1642-12-25", None, "25 December 1642 (O.S.; 4 January 1643 N.S.)"),
    ("os-ns", "1914-12-22", None, "22 December 1914 (O.S.; 4 January 1915 N.S.)"),
    # A: Wikipedia {{OldStyleDate}}.
    ("bracket", "1905-01-20", None, "2 February [O.S. 20 January] 1905"),
    ("bracket", "1917-10-25", None, "7 November [O.S. 25 October] 1917"),
    ("bracket", "1917-02-23", None, "8 March [O.S. 23 February] 1917"),
    ("bracket", "1918-01-05", None, "18 January [O.S. 5 January] 1918"),
    ("bracket", "1812-08-26", None, "7 September [O.S. 26 August] 1812"),
    ("bracket", "1825-12-14", None, "26 December [O.S. 14 December] 1825"),
    ("wikipedia", "1799-05-26", None, "6 June [O.S. 26 May] 1799"),
    ("wikipedia", "1837-01-29", None, "10 February [O.S. 29 January] 1837"),
    ("bracket", "1840-04-25", None, "7 May [O.S. 25 April] 1840"),
    ("bracket", "1709-06-27", None, "8 July [O.S. 27 June] 1709"),
    # B: years differ.
    ("bracket", "1642-12-25", None, "4 January 1643 [O.S. 25 December 1642]"),
    ("bracket", "1914-12-22", None, "4 January 1915 [O.S. 22 December 1914]"),
    ("bracket", "1916-12-25", None, "7 January 1917 [O.S. 25 December 1916]"),
    ("bracket", "1899-12-25", None, "6 January 1900 [O.S. 25 December 1899]"),
    ("bracket", "1752-12-25", None, "5 January 1753 [O.S. 25 December 1752]"),
    ("bracket", "1582-12-25", None, "4 January 1583 [O.S. 25 December 1582]"),
    ("bracket", "1700-12-31", None, "11 January 1701 [O.S. 31 December 1700]"),
    ("bracket", "1825-12-20", None, "1 January 1826 [O.S. 20 December 1825]"),
    ("bracket", "1917-12-19", None, "1 January 1918 [O.S. 19 December 1917]"),
    ("bracket", "1706-01-06", "lady_day", "17 January 1706 [O.S. 6 January 1705/06]"),
    # C: {{OS2NS}}.
    ("os-bracket", "1905-01-20", None, "20 January [2 February N.S.] 1905"),
    ("os-bracket", "1917-10-25", None, "25 October [7 November N.S.] 1917"),
    ("os-bracket", "1917-02-23", None, "23 February [8 March N.S.] 1917"),
    ("os-bracket", "1918-01-05", None, "5 January [18 January N.S.] 1918"),
    ("os-bracket", "1812-08-26", None, "26 August [7 September N.S.] 1812"),
    ("os-bracket", "1825-12-14", None, "14 December [26 December N.S.] 1825"),
    ("os-bracket", "1799-05-26", None, "26 May [6 June N.S.] 1799"),
    ("os-bracket", "1837-01-29", None, "29 January [10 February N.S.] 1837"),
    ("os-bracket", "1840-04-25", None, "25 April [7 May N.S.] 1840"),
    ("os-bracket", "1709-06-27", None, "27 June [8 July N.S.] 1709"),
    # D: Russian.
    ("russian", "1917-10-25", None, "25 октября (7 ноября) 1917"),
    ("russian", "1917-02-23", None, "23 февраля (8 марта) 1917"),
    ("russian", "1918-01-05", None, "5 (18) января 1918"),
    ("russian", "1812-08-26", None, "26 августа (7 сентября) 1812"),
    ("russian", "1825-12-14", None, "14 (26) декабря 1825"),
    ("russian", "1799-05-26", None, "26 мая (6 июня) 1799"),
    ("russian", "1837-01-29", None, "29 января (10 февраля) 1837"),
    ("russian", "1840-04-25", None, "25 апреля (7 мая) 1840"),
    ("russian", "1709-06-27", None, "27 июня (8 июля) 1709"),
    ("russian", "1914-12-22", None, "22 декабря 1914 (4 января 1915)"),
    # E: slash and fraction.
    ("slash", "1917-10-25", None, "25 October/7 November 1917"),
    ("slash", "1917-02-23", None, "23 February/8 March 1917"),
    ("fraction", "1918-01-05", None, "5/18 January 1918"),
    ("slash", "1812-08-26", None, "26 August/7 September 1812"),
    ("fraction", "1825-12-14", None, "14/26 December 1825"),
    ("slash", "1799-05-26", None, "26 May/6 June 1799"),
    ("fraction", "1837-01-29", None, "29 January/10 February 1837"),
    ("slash", "1840-04-25", None, "25 April/7 May 1840"),
    ("fraction", "1732-02-11", "lady_day", "11/22 February 1731/32"),
    ("fraction", "1649-01-30", "lady_day", "30 January/9 February 1648/49"),
    ("slash", "1642-12-25", None, "25 December 1642/4 January 1643"),
    # F: Britannica.
    ("britannica", "1917-11-12", None, "Nov. 25, 1917 (November 12, Old Style)"),
    ("britannica", "1918-01-05", None, "Jan. 18, 1918 (January 5, Old Style)"),
    ("britannica", "1917-10-25", None, "Nov. 7, 1917 (October 25, Old Style)"),
    ("britannica", "1917-02-23", None, "March 8, 1917 (February 23, Old Style)"),
    ("britannica", "1812-08-26", None, "Sept. 7, 1812 (August 26, Old Style)"),
    ("britannica", "1825-12-14", None, "Dec. 26, 1825 (December 14, Old Style)"),
    ("britannica", "1799-05-26", None, "June 6, 1799 (May 26, Old Style)"),
    ("britannica", "1837-01-29", None, "Feb. 10, 1837 (January 29, Old Style)"),
    ("britannica", "1840-04-25", None, "May 7, 1840 (April 25, Old Style)"),
    ("britannica", "1709-06-27", None, "July 8, 1709 (June 27, Old Style)"),
    # G: dual years with the dual day.
    ("fraction", "1727-03-20", "lady_day", "20/31 March 1726/27"),
    ("fraction", "1603-03-24", "lady_day", "24 March/3 April 1602/03"),
    ("fraction", "1603-03-25", "lady_day", "25 March/4 April 1603"),
    ("fraction", "1706-01-06", "lady_day", "6/17 January 1705/06"),
    ("fraction", "1700-02-29", "lady_day", "29 February/11 March 1699/1700"),
    ("fraction", "1751-03-24", "lady_day", "24 March/4 April 1750/51"),
    ("fraction", "1685-02-23", "lady_day", "23 February/5 March 1684/85"),
    # England's 1752 began on 1 January: no year_start, no dual year.
    ("fraction", "1752-02-11", None, "11/22 February 1752"),
    # Dual year in a labelled style: the N.S. half keeps its 1-January year.
    ("os-ns", "1732-02-11", "lady_day", "11 February 1731/32 (O.S.; 22 February 1732 N.S.)"),
    # US order and ISO.
    ("us", "1917-10-25", None, "October 25 (O.S.; November 7 N.S.), 1917"),
    ("us", "1642-12-25", None, "December 25, 1642 (O.S.; January 4, 1643 N.S.)"),
    ("iso", "1917-10-25", None, "1917-10-25 O.S. (1917-11-07 N.S.)"),
    ("iso", "-0043-03-15", None, "-0043-03-15 O.S. (-0043-03-13 N.S.)"),
    # BC years.
    ("os-ns", "-0043-03-15", None, "15 March (O.S.; 13 March N.S.) 44 BC"),
    ("os-ns", "0000-01-01", None, "1 January 1 BC (O.S.; 30 December 2 BC N.S.)"),
]


@pytest.mark.parametrize(("style", "julian", "year_start", "expected"), TABLE)
def test_table(style: str, julian: str, year_start: str | None, expected: str) -> None:
    assert format_dual(JulianDate.fromisoformat(julian), style, year_start=year_start) == expected


def test_default_style_is_os_ns() -> None:
    assert format_dual(JulianDate(1917, 10, 25)) == "25 October (O.S.; 7 November N.S.) 1917"


@pytest.mark.parametrize(("julian", "gregorian"), PAIRS.items())
def test_gregorian_values_name_the_same_day(julian: str, gregorian: str) -> None:
    same = format_dual(JulianDate.fromisoformat(julian))
    assert format_dual(GregorianDate.fromisoformat(gregorian)) == same
    assert format_dual(date.fromisoformat(gregorian)) == same


def test_calendar_says_the_label_is_julian() -> None:
    assert format_dual(date(1917, 10, 25), calendar="julian") == "25 October (O.S.; 7 November N.S.) 1917"
    assert format_dual(date(1917, 11, 7), calendar="ns") == "25 October (O.S.; 7 November N.S.) 1917"


def test_other_languages_come_from_names() -> None:
    # Russian months take the genitive after a day number ("25 октября").

    assert (
        format_dual(JulianDate(1917, 10, 25), language="de")
        == "25. Oktober (a. St.; 7. November n. St.) 1917"  # German ordinal days
    )
    assert (
        format_dual(JulianDate(1917, 10, 25), language="ru") == "25 октября (ст. ст.; 7 ноября н. ст.) 1917"
    )


def test_styles_are_described() -> None:
    assert set(STYLES) >= {
        "os-ns",
        "bracket",
        "os-bracket",
        "slash",
        "fraction",
        "us",
        "britannica",
        "iso",
        "russian",
    }
    assert all(isinstance(text, str) and text for text in STYLES.values())
    assert style_name("Wikipedia") == "bracket"


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda: format_dual(JulianDate(1917, 10, 25), "nope"), "unknown dual-date style"),
        (lambda: format_dual("1917-10-25"), "needs a JulianDate"),  # type: ignore[arg-type]
        (lambda: format_dual(JulianDate(1917, 10, 25), language="xx"), "unknown language"),
        (lambda: format_dual(JulianDate(1917, 10, 25), year_start="epiphany"), "unknown year-start"),
        (lambda: format_dual(JulianDate(1900, 2, 29), calendar="gregorian"), "not a Gregorian date"),
        (lambda: format_dual(JulianDate(1917, 10, 25), calendar="mayan"), "unknown calendar"),
        (lambda: format_dual(JulianDate(1917, 10, 25), weekday="no"), "weekday must be True or False"),  # type: ignore[arg-type]
    ],
)
def test_bad_input_raises_our_errors(call: object, fragment: str) -> None:
    with pytest.raises(OldstyleError, match=fragment):
        call()  # type: ignore[operator]
