"""scan and check pause the cyclic garbage collector while they read, and leave it as they found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
import test_unseen_round6
import test_unseen_round6_intl
import test_unseen_round7
import test_unseen_round7_intl
import test_unseen_round8
import test_unseen_round9
import test_unseen_round9_intl
from test_scan_parts import DATES

from oldstyle import check, checking, fix, scanning
from oldstyle.scanning import collector_paused, scan


def _real_snippets() -> Iterator[str]:
    for module in (
        test_unseen_round6,
        test_unseen_round6_intl,
        test_unseen_round7,
        test_unseen_round7_intl,
        test_unseen_round8,
        test_unseen_round9,
        test_unseen_round9_intl,
    ):
        for name in ("RIGHT_PAIRS", "WRONG_PAIRS", "QUIET"):
            yield from getattr(module, name, ())


TEXT = "\n\n".join([*_real_snippets(), *DATES])


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_scan_leaves_the_collector_on_and_pauses_it_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    read = scanning._mentions

    def watched(text: str) -> Iterator[scanning.Mention]:
        seen.append(gc.isenabled())
        yield from read(text)

    monkeypatch.setattr(scanning, "_mentions", watched)
    assert scan("Lenin: 25 October (O.S.; 7 November N.S.) 1917.")
    assert seen == [False]
    assert gc.isenabled()


def test_scan_leaves_a_paused_collector_paused() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        assert scan("Lenin: 25 October (O.S.; 7 November N.S.) 1917.")
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_scan_restores_the_collector_when_reading_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> Iterator[scanning.Mention]:
        raise RuntimeError("broken reader")
        yield  # pragma: no cover - makes this a generator, as _mentions is

    monkeypatch.setattr(scanning, "_mentions", broken)
    with pytest.raises(RuntimeError, match="broken reader"):
        scan("25 October (O.S.; 7 November N.S.) 1917")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_garbage_input_leaves_the_collector_on() -> None:
    with pytest.raises(ValueError, match="scan needs text"):
        scan(b"25 October 1917")  # type: ignore[arg-type]
    assert gc.isenabled()


def test_reading_real_text_makes_no_reference_cycles() -> None:
    """The pause is safe only because reading leaves no cyclic garbage for a collection to free."""
    assert len(TEXT) > 100_000
    scan(TEXT)  # tables and caches built before counting
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        mentions = scan(TEXT)
        problems = check(TEXT)
        fixed, _ = fix(TEXT)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()
    assert len(mentions) > 500
    assert problems
    assert fixed != TEXT


@pytest.mark.usefixtures("collector_on")
def test_check_keeps_the_collector_paused_while_it_makes_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    make = checking._problem

    def watched(mention: scanning.Mention, side: str) -> checking.Problem | None:
        seen.append(gc.isenabled())
        return make(mention, side)

    monkeypatch.setattr(checking, "_problem", watched)
    problems = check("Lenin: 25 October (O.S.; 8 November N.S.) 1917.")
    assert [p.kind for p in problems] == ["inconsistent"]
    assert seen == [False]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_collector_paused_nests_and_restores_after_an_error() -> None:
    inside: list[bool] = []

    def nested() -> None:
        with collector_paused():
            with collector_paused():
                inside.append(gc.isenabled())
            inside.append(gc.isenabled())  # the inner block found it paused and left it so
            raise KeyError("inside")

    with pytest.raises(KeyError, match="inside"):
        nested()
    assert inside == [False, False]
    assert gc.isenabled()
