"""scan reads a long stretch of numbers only around its date words: the same mentions as reading it whole."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import JulianDate, scanning
from oldstyle.patterns import past_label, safe_stop, tokenize
from oldstyle.scanning import Mention, scan

# Sentences full of numbers and free of dates: they merge into one long stretch around a date.
_FILLER = (
    "The account on page {n} of the second volume lists {q} barrels of ale. ",
    "See note {n} below; the figures for {y} are in table {q}, columns {q} to {n}. ",
    "In {y} the mill was rebuilt at a cost of {q} pounds (see chapter {n}). ",
    "The vestry sat in the old hall with {q} men, as in {y}. ",
)

# Dates whose reading depends on tokens a part might cut: multi-word labels, brackets, weekdays.
DATES = [
    "Dmitri Mendeléyev nació el 8 de febrero de 1834 (27 de enero según el calendario juliano) en Tobolsk.",
    "Bach werd geboren op 21 maart 1685 (31 maart volgens de gregoriaanse kalender).",
    "Dmitri Mendeleïev, né le 8 février 1834 (27 janvier 1834 dans le calendrier julien) à Tobolsk.",
    "On Sunday, 25 October (O.S.; 7 November N.S.) 1917 the vestry met.",
    "Lenin: 25 October 1917 O.S.",
    "Tolstoy died on 7/21 November 1910 at Astapovo.",
    "Poltava, 27.VI (8.VII) 1709.",
    "Born December 25 (6), 1700.",
    "The register has 8(19).11.1711 and 25.10(7.11).1917 on one page.",
    "Boston, March 24th, 1745/6.",
]


def _filler(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        template = rng.choice(_FILLER)
        parts.append(template.format(n=rng.randint(1, 400), q=rng.randint(2, 90), y=rng.randint(1500, 1900)))
    return "".join(parts)


def _read_whole(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Mention]:
    """scan with the part-by-part reading turned off."""
    with monkeypatch.context() as patch:
        patch.setattr(scanning, "_quick_readings", lambda *_: None)
        return scan(text)


def _key(mentions: list[Mention]) -> list[tuple[object, ...]]:
    return [(m.start, m.end, m.style, m.julian, m.gregorian, m.markers, m.weekday) for m in mentions]


@pytest.mark.parametrize("seed", range(12))
def test_parts_read_what_the_whole_stretch_reads(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    pieces = []
    for date in rng.sample(DATES, 4):
        pieces += [_filler(rng, rng.randint(300, 1200)), date, " "]
    text = "".join([*pieces, _filler(rng, 400)])
    found = scan(text)
    assert found, "every text here holds dates"
    assert _key(found) == _key(_read_whole(text, monkeypatch))


def test_a_label_at_the_edge_of_a_part_is_read_whole() -> None:
    text = _filler(random.Random(1), 900) + DATES[1] + " " + _filler(random.Random(2), 900)
    (mention,) = [m for m in scan(text) if m.dual]
    assert [marker.text for marker in mention.markers] == ["volgens de gregoriaanse kalender"]


@given(st.text(alphabet="ab 0123456789.()-/OSNJulianvolgensdegrkt", max_size=120), st.integers(0, 120))
def test_safe_stop_splits_no_token(text: str, start: int) -> None:
    stop = safe_stop(text, min(start, len(text)), len(text))
    assert tokenize(text, 0, stop) + tokenize(text, stop) == tokenize(text)


@pytest.mark.parametrize("text", [date + " and more words after it here" for date in DATES])
def test_safe_stop_on_dates(text: str) -> None:
    for start in range(len(text)):
        stop = safe_stop(text, start, len(text))
        assert tokenize(text, 0, stop) + tokenize(text, stop) == tokenize(text)


@pytest.mark.parametrize("suffix", ["st", "nd", "rd", "th", "er", "º", "°"])
def test_every_number_suffix_the_tokenizer_allows_is_read(suffix: str) -> None:
    """A day with any suffix the number token allows starts a reading ("1° gennaio") and
    never crashes the cheap may-it-be-a-day test that runs before the grammar."""
    text = f"Nel registro: 1{suffix} gennaio 1700 (O.S.) e poi 12 gennaio 1700 (N.S.); pagina 1{suffix} 300."
    mentions = scan(text)
    assert mentions, text
    assert all(m.julian is None or m.julian.year == 1700 for m in mentions)


@pytest.mark.parametrize("gap", range(0, 48, 3))
def test_a_window_edge_never_cuts_a_label_in_two(gap: int) -> None:
    """Wherever the first stretch around a day ends, a label of several words after it is read
    whole ("de acordo com o calendário juliano"), so the date is found with its calendar."""
    filler = " ".join(["palavra"] * (gap // 8 + 1))[: gap + 1].strip() or "x"
    text = f"Em 2019 a festa cai em 15 de abril ({filler} de acordo com o calendário juliano)."
    mentions = scan(text)
    assert [(m.julian, m.style) for m in mentions] == [(JulianDate(2019, 4, 15), "marked")], text


@given(st.text(alphabet="()[] a", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_unclosed_is_a_walk_over_every_bracket(text: str, one: int, other: int) -> None:
    """Counting from the first opening bracket gives the depth a walk over all of them gives."""
    start, end = sorted((min(one, len(text)), min(other, len(text))))
    depth = 0
    for char in text[start:end]:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
    assert scanning._unclosed(text, start, end) == (depth > 0)


@pytest.mark.parametrize("seed", range(6))
def test_a_part_ends_where_no_label_runs_on(seed: int) -> None:
    """Every part but the stretch's last ends where safe_stop let it, so no label runs across its
    end: its window need not look for one (as a whole stretch's window does)."""
    rng = random.Random(seed)
    text = "".join(_filler(rng, rng.randint(200, 600)) + date + " " for date in rng.sample(DATES, 5))
    hints = scanning._Hints(text)
    checked = 0
    for start, end in [(0, len(text)), (len(text) // 3, len(text))]:
        for _, last in scanning._quick_parts(text, hints, start, end):
            assert last == end or past_label(text, last) == last
            checked += last < end
    assert checked
