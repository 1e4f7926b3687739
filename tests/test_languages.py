"""Month names and calendar words per language: the generated table, reading and writing."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import oldstyle
from oldstyle import DateParseError, JulianDate, OldstyleError, check, fix, format_dual, parse
from oldstyle.cursor import Cursor, month_at
from oldstyle.names import LANGUAGES, date_words, language
from oldstyle.patterns import tokenize

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {
    "en", "ru", "uk", "bg", "sr", "sr-Latn", "pl", "cs", "de", "nl", "fr",
    "it", "es", "pt", "sv", "da", "nb", "el", "ro", "tr", "la",
}  # fmt: skip


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("gen_month_names", ROOT / "scripts" / "gen_month_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_month_table_is_what_babel_gives() -> None:
    pytest.importorskip("babel")
    generator = _generator()
    committed = (ROOT / "oldstyle" / "data" / "month_names.csv").read_text(encoding="utf-8")
    assert committed == generator.table_text(), "run python scripts/gen_month_names.py"  # type: ignore[attr-defined]


def test_every_required_language_is_there_with_its_words() -> None:
    assert set(LANGUAGES) >= REQUIRED
    for lang in LANGUAGES.values():
        assert len(lang.months) == len(lang.genitive) == len(lang.abbreviations) == 12
        assert lang.old_style and lang.new_style and lang.bc and lang.name
        assert lang.weekdays == () or len(lang.weekdays) == 7


@pytest.mark.parametrize(
    ("code", "month", "genitive"),
    [
        ("ru", "октябрь", "октября"),
        ("uk", "жовтень", "жовтня"),
        ("pl", "październik", "października"),
        ("cs", "říjen", "října"),
        ("el", "Οκτώβριος", "Οκτωβρίου"),
        ("la", "October", "Octobris"),
        ("de", "Oktober", "Oktober"),
    ],
)
def test_nominative_and_genitive_forms(code: str, month: str, genitive: str) -> None:
    assert language(code).month(10) == month
    assert language(code).month(10, genitive=True) == genitive


@pytest.mark.parametrize("code", sorted(LANGUAGES))
@pytest.mark.parametrize("style", ["os-ns", "bracket", "os-bracket", "russian", "slash"])
def test_each_language_writes_a_dual_date_that_reads_back(code: str, style: str) -> None:
    day = JulianDate(1812, 8, 26)
    text = format_dual(day, style, language=code)
    parsed = parse(text)
    assert (parsed.julian, parsed.gregorian) == (day, day.to_gregorian_date())
    assert check(f"Text: {text}.") == []


@pytest.mark.parametrize(
    ("text", "julian", "gregorian"),
    [
        ("26 августа (7 сентября) 1812 года", (1812, 8, 26), (1812, 9, 7)),
        ("28 августа 1828 года по старому стилю", (1828, 8, 28), None),
        ("9 сентября 1828 по новому стилю", None, (1828, 9, 9)),
        ("26 СЕНТЯБРЯ 1892 ПО СТАРОМУ СТИЛЮ", (1892, 9, 26), None),
        ("26 серпня 1812 р. за старим стилем", (1812, 8, 26), None),
        ("26 август 1812 стар стил", (1812, 8, 26), None),
        ("26. август 1812 по старом календару", (1812, 8, 26), None),
        ("26. avgust 1812 po julijanskom kalendaru", (1812, 8, 26), None),
        ("26 sierpnia 1812 według starego stylu", (1812, 8, 26), None),
        ("7 września 1812 n. st.", None, (1812, 9, 7)),
        ("26. srpna 1812 podle juliánského kalendáře", (1812, 8, 26), None),
        ("26. August 1812 nach dem julianischen Kalender", (1812, 8, 26), None),
        ("7. September 1812 n. St.", None, (1812, 9, 7)),
        ("26 augustus 1812 oude stijl", (1812, 8, 26), None),
        ("26 août 1812 ancien style", (1812, 8, 26), None),
        ("26 aout 1812 calendrier julien", (1812, 8, 26), None),
        ("26 agosto 1812 secondo il calendario giuliano", (1812, 8, 26), None),
        ("26 agosto 1812 según el calendario juliano", (1812, 8, 26), None),
        ("26 agosto 1812 calendário juliano", (1812, 8, 26), None),
        ("26 augusti 1812 g.s.", (1812, 8, 26), None),
        ("26. august 1812 gammel stil", (1812, 8, 26), None),
        ("26 Αυγούστου 1812 παλαιό ημερολόγιο", (1812, 8, 26), None),
        ("26 ΑΥΓΟΥΣΤΟΥ 1812 (π.η.)", (1812, 8, 26), None),
        ("7 Σεπτεμβρίου 1812 νέο ημερολόγιο", None, (1812, 9, 7)),
        ("26 august 1812 stil vechi", (1812, 8, 26), None),
        ("26 Ağustos 1812 Jülyen takvimine göre", (1812, 8, 26), None),
        ("26 Augusti 1812 stilo veteri", (1812, 8, 26), None),
        ("26 Octobris 1700 st. v.", (1700, 10, 26), None),
        ("26 жніўня 1812 па старым стылі", (1812, 8, 26), None),
        ("26. augusta 1812 podľa juliánskeho kalendára", (1812, 8, 26), None),
        ("26. elokuuta 1812 (vanhaa lukua)", (1812, 8, 26), None),
        ("26. august 1812 (vkj)", (1812, 8, 26), None),
        ("26 rugpjūčio 1812 m. senuoju stiliumi", (1812, 8, 26), None),
        ("26 აგვისტო 1812 ძველი სტილით", (1812, 8, 26), None),
        ("5 out. 1812 O.S.", (1812, 10, 5), None),
        ("sett. 7 [agosto 26, Old Style], 1812", (1812, 8, 26), (1812, 9, 7)),
        ("7 Nov 1917 (Gregorian)", None, (1917, 11, 7)),
        ("25 October 1917 according to the Julian calendar", (1917, 10, 25), None),
        ("30 November 1718 by the old style calendar", (1718, 11, 30), None),
    ],
)
def test_dates_in_each_language_are_read(
    text: str, julian: tuple[int, int, int] | None, gregorian: tuple[int, int, int] | None
) -> None:
    parsed = parse(text)
    assert (parsed.julian and parsed.julian.to_tuple()) == julian
    assert (parsed.gregorian and parsed.gregorian.to_tuple()) == gregorian
    assert oldstyle.scan(f"… {text} …")


@pytest.mark.parametrize(
    "text",
    [
        "26 августа (8 сентября) 1812 года",
        "26. August (8. September) 1812",
        "26 sierpnia (st. st.; 8 września n. st.) 1812",
        "26 Αυγούστου (π.η.; 8 Σεπτεμβρίου ν.η.) 1812",
        "26 août (ancien style; 8 septembre nouveau style) 1812",
        "Rođen je 25. listopada (8. studenoga) 1917.",
        "1917. november 7-én (a régi naptár szerint október 24-én) tört ki a forradalom.",
        "Dzimis 1834. gada 8. februārī (pēc vecā stila 26. janvārī).",
        "Gimė 1834 m. vasario 8 d. (senuoju stiliumi sausio 26 d.).",
        "Rojen je bil 8. septembra (26. avgusta) 1812.",
    ],
)
def test_a_wrong_pair_is_caught_in_each_language(text: str) -> None:
    (problem,) = check(text)
    assert problem.kind == "inconsistent"


def test_short_foreign_abbreviations_need_their_dot() -> None:
    # "out" and "set" are English words; "out." and "set." are Portuguese months.
    assert parse("5 out. 1812 O.S.").label == (1812, 10, 5)
    assert oldstyle.scan("he set 5 out 1812 O.S. aside") == []
    assert parse("Oct 5 1812 O.S.").label == (1812, 10, 5)  # English ones stay bare


@pytest.mark.parametrize("code", ["xx", "", "EN ", "russian", None, 7])
def test_an_unknown_language_is_a_library_error(code: object) -> None:
    with pytest.raises(OldstyleError, match="unknown language"):
        format_dual(JulianDate(1917, 10, 25), language=code)  # type: ignore[arg-type]


def test_a_language_without_weekday_names_says_so() -> None:
    with pytest.raises(OldstyleError, match="no weekday names for Latin"):
        format_dual(JulianDate(1917, 10, 25), language="la", weekday=True)


@pytest.mark.parametrize(
    "text",
    [
        "по старому стилю",
        "25 по старому стилю 1917",
        "октября октября 1917 1918",
        "Οκτωβρίου (π.η.;) ν.η.",
        "jul. greg. 1796greg. Novemberjul.",
        "ст. ст. н. ст. " * 50,
        "25 ОКТЯБРЯЯ 1917",
    ],
)
def test_garbage_in_other_scripts_is_a_parse_error(text: str) -> None:
    with pytest.raises(DateParseError):
        parse(text)
    assert isinstance(check(text), list)


@pytest.mark.parametrize(
    "text",
    [
        "6. Novemberjul. / 17. November 1796greg.",
        "6. November jul. / 17. November 1796 greg.",
        "6. November (jul.) / 17. November 1796 (greg.)",
    ],
)
def test_german_wikipedias_jul_and_greg_are_labels_after_a_date(text: str) -> None:
    kinds = [(t.kind, t.text) for t in tokenize(text) if t.kind in ("month", "marker", "number")]
    assert kinds == [
        ("number", "6"),
        ("month", "November"),
        ("marker", "jul."),
        ("number", "17"),
        ("month", "November"),
        ("number", "1796"),
        ("marker", "greg."),
    ]


def test_jul_before_a_day_is_still_july() -> None:
    assert parse("5 Jul. 1917 O.S.").label == (1917, 7, 5)
    assert parse("Jul. 5, 1917 O.S.").label == (1917, 7, 5)


def test_the_generator_checks_and_refuses_unknown_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("babel")
    generator = _generator()
    assert generator.main(["--check"]) == 0  # type: ignore[attr-defined]
    assert generator.main(["--bogus"]) == 2  # type: ignore[attr-defined]
    assert "usage" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "columns"), [("month_names.csv", 6), ("calendar_words.csv", 5)])
def test_the_word_tables_split_on_commas(name: str, columns: int) -> None:
    # names reads the tables by splitting on commas: a word must hold none.
    with (ROOT / "oldstyle" / "data" / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "source"
    for row in rows[1:]:
        assert len(row) == columns, row
        assert all("," not in cell and '"' not in cell for cell in row[:-1]), row


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("25 EKİM 1917 Jülyen takvimine göre", (1917, 10, 25)),  # casefold leaves "i̇"
        ("7 KASIM 1917 (Gregoryen takvimi)", (1917, 11, 7)),  # "KASIM" is "kasım"
        ("25 οκτωβριου 1917 (π.η.)", (1917, 10, 25)),  # no accents
        ("25 fevrier 1917 ancien style", (1917, 2, 25)),
    ],
)
def test_capitals_and_missing_accents_are_read(text: str, label: tuple[int, int, int]) -> None:
    assert parse(text).label == label


_STYLES = ["os-ns", "bracket", "os-bracket", "slash", "fraction", "us", "britannica", "iso", "russian"]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(JulianDate(1000, 1, 1).toordinal(), JulianDate(2200, 12, 31).toordinal()),
    st.sampled_from(_STYLES),
    st.sampled_from(sorted(LANGUAGES)),
    st.booleans(),
    st.sampled_from([None, "lady_day"]),
)
def test_what_each_language_writes_reads_back_and_checks_clean(
    ordinal: int, style: str, code: str, weekday: bool, year_start: str | None
) -> None:
    day = JulianDate.fromordinal(ordinal)
    weekday = weekday and bool(LANGUAGES[code].weekdays) and (style, code) != ("russian", "en")
    text = format_dual(day, style, language=code, weekday=weekday, year_start=year_start)
    assert parse(text).julian == day
    assert check(f"({text})") == []


def test_hyphenated_weekdays_are_read_and_fixed() -> None:
    assert parse("quarta-feira, 25 outubro 1917 calendário juliano").weekday == 2
    fixed, (problem,) = fix("Terça-feira, 25 outubro 1917 calendário juliano")
    assert problem.kind == "weekday"
    assert fixed == "Quarta-feira, 25 outubro 1917 calendário juliano"
    assert [t.kind for t in tokenize("segunda vez")] == ["word", "word"]


def test_one_home_writes_a_date_in_words() -> None:
    gap_eve = JulianDate(1752, 9, 2)
    assert date_words(*gap_eve.to_tuple(), ordinal=gap_eve.toordinal()) == "Wednesday 2 September 1752"
    assert date_words(1917, 10, 25) == "25 October 1917" and date_words(-43, 3, 15) == "15 March 44 BC"
    assert date_words(1917, 10, 25, LANGUAGES["ru"]) == "25 октября 1917"
    assert date_words(1917, 10, 25, LANGUAGES["de"]) == "25. Oktober 1917"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Rođen je 25. listopada (7. studenoga) 1917.", 10),
        ("25. listopada 1917. godine po julijanskom kalendaru", 10),
        ("Urodził się 7 listopada 1917 roku (25 października według starego stylu).", 11),
        ("Narodil se 7. listopadu 1917 (25. října podle juliánského kalendáře).", 11),
        ("Urodził się 7 listopada 1917 roku.", 11),
    ],
)
def test_croatian_listopad_is_october_only_beside_croatian_words(text: str, month: int) -> None:
    """Croatian "listopad" is October, Czech and Polish November: the words near it decide."""
    tokens = tokenize(text)
    (index,) = [i for i, token in enumerate(tokens) if token.text.startswith("listopad")]
    assert month_at(Cursor(tokens), index) == month


@pytest.mark.parametrize(
    "name", ["", ".", "..", "../names.py", "/etc/passwd", "sub/feasts.csv", "missing.csv", 5, None]
)
def test_data_text_refuses_what_is_not_a_data_file(name: object) -> None:
    """Only a file of oldstyle/data is read; anything else is a clear library error, not an OSError."""
    from oldstyle.names import data_text

    with pytest.raises(OldstyleError):
        data_text(name)  # type: ignore[arg-type]
    assert "Michaelmas" in data_text("feasts.csv")  # a real data file is still read
