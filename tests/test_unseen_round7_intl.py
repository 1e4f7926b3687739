"""A seventh round: real published text in other languages than English, from new sources.

Sentences gathered from public repositories and pages not used before (Russian, Ukrainian,
Bulgarian and Serbian biographies, quizzes and timelines; Italian, Spanish, Portuguese, Romanian,
Polish, Greek, Finnish and Swedish text; church calendars and holiday tables), shortened around
the date phrase, which keeps its marks exactly as written.  Three wrong pairs are real errors in
their sources (Napoleon leaving his army '23 декабря (5 января по новому стилю) 1812', a
13-day gap in 1812; the battle of Kosovo '15. јуна 1389 ... што одговара 28. јуну', the modern
feast day, not the 1389 conversion; the Gregorian calendar 'creado el 18 de octubre de 1582 d.C.
(o 5 de octubre 1582 en calendario juliano)', three days late); the other wrong pairs are real
sentences with one day changed (or a day that does not exist).  A few snippets are written by
hand in the form a language's Wikipedia uses (Latvian, Estonian, Lithuanian, Latin, Belarusian,
Czech and Hungarian birth dates; a night in both calendars, "в ночь с 25 на 26 октября (с 7 на 8
ноября)").  Quiet text: year-start styles ('1364 (n. st.)'), holiday tables, statistics ('(n.s.)',
not significant), summer-time nights ('nuit du 25 au 26 octobre 2025'), reform explanations and
dates with no year.
"""

from __future__ import annotations

from typing import Final

import pytest
from unseen_cases import assert_read_as_meant, snippet_cases

from oldstyle import fix

