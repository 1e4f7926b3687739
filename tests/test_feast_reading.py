"""Feast dates through the text layer: parse, scan, check and fix read "Michaelmas 1666" (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run_main
from hypothesis import given, settings
from hypothesis import strategies as st

import oldstyle
from oldstyle import DateParseError, GregorianDate, JulianDate, OldstyleError
from oldstyle.churchyear import feast_table
from oldstyle.feastspots import feast_windows
from oldstyle.feasttext import FEAST_DATE, scan_feasts
from tests.test_layers import loaded_modules


@pytest.mark.parametrize(
    ("text", "region", "day"),
    [
        ("Michaelmas 1666", "GB", JulianDate(1666, 9, 29)),
        ("Michaelmas 1666", None, GregorianDate(1666, 9, 29)),  # the Roman church's calendar of 1666
        ("the Monday after Easter 1381", None, JulianDate(1381, 4, 15)),
        ("Old Michaelmas Day 1760", None, GregorianDate(1760, 10, 10)),
        ("Lady Day 1731/2", "GB", JulianDate(1732, 3, 25)),
        ("Easter 1700", "GB", JulianDate(1700, 3, 31)),
        ("Easter 1700", "FR", GregorianDate(1700, 4, 11)),
        ("the Sunday before Michaelmas 1700", "GB", JulianDate(1700, 9, 22)),
    ],
)
def test_parse_reads_feast_dates(text: str, region: str | None, day: JulianDate | GregorianDate) -> None:
    parsed = oldstyle.parse(text, region=region)
    assert parsed.style == "feast"
    assert parsed.feast is not None
    assert parsed.calendar == day.calendar
    assert parsed.label == day.to_tuple()
    assert (parsed.julian, parsed.gregorian) == ((day, None) if day.calendar == "julian" else (None, day))
    assert parsed.day() == day and parsed.consistent


def test_parse_names_the_feast_it_read() -> None:
    parsed = oldstyle.parse("Old Michaelmas Day 1760")
    assert parsed.feast is not None and parsed.feast.key == "michaelmas"
    assert oldstyle.parse("25 October 1917 O.S.").feast is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Michelmas 1666", "did you mean Michaelmas"),
        ("Eastr 1700", "did you mean Easter"),
        ("Easter 99999", "no month"),
        ("Michaelmas", "names a feast but no year: write one, e.g. 'Michaelmas 1666'"),
        ("Old Michaelmas Day", "names a feast but no year"),
        ("hello", "a day, a month and a year are needed"),
        ("Easter 100", "326"),  # outside the Julian computus: parse's own message names no feast
    ],
)
def test_parse_garbage_feasts_give_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(DateParseError, match=message):
        oldstyle.parse(text)


def test_parse_a_bad_region_for_a_feast() -> None:
    with pytest.raises(OldstyleError, match="unknown region"):
        oldstyle.parse("Michaelmas 1666", region="Atlantis")


def test_scan_includes_feast_mentions_in_order_without_duplicates() -> None:
    text = "On 25 October (O.S.; 7 November N.S.) 1917, rent due at Michaelmas (29 September) 1712."
    mentions = oldstyle.scan(text)
    assert [m.style for m in mentions] == ["os-ns", "feast"]
    feast = mentions[1]
    assert feast.text == "Michaelmas (29 September) 1712" == text[feast.start : feast.end]
    assert feast.gregorian == GregorianDate(1712, 9, 29) and feast.julian is None
    assert feast.feast is not None and feast.feast.name == "Michaelmas"
    parsed = feast.parsed
    assert parsed is not None and parsed.style == "feast" and parsed.feast is feast.feast


def test_scan_lines_and_columns_of_feasts() -> None:
    (mention,) = oldstyle.scan("first line\n  paid at Lady Day 1731/2")
    assert (mention.line, mention.column, mention.text) == (2, 11, "Lady Day 1731/2")


def test_check_flags_a_feast_beside_a_wrong_day_and_fix_corrects_it() -> None:
    text = "Michaelmas (29 September) 1712, i.e. 9 October New Style"
    (problem,) = oldstyle.check(text)
    assert problem.kind == "feast"
    assert "was 10 October N.S., not 9 October" in problem.message
    assert problem.replacement == "Michaelmas (29 September) 1712, i.e. 10 October New Style"
    fixed, _ = oldstyle.fix(text)
    assert fixed == "Michaelmas (29 September) 1712, i.e. 10 October New Style"
    assert oldstyle.check(fixed) == []


def test_check_a_wrong_day_in_parentheses() -> None:
    (problem,) = oldstyle.check("Rent at Michaelmas (28 September O.S.) 1712.")
    assert problem.kind == "feast"
    assert problem.replacement == "Michaelmas (29 September O.S.) 1712"


def test_overlapping_feast_fixes_edit_each_span_once() -> None:
    text = "Michaelmas (Oct. 9) 1712, i.e. 9 October N.S."
    problems = oldstyle.check(text)
    assert [p.kind for p in problems] == ["feast", "feast"]
    assert sum(p.replacement is not None for p in problems) == 1
    oldstyle.fix(text)  # no overlap error


def test_prose_without_feast_words_does_not_load_the_feast_reader() -> None:
    code = (
        "import oldstyle; oldstyle.scan('25 October (O.S.; 7 November N.S.) 1917 and in 1918');"
        "oldstyle.check('On 25 October 1917 O.S. the vestry met.');"
        "oldstyle.parse('25 October 1917 O.S.')"
    )
    loaded = loaded_modules(code)
    assert "oldstyle.feasttext" not in loaded  # (the prefilter reads the feast table's names)
    assert "oldstyle.feasttext" in loaded_modules("import oldstyle; oldstyle.scan('Michaelmas 1666')")


@pytest.mark.parametrize(
    "text",
    [
        "Rent due at Michaelmas 1666.",
        "Lady Day 1731/2",
        "the morrow of Martinmas, 1666",
        "Michaelmas (29 September) 1712",
        "Easter in 1381",
        "la Saint-Michel 1700",
        "Пасха 1700 года",
        "OLD MICHAELMAS DAY 1760",
        "All Saints' Day 1500",
        "Pâques 1600",
    ],
)
def test_the_prefilter_finds_every_feast_date(text: str) -> None:
    (match,) = FEAST_DATE.finditer(text)
    assert any(low <= match.start() and match.end() <= high for low, high in feast_windows(text))


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Michaelmas", "Lady Day", "the Monday after Easter", "Whitsun", "Candlemas", "Noël"]),
    st.integers(1000, 1999),
    st.text(alphabet="ab ,.\n0123456789", max_size=300),
)
def test_scan_feasts_through_the_prefilter_finds_what_the_whole_pattern_finds(
    name: str, year: int, filler: str
) -> None:
    text = f"{filler} {name} {year} {filler}"
    windowed = [(m.start, m.end) for m in scan_feasts(text)]
    whole = [match.span() for match in FEAST_DATE.finditer(text)]
    assert windowed == whole


@given(st.text(max_size=200))
def test_feast_windows_never_fail(text: str) -> None:
    for low, high in feast_windows(text):
        assert 0 <= low < high <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(feast_table()), st.integers(1000, 2100), st.sampled_from(["GB", "FR", "RU", None]))
def test_parse_gives_the_day_oldstyle_feast_gives(
    entry: oldstyle.Feast, year: int, region: str | None
) -> None:
    for name in entry.names["english"]:
        try:
            expected = oldstyle.feast(name, year, region)
        except OldstyleError:
            continue
        parsed = oldstyle.parse(f"{name} {year}", region=region)
        assert (parsed.style, parsed.feast, parsed.label) == ("feast", entry, expected.to_tuple())
        assert parsed.day() == expected
        (mention,) = oldstyle.scan(f"Paid at {name} {year}.") if region is None else (None,)
        if mention is not None:
            assert mention.feast is entry and (mention.julian or mention.gregorian) == expected


def test_the_command_line_check_reports_and_fixes_a_feast(tmp_path: Path) -> None:
    page = tmp_path / "rent.md"
    page.write_text("Rent at Michaelmas (29 September) 1712, i.e. 9 October New Style.\n", encoding="utf-8")
    found = run_main("check", str(page))
    assert found.status == 1 and "was 10 October N.S., not 9 October" in found.text
    assert run_main("check", "--fix", str(page)).status == 0
    assert "i.e. 10 October New Style." in page.read_text(encoding="utf-8")
    assert run_main("check", str(page)).status == 0


@pytest.mark.parametrize(
    ("text", "region", "day"),
    [
        ("Michaelmas 1666 O.S.", None, JulianDate(1666, 9, 29)),
        ("Michaelmas 1666 (N.S.)", "GB", GregorianDate(1666, 9, 29)),  # the writer's label wins
        ("Michaelmas (O.S.) 1666", None, JulianDate(1666, 9, 29)),
        ("Michaelmas 1666, Old Style", None, JulianDate(1666, 9, 29)),
        ("Easter 1700 O.S.", None, JulianDate(1700, 3, 31)),  # by the Julian computus too
        ("Easter 1700 N.S.", "GB", GregorianDate(1700, 4, 11)),
    ],
)
def test_a_calendar_label_after_a_feast_date_says_its_calendar(
    text: str, region: str | None, day: JulianDate | GregorianDate
) -> None:
    parsed = oldstyle.parse(text, region=region)
    assert (parsed.calendar, parsed.label) == (day.calendar, day.to_tuple())
    (mention,) = oldstyle.scan(f"Paid at {text}; then")
    assert mention.text == text and (mention.julian or mention.gregorian) == day


@pytest.mark.parametrize(
    "text", ["Michaelmas 1666 O.S. foo", "Michaelmas 1666 (O.S.", "Michaelmas 1666 O.S.)"]
)
def test_a_feast_date_with_more_after_its_label_is_not_read(text: str) -> None:
    with pytest.raises(DateParseError):
        oldstyle.parse(text)
