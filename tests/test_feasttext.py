"""Feast dates in text: read_feast, scan_feasts and check_feasts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import GregorianDate, JulianDate
from oldstyle.churchyear import feast_table
from oldstyle.feasttext import FEAST_DATE, check_feasts, read_feast, scan_feasts


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Michaelmas 1666", "GB", JulianDate(1666, 9, 29)),
        ("Easter Monday 1381", None, JulianDate(1381, 4, 15)),
        ("the Monday after Easter 1381", None, JulianDate(1381, 4, 15)),
        ("the Sunday before Michaelmas 1700", "GB", JulianDate(1700, 9, 22)),  # Michaelmas was a Sunday
        ("the Sunday next after Michaelmas 1700", "GB", JulianDate(1700, 10, 6)),
        ("Old Michaelmas Day 1760", None, GregorianDate(1760, 10, 10)),
        ("Old Michaelmas Day 1760", "GB", GregorianDate(1760, 10, 10)),
        ("Lady Day 1731/2", "GB", JulianDate(1732, 3, 25)),
        ("Candlemas 1731/32", "GB", JulianDate(1732, 2, 2)),
        ("Candlemas 1731", "GB", JulianDate(1732, 2, 2)),
        ("Whitsun 1450", None, JulianDate(1450, 5, 24)),
        ("the morrow of Michaelmas 1400", None, JulianDate(1400, 9, 30)),
        ("the eve of All Saints 1500", None, JulianDate(1500, 10, 31)),
        ("the octave of Easter 1381", None, JulianDate(1381, 4, 21)),
        ("Montag nach Ostern 1381", None, JulianDate(1381, 4, 15)),
        ("Mariä Himmelfahrt 1700", "DE-BAVARIA", GregorianDate(1700, 8, 15)),
        ("le lundi après Pâques 1600", "FR", GregorianDate(1600, 4, 3)),
        ("la Saint-Michel 1700", "FR", GregorianDate(1700, 9, 29)),
        ("Festum Sancti Michaelis 1300", None, JulianDate(1300, 9, 29)),
        ("Пасха 1700 года", "RU", JulianDate(1700, 3, 31)),
        ("St. George's Day 1616", "GB", JulianDate(1616, 4, 23)),
        ("saint georges day 1616", "GB", JulianDate(1616, 4, 23)),
        ("  Michaelmas,\n1666 ", "GB", JulianDate(1666, 9, 29)),
        ("Easter 1700", "GB", JulianDate(1700, 3, 31)),
        ("Easter 1700", "FR", GregorianDate(1700, 4, 11)),
    ],
)
def test_read_feast(text: str, region: str | None, expected: JulianDate | GregorianDate) -> None:
    day = read_feast(text, region)
    assert day == expected
    assert type(day) is type(expected)


@given(st.sampled_from(feast_table()), st.integers(1583, 2500), st.sampled_from(["GB", "FR", "RU", None]))
def test_every_english_name_reads_as_feast_gives(
    entry: oldstyle.Feast, year: int, region: str | None
) -> None:
    for name in entry.names["english"]:
        try:
            expected = oldstyle.feast(name, year, region)
        except oldstyle.OldstyleError:
            continue
        assert read_feast(f"{name} {year}", region) == expected


def test_scan_feasts_spans_and_days() -> None:
    text = "Rent due at Michaelmas 1666 and at Lady Day 1667; paid the morrow of Martinmas 1666."
    found = list(scan_feasts(text, "GB"))
    assert [m.text for m in found] == ["Michaelmas 1666", "Lady Day 1667", "the morrow of Martinmas 1666"]
    assert [text[m.start : m.end] for m in found] == [m.text for m in found]
    assert [m.day for m in found] == [
        JulianDate(1666, 9, 29),
        JulianDate(1667, 3, 25),
        JulianDate(1666, 11, 12),
    ]
    assert [m.feast.key for m in found] == ["michaelmas", "lady_day", "martinmas"]


@given(
    st.lists(
        st.sampled_from(["Michaelmas 1666", "x", "\n", " ", "Lady Day 1700", "Easter 9999"]), max_size=30
    )
)
def test_scan_feasts_line_and_column(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for mention in scan_feasts(text, "GB"):
        before = text[: mention.start]
        assert mention.line == before.count("\n") + 1
        assert mention.column == mention.start - (before.rfind("\n") + 1) + 1
    for problem in check_feasts(text.replace("1666", "(30 September) 1666"), "GB"):
        assert problem.message.startswith("Michaelmas 1666 was 29 September O.S., not 30 September")
        assert problem.line >= 1


def test_scan_feasts_leaves_out_what_is_not_a_day() -> None:
    assert list(scan_feasts("Easter 9999 and Eastern 1700 and Michaelmas1700 and 1700 Michaelmas")) == []
    assert [m.text for m in scan_feasts("Whitsun 1450 Whitsun 14500")] == ["Whitsun 1450"]


def test_check_flags_a_feast_beside_the_wrong_day() -> None:
    problems = check_feasts("Michaelmas (29 September) 1712, i.e. 9 October New Style")
    assert [p.message for p in problems] == [
        "Michaelmas 1712 (29 September O.S.) was 10 October N.S., not 9 October"
    ]
    assert problems[0].expected == "10 October N.S."
    assert check_feasts("Michaelmas (29 September) 1712, i.e. 10 October New Style") == []
    assert check_feasts("Lady Day (25 March O.S.) 1712 = 5 April N.S.") == []
    wrong = check_feasts("Christmas (26 December) 1700", "GB")
    assert [p.message for p in wrong] == ["Christmas Day 1700 was 25 December O.S., not 26 December"]
    assert check_feasts("Easter (31 March) 1700", "GB") == []
    assert [p.expected for p in check_feasts("Easter (31 March) 1700", "FR")] == ["11 April N.S."]


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        ("Michelmas 1666", oldstyle.DateParseError, r"did you mean Michaelmas"),
        (
            "Michaelmas",
            oldstyle.DateParseError,
            r"'Michaelmas' is not a feast date: expected a feast and a year",
        ),
        ("", oldstyle.DateParseError, r"not a feast date"),
        ("x" * 100_000, oldstyle.DateParseError, r"not a feast date"),
        ("Michaelmas 1666 and more", oldstyle.DateParseError, r"not a feast date"),
        ("Easter 200", oldstyle.InvalidDateError, r"from 326"),
        ("Old Easter 1760", oldstyle.InvalidDateError, r"Easter is movable"),
        ("Lady Day 1731/3", oldstyle.DateParseError, r"the second year must be the one after 1731"),
        ("Christmas 1582", oldstyle.NonexistentDateError, r"did not exist in BE"),
    ],
)
def test_read_feast_garbage(text: str, error: type, message: str) -> None:
    region = "BE" if "1582" in text else None
    with pytest.raises(error, match=message):
        read_feast(text, region)


@pytest.mark.parametrize("function", [read_feast, scan_feasts, check_feasts])
@pytest.mark.parametrize("value", [None, 1666, b"Michaelmas 1666", True])
def test_text_functions_refuse_non_text(function: object, value: object) -> None:
    with pytest.raises(oldstyle.DateParseError, match=r"text"):
        list(function(value))  # type: ignore[operator]


def test_bad_region_and_computus() -> None:
    with pytest.raises(oldstyle.UnknownRegionError):
        read_feast("Michaelmas 1666", "Atlantis")
    with pytest.raises(oldstyle.InvalidDateError, match=r"unknown computus"):
        list(scan_feasts("Michaelmas 1666", computus="lunar"))


def test_hostile_text_is_read_in_one_pass() -> None:
    # Long runs of the pieces the pattern is made of: finditer must still return.
    for piece in ("the Monday after ", "Old ", "Michaelmas ", "(", "1666/", " ", "St. "):
        assert isinstance(list(FEAST_DATE.finditer(piece * 5000)), list)


def test_feast_benchmark_runs_quick() -> None:
    # Smoke test only: benchmarks/bench_feasts.py prints times, nothing here asserts one.
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_feasts.py"
    done = subprocess.run(
        [sys.executable, str(script), "--quick"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Ratios:" in done.stdout
    assert "doubling it took" in done.stdout


_PIECES = st.sampled_from(
    [
        "Michaelmas",
        "Old",
        "the",
        "Monday",
        "after",
        "1666",
        "/7",
        "(",
        ")",
        "29 September",
        "i.e.",
        "N.S.",
        " ",
        ",",
    ]
)


@given(st.one_of(st.text(max_size=60), st.lists(_PIECES, max_size=12).map(" ".join)))
def test_any_text_reads_as_a_day_or_a_library_error(text: str) -> None:
    try:
        day = read_feast(text)
    except oldstyle.OldstyleError:
        pass
    else:
        assert isinstance(day, (JulianDate, GregorianDate))
    assert all(isinstance(m.day, (JulianDate, GregorianDate)) for m in scan_feasts(text))
    assert all(p.message for p in check_feasts(text))