RIGHT_PAIRS: Final = [
    (
        'Открыта для читающей публики в 1907 г. Примечательно, что открытие читального зала ("читальни") '
        "состоялось 3 февраля (21 января по ст. ст.) 1907 г. накануне выборов."
    ),
    "Правильно! Санкт-Петербург основан 27 мая (16 мая по ст. ст.) 1703 года.",
    (
        "Открытие Шадринского Научного Хранилища состоялось 9 января 1918 г. (27 декабря 1917 г.\n          "
        "по ст. ст.). Долгое время Хранилище помещалось в здании."
    ),
    '"25 января (12 января по ст. ст.)", or for one that moves',
    "'19 февраля (3 марта по новому стилю) 1861 года император Александр II подписал Манифест',",
    (
        "Сражение произошло 26 августа (7 сентября по новому стилю) 1812 года у села Бородино, "
        "расположенного примерно в 125 км к западу от Москвы"
    ),
    (
        "Владимир Ильич Ленин (настоящая фамилия Ульянов) родился 10 апреля\n            (22 по новому "
        "стилю) 1870 г. в г. Симбирске (ныне Ульяновск)"
    ),
    (
        "Цього вечора (31 грудня за старим стилем, 13 січня за новим стилем) господині варили кутю, "
        "накривали багатий стіл"
    ),
    "Церква вшановує їх разом 12 лютого (30 січня за старим стилем).",
    (
        "Христо Ботев е роден на 6 януари 1848 година (25 декември 1847 година стар стил) в Калофер, в "
        "семейството на учителя"
    ),
    (
        'Europaeus on kirjoittanut oman syntymäaikatietonsa näin: "född i Kuolemanjärvi d. 18. November gla '
        'stylen 1797".'
    ),
    (
        "Näin esim. Ašaĺtśi Oki syntyi meidän oikean kalenterimme mukaan 16.4. vuonna 1898. On silkkaa "
        "matematiikkaa ja sivuseikka, että tuolloin hänen syntymäajakseen merkittiin juliaanisen kalenterin "
        "mukaan 4.4."
    ),
    (
        'O artigo abrange a mudança: o cabeçalho da data diz: "De terça-feira, 1.º de setembro, O.S. a '
        'sábado, 16 de setembro, N.S. 1752".'
    ),
    (
        "nacque a Kiev, al secolo capoluogo dell'allora omonimo governatorato russo (oggi capitale "
        "dell'Ucraina), il 15 maggio (il 3 maggio secondo l'allora vigente calendario giuliano) del 1891 da "
        "un'agiata famiglia russa"
    ),
    (
        "> **Epoca zero JD**: 1 gennaio 4713 a.C. (calendario giuliano), 12:00 UT\n> (oppure: 24 novembre "
        "4714 a.C. nel calendario gregoriano prolettico)"
    ),
    (
        "Fiódor Mijáilovich Dostoievski nació en Moscú el 11 de noviembre de 1821 (30 de octubre según el "
        "calendario juliano). Creció entre la disciplina del padre"
    ),
    (
        'el: "Τη νύχτα της 7ης προς 8η Νοεμβρίου (25-26 Οκτωβρίου με το παλαιό ημερολόγιο), Κόκκινες '
        'Φρουρές και ναύτες καταλαμβάνουν τα Χειμερινά Ανάκτορα"'
    ),
    (
        "Михајло Пупин је рођен 9. октобра 1854. године, по грегоријанском календару, или 27. септембра "
        "1854. године по јулијанском календару, у селу Идвор (данас у општини Ковачица)"
    ),
    "// пересчёт через границу года: 4 января 1812 (н. ст.) — это 23 декабря 1811 (ст. ст.)",
    (
        '"Дана 14 јануара 1919 год. по старом календару престаје да важи стари календар", the 15th reckoned '
        "as 28 January"
    ),
    (
        '"explanation": "2 III 1917 r. według kalendarza juliańskiego Mikołaj II abdykował w imieniu swoim '
        'i syna, a Rosja stała się republiką."'
    ),
    (
        "La sfârșitul „Revoluției din februarie” din 2 martie (stil vechi)/ 15 martie (stil nou) 1917 "
        "Nicolae al II-lea a fost forțat să abdice în numele său și al țareviciului"
    ),
    (
        "10 dagen vanaf 5 oktober 1582 juli. / 15 oktober 1582 greg. tot 18 februari 1700 jul. / 28 "
        "februari 1700 greg."
    ),
    (
        "11 dagen vanaf 19 februari 1700 juli. / 1 maart 1700 greg. tot 17 februari 1800 jul. / 28 februari "
        "1800 greg."
    ),
    (
        "13 dagen vanaf 17 februari 1900 juli. / 1 maart 1900 greg. tot 15 februari 2100 jul. / 28 februari "
        "2100 greg."
    ),
    (
        "INSERT INTO library.autors VALUES (4, 'Фёдор Достоевский', 'Фёдор Михайлович Достоевский (30 "
        "октября [11 ноября] 1821 — 28 января [9 февраля] 1881) — русский писатель, мыслитель, философ и "
        "публицист.');"
    ),
    (
        'var data = "Пётр I Алексе́евич (назван Вели́ким, 30 мая [9 июня] 1672 — 28 января [8 февраля] '
        "1725) — последний царь всея Руси (с 1682 года)"
    ),
    (
        "Васи́лий Андре́евич Жуко́вский (29 января [9 февраля] 1783, Мишенское, Белёвский уезд, Тульская "
        "губерния, Российская империя[1] — 12 [24] апреля 1852, Баден-Баден,"
    ),
    (
        '{ front: "Дата начала Отечественной войны 1812 года?", back: "12 (24) июня 1812 года — переход '
        'французской армии через реку Неман.", category: "Даты", hint: "Июнь 1812" },'
    ),
    (
        "titleRu: 'Гоголь — Белинскому, около 8 (20) июня 1847', publication: 'Викитека correspondence "
        "transcription', date: '1847-06',"
    ),
    (
        "Казанский технологический университет берет свое начало с Казанского соединенного промышленного "
        "училища. 14 (26) июня 1890 года император Александр III повелел создать"
    ),
    (
        "11 (23) июня 1891 года император Александр III подписал указ о преобразовании Технического училища "
        "в Электротехнический институт (ЭТИ)"
    ),
    (
        '<TimelineOppositeContent variant="body2" color="success">\n                    10 (22) июня 1818 '
        "г.\n                </TimelineOppositeContent>"
    ),
    '<p><a href="/days/2027-01-02">2 января</a> (20 декабря ст. ст.)</p></div>',
    (
        "клуб «Спорт». 24 (12 по старому стилю) октября 1897 года в Петербурге состоялся первый футбольный "
        "матч между командами"
    ),
    (
        "По новому административному делению, после создания 8 (20) октября 1802 года Таврической губернии, "
        "Паша-Салын был включён в состав Акмозской волости"
    ),
    (
        "'сказка А. С. Пушкина. Написана 2 (14) октября 1833 года. Впервые напечатана в 1835 году в журнале "
        "«Библиотека для чтения»[1]."
    ),
    "Спандияр Көбеев родился 1 (13) октября 1878 года в ауле Аксуат Тургайской области",
    (
        "Иоа́нн Кроншта́дтский (настоящее имя — Иоа́нн Ильи́ч Се́ргиев; 19 (31) октября 1829, село Сура, "
        "Пинежский уезд, Архангельская губерния — 20 декабря 1908 (2 января 1909), Кронштадт"
    ),
    (
        "Русский художник, представитель символизма и модерна, мастер пейзажа. Родился в Москве 12 (24) "
        "октября 1875 в семье банковского служащего. В 1892 поступил в Училище"
    ),
    (
        "Ярким событием стало выступление 31(19) октября 1897 <br> преподавателя Минного офицерского класса "
        "А.С. Попова"
    ),
    (
        'ListElement { value: "19(31) октября 1892"; icon: "qrc:/Contacts/Birthday.png"; fieldName: "день '
        'рождения"; }'
    ),
    (
        "description: 'Тарутинское сражение (6 (18) октября 1812 года) — это одно из ключевых столкновений "
        "Отечественной войны 1812 года"
    ),
    (
        "Newton est né le 25 décembre 1642 selon le calendrier julien. Selon le calendrier grégorien, qui "
        "était celui de la France et que nous utilisons aujourd'hui, il est né le 4 janvier 1643."
    ),
    (
        "La conclusión de Chadwick es categórica: Jesucristo murió el jueves, 6 de abril del año 30 d.C. "
        "(calendario juliano), que corresponde al 14 de Nisan del año judío."
    ),
    (
        "Она измеряет время в днях (и дробях дня)\n    от полудня 1 января 4713 года до н. э. по Юлианскому "
        "календарю."
    ),
    (
        "L'ultimo giorno fu il 4 ottobre 1582 d.C. (calendario giuliano), seguito dal 15 ottobre 1582 "
        "(calendario gregoriano)."
    ),
    "Die Revolution begann am 25. Oktober 1917 n. Chr. (7. November) in Petrograd.",
    (
        "title: 'Februarrevolution in Russland',\n    body: 'Am 23. Februar (jul.) / 8. März 1917 (greg.) "
        "beginnt in Petrograd die Februarrevolution in Russland. Die Zarenherrschaft wird abgeschafft"
    ),
    (
        '// Janson §3.4: 1700 "was Thursday 11 April (Jul.), which equals\n        // Thursday 22 April '
        '(Greg.)"; 1701 on Thursday 21 April.'
    ),
    (
        "In der Nacht vom 25. auf den 26. Oktober 1917 (nach julianischem Kalender) stürmten Rotgardisten "
        "das Winterpalais. Nach dem gregorianischen Kalender war es der 8. November."
    ),
    (
        "Am 26. Oktober 1917 (nach julianischem Kalender) stürmten sie. Nach dem gregorianischen Kalender "
        "war es der 8. November."
    ),
    "в ночь с 25 на 26 октября (с 7 на 8 ноября) 1917 года",
    "Dans la nuit du 25 au 26 octobre (7 au 8 novembre) 1917, les bolcheviks prennent le pouvoir.",
    (
        "Karl XII døde 1718 ved Fredrikshald. Datoen var 30. november etter den julianske kalenderen. Etter "
        "den gregorianske var det 11. desember."
    ),
    "Pietari Suuri syntyi 9. kesäkuuta (vanhan ajanlaskun mukaan 30. toukokuuta) 1672 Moskovassa.",
    (
        "Dmitrij Ivanovič Mendělejev (8. února 1834 (27. ledna podle juliánského kalendáře) Tobolsk – 2. "
        "února 1907)"
    ),
    "Mengyelejev 1834. február 8. (a Julián-naptár szerint január 27.) született Tobolszkban.",
    "Petrus I natus est die 30 Maii st. v. (9 Iunii st. n.) 1672 Moscuae.",
    "Пётр I нарадзіўся 30 мая (9 чэрвеня) 1672 года ў Маскве.",
    "Pēteris I dzimis 1672. gada 9. jūnijā (v. st. 30. maijā) Maskavā.",
    "Peeter I sündis 9. juunil (vkj 30. mail) 1672 Moskvas.",
    "Petras I gimė 1672 m. birželio 9 d. (senuoju stiliumi gegužės 30 d.) Maskvoje.",
    (
        "The old regime had ended long ago. 25 October 1917 (O.S.; 7 November N.S.) was the day of the "
        "revolution."
    ),
    "Wir sahen sie. 25. Oktober (7. November) 1917 war der Tag der Revolution.",
    (
        "A **data juliana** (JD) é a contagem contínua de dias (e frações) desde o meio-dia de 1 de janeiro "
        "de 4713 a.C. (calendário juliano). Diferenças de JD dão intervalos diretamente."
    ),
    'explanation: "Октябрьская революция произошла 25-26 октября (7-8 ноября по новому стилю) 1917 года."',
    (
        "Биография Родился 30 мая (9 июня по новому стилю) 1672 года (точное место его рождения осталось "
        "неизвестным) в семье царя Алексея Михайловича"
    ),
    (
        'description: "Александр Сергеевич Пушкин родился 26 мая (6 июня по новому стилю) 1799 года в '
        "Москве, в семье небогатого дворянина."
    ),
    "Dostoevsky was born on 11 November 1821 in Moscow (30 October in the Julian calendar).",
    "Dostojevszkij 1821. november 11-én született Moszkvában (a Julián-naptár szerint október 30-án).",
    "Mendelejevas gimė 1834 m. vasario 8 d. Tobolske (pagal Julijaus kalendorių – sausio 27 d.).",
    "Тарас Шевченко народився 9 березня (25 лютого за ст. ст.) 1814 року в селі Моринці.",
    "Η Επανάσταση ξεκίνησε στις 25 Μαρτίου (6 Απριλίου με το νέο ημερολόγιο) 1821.",
    "Revolúcia vypukla 7. novembra (25. októbra podľa starého štýlu) 1917.",
    "Aleksander Puškin se je rodil 6. junija (26. maja po julijanskem koledarju) 1799 v Moskvi.",
    "Nikola Tesla rođen je 10. srpnja (28. lipnja po starom kalendaru) 1856. u Smiljanu.",
    "Гоце Делчев е роден на 4 февруари (23 јануари стар стил) 1872 година во Кукуш.",
    "Роден е на 23 јануари (4 февруари) 1872 година во Кукуш.",
    (
        "граф Лев Николаевич Толстой родился 9 сентября (28 августа по старому стилю) 1828 года в имении "
        "Ясная Поляна Крапивенского уезда Тульской губернии"
    ),
    (
        '<p class="Popup__content-personal-description">\n              Родился 3 октября (21 сентября по '
        "старому стилю) 1895 года в селе Константиново Рязанской губернии"
    ),
    (
        "«Allocution de Germanicus, archeveque de Patras, au clergè et aux fidèles du Péloponèse, prononcée "
        "dans le couvent des frères Laures du mont Vélin, le 8(20) mars 1821»"
    ),
    'Μονής των Αδελφών της Λαύρας του όρους Βελιά την 8ην (20ήν) Μαρτίου 1821".',
    (
        "* În urmă cu 147 de ani (1875) a fost înfiinţat primul serviciu românesc de poştă ambulantă, pe "
        "distanţa Bucureşti-Iţcani (Suceava). După anul 1883 se introduc primele planuri (28.III/9.IV)"
    ),
    "Рождество Христово 7 января 2025 г. (25 декабря 2024 г. по ст. ст.)",
    "Obchodzone 7 stycznia 2025 r. (25 grudnia 2024 r. st.st.)",
    "Anno 1700 die 5 Octobris (st. n. 16 Octobris)",
    "Narodil se 9. června 1672 (30. května st. st.) v Moskvě.",
    "Петро I (30 травня (9 червня) 1672, Москва — 28 січня (8 лютого) 1725, Санкт-Петербург)",
    (
        "Peter I. (* 30. Maijul. / 9. Juni 1672greg. in Moskau; † 28. Januarjul. / 8. Februar 1725greg. in "
        "Sankt Petersburg)"
    ),
]

