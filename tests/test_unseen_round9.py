"""A ninth round: real English text from sources the earlier rounds did not use.

Naval and astronomy histories, East India Company and colonial records, the
Calendar Act and reform laws, encyclopedia timelines, museum and auction
entries, letters and quarter-day notes: most of it is quiet or right, and
the rounds hunt false alarms first.  Two labelled dates said to lie near each
other ("11 July (Gregorian calendar), conveniently close to the Julian date of
... 12 July 1691") are compared, not set equal.  The wrong pairs change one day
of a right pair (synthetic) unless marked real.
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

from oldstyle import check, fix, scan

RIGHT_PAIRS: Final = [
    # a battle page's lead
    "The Battle of Lowestoft took place on 13 June [O.S. 3 June] 1665 during the Second Anglo-Dutch War.",
    # a diplomat's letter quoted in an encyclopedia
    'Sir William Boswell writing to Sir John Coke from The Hague dated a letter "12/22 Dec. 1635".',
    # a family history blog
    "Charles XII was born at Tre Kronor Castle in Stockholm on Saturday 17 June g.s. (June 27, n.s.) 1682.",
    # facts pages and an on-this-day column
    "The date of the city's founding is considered to be May 27, 1703 (May 16, 1703, according to the "
    "Julian calendar).",
    "16 May 1703: Peter the Great founds his namesake city. The first stone was laid on 16 May (27 May in "
    "the Gregorian calendar.)",
    # timelines of the Decembrist revolt
    "14 (26) December 1825 in St. Petersburg there was a rebellion. On the morning of 14 (26) December "
    "the rebels gathered.",
    "Early on the morning of 13 (25) July 1826 on the shaft of the Kronverk the five were hanged.",
    "On December 14 (26), 1825 in St.-Petersburg took place a revolt organized by the nobles.",
    "The Decembrist Revolt took place in Russia on 26 December [O.S. 14 December] 1825.",
    # a 1911 encyclopedia
    "Nicholas I was born at Tsarskoe-Selo on June 25 (July 6, N.S.), 1796.",
    "On the 17/29th of April 1818 their first child, the future emperor Alexander II., was born.",
    # a museum's acquisitions: a range of days with a labelled range in brackets, the month once
    "a letter handwritten in French and Russian on 24-25 (O.S. 12-13) March 1868 with his signature.",
    "on 12-13 (N.S. 24-25) March 1868 the letters were written.",
    # a list of rulers: slash pairs in reign ranges
    "22 Oct/2 Nov 1721 - 28 Jan/8 Feb 1725 | Pëtr I (Пётр I), Pëtr Alekseevič",
    "7/18 May 1727 - 19/30 Jan 1730 | Pëtr II (Пётр II)",
    "accession: 22 Oct/2 Nov 1721 (accepted imperial title at a public ceremony); end of reign: 28 Jan/8 "
    "Feb 1725 (died)",
    # a naval biography with Russian numeric dates
    "10(22).8.1894—11.10.1967 Admiral of the Fleet of the Soviet Union. Born August 22, 1894.",
]

WRONG_PAIRS: Final = [
    # real: an encyclopedia's 21 February 1821 (O.S.) is 5 March, not 6 March
    "The first revolt began on 6 March/21 February 1821 in the Danubian Principalities.",
    # one day moved
    "The Battle of Lowestoft took place on 13 June [O.S. 4 June] 1665.",
    "Charles XII was born in Stockholm on Saturday 17 June g.s. (June 28, n.s.) 1682.",
    "The date of the city's founding is May 28, 1703 (May 16, 1703, according to the Julian calendar).",
    "The Decembrist Revolt took place in Russia on 26 December [O.S. 13 December] 1825.",
    "Nicholas I was born at Tsarskoe-Selo on June 25 (July 7, N.S.), 1796.",
    "a letter handwritten on 24-25 (O.S. 11-12) March 1868 with his signature.",
    "a letter handwritten on 24-25 (O.S. 12-14) March 1868 with his signature.",
    # an unlabelled bracket a month or two off, or a year slipped, is still a (wrong) pair
    "on 25 October 1917 (7 December 1917) the government fell.",
    "He died on 30 December 1700 (10 January 1700).",
    "He died on 3 March 1918 (reckoned 15 March 1918).",
    # dates set equal, not compared
    "This maps to 11 July 1691 (Gregorian calendar), that is 12 July 1691 (Julian).",
]

QUIET: Final = [
    # real: a date compared with another event's date, not its other half
    "This maps to 11 July (Gregorian calendar), conveniently close to the Julian date of the subsequent "
    "[and more decisive] Battle of Aughrim on 12 July 1691.",
    "It fell on 11 July 1691 (Gregorian calendar), closer to the Julian 12 July 1691 than to any feast.",
    # real: two events in two calendars
    "William III arrived at Brixham on 5 November (Julian calendar), after setting sail from the "
    "Netherlands on 11 November (Gregorian calendar).",
    # real: a comet catalogue, a company's log, a statute, quarter days, reform laws
    "Messier perceived, during the night of the 14–15th of June, 1770, a nebulosity. On the 17th of June "
    "it appeared surrounded by an atmosphere.",
    "On 20 January 1715/16, Captain Minter weighed from St. Helena. On 23 February 1715/16 occurred an "
    "event not recorded in the log.",
    "the natural Day next immediately following the said second Day of September, shall be called, "
    "reckoned and accounted to be the fourteenth Day of September",
    "Thus 15 February 1715, near the end of the year in England (which was 15 February 1716, near the "
    "beginning of the next year in Scotland) is written as 15 Feb 1715/16.",
    'April 6, or Old Lady Day (adjusted with the days that were "lost" by the calendar change) is the '
    "English Tax Day.",
    "In 1916, at midnight on 31st of March, Bulgaria jumps into future – instead of having April 1st as "
    "the next day, Bulgarians had April 14th.",
    "Convert a Julian calendar date to the Gregorian calendar date by adding 12 days to dates prior to "
    "March 1, 1900; and 13 days to dates after February 28, 1900.",
    "Albania | 1912 | 14 Nov | 28 Nov | 13 | Albanian Catholics have used the Gregorian calendar since "
    "5 Oct 1583.",
    "Vitus Bering (baptised 5 August 1681, died 19 December 1741). Died 8 December 1741 (aged 60)",
    # real: an infobox's formal date in a bracket, months later
    "Abolition 15 March 1917 (formally 1 September 1917) Residence Winter Palace",
    "The act passed on 3 March 1918 (in force 1 August 1918).",
    # an unlabelled bracket whose date follows a participle names another event's day
    "The treaty was signed on 3 March 1918 (ratified 15 March 1918) in Brest-Litovsk.",
    "He was born on 3 March 1718 (baptized 14 March 1718) at Bristol.",
    # ranges in a bracket with no label are not read as the other calendar's
    "The fair ran 1-3 (4-6) May 1900, the races 5–7 (24–26) July 1900.",
    # real: holiday pages, a Swedish-calendar explainer, a reform law, an astronomer's day count
    "The Orthodox New Year, also known as the Old New Year, according to the Julian calendar is on "
    "January 14 in the Gregorian calendar.",
    "The Swedish calendar, which was in use from 1 March 1700 to the February 30, 1712, corresponded to "
    "the Julian calendar with a difference of one day.",
    "It was decided by law that after March 31, 1916, April 1 would not follow April 1, but April 14, 1916.",
    "Julian day number 2299161 is 15 October 1582 (Gregorian), the day after 4 October 1582 (Julian).",
    "In the London Gazette of February 23-27, we find a record of the coronation. Albemarle St., Feby. 26, "
    "1762.",
    # a place after "near" is no comparison
    "The battle was fought on 27 June 1709 (O.S.) near Poltava.",
]


@pytest.mark.parametrize(("text", "kind"), snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, QUIET))
def test_round9_snippet(text: str, kind: str) -> None:
    assert_read_as_meant(text, kind)


def test_dates_compared_are_two_mentions_not_a_pair() -> None:
    text = "11 July 1691 (Gregorian calendar), close to the Julian date of the battle on 12 July 1691."
    assert all(not (m.julian and m.gregorian) for m in scan(text))
    assert fix(text) == (text, [])


def test_near_a_place_still_pairs_the_halves() -> None:
    text = "The battle was fought on 27 June 1709 (O.S.) near Poltava, 8 July 1709 (N.S.)."
    (mention,) = scan(text)
    assert (str(mention.julian), str(mention.gregorian)) == ("1709-06-27", "1709-07-08")
    assert check(text) == []


def test_a_labelled_range_of_days_pairs_the_last_days_in_the_month_after_the_bracket() -> None:
    (mention,) = scan("on 24-25 (O.S. 12-13) March 1868 and")
    assert mention.text == "25 (O.S. 12-13) March 1868"
    assert (str(mention.julian), str(mention.gregorian)) == ("1868-03-13", "1868-03-25")
    corrected, (problem,) = fix("on 24-25 (O.S. 11-12) March 1868 and")
    assert corrected == "on 24-25 (O.S. 12-13) March 1868 and"
    assert problem.kind == "inconsistent"


@pytest.mark.parametrize(
    "text",
    [
        "24-25 (O.S. 12-13)",
        "24-25 (O.S. 12-13) 1868",
        "24-25 (O.S. 13-12) March 1868",
        "24-25 (O.S. 12-40) March 1868",
        "1-2 (O.S. 3-4) " * 60 + "March",
    ],
)
def test_broken_labelled_ranges_raise_nothing(text: str) -> None:
    corrected, problems = fix(text)
    assert isinstance(corrected, str)
    assert all(p.start <= p.end for p in problems)


@pytest.mark.parametrize(
    "text",
    [
        "close to close to close to 12 July 1691 (Julian)",
        "11 July (Gregorian calendar), close to" * 40,
        "11 July 1691 (Gregorian calendar), near to near to 12 July (Julian)",
        "(Gregorian calendar) close to (Julian) nearer to",
    ],
)
def test_garbage_around_nearness_words_raises_nothing(text: str) -> None:
    corrected, problems = fix(text)
    assert isinstance(corrected, str)
    assert all(p.start <= p.end for p in problems)
