"""Every public function of ``oldstyle`` on garbage: it returns, or raises an ``OldstyleError``.

Arguments are drawn per parameter kind: numbers (small, huge, negative, ``bool``,
``float``, ``str``, ``None``), text (random, the shapes of issue 11, names the
library knows, and non-strings) and dates.  Calls always have the right number
of arguments, so a ``TypeError`` is a fault too: a wrong type must be an
``InvalidDateError`` (or another error of the family).

Faults found here in modules this file does not own are pinned one by one in
``xfail(strict=True)`` tests at the end, and skipped by :func:`known_fault` in
the sweep, so that the sweep stays green and finds anything new.  Whoever fixes
one deletes its entry in ``KNOWN_FAULTS`` and its ``xfail`` mark.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oldstyle
from oldstyle import GregorianDate, JulianDate, OldstyleError

HUGE = 10**5000  # more digits than int-to-str conversion allows (4300)

NUMBERS = st.one_of(
    st.integers(-3000, 3000),
    st.integers(),
    st.sampled_from([0, 13, 29, 30, 32, -4713, 10**7, -(10**7), 10**18, 2**63, HUGE, -HUGE]),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1917", "²", "", " 10"]),
    st.none(),
)

SHAPES = [
    "25.13.1917 O.S.",
    "1917-13-25 N.S.",
    "1917-10-25 O.S. (1917-13-07 N.S.)",
    "25.00.1917 O.S.",
    "21 March 1731/32 (5 April 1732)",
    "25 March 1731/32 (5 April 1732)",
    "Friday, 27 July [O.S. 26 July] 159",
    "Sonntag, 25. Oktober 1917 (a. St.)",
    "30 February 1712 (S.S.)",
    ":os[1917-10-25 onmouseover=alert(1) x]",
    "<img alt=':os[onerror=alert(1) ]'>",
    "\\:os[1917-10-25]",
    "25 October (O.S.; 7 November N.S.) " + "9" * 5000,
    "\ufeff25 October 1917 O.S.\x0c\u2028",
    "²⁵ October 1917 O.S.",
    "x" * 256,
]
NAMES = [
    "julian",
    "gregorian",
    "os",
    "ns",
    "first",
    "second",
    "lady_day",
    "os-ns",
    "bracket",
    "GB",
    "RU",
    "en",
]
TEXTS = st.one_of(
    st.text(max_size=60),
    st.sampled_from(SHAPES),
    st.sampled_from(NAMES),
    st.lists(st.sampled_from([*SHAPES, *NAMES, " ", "\n", "(", ")", "/", "O.S.", "N.S."]), max_size=6).map(
        " ".join
    ),
    st.integers(-5, 5),
    st.none(),
    st.binary(max_size=5),
)
DATES = st.one_of(
    st.builds(JulianDate.fromordinal, st.integers(-(10**6), 10**7)),
    st.builds(GregorianDate.fromordinal, st.integers(-(10**6), 10**7)),
    st.dates(),
    NUMBERS,
    TEXTS,
)

# Each public function, with a strategy per positional argument and for its keywords.
N, T = NUMBERS, TEXTS
CALLS: dict[
    str, tuple[Callable[..., Any], list[st.SearchStrategy[Any]], dict[str, st.SearchStrategy[Any]]]
] = {
    "calendar_name": (oldstyle.calendar_name, [T], {}),
    "check": (oldstyle.check, [T], {"trust": T}),
    "days_in_month": (oldstyle.days_in_month, [N, N, T], {}),
    "days_in_year": (oldstyle.days_in_year, [N, T], {}),
    "dual_year_text": (oldstyle.dual_year_text, [N, N, N, T], {}),
    "fix": (oldstyle.fix, [T], {"trust": T}),
    "format_dual": (
        oldstyle.format_dual,
        [DATES, T],
        {"calendar": st.one_of(st.none(), T), "year_start": st.one_of(st.none(), T), "language": T},
    ),
    "format_iso": (oldstyle.format_iso, [N, N, N], {}),
    "gregorian_to_julian": (oldstyle.gregorian_to_julian, [N, N, N], {}),
    "gregorian_to_ordinal": (oldstyle.gregorian_to_ordinal, [N, N, N], {}),
    "historical_year": (oldstyle.historical_year, [N, N, N, T], {}),
    "is_leap": (oldstyle.is_leap, [N, T], {}),
    "is_valid": (oldstyle.is_valid, [N, N, N, T], {}),
    "january_year": (oldstyle.january_year, [N, N, N, T], {}),
    "january_years": (oldstyle.january_years, [N, N, N, T], {}),
    "julian_to_gregorian": (oldstyle.julian_to_gregorian, [N, N, N], {}),
    "julian_to_ordinal": (oldstyle.julian_to_ordinal, [N, N, N], {}),
    "offset": (oldstyle.offset, [N, N, N, T], {}),
    "ordinal_to_gregorian": (oldstyle.ordinal_to_gregorian, [N], {}),
    "ordinal_to_julian": (oldstyle.ordinal_to_julian, [N], {}),
    "parse": (oldstyle.parse, [T], {}),
    "parse_dual_year": (oldstyle.parse_dual_year, [T], {}),
    "region": (oldstyle.region, [T], {}),
    "regions": (oldstyle.regions, [], {}),
    "scan": (oldstyle.scan, [T], {}),
    "validate": (oldstyle.validate, [N, N, N, T], {}),
    "easter": (oldstyle.easter, [N], {"computus": st.one_of(st.none(), T)}),
    "feast": (oldstyle.feast, [T, N], {"region": st.one_of(st.none(), T)}),
    "feasts": (oldstyle.feasts, [N], {"region": st.one_of(st.none(), T)}),
    "JulianDate": (JulianDate, [N, N, N], {}),
    "GregorianDate": (GregorianDate, [N, N, N], {}),
    "JulianDate.fromordinal": (JulianDate.fromordinal, [N], {}),
    "GregorianDate.fromordinal": (GregorianDate.fromordinal, [N], {}),
    "JulianDate.fromisoformat": (JulianDate.fromisoformat, [T], {}),
    "JulianDate.from_gregorian": (JulianDate.from_gregorian, [st.one_of(DATES, st.tuples(N, N))], {}),
    "GregorianDate.from_julian": (GregorianDate.from_julian, [st.one_of(DATES, st.tuples(N, N))], {}),
}


def test_every_public_function_is_swept() -> None:
    functions = {name for name in oldstyle.__all__ if callable(getattr(oldstyle, name))}
    exceptions = {name for name in functions if isinstance(getattr(oldstyle, name), type)}
    exceptions = {name for name in exceptions if issubclass(getattr(oldstyle, name), BaseException)}
    records = {
        "Mention",
        "ParsedDate",
        "Problem",
        "Region",
        "Calendar",
        "Feast",
        "FeastDay",
    }  # results, not entry points
    assert functions - exceptions - records <= set(CALLS)


# (function names, exception type, predicate on the arguments): faults owned elsewhere, pinned below.
KNOWN_FAULTS: list[tuple[frozenset[str], type[BaseException], Callable[[tuple[Any, ...]], bool]]] = []


def known_fault(name: str, args: tuple[Any, ...], error: BaseException) -> bool:
    """Whether ``error`` is one of the faults pinned by the xfail tests below."""
    return any(
        name in names and type(error) is kind and applies(args) for names, kind, applies in KNOWN_FAULTS
    )


@pytest.mark.parametrize("name", list(CALLS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_public_functions_raise_only_the_library_errors(name: str, data: st.DataObject) -> None:
    function, positional, keywords = CALLS[name]
    args = tuple(data.draw(strategy) for strategy in positional)
    kwargs = {key: data.draw(strategy) for key, strategy in keywords.items() if data.draw(st.booleans())}
    try:
        function(*args, **kwargs)
    except OldstyleError:
        pass
    except Exception as error:
        if not known_fault(name, (*args, *kwargs.values()), error):
            raise


# --- faults found by the sweep in modules owned elsewhere: fixed there, then unmarked here ----------


def _family(call: Callable[[], object]) -> None:
    """Run ``call``; anything but a return or an OldstyleError fails the test."""
    with contextlib.suppress(OldstyleError):
        call()


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("julian_to_gregorian", (HUGE, 10, 0)),
        ("is_valid", (HUGE, 10, 0)),
        ("validate", (HUGE, 10, 0)),
        ("offset", (HUGE, 10, 0)),
        ("JulianDate", (HUGE, 10, 0)),
        ("historical_year", (HUGE, 13, 25)),
        ("dual_year_text", (HUGE, 1, 25)),
    ],
)
def test_a_year_over_4300_digits_is_an_invalid_date(name: str, args: tuple[int, int, int]) -> None:
    function = CALLS[name][0]
    _family(lambda: function(*args))


def test_is_valid_never_raises_on_a_huge_year() -> None:
    assert oldstyle.is_valid(HUGE, 13, 1) is False


@pytest.mark.parametrize("args", [(1917, 13, 45), (True, False, 1), (None, 10, 25), (1917, 1.5, 25)])
def test_format_iso_refuses_what_is_not_a_date(args: tuple[Any, ...]) -> None:
    with pytest.raises(OldstyleError):
        oldstyle.format_iso(*args)


@pytest.mark.parametrize("text", SHAPES[:3])
def test_month_13_in_a_marked_date_is_reported_not_raised(text: str) -> None:
    _family(lambda: oldstyle.check(text))


def test_month_0_is_not_named_december() -> None:
    messages = " ".join(p.message for p in oldstyle.check("25.00.1917 O.S."))
    assert "December" not in messages


def test_from_gregorian_refuses_a_short_tuple() -> None:
    with pytest.raises(OldstyleError):
        JulianDate.from_gregorian((1917, 11))  # type: ignore[arg-type]


def test_a_far_date_minus_a_date_is_a_number_or_a_library_error() -> None:
    _family(lambda: JulianDate(10**7, 1, 1) - date(1, 1, 1))


@pytest.mark.parametrize(
    "function", [oldstyle.historical_year, oldstyle.dual_year_text, oldstyle.january_year]
)
def test_the_year_start_functions_refuse_day_0(function: Callable[..., object]) -> None:
    with pytest.raises(OldstyleError):
        function(1917, 10, 0)
