"""A seventh round: dual dates as real published English text writes them, shortened and reworded.

Each snippet keeps the date phrase and its calendar marks as a real page
wrote them (encyclopedia mirrors and their infoboxes, Britannica, a
genealogist's wiki, Quaker and colonial records, Scottish and Dutch
calendar history, East India Company despatches, eclipse and comet pages,
Russian revolution timelines, composers' and writers' biographies, Q&A
answers and blogs), with the rest of the sentence shortened.  Three wrong
pairs are real writers' slips (a Gregorian day written by taking the gap
away, a converter guide's 11 March 1700 for 10 March, a genealogy blog's
New Style year written without the eleven days); the rest change one day
of a right real pair (synthetic).
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

from oldstyle import fix, scan

RIGHT_PAIRS: Final = [
    # haendel.cz
    "Handel's birth is given as February 23rd 1685 according to the Julian calendar, in the Gregorian "
    "calendar this corresponds to March 5th.",
    # classic107
    "According to the 'Old Style' Julian calendar, George Frideric Handel was born on this day (Feb 23) in "
    "1685.",
    # livejournal
    "In the year of somebody's Lord, 1840, 7 May (New Style), Pyotr Ilyich Tchaikovsky was born in "
    "Votkinsk, Russia.",
    # britannica via slovar tchaikovsky
    "born April 25 [May 7, New Style], 1840, Votkinsk, Russia died October 25 [November 6], 1893, St. "
    "Petersburg",
    # silablume
    "Pyotr Ilyich Tchaikovsky, born April 25 [May 7, New Style], 1840, in Votkinsk, Russia, is the most "
    "popular Russian composer of all time.",
    # bibliotheek.be wikipedia
    "Alexander Sergeyevich Pushkin (Russian: Александр Сергеевич Пушкин; 6 June [O.S. 26 May] 1799 – 10 "
    "February [O.S. 29 January] 1837) was a Russian poet.",
    # silablume
    "Aleksandr Pushkin, born Aleksandr Sergeyevich Pushkin, May 26 [June 6, New Style], 1799, Moscow, "
    "Russia, is the poet.",
    # blogcryptonews
    "Alexander Sergeyevich Pushkin was born on June 6, 1799 (May 26, Old Style) in Moscow into a noble "
    "family.",
    # britannica kids pushkin
    "Aleksander Sergeevich Pushkin was born in Moscow on June 6, 1799 (May 26, according to the calendar "
    "in use at the time).",
    # schoenbergermusic comet
    "Discovered by Gottfried Kirch on 14 November 1680, New Style, it became one of the brightest comets "
    "of the 17th century.",
    # onlyprofessors
    "Benjamin Franklin was born January 6, 1705, as recorded by the Julius calendar, under modern "
    "circumstances, he was born January 17, 1706.",
    # benjaminfranklinbio
    "Ben Franklin's birthday was January 17th, 1706 but in the Old Style or Julian Calendar which was used "
    "at the time, it would have been January 6th.",
    # wikipedia boyne
    "The battle took place on 1 July 1690 O.S. William's forces defeated James's army.",
    # wikipedia boyne infobox
    "- Conflict: Battle of the Boyne\n- Date: 1 July 1690 O.S.\n- Place: Oldbridge, County Meath",
    # timetoast
    "22 (9) January 1905: Bloody Sunday – Troops and police open fire on a peaceful demonstration outside "
    "the Winter Palace.",
    # timetoast
    "30 (17) October 1905: October Manifesto – Tsar Nicholas II issues the October Manifesto.",
    # timetoast
    "1 August (19 July) 1914: Germany declares war on Russia. 18 (31) August 1914: St Petersburg is "
    "renamed Petrograd.",
    # timetoast
    "8 November (26 October on Russian Calendar) 1917: The Bolsheviks take control of the Winter Palace.",
    # historyofroyalwomen bloody sunday
    "The event took place on 22 January 1905 (O.S. 9 January).",
    # pets.edu.vn
    "Peter the Great, a pivotal figure in Russian history, was born on June 9 [May 30, Old Style], 1672, "
    "in Moscow, Russia.",
    # pets.edu.vn
    "Peter the Great's birthdate is officially recorded as June 9, 1672, according to the Gregorian "
    "calendar. However, the Julian calendar, which was in use in Russia at the time, records his birth as "
    "May 30, 1672.",
    # despatches from england (dual year)
    "GENERAL LETTER TO FORT ST. GEORGE, DATED FEBRUARY 14, 1728. LONDON 14th FEBRUARY 1727-28.",
    # calendarz peter I serbia
    "Peter I (11 July [O.S. 29 June] 1844 – 16 August 1921) was the last king of Serbia, reigning from 15 "
    "June 1903 to 1 December 1918.",
    # wikipedia charles xii
    "Charles XII, sometimes Carl XII (Swedish: Karl XII) or Carolus Rex (17 June 1682 – 30 November 1718 "
    "O.S.), was King of Sweden.",
    # wikipedia charles xii infobox
    "Reign 5 April 1697 – 30 November 1718 O.S.[1] Coronation 14 December 1697",
    # redarmyscreaming
    "November 30th 1718: Charles XII of Sweden killed. On this day in 1718, by the old style calendar, "
    "King Charles XII of Sweden died.",
    # thereformation.info
    "For example, where an excerpt from the records bears to be dated 14 February 1555, it is rendered "
    "thus—14 February 1555-6.",
    # orkney news
    "A system of double-dating was used in some legal documents, for example, 1 February 1699/1700 where "
    "1699 refers to the year which began on 25 March 1699.",
    # answers.com newton
    "Sir Isaac Newton died at the 31 March 1727 according to our modern Gregorian calendar or on 20 March "
    "1727 according to the Julian calendar, which was in use in the England until 1752.",
    # wikitree newton
    "Born 25 December 1642\n[NS: 4 January 1643][1]\nWoolsthorpe, Lincolnshire, England\nDied 20 March "
    "1726/7 (aged 84)\n[OS: 20 March 1726 NS: 31 March 1727][1]\nKensington",
    # wikitree bio
    "Sir Isaac Newton PRS (25 December 1642 – 20 March 1726/27[1]) was an English mathematician.",
    # duke up note on dates
    "The dates given in this volume are Old Style unless otherwise indicated (that is, when presented as "
    "dual dates [e.g., 6 January 1877/18 January 1877] or designated as New Style).",
    # explorussia
    'Before people could shout out "the king is dead", on the 14th of December (26th on new calendar) 1825 '
    "coup d'etat took place in the Senate Square in St. Petersburg.",
    # osmarks wikipedia decembrist
    "The Decembrist revolt took place in Imperial Russia on 26 December [O.S. 14 December] 1825.",
    # wikipedia eclipse 1715
    "A total solar eclipse occurred on 3 May 1715. Note: Great Britain did not adopt the Gregorian "
    "calendar until 1752, so the date was at the time considered 22 April 1715.",
    # calendarz eclipse
    "The dawn of May 3, 1715, marked a celestial spectacle across Great Britain. Due to Great Britain not "
    "adopting the Gregorian calendar until 1752, the date for those living at the time was observed as "
    "April 22, 1715.",
    # traceyourdutchroots
    "For well over a century, the old and the new calendar were used side by side. Many documents from "
    "this era had a dual date: 9/19 October 1660.",
    # every-day-is-special blog
    "I am going to wish Dmitri Mendeleev a happy birthday on the date he actually used: January 27. But "
    "Mendeleev was born on this date in Russia, in 1834...so this date is O.S. (Old Style). Many "
    "encyclopedias report his birthday as the New Style date of February 8. 1834.",
    # wikimili mendeleev
    "Dmitri Ivanovich Mendeleev (8 February 1834 2 February 1907 [ OS 27 January 1834 20 January 1907]) "
    "was a Russian chemist.",
    # um.mos.ru
    "Lev Nikolaevich Tolstoy (August 28 (September 9) 1828, the estate of Yasnaya Polyana in Tula "
    "Province, Russia - November 7 (20) 1910, the station Astapovo) - Russian writer.",
    # scientificrussia (yearless)
    "On August 26, O.S., 120,000 soldiers of the Kutuzov army met 135,000 soldiers of the Napoleon I army "
    "at the Borodino Field near Mozhaysk.",
    # true-news4u
    "The Battle of Borodino was the largest battle of the Patriotic War of 1812. It took place on "
    "September 7 (August 26 according to the Julian calendar) near the village of Borodino.",
    # britannica kids lomonosov
    "Mikhail Vasilievich Lomonosov was born on November 19 (November 8 on the calendar used at the time), "
    "1711, near Kholmogory, Russia.",
    # pinocchiopedia lomonosov
    "Mikhail Lomonosov (19 November [O.S. 8 November] 1711 – 15 April [O.S. 4 April] 1765) was a Russian "
    "polymath.",
    # grolier via anglang
    "The Russian scientist Mikhail Vasilevich Lomonosov, b. Nov. 19 (N.S.), 1711, d. Apr. 15 (N.S.), 1765 "
    "was the son of a prosperous fisherman.",
    # litkicks chekhov
    "Born January 17 (old style) 1860, Anton Pavlovich Chekhov was raised in Taganrog.",
    # factmonster who2 chekhov
    "Date Of Birth: 29 January 1860. Extra Credit: Chekhov's birthdate was January 29 according to the "
    "Gregorian calendar, which wasn't adopted in Russia until the 20th century. By the old-style Julian "
    "calendar, his birthdate was January 17.",
    # prlib rachmaninoff
    "Sergei Vasilyevich Rachmaninoff was born on March 20 (April 1), 1873 in a noble family.",
    # wikipedia mirror rachmaninoff
    "Sergei Vasilyevich Rachmaninoff (1 April [O.S. 20 March] 1873 – 28 March 1943) was a Russian composer.",
    # russia-ic gogol
    "Nikolai Vasilievich Gogol was born on March, 20th (on April, 1st) 1809 in Velikie Sorochintsy Village.",
    # docest narva
    "The battle of Narva (30 November 1700 NS) was a key battle early in the Great Northern War.",
    # synthetic weekday OS right
    "Before people could shout out, on the 14th of December (26th on new calendar) 1825 coup d'etat took "
    "place. It was Monday, 14 December 1825 (Old Style).",
    # worddisk ivan
    "Ivan IV Vasilyevich (Russian: Ива́н Васильевич; 25 August 1530 – 28 March [O.S. 18 March] 1584) was "
    "the grand prince of Moscow.",
    # worddisk ivan infobox (glued)
    "Tsar of Russia\nReign16 (26) January 1547 – 1575\nCoronation16 (26) January 1547\nPredecessorMonarchy "
    "established",
    # questionai ivan infobox
    "Reign 26 January [O.S. 16 January] 1547 – 28 March 1584\nCoronation 26 January [O.S. 16 January] 1547",
    # alexanderpalace forum thread
    "Pskov, March 2nd 1917 3:00pm (OS)\nThis is the 2nd and final abdication in favour of his brother.",
    # alexanderpalace forum (yearless)
    "As Nigbil wrote, the date of (Thursday) March 2 was according to the old Russian (Julian) calendar. "
    "In the West it was already March 15 …the Ides of March.",
    # russian revolution chronology
    "1916\nJanuary 20: Goremykin replaced by Stürmer.\nMay 22/June 4: Brusilov offensive opens.\nSeptember "
    "18: Protopopov Acting Minister of the Interior.",
    # oup double-dating treaties
    "Many of the treaties are identified with two different dates: the peace treaties of Osnabrück and "
    "Münster, both of which are dated 14 (24) October 1648.",
    # macdonald chronologies p57
    "This is done either January 1/13, 1895, or 1st January (13th January)—the former date (1st) being the "
    "old, and the latter (13th) the new style.",
    # macdonald chronologies p57 (Times notice)
    "A drawing had taken place 'on 20th August (1st September), 1895, reimbursable from the 19th November "
    "(1st December), 1895, at Saint Petersburg.'",
    # englishhistoryauthors
    "When I started studying 17th Century London, I noticed documents with confused dates. For "
    "instance--15 February 1661-62.",
    # shapardhistory
    "One way to decrease the confusion is by double-dating: February 2, 1721 would be written February 2, "
    "1721/2. The shift occurred on January 1, 1752, whereby, the day before was December 31, 1751.",
    # ancestorquests
    "One example is 16 Apr 1789. Occasionally, a year may be written with a dual designation such as 21 "
    "Jan 1690/91.",
    # rootsweb list
    'Many early Colonial records include double dates, writen as "12 February 1661/2 indicating that '
    'although officially it was 1661, some considered it to be 1662."',
    # fourmilab via nemotron
    "Britain did not switch to the Gregorian calendar until 1752, when Wednesday, 2nd September in the "
    "Julian calendar dawned as Thursday the 14th in the Gregorian.",
    # fourmilab via nemotron
    "The date December 30th, 0 in the Gregorian calendar corresponds to January 1st, 1 in the Julian "
    "calendar.",
    # calendar notes via nemotron
    "Only six decimal digits are required unless dates after Sunday Gregorian 27th November AD 2738 (DD "
    "999999) have to be handled.",
    # cloud93421 converter guide
    "Example conversions (quick reference)\n- 4 October 1582 (Julian) → 14 October 1582 (Gregorian) "
    "[10-day shift]\n- 2 September 1752 (Julian, England) → 13 September 1752 (Gregorian) after 11-day "
    "correction.",
    # bookdrum war and peace
    "The month of Brumaire started around the 22nd of October; the date of Napoleon's coup corresponds to "
    "9th November 1799 in the ordinary Gregorian calendar.",
    # calendar of state papers venice
    "Cephalonia, the 22nd April, 1667, old style.\n[Italian.]",
    # thurloe vol 6
    "Courtin to Bordeaux, the French embassador in England.\n\nHague, 2 Feb. 1657. [N. S.]\n\nVol. xlvi. "
    "p. 327.",
    # thurloe vol 6
    "J. van Wassanaer.\n\nAchim, 4 Sept. 1657. [N. S.] in our ship the Concord, lying at anchor before "
    "Gorée.",
    # thurloe vol 7
    "An intercepted letter.\n\nCalais, 3. April, 1660. [N. S.]\n\nDear Sir,",
    # wentiku
    "When historians updated Newton's birth date, they adjusted for the skipped days and the start of the "
    "year. Newton's birth date of December 25, 1642 (Julian) became January 4, 1643 (Gregorian).",
    # ionian-enchantment
    "Newton was born on December 25th 1642 on the Old Style (i.e. Julian) calendar and Galileo died "
    "January 8th 1642 on the New Style (i.e. Gregorian) calendar.",
    # balandavid
    "By a coincidence, it turns out that Isaac Newton was born December 25, 1642. Well, not exactly, "
    "because it is the date of birth on the Julian calendar. Isaac Newton is actually born January 4, 1643 "
    "on the Gregorian calendar.",
    # gm arts easter via mirror
    "In some years the Orthodox Easter Sunday occurs on the same day as the Western Easter Sunday. For "
    "example, this occurred in 1990 because the Western Easter Sunday date of (Gregorian calendar) April "
    "15, 1990 is the same as the Orthodox Easter Sunday date of (Julian calendar) April 2, 1990.",
    # gm arts easter via mirror
    "The example for year 1995 gives the Julian Easter Sunday date of April 10, and Table F shows that we "
    "need to add 13 days to convert it to the Gregorian calendar date of April 23.",
    # gm arts easter via mirror
    "Other examples: Year 1994: Step 3: A17 1=Julian April 18, 1994, Step 4: Julian A18 13 = Gregorian May "
    "1, 1994 Year 2870: Step 3: M25 7=Julian April 1, 2870, Step 4: Julian A1 19 = Gregorian April 20, 2870",
    # gm arts easter via mirror
    "The Julian calendar date Thursday October 4, 1582 was followed by the Gregorian calendar date Friday "
    "October 15, 1582.",
    # sizes.com
    'Another notation was to add the initials "O.S." after a date. So, for example, "January 10, 1664 '
    '(O.S.)" is the day we would call January 10, 1665.',
    # wikipedia OS/NS caption via eudic
    'On this marriage certificate, made out in 1907 in Warsaw, the month is given as "November/December", '
    'and the day as "23/6". The Julian date 23 November corresponded to the Gregorian 6 December.',
]

WRONG_PAIRS: Final = [
    # synthetic eclipse
    "A total solar eclipse occurred on 3 May 1715. Note: Great Britain did not adopt the Gregorian "
    "calendar until 1752, so the date was at the time considered 21 April 1715.",
    # synthetic calendarz
    "The dawn of May 3, 1715, marked a celestial spectacle across Great Britain. Due to Great Britain not "
    "adopting the Gregorian calendar until 1752, the date for those living at the time was observed as "
    "April 23, 1715.",
    # synthetic explorussia
    'Before people could shout out "the king is dead", on the 14th of December (27th on new calendar) 1825 '
    "coup d'etat took place in the Senate Square.",
    # synthetic wikitree
    "Died 20 March 1726/7 (aged 84)\n[OS: 20 March 1726 NS: 1 April 1727][1]\nKensington",
    # synthetic franklin
    "Ben Franklin's birthday was January 17th, 1706 but in the Old Style or Julian Calendar which was used "
    "at the time, it would have been January 7th.",
    # synthetic chekhov
    "Date Of Birth: 29 January 1860. Extra Credit: Chekhov's birthdate was January 29 according to the "
    "Gregorian calendar, which wasn't adopted in Russia until the 20th century. By the old-style Julian "
    "calendar, his birthdate was January 16.",
    # synthetic tchaikovsky
    "born April 25 [May 8, New Style], 1840, Votkinsk, Russia died October 25 [November 6], 1893, St. "
    "Petersburg",
    # synthetic timetoast
    "22 (10) January 1905: Bloody Sunday – Troops and police open fire on a peaceful demonstration.",
    # synthetic pets
    "Peter the Great, a pivotal figure in Russian history, was born on June 9 [May 31, Old Style], 1672, "
    "in Moscow, Russia.",
    # synthetic duke
    "The dates given in this volume are Old Style unless otherwise indicated (that is, when presented as "
    "dual dates [e.g., 6 January 1877/19 January 1877] or designated as New Style).",
    # synthetic decembrist
    "The Decembrist revolt took place in Imperial Russia on 26 December [O.S. 13 December] 1825.",
    # synthetic prlib
    "Sergei Vasilyevich Rachmaninoff was born on March 20 (April 2), 1873 in a noble family.",
    # synthetic answers newton
    "Sir Isaac Newton died at the 31 March 1727 according to our modern Gregorian calendar or on 21 March "
    "1727 according to the Julian calendar, which was in use in the England until 1752.",
    # synthetic borodino
    "The Battle of Borodino was the largest battle of the Patriotic War of 1812. It took place on "
    "September 8 (August 26 according to the Julian calendar) near the village of Borodino.",
    # synthetic lomonosov
    "Mikhail Vasilievich Lomonosov was born on November 19 (November 7 on the calendar used at the time), "
    "1711, near Kholmogory, Russia.",
    # synthetic um.mos
    "Lev Nikolaevich Tolstoy (August 28 (September 10) 1828, the estate of Yasnaya Polyana - November 7 "
    "(20) 1910, the station Astapovo) - Russian writer.",
    # synthetic dutchroots
    "For well over a century, the old and the new calendar were used side by side. Many documents from "
    "this era had a dual date: 9/20 October 1660.",
    # synthetic timetoast
    "1 August (20 July) 1914: Germany declares war on Russia.",
    # synthetic blogcryptonews
    "Alexander Sergeyevich Pushkin was born on June 6, 1799 (May 25, Old Style) in Moscow into a noble "
    "family.",
    # synthetic wikitree
    "Born 25 December 1642\n[NS: 5 January 1643][1]\nWoolsthorpe, Lincolnshire, England",
    # englishhistoryauthors REAL WRONG (gap subtracted)
    "If you visited Spain (Gregorian) on June 11, 1660 and received a letter from a loved one in England "
    "(Julian) who married on June 11, 1660, your loved one-in England-actually married on June 1, 1660 "
    "(Gregorian).",
    # kansasgilberts REAL WRONG (NS year without the days)
    "Thus 1 February 1700 (Old Style) would be written 1 February 1701 (New Style) or 1 February 1700/01 "
    "(Both Old and New Styles).",
    # cloud93421 REAL WRONG
    "- 28 February 1700 (Julian) → 11 March 1700 (Gregorian) — note the century-year leap difference "
    "causes an 11-day gap around 1700.",
    # synthetic oup
    "Peace treaties of Osnabrück and Münster, both of which are dated 14 (25) October 1648.",
    # synthetic macdonald
    "A drawing had taken place 'on 20th August (1st September), 1895, reimbursable from the 19th November "
    "(2nd December), 1895, at Saint Petersburg.'",
    # synthetic worddisk
    "Ivan IV Vasilyevich (25 August 1530 – 28 March [O.S. 17 March] 1584) was the grand prince of Moscow.",
    # synthetic cloud93421
    "- 2 September 1752 (Julian, England) → 14 September 1752 (Gregorian) after 11-day correction.",
    # ukbookworm REAL WRONG (year style for calendar)
    "For example, February 2nd 1688 (old style) would now be written as February 2nd 1688/9 to show that "
    "it was February 2nd 1689 according to our current calendar.",
    # wentiku REAL WRONG
    "England did not switch until 1752, which is well after Newton's death (he died on March 31, 1727, in "
    "the Julian calendar, or April 20, 1727, in the Gregorian calendar).",
    # synthetic gm arts
    "This occurred in 1990 because the Western Easter Sunday date of (Gregorian calendar) April 15, 1990 "
    "is the same as the Orthodox Easter Sunday date of (Julian calendar) April 3, 1990.",
    # synthetic gm arts
    "Year 1994: Step 3: A17 1=Julian April 18, 1994, Step 4: Julian A18 13 = Gregorian May 2, 1994",
    # synthetic eudic
    'On this marriage certificate, made out in 1907 in Warsaw, the month is given as "November/December". '
    "The Julian date 23 November corresponded to the Gregorian 7 December.",
]

QUIET: Final = [
    # rootsweb quaker calendar
    'Quaker records before 1752 used the Julian calendar. You may also see this abbreviation "o.s." (old '
    "style) next to a date.",
    # rootsweb quaker calendar
    "Double dates were identified with a slash mark (/) representing the Old and New Style calendars, "
    "e.g., 1690/1691.",
    # rootsweb quaker calendar
    "There was a very confused period from Dec. 31, 1751, as this was followed by Jan. 1, 1752 when the "
    "calendar changed.",
    # longislandgenealogy (writer's own muddle: 22 Feb with OS year)
    "For example, George Washington's birth, February 22, occured in 1731 by the Julian calendar, for the "
    "Julian year 1731 did not end until March 25. Consequently the date in those days would be written "
    "February 22 1731-2.",
    # testfamilygenealogy quaker
    "How 1st mon, 12th day, 1676 Actually Means March 22, 1677",
    # jahcmft blog quaker
    "Thomas married Katharine Bullock on April 7, 1680 (7, 2 mo, 1680) by ceremony of Friends at Sego.",
    # jahcmft blog quaker
    "George was baptized on March 11, 1650 (11 First 1650) in the Episcopal Church.",
    # clarkson portraiture of quakerism
    "This was in the year 1752, prior to this time the year began on the 25th of March.",
    # quaker quilt
    "Margaret Ann Johnson 8th mo. 4 1848.",
    # daysofimpact blog
    "Handel was born on Feburary 23rd, 1685 in Halle, a town in Saxony-Anhalt.",
    # bedford messiah choir
    "Born in Halle (Germany) on 23rd February 1685, Handel was originally intended by his father to "
    "practice Law. Handel died in London on 14th April 1759.",
    # haendel.cz
    "According to The Daily Courant of February 23rd, due to illness in the cast the planned performance "
    "did not take place.",
    # bsolive
    "Born: 7 May 1840 in Russia. Died: 6 November 1893 in Russia.",
    # melhoresmusicas
    "Tchaikovsky was born on May 7, 1840, in Votkinsk, Russia, and passed away on November 6, 1893, in St. "
    "Petersburg.",
    # domamo
    "Birthday 1840-05-07 Place of birth Votkinsk, Vyatka Governorate, Russian Empire Death day 1893-11-06",
    # millsaps blog quoting wikipedia (date line)
    "Thus, Friday, October 6, 1867, the day before the physical transfer of ownership, was followed by "
    "Friday, October 18, 1867 - which was Saturday, October 7, 1867 in Russia.",
    # patriciahysell blog
    "October 18, 1867: The US officially takes possession of the Alaska Territory. The land was purchased "
    "from Russia on March 30, 1867 for $7.2 million.",
    # echoak
    "It was not until August 1, 1868, however, that Treasury Warrant No. 927 in the amount of $7,200,000 "
    "was handed over to Stoeckl.",
    # binyon pushkin (weekday right, unmarked)
    "ALEKSANDR PUSHKIN was born in Moscow on Thursday 26 May 1799. On 8 June he was baptized in the parish "
    "church.",
    # pakistanpoint
    "Russia marks the annual Pushkin Day on June 6, the day when 19th century poet Alexander Pushkin was "
    "born.",
    # blogcryptonews
    "He died on February 10, 1837 from wounds sustained in a duel.",
    # history of kingston
    "On the 9th of December 1680, there appeared an extraordinary comet. It is described, in a letter "
    "dated January 1st, 1681.",
    # swanet comet
    "Made by German astronomer Gottfried Kirch on the morning of November 14, 1680. On December 18 it was "
    "seen at noon in the Philippines.",
    # phil trans ray (S.N. = stylo novo? unread ok)
    "December the 20th 1664, S. N. About three of the Clock this Morning, I observed the Comet.",
    # story of the comets
    "On Aug. 15, 1682, Flamsteed's assistant at the Royal Observatory, Greenwich, discovered a comet. On "
    "Aug. 21 the tail had become 10° long.",
    # herschel
    "Last Thursday evening, the 15th of December, about half after eight o'clock, my sister discovered a "
    "comet.",
    # dragonix (writer muddled)
    "On April the 5th, after a night beside Nairn the army went on to win the Battle of Culloden. In "
    "today's history books, however, the date of this last battle on British soil is considered to be "
    "April 16th.",
    # kiwix culloden infobox
    "Date 16 April 1746 (1746-04-16) Location Culloden",
    # wikipedia culloden
    "On 16 April 1746, the Jacobite forces of Charles Edward Stuart were decisively defeated near Inverness.",
    # founders archives
    "Record of Birth, 6 January 1706. Benjamen Son of Josiah Frankling & Abiah his Wife born 6 Janry 1706",
    # founders archives note (yearless)
    "He did not, however, adjust the days of the month, but retained the Old Style January 6, not adding "
    "eleven days as the New Style calendar would require to make BF's birthday January 17.",
    # historicalnovelsrus
    "His birthday is given as both January 6, and January 17, 1706, due to the fact that Britain switched "
    "from the Julian to the Gregorian calendar in 1752.",
    # stevegnatz
    "Ben was born on January 17th, 1706 – or was he? You will sometimes see this birthdate with the "
    "addendum of N.S. or New Style.",
    # financialcontent
    "On this day in history, Jan. 17, 1706, Benjamin Franklin, Founding Father, born in Boston",
    # pinocchiopedia boyne infobox (painting caption NS date beside OS date)
    "Battle of the Boyne between James II and William III, 11 July 1690, Jan van Huchtenburg Date1 July "
    "1690 O.S.[a] Location53°43′23″N",
    # thoughtco timeline
    "• February 23: Demonstrations in Petrograd for International Women's Day. • February 24: Petrograd: "
    "buoyed by the mood of the 23rd, the strikes continue.",
    # gizmo deck (weekdays right in OS 1917)
    "Monday 14th February Around 100,000 workers from 58 different factories go on strike in Petrograd. "
    "Thursday 23rd February (International Women's day)",
    # onthisday
    "Born: June 9, 1672 Star Sign: Gemini Birthplace: Moscow, Russia Died: February 8, 1725 (aged 52)",
    # onthisday
    "1699-12-20 Russian Tsar Peter the Great ordered Russian New Year changed from Sept 1 to Jan 1",
    # letters from fort st george
    "We are FORT St GEORGE THE 15th JANUARY 1756 Your Affectionate Friends GEORGE PIGOT",
    # despatches contents
    "General letter to Fort St. George 14 Feb. 1728 ... Do. to Fort Marlborough 29 Nov. 1728",
    # despatches 1743
    "EAST INDIA HOUSE, LONDON THE 7th MARCH 1742. GENERAL LETTER TO FORT ST. GEORGE, DATED JUNE 8, 1743",
    # historysnacks greece
    "On February 15, 1923, Greece officially transitioned from the Julian calendar to the Gregorian "
    "calendar.",
    # historysnacks greece (switch)
    "The conversion took place on February 15, 1923 (Julian), when the day was directly followed by March "
    "1, 1923 (Gregorian), effectively dropping 13 days.",
    # lostworlds greece (yearless)
    "The decree orders that February 16 (Old Style) is to be termed March 1, and that, therefore, the "
    "month of February is to be considered as only having 15 days.",
    # lostworlds
    "Therefore next Christmas will fall on January 7, 1924 – a strange date for Christmas!",
    # ermioni.info
    "Thursday 16th February 2023 was the 100th Anniversary when Greece replaced the Julian calendar, when "
    "on that day, the date changed throughout Greece from 16th February 1923 to 1st March 1923.",
    # hellenic.me
    "Greek citizens went to sleep on Wednesday, February 15, 1923, and woke up on Thursday, March 1.",
    # lostworlds
    "Thursday 16 February would be Thursday 1 March, skipping thirteen days in February 1923.",
    # metsovo museum
    "The First Balkan War breaks out in October 5, 1912.",
    # calendarz
    "Bulgaria, meanwhile, attacked its former allies, Serbia and Greece, on 16 June 1913 which provoked "
    "the start of the Second Balkan War.",
    # encyclopedia americana
    "Montenegro, being practically always under arms, was the first to complete mobilization, on 7 Oct. "
    "1912, and on the next day declared war on Turkey.",
    # second balkan war infobox
    "Date 29 June – 10 August 1913 (1 month, 1 week and 5 days)",
    # cook journal
    "Friday the 27th May, began at noon on Thursday 26th, and ended the following noon according to the "
    "natural day.",
    # tes captain's log
    "Towards Bengal. Sunday, August 2nd, 1812 ... Strong gales @ the SW with hard squalls and rain.",
    # reddit captain's log
    "the log is for Monday May 13th, 1777 ... then it goes to Tuesday May 14th 1777",
    # wikipedia charles xii infobox
    "Died 30 November 1718(1718-11-30) (aged 36) Fredrikshald, Norway",
    # redarmyscreaming (no day)
    "On this day in 1718, by the old style calendar, King Charles XII of Sweden died in battle aged 36.",
    # news
    "The king was shot down on November 30, 1718, and his sister Ulrika took over.",
    # hone every-day book
    "So say our almanacs, that king William III. did not land until the next day, the 5th. Rapin says, "
    "\"The fourth of November being Sunday, and the prince's birthday, now (in 1688) thirty-eight years of "
    'age."',
    # exmouth journal
    "It had been hoped the landing might occur on November 4, 1688, as this was William's 38th birthday. "
    "As it was, they arrived on November 5.",
    # historyweblog
    "The Prince of Orange landed at Torbay, November 5, 1688.",
    # iainthepict blog
    "By an act of his Privy Council on the 17th of December, 1599, James VI of Scotland decided that New "
    "Year's Day would henceforth fall on the 1st of January.",
    # iainthepict blog (yearless)
    "January the 1st on the Julian calendar currently corresponds to January the 14th on the Gregorian "
    "calendar.",
    # thereformation.info
    "An interesting consequence of the change of year concerned George Home, Minister of Chirnside, who "
    "died 5 October 1755.",
    # nas.gov.uk
    "This first image shows the minutes dated as 19 March 1598. On page 72, the minutes from a week later "
    "are dated 26 March 1599.",
    # nas.gov.uk
    "The first image shows the minute book entry as 17 December 1599 and four pages further on the date 7 "
    "January 1600 is written.",
    # 1599 in scotland
    "Thus the year 1599 commenced on 25 March 1599 and ended on 31 December 1599 - it was only 9 months "
    "long. The next date, in Scotland, was 1 January 1600.",
    # phantis forum (no year)
    "Tomorrow it is 200 years ago. Well not exactly as it was 25 Martiou according to the Julian calender "
    "and that aquals April 6 on the Gregorian calender.",
    # dayoftheweek greece (Gregorian weekday beside a Julian note)
    "The day of the week March 25th, 1821 fell on was a Sunday. (Julian Calendar) Traditional date of the "
    "start of the Greek War of Independence.",
    # officialpublicholidays
    "Greece declared its independence from the Ottoman Empire on March 25, 1821. London Protocol was "
    "signed on 3 February, 1830.",
    # rumi calendar wiki (AH)
    "The Julian calendar was adopted on March 13, 1840 AD (March 1, 1256 AH), in the frame of Tanzimat "
    "reforms.",
    # rumi calendar wiki (halves without year beside them)
    "The upper left shows the Rumi date: year 1327, 7 Nisan. The same Julian date (7 April, ΑΠΡΙΛΙΟΣ 7) "
    "and day (Thursday) appears below in Greek with the AD year 1911. Next to that is the Gregorian date "
    "(20 April, AVRIL 20) and day (Jeudi) in French.",
    # platypus
    "IT IS 150 YEARS SINCE THE BIRTH, on 22 April 1870 in Simbirsk, of Vladimir Il'ich Ulyanov, known "
    "universally as Lenin.",
    # soldatini
    "Lenin was born in Streletskaya Ulitsa, Simbirsk on 22 April 1870 and baptised six days later.",
    # pixelation
    "If you've ever wondered when Isaac Newton died, the short answer is March 20, 1727. Or was it March 31?",
    # calendars.com blog
    "Newton was born on January 4, 1643 in Woolsthorpe, England (although some sources say his actual "
    "birthday was on Christmas Day in 1642). Newton died on March 31, 1727, although some accounts say "
    "that he died on March 20 of the same year.",
    # nationalcurvebank
    'Using the "old style" of dating, Christmas Day is Sir Isaac Newton\'s Birthday. Born: December 25, '
    "1642 in Woolsthorpe. Died: March 20, 1727 in his eighty-fifth year.",
    # newslines
    "31 Mar, 1727 Isaac Newton dies age 84. 4 Jan, 1643 Isaac Newton born in Woolsthorpe-by-Colsterworth, "
    "England",
    # mount vernon bible (transcription year)
    "George Washington, Son to Augustine of Mary his Wife was Born on the 11th Day of February 1734 about "
    "10 in the Morning & was Baptized the 5th of April following.",
    # mount vernon bible
    "Mildred Washington Departed this Life October 23rd 1740 being Thursday about 12 o'clock at noon aged "
    "1 Year 4 Months",
    # mount vernon bible
    "John Augustine Washington was Born on 13th of January about 2 in the Morning 1735",
    # shakespeare.org.uk
    "Shakespeare's baptism is recorded in the Parish Register at Holy Trinity Church on Wednesday 26 April "
    "1564. This means that it's unlikely that Shakespeare was born any earlier than the previous Sunday, "
    "23 April.",
    # foxbangor
    "As April 26, 1564, was a Wednesday, this means the earliest date of Shakespeare's birth could have "
    "been April 23.",
    # applevisa
    "Church records show he was interred at Trinity Church on April 25, 1616.",
    # aeca koinonia
    "The differences occur because the spring equinox is still regarded as 20/21 March, even though this "
    "corresponds to 2/3 April on the Gregorian Calendar.",
    # aeca koinonia
    "Those that stick to the Old Julian Calendar keep it 13 days later—for them 25 December, but according "
    "to the civil calendar 7 January.",
    # perksnow
    "So, while Western Easter rang in on March 31, Orthodox Easter didn't happen until over a month later, "
    "on May 5.",
    # york factory journal
    "1800 August\n\n17 Sunday A.M. very Hazy weather P.M. Clear & a fresh Breeze N.E.\n\n18 Monday Calm "
    "pleasant clear weather all Day.",
    # york factory journal 1783
    'Sept. 15 1783\n" Monday Wind NWerly cloudy raw weather with rain."\nSept. 16\n" Tuesday Wind in the '
    'same quarter as yesterday."',
    # hbca spotlight
    "On 11 September 1714 Captain James Knight, newly-minted governor of Rupert's Land, succeeded in "
    "restoring York Factory. A copy of Knight's letter dated 19 September 1714.",
    # rambling astronomer
    "On April 22nd 1715 an eclipse of the Sun was seen over London.",
    # memim swedish calendar
    "The Swedish calendar, which was in use from 1 March 1700 to the February 30, 1712, corresponded to "
    "the Julian calendar with a difference of one day.",
    # huygens web
    "Brabant & Zeeland – 14 December 1582 was followed by 25 December 1582\nHolland – 1 January 1583 was "
    "followed by 12 January 1583",
    # famousdaily
    "The Netherlands and Switzerland were still among the first to accept the Gregorian calendar. The day "
    "after Friday, October 6th was Friday, October 18th.",
    # giftpals
    "By June 30, 1700, Gelderland became one of the last areas in the Netherlands to transition to the "
    "Gregorian calendar.",
    # grijsbaard kalcalc table
    "30-06-1700 12-07-1700 Gelderland\n30-11-1700 12-12-1700 Utrecht, Overijssel\n31-12-1700 12-01-1701 "
    "Groningen, Friesland",
    # grijsbaard kalcalc table (switch and switch back)
    "01-03-1583 Ju 19-11-1594 Gr | 12-03-1583 Gr 10-11-1594 Ju | [Groningen (stad)]",
    # wikisource biographies (unmarked slip)
    "Dmitri Ivanovitch Mendeléeff was born on 7th February 1834, at Tobolsk.",
    # dz-ebooks
    "Count Leo Nikolaievitch Tolstoy, novelist, was born on 28 August 1828, at Yasnaya Poliana.",
    # muenchner kammerspiele
    "On November 20, 1910 Leo Tolstoy died of pneumonia in the line-keeper's lodge of Astapowo.",
    # jpnorth borodino
    "On 1 September the French entered Gjatsk and spent the next two days recuperating. On the 5th, the "
    "French cavalry reported back.",
    # kids.net.au
    "Lomonosov was born on November 19, 1711, in the village of Denisovka.",
    # clyx rosenfeld (unmarked)
    "Sergei Vassilievitch Rachmaninoff was born March 29th, 1873, at Onega in the government of Novgorod.",
    # dreamtheend
    "He passed away on March 28, 1943 in Beverly Hills, California.",
    # jottedlines
    "Russian author Nikolai Gogol was born in Velikie Sorochintsy on March 20, 1809.",
    # bookdrum narva
    "On 19 November Charles XII positioned his 8,000 men opposite the besieging Russian army.",
    # nordstjernan
    "November 20 In Swedish History\n1700: The Swedes defeat the Russians at the Battle of Narva.",
    # imo.sgu
    "The victory of the Swedish army over the Russian army in the Battle of Narva on November 19, 1700, "
    "was the greatest success of Charles XII.",
    # wikipedia mirror execution (unmarked weekdays, Julian)
    "Charles I was executed on Tuesday, 30 January 1649[b] outside the Banqueting House. On Saturday 27 "
    "January 1649, the High Court of Justice had declared Charles guilty.",
    # blogspot limerick
    "The Treaty was signed on a stone in the sight of both armies at the Clare end of Thomond Bridge on "
    "the 3rd of October 1691. The pedestal was erected in May 1865.",
    # s9 ivan
    "1584 – Ivan died while playing chess on March 18, 1584.",
    # dicinema goof (yearless)
    'As Nicholas signs his abdication papers, the main page reads "March 15". At the time, Russia was '
    "using the Julian calendar, which was 13 days behind the Gregorian one. The main page should read "
    '"March 2", as the actual papers did.',
    # russian revolution chronology
    "Night of February 26–27: Pavlovskii Regiment troops hold all-night meeting.",
    # movietimeline
    "Thursday 15th March: Czar Nicholas II abdicates the throne of Russia.",
    # google books almanac
    "Not finally adopted in Great Britain until 1752, when, by act of Parliament, eleven days were struck "
    "out of the calendar, the 3d of September being reckoned the 14th.",
    # google books almanac
    "The vernal equinox, which happened on the 25th of March in the time of Julius Cæsar, had receded to "
    "the 21st of March in the year 325.",
    # poor richard preface
    "I have only added a Column in the Second Page of each month, containing the Days of the Old Stile "
    "opposite to their corresponding Days in the New.",
    # wikipedia mini jacobite 1715
    "At Braemar, the Earl of Mar raised the Jacobite standard on 27 August. He was checked at Sheriffmuir "
    "on 13 November. After the Jacobite surrender at Preston (14 November), the rebellion was over.",
    # culloden battlefield blog
    "This week saw the 300th anniversary of the Battle of Sheriffmuir which took place on 13th November "
    "1715.",
    # edinburgh news
    "Tuesday, 13th November 2018, 5:35 pm. The Battle of Sheriffmuir, fought on November 13 1715, offered "
    "up no clear victor.",
    # dunblane museum
    "The Earl of Mar raised the flag of Stuart on 6th September 1715. The Battle of Flanks - 13th November "
    "1715",
    # macdonald chronologies p57
    "This imperial ukase, having been issued on 20th December, 1699, the then ensuing first day of January "
    "began the 1700th year A.D. There, for instance, on the 16th September, 1895, is a notice.",
    # ancestorquests
    "Dates written 26:7:1648 or 26 7ber 1648 were both the 26th of September (our nineth month) 1648.",
    # twisted-history (unmarked slip: 18 February)
    "February 19, 1700, was the last day of usage in Denmark of the Julian Calendar.",
    # rootsweb list quaker
    "A date before that might read 13th, 2nd mo:1683. This is actually 13 April 1683.",
    # moonwise
    "Catholic Europe was the first to use the new Gregorian Calendar, but Great Britain did not follow "
    "until September 1752, by which time eleven days had to be missed out.",
    # worldhistoryproject brumaire
    "This occurred on 9 November 1799, which was 18 Brumaire, Year VIII under the French Republican "
    "Calendar.",
    # howlingpixel brumaire
    "The Coup of 30 Prairial VII (18 June) ousted the Jacobins. When Napoleon returned to France on 9 "
    "October, both factions hailed him.",
    # zxc wiki brumaire
    "Napoleon's coup took place on 18th Brumaire VIII (November 9th 1799).",
    # american cyclopaedia
    "The Eighteenth Brumaire, the day of the year VIII. in the calendar of the French revolution "
    "corresponding to Nov. 9,1799.",
    # statesman's year-book 1871
    "Abdul-Aziz, Sultan of Turkey, born Feb. 9, 1830 (15 Shaban 1245), the second son of Sultan Mahmoud II.",
    # encyclopaedia of islam
    "Sultan Abdülmecid I (r. 1255-77/1839-61) was born on 14 Şaban (Shaʿbān)/April 1823, the eldest son of "
    "Mahmud II.",
    # wikimili abdulmejid (alternative days)
    "Abdülmecid I (Ottoman Turkish: عبد المجيد اول; 23/25 April 1823 25 June 1861) was the 31st Sultan of "
    "the Ottoman Empire.",
    # thurloe vol 5
    "Your humble servant, Tho. Barrett.\n\nMonday, Nov. 24, [1656.]",
    # thurloe vol 3
    "To summon an assembly of the said lords, to meet together on tuesday the first of the ensuing month "
    "of June.",
    # biblestudytools
    "Under the Julian calendar, Christmas fell on Jan. 6. When the new Gregorian calendar came into use, "
    "Christmas was moved to Dec. 25.",
    # sarahloudinthomas (yearless slip)
    "It might be February 11 in London, but February 1 in Paris. So in 1751 a calendar act was passed. "
    "September 2, 1752, would be followed by, of all things, September 14, 1752.",
    # sarahloudinthomas
    "Just imagine how you would feel if I told you tomorrow is January 12, 2016. There were riots.",
    # barryrmccain (yearless)
    "6 January is Old Christmas. This is Christmas day by the Julian Calendar.",
    # appalachian magazine
    'Among these forgotten Appalachian traditions is the celebration of "Old Christmas" — January 7th. In '
    "the year 46 BC, Julius Caesar proposed a new calendar.",
    # talkingtreesbooks
    "Although we now celebrate Michaelmas Day on the 29th September before the calendar was reformed in "
    "1752 it was celebrated on the 10th October which is now known as 'Old Michaelmas Day'.",
    # annewheaton
    "Folklore has it that blackberries shouldn't be picked after Old Michaelmas Day on 10th October. Today "
    "(September 29th) is Michaelmas Day.",
    # buildingbeginnings
    "Higham Ferrers Michaelmas Fair will be held on the eleventh day of October this year and for the "
    "future (1803). County of Rutland Michaelmas Quarter Sessions September 23rd 1952.",
    # south-zeal
    "Goose is the traditional fare and it was recorded on 29 th Sept. 1588 Queen Elizabeth Ist dined on "
    "goose to celebrate Michael.",
    # twilightstarsong
    "Thursday, October 11, 2012\n\nOld Michaelmas Day\n\nOld Michaelmas Day is either today or was "
    "yesterday (10 or 11 October), opinions vary.",
    # wytchenwood
    "Michaelmas Day is the feast of Saint Michael the Archangel, celebrated on 29 September but Old "
    "Michaelmas Day is October 10th.",
    # ukbookworm
    "When the Gregorian calendar was adopted in 1752 eleven days were skipped during September, with "
    "September 14th coming immediately after September 2nd.",
    # sluggerotoole
    "Charles I's execution is noted in the official records as being on 30 January 1648; today we have "
    "changed this to 1649. On this day in 1753, many citizens began paying the taxes.",
    # nrb tax history
    "The taxation year which started on 25th March 1752 would be of the usual length (365 days) and "
    "therefore it would end on 4th April, the following tax year beginning on 5th April.",
    # nickblatchley
    "So, exactly 365 days after 25th March 1752, the next tax year began on 5th April 1753.",
    # mapocho
    "In fact the British tax authorities did not add eleven days to the end of the tax year which began on "
    "26 March 1752.",
    # sewall diary (Julian weekday, unmarked)
    "Dec. 25. Friday, 1685. Carts come to Town and shops open as is usual. Some somehow observe the day.",
    # sewall diary
    "Monday, June 15, 1674. Thomas Sargeant was examined by the Corporation. July 1, 1674. Sir Thatcher "
    "commonplaced.",
    # library of american literature
    "SAMUEL SEWALL [Born at Bishopstoke, England, March 28, 1652; died at Boston, Massachusetts, January "
    "1, 1730]",
    # sewall diary (Lady Day year, unmarked)
    "Salem, Feb 3. 1703. The children of Major Stephen Sewall are, Margaret, Samuel, Susaña.",
    # masshist
    "He proclaimed a fast day in the colony in December 1696 for all to do penance for the sins of the "
    "witchcraft tragedy.",
    # spfh parish registers
    '"1588 June 9th The childe of a poore vagrant woman bapt"\n"1556 Jan 27th A child of Robert Welshe bapt"',
    # spfh parish registers
    '"John Deene the sune of Henere Deene bap September 27 (1687)"\n"[born] Feb 11 Charles Son of Mattheas '
    'and Sarah Williams March 11 [baptised]"',
    # archivecdbooks
    "Anno Domini 1629\nJohn the sonne of John Lambley & Mary was baptized July 19th\nAnno Domini 1630\n"
    "Thomas the sonne of Robert Neepe was baptised March 27th",
    # british-genealogy transcribing
    'In early parish registers we encounter a simple written statement such as "Francis son of John Neep '
    'and Mary his wife was baptised 17 May 1779".',
    # wentiku
    "When England finally switched to the Gregorian calendar in 1752, they skipped 11 days. As a result, "
    "September 2, 1752 was followed by September 14, 1752.",
    # earthsky via wxc
    "You may have previously seen Newton's birthday as December 25, 1642. That reference is beginning to "
    "change, and now it's more common to see Newton's birthday as January 4, 1643.",
    # rick steves forum
    "January 4th is the birthday of Sir Isaac Newton; Woolsthorpe, England (1643).",
    # uechi typepad
    "Though they died on the same day, Cervantes actually died ten days before Shakespeare. Also on April "
    "23, 1616, Shakespeare died in England.",
    # mooflife romania
    "Romania's adoption of the Gregorian calendar marked an important alignment with Western Europe. The "
    "changeover required the nation to skip 13 days, transitioning directly from April 1 to April 14.",
    # giftpals bulgaria
    "In 1920, parts of Bulgaria experienced a significant transition as they moved from the Julian "
    "calendar to the Gregorian calendar.",
    # adoption list mirror
    "Armenia | Transcaucasian Democratic Federative Republic | 1918 | 17 Apr | 1 May | 13\nAustria | "
    "Carinthia | 1583 | 14 Dec | 25 Dec | 10",
    # experts123 (shortened)
    "For example, when Soviet Russia undertook its calendar reform, the change resulted in a loss of 13 "
    "days. Changes in the 1600s required 10 days to be dropped.",
    # smart.net orthodox easter
    "The number RC ranges from 1 to 35 which corresponds to March 22 to April 25 in the Julian Calendar "
    "(currently April 4 to May 8 on the Gregorian). The Julian Calendar is now 13 days behind the "
    "Gregorian, and will be until March 1, 2100 when it will be 14 days behind the Gregorian Calendar.",
    # gm arts easter via mirror
    "For example, year 1995 gave us a PFM date of April 5. This PFM date occurs on a Tuesday, so we need "
    "to add 5 days to find the next Sunday, which is April 10.",
    # sizes.com (writer's Lady Day slip, unmarked)
    "On December 31, 1680, an Englishman would know tomorrow would be January 1, 1680 (not 1681). On March "
    "23, 1712, he would know tomorrow was March 24, 1713.",
    # wikipedia OS/NS caption via eudic
    "A print of the Treaty of Lübeck (1629), with the Gregorian day (22) directly above the Julian (12), "
    "both before the name of the month, May.",
    # sizes.com
    "In 1751 the English Parliament passed a law adopting the Gregorian calendar, making the day after the "
    "2nd of September, 1752, the 14th of September.",
    # russianlife (unmarked Old Style dates)
    "On February 19, 1861, the relatively young Tsar Alexander II signed a manifesto liberating the serfs. "
    "Ninety-nine years earlier, on February 18, 1762, another royal manifesto was signed. On March 5, the "
    "1861 manifesto was read aloud in Moscow and St. Petersburg.",
    # evergreenhistories
    "Did you know that on the 3rd of March 1861 Alexander II of Russia signed the Emancipation Manifesto "
    "which ended Serfdom throughout the entire of the Russian Empire.",
    # rssing
    "March 3, 1861: Alexander II of Russia issues the Emancipation Reform of 1861. In 1649, Tsar Alexis "
    "issued the Sobornoye Ulozheniye.",
    # liberatorfiles
    "In the May 14,1858 Liberator three articles announce action to emancipate serfs in Russia.",
]


@pytest.mark.parametrize(("text", "kind"), snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, QUIET))
def test_snippet_is_read_as_its_writer_meant(text: str, kind: str) -> None:
    assert_read_as_meant(text, kind)


def test_a_label_with_a_colon_heads_the_date_after_it() -> None:
    mentions = scan("Died 20 March 1726/7 [OS: 20 March 1726 NS: 31 March 1727]")
    assert [mention.text for mention in mentions] == ["20 March 1726/7", "20 March 1726 NS: 31 March 1727"]
    fixed, _ = fix("[OS: 20 March 1726 NS: 1 April 1727]")
    assert fixed == "[OS: 20 March 1726 NS: 31 March 1727]"


def test_a_label_after_a_contrast_is_the_later_dates() -> None:
    text = "His birthday was January 17th, 1706 but in the Old Style it would have been January 6th."
    (mention,) = scan(text)
    assert mention.julian is not None and mention.gregorian is not None
    assert (mention.julian.day, mention.gregorian.day) == (6, 17)
