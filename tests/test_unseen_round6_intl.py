"""A sixth round: real published text in other languages than English, read as its writer meant.

Sentences gathered from real pages and public repositories (Russian, Ukrainian and Bulgarian
biographies and museum pages, Serbian and Greek records, German, Dutch, Danish, Norwegian,
Swedish, Polish, Czech, French, Italian, Spanish, Portuguese and Romanian text), shortened or
paraphrased around the date phrase, which keeps its marks exactly as written; each wrong pair is
a real sentence with one day changed (or a day that does not exist).  Quiet text: reform
explanations ("the day after 4 October 1582 was 15 October"), holiday tables, ranges and dates
with no calendar named.
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

RIGHT_PAIRS: Final = [
    (
        "на заседании СНК 24 января (6 февраля) 1918 и подписанному товарищем Ульяновым-Лениным 26 января "
        "(8 февраля) 1918 года."
    ),
    "6 июня (26 мая по старому стилю) 1799 года, то есть ровно 220 лет назад, родился основоположник языка.",
    (
        "Дмитрий Иванович Менделеев родился 27 января (8 февраля) 1834 года в Тобольске в семье директора "
        "гимназии."
    ),
    "Дмитрий Иванович Менделеев родился 8 февраля (27 января по ст. ст.) 1834 г. последним ребёнком.",
    (
        "222 роки тому, 6 червня (за старим стилем – 26 травня) 1799 року, народився Олександр Сергійович "
        "Пушкін."
    ),
    "Urodzony dn. 10/20 maja 1589 r.",
    (
        "rewolucja, która według obowiązującego wówczas w Rosji starego porządku juliańskiego rozpoczęła "
        "się 25 października 1917 roku, datowana była w Europie na dzień 7 listopada 1917 roku (według "
        "rachuby nowego stylu)."
    ),
    (
        "data śmierci Shakespeare’a przypada na dzień 23 kwietnia 1616 roku, choć zmarł dziesięć dni po "
        "Cervantesie (3 maja według nowego stylu)."
    ),
    "Васил Левски (Васил Иванов Кунчев) е роден на 18 юли (6 юли стар стил) 1837 г. в Карлово.",
    (
        "Karl XII døde i Norge i 1718. Der hadde man tatt i bruk Den gregorianske kalender, og datoen var "
        "den 11. desember. I Sverige var Den julianske kalender i bruk, og etter den var det den 30. "
        "november."
    ),
    "Dus een Juliaanse datum van 2 oktober 1216 is 9 oktober 1216.",
    (
        "Karel XII (* 17 juni / 27 juni  1682 greg. in Stockholm ; † 30 november / 11 december  1718 greg. "
        "nabij Fredrikshald) was koning van Zweden."
    ),
    "Karl XII. Født 17 juni ( g.s.) 1682, Slottet Tre Kronor. Død 30 november ( g.s.) 1718, Fredrikshald.",
    (
        "Hasta el 1 de julio de 1918 se escribe tras cada día del nuevo estilo, entre paréntesis, el del "
        "estilo antiguo: 14 de febrero (1), 15 de febrero (2), etc."
    ),
    "EN 2019 La Pascua ortodoxa cae 15 de abril (según el calendario juliano).",
    "Em 2019 a Páscoa Ortodoxa cai em 15 de abril (de acordo com o calendário juliano).",
    (
        "Тодор Живков се е появил на белия свят на 2 септември 1911 г. по Юлианския календар в 9 часа "
        "сутринта (или 15 септември по новия Григориански календар, който използваме днес)."
    ),
    (
        "Nowadays the generally accepted birth date of Mykhailo Starytsky is 14 (2 Old Style (O.S.) "
        "December 1840."
    ),
    "That date is 14 (2 O.S.) November 1839.",
    (
        "Mit dem Frieden von Nystad (10. September 1721; 30. August nach julianischem Kalender) steigt "
        "Russland zur europäischen Großmacht auf."
    ),
    (
        "In der Nacht vom 25. auf den 26. Oktober 1917 (nach julianischem Kalender) stürmten "
        "bolschewistische Rotgardisten das Winterpalais. Nach dem gregorianischen Kalender war es der 7. "
        "November."
    ),
    "Торжественно открыт для посетителей 19 марта (7 марта по старому стилю) 1898 года.",
    (
        "Начало: 4 июня (22 мая по старому стилю) 1916 года. Окончание: 7 (20) сентября 1916 года по одним "
        "данным."
    ),
    "Родился 3 октября (21 сентября по старому стилю) 1895 года в селе Константиново Рязанской губернии.",
    "7 ноября (25 октября по старому стилю) 1917 г. Вооружённое восстание в Петрограде.",
    "November 7 (October 25, old style), 1917. An armed uprising in Petrograd.",
    (
        "после Октябрьской революции 7 ноября (25 октября\n              по старому стилю) 1917 года "
        "большевики взяли власть"
    ),
    "Цього вечора (31 грудня за старим стилем, 13 січня за новим сти-\nлем) господині варили кутю.",
    "Церква вшановує їх разом 12 лютого (30 січня за старим стилем).",
    "Христо Ботев е роден на 6 януари 1848 година (25 декември 1847 година стар стил) в Калофер.",
    "Писмото е изпратено на 20 април (стар стил) до Георги Бенковски в Панагюрище.",
    "„Дана 14 јануара 1919 год. по старом календару престаје да важи стари календар“",
    "Η Έξοδος του Μεσολογγίου: 10 Απριλίου 1826 (π.η.)",
    (
        "Bulgakov nacque a Kiev il 15 maggio (il 3 maggio secondo l'allora vigente calendario giuliano) del "
        "1891 da un'agiata famiglia russa."
    ),
    (
        "Il Giorno Giuliano è un contatore continuo di giorni a partire dal mezzogiorno del 1° gennaio 4713 "
        "a.C. (calendario giuliano)."
    ),
    (
        "Epoca zero JD: 1 gennaio 4713 a.C. (calendario giuliano), 12:00 UT (oppure: 24 novembre 4714 a.C. "
        "nel calendario gregoriano prolettico)"
    ),
    (
        "Fiódor Mijáilovich Dostoievski nació en Moscú el 11 de noviembre de 1821 (30 de octubre según el "
        "calendario juliano)."
    ),
    (
        "El registro da su fecha de nacimiento como el 10 de julio de 1856 según el calendario gregoriano "
        "(28 de junio según el calendario juliano entonces usado por la iglesia)."
    ),
    (
        "Isaac Newton nació el 25 de diciembre de 1642, el mismo año en que murió Galileo, según el "
        "calendario juliano que todavía se usaba en Inglaterra. Con el calendario gregoriano, el que usaba "
        "Italia y usamos hoy, su nacimiento corresponde al 4 de enero de 1643."
    ),
    (
        "El 25 de octubre (según el calendario juliano utilizado en Rusia en ese momento, que corresponde "
        "al 7 de noviembre en el calendario gregoriano), los bolcheviques tomaron el Palacio de Invierno."
    ),
    (
        "Fue bautizado en Stratford-upon-Avon el 26 de abril de 1564 y falleció el 23 de abril de 1616, "
        "según el calendario juliano."
    ),
    (
        "A data juliana é a contagem contínua de dias desde o meio-dia de 1 de janeiro de 4713 a.C. "
        "(calendário juliano)."
    ),
    (
        "En commémoration de l'attaque lancée contre Genève dans la nuit du 11 au 12 décembre 1602 (selon "
        "le calendrier julien), une marmite en chocolat est brisée."
    ),
    (
        "Cicéron, né le 3 janvier 106 av. J.-C. à Arpinum et assassiné le 7 décembre 43 av. J.-C. "
        "(calendrier julien) à Gaète, est un homme d'État romain."
    ),
    (
        "Fjodor Mihajlovič Dostojevski (rođen 11. novembra, odnosno 30. oktobra po starom kalendaru, 1821. "
        "godine u Moskvi, preminuo 9. februara, odnosno 28. januara po starom kalendaru, 1881. godine u "
        "Sankt Peterburgu) bio je ruski pisac."
    ),
    (
        "13 Nisan 1909'da (Rumi takvimle 31 Mart) patlak veren bu ayaklanma, II. Meşrutiyet'e karşı ilk "
        "isyandır."
    ),
    "La 27 martie/stil vechi (9 aprilie stil nou) 1918, deputații din Chișinău votează unirea.",
    "Pravoslavna crkva ovog sveca proslavlja 12. maja (29. aprila po julijanskom kalendaru).",
    (
        "Јулијанска Нова година слави се 13. јануара по грегоријанском календару сваке године. Тог датума "
        "је 1. јануар по Јулијанском календару."
    ),
    "Понедельник, 4 декабря 2023г. (21 ноября ст.ст.)",
    "21 ноября 2023 г. по ст. ст. (4 декабря 2023 г. по н. ст.)",
    "Den gregorianske kalender blev indført i en del romersk-katolske lande den 5./15. oktober 1582.",
    "1 (12 января по новому стилю) — 265 лет — в 1758 году родился русский поэт-сатирик Дмитрий Горчаков.",
    "23 (4 февраля по новому стилю) — 150 лет — в 1873 году родился русский писатель Михаил Пришвин.",
    "29 января (9 февраля по новому стилю) — 240 лет — в 1783 году родился поэт Василий Жуковский.",
    "Ivan Sergeevich Turgenev was born on October 28 (November 9), 1818 in the city of Orel.",
    "Playwright Alexander Nikolaevich Ostrovsky was born on March 31 (April 12), 1823.",
    (
        "Lév Nikolaïevitch Tolstoï(28 août (9 septembre) 1828 - 7 (20) novembre 1910) - l'un des écrivains "
        "russes les plus connus."
    ),
    (
        "In Russland galt auch nach der Gregorianischen Kalenderreform von 1582, die auf den 4. gleich den "
        "15. Oktober folgen ließ, bis zum 1./14. Februar 1918 weiter der julianische Kalender."
    ),
    (
        "Ett klassiskt exempel är den ryska oktoberrevolutionen, som startade 25 oktober 1917 enligt "
        "julianska kalendern (som då fortfarande gällde i Ryssland), medan datumet i de flesta andra länder "
        "då var 7 november 1917."
    ),
]

WRONG_PAIRS: Final = [
    (
        "на заседании СНК 24 января (6 февраля) 1918 и подписанному товарищем Ульяновым-Лениным 26 января "
        "(9 февраля) 1918 года."
    ),
    "6 июня (25 мая по старому стилю) 1799 года, то есть ровно 220 лет назад, родился основоположник языка.",
    "Дмитрий Иванович Менделеев родился 8 февраля (26 января по ст. ст.) 1834 г. последним ребёнком.",
    (
        "222 роки тому, 6 червня (за старим стилем – 25 травня) 1799 року, народився Олександр Сергійович "
        "Пушкін."
    ),
    "Urodzony dn. 10/21 maja 1589 r.",
    (
        "rewolucja, która według obowiązującego wówczas w Rosji starego porządku juliańskiego rozpoczęła "
        "się 25 października 1917 roku, datowana była w Europie na dzień 8 listopada 1917 roku (według "
        "rachuby nowego stylu)."
    ),
    "Васил Левски (Васил Иванов Кунчев) е роден на 19 юли (6 юли стар стил) 1837 г. в Карлово.",
    "Dus een Juliaanse datum van 2 oktober 1216 is 10 oktober 1216.",
    (
        "Karel XII (* 17 juni / 28 juni  1682 greg. in Stockholm ; † 30 november / 11 december  1718 greg. "
        "nabij Fredrikshald) was koning van Zweden."
    ),
    "Karl XII. Født 17 juni ( g.s.) 1682, Slottet Tre Kronor. Død 31 november ( g.s.) 1718, Fredrikshald.",
    (
        "Hasta el 1 de julio de 1918 se escribe tras cada día del nuevo estilo, entre paréntesis, el del "
        "estilo antiguo: 14 de febrero (2), 15 de febrero (3), etc."
    ),
    (
        "Тодор Живков се е появил на белия свят на 2 септември 1911 г. по Юлианския календар в 9 часа "
        "сутринта (или 14 септември по новия Григориански календар, който използваме днес)."
    ),
    "That date is 14 (3 O.S.) November 1839.",
    (
        "Mit dem Frieden von Nystad (10. September 1721; 31. August nach julianischem Kalender) steigt "
        "Russland zur europäischen Großmacht auf."
    ),
    "Торжественно открыт для посетителей 19 марта (6 марта по старому стилю) 1898 года.",
    (
        "Начало: 4 июня (22 мая по старому стилю) 1916 года. Окончание: 7 (19) сентября 1916 года по одним "
        "данным."
    ),
    "Родился 3 октября (20 сентября по старому стилю) 1895 года в селе Константиново Рязанской губернии.",
    "November 7 (October 26, old style), 1917. An armed uprising in Petrograd.",
    (
        "после Октябрьской революции 7 ноября (24 октября\n              по старому стилю) 1917 года "
        "большевики взяли власть"
    ),
    "Христо Ботев е роден на 6 януари 1848 година (24 декември 1847 година стар стил) в Калофер.",
    (
        "„Дана 14 јануара 1900 год. по старом календару престаје да важи стари календар“ — 29. фебруара "
        "1900. год. по новом календару."
    ),
    "Karl XII døde 30. november 1718 etter gammel stil, det vil si 12. desember etter ny stil.",
    "Karl XII dog den 30 november 1718 enligt gamla stilen, dvs. den 12 december enligt nya stilen.",
    (
        "Bulgakov nacque a Kiev il 15 maggio (il 4 maggio secondo l'allora vigente calendario giuliano) del "
        "1891 da un'agiata famiglia russa."
    ),
    (
        "Epoca zero JD: 1 gennaio 4713 a.C. (calendario giuliano), 12:00 UT (oppure: 25 novembre 4714 a.C. "
        "nel calendario gregoriano prolettico)"
    ),
    "Η Έξοδος του Μεσολογγίου: 10 Απριλίου 1826 (π.η.), δηλαδή 23 Απριλίου 1826 (ν.η.)",
    (
        "Mit dem Frieden von Nystad (10. September 1721; 29. August nach julianischem Kalender) steigt "
        "Russland zur Großmacht auf."
    ),
    (
        "Fiódor Mijáilovich Dostoievski nació en Moscú el 11 de noviembre de 1821 (29 de octubre según el "
        "calendario juliano)."
    ),
    (
        "El registro da su fecha de nacimiento como el 10 de julio de 1856 según el calendario gregoriano "
        "(27 de junio según el calendario juliano entonces usado por la iglesia)."
    ),
    "Fue bautizado el 26 de abril de 1564 y falleció el 31 de abril de 1616, según el calendario juliano.",
    (
        "A data juliana é a contagem desde o meio-dia de 1 de janeiro de 4713 a.C. (calendário juliano), ou "
        "seja 25 de novembro de 4714 a.C. (calendário gregoriano)."
    ),
    (
        "Fjodor Mihajlovič Dostojevski (rođen 11. novembra, odnosno 29. oktobra po starom kalendaru, 1821. "
        "godine u Moskvi) bio je ruski pisac."
    ),
    (
        "Dostojevski je preminuo 9. februara, odnosno 27. januara po starom kalendaru, 1881. godine u Sankt "
        "Peterburgu."
    ),
    (
        "Cicéron est assassiné le 7 décembre 43 av. J.-C. (calendrier julien), soit le 6 décembre 43 av. "
        "J.-C. (calendrier grégorien) à Gaète."
    ),
    (
        "13 Nisan 1909'da (Rumi takvimle 30 Mart) patlak veren bu ayaklanma, II. Meşrutiyet'e karşı ilk "
        "isyandır."
    ),
    "Понедельник, 4 декабря 2023г. (22 ноября ст.ст.)",
    "Вторник, 4 декабря 2023г. (21 ноября ст.ст.)",
    "Den gregorianske kalender blev indført i en del romersk-katolske lande den 5./16. oktober 1582.",
    "29 января (10 февраля по новому стилю) — 240 лет — в 1783 году родился поэт Василий Жуковский.",
    "23 (5 февраля по новому стилю) — 150 лет — в 1873 году родился русский писатель Михаил Пришвин.",
    (
        "Lév Nikolaïevitch Tolstoï(28 août (9 septembre) 1828 - 7 (19) novembre 1910) - l'un des écrivains "
        "russes les plus connus."
    ),
    "In Russland galt bis zum 1./15. Februar 1918 weiter der julianische Kalender.",
    "La 27 martie/stil vechi (10 aprilie stil nou) 1918, deputații din Chișinău votează unirea.",
]

QUIET: Final = [
    "В 1918-м году в России после 31-го января наступило 14 февраля, т.е. не было ни первого февраля.",
    "Дед Василий Иванович родился 4.04.1926, записан 4.06.1926;",
    "Александр Сергеевич Пушкин (6 июня 1799 г., Москва – 10 февраля 1837 г., Петербург)",
    "Родился в Москве 26 мая 1799 года в семье чиновника.",
    (
        "29 декабря 1699 года (7208 года от сотворения мира) Петр I издал указ о переходе на Юлианский "
        "календарь."
    ),
    (
        "выпущен прапорщиком 14 августа 1836 г. В том же году, 18 сентября, он был назначен состоять при "
        "наследнике."
    ),
    (
        "тяжело ранен 5 сентября 1854 года при обороне Петропавловска-Камчатского и умер от ран 22 сентября "
        "того же года"
    ),
    "Олександра Сергійовича Пушкіна (6 червня 1799 року – 10 лютого 1837 року)",
    "Вже після смерті країна перейшла на Григоріанський календар (24 січня 1918), тому дата зрушилася.",
    (
        "Dans son décret du 19 décembre 1699, il ordonnait que le 1er janvier devienne le premier jour de "
        "la nouvelle année 1700."
    ),
    "Le 20 décembre 7208 (1699) de notre ère, le souverain a signé un décret.",
    (
        "le décret ordonna qu'après le 31 janvier 1918, ce ne soit pas le 1er février, mais le 14 février "
        "qui soit compté."
    ),
    "Après l'introduction du calendrier grégorien en Russie le 24 janvier 1918, le Conseil local a décidé.",
    (
        "introduit par le pape Grégoire XIII dans les pays catholiques le 4 octobre 1582 : le lendemain du "
        "jeudi 4 octobre est devenu le vendredi 15 octobre."
    ),
    (
        "wprowadzony w krajach katolickich 4 października 1582 r.: następnego dnia po czwartku 4 "
        "października był piątek 15 października."
    ),
    "24. února 1582 vydal bulu, v níž zavedl dva dodatky: po 4. říjnu hned následoval 15. říjen.",
    (
        "Lexika verzeichnen für Tschechow zwei Geburtsdaten, eins an diesem Sonntag, 17. Januar, ein "
        "weiteres am 29. Januar."
    ),
    (
        "Am 26. Januar 1918 wurde ein Dekret erlassen, wonach die Sowjetrepublik auf den gregorianischen "
        "Kalender umstellte."
    ),
    (
        "Allerdings ist oft der 27. November 1701 als Geburtstag genannt, denn in Schweden galt damals noch "
        "nicht der Gregorianische Kalender."
    ),
    "Θεόδωρος Κολοκοτρώνης (3 Απριλίου 1770 - 4 Φεβρουαρίου 1843) ήταν αρχιστράτηγος.",
    "Η 25η Μαρτίου καθιερώθηκε ως εθνική εορτή στις 15 Μαρτίου 1838, με διάταγμα του βασιλιά Όθωνα.",
    "Τι συνέβη, άραγε, στις 25 Μαρτίου του 1821;",
    "Andrei al III-lea (n. cca. 1265, Veneția – d. 14 ianuarie 1301, Buda)",
    "La 10 iulie 1290, regele Ladislau al IV-lea a fost asasinat.",
    "„În anul 6990 [1482], martie 10, a luat Ştefan voievod cetatea Crăciuna.”",
    "Den kalender som användes i svenska riket från 1 mars 1700 till 30 februari 1712.",
    "Denna kalender infördes genom en påvlig bulla av den 24/2 1582 i alla katolska länder.",
    "De oudste akte is een huwelijksmelding in een trouwboek op 12 april 1614, Sleidinge, België.",
    "Paus Gregorius XIII, die het op 4 oktober 1582 introduceerde met de pauselijke bul Inter gravissimas.",
    "1833 | 12. November * Alexander Borodin (Sankt Petersburg) |",
    "Michail Glinka wurde am 20.5.1804 in Novo-Spaskoje geboren.",
    "Det nuværende år begyndte den 1. januar 2021 og slutter den 31. december 2021.",
    "Regeringstid 5 april 1697-30 november 1718. Kroning 14 december 1697 i Stockholm.",
    (
        "La Navidad en el calendario juliano se celebra el 25 de diciembre, que equivale al 7 de enero del "
        "calendario gregoriano."
    ),
    (
        "El papa Gregorio XIII modificó el calendario en 1582, sucediendo al día 4 de octubre de 1582 "
        "(juliano) el 15 de octubre de 1582 (gregoriano)."
    ),
    "El papa tuvo que borrar del calendario los días del 4 al 15 de octubre de 1582.",
    (
        "In Russia il passaggio a un nuovo stile ( calendario gregoriano ) avvenne il 14 febbraio 1918 con "
        "un decreto firmato da V. I. Lenin il 26 gennaio 1918 ."
    ),
    (
        "En Rusia, la transición a un nuevo estilo ( calendario gregoriano ) se llevó a cabo el 14 de "
        "febrero de 1918 mediante un decreto firmado por V. I. Lenin el 26 de enero de 1918 ."
    ),
    (
        "el decreto ordenó que después del 31 de enero de 1918, no se contara el 1 de febrero, sino el 14 "
        "de febrero."
    ),
    (
        "fue introducido por el Papa Gregorio XIII en los países católicos el 4 de octubre de 1582, "
        "reemplazando al anterior calendario juliano: el día siguiente al jueves 4 de octubre se convirtió "
        "en viernes 15 de octubre."
    ),
    "Ugo Boncompagni nacque a Bologna il 1° genn. 1501, da Cristoforo e da Angela Marescalchi.",
    "stabiliva che al giovedì 4 ottobre di quell'anno seguisse il venerdì 15 ottobre.",
    "Em outubro de 1582, países católicos pularam 10 dias de uma vez (de 4 para 15 de outubro).",
    (
        "Radu Rosetti (1853–1926), istoric, genealogist, scriitor, s-a născut la Iaşi. S-a căsătorit în "
        "1876 cu Smaranda Bogdan."
    ),
    "Le 24 janvier 1681, plusieurs membres du Conseil Princier de Moldavie signaient un document.",
    (
        "Dies ist möglich, weil im Reformjahr 1582 10 Tage übersprungen und auf den 4. Oktober direkt der "
        "15. Oktober folgte."
    ),
    '("2022-01-07", "Різдво Христове (за старим стилем)"),',
    "В Одеса и връщане в Калофер. Датите са по Юлианския календар (стар стил).",
    "'Църковната дата (стар стил) е на преден план вляво.'",
    "| Riforma gregoriana (15 ott 1582) | 2 299 161 |",
    "Para easter_days(): calcula Pascua para los años anteriores a 1753 según el calendario juliano.",
    "// Para las fechas anteriores al 4/10/1582 contamos los días según el calendario juliano.",
    (
        "A reforma aconteceu de forma que o dia seguinte a 4 de outubro de 1582 (calendário juliano) foi 15 "
        "de outubro de 1582 (calendário gregoriano)."
    ),
    "Em março de 1917 (fevereiro no calendário juliano), o Czar Nicolau II foi derrubado.",
    "// Teste para o mês de setembro de 1752, que tem 19 dias (calendário juliano)",
    "// Se a data for igual ou posterior a 15/10/1582 (Calendário Gregoriano)",
    "Sfântul Ierarh Nicolae este prăznuit în fiecare an pe 19 decembrie (stil vechi) cu mare evlavie.",
    "'Crăciunul pe stil vechi' => '01-07',",
    (
        "Det slutliga bytet från juliansk kalender (gamla stilen) till gregoriansk kalender (nya stilen) "
        "skedde 1753 genom att låta februari ha endast 17 dagar."
    ),
    (
        "Påskdagen kom vissa år att infalla vid avvikande tidpunkt i Sverige, nämligen 2 april 1705, 18 "
        "april 1709 och 26 mars 1711."
    ),
    "Quel jour fête-t-on saint Nicolas ? Le 6 décembre (le 19 décembre dans le calendrier julien).",
    "'Nașterea lui Iisus Hristos (Crăciunul pe stil nou)'",
    "Napomena: datumi su po Julijanskom kalendaru. Krstovdan (Vozdvizenje) - 14. septembar",
    "Ako scrollate do 1582. godine primijetit ćete da nakon 4. listopada slijedi 15. listopad, umjesto 5.",
    "Katolička crkva usvojila je gregorijanski kalendar u listopadu 1582.",
    (
        "Nije njima Božić 7. siječnja, nego također 25. prosinca, ali im je taj 25. prosinca, po crkvenom "
        "računanju, 13 dana kasnije."
    ),
    "U proteklih 40 godina najviše je djece rođeno 29. veljače 1988. godine.",
    "1855. szeptember 1-jén született Innokenty Fedorovich Annensky, költő.",
    "1906. szeptember 2-án született Alekszandr Petrovics Kazancev.",
    "Június 6-án ismét az irodalmi zseni születésnapját ünneplik.",
    "Husoviano gimimo data yra neaiški, manoma, tarp 1475 ir 1485 m. (m. 1533 m.)",
    (
        "Papež Gregor XIII., * 7. januar 1502, † 10. april, 1585, rojen kot Ugo Boncompagni. Začetek "
        "papeževanja: 13. maj, 1572"
    ),
    "Karel je bil milanski škof. Umrl je 3. novembra 1584.",
    "Sv. František Borgiáš sa narodil 28. októbra 1510 v Gandii.",
    "Sviatok: 30. september * okolo 347 Stridon † 30. september 420 (oder 419?) Betlehem",
    "Matice rođenih uvedene su po rimokatoličkim župama tek nakon Tridentskoga koncila (1543–1563).",
    "Ordonnance au sujet des voies de fait. 1364 (n. st.) février 4.",
    "[Avant le 15 janvier 1421 (n. st.)] Lettre close à la ville d'Albi.",
    "Netto Vermögen (n. St.) im Jahr 2024: Eigenkapitalrendite (n. St.) 5 %",
    (
        "29. februārī dzimušo cilvēku ir tikai viens procents. Šajā dienā dzimušie parasti svin dzimšanas "
        "dienu 28. februārī vai 1. martā."
    ),
    "Izņēmums ir gadskaitļi, kuri dalās ar 100, bet nedalās ar 400, piemēram, 1900. gads nebija garais.",
    "5 d. 1808 m. gimė Simonas Konarskis. 1838 Rusijos policijos suimtas; 1839 02 27 sušaudytas Vilniuje.",
    "Tai nekeliamaisiais metais arba vasario 28 d. sveikina, arba kovo 1 d.",
    "LAIKRAŠTIS 2010 metų vasario 4 d. Kaina: 3 Lt",
    "Narodiť sa 29. februára znamená mať narodeniny iba každé štyri roky.",
    "Я родился в ночь с 29 февраля на 1 марта.",
    (
        "Ο Μακάριος (Πάνω Παναγιά Πάφου, 13 Αυγούστου 1913 - Λευκωσία, 3 Αυγούστου 1977) ήταν πρόεδρος από "
        "τις 16 Αυγούστου 1960 μέχρι το θάνατό του."
    ),
    (
        "Δεν θα βρείτε κανέναν με ημερομηνία γέννησης από 16 έως 28 Φεβρουαρίου 1923, γιατί το 1923 είχε "
        "μόνο 352 ημέρες."
    ),
    (
        "Σήμερα, Τετάρτη 21 Φεβρουαρίου. Η 21η Φεβρουαρίου είναι η 51η ημέρα του έτους κατά το Γρηγοριανό "
        "ημερολόγιο."
    ),
    "Εορτολόγιο: Σήμερα Τρίτη 23 Φεβρουαρίου. Γεννήσεις: 1417 – Πάπας Παύλος Β΄",
    "Ved overgangen i Danmark-Norge i 1700 blev den 18. februar direkte efterfulgt af den 1. marts.",
    "Den 28. november 1699 udstedte Frederik 4. Forordning Om de rette ny Almanakker.",
    (
        "Opgaven løste Rømer ved at gøre februar måned i år 1700 11 dage kortere: man sprang dette år "
        "direkte fra den 18. februar til den 1. marts."
    ),
    (
        "at udi indkommende Aar 1700 Febriarii Maaned ej skal have uden 18. Dage/ så at nestefter 18 "
        "Februarii skal tællis den 1 Martii/ og saaledsis Paaske Dag i samme Aar indfalde den 11 April"
    ),
    (
        "Ved Aarsskiftet 1560 har man fulgt gammel Sæd, idet Datoerne følger saaledes efter hverandre: 23de "
        "December 1559, 28de December 1560, 31te December 1560 o. s. v."
    ),
    "I kirkebogen kan der stå 'Dom. 7. p. Trin. 1770' i stedet for 'søndag den 29. juli 1770'.",
    (
        "I år 1700 blev der slettet 11 dage, hvorefter der var et spring fra søndag den 18. februar til "
        "mandag den 1. marts."
    ),
    (
        "Kalendárium – Lev Nikolajevič Tolstoj 9. září 1828 – † 20. listopad 1910. 9. září 1828 se v Jasné "
        "Poljaně narodil hrabě Lev Nikolajevič Tolstoj."
    ),
    "Na útěku dostal zápal plic a 20. listopadu 1910 zemřel na železniční stanici Astapovo.",
    "Léon Tolstoï est né le 9 septembre 1828 dans le domaine de Iasnaïa Poliana.",
    "Tolstoï est né le 28 août 1828 dans une vieille famille noble.",
    (
        "Wie auf den 4.10.1582 der 15.10. gefolgt war, entfielen in Russland nun die Tage vom 1.2. bis zum "
        "13.2.1918."
    ),
    "9.6.1672: Peter I. der Große (8.2.1725) | Russischer Zar von 1682 bis 1725",
    (
        "Als Zar seit 1682 leitete er Reformen ein, wie Einführung des julianischen Kalenders. In der "
        "Schlacht bei Poltawa konnte er am 8. Juli 1709 die Schweden schlagen."
    ),
    (
        "Der 1. Januar des Jahres 7208 nach Erschaffung der Welt wurde so zum 1. Januar 1700 nach Christi "
        "Geburt."
    ),
    (
        "Die katholischen Staaten hatten längst den gregorianischen übernommen, die protestantischen "
        "Territorien des Reichs folgten am 1. März 1700."
    ),
    (
        "Der russische Zar Alexej Michailowitsch wird am 19. März 1629 in Moskau geboren. Er besteigt am "
        "23. Juli 1645 den Zarenthron."
    ),
    "Heute vor 317 Jahren – 1. Januar 1700: Im russischen Zarenreich wird der Julianische Kalender verwendet",
    (
        "Margareta föddes den 30 oktober 1795 och prällen döpte henne den 32 oktober samma år; nästa dop "
        "skedde den 34 oktober 1795."
    ),
    (
        "Att man skriver fel t.ex. den 30 och 31 februari förekommer ibland och februari 1712 hade "
        "visserligen 30 dagar."
    ),
    "Olaus avled kort därefter den 17 mars 1609.",
    (
        "ANNO 1732, d. 5 Octob:, som war en Torsdag, då Printz WILHELM af Hessen-Cassel war stadd på sin "
        "resa til CarlsCrona."
    ),
    "October 4th 1582 (Julian) was the day before October 15th 1582 (Gregorian).",
    "Turun akatemiassa eräs opiskelija kirjoitti 1697 väitöskirjan suomen ja heprean sukulaisuudesta.",
    "VÄITÖKSENALKAJAISESITELMÄ HELSINGIN YLIOPISTOSSA 15. TOUKOKUUTA 2004",
    "A dì 19 detto venerdì. Eccomi che batto oggi nell'anno cinquantanovesimo.",
    "25 грудня – Різдво (за новим стилем); 8 березня – Міжнародний жіночий день",
    (
        "In de orthodoxe traditie valt dit feest op 1 januari volgens de Juliaanse kalenderrekening van de "
        "vaste cyclus."
    ),
]


@pytest.mark.parametrize(("text", "kind"), snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, QUIET))
def test_snippet_is_read_as_its_writer_meant(text: str, kind: str) -> None:
    assert_read_as_meant(text, kind)
