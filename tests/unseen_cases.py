"""The one test every unseen-style snippet file runs: each snippet is read as its writer meant."""

from __future__ import annotations

from collections.abc import Iterable

from oldstyle import check, scan


def snippet_cases(right: Iterable[str], wrong: Iterable[str], quiet: Iterable[str]) -> list[tuple[str, str]]:
    """(text, kind) for each snippet: a right pair, a wrong pair, or quiet text."""
    return [
        *((text, "right") for text in right),
        *((text, "wrong") for text in wrong),
        *((text, "quiet") for text in quiet),
    ]


def assert_read_as_meant(text: str, kind: str) -> None:
    """A right pair is found and not flagged, a wrong pair is flagged, quiet text raises nothing."""
    problems = check(text)
    if kind == "right":
        assert scan(text), text
    assert bool(problems) == (kind == "wrong"), (text, [p.message for p in problems])
