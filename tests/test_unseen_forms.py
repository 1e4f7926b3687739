# ruff: noqa: E501  (the snippets are whole sentences, kept on one line each)
"""Dual dates in forms and languages the dev corpus lacks, read as an unseen text would be.

Each snippet is written the way its language's encyclopedias, registers and
blogs write a dual date.  Three tables: right pairs (found, not flagged),
wrong pairs (flagged: a wrong gap, a day off, swapped labels, a month or a
year off at a boundary), and text that must raise no alarm (two different
dates in one bracket, lifespans, ranges, lists, verses, times, page numbers).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from oldstyle import GregorianDate, JulianDate, check, fix, scan
from oldstyle.names import LANGUAGES

RIGHT_PAIRS: Final = [
    "Pushkin (1799–1837) was born on 26 May (6 June) 1799.",
    "The battle of Poltava, 27 June (8 July) 1709, and the treaty of 30 August (10 September) 1721.",
    "Революция произошла 25 октября (7 ноября) 1917 года.",
    "7 ноября (25 октября по ст. ст.) 1917 г. власть перешла к Советам.",
    "Родился 26 мая (6 июня) 1799 года в Москве.",
    "Родился 26 мая 1799 года по старому стилю.",
    "Народився 9 березня 1814 року (25 лютого за старим стилем).",
    "25 лютого (9 березня) 1814 року",
    "На 19 февруари (3 март) 1878 г. е подписан мирът.",
    "3 март 1878 г. (19 февруари ст. ст.)",
    "Rođen je 28. juna 1914. po starom kalendaru.",
    "Рођен 15. фебруара (27. фебруара) 1804.",
    "Urodził się 25 października 1917 według kalendarza juliańskiego.",
    "7 listopada (25 października) 1917",
    "Narodil se 25. října 1917 podle juliánského kalendáře.",
    "am 25. Oktober jul./ 7. November 1917 greg.",
    "6. Novemberjul. / 17. November 1796greg.",
    "Er wurde am 12. März 1917 (a. St.) geboren.",
    "Hij werd geboren op 25 oktober 1917 (oude stijl).",
    "25 oktober (7 november) 1917",
    "La révolution éclata le 25 octobre (7 novembre) 1917.",
    "le 1er juillet 1690 (calendrier julien)",
    "il 25 ottobre (7 novembre secondo il calendario gregoriano) 1917",
    "el 25 de octubre (7 de noviembre según el calendario gregoriano) de 1917",
    "em 25 de outubro (7 de novembro pelo calendário gregoriano) de 1917",
    "Han föddes den 25 oktober 1917 enligt den julianska kalendern.",
    "den 30 november (11 december) 1718",
    "Han døde 30. november 1718 (gammel stil).",
    "Στις 25 Οκτωβρίου (7 Νοεμβρίου) 1917 ξέσπασε η επανάσταση.",
    "25 Μαρτίου 1821 (π.η.)",
    "6 Απριλίου 1821 ν.η.",
    "La 24 ianuarie 1859 (stil vechi) s-a realizat Unirea.",
    "24 ianuarie (5 februarie) 1859",
    "die 25 Octobris stilo veteri 1700",
    "25 Octobris (5 Novembris) 1700",
    "25 October/7 November 1917",
    "Oct. 25/Nov. 7, 1917",
    "1917 Oct 25 (O.S.)",
    "25th October (O.S.) 1917",
    "The rising (N.S. 7 Nov. 1917) began at night.",
    "a letter dated 11 Feb 1731/2",
    "11 February 1731/2 O.S.",
    "He died 24 March 1602/3.",
    "Рођен је 28. јуна (11. јула) 1914.",
    "Рођен 15. фебруара 1804. по старом календару.",
    "Пётр I родился 30 мая (9 июня) 1672 года в Москве.",
    "Бородинское сражение произошло 26 августа (7 сентября) 1812 года.",
    "Родился 1 (13) января 1850 г.",
    "Указ от 15 декабря 1699 года по ст. ст. ввёл новый календарь.",
    "Пушкин (1799—1837) родился 26 мая (6 июня) 1799 г.",
    "В 1812 году 600 000 человек перешли Неман 12 (24) июня.",
    "Народився 22 лютого (5 березня) 1812 року.",
    "Urodził się 18 (30) listopada 1850 roku.",
    "Er wurde am 30. Mai jul. / 9. Juni 1672 greg. geboren.",
    "Er wurde am 30. Mai / 9. Juni 1672 geboren.",
    "geboren am 30. Maijul. / 9. Juni 1672greg. in Moskau",
    "Il naquit le 30 mai (9 juin) 1672 à Moscou.",
    "Il naquit le 30 mai 1672 (calendrier julien).",
    "Nacque il 30 maggio (9 giugno) 1672 a Mosca.",
    "Nació el 30 de mayo (9 de junio) de 1672 en Moscú.",
    "Nasceu em 30 de maio (9 de junho) de 1672.",
    "Han föddes den 30 maj (9 juni) 1672 i Moskva.",
    "Hij werd geboren op 30 mei (9 juni) 1672.",
    "Γεννήθηκε στις 30 Μαΐου (9 Ιουνίου) 1672.",
    "S-a născut la 30 mai (9 iunie) 1672.",
    "Urodził się 30 maja (9 czerwca) 1672.",
    "Narodil se 30. května (9. června) 1672.",
    "Hän syntyi 30. toukokuuta (9. kesäkuuta) 1672.",
    "He was born on 30 May (9 June) 1672.",
    "He was born May 30 (June 9), 1672.",
    "He was born May 30/June 9, 1672.",
    "He was born 30 May O.S. / 9 June N.S. 1672.",
    "He was born on 30 May 1672 (O.S.).",
    "He was born on 9 June [O.S. 30 May] 1672.",
    "He was born 9 June (N.S.), 1672.",
    "Peter the Great (9 June [O.S. 30 May] 1672 – 8 February [O.S. 28 January] 1725) was tsar.",
    "Parliament met 20 January 1648/9 and the king died 30 January 1648/9.",
    "In Russia the year 1700 began on 1 January (11 January N.S.).",
    "Feast kept on 25 October (7 November in the civil calendar).",
    "He died on 4 May 1616 according to the Gregorian calendar (24 April Old Style).",
    "Elizabeth I died on 24 March 1602/3.",
    "Elizabeth I died on 24 March 1603 (3 April 1603 N.S.).",
    "Oct. 25 (Nov. 7), 1917",
    "25 Oct. (7 Nov.) 1917",
    "O.S. 25 October 1917 / N.S. 7 November 1917",
    "25 October 1917 (Julian) / 7 November 1917 (Gregorian)",
    "on 25 October 1917, old style",
    "on October 25, 1917 o.s.",
    "25 Oct 1917 OS / 7 Nov 1917 NS",
    "25 October 1917 (O.S.) = 7 November 1917 (N.S.)",
    "25 October [7 November] 1917",
    "25-го октября 1917 года по старому стилю",
    "25 октября 1917 г. (ст. ст.)",
    "7 ноября 1917 г. (н. ст.)",
    "25.10.1917 (ст.ст.)",
    "25 октября (ст.ст.) 1917",
    "7 ноября (н.ст.) 1917 года",
    "в ночь на 25 октября (7 ноября) 1917 года",
    "Родился 12 (23) декабря 1777 — умер 19 ноября (1 декабря) 1825.",
    "25 жовтня (7 листопада) 1917 року",
    "25 жовтня 1917 року за ст. ст.",
    "25 октомври (7 ноември) 1917 г.",
    "25 октомври 1917 г. по стар стил",
    "25. октобар (7. новембар) 1917.",
    "25. oktobra (7. novembra) 1917.",
    "7. novembra 1917. po novom kalendaru",
    "25 października (7 listopada) 1917 r.",
    "25 października 1917 r. (st. st.)",
    "7 listopada 1917 (n. st.)",
    "25. října (7. listopadu) 1917",
    "25. října 1917 (st. st.)",
    "25. Oktober (7. November) 1917",
    "25. Oktober 1917 (a. St.)",
    "7. November 1917 nach dem gregorianischen Kalender",
    "am 25. Oktober 1917 nach julianischem Kalender",
    "25 oktober 1917 (o.s.)",
    "25 oktober 1917 volgens de juliaanse kalender",
    "le 25 octobre 1917 (ancien style)",
    "le 7 novembre 1917 (nouveau style)",
    "le 25 octobre 1917 du calendrier julien",
    "le 25 octobre 1917 selon le calendrier julien",
    "il 25 ottobre 1917 secondo il calendario giuliano",
    "il 25 ottobre 1917 (calendario giuliano)",
    "25 ottobre 1917 (stile vecchio)",
    "el 25 de octubre de 1917 según el calendario juliano",
    "el 7 de noviembre de 1917 (calendario gregoriano)",
    "25 de outubro de 1917 segundo o calendário juliano",
    "25 de outubro (7 de novembro) de 1917",
    "den 25 oktober 1917 (g.s.)",
    "den 25 oktober 1917 enligt gamla stilen",
    "25. oktober 1917 (gammel stil)",
    "25. oktober (7. november) 1917",
    "25 Οκτωβρίου 1917 (π.η.)",
    "7 Νοεμβρίου 1917 (ν.η.)",
    "25 Οκτωβρίου 1917 με το παλαιό ημερολόγιο",
    "25 Οκτωβρίου 1917 με το Ιουλιανό ημερολόγιο",
    "25 octombrie (7 noiembrie) 1917",
    "25 octombrie 1917 (stil vechi)",
    "7 noiembrie 1917 (stil nou)",
    "25 octombrie 1917 după calendarul iulian",
    "25 Ekim (7 Kasım) 1917",
    "25 Ekim 1917 Jülyen takvimine göre",
    "die 25 Octobris 1700 stilo novo",
    "25 Octobris 1700 st. v.",
    "25 кастрычніка (7 лістапада) 1917 года",
    "25 кастрычніка 1917 года па старым стылі",
    "25. októbra (7. novembra) 1917",
    "25. oktobra (7. novembra) 1917 po starem koledarju",
    "25. lokakuuta (7. marraskuuta) 1917",
    "25. oktoober (7. november) 1917",
    "from 8 (19) November 1711 to 4 (15) April 1765",
    "8 (19) November 1711 – 4 (15) April 1765",
    "Η Ελλάδα υιοθέτησε το νέο ημερολόγιο στις 16 Φεβρουαρίου 1923 (1 Μαρτίου 1923).",
    "Україна перейшла на григоріанський календар 16 лютого 1918 року (3 лютого за старим стилем).",
    "25-го октября (7-го ноября) 1917 года",
    "1-е мая 1700 года по ст. ст.",
    "Catherine I (15 April [O.S. 5 April] 1684 – 17 May [O.S. 6 May] 1727) was empress.",
    "Lomonosov (19 November [O.S. 8 November] 1711 – 15 April [O.S. 4 April] 1765)",
    "Tolstoy (9 September [O.S. 28 August] 1828 – 20 November [O.S. 7 November] 1910)",
    "born 28 August (9 September) 1828, i.e. in the reign of Nicholas I (1825–1855)",
    "The Battle of Narva was fought on 19 November 1700 (O.S.), i.e. 30 November (N.S.).",
    "The Battle of Narva was fought on 19 November 1700 (O.S.), that is 30 November N.S.",
    "The Battle of Narva was fought on 19 November (O.S.) / 30 November (N.S.) 1700.",
    "Washington was born February 11, 1731 (O.S.), or February 22, 1732 (N.S.).",
    "Washington was born February 11, 1731/2 (O.S.).",
    "Washington was born February 11, 1731/32, Old Style, February 22, 1732, New Style.",
    "Washington was born 22 Feb. 1732 [N.S.; 11 Feb. 1731 O.S.].",
    "Feb. 22, 1732 (Feb. 11, 1731, Old Style)",
    "Baptized 3 March 1707/8, buried 12 January 1740/41.",
    "1700 Nov 19 (O.S.)",
    "1700-11-19 (Julian) = 1700-11-30 (Gregorian)",
    "19.11.1700 (ст. ст.) = 30.11.1700 (н. ст.)",
    "On 19/30 November 1700 the armies met.",
    "Lenin arrived at 11:10 (23:10) on 3 (16) April 1917.",
    "Between 12 and 24 May 1703 (O.S.) the city was founded; on 16 (27) May 1703 the fortress.",
    "Peter founded the city on 16 May 1703 (Julian calendar), and Gregorian 27 May 1703.",
    "Dated the 5th of November 1688 (O.S.), William landed.",
    "William landed at Torbay on 5 November (15 November N.S.) 1688.",
    "Smolny, 25 October 1917, 10 a.m. (7 November, N.S.)",
    "the 11th day of February 1731/2",
    "Feb. 11th, 1731/2 O.S.",
    "born Feb. 11th, 1731/2 O.S. (Feb. 22nd, 1732 N.S.)",
    "25 October 1917[3] (7 November)",
    "25 October[a] (7 November) 1917",
    "On 7 November 1917 (25 October O.S.) the Bolsheviks rose; on 8 November (26 October O.S.) they formed a government.",
    "29 February 1700 (O.S.) (11 March 1700 N.S.)",
    "29 February 1900 O.S. (13 March 1900 N.S.)",
    "Dec. 31, 1699 (O.S.) / Jan. 10, 1700 (N.S.)",
    "21 December 1699 (31 December 1699)",
    "25 марта 1918 (ст. ст.) / 7 апреля 1918 (н. ст.)",
    "4 (16) ноября 1848 г. — 13 (26) апреля 1910 г.",
    "[8(19).11.1711 - 4(15).4.1765]",
    "1917, 25 октября (7 ноября)",
    "1917 год, 25 октября (7 ноября)",
    "В 1917 г. 25 октября (7 ноября) произошёл переворот.",
    "Peter der Große (* 30. Maijul. / 9. Juni 1672greg. in Moskau; † 28. Januarjul. / 8. Februar 1725greg. in Sankt Petersburg)",
    "Пётр I Алексеевич (30 мая [9 июня] 1672 — 28 января [8 февраля] 1725)",
    "Петро I (30 травня (9 червня) 1672 — 28 січня (8 лютого) 1725)",
    "Pierre Ier, né le 30 mai 1672 (9 juin 1672 dans le calendrier grégorien) à Moscou et mort le 28 janvier 1725 (8 février 1725 dans le calendrier grégorien).",
    "Piotr I Wielki (ur. 30 maja?/9 czerwca 1672 w Moskwie, zm. 28 stycznia?/8 lutego 1725)",
    "Peter I (född 30 maj (g.s.) / 9 juni (n.s.) 1672 i Moskva)",
    "Petr I. Veliký (30. květnajul./ 9. června 1672greg. Moskva – 28. lednajul./ 8. února 1725greg.)",
    "Μέγας Πέτρος (30 Μαΐου/9 Ιουνίου 1672 – 28 Ιανουαρίου/8 Φεβρουαρίου 1725)",
    "Петър I (30 май (9 юни) 1672 – 28 януари (8 февруари) 1725)",
    "Petru cel Mare (n. 30 mai/9 iunie 1672, Moscova – d. 28 ianuarie/8 februarie 1725)",
    "Peter de Grote (Moskou, 30 mei/9 juni 1672 – Sint-Petersburg, 28 januari/8 februari 1725)",
    "Пётр Первый родился в ночь на 30 мая 1672 года (по новому стилю — 9 июня).",
    "Родился 30 мая (по ст. ст.) 1672 года.",
    "умер 28 января (8 февраля по новому стилю) 1725 года",
    "28 января 1725 года (8 февраля по н. ст.)",
    "Петро I помер 28 січня 1725 (8 лютого за новим стилем).",
    "Der Frieden von Nystad wurde am 30. August jul. / 10. September 1721 greg. geschlossen.",
    "Η επανάσταση ξεκίνησε στις 25 Μαρτίου 1821 (π.η.), δηλ. 6 Απριλίου 1821 (ν.η.).",
    "Unirea a avut loc la 24 ianuarie 1859 (5 februarie 1859 stil nou).",
    "Er wurde am 30. Mai 1672 nach dem julianischen Kalender geboren. Nach dem gregorianischen Kalender war es der 9. Juni.",
    "Он родился 30 мая 1672 года по старому стилю, то есть 9 июня по новому стилю.",
    "Il est né le 30 mai 1672 selon le calendrier julien, soit le 9 juin selon le calendrier grégorien.",
    "Nació el 30 de mayo de 1672 según el calendario juliano, es decir, el 9 de junio según el calendario gregoriano.",
    "Nacque il 30 maggio 1672 secondo il calendario giuliano, cioè il 9 giugno secondo il calendario gregoriano.",
    "Han föddes den 30 maj 1672 enligt den julianska kalendern, det vill säga den 9 juni enligt den gregorianska kalendern.",
    "Urodził się 30 maja 1672 według kalendarza juliańskiego, czyli 9 czerwca według kalendarza gregoriańskiego.",
    "Narodil se 30. května 1672 podle juliánského kalendáře, tj. 9. června podle gregoriánského kalendáře.",
    "Γεννήθηκε στις 30 Μαΐου 1672 με το παλαιό ημερολόγιο, δηλαδή στις 9 Ιουνίου με το νέο ημερολόγιο.",
    "S-a născut la 30 mai 1672 (stil vechi), adică 9 iunie (stil nou).",
    "Hij werd geboren op 30 mei 1672 volgens de juliaanse kalender, dat is 9 juni volgens de gregoriaanse kalender.",
    "Народився 30 травня 1672 року за старим стилем, тобто 9 червня за новим стилем.",
    "Роден е на 30 май 1672 г. по стар стил, т.е. 9 юни по нов стил.",
    "Orthodox Christmas, 25 December in the Julian calendar, falls on 7 January in the Gregorian calendar.",
    "Russian Christmas: 25 December (Julian) = 7 January (Gregorian).",
    "On Sunday 14 March 1700 N.S. (3 March O.S.) it rained.",
]

WRONG_PAIRS: Final = [
    "25 October (8 November) 1917",
    "25 October (6 November) 1917",
    "25 October (7 December) 1917",
    "7 November [O.S. 26 October] 1917",
    "11 February 1700 O.S. (22 February 1700)",
    "28 December 1700 O.S. (8 January 1700 N.S.)",
    "5 March (18 March) 1700",
    "Бородинское сражение произошло 26 августа (8 сентября) 1812 года.",
    "Народився 22 лютого (6 березня) 1812 року.",
    "He was born on 30 May [O.S. 9 June] 1672.",
    "Peter the Great (9 June [O.S. 30 May] 1672 – 8 February [O.S. 29 January] 1725) was tsar.",
    "Born 1 January 1700 (O.S.) [21 December 1699].",
    "Elizabeth I died on 24 March 1603 (4 April 1603 N.S.).",
    "Sunday 25 October (O.S.) 1917",
    "Родился 12 (24) декабря 1777 — умер 19 ноября (1 декабря) 1825.",
    "Catherine I (15 April [O.S. 5 April] 1684 – 17 May [O.S. 7 May] 1727) was empress.",
    "The Battle of Narva (30 November 1700 O.S. (19 November 1700 N.S.)) ",
    "The Battle of Narva was fought on 19 November 1700 (O.S.), that is 29 November N.S.",
    "On 19/29 November 1700 the armies met.",
    "William landed at Torbay on 5 November (16 November N.S.) 1688.",
    "born Feb. 11th, 1731/2 O.S. (Feb. 23rd, 1732 N.S.)",
    "On 7 November 1917 (25 October O.S.) the Bolsheviks rose; on 8 November (27 October O.S.) they formed a government.",
    "29 February 1900 N.S.",
    "Dec. 31, 1699 (O.S.) / Jan. 11, 1700 (N.S.)",
    "1 (12) January 1700",
    "21 December 1699 (1 January 1700)",
    "8(20).11.1711",
    "В 1917 г. 25 октября (8 ноября) произошёл переворот.",
    "Peter der Große (* 30. Maijul. / 9. Juni 1672greg. in Moskau; † 28. Januarjul. / 9. Februar 1725greg. in Sankt Petersburg)",
    "Пётр I Алексеевич (30 мая [9 июня] 1672 — 28 января [9 февраля] 1725)",
    "Pierre Ier, né le 30 mai 1672 (10 juin 1672 dans le calendrier grégorien) à Moscou.",
    "Пётр Первый родился в ночь на 30 мая 1672 года (по новому стилю — 10 июня).",
    "Η επανάσταση ξεκίνησε στις 25 Μαρτίου 1821 (π.η.), δηλ. 7 Απριλίου 1821 (ν.η.).",
    "Unirea a avut loc la 24 ianuarie 1859 (6 februarie 1859 stil nou).",
    "Он родился 30 мая 1672 года по старому стилю, то есть 10 июня по новому стилю.",
    "Il est né le 30 mai 1672 selon le calendrier julien, soit le 11 juin selon le calendrier grégorien.",
    "Monday, 3 March 1700 (O.S.)",
]

NO_ALARM: Final = [
    "He signed on 10 October 1721 O.S. (1 July 1690 was his father's death).",
    "10 October 1721 O.S. (1 July 1690)",
    "The fair ran between 1 and 12 February 1712 O.S.",
    "See p. 25 (No. 7), ISBN 978-3-16-148410-0, and John 3:16.",
    "At 10:30 on 3 March 1700, 25 (7) soldiers arrived.",
    "Treaty signed 1 May 1700 (O.S.); ratified 20 June 1700 (N.S.).",
    "In the 18th century (1701–1800) Russia used the Julian calendar.",
    "Dates: 3 March 1700, 12 April 1701, 5 June 1702 (Old Style).",
    "He was born 12 May 1650 and died 3 June 1712 (Julian calendar).",
    "Vol. 12 (1890), pp. 25–37.",
    "Around 1,200 (13,000) troops.",
    "13 Mart 1325 Rumi",
    "born 22 February 1731/32 N.S.",
    "Там 25 (7) человек.",
    "Narodil se 1. (13.) dubna 1850.",
    "Peter the Great (30 May 1672 – 8 February 1725) was tsar.",
    "Between 1 and 12 February 1700 (O.S.) nothing happened.",
    "The siege lasted from 3 March to 17 April 1700 (Old Style).",
    "On 3 March 1700 (Julian) and 17 April 1705 (Gregorian) two treaties were signed.",
    "He wrote on 1 May 1700 (O.S.) about the events of 12 June 1688.",
    "Chapter 12 (pp. 25-37) covers 1700-1725 (26 years).",
    "Psalm 23:1 and Luke 2:14 (KJV, 1611).",
    "At 7:30 (10:45 GMT) on 5 March 1917 the strike began.",
    "No. 25 (Oct. 1917), 7 November.",
    "The 19th (20th) century.",
    "ISBN 5-02-013586-1 (1917)",
    "Tel. 25 10 1917 (07 11).",
    "Dated Whitehall, Feb. 11, 1731-2.",
    "с 25 октября по 7 ноября 1917 года",
    "с 1 по 12 февраля 1712 года",
    "1917 m. spalio 25 d. (lapkričio 7 d.)",
    "1917. gada 25. oktobrī (7. novembrī)",
    "Пушкин родился в 1799 г.; 26 (7) лет спустя.",
    "Том 25 (7 ноября 1917), с. 12.",
    "В 1917 году 25 октября (по старому стилю) власть взяли большевики, а 7 ноября 1918 года отмечали годовщину.",
    "The first dated 3 May 1700 (O.S.), the second 14 May 1701 (N.S.).",
    "Kept on 1 January (O.S.) since 1700; on 14 January in 1917 (N.S.).",
    "He was born 12 February 1809 (Lincoln) and 12 February 1809 (Darwin).",
    "8–19 November 1711",
    "between 8 and 19 November 1711",
    "Russland führte am 14. Februar 1918 den gregorianischen Kalender ein; zuvor galt der julianische Kalender, und am 1. Februar 1918 wurde gefeiert.",
    "Россия перешла на григорианский календарь 14 февраля 1918 года, а 1 февраля 1918 года по старому стилю не было.",
    "Schweden übernahm den gregorianischen Kalender am 1. März 1753, nachdem am 17. Februar 1753 der julianische Kalender endete.",
    "La Russie adopta le calendrier grégorien le 14 février 1918 ; le 1er février 1918 du calendrier julien fut supprimé.",
    "La Rusia adoptó el calendario gregoriano el 14 de febrero de 1918, tras el 31 de enero de 1918 del calendario juliano.",
    "A Rússia adotou o calendário gregoriano em 14 de fevereiro de 1918, após 31 de janeiro de 1918 do calendário juliano.",
    "La Russia adottò il calendario gregoriano il 14 febbraio 1918, dopo il 31 gennaio 1918 secondo il calendario giuliano.",
    "Polska przyjęła kalendarz gregoriański 15 października 1582, a Rosja 14 lutego 1918 według nowego stylu.",
    "Sverige övergick till den gregorianska kalendern den 1 mars 1753 efter den 17 februari 1753 enligt den julianska kalendern.",
    "Rusland nam de gregoriaanse kalender aan op 14 februari 1918, na 31 januari 1918 volgens de juliaanse kalender.",
    "România a adoptat calendarul gregorian la 1 aprilie 1919 (stil nou), după 18 martie 1919 (stil vechi).",
    "España pasó al calendario gregoriano el 15 de octubre de 1582.",
    "Rusia trecu la calendarul gregorian la 14 februarie 1918; la 1 februarie 1918 (stil vechi) nu a existat.",
    "In the night of 12–13 (24–25) June 1812 the army crossed the Niemen.",
    "1–2 (13–14) September 1812",
    "The journal for 1917, No. 25 (7), pp. 10–25.",
    "Population 1,917 (25 October census).",
    "Act 25 (7 November 1917) of the Sovnarkom.",
    "Art. 7 (1917) and 25 (1918).",
    "In the 1690s (1 July 1690 at the Boyne) William won.",
    "He reigned 1689–1725 (36 years) and died 8 February 1725.",
    "Letter of 3 March 1700 O.S. (answered 1 June 1701).",
    "Gunpowder plot, 5 Nov. 1605; Torbay, 5 Nov. 1688 (O.S.).",
    "Matthew 2:1 (Bethlehem), 1 Kings 6:1, and Luke 2:1–20.",
    "He lived 18–19 cent. (1799/1800).",
    "Price 25 (7) roubles in 1917.",
    "on the 11th of February, 1731-2",
    "25 October 1917 (p. 1917)",
    "See 25 October 1917 (ibid., 7 November 1917, p. 3).",
    "30 February 1712 (Swedish calendar)",
    "21 December (1 January) 1700",
    "25.03.1918 / 07.04.1918",
    "3.IV.1917 (21.III ст. ст.)",
    "25 октября (7 ноября) — день революции.",
    "Год 1917. Октябрь, 25 (ноябрь, 7).",
    "Pietro I (Mosca, 9 giugno 1672 – San Pietroburgo, 8 febbraio 1725)",
    "Pedro I (Moscú, 9 de junio de 1672-San Petersburgo, 8 de febrero de 1725)",
    "Пётр умер 28 января 1725 года; его жена умерла 6 мая 1727 года.",
    "Пётр умер 28 января 1725 года по старому стилю; его жена умерла 17 мая 1727 года по новому стилю.",
    "Петр умер 28 января, а 8 февраля его похоронили (по новому стилю) — нет, это разные дни.",
    "Der Vertrag wurde am 30. August (a. St.) 1721 unterzeichnet, die Ratifikation folgte am 10. September 1721 (n. St.).",
    "Rumi 1 Mart 1333 (14 Mart 1917)",
    "Osmanlı'da 16 Şubat 1332 (1 Mart 1917) tarihinde takvim değişti.",
    "Он родился 30 мая 1672 года по старому стилю, а крестили его 29 июня по новому стилю.",
    "Er wurde am 30. Mai 1672 (jul.) geboren und am 20. Juni 1672 (greg.) getauft.",
    "He was born 30 May 1672 (O.S.) and baptised on 9 June 1673 (N.S.).",
    "He was born 30 May 1672 (O.S.); the same day in 1673, 9 June (N.S.), his brother was born.",
    "His letters of 3 March, 14 March and 17 March 1700 (N.S.) mention the Old Style calendar.",
    "Old Style dates are used: meetings on 3 March, 14 March, and 28 March 1700.",
    "Sessions were held on 1 May 1700 (O.S.), 12 May 1700 (N.S.), and 20 May 1700.",
    "The Julian calendar was used. Easter fell on 11 April 1700 and on 21 April 1700 in Rome.",
    "In Russia (Julian calendar) the feast is 25 December, in the West (Gregorian) 25 December too; Russians keep it on 7 January.",
    "Orthodox Christmas, 25 December in the Julian calendar, falls on 8 January in the Gregorian calendar in 2101.",
    "The 2nd, 3rd and 4th (O.S.) of March 1700",
    "Sunday, 3 March 1700 (O.S.)",
    "Tuesday, 12 March 1700 (O.S.)",
    "1917: 25 October (O.S.); 1918: 14 February (N.S.)",
    "Table: 25.10.1917 | 07.11.1917 | 26.10.1917",
    "Born 1 Jan 1700 O.S.; died 1 Jan 1760 N.S.",
]


@pytest.mark.parametrize("text", RIGHT_PAIRS)
def test_a_right_pair_is_found_and_not_flagged(text: str) -> None:
    assert scan(text), text
    assert check(text) == [], text


@pytest.mark.parametrize("text", WRONG_PAIRS)
def test_a_wrong_pair_is_flagged(text: str) -> None:
    assert check(text), text


@pytest.mark.parametrize("text", NO_ALARM)
def test_no_false_alarm(text: str) -> None:
    assert check(text) == [], text


def test_a_bracket_date_decades_away_is_another_date() -> None:
    mentions = scan("10 October 1721 O.S. (1 July 1690)")
    assert mentions[0].text == "10 October 1721 O.S."
    assert mentions[0].gregorian is None and mentions[0].consistent


@pytest.mark.parametrize(
    "text",
    [
        "25 October 1917 (7 November 1918)",  # a year off: a wrong pair, not two dates
        "28 December 1700 O.S. (8 January 1700 N.S.)",  # the year not carried over
        "7 February 1706 [O.S. 6 January 1705]",  # a month and a Lady Day year off
    ],
)
def test_a_pair_a_year_off_is_still_one_wrong_pair(text: str) -> None:
    (mention,) = scan(text)
    assert mention.julian is not None and mention.gregorian is not None
    assert check(text)


def test_serbian_genitive_months_are_read() -> None:
    (mention,) = scan("Рођен је 28. јуна (11. јула) 1914.")
    assert (mention.julian, mention.gregorian) == (JulianDate(1914, 6, 28), GregorianDate(1914, 7, 11))
    assert fix("Рођен је 28. јуна (12. јула) 1914.")[0] == "Рођен је 28. јуна (11. јула) 1914."


def test_russian_hyphenated_ordinals_are_read_and_kept_by_fix() -> None:
    (mention,) = scan("25-го октября 1917 года по старому стилю")
    assert mention.julian == JulianDate(1917, 10, 25)
    assert fix("25-го октября (8-го ноября) 1917 года")[0] == "25-го октября (7-го ноября) 1917 года"


@pytest.mark.parametrize(
    "text", ["25-го", "25-го (7-го) 1917", "25-й октября 1917 по ст. ст.", "-го октября 1917"]
)
def test_garbage_around_hyphenated_ordinals_is_no_date(text: str) -> None:
    assert [m.julian for m in scan(text)] in ([], [None])


def test_each_main_language_has_its_calendar_use_and_succession_words() -> None:
    for code in ("ru", "uk", "bg", "sr", "pl", "cs", "de", "nl", "fr", "it", "es", "pt", "sv", "el", "ro"):
        lang = LANGUAGES[code]
        assert lang.calendar_use_words and lang.succession_words and lang.range_words, code


def test_a_date_whose_own_year_is_another_is_not_paired() -> None:
    text = "Kept on 1 January (O.S.) since 1700; on 14 January in 1917 (N.S.)."
    assert all(m.gregorian is None or m.julian is None for m in scan(text))


def _languages_page_examples() -> list[str]:
    page = (Path(__file__).resolve().parent.parent / "docs" / "languages.md").read_text(encoding="utf-8")
    section = page.split("## Dual dates as each language writes them")[1].split("\n## ")[0]
    rows = [line.split("|")[2] for line in section.splitlines() if line.startswith("| ")][2:]
    return [example.strip() for row in rows for example in row.split(";")]


@pytest.mark.parametrize("text", _languages_page_examples())
def test_each_example_on_the_languages_page_is_read_clean(text: str) -> None:
    assert scan(text), text
    assert check(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "25 October 1917[3] (7 November)",
        "25 October[a] (7 November) 1917",
        "25 October 1917[1][2] (7 November)",
    ],
)
def test_footnote_marks_after_a_date_are_skipped(text: str) -> None:
    (mention,) = scan(text)
    assert mention.gregorian == GregorianDate(1917, 11, 7)


@pytest.mark.parametrize("text", ["25 October 1917 (3) letters", "25 October 1917 [7]", "25 October 1917[3]"])
def test_a_bare_number_after_a_dated_day_is_no_other_half(text: str) -> None:
    assert scan(text) == [] and check(text) == []
