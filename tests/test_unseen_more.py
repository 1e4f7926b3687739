"""More dual dates as real text writes them: sources and phrasings tests/test_unseen_forms.py lacks.

Biography openings, encyclopedia brackets, registers and letters with a
Lady Day year, German "jul." brackets, and Russian, Bulgarian, Serbian,
Greek, Romanian, Polish, French, Italian and Spanish sentences; right pairs,
wrong pairs (a wrong gap, a day off, swapped labels, a month or a year off at
a boundary) and quiet text whose dates and numbers are no dual dates.
"""

from __future__ import annotations

from typing import Final

import pytest

from oldstyle import check, scan

RIGHT_PAIRS: Final = [
    "Mikhail Glinka (1 June [O.S. 20 May] 1804 – 15 February 1857) was a Russian composer.",
    "Born 20 May (1 June) 1804 in Novospasskoye, he died in Berlin.",
    "Глинка родился 20 мая (1 июня) 1804 года в селе Новоспасском.",
    "Скончался 3 (15) февраля 1857 года в Берлине.",
    "Николай Гоголь родился 20 марта (1 апреля) 1809 года.",
    "Lermontov was born on 15 October [O.S. 3 October] 1814 in Moscow.",
    "Lermontov, born October 3 (October 15, New Style), 1814, Moscow",
    "Mendeleev (8 February [O.S. 27 January] 1834 – 2 February [O.S. 20 January] 1907)",
    "Dmitri Mendeleev was born on February 8, 1834 (January 27, Old Style).",
    "Менделеев родился 27 января (8 февраля) 1834 года в Тобольске.",
    "Tschaikowski wurde am 7. Mai 1840 (jul. 25. April) in Wotkinsk geboren.",
    "* 25. Apriljul. / 7. Mai 1840greg. in Wotkinsk",
    "Il est né le 7 mai 1840 (25 avril du calendrier julien) à Votkinsk.",
    "Nacque a Votkinsk il 7 maggio 1840 (25 aprile secondo il calendario giuliano).",
    "Nació el 7 de mayo de 1840 (25 de abril según el calendario juliano).",
    "Urodził się 7 maja 1840 (25 kwietnia według kalendarza juliańskiego).",
    "Γεννήθηκε στις 7 Μαΐου 1840 (25 Απριλίου με το παλαιό ημερολόγιο).",
    "S-a născut la 7 mai 1840 (25 aprilie stil vechi).",
    "Роден е на 7 май (25 април стар стил) 1840 г.",
    "Рођен је 7. маја (25. априла по старом календару) 1840.",
    "Han föddes den 7 maj (25 april g.s.) 1840 i Votkinsk.",
    "Letter from John Winthrop, dated Boston, 14 March 1639/40.",
    "Jan. 18. 1665/6. Up betimes and to the office.",
    "He was buried at St Olave's on 3 February 1664/5.",
    "The will was proved on 1 March 1699/1700.",
    "Franklin was born January 6, 1705 (O.S.), now reckoned January 17, 1706.",
    "Benjamin Franklin (January 17, 1706 [O.S. January 6, 1705] – April 17, 1790)",
    "On 14 (26) December 1825 the Decembrists assembled on Senate Square.",
    "Восстание декабристов 14 (26) декабря 1825 года",
    "The Treaty of Nystad was signed on 30 August (10 September) 1721.",
    "Pokój w Nystad podpisano 30 sierpnia (10 września) 1721 roku.",
    "Shakespeare died on 23 April 1616 (O.S.), that is 3 May 1616 (N.S.).",
    "Cervantes murió el 22 de abril de 1616 (calendario gregoriano).",
    "Η ναυμαχία έγινε στις 20 Οκτωβρίου 1827 (1 Νοεμβρίου ν.η.).",
    "Unirea a avut loc la 24 ianuarie (5 februarie) 1859.",
    "Българското Възраждане: на 20 април (2 май) 1876 г. избухва Априлското въстание.",
    "Априлското въстание избухва на 20 април 1876 г. (стар стил).",
    "He died on 28 February (10 March) 1700.",
    "Родился 31 декабря 1799 года (11 января 1800 года по новому стилю).",
    "A deed dated 25 March 1731/32 (5 April 1732) opened the new year.",
    "Lady Day, 25 March 1699/1700, the first day of the year 1700.",
    "He was born on 1 May 1700 (Old Style) and on 12 May 1700 by the Gregorian reckoning.",
    "Il naquit le 1er mai 1700 (ancien style) et le 12 mai 1700 selon le calendrier grégorien.",
    "Newton was born on Christmas Day 1642 by the Julian calendar but on 4 January 1643 by the Gregorian.",
    "Newton was born on Christmas Day 1642 (O.S.), i.e. 4 January 1643 (N.S.).",
    "He was born on 4 January 1643 (N.S.), Christmas Day 1642 O.S.",
    "The rent fell due at Michaelmas 1666 (O.S.), that is 9 October 1666 (N.S.).",
]

