"""A sixth round: dual dates as real published English text writes them, shortened and reworded.

Each snippet keeps the date phrase and its calendar marks as a real page
wrote them (Wikipedia and its mirrors, Britannica, a letters catalogue's
headers, the London Gazette, Q&A answers, history blogs, a Pepys
annotation), with the rest of the sentence shortened.  Three wrong pairs
are real writers' slips (a Gregorian date a day off, a night's two dates
each a day early, a Venetian dispatch's New Style day two days late); the
rest of the wrong pairs change one day of a right pair.
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

from oldstyle import JulianDate, fix, parse, scan

RIGHT_PAIRS: Final = [
    'Washington was born February 11, 1732, by the Julian or "old Style" calendar then used in Britain. '
    "This date became February 22 after 1752.",
    "Washington was born on February 11, 1731, according to the then-used Julian calendar. The new "
    "calendar placed his birth on February 22, 1732.",
    "The encyclopedia gives his birthday as Feb. 22, 1732 in our current calendar, and Feb. 11, 1731, "
    "Old Style.",
    "So February 11, 1731 O.S. is, in fact, February 22, 1732 in our current system.",
    'Her obituary gives her birth as "Sept. 15, 1743, Old Style."',
    "Between October 15, 1582 and September 13, 1752 Gregorian dates inclusive (corresponding to "
    "October 5, 1582 to September 2, 1752 Julian dates inclusive), the change was gradual.",
    "Pushkin, born May 26 [June 6, New Style], 1799, Moscow, died Jan. 29, 1837, St. Petersburg.",
    "Thursday 12 January 1659/60. I drank my morning draught at Harper's.",
    "Burial date written dd mon yyyy/y, e.g. 20 Jan 1834 or 20 Jan 1701/2.",
    "At Newton's birth Gregorian dates ran ten days ahead: he was born on Christmas Day 1642 by the "
    "Julian calendar but on 4 January 1643 by the Gregorian.",
    "Newton was born on January 4, 1643, according to the Gregorian calendar. England then used the "
    "Julian calendar, and by that calendar his birth date was December 25, 1642.",
    "By the modern calender, Newton was born on 4 January 1643, but by the calendar in force at his "
    "birth, on 25 December 1642.",
    "Galileo died on 8 January 1642 (Gregorian) and Newton was born on 25 December 1642 (Julian).",
    "The Revolution actually started on November 7th, 1917. In terms of the Old Style Russian date, it "
    "started on October 25, 1917.",
    "It took place 7 November 1917; however, in Old Style dating it took place on 25 October.",
    "A rising traditionally dated to 25 October 1917 (by the Julian or Old Style calendar, which "
    "corresponds to 7 November 1917 in the Gregorian or New Style calendar).",
    "The revolution occurred on 7 November 1917 (O.S. 25 October).",
    "Peter was born in Moscow on June 9 (May 30 according to the Old Style calendar), 1672.",
    "Today's birthday May 2nd 1729 [O.S. 21 April]: Catherine the Great.",
    "Catherine II (* 2 May 1729 in Stettin; † 6 Novemberjul. / 17 November 1796greg. in Saint Petersburg)",
    "1650. November 4, Monday (Old Style): William was born.",
    "Counting by the new style began on April 1, 1916, according to the Julian calendar, which "
    "corresponds to April 14 according to the Gregorian calendar.",
    "Letter 2407. Date 6/18 January 1884. Addressed to Nadezhda von Meck.",
    "Letter 2843. Date 23 December 1885/4 January 1886. Written at Maydanovo.",
    "|Date=13/25 March–22 March/3 April 1879 |Date=9/21 April 1879",
    "Peter the Great (9 June [O.S. 30 May] 1672 – 8 February [O.S. 28 January] 1725) ruled from "
    "7 May [O.S. 27 April] 1682.",
    "Bloody Sunday: the events of Sunday, 22 January [O.S. 9 January] 1905 in St Petersburg.",
    "On Sunday, 22 January 1905, (9 January Old Style) the workers marched.",
    "The assassination took place on 13 March [1 March, Old Style], 1881 in Saint Petersburg.",
    "On the 13 March 1881 (1 March in the Russian old style calendar) the Tsar was killed.",
    "MARCH 8, 1917: the revolution began. Russia used the Julian calendar, which dated March 8 as "
    "February 23.",
    "14 (26) December 1825 there was a rising in St. Petersburg.\nOn the morning of 14 (26) December the "
    "rebels gathered.",
    "On 14 December 1825 (26 December) three thousand men assembled in Senate Square.",
    "Date: 19 November 1700 (O.S.), 20 November 1700 (S.S.), 30 November 1700 (N.S.)",
    "Day number 0 is noon on January 1, 4713 BC, proleptic Julian calendar (November 24, 4714 BC, in "
    "the proleptic Gregorian calendar).",
    'A "Julian date" of "October 5, 1582" means that date in the Julian calendar (which was October 15, '
    "1582, in the Gregorian calendar).",
    "Gorodetsky (Russian: Городецкий; January 17 [ O.S. January 5] 1884 – June 8, 1967)",
    "For example : 27 April 1332 (Julian calendar) is 5 May 1332 (Gregorian",
    "Under the Julian calendar, his birthdate was 11 February 1731, late in the year. However, under the "
    "new Gregorian calendar, his birthday was 22 February 1732.",
    "Washington was born on 11 February 1732 (under the old calendar); as an adult his birthday was "
    "22 February (under the new calendar).",
    "Charles I was executed on 30 January 1649 (O.S.), that is 9 February 1649 by today's calendar.",
    "The Thursday which was Julian (UK) 1700-02-29 was MJD -57959 and Gregorian (Rome) 1700-03-11.",
    "In 1712 that date corresponded to February 29 in Julian and March 11 in Gregorian counting.",
    "1700 was a leap year by the Julian calendar but not by the Gregorian, so March 1, 1700, Julian, "
    "corresponded to March 12, 1700, Gregorian.",
    "Leo Tolstoy (Russian: , ...; September 9 [O.S. August 28] 1828  November 20 [O.S. November 7] 1910)",
    "Dostoevsky was born on October 30 (November 11), 1821, in Moscow.",
    "Arrested in the early morning of April 23 (May 5) 1849, with the Petrashevsky circle.",
    "Fyodor Dostoevsky (October 30 [11 November] 1821, Moscow – 28 January [9 February] St. Petersburg)",
    "Dates in January & February were ascribed to both years; say, 20 January 1755/6 or 5 February 1749/50.",
    "He made his will in Yarmouth, Massachusetts, on February 9, 1638/39.",
    "3. February 10th, 1661–62.\n4. Diary, Jan. 24th, 1665–66",
    "Saturday 25 February 1664/65. Up, and to the office.",
    "Wednesday, 2 September 1752 (Old Style)\n\nIt was followed by Thursday, 14 September 1752 (New style)",
    "The day of the transfer was Saturday, 7 October 1867, in Russia. That date corresponds with "
    "Saturday, 19 October 1867, Gregorian Calendar.",
    "So, after Friday, Oct. 6, 1867 (Julian) came Friday, Oct. 18, 1867 (Gregorian).",
    "The decree came on January 24, Julian calendar (February 6 Gregorian), 1918.",
    "Shevchenko was born on March 9 (Feb. 25 on the calendar used at the time), 1814, in Morintsy.",
    "Shevchenko died on March 10 (Feb. 26), 1861, in St. Petersburg, Russia.",
    "Taras Shevchenko (9.03. [O.S. 25.02.] 1814 10.03. [O.S. 26.02.] 1861)) - Ukrainian writer",
    # a day written again without its year takes the year written with it before
    "Born: 22 April 1870. Died: 21 January 1924. Lenin was born on 10 April under the old (Julian) "
    "calendar, on 22 April under the modern (Gregorian) calendar.",
    "The battle occurred on Friday, 25 October 1415 (Saint Crispin's Day, November 3 NS), near Azincourt.",
    "Columbus arrived on October 12, 1492 (Julian Calendar; it would have been October 21, 1492 on the "
    "Gregorian Proleptic Calendar).",
    # a family register's "Day of" and the old ordinals "2d", "3d", "22d"
    "George Washington Son to Augustine & Mary his Wife was Born ye 11th Day of February 1731/2 about 10 "
    "in the Morning.",
    "He was baptized on the 3d of April 1732 (O.S.), and kept his birthday on the 22d of February (N.S.).",
    # an 18th-century pamphlet's spelling
    "We were wrong in keeping it on the 25th of December 1752, according to the Old-Stile.",
    # Macaulay's footnotes: runs of month-first slash pairs with one year at the end
    '"Vento Papista," says Adda Oct 24/Nov 3 1688.',
    "Barillon, Oct. 8/18 16/26 18/28 Oct 25/Nov 4 Oct.\n[27]/Nov 6 Oct 29/Nov 8 1688; Adda, Oct 26/Nov 5",
    "Bentinck to his wife, Oct. 21/31 Oct. 22/Nov 1 Oct 24/Nov 3 Oct. 27/Nov 6 1688.",
    "Avaux, July 12/22 Aug. 14/24 1688. In a letter dated Sept. 6/16 1688, William urged caution.",
    "Citters. Nov. 2/12 1688: Adda, Nov. 2/12",
    "Barillon, Oct. 8/18 16/26 Oct 29/Nov 8 1688",
    # a range of days written in both calendars, as battle infoboxes do
    "The Battle of Chesma took place on 5–7 July [O.S. 24–26 June] 1770 near Chesma.",
    "The battle was fought 5–7 July 1770 (24–26 June O.S.).",
    "24–26 June (5–7 July) 1770",
    # a genealogist's dd-mmm-yyyy date
    "Double dating is found on many pages, thus: 8-Jan-1675/6, the year 1675, O.S., or 1676, N.S.",
    "Dates are written like this: Jan 7, 1719/20.",
    "Born | 28 June [O.S. 17 June] 1703 Epworth, Lincolnshire | Died | 2 March 1791 London",
    "The bull was issued on February 24th, 1582 (according to the Julian calendar). That is March 6th, "
    "according to the new Gregorian calendar.",
    "His birth is given as February 23rd 1685 according to the Julian calendar, in the Gregorian calendar "
    "this corresponds to March 5th.",
    "Poltava: 8 July 1709 (N.S.), 28 June (S.S.), 27 June (O.S.)",
    # an editor's dual year with an en dash, after a comma
    "Letter from George Stirk to Sir Nathaniel Rich, 27 January, 1633–34",
    "Petition dated January 27, 1633–4, read in council.",
    # a date written after its label on a Gazette heading, as a range
    'The heading reads: "From Tuesday September 1, O.S. to Saturday September 16, N.S. 1752".',
    "A letter written from France on August 4th, 1719 would be dated August 4, N.S.",
]

WRONG_PAIRS: Final = [
    # real: 23 April 1616 O.S. was 3 May N.S., not 4 May
    "So their deaths are in fact 11 days apart (Shakespeare died on Wednesday, 4 May, 1616, according "
    "to the Gregorian calendar).",
    # real: the night of 7-8 November 1917 N.S. was that of 25-26 October O.S.
    "The Winter Palace was stormed overnight November 7th to 8th 1917. Russia had not changed to the "
    "Gregorian Calendar, so their date was October 24th to 25th using the Julian Calendar.",
    # real: 12 December 1660 O.S. was 22 December N.S.
    "About Sunday 16 December 1660. The Venetian ambassador reported on December 12 (24, new style) "
    "that the King took the lady's side.",
    # synthetic: one day changed
    "Peter was born in Moscow on June 9 (May 31 according to the Old Style calendar), 1672.",
    "Letter 2174. Date 15/28 December 1882. Written at Saint Petersburg.",
    "MARCH 8, 1917: the revolution began. Russia used the Julian calendar, which dated March 8 as "
    "February 24.",
    "Day number 0 is noon on January 1, 4713 BC, proleptic Julian calendar (November 25, 4714 BC, in "
    "the proleptic Gregorian calendar).",
    "On Sunday, 22 January 1905, (10 January Old Style) the workers marched.",
    "Born 25-Oct-1917 O.S. (8-Nov-1917 N.S.) in Petrograd.",
    "The Battle of Chesma took place on 5–7 July [O.S. 23–25 June] 1770 near Chesma.",
    "24–26 June (6–8 July) 1770",
    "Avaux, July 12/23 Aug. 14/24 1688.",
    "Dostoevsky was born on October 30 (November 12), 1821, in Moscow.",
    "Friday 25 February 1664/65. Up, and to the office.",
    "25 December 1752 (Old Stile) = 6 January 1753 (New Stile)",
    "In 1880 Russia kept the Julian calendar. It was thirteen days behind the West.",
    "Shevchenko died on March 10 (Feb. 27), 1861, in St. Petersburg, Russia.",
    "He was born on the 11th day of February (O.S.), that is the 23d of February 1732 (N.S.).",
    "The battle occurred on Friday, 25 October 1415 (Saint Crispin's Day, November 4 NS), near Azincourt.",
    "Born: 22 April 1870. Died: 21 January 1924. Lenin was born on 11 April under the old (Julian) "
    "calendar, on 22 April under the modern (Gregorian) calendar.",
    "The day of the transfer was Saturday, 7 October 1867, in Russia. That date corresponds with "
    "Saturday, 20 October 1867, Gregorian Calendar.",
    # real: in 1752 the gap was eleven days
    "The act allowed for the Julian calendar being twelve days behind the Gregorian calendar, so 2 "
    "September 1752 was followed by 14 September 1752.",
    # the range's one year is both ends' year, so the weekday is checked
    'The heading reads: "From Wednesday September 1, O.S. to Saturday September 16, N.S. 1752".',
    "The Thursday which was Julian (UK) 1700-02-29 was MJD -57959 and Gregorian (Rome) 1700-03-12.",
    "1700 was a leap year by the Julian calendar but not by the Gregorian, so March 1, 1700, Julian, "
    "corresponded to March 13, 1700, Gregorian.",
    # a forum's slip, given a year: the gap of 1752 used in 1649
    "Charles I was executed on 30 January 1649 (O.S.), that is 10 February 1649 by today's calendar.",
    "Bentinck to his wife, Oct. 21/31 Oct. 22/Nov 2 Oct 24/Nov 3 1688.",
    "Washington was born on 11 February 1732 (under the old calendar); as an adult his birthday was "
    "23 February (under the new calendar).",
    "For example : 27 April 1332 (Julian calendar) is 6 May 1332 (Gregorian",
    "His birth is given as February 23rd 1685 according to the Julian calendar, in the Gregorian calendar "
    "this corresponds to March 6th.",
    "The encyclopedia gives his birthday as Feb. 23, 1732 in our current calendar, and Feb. 11, 1731, "
    "Old Style.",
]

QUIET: Final = [
    "If it was January 11, 1585 in Spain, it was January 1, 1584 in Great Britain.",
    "Most celebrity birthdates since September 14, 1752 use the New Style calendar (N.S.).",
    "The Battle of Poltava took place on June 27, 1709, during the Great Northern War.",
    "Mikhail Lermontov, born the 15th of October 1814, is celebrated today.",
    "Wednesday, 23rd January 1661. To the office all the morning.",
    "April 23, 1845 could be written 23rd of 4th mo. 1845, or 23rd day 4th mo. 1845.",
    'Letters were dated "8th Mo. 9th 1833."',
    "Their deaths are said to fall on 23 April, 1616: a Saturday for one, a Wednesday for the other.",
    "So which date should we remember then? 23rd April (OS) or 23rd April (NS)?",
    "People went to bed on 2 September 1752 and got up on 14 September, 1752.",
    "After March 31, 1916, April 1 would not follow, but April 14, 1916.",
    "This move lost 13 days, so that February 1, 1918, became February 14.",
    "The bull decreed that 15 October should follow immediately after 4 October 1582.",
    "Albania | 1912 | 14 Nov | 28 Nov | 13 | Catholics used the Gregorian calendar since 5 Oct 1583.",
    "Correspondents noted both dates, separated by a virgule, e.g. 10/20 May.",
    "The difference was 10 days, so 10 May in the Julian calendar was 20 May in the Gregorian. The "
    "Gregorian calendar was not taken up by England until 1752/3.",
    "January 1687 in England would have been January 1688 in Scotland.",
    # Wikipedia's infobox keeps an ISO copy of each date in brackets
    "13 June 1699–30 June 1699, in English with a little Latin.",
    "The sale ran from 27 May 1633–34 pounds were raised.",
    "Although the battle took place on July 1st, since the adoption of the Gregorian calendar it falls on "
    "July 11th. As the Battle of Aughrim fell on the July 12th it was a fitting date.",
    "Julian Date 2451545.0 is the J2000.0 epoch, noon (12:00 TT) on 1 January 2000.",
    "J1900 is the instant of 12h (midday) on 0 January 1900, equal to 31 Dec 1899.",
    "Her birthday was always 3 November, but in the west that day was 15 November, later 16 November.",
    "Evans gives the date of the Review, Tuesday, May 2, 1810.",
    "Turkish soldiers on 15th December 1801. in Belgrade killed Mustafa Pasha.",
    "In 1916, at midnight on 31st of March, Bulgaria went on to April 14th instead of April 1st.",
    "The Julian Calendar was kept until 3-Sep-1752, when the Gregorian Calendar was adopted.",
    "Deliverance Cory's birth date of 5 VI 1658 translates to 5-Aug-1658, not 5 Jun 1658.",
    "Form 8-Jan-16755 was filed; see 8 - Jan - 1675 in the index.",
    "The British parliament eliminated the dates 03-13 Sep 1752. In Denmark/Norway: 18 Feb 1700 was "
    "followed by 01 Mar 1700.",
    "Great Britain adopted the Gregorian calendar on September 14, 1752. The previous day was September 2.",
    "Changes in the 1700s required 11 days to be dropped. Changes in the 1800s required 12 days to be "
    "dropped.",
    "Peter was born in the year 7180 (early 1672 by our calendar).",
    "(1799-09-16)16 September 1799\nDied4 April 1857(1857-04-04) (aged 57)",
    "On 7 September (26–28 August) 1812 the army withdrew.",
    "A fine of 3s 4d was levied in 1700; use a 3d printer for the model of 1752.",
    "A will executed in, say, July 1745 might be proved in February 1745.",
    # a stated gap is judged by a year before it, or later in its own sentence, not the next one's
    "At first the difference between the calendars was 10 days but it came to 13. So 2101 christmass "
    "will be on january 8th and new year on january 14th.",
    "Christmas is still on December 25 in the Julian calendar so the January 7 date is only valid "
    "between 1901 and 2100.",
    # the days dropped at a switch are not judged as a gap (Alaska dropped 11 where the gap was 12)
    "Alaska crossed the date line too, so it skipped only 11 days, not 12, in October 1867 when the "
    "Gregorian calendar came in.",
    "October 12, 1492 (Julian Calendar) is October 21, 1492 (Gregorian), a 9 day difference, since there "
    "was a 10 day difference when the Gregorian calendar started on October 15, 1582 (October 5, 1582 "
    "Julian Calendar).",
    # across the date line the writer means two days: each weekday fits its own date
    "The United States recorded this date as Friday 18 October 1867 (Gregorian), whereas the Russian "
    "governor would have recorded it as Saturday 7 October 1867 (Julian).",
    "The agreed date of the Julian calendar was Saturday, 07 Oct 1867. The Americans recorded the date "
    "as being Friday, 18 Oct 1867 for the Gregorian calendar.",
    # a calendar in the passive names no date's calendar
    "In Russia the Gregorian calendar was accepted Wednesday, 31 January 1918, followed by Thursday, "
    "14 February 1918.",
    "Calendar used: October 1582 Julian/Gregorian: Mon 1-Thu 4, then Fri 15-Sun 31",
    'March 24, 1750 was followed by March 25, 1751 (March 25 was the first day of the "Old Style" year)',
    "September 2, 1752 was followed by September 14, 1752 (drop of 11 days to conform to the Gregorian "
    "calendar)",
    "In the British Empire, in 1752, the day after Wednesday, September 2nd, was Thursday, September 14th.",
    '"Ordered by the Council, Thursday, 7th August, 1656." See Diary, June 17th, 1666.',
    "Birth 28 Aug 1828 Yasnaya Polyana, Tula Oblast, Russia. Death 20 Nov 1910 Lipetsk Oblast, Russia",
    "Tolstoy, born on 9/9/1828 in Jasnaja Poljana; died on 20/11/1910 in Astapovo",
    'Ranges ("from 16 February 1923 to 1 March 1923", "From Tuesday September 1, O.S. to Saturday '
    'September 16, N.S. 1752") are two dates.',
    "It fell on the civil date 29th February 1699 (the new year number then starting with March 25th).",
    "In the Gregorian calendar 29 February 1700 never existed.",
    "So March 24, 1701 would be followed directly by March 25, 1702.",
    "If 30. January is the old date, then he was executed on 10. February by today's calendar.",
    "King Charles 1st was executed on Tuesday January 30th 1649. It was a cold day.",
    "Blenheim, Battle of, August 13, 1704, a battle during the War of the Spanish Succession.",
    "The Note to his Wife from the Blenheim Battlefield.August 13, 1704.—I have not time to say more.",
    "See the (pp. 12–15 June issue) of the Gazette, 1770.",
    "Born 9 June 1672(1672-06-09) Moscow Died 8 February 1725(1725-02-08) (aged 52)",
    "On 29 January 1676, Tsar Alexis died.",
    "He remained there till Theodore's death (April 27, 1682).",
]


@pytest.mark.parametrize(("text", "kind"), snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, QUIET))
def test_snippet_is_read_as_its_writer_meant(text: str, kind: str) -> None:
    assert_read_as_meant(text, kind)


def test_a_genealogists_hyphenated_date_is_read_and_fixed_in_its_form() -> None:
    assert parse("8-Jan-1675/6").julian == JulianDate(1676, 1, 8)
    fixed, _ = fix("Born 25-Oct-1917 O.S. (8-Nov-1917 N.S.) in Petrograd.")
    assert fixed == "Born 25-Oct-1917 O.S. (7-Nov-1917 N.S.) in Petrograd."


def test_a_day_after_a_label_opens_the_next_date_rather_than_being_a_year() -> None:
    mentions = scan("8 July 1709 (N.S.), 28 June (S.S.), 27 June (O.S.)")
    assert [mention.text for mention in mentions] == [
        "8 July 1709 (N.S.)",
        "28 June (S.S.)",
        "27 June (O.S.)",
    ]


def test_a_range_of_days_is_fixed_whole() -> None:
    fixed, _ = fix("The Battle of Chesma took place on 5–7 July [O.S. 23–25 June] 1770.")
    assert fixed == "The Battle of Chesma took place on 5–7 July [O.S. 24–26 June] 1770."
    fixed, _ = fix("24–26 June (6–8 July) 1770")
    assert fixed == "24–26 June (5–7 July) 1770"