WRONG_PAIRS: Final = [
    (
        "description: '23 декабря (5 января по новому стилю) 1812 года Наполеон Бонапарт покинул свою армию "
        "и отправился в Париж','"
    ),
    (
        "Este calendario fue creado el 18 de octubre de 1582 d.C. (o 5 de octubre 1582 en calendario "
        "juliano). Algunos países no lo aceptaron hasta mucho más tarde."
    ),
    (
        '"text": "Косовска битка вођена је 15. јуна 1389. године (по јулијанском календару, што одговара '
        "28. јуну по грегоријанском календару) између српске војске кнеза Лазара"
    ),
    (
        'Примечательно, что открытие читального зала ("читальни") состоялось 3 февраля (22 января по ст. '
        "ст.) 1907 г. накануне выборов."
    ),
    "Правильно! Санкт-Петербург основан 27 мая (15 мая по ст. ст.) 1703 года.",
    (
        "Открытие Шадринского Научного Хранилища состоялось 9 января 1918 г. (26 декабря 1917 г.\n          "
        "по ст. ст.). Долгое время Хранилище помещалось в здании."
    ),
    "'19 февраля (4 марта по новому стилю) 1861 года император Александр II подписал Манифест',",
    "Сражение произошло 26 августа (8 сентября по новому стилю) 1812 года у села Бородино",
    "Владимир Ильич Ленин родился 10 апреля\n            (23 по новому стилю) 1870 г. в г. Симбирске",
    "// пересчёт через границу года: 4 января 1812 (н. ст.) — это 22 декабря 1811 (ст. ст.)",
    "Христо Ботев е роден на 6 януари 1848 година (24 декември 1847 година стар стил) в Калофер",
    (
        "nacque a Kiev il 15 maggio (il 2 maggio secondo l'allora vigente calendario giuliano) del 1891 da "
        "un'agiata famiglia russa"
    ),
    (
        "> **Epoca zero JD**: 1 gennaio 4713 a.C. (calendario giuliano), 12:00 UT\n> (oppure: 25 novembre "
        "4714 a.C. nel calendario gregoriano prolettico)"
    ),
    (
        "Fiódor Mijáilovich Dostoievski nació en Moscú el 11 de noviembre de 1821 (29 de octubre según el "
        "calendario juliano)."
    ),
    (
        "Михајло Пупин је рођен 9. октобра 1854. године, по грегоријанском календару, или 26. септембра "
        "1854. године по јулијанском календару, у селу Идвор"
    ),
    'o cabeçalho da data diz: "De terça-feira, 1.º de setembro, O.S. a domingo, 16 de setembro, N.S. 1752".',
    '"Дана 31 фебруара 1919 год. по старом календару престаје да важи стари календар"',
    (
        "La sfârșitul „Revoluției din februarie” din 2 martie (stil vechi)/ 16 martie (stil nou) 1917 "
        "Nicolae al II-lea a fost forțat să abdice"
    ),
    (
        '"explanation": "30 II 1917 r. według kalendarza juliańskiego Mikołaj II abdykował w imieniu swoim '
        'i syna."'
    ),
    (
        "12 dagen vanaf 18 februari 1800 jul. / 2 maart 1800 greg. tot 16 februari 1900 jul. / 28 februari "
        "1900 greg."
    ),
    (
        "11 dagen vanaf 19 februari 1700 juli. / 1 maart 1700 greg. tot 17 februari 1800 jul. / 27 februari "
        "1800 greg."
    ),
    (
        "Фёдор Михайлович Достоевский (30 октября [12 ноября] 1821 — 28 января [9 февраля] 1881) — русский "
        "писатель"
    ),
    (
        "Пётр I Алексе́евич (назван Вели́ким, 30 мая [9 июня] 1672 — 28 января [9 февраля] 1725) — "
        "последний царь всея Руси"
    ),
    (
        "Васи́лий Андре́евич Жуко́вский (29 января [9 февраля] 1783, Мишенское — 12 [25] апреля 1852, "
        "Баден-Баден)"
    ),
    '"12 (25) июня 1812 года — переход французской армии через реку Неман."',
    "клуб «Спорт». 24 (11 по старому стилю) октября 1897 года в Петербурге состоялся первый футбольный матч",
    (
        "Ярким событием стало выступление 31(18) октября 1897 <br> преподавателя Минного офицерского класса "
        "А.С. Попова"
    ),
    "Иоа́нн Кроншта́дтский (19 (31) октября 1829, село Сура — 20 декабря 1908 (3 января 1909), Кронштадт",
    "Родился в Москве 12 (25) октября 1875 в семье банковского служащего.",
    "Тарутинское сражение (6 (19) октября 1812 года) — это одно из ключевых столкновений",
    (
        "Isaac Newton nació el 25 de diciembre de 1642, el mismo año en que murió Galileo, según el "
        "calendario juliano que todavía se usaba en Inglaterra. Con el calendario gregoriano, el que usaba "
        "Italia y usamos hoy, su nacimiento corresponde al 5 de enero de 1643."
    ),
    (
        "Newton est né le 25 décembre 1642 selon le calendrier julien. Selon le calendrier grégorien, qui "
        "était celui de la France et que nous utilisons aujourd'hui, il est né le 5 janvier 1643."
    ),
    (
        "La conclusión de Chadwick es categórica: Jesucristo murió el miércoles, 6 de abril del año 30 d.C. "
        "(calendario juliano), que corresponde al 14 de Nisan del año judío."
    ),
    (
        "Юлианский день — это непрерывный счёт дней с полудня 30 февраля 4713 года до н. э. по юлианскому "
        "календарю."
    ),
    "Die Revolution begann am 25. Oktober 1917 n. Chr. (8. November) in Petrograd.",
    (
        "body: 'Am 23. Februar (jul.) / 9. März 1917 (greg.) beginnt in Petrograd die Februarrevolution in "
        "Russland."
    ),
    (
        '// Janson §3.4: 1700 "was Thursday 11 April (Jul.), which equals\n        // Thursday 21 April '
        '(Greg.)"; 1701 on Thursday 21 April.'
    ),
    (
        "In der Nacht vom 25. auf den 26. Oktober 1917 (nach julianischem Kalender) stürmten Rotgardisten "
        "das Winterpalais. Nach dem gregorianischen Kalender war es der 6. November."
    ),
    (
        "Am 26. Oktober 1917 (nach julianischem Kalender) stürmten sie das Palais. Nach dem gregorianischen "
        "Kalender war es der 9. November."
    ),
    "в ночь с 25 на 26 октября (с 8 на 9 ноября) 1917 года",
    (
        "Karl XII døde 1718 ved Fredrikshald. Datoen var 30. november etter den julianske kalenderen. Etter "
        "den gregorianske var det 12. desember."
    ),
    "Pietari Suuri syntyi 9. kesäkuuta (vanhan ajanlaskun mukaan 29. toukokuuta) 1672 Moskovassa.",
    (
        "Dmitrij Ivanovič Mendělejev (8. února 1834 (26. ledna podle juliánského kalendáře) Tobolsk – 2. "
        "února 1907)"
    ),
    "Mengyelejev 1834. február 8. (a Julián-naptár szerint január 28.) született Tobolszkban.",
    "Petrus I natus est die 30 Maii st. v. (10 Iunii st. n.) 1672 Moscuae.",
    "Пётр I нарадзіўся 30 мая (10 чэрвеня) 1672 года ў Маскве.",
    "Pēteris I dzimis 1672. gada 9. jūnijā (v. st. 29. maijā) Maskavā.",
    "Peeter I sündis 9. juunil (vkj 29. mail) 1672 Moskvas.",
    "Petras I gimė 1672 m. birželio 9 d. (senuoju stiliumi gegužės 29 d.) Maskvoje.",
    (
        "The old regime had ended long ago. 25 October 1917 (O.S.; 8 November N.S.) was the day of the "
        "revolution."
    ),
    "Wir sahen sie. 25. Oktober (8. November) 1917 war der Tag der Revolution.",
    "Fuimos al mar. 25 de octubre (8 de noviembre) de 1917 fue el día de la revolución.",
    (
        "A **data juliana** (JD) é a contagem contínua de dias desde o meio-dia de 30 de fevereiro de 4713 "
        "a.C. (calendário juliano)."
    ),
    'explanation: "Октябрьская революция произошла 25-26 октября (8-9 ноября по новому стилю) 1917 года."',
    'description: "Александр Сергеевич Пушкин родился 26 мая (7 июня по новому стилю) 1799 года в Москве',
    "Dostoevsky was born on 11 November 1821 in Moscow (29 October in the Julian calendar).",
    "Dostojevszkij 1821. november 11-én született Moszkvában (a Julián-naptár szerint október 29-én).",
    "Mendelejevas gimė 1834 m. vasario 8 d. Tobolske (pagal Julijaus kalendorių – sausio 26 d.).",
    "Тарас Шевченко народився 9 березня (24 лютого за ст. ст.) 1814 року в селі Моринці.",
    "Η Επανάσταση ξεκίνησε στις 25 Μαρτίου (7 Απριλίου με το νέο ημερολόγιο) 1821.",
    "Revolúcia vypukla 7. novembra (24. októbra podľa starého štýlu) 1917.",
    "Aleksander Puškin se je rodil 6. junija (25. maja po julijanskem koledarju) 1799 v Moskvi.",
    "Nikola Tesla rođen je 10. srpnja (27. lipnja po starom kalendaru) 1856. u Smiljanu.",
    "Гоце Делчев е роден на 4 февруари (22 јануари стар стил) 1872 година во Кукуш.",
    "Роден е на 23 јануари (5 февруари) 1872 година во Кукуш.",
    (
        "граф Лев Николаевич Толстой родился 9 сентября (27 августа по старому стилю) 1828 года в имении "
        "Ясная Поляна"
    ),
    "Родился 3 октября (20 сентября по старому стилю) 1895 года в селе Константиново Рязанской губернии",
    'Μονής των Αδελφών της Λαύρας του όρους Βελιά την 8ην (21ην) Μαρτίου 1821".',
    "Рождество Христово 7 января 2025 г. (24 декабря 2024 г. по ст. ст.)",
    "Obchodzone 7 stycznia 2025 r. (26 grudnia 2024 r. st.st.)",
    "Anno 1700 die 5 Octobris (st. n. 17 Octobris)",
    "Narodil se 9. června 1672 (29. května st. st.) v Moskvě.",
    "Петро I (30 травня (9 червня) 1672, Москва — 28 січня (9 лютого) 1725, Санкт-Петербург)",
    (
        "Peter I. (* 30. Maijul. / 10. Juni 1672greg. in Moskau; † 28. Januarjul. / 8. Februar 1725greg. in "
        "Sankt Petersburg)"
    ),
]