WRONG_PAIRS: Final = [
    "Glinka was born on 1 June [O.S. 21 May] 1804.",
    "Глинка родился 20 мая (2 июня) 1804 года.",
    "Mendeleev was born on February 8, 1834 (January 26, Old Style).",
    "Менделеев родился 27 января (9 февраля) 1834 года.",
    "Tschaikowski wurde am 7. Mai 1840 (jul. 26. April) geboren.",
    "Il est né le 7 mai 1840 (24 avril du calendrier julien).",
    "Nacque il 7 maggio 1840 (26 aprile secondo il calendario giuliano).",
    "Urodził się 8 maja 1840 (25 kwietnia według kalendarza juliańskiego).",
    "S-a născut la 7 mai 1840 (24 aprilie stil vechi).",
    "Peter the Great was born 30 May (10 June) 1672.",
    "Lomonosov was born 8 (20) November 1711.",
    "Decembrist revolt: 14 (27) December 1825.",
    "The revolution began on 25 October (8 November) 1917.",
    "Shakespeare died on 23 April 1616 (O.S.), that is 4 May 1616 (N.S.).",
    "Pushkin was born 26 May [O.S. 6 June] 1799.",
    "Η ναυμαχία έγινε στις 20 Οκτωβρίου 1827 (2 Νοεμβρίου ν.η.).",
    "Unirea a avut loc la 24 ianuarie (6 februarie) 1859.",
    "на 20 април (3 май) 1876 г. избухва Априлското въстание.",
    "Битка на Косову одиграла се 15. (28.) јуна 1389.",
    "A deed dated 25 March 1731/32 (6 April 1732) opened the new year.",
    "He was born on 1 May 1700 (Old Style) and on 13 May 1700 by the Gregorian reckoning.",
    "Newton was born on Christmas Day 1642 by the Julian calendar but on 5 January 1643 by the Gregorian.",
    "The rent fell due at Michaelmas 1666 (O.S.), that is 10 October 1666 (N.S.).",
]

NO_ALARM: Final = [
    "The regiment lost 1712 men between 3 May and 20 June 1709.",
    "See pages 25 (7) and 1917 of volume II.",
    "In 1700 Sweden began its own calendar, dropping leap days until 1712.",
    "He lived from 12 March 1699 to 4 June 1761.",
    "Tickets cost 25 (7 for children) in 1917 prices.",
    "The house at No. 25 October Street was built in 1917.",
    "Кутузов (1745—1813) командовал армией в 1812 году.",
    "Der Vertrag vom 2. Mai 1700 wurde am 13. Juni 1700 ratifiziert.",
    "Le traité signé le 3 mars 1700 fut ratifié le 20 mars 1700.",
    "He left London on 1 May 1700 and reached Moscow on 30 June 1700.",
    "The bells rang at 6 (and again at 9) on 12 June 1812.",
    "Population: 1 (1700), 25 (1750), 7 (1800).",
    "Sept. 2, 1752, was followed by Sept. 14, 1752, when Britain changed its calendar.",
    "He left on 1 May 1700 (Old Style) and arrived 13 May 1700 (New Style).",
    "He left on 1 May 1700 (Old Style) and was received on 13 May 1700 (New Style).",
    "Он выехал 1 мая 1700 г. (ст. ст.) и прибыл 13 мая 1700 г. (н. ст.).",
    "Il partit le 1er mai 1700 (ancien style) et arriva le 13 mai 1700 (nouveau style).",
    "Partì il 1º maggio 1700 (calendario giuliano) e giunse il 13 maggio 1700 (calendario gregoriano).",
    "Er reiste am 1. Mai 1700 (a. St.) ab und kam am 13. Mai 1700 (n. St.) an.",
    "He was born on Christmas Day 1642 O.S. He was baptised on 5 January 1643 N.S.",
    "The rent fell due at Michaelmas 1666 (O.S.) and was paid on 10 October 1666 (N.S.).",
]


CASES: Final = [
    *((text, "right") for text in RIGHT_PAIRS),
    *((text, "wrong") for text in WRONG_PAIRS),
    *((text, "quiet") for text in NO_ALARM),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_each_snippet_is_read_as_its_writer_meant(text: str, kind: str) -> None:
    """A right pair is found and not flagged, a wrong pair is flagged, quiet text raises nothing."""
    problems = check(text)
    if kind == "right":
        assert scan(text), text
    assert bool(problems) == (kind == "wrong"), (text, [p.message for p in problems])
