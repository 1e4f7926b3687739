"""A fifth round of dual dates as real text writes them, in phrasings the other unseen files lack.

English Wikipedia openings of Russian, Bulgarian, Serbian and Greek lives,
Britannica's "[Dec. 10, New Style]", genealogy registers ("bapt.", "bur."),
Pepys, and Russian, German, French, Italian, Spanish, Polish and Czech
openings with the calendar named; right pairs, wrong pairs (a century's gap
off, a day off, labels swapped, a month boundary), and quiet text.
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

RIGHT_PAIRS: Final = [
    (
        "Dmitri Ivanovich Mendeleev (Russian: Дмитрий Иванович Менделеев; 8 February [O.S. 27 January] "
        "1834 – 2 February [O.S. 20 January] 1907) was a chemist."
    ),
    (
        "Modest Petrovich Mussorgsky (21 March [O.S. 9 March] 1839 – 28 March [O.S. 16 March] 1881) was "
        "a composer."
    ),
    (
        "Anton Pavlovich Chekhov (29 January [O.S. 17 January] 1860 – 15 July [O.S. 2 July] 1904) was a "
        "playwright."
    ),
    "Mikhail Lomonosov (19 November [O.S. 8 November] 1711 – 15 April [O.S. 4 April] 1765) was a polymath.",
    "Alexander Suvorov (24 November [O.S. 13 November] 1730 – 18 May [O.S. 6 May] 1800) was a general.",
    (
        "Hristo Botev (Bulgarian: Христо Ботев; 6 January 1848 [O.S. 25 December 1847] – 1 June [O.S. "
        "20 May] 1876) was a poet."
    ),
    (
        "Vuk Stefanović Karadžić (Serbian Cyrillic: Вук Стефановић Караџић; 6 November [O.S. 26 "
        "October] 1787 – 7 February 1864)"
    ),
    (
        "Ioannis Kapodistrias (Greek: Ιωάννης Καποδίστριας; 11 February [O.S. 31 January] 1776 – 9 "
        "October [O.S. 27 September] 1831)"
    ),
    "Nikolay Nekrasov, born Nov. 28 [Dec. 10, New Style], 1821, Nemirov",
    "Mendeleyev, born Jan. 27 [Feb. 8, New Style], 1834, Tobolsk, Siberia",
    "Mussorgsky, died March 16 [March 28], 1881, St. Petersburg",
    "Pyotr Ilyich Tchaikovsky, born April 25 [May 7, New Style], 1840, Votkinsk",
    "Mary Smith, bapt. 3 Feb 1718/9, St Martin's.",
    "John Smith, bur. 12 Mar 1723/4.",
    "m. 14 Jan 1701/02 at Stepney",
    "Thomas, son of John, bapt. 20 Feb. 1688/9",
    "Lord's Day, January 1st, 1659-60. This morning I rose.",
    "Pepys, 30 January 1659/60: this morning before I was up",
    "Дмитрий Менделеев родился 27 января (8 февраля) 1834 года в Тобольске.",
    "Менделеев (27 января [8 февраля] 1834, Тобольск — 20 января [2 февраля] 1907, Санкт-Петербург)",
    "Антон Чехов родился 17 (29) января 1860 года в Таганроге.",
    "Dmitri Mendelejew (* 27. Januarjul. / 8. Februar 1834greg. in Tobolsk)",
    (
        "Dmitri Iwanowitsch Mendelejew (* 8. Februar 1834 in Tobolsk; † 2. Februar 1907 in Sankt "
        "Petersburg) – nach julianischem Kalender am 27. Januar 1834 geboren."
    ),
    "Dmitri Mendeleïev, né le 8 février 1834 (27 janvier 1834 dans le calendrier julien) à Tobolsk.",
    (
        "Dmitri Mendeleïev (en russe : Дмитрий Иванович Менделеев), né le 27 janvier 1834 (8 février "
        "1834 dans le calendrier grégorien)"
    ),
    "Dmitrij Mendeleev, nato a Tobol'sk l'8 febbraio 1834 (27 gennaio secondo il calendario giuliano)",
    "Dmitri Mendeléyev nació el 8 de febrero de 1834 (27 de enero según el calendario juliano) en Tobolsk.",
    "Dmitrij Mendelejew, ur. 27 stycznia?/8 lutego 1834 w Tobolsku",
    "Dmitrij Mendělejev se narodil 8. února 1834 (27. ledna podle juliánského kalendáře).",
    "Antoni Czechow urodził się 29 stycznia 1860 (17 stycznia według kalendarza juliańskiego).",
    "Chekhov was born on 17 January 1860 (Old Style), in Taganrog.",
    "Chekhov was born on 29 January 1860 (17 January in the Old Style calendar).",
    "Chekhov: b. 17/29 Jan 1860, d. 2/15 Jul 1904",
    "Роден на 25 декември 1847 г. (6 януари 1848 г. по нов стил) в Калофер.",
    "Христо Ботев (25 декември 1847 [6 януари 1848] – 20 май [1 юни] 1876)",
    "Вук Караџић рођен је 26. октобра (6. новембра) 1787. године у Тршићу.",
    "Pushkin was born in Moscow on 6 June (26 May, Old Style) 1799.",
    (
        "Alexander Pushkin (Russian: Александр Сергеевич Пушкин; 6 June [O.S. 26 May] 1799 – 10 "
        "February [O.S. 29 January] 1837)"
    ),
    "He was born at Moscow on May 26 (June 6, N.S.), 1799.",
    "Gogol, born March 20 [April 1, New Style], 1809, Sorochintsy",
    "Nikolai Gogol (1 April [O.S. 20 March] 1809 – 4 March [O.S. 21 February] 1852)",
    "bapt. 10 Mar. 1709/10; bur. 2 Jan. 1711/12",
    "Mikołaj Gogol (ur. 20 marca?/1 kwietnia 1809)",
    "Nikolai Gogol (* 20. Märzjul. / 1. April 1809greg. in Sorotschinzy)",
    "Nicolas Gogol, né le 1er avril 1809 (20 mars dans le calendrier julien)",
    "Гоголь (20 марта [1 апреля] 1809, Великие Сорочинцы — 21 февраля [4 марта] 1852, Москва)",
    "Nikolai Gogol nacque a Soročincy il 1º aprile 1809 (20 marzo del calendario giuliano).",
    (
        "Nikolái Gógol (Sorochintsi, 1 de abril de 1809 – Moscú, 4 de marzo de 1852) nació el 20 de "
        "marzo según el calendario juliano."
    ),
    "Pepys, Feb. 29, 1659/60: Lord's day.",
    "He was baptized 29 Feb. 1695-6.",
    "Gogol was born on 20 March (1 April) 1809.",
    "born 1 April (N.S.) 1809",
    "Het werd 1 april 1809 (20 maart juliaanse kalender).",
    "Гоголь родился 1 апреля 1809 г. по новому стилю.",
    "Kapodistrias was assassinated at Nafplio on 9 October (27 September O.S.) 1831.",
    "Born: 8 February 1834 (N.S.)",
    "Old Style: 27 January 1834; New Style: 8 February 1834",
    "Mary, chr. 3 Feb 1718/19, d. 12 Mar 1723/24 (O.S.)",
    "the 27th of January (O.S.), or the 8th of February (N.S.), 1834",
    "January 27 (February 8), 1834",
    "January 27/February 8, 1834",
    "Менделеев родился 27.I (8.II) 1834 г.",
    "Менделеев родился 27 января ст. ст. (8 февраля н. ст.) 1834 г.",
    "Менделєєв народився 27 січня (8 лютого) 1834 р. у Тобольську.",
    "Mendelejew wurde am 27. Januar (8. Februar) 1834 geboren.",
    "Mendelejew wurde am 8. Februar 1834 (nach julianischem Kalender am 27. Januar) geboren.",
    "Mendeleïev est né le 27 janvier/8 février 1834.",
    "Mendeleïev est né le 8 février 1834 (27 janvier ancien style).",
    "Mendeleev nacque il 27 gennaio (8 febbraio) 1834.",
    "Mendelejew urodził się 27 stycznia (8 lutego) 1834.",
    "Mendelejew urodził się 8 lutego 1834 (27 stycznia starego stylu).",
    "Mendelejew urodził się 8 lutego 1834 (27 stycznia wg kalendarza juliańskiego).",
    "Ο Μεντελέγεφ γεννήθηκε στις 8 Φεβρουαρίου 1834 (27 Ιανουαρίου με το Ιουλιανό ημερολόγιο).",
    "Vuk je rođen 26. oktobra (6. novembra) 1787. u Tršiću.",
    "Isaac Newton (4 January 1643 [O.S. 25 December 1642] – 31 March 1727 [O.S. 20 March 1726/27])",
    "He died on 1 March 1900 [O.S. 17 February 1900].",
    "He died on 14 March [O.S. 1 March] 1900.",
    "He died 29 February (O.S.) 1900, that is 13 March 1900 (N.S.).",
    (
        "Leo Tolstoy, Russian: Лев Николаевич Толстой (9 September [O.S. 28 August] 1828 – 20 November "
        "[O.S. 7 November] 1910)"
    ),
    "Pepys (Lord's Day) 1 January 1660 (N.S. 11 January)",
    "Rimsky-Korsakov (18 March [O.S. 6 March] 1844 – 21 June [O.S. 8 June] 1908)",
    "Dated Moscow, 3/15 May 1856",
    "Letter of 3 (15) May 1856, Moscow.",
    "Mendeleev was born on 27 January 1834 (Julian calendar) in Tobolsk.",
    "Mendeleev was born on 8 February 1834 (Gregorian calendar) in Tobolsk.",
    "Mendeleev was born in Tobolsk on 27 January (8 February, New Style) 1834.",
    "Mendeleev was born in Tobolsk on 8 February (27 January, Julian) 1834.",
    "Mendeleev (8 February [O.S. 27 January] 1834[a] – 2 February 1907)",
    "Mendeleev (8 February 1834 [O.S. 27 January 1834] – 2 February 1907)",
    "Mendeleev was born 27 January [8 February N.S.] 1834.",
    "Менделеев (1834, 27 января [8 февраля], Тобольск — 1907, 20 января [2 февраля])",
    "Менделеев родился 8 февраля (27 января по юлианскому календарю) 1834 г.",
    "Менделеев родился 27 января / 8 февраля 1834 г.",
    "Менделєєв народився 8 лютого 1834 р. (27 січня за старим стилем).",
    "Менделеев е роден на 8 февруари 1834 г. (27 януари ст. ст.).",
    "Мендељејев је рођен 8. фебруара 1834. (27. јануара по јулијанском календару).",
    "Mendelejew wurde am 27. Januar 1834 (greg. 8. Februar) geboren.",
    "Mendelejew wurde am 8. Februar 1834 (nach gregorianischem Kalender) geboren.",
    "Mendeleïev est né le 27 janvier (8 février) 1834 à Tobolsk.",
    "Mendeléyev nació el 27 de enero (8 de febrero) de 1834.",
    "Mendeleev nasceu em 27 de janeiro (8 de fevereiro) de 1834.",
    "Mendelejew urodził się 27 stycznia (8 lutego) 1834 r. w Tobolsku.",
    "Mendělejev se narodil 27. ledna (8. února) 1834.",
    "Mendelejev föddes den 8 februari 1834 (27 januari enligt den julianska kalendern).",
    "Mendelejev blev født den 27. januar (8. februar) 1834.",
    "Mendeleev s-a născut la 27 ianuarie (8 februarie) 1834.",
    "Mendeleev s-a născut la 8 februarie 1834 (27 ianuarie stil vechi).",
    "Mendeleev was born on 27 January 1834 (8 February 1834 N.S.).",
    "Mendeleev was born Jan. 27 (Feb. 8 N.S.), 1834.",
    "On March 1 (14), 1900, the decree was signed.",
    "The manifesto of 17 (30) October 1905 granted a Duma.",
    "Манифест 17 (30) октября 1905 года.",
    "1 (14) февраля 1918 года Россия перешла на новый стиль.",
    "Bloody Sunday, 9 January [O.S.] / 22 January 1905.",
    "Bloody Sunday (Russian: Кровавое воскресенье) took place on Sunday, 22 January [O.S. 9 January] 1905.",
    "Mendeleev was born on the 8th of February, 1834 (27th January Old Style).",
    "Rođen je 8. februara 1834. (27. januara po julijanskom kalendaru).",
    "Рођен је 8. фебруара 1834. године (27. јануара по старом календару).",
    "Mendeleev, born 27 January (O.S.) / 8 February (N.S.) 1834",
    "Mendeleev was born on January 27th, 1834 (O.S.), or February 8th by our reckoning.",
    "The Battle of Borodino (7 September [O.S. 26 August] 1812)",
    "Бородинское сражение 26 августа (7 сентября) 1812 года.",
    "Borodino, 26 August/7 September 1812",
    "the battle of Borodino, fought Aug. 26 (Sept. 7, New Style), 1812",
]

WRONG_PAIRS: Final = [
    "Mikhail Lomonosov (19 November [O.S. 7 November] 1711 – 15 April [O.S. 4 April] 1765) was a polymath.",
    (
        "Dmitri Ivanovich Mendeleev (Russian: Дмитрий Иванович Менделеев; 8 February [O.S. 28 January] "
        "1834 – 2 February [O.S. 20 January] 1907) was a chemist."
    ),
    "Modest Mussorgsky (21 March [O.S. 8 March] 1839 – 28 March [O.S. 16 March] 1881)",
    "Anton Chekhov (29 January [O.S. 16 January] 1860 – 15 July [O.S. 2 July] 1904)",
    "Anton Chekhov (17 January [O.S. 29 January] 1860 – 15 July [O.S. 2 July] 1904)",
    "Modest Mussorgsky (1 April [O.S. 18 March] 1839 – 28 March [O.S. 16 March] 1881)",
    "Hristo Botev (6 January 1848 [O.S. 25 December 1848] – 1 June [O.S. 20 May] 1876)",
    "Ioannis Kapodistrias (12 February [O.S. 31 January] 1776 – 9 October [O.S. 27 September] 1831)",
    "Nikolay Nekrasov, born Nov. 28 [Dec. 11, New Style], 1821, Nemirov",
    "Mendeleyev, born Jan. 27 [Feb. 7, New Style], 1834, Tobolsk, Siberia",
    "Дмитрий Менделеев родился 27 января (9 февраля) 1834 года в Тобольске.",
    "Антон Чехов родился 17 (30) января 1860 года в Таганроге.",
    "Dmitri Mendelejew (* 27. Januarjul. / 9. Februar 1834greg. in Tobolsk)",
    "Dmitri Mendeleïev, né le 8 février 1834 (26 janvier 1834 dans le calendrier julien) à Tobolsk.",
    "Dmitrij Mendeleev, nato a Tobol'sk l'8 febbraio 1834 (28 gennaio secondo il calendario giuliano)",
    "Dmitri Mendeléyev nació el 8 de febrero de 1834 (26 de enero según el calendario juliano) en Tobolsk.",
    "Dmitrij Mendělejev se narodil 8. února 1834 (28. ledna podle juliánského kalendáře).",
    "Chekhov: b. 17/30 Jan 1860, d. 2/15 Jul 1904",
    "Вук Караџић рођен је 26. октобра (7. новембра) 1787. године у Тршићу.",
    "Христо Ботев (25 декември 1847 [7 януари 1848] – 20 май [1 юни] 1876)",
    "Gogol, born March 20 [April 2, New Style], 1809, Sorochintsy",
    "Nikolai Gogol (1 April [O.S. 19 March] 1809 – 4 March [O.S. 21 February] 1852)",
    "Nikolai Gogol (1 April [O.S. 20 March] 1809 – 4 March [O.S. 20 February] 1852)",
    "Николай Гоголь родился 20 марта (2 апреля) 1809 года.",
    "Nicolas Gogol, né le 1er avril 1809 (21 mars dans le calendrier julien)",
    "Nikolai Gogol (* 20. Märzjul. / 2. April 1809greg. in Sorotschinzy)",
    "Mikołaj Gogol (ur. 20 marca?/2 kwietnia 1809)",
    "Pushkin was born in Moscow on 6 June (25 May, Old Style) 1799.",
    "He was born at Moscow on May 26 (June 7, N.S.), 1799.",
    "Gogol was born on 20 March (2 April) 1809.",
    "Lomonosov (8 November [O.S. 19 November] 1711)",
    "Lomonosov was born 19 November 1711 (9 November O.S.).",
    "Suvorov (24 November [O.S. 12 November] 1730)",
    "Nikolai Gogol nacque a Soročincy il 1º aprile 1809 (19 marzo del calendario giuliano).",
    "Isaac Newton (5 January 1643 [O.S. 25 December 1642] – 31 March 1727 [O.S. 20 March 1726/27])",
    "He died on 2 March 1900 [O.S. 17 February 1900].",
    "He died on 13 March [O.S. 1 March] 1900.",
    "January 27 (February 9), 1834",
    "January 27/February 9, 1834",
    "Менделеев родился 27.I (9.II) 1834 г.",
    "Mendelejew wurde am 27. Januar (9. Februar) 1834 geboren.",
    "Mendeleïev est né le 8 février 1834 (28 janvier ancien style).",
    "Mendelejew urodził się 27 stycznia (9 lutego) 1834.",
    "Mendelejew urodził się 8 lutego 1834 (28 stycznia wg kalendarza juliańskiego).",
    "Ο Μεντελέγεφ γεννήθηκε στις 8 Φεβρουαρίου 1834 (28 Ιανουαρίου με το Ιουλιανό ημερολόγιο).",
    "Vuk je rođen 26. oktobra (7. novembra) 1787. u Tršiću.",
    "Rimsky-Korsakov (18 March [O.S. 5 March] 1844 – 21 June [O.S. 8 June] 1908)",
    "Letter of 3 (16) May 1856, Moscow.",
    "Mendeleev was born in Tobolsk on 27 January (9 February, New Style) 1834.",
    "Mendeleev was born in Tobolsk on 8 February (27 January, New Style) 1834.",
    "Dated Moscow, 3/14 May 1856",
    "Leo Tolstoy (9 September [O.S. 28 August] 1828 – 19 November [O.S. 7 November] 1910)",
    "Mendeleev was born in Tobolsk on 27 January (8 February, Old Style) 1834.",
    "Hristo Botev (6 January 1847 [O.S. 25 December 1847] – 1 June [O.S. 20 May] 1876)",
    "Mendeleev (8 February 1834 [O.S. 28 January 1834] – 2 February 1907)",
    "Менделеев родился 8 февраля (26 января по юлианскому календарю) 1834 г.",
    "Мендељејев је рођен 8. фебруара 1834. (28. јануара по јулијанском календару).",
    "Mendeleév nació el 27 de enero (9 de febrero) de 1834.",
    "Mendelejev föddes den 8 februari 1834 (28 januari enligt den julianska kalendern).",
    "Mendeleev s-a născut la 27 ianuarie (9 februarie) 1834.",
    "On March 1 (13), 1900, the decree was signed.",
    "Манифест 17 (31) октября 1905 года.",
    "Bloody Sunday took place on Sunday, 22 January [O.S. 10 January] 1905.",
    "Bloody Sunday took place on Monday, 22 January [O.S. 9 January] 1905.",
    "Mendeleev was born Jan. 27 (Feb. 9 N.S.), 1834.",
    "Mendelejew wurde am 27. Januar 1834 (greg. 9. Februar) geboren.",
    "Менделеев (1834, 27 января [9 февраля], Тобольск — 1907, 20 января [2 февраля])",
    "Rođen je 8. februara 1834. (28. januara po julijanskom kalendaru).",
    "Рођен је 8. фебруара 1834. године (28. јануара по старом календару).",
    "Рођен је 8. фебруара 1834. (28. јануара).",
    "the battle of Borodino, fought Aug. 26 (Sept. 8, New Style), 1812",
    "The Battle of Borodino (7 September [O.S. 25 August] 1812)",
    "Borodino, 26 August/8 September 1812",
    "Mendeleev, born 27 January (O.S.) / 9 February (N.S.) 1834",
]

QUIET: Final = [
    "Mendeleev's periodic table (1869) was revised in 1871.",
    "Psalm 31:12 was read at the funeral in 1834.",
    "He paid 12/6 for the book in 1718.",
    "Zh. Russ. Fiz.-Khim. O-va 1 (2), 1869, pp. 60–77.",
    "See vol. 27 (8), 1834, pp. 31–12.",
    "The 17th and 29th regiments marched in January 1860.",
    "Russia used the Julian calendar until 1918.",
    "Chekhov (1860–1904) wrote The Seagull in 1895.",
    "In 1834 the Julian calendar was twelve days behind the Gregorian.",
    "Tobolsk lies at 58°12′N 68°15′E.",
    "Menedeleev's element 27 (cobalt) weighs 58.9.",
    "Bapt. register vol. 3, fol. 1718, no. 19.",
    "Die Schlacht dauerte vom 27. bis 29. Januar 1860.",
    "Il est mort entre le 2 et le 15 juillet 1904.",
    "Gogol (1809–1852) wrote Dead Souls.",
    "Nos. 20/1 and 1/4 were sold in 1809.",
    "Born 1809, died 1852 (aged 42).",
    "Tickets cost 20 (1) roubles in 1809.",
    "Gogol's birthday, 1 April, is celebrated in Ukraine.",
    "The 1809 edition ran to 20 March pages.",
    "Mendeleev (1834–1907) discovered the periodic law in 1869.",
    "He lived at No. 27, 8 February Street, until 1834.",
    "The vote was 27 (8) in favour in 1834.",
    "Tchaikovsky's Symphony No. 6 (1893) premiered in October.",
    "Reference: J. Chem. Soc. 1834, 27, 8–12.",
    "Section 3.15 of the 1856 regulation.",
    "Mendeleev, D. I. (1869). Zh. Russ. Khim. Obshch. 1: 60–77.",
    "Score: 27 (8) – 20 (2) after extra time, 1834 rules.",
    "Born 1834; the family moved to Tobolsk 27 years later.",
    "ISBN 978-5-02-027836-8 (1834 edition).",
    "From 27 January to 8 February 1834 the river froze.",
    "He wrote on 27 January 1834 and again on 8 February 1834.",
    "Рођен је 8. фебруара 1834. (види слику 3.)",
    "Borodino (1812) was fought 124 km from Moscow.",
    "Rođen je 1834. u Tobolsku.",
]


@pytest.mark.parametrize(("text", "kind"), snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, QUIET))
def test_snippet_is_read_as_its_writer_meant(text: str, kind: str) -> None:
    assert_read_as_meant(text, kind)
