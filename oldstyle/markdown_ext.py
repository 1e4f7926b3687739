"""Python-Markdown extension: render ``:os[...]``, ``:ns[...]`` and ``:feast[...]`` markers as dual dates.

Enable it by name (``markdown.markdown(text, extensions=["oldstyle"])``) or by
module path (``extensions=["oldstyle.markdown_ext"]``).  A marker names one day
from one side of the reform::

    :os[1917-10-25]                      -> 25 October (O.S.; 7 November N.S.) 1917
    :ns[1917-11-07]                      -> the same day, given from the N.S. side
    :os[25 October 1917]                 -> prose dates work inside the brackets
    :os[1731-02-11]{style=slash region=GB}
    :feast[Michaelmas 1666]{region=GB}   -> 29 September (O.S.; 9 October N.S.) 1666

and renders as ``<time class="oldstyle" datetime="1917-11-07" data-julian="1917-10-25"
data-gregorian="1917-11-07" title="...">``.  The ``datetime`` attribute is written
only for Gregorian years 1-9999: HTML's date strings cannot hold BC years and we
keep to the four-digit years every reader understands; the ``data-*`` attributes
are always present (ISO 8601 with astronomical years, ``-0043-03-15`` for 44 BC).

A marker that cannot be read never stops the conversion: it renders as
``<span class="oldstyle-error" title="why">`` around the marker text and is
reported as a warning (to the ``oldstyle.markdown_ext`` logger, or to the
``reporter`` given to :class:`OldstyleExtension`).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import ETX, STX, AtomicString

from oldstyle.choices import lookup
from oldstyle.core import read_iso
from oldstyle.errors import OldstyleError
from oldstyle.markup import MARKER_PATTERN, MAX_MARKER_BODY

if TYPE_CHECKING:
    from oldstyle.dates import JulianDate
    from oldstyle.yearstart import YearStartStyle

# The date and text layers (dates, formatting, parsing, reforms) are imported
# where a marker is first rendered, not here: a documentation build loads this
# module for every site, and most pages hold no marker.

__all__ = [
    "MarkerOptions",
    "OldstyleExtension",
    "OldstyleInlineProcessor",
    "Reporter",
    "element_html",
    "error_element",
    "makeExtension",
    "marker_day",
    "parse_attributes",
    "render_marker",
]

log = logging.getLogger(__name__)

Reporter = Callable[[str, str], None]
"""Called with (marker text, reason) for every marker that could not be rendered."""

_CALENDARS = {"os": "julian", "ns": "gregorian"}
_ATTRIBUTE_ALIASES = {
    "style": "style",
    "region": "region",
    "lang": "language",
    "language": "language",
    "weekday": "weekday",
}
_FLAGS = {
    "yes": True,
    "true": True,
    "on": True,
    "1": True,
    "no": False,
    "false": False,
    "off": False,
    "0": False,
}


@dataclass(frozen=True)
class MarkerOptions:
    """How a marker renders: format style, region (for the year start), language, and weekday or not."""

    style: str = "os-ns"
    region: str = ""
    language: str = "en"
    weekday: bool = False

    def validated(self) -> MarkerOptions:
        """These options, after checking each one; raises :class:`OldstyleError` naming a bad one."""
        return _validated(self)


@cache  # options are few and frozen; a build checks the same ones for every page and marker
def _validated(options: MarkerOptions) -> MarkerOptions:
    from oldstyle.dates import JulianDate
    from oldstyle.formatting import format_dual
    from oldstyle.names import language as find_language

    format_dual(JulianDate(1917, 10, 25), options.style, language=options.language)
    find_language(options.language)
    if options.region:
        _year_start_of(options.region, JulianDate(1917, 10, 25))  # raises for an unknown region
    return options


def parse_attributes(text: str, defaults: MarkerOptions) -> MarkerOptions:
    """Read ``style=bracket region=GB lang=ru weekday=yes`` over ``defaults``.

    Values may be quoted (``style="os-ns"``).  Raises :class:`OldstyleError`
    for a token that is not ``key=value``, a key that is not one of
    ``style``, ``region``, ``lang``/``language``, ``weekday``, or a weekday
    value that is not yes/no.
    """
    import shlex  # only for a marker with attributes

    try:
        tokens = shlex.split(text)
    except ValueError as error:
        raise OldstyleError(f"cannot read attributes {{{text}}}: {error}") from None
    texts: dict[str, str] = {}
    weekday = defaults.weekday
    for token in tokens:
        key, equals, value = token.partition("=")
        field = _ATTRIBUTE_ALIASES.get(key.strip().lower())
        if not equals or field is None:
            known = ", ".join(sorted(_ATTRIBUTE_ALIASES))
            raise OldstyleError(
                f"attribute {token!r} is not understood: write key=value with key one of {known}"
            )
        if field == "weekday":
            weekday = _flag(value)
        else:
            texts[field] = value.strip()
    return replace(defaults, weekday=weekday, **texts).validated()


def _flag(value: str) -> bool:
    found = lookup(value, _FLAGS)
    if found is None:
        raise OldstyleError(f"weekday={value!r} is not understood: write weekday=yes or weekday=no")
    return found


def marker_day(calendar: str, body: str) -> JulianDate:
    """The day a marker names: ``calendar`` is ``"os"`` or ``"ns"``, ``body`` the bracket text.

    The body may be ISO (``1917-10-25``) or prose (``25 October 1917``,
    ``11 February 1731/32``).  Raises :class:`OldstyleError` if the body is
    empty, unreadable, not a real date, or names the other calendar.
    """
    meant = _CALENDARS[calendar]
    if not body.strip():
        raise OldstyleError(f"empty marker: write a date inside the brackets, e.g. :{calendar}[1917-10-25]")
    iso = _iso_day(calendar, body)
    if iso is not None:
        return iso
    from oldstyle.parsing import parse, weekday_mismatch

    parsed = parse(body)
    if parsed.julian is not None and parsed.gregorian is not None:
        if not parsed.consistent:
            raise OldstyleError(
                f"{body!r} is a dual date whose halves name different days; "
                f"write one date in the marker and let it render the other"
            )
        return parsed.julian
    if parsed.calendar is not None and parsed.calendar != meant:
        other = "ns" if calendar == "os" else "os"
        raise OldstyleError(
            f"the marker says :{calendar} but {body!r} is marked as the other calendar: "
            f"use :{other}[...] or drop the label inside the brackets"
        )
    # An unmarked date is a label in the marker's own calendar, and so is its weekday's day.
    day = parsed.day(meant)
    wrong_weekday = None if parsed.weekday is None else weekday_mismatch(parsed.weekday, day)
    if wrong_weekday is not None:
        raise OldstyleError(f"{body!r}: {wrong_weekday}")
    return day


def _iso_day(calendar: str, body: str) -> JulianDate | None:
    """The day of a plain four-digit ISO body (the common case), without the full reader.

    None for any other body, and for an ISO date that does not exist, so that
    :func:`oldstyle.parsing.parse` reads it and words the error.
    """
    text = body.strip(" \t")
    label = read_iso(text) if len(text) == 10 else None  # ten characters: an unsigned 4-digit year
    if label is None:
        return None
    from oldstyle.dates import GregorianDate, JulianDate

    year, month, day = label
    try:
        if calendar == "os":
            return JulianDate(year, month, day)
        return GregorianDate(year, month, day).to_julian()
    except OldstyleError:
        return None


def render_marker(calendar: str, body: str, attributes: str | None, defaults: MarkerOptions) -> Element:
    """The ``<time>`` element for one well-formed marker; raises :class:`OldstyleError` if it is bad.

    ``calendar`` is the marker's kind: ``"os"``, ``"ns"`` or ``"feast"``
    (``:feast[Michaelmas 1666]{region=GB}``: the feast's day as the region
    reckoned it, see :func:`oldstyle.feastviews.render_feast_marker`).
    """
    from oldstyle.formatting import format_dual

    options = parse_attributes(attributes, defaults) if attributes else defaults
    if calendar == "feast":
        return _feast_element(body, options)
    day = marker_day(calendar, body)
    year_start = _year_start_of(options.region, day) if options.region else None
    text = format_dual(
        day, options.style, year_start=year_start, language=options.language, weekday=options.weekday
    )
    return _time_element(calendar, day, text)


def _year_start_of(region: str, day: JulianDate) -> YearStartStyle:
    """The year-start convention ``region`` used on ``day``; raises for an unknown region.

    The region layer (the reform table) is imported here, only for a marker
    or an option that names a region: most sites name none.
    """
    from oldstyle.reforms import region as find_region

    return find_region(region).year_start(*day.to_tuple())


def _feast_element(body: str, options: MarkerOptions) -> Element:
    """The ``<time>`` element of a ``:feast[...]`` marker (its title gives the Gregorian day)."""
    from oldstyle.feastviews import render_feast_marker

    marker = render_feast_marker(
        body,
        region=options.region or None,
        style=options.style,
        language=options.language,
        weekday=options.weekday,
    )
    return _time_element("os", marker.day, marker.text)


def _time_element(calendar: str, day: JulianDate, text: str) -> Element:
    """``<time class="oldstyle">`` holding ``text``, with the day in both calendars as attributes."""
    gregorian = day.to_gregorian_date()
    julian_iso, gregorian_iso = day.isoformat(), gregorian.isoformat()  # each written once, used twice
    element = Element("time")
    element.set("class", "oldstyle")
    if 1 <= gregorian.year <= 9999:
        element.set("datetime", gregorian_iso)
    element.set("data-julian", julian_iso)
    element.set("data-gregorian", gregorian_iso)
    element.set("title", _other_calendar_title(calendar, julian_iso, gregorian_iso))
    element.text = AtomicString(text)
    return element


def _other_calendar_title(calendar: str, julian_iso: str, gregorian_iso: str) -> str:
    # The visible text holds both halves; the tooltip spells out the half the
    # writer did not type, with the calendar's full name.
    if calendar == "os":
        return f"Gregorian (New Style): {gregorian_iso}"
    return f"Julian (Old Style): {julian_iso}"


def error_element(marker: str, reason: str) -> Element:
    """The visible stand-in for a marker that could not be rendered."""
    element = Element("span")
    element.set("class", "oldstyle-error")
    element.set("title", reason)
    element.text = AtomicString(marker)
    return element


def element_html(element: Element) -> str:
    """``element`` (text only, no children) as HTML, every value escaped for its context.

    Quotes are escaped in text as well as in attribute values, so the HTML stays
    inert even where a writer's raw HTML around it leaves an attribute open.
    """
    attributes = "".join(f' {name}="{html.escape(value)}"' for name, value in element.items())
    return f"<{element.tag}{attributes}>{html.escape(element.text or '')}</{element.tag}>"


def _log_warning(marker: str, reason: str) -> None:
    log.warning("oldstyle: cannot render %s: %s", marker, reason)


class OldstyleInlineProcessor(InlineProcessor):
    """Replaces each marker with its ``<time>`` element, or an error ``<span>``.

    It runs after code spans, escapes, links, autolinks and raw HTML have been
    set aside, so a marker inside a tag, an attribute, a comment, a URL or code
    is left alone; ``\\:os[...]`` shows the marker as written, without the
    backslash.  The HTML it writes goes to Markdown's raw-HTML stash, escaped
    by :func:`element_html`.
    """

    def __init__(self, options: MarkerOptions, reporter: Reporter, md: Markdown | None = None) -> None:
        super().__init__(MARKER_PATTERN, md)
        self.options = options
        self.reporter = reporter

    def handleMatch(  # type: ignore[override]  # noqa: N802 - Python-Markdown's name; stubs' type is wider
        self, m: re.Match[str], data: str
    ) -> tuple[str, int, int]:
        """Render the marker in ``m`` (an error element if it is bad; never raises)."""
        calendar, body, closing, attributes, brace = m.groups()
        if _in_attribute_list(data, m.start(0)):
            return None, None, None  # type: ignore[return-value]  # Python-Markdown's "no match"
        if data[m.start(0) - 1 : m.start(0)] == "\\":
            # An escaped marker: its opening shown without the backslash, the rest as text.
            return self._html(html.escape(data[m.start(0) : m.start(2)])), m.start(0) - 1, m.start(2)
        if STX in m.group(0) or ETX in m.group(0):
            # Code, an escape or HTML inside the brackets: Markdown has set it aside
            # already, and its placeholder must not reach our text or attributes.
            reason = "a marker holds plain text only: no code, HTML or backslash escapes inside it"
            return self._failed(m, reason, m.start(2), data)
        if closing is None:
            reason = f"unclosed marker: add ']' after the date (at most {MAX_MARKER_BODY} characters)"
            return self._failed(m, reason, m.start(2), data)
        if attributes is not None and brace is None:
            return self._failed(m, "unclosed attributes: add '}' after them", m.start(4), data)
        rendered, reason = _rendered(calendar, body, attributes, self.options)
        if rendered is None:
            return self._failed(m, reason, m.end(0), data)
        return self._html(rendered), m.start(0), m.end(0)

    def _html(self, text: str) -> str:
        assert self.md is not None
        placeholder: str = self.md.htmlStash.store(text)
        return placeholder

    def _failed(self, m: re.Match[str], reason: str, end: int, data: str) -> tuple[str, int, int]:
        # Report everything the pattern matched (so it can be found in the
        # source), but mark only up to ``end``: text after an unclosed bracket
        # or brace is left to render as ordinary text.
        self.reporter(_readable(m.group(0)), reason)
        return self._html(element_html(error_element(data[m.start(0) : end], reason))), m.start(0), end


@lru_cache(maxsize=4096)  # a site repeats markers; rendering one is a pure function of these
def _rendered(
    calendar: str, body: str, attributes: str | None, options: MarkerOptions
) -> tuple[str | None, str]:
    """The HTML of a well-formed marker and "", or None and the reason it cannot be rendered."""
    try:
        return element_html(render_marker(calendar, body, attributes, options)), ""
    except OldstyleError as error:
        return None, str(error)
    except Exception as error:  # one bad date must never stop a whole documentation build
        return None, f"internal error ({type(error).__name__}: {error}); please report it"


_ATTRIBUTE_LIST_REACH = 2 * MAX_MARKER_BODY
_ATTRIBUTE_LIST = re.compile(r":?[ \t]*(?:[#.]|[\w-]+=)")  # how attr_list's "{: #id .class key=value}" opens


def _in_attribute_list(data: str, start: int) -> bool:
    """Whether ``data[start]`` is inside an open ``{...}`` on its line (attr_list's ``{: title="..."}``).

    Such text becomes an attribute after inline processing, where a rendered
    marker would be raw HTML inside a quoted value.  The look back is bounded,
    so that many markers in a long paragraph stay linear.
    """
    before = data[max(0, start - _ATTRIBUTE_LIST_REACH) : start]
    brace = before.rfind("{")
    inside = before[brace + 1 :]
    return brace >= 0 and "}" not in inside and "\n" not in inside and bool(_ATTRIBUTE_LIST.match(inside))


def _readable(text: str) -> str:
    """``text`` with Markdown's placeholders shown as an ellipsis, for a report."""
    return re.sub(f"{STX}[^{ETX}]*{ETX}", "\N{HORIZONTAL ELLIPSIS}", text)


class OldstyleExtension(Extension):
    """The ``oldstyle`` Markdown extension.

    Options: ``style`` (a :data:`oldstyle.formatting.STYLES` name, default
    ``"os-ns"``), ``region`` (a region code such as ``"GB"``, for the year
    start; default none), ``language`` (``"en"``), ``weekday`` (``False``:
    True writes the day of the week first).  Pass ``reporter=`` to receive
    each bad marker instead of the logger warning.
    """

    def __init__(self, reporter: Reporter | None = None, **kwargs: Any) -> None:
        self.config = {
            "style": ["os-ns", "Default dual-date style (see oldstyle.formatting.STYLES)"],
            "region": ["", "Region code whose year-start style applies (e.g. GB); empty for none"],
            "language": ["en", "Language of month names"],
            "weekday": [False, "Write the day of the week first"],
        }
        self.reporter: Reporter = reporter or _log_warning
        self._options: MarkerOptions | None = None
        super().__init__(**kwargs)

    def options(self) -> MarkerOptions:
        """The configured defaults, checked (raises :class:`OldstyleError` naming a bad option)."""
        if self._options is None:  # MkDocs extends a new Markdown instance for every page
            self._options = MarkerOptions(
                style=str(self.getConfig("style")),
                region=str(self.getConfig("region") or ""),
                language=str(self.getConfig("language")),
                weekday=bool(self.getConfig("weekday")),
            ).validated()
        return self._options

    def setConfig(self, key: str, value: Any) -> None:  # noqa: N802 - Python-Markdown's name
        """Set one option (and forget the checked options, so the next page checks them again)."""
        super().setConfig(key, value)
        self._options = None

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - the name Python-Markdown calls
        """Register the marker processor after raw HTML (90), before entities and emphasis."""
        processor = OldstyleInlineProcessor(self.options(), self.reporter, md)
        md.inlinePatterns.register(processor, "oldstyle", 85)


def makeExtension(**kwargs: Any) -> OldstyleExtension:  # noqa: N802 - the name Python-Markdown looks for
    """Build the extension (Python-Markdown calls this for ``extensions=["oldstyle.markdown_ext"]``)."""
    return OldstyleExtension(**kwargs)