QUIET: Final = [
    "('2022-01-07', 'Різдво Христове (за старим стилем)'),",
    "Писмото е изпратено на 20 април (стар стил) до Георги Бенковски в Панагюрище.",
    "В Одеса и връщане в Калофер Датите са по Юлианския календар (стар стил), о",
    (
        "l'événement `evt_gabelle_du_sel` cite une ordonnance du 20 mars 1342 (a. st.). Cohérence à "
        "vérifier par B6."
    ),
    (
        '"the Hope" John Bailies Farm, , R.s.a., ( tvilling m/Juliana ), (16. May 1623 a. St.), (2. April '
        "1620 a. St.) (2. Sonntag vor Ostern), (81 Jahre), (af grekisk troslära)"
    ),
    (
        "Sfântul Ierarh Nicolae, ocrotitorul parohiei, este prăznuit în fiecare an pe\n              19 "
        "decembrie (stil vechi) cu mare evlavie de întreaga comunitate."
    ),
    "'Crăciunul pe stil vechi' => CarbonImmutable::createFromDate($year, 1, 7),",
    "Ordonnance au sujet des voies de fait. 1364 (n. st.) février 4.",
    (
        "INSERT INTO \"actes\" VALUES (1,'CC 176','1421','[Avant le 15 janvier 1421 (n. "
        "st.)]',NULL,NULL,NULL,NULL,'Lettre close à la ville d’Albi.');"
    ),
    (
        'explanation = "Lenin führte die Bolschewiki bei der Oktoberrevolution (nach dem Julianischen '
        "Kalender) / Novemberrevolution (nach Gregorianischem Kalender) 1917 an, die die Provisorische "
        'Regierung Kerenskis stürzte.",'
    ),
    (
        "suite à l'attaque lancée contre Genève dans la nuit du 11 au 12 décembre 1602 (selon le calendrier "
        "julien), une traditionnelle marmite en chocolat est brisée"
    ),
    (
        "Cicéron (en latin Marcus Tullius Cicero), né le 3 janvier 106 av. J.-C. à Arpinum en Italie et "
        "assassiné le 7 décembre 43 av. J.-C. (calendrier julien) à Gaète, est un homme d'État romain"
    ),
    (
        "'Le 6 décembre (le 19 décembre dans le calendrier julien). Archevêque de Myre au IVe siècle, il "
        "est un des saints les plus aimés.'"
    ),
    (
        "Påskdagen kom att infalla vid avvikande tidpunkt i Sverige, nämligen 2 april 1705, 18 april 1709 "
        "och 26 mars 1711. Det slutliga bytet från juliansk kalender (gamla stilen) till gregoriansk "
        "kalender (nya stilen) skedde 1753 genom att låta februari ha endast 17 dagar."
    ),
    (
        "Europaeus oli syntynyt Kuolemajärvellä 9.11.1797. Seurakunta kuului siihen aikaan Venäjään, missä "
        "noudatettiin juliaanista eli niin sanottua vanhaa ajanlaskua."
    ),
    (
        "Suomalaiselta kannalta katsoen Europaeuksen syntymäaika on siis 11 päivää myöhäisempi eli "
        "20.11.1797. Kuitenkin myöhemmässä kirjallisuudessa mainitaan Europaeuksen syntymäajaksi 21.11. "
        "1797."
    ),
    (
        "Vai tulkittiinko juliaanisia ja gregoriaanisiä päivämääriä kirjaimellisesti siten, että esim. "
        "juliaanisen kalenterin mukaan 1.1.1740 syntynyt ja gregoriaanisen kalenterin mukaan 1.3.1760 "
        "eläneen henkilön eliniäksi kirjattiin 20 vuotta ja 2 kk?"
    ),
    (
        "Merkittävä muutos kalehteriin tehtiin Ruotsissa 1753: helmikuun 17:ttä päivää seurasi 1. päivä "
        "maaliskuuta. Mutta jos syntymäpäivä oli merkittynä, vähennettiinkö ennen 17.2.1753 syntyneiden ja "
        "17.2.1753 jälkeen kuolleiden eliniästä 11 päivää?"
    ),
    (
        "See on praegugi kasutusel Eestis (alates 14. veebruarist 1918) ja paljudes teistes riikides, olles "
        "maailmas kõige enam kasutatavaks kalendriks."
    ),
    (
        "paavst Gregorius XIII võttis selle kasutusele alates 24. veebruarist 1582 (dokument on dateeritud "
        "1581. aastaga, sest paavsti jaoks algas aasta märtsikuuga)."
    ),
    (
        "Neljapäeval, 4. oktoobril 1582. aastal said Rooma ja veel mitu Euroopa katoliiklikku juhtivat "
        "riiki endale uue kalendri – Gregoriuse kalendri. Vastavalt paavst Gregorius XIII reformile "
        "eemaldati aastast kümme päeva ja 1582. aasta 4. oktoobrile järgnes reede, 15. oktoober."
    ),
    (
        "Kaujām, kurām pēc vecā kalendāra bija jāsākas 23. decembra agrā rītā, tā pirms Ziemassvētkiem "
        "pārsteidzot vāciešus, daudzi latviešu strēlnieki gatavojās cerību pilni."
    ),
    (
        "The Decretum passed on pridie Nonas Sextiles MMDCCLVII (4 Aug 2004) amending a previous Decretum "
        "Pontificum, passed on ante diem VIII Kalendas Apriles 2754 (25 March 2001)"
    ),
    (
        "Con la riforma del Calendario, voluta da papa Gregorio XIII nel 1582, si ristabilì l'inizio "
        "dell'anno secondo lo stile della circoncisione (1° gennaio, come nel calendario giuliano), che "
        "oggi è divenuto il più diffuso al mondo."
    ),
    (
        "Il Giorno Giuliano (Julian Day, JD) è un contatore continuo di giorni a partire dal mezzogiorno "
        "del 1° gennaio 4713 a.C. (calendario giuliano). Ogni istante della storia ha un unico numero JD:"
    ),
    (
        '{ year: toNumber("04/10/1582"), title: "Calendario Gregoriano (Ultimo giorno del calendario '
        'giuliano)", category: "cultura", importance: 2 },'
    ),
    (
        "1. Qué día de la semana fue el 3 de octubre de 1226 (calendario juliano) y cuántos días pasaron "
        "hasta el 3 de octubre de 2026 (gregoriano)."
    ),
    (
        "El sistema CASO usa como ancla 13 de agosto de 1521 (calendario juliano), JDN 2276828. La "
        "conversión de 2026-05-18 produce JDN 2461179"
    ),
    (
        "quando segundo a reforma papal, tomou como dia seguinte de 04/10/1852 (calendario juliano) o dia "
        "15/10/1852 (calendario gregoriano)."
    ),
    'return anno + " no es bisiesto (calendario juliano)";',
    (
        "lline('Напомена: датуми су по Јулијанском календару.'); wline('Усековање главе св. Јована - 29. "
        "август');"
    ),
    (
        "//Pro jednoduchost stačí řešit podle Juliánského kalendáře (gregoriánský bude za úkol později). "
        "//Potřebná teorie: Podle Juliánského kalendáře jsou přestupné roky ty, které jsou dělitelné čtyřmi"
    ),
    (
        "text: 'Deze kalender volgt de Juliaanse (oude) kalender: vaste feesten vallen dertien dagen later "
        "dan op de burgerlijke kalender.'"
    ),
    (
        "De moderne kalender is afkomstig van de hervormingen van Julius Caesar in 46 v.Chr., die de "
        "Juliaanse kalender invoerde."
    ),
    (
        "// Успенский пост: 14–27 августа (н. ст.)\n  if (isWithin(d, year, 8, 14, year, 8, 27)) return "
        "'dormition-fast';"
    ),
    "'08-31': 'Лимба ноастрэ',\n  '12-25': 'Рождество (н. ст.)',",
    (
        'Text("По старом календару: \\(localization.dayAndMonth(j.day, j.month)). Слава ће сваке године '
        'падати на тај дан.")'
    ),
    (
        "W samą wigilię Bożego Narodzenia (24 grudnia, czyli 6 stycznia według kalendarza juliańskiego), "
        "zwaną po rosyjsku soczelnikiem, obowiązuje prawosławnych najostrzejszy post."
    ),
    (
        "Hilarion został uznany za świętego przez Kościół prawosławny; jego wspomnienie przypada 28 lipca "
        "(według kalendarza juliańskiego)"
    ),
    (
        "Jest to liczba dni, która upłynęła od 1 stycznia roku 4713 p.n.e., według kalendarza juliańskiego. "
        "Poniżej zamieszczamy implementację algorytmu."
    ),
    (
        "{ name: 'Crăciunul (stil nou)', start: '2026-12-25', end: '2026-12-25' },\n    { name: 'Vacanța de "
        "iarnă', start: '2026-12-28', end: '2027-01-10' },"
    ),
    "// Convertim data curentă (Stil Nou) la Stilul Vechi (Iulian) scăzând 13 zile.",
    (
        '{ bold: "1 січня", text: " – Новий рік" },\n            { bold: "25 грудня", text: " – Різдво (за '
        'новим стилем)" },\n            { bold: "8 березня", text: " – Міжнародний жіночий день" },'
    ),
    '("2022-08-31", "День рідної мови"),\n            ("2022-12-25", "Різдво Христове (за новим стилем)"),',
    (
        "Colloque en l'honneur de Pierre Samuel (Orsay, 1987) Soc. Math. France (N.S.)} No. {\\bf 38}, "
        "(1989), 5 - 37."
    ),
    (
        "| thin-rod, reference-strategy | -0.94 | -0.94 | -0.92 | -0.75 | -0.13 (n.s.) | **+0.54** "
        "|\n\n(all cells `p<0.05` except the one marked n.s.)"
    ),
    "Worth +0.047 QWK on E05, worth +0.008 (n.s.) on E06, measured 12 March 2026.",
    (
        "Bij de invoering van de Gregoriaanse kalender in 1582 werden 10 dagen toegevoegd: de weekdagen "
        "liepen zonder onderbreking door van op donderdag 4 oktober volgde vrijdag 15 oktober 1582."
    ),
    (
        "Daarom vaardigde paus Gregorius XIII op 24 februari 1582 een decreet (een pauselijke bul) uit tot "
        "instelling van een nieuwe kalender."
    ),
    (
        "Danmark, Norge og noen andre land byttet fra den julianske kalenderen til den gregorianske "
        "kalenderen i 1700, ved å hoppe rett fra 18. februar til 1. mars."
    ),
    (
        "Først i 1753 gikk Sverige over til den gregorianske kalenderen, ved å hoppe fra 17. februar til 1. "
        "mars. Historien sier dog ingenting om de stakkarene som ble født 30. februar 1712."
    ),
    "Narodil se 20., možná ale 22. července 1822. To přesné datum není důležité.",
    (
        "Der 28. Januar ist nach dem gregorianischen Kalender der 28. Tag des Jahres. Im 20. und 21. "
        "Jahrhundert entspricht er dem 15. Januar nach dem Julianischen Kalender."
    ),
    (
        "Ved overgangen i Danmark-Norge i 1700 blev den 18. februar direkte efterfulgt af den 1. marts, "
        "dermed blev datoen rettet med 11 dage."
    ),
    "await ctx.reply('Неверный формат даты. Пожалуйста, введите дату в формате \"01 января [0000]\"')",
    "write('Введите номер дня недели 1 января [1-7]: ');",
    "He left on 1 May 1700 (O.S.), which was a Wednesday and rainy, and arrived 13 May 1700 (N.S.).",
    "He left on 1 May 1700 (O.S.), which he spent at sea and arrived 13 May 1700 (N.S.).",
    (
        'print("san Bernabé, 11/6/1580 (jul.), 0 h local = ", ephem.Date(ephem.Date("1580/6/11") - LON_H / '
        '24.0), "UT")'
    ),
    (
        'tweet = "Guten Morgen.\\n\\n"\ntweet += "%s (greg.)\\n" % gregorian_date\ntweet += "%s (jul.)\\n" '
        "% julian_date"
    ),
    "| Máxima / mínima típica | 13 / 6 °C (ene.) | 17 / 9 °C | 24 / 16 °C (jul.) | |",
    (
        "<strong>Pastaba:</strong> Stačiatikių bažnyčia naudoja Julijaus kalendorių (senuoju stiliumi),\n   "
        "kuris skiriasi 13 dienų nuo Grigaliaus kalendoriaus."
    ),
    'alertify.notify("Δημιουργήθηκε νέο Ημερολόγιο για το έτος: " + year, "success");',
    (
        "newCalendar, // Νέο Ημερολόγιο (Αναθεωρημένο Ιουλιανό)\n  oldCalendar, // Παλαιό Ημερολόγιο "
        "(Ιουλιανό, −13 ημέρες)"
    ),
    (
        "// Passage à l'heure d'hiver (nuit du 25 au 26 octobre 2025).\n    "
        'expect(inclusiveDayCount("2025-10-25", "2025-10-26")).toBe(2);'
    ),
    (
        "// Passage à l'heure d'hiver en France : nuit du 25 au 26 octobre 2026.\n  ['2026-10-19', "
        "'2026-10-26', 2, 1, 'changement d’heure : la semaine avance quand même'],"
    ),
    (
        "// Retour a l'heure d'hiver : la nuit du 25 au 26 octobre 2025 dure 25 h.\n    'heure d’hiver' => "
        "['2025-10-25', '2025-10-26', '2025-10-27'],"
    ),
    (
        "trivia: \"Dans la nuit du 25 au 26 octobre 1917, les bolcheviks de Lénine s'emparent du pouvoir à "
        "Petrograd dans un coup d'État quasi sans violence."
    ),
    (
        "// Se a data for igual ou anterior a 04/10/1582 (Calendário Juliano)\n\t\telse if "
        "(!data.after(dataJuliana)) {"
    ),
    (
        "<p>Em março de 1917 (fevereiro no calendário juliano), o Czar Nicolau II foi derrubado por uma "
        "revolução popular alimentada pelo cansaço da guerra"
    ),
    (
        "// Teste para o mês de setembro de 1752, que tem 19 dias (calendário juliano)\n    "
        "assertEquals(19, calendar.numberOfDays(9, 1752));"
    ),
    (
        "// Wersja 1 (czas): z UUID da się odczytać znacznik czasu — liczbę setek nanosekund\n        // od "
        "15 października 1582 (początek kalendarza gregoriańskiego)."
    ),
    (
        "# Data musi być poprawna (według kalendarza gregoriańskiego)\n    # april_31_2020 = "
        "date(year=2020, month=4, day=31)"
    ),
    (
        "# (SPSS las almacena como segundos desde la adopción en EEUU del calendario "
        'Gregoriano).\nempleados$fechnac <- as.POSIXct(empleados$fechnac, origin="1582/10/14")'
    ),
    (
        "# ADV-RFC-09: Fechas imposibles adicionales (calendario gregoriano)\n\ndef "
        "test_rfc_30_de_febrero_imposible() -> None:"
    ),
    (
        "# 11 сентября - Усекновение главы Иоанна Предтечи (по новому стилю)\n        if target_date.month "
        "== 9 and target_date.day == 11:"
    ),
    (
        "(по старому стилю) Если f ≤ 9, то Пасха будет праздноваться 22 + f марта; если f > 9, то Пасха "
        "будет праздноваться f — 9 апреля."
    ),
    (
        '{ bold: "25 декабря", text: " – Рождество (по новому стилю)" },\n            { bold: "8 марта", '
        'text: " – Международный женский день" },'
    ),
    (
        "['jan14Old', ['14 января (ст. ст.)', '14 січня (ст. ст.)']],\n    ['jan14', ['14 января 2026', '14 "
        "січня 2026']],"
    ),
    (
        "return { native: J.d + ' ' + RU_GEN[J.m - 1] + ' ' + J.y + ' г. (ст. ст.)', latin: J.d + '/' + J.m "
        "+ '/' + J.y + ' O.S.' }"
    ),
    "Meşrutiyet 13 Nisan 1909 (31 Mart 1325 Rumi) tarihinde ilan edildi.",
    (
        "Bacho Kiro ( Búlgaro Bacho Kiro ; 7 de julho de 1835 , Byala-Cherkva - 28 de maio de 1876 , Veliko "
        "Tarnovo - escritor , professor e historiador búlgaro"
    ),
    (
        "Kiro est né le 7 juillet 1835 dans le village de Gornye Turcheta (aujourd'hui la ville de "
        "Byala-Cherkva ), dans la famille d'un éleveur de bétail."
    ),
    (
        "Ільницький Василь Степанович. Народився 22 квітня 1823 р. в с. Підпечери Тисменицького повіту на "
        "Станіславщині (нині Івано-Франківська область) у сім'ї священика."
    ),
    "Олександр Довженко (12 вересня 1894 - 25 листопада 1956)",
    (
        "Григoрій Фeдoрoвич Квіткa нaрoдився 29 листoпaдa 1778 р. в слoбoді Oснoвa пoблизу Xaркoвa в "
        "двoрянській рoдині"
    ),
    (
        "Vuk Stefanović Karadžić (6th November 1787, Tršić - 7th February 1864, Vienna) Serbian philologist "
        "and reformer of Serbian language and Cyrillic alphabet"
    ),
    (
        "Na današnji dan 4. januara 1494. godine prva srpska štamparija na Cetinju štampala prvu knjigu na "
        "srpskom jeziku – „Oktoih prvoglasnik“."
    ),
    (
        "29 ДЕКЕМВРИ На денешен ден: 1920 година умира Марко Костов Цепенков -бугарски писател, фолклорист. "
        "Роден е во 1829 година во Прилеп."
    ),
    (
        "Христо Николов Македонский (1835 в Горни Тодораке, сегодня Греция — 5 июля 1916 в Русе , Болгария "
        ") — болгарский гайдуцкий воевода и революционер из Македонии ."
    ),
    (
        "НОВИ САД - На данашњи дан 1962. године умро је српски писац и ботаничар Стеван Јаковљевић. Данас "
        "је субота, 2. новембар, 306. дан 2019."
    ),
    (
        "Την Πέμπτη 16 Φεβρουαρίου 1923 οι Έλληνες κοιμήθηκαν… και ξύπνησαν Πέμπτη 1 Μαρτίου. Δεκατρείς "
        "ολόκληρες μέρες «εξαφανίστηκαν» από το ημερολόγιο"
    ),
    (
        "Έτσι, αποφασίστηκε ότι η 15η Φεβρουαρίου 1923 (Ιουλιανό) θα ακολουθείται όχι από 16, αλλά από την "
        "1η Μαρτίου 1923 (Γρηγοριανό)."
    ),
    (
        "Στις 18 Ιανουαρίου 1923 οι αρχές εξέδωσαν διάταγμα: το παλιό Ιουλιανό ημερολόγιο που "
        "χρησιμοποιούσε ακόμη το ελληνικό κράτος θα αντικαθίστατο από το Γρηγοριανό"
    ),
    (
        "δεν πρόκειται να βρείτε ούτε έναν Έλληνα ή Ελληνίδα που να έχει καταχωρηθεί με ημερομηνία γέννησης "
        "από 16 έως 28 Φεβρουαρίου 1923!"
    ),
    (
        "Decretul-lege semnat de Regele Ferdinand a stabilit un fapt halucinant pentru omul de rând: ziua "
        "de 1 aprilie 1919 devenea oficial ziua de 14 aprilie 1919."
    ),
    (
        "România a adoptat oficial stilul nou, Calendarul Gregorian, pe baza Decretului publicat în "
        "Monitorul Oficial nr. 274 din 6 martie 1919, astfel că 1 aprilie, a devenit 14 aprilie 1919."
    ),
    (
        "45 î.Hr.: Intră în vigoare calendarul iulian, calendarul civil al Imperiului Roman care a stabilit "
        "ca primă zi a noului an, data de 1 ianuarie."
    ),
    (
        "Papa Grigore al XIII-lea a decretat, la 24 februarie 1582 reforma calendarului. 1 ianuarie 1432 : "
        "Se stinge din viaţă Alexandru cel Bun, domnul Moldovei."
    ),
]


@pytest.mark.parametrize(("text", "kind"), snippet_cases(RIGHT_PAIRS, WRONG_PAIRS, QUIET))
def test_snippet_is_read_as_its_writer_meant(text: str, kind: str) -> None:
    assert_read_as_meant(text, kind)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("την 8ην (21ην) Μαρτίου 1821", "την 8ην (20ην) Μαρτίου 1821"),
        (
            "в ночь с 25 на 26 октября (с 8 на 9 ноября) 1917 года",
            "в ночь с 25 на 26 октября (с 7 на 8 ноября) 1917 года",
        ),
        (
            "Гоце Делчев е роден на 4 февруари (22 јануари стар стил) 1872 година",
            "Гоце Делчев е роден на 4 февруари (23 јануари стар стил) 1872 година",
        ),
        (
            "Pietari Suuri syntyi 9. kesäkuuta (vanhan ajanlaskun mukaan 29. toukokuuta) 1672",
            "Pietari Suuri syntyi 9. kesäkuuta (vanhan ajanlaskun mukaan 30. toukokuuta) 1672",
        ),
    ],
)
def test_fix_writes_the_day_as_it_was_written(text: str, fixed: str) -> None:
    assert fix(text)[0] == fixed
