"""A fourth round of dual dates as real text writes them, in phrasings the other unseen files lack.

Infobox lines, lifespans with a dual date at both ends, "N.S." spelled
"n.s." or "N. S.", weekdays before a dual date, newspaper "Jan. 1/12, 1900",
letters with "11th" and a split year, "the 10th (21st) of March", and
Russian, Ukrainian, Bulgarian, Serbian, Greek, French, Italian, Dutch and
Swedish calendar abbreviations; right pairs, wrong pairs, and quiet text
(citations, scores, money, measurements, Bible references, coordinates).
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

RIGHT_PAIRS: Final = [
    "Born | 12 February [O.S. 31 January] 1809",
    "| birth_date = 12 February [O.S. 31 January] 1809",
    "Died\t2 March [O.S. 18 February] 1855 (aged 58)",
    "Alexander Herzen (6 April [O.S. 25 March] 1812 – 21 January [O.S. 9 January] 1870)",
    "Ivan Krylov (13 February [O.S. 2 February] 1769 – 21 November [O.S. 9 November] 1844) was a fabulist.",
    "Krylov was born on 2 February 1769 (13 February n.s.) in Moscow.",
    "Krylov was born on 2 February 1769 (13 February N. S.) in Moscow.",
    "Krylov was born on 2 February 1769 (13 February NS).",
    "Krylov was born 2 February (O. S.) 1769.",
    "Monday, 1 (11) January 1700, the court met at Moscow.",
    "On Wednesday, 25 October (7 November) 1917, the Winter Palace was taken.",
    "Jan. 1/13, 1900. The new year came twice to the colony.",
    "St. Petersburg, Feb. 18/March 2, 1861 — the emancipation manifesto.",
    "Feb. 11th 1731/2. Received your kind letter.",
    "Boston, March 24th, 1745/6.",
    "the 10th (21st) of March 1700",
    "On the 10th (21st) of March 1700 the envoy arrived.",
    "Born 12 February 1809 (31 January O.S.).",
    "He was born on 31 January O.S. 1809.",
    "Родился 31 января (12 февраля) 1809 г.",
    "Родился 31 января 1809 г. (12 февраля по н. ст.).",
    "Родился 12 февраля 1809 г. (31 января по ст. ст.).",
    "Родился 12 февраля 1809 года (31 января по старому стилю).",
    "Народився 31 січня (12 лютого) 1809 року.",
    "Народився 12 лютого 1809 року (31 січня за старим стилем).",
    "Тарас Шевченко народився 25 лютого (9 березня) 1814 року.",
    "Роден е на 31 януари (12 февруари) 1809 г.",
    "Роден на 12 февруари 1809 г. (31 януари стар стил).",
    "Рођен је 31. јануара (12. фебруара) 1809. године.",
    "Rođen je 31. januara (12. februara) 1809. godine.",
    "Γεννήθηκε στις 31 Ιανουαρίου (12 Φεβρουαρίου) 1809.",
    "Il naquit le 12 février 1809 (31 janvier v. st.).",
    "Il naquit le 31 janvier (12 février n. st.) 1809.",
    "Nacque il 12 febbraio 1809 (31 gennaio v. s.).",
    "Hij werd geboren op 12 februari 1809 (31 januari O.S.).",
    "Hij werd geboren op 31 januari (12 februari) 1809.",
    "Han föddes den 31 januari (12 februari n.s.) 1809.",
    "Er wurde am 31. Januar (12. Februar) 1809 geboren.",
    "Narodil se 31. ledna (12. února) 1809.",
    "Urodził się 31 stycznia (12 lutego) 1809 roku.",
    "Nació el 31 de enero (12 de febrero) de 1809.",
    "Nasceu em 12 de fevereiro de 1809 (31 de janeiro no calendário juliano).",
    "The battle of Poltava, June 27 (July 8), 1709, ended the Swedish advance.",
    "Poltava, 27 June/8 July 1709.",
    "27.VI (8.VII) 1709 — Poltava.",
    "Poltava: 27 June 1709 O.S. (8 July 1709 N.S.)",
    "The Decembrist revolt of December 14, 1825 (December 26, New Style).",
    "Date: 14/26 December 1825.",
    "Died 7 (19) November 1825 at Taganrog.",
    "Alexander I died at Taganrog on 19 November [O.S. 7 November] 1825.",
    "Родился 31.01 (12.02).1809 в Москве.",
    "Октябрьский переворот 25.10 (07.11).1917.",
    "Nato il 31 gennaio 1809 (v. s.) a Mosca.",
    "Nato il 12 febbraio 1809 (n. s.) a Mosca.",
    "b. Moscow, 31 Jan. (12 Feb.) 1809",
    "(31 Jan./12 Feb. 1809 – 7/19 Nov. 1825)",
    "On January 31st (February 12th), 1809, he was born.",
    "He was born on the 31st January, 1809, Old Style.",
    "31 янв. (12 февр.) 1809",
    "Родился 31 января ст. ст. 1809 г.",
    "γεννήθηκε στις 31 Ιανουαρίου 1809 (π.η.)",
    "31 January 1809 Julian = 12 February 1809 Gregorian",
    "Feb. 12 [Jan. 31], 1809",
    "June 27th/July 8th 1709",
]

WRONG_PAIRS: Final = [
    "Born | 12 February [O.S. 30 January] 1809",
    "Alexander Herzen (6 April [O.S. 24 March] 1812 – 21 January [O.S. 9 January] 1870)",
    "Krylov was born on 2 February 1769 (14 February n.s.) in Moscow.",
    "Monday, 1 (12) January 1700, the court met at Moscow.",
    "On Sunday, 25 October (7 November) 1917, the Winter Palace was taken.",
    "Jan. 1/14, 1900. The new year came twice to the colony.",
    "On the 10th (22nd) of March 1700 the envoy arrived.",
    "Родился 31 января (13 февраля) 1809 г.",
    "Народився 31 січня (13 лютого) 1809 року.",
    "Роден е на 31 януари (13 февруари) 1809 г.",
    "Рођен је 31. јануара (13. фебруара) 1809. године.",
    "Il naquit le 12 février 1809 (30 janvier v. st.).",
    "Hij werd geboren op 31 januari (13 februari) 1809.",
    "The battle of Poltava, June 27 (July 9), 1709, ended the Swedish advance.",
    "Died 7 (20) November 1825 at Taganrog.",
    "Родился 31.01 (13.02).1809 в Москве.",
    "Nacque il 12 febbraio 1809 (30 gennaio v. s.).",
    "On January 31st (February 13th), 1809, he was born.",
    "31 янв. (13 февр.) 1809",
    "June 27th/July 9th 1709",
    "Wednesday 31st January 1809 (Old Style)",
]

NO_ALARM: Final = [
    "Annals of Physics, vol. 25 (1917), pp. 7-25.",
    "Journal 12 (1809), 31-45.",
    "See Matthew 5:3 (cf. Luke 6:20) and John 3:16 (1611).",
    "Final score: 25 (7) to 12 (31) in the 1917 final.",
    "The price was 12 (31) roubles in 1809.",
    "It weighed 31 (12) pounds in 1809.",
    "Page 12 of 31 — printed 1809.",
    "Coordinates: 59°56′N 30°18′E, founded 27 May 1703.",
    "He was born on 12 February 1809 and died on 15 April 1865.",
    "He lived 12 February 1809 – 19 April 1882.",
    "Born 12 February 1809; baptised 31 January 1810.",
    "Room 12 (floor 31), built 1809.",
    "In 1809, 12 (31%) of the ships were lost.",
    "Родился в 1809 году; в семье было 12 (31) детей.",
    "Том 25 (1917), с. 7—25.",
    "Ed. 2 (1809), Bd. 12, S. 31.",
    "He paid £12 (31s.) on 1 May 1809.",
    "Ages 12 (31) and 7 (19) in 1825.",
    "The 12th Regiment (31st Foot) fought in 1809.",
    "Chapter 12 (31 pages), 1809 edition.",
    "Tel. 12-31-1809",
    "ISBN 978-5-12-031809-1",
    "12 February is celebrated every year as Darwin Day.",
    "Windows 7 (x64), 2009 release.",
    "Psalm 12 (13), verse 1809 does not exist.",
    "vgl. Abschnitt 1.2 (3.4).1809",
    "Abb. 12.3 (4.5).1700",
    "vol. 31 (12), 1809",
    "Sect. 27 (8), 1709",
    "27/8/1709",
    "Matthew 27:8 (1709 ed.)",
    "Latitude 31° 12′ N, 1809 survey.",
    "Smith v. S. Jones, decided in 1809.",
]


CASES: Final = snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, NO_ALARM)


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_each_snippet_is_read_as_its_writer_meant(text: str, kind: str) -> None:
    """A right pair is found and not flagged, a wrong pair is flagged, quiet text raises nothing."""
    assert_read_as_meant(text, kind)
