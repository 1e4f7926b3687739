"""The Markdown extension: markers render as dual dates; bad markers render as visible errors."""

from __future__ import annotations

import logging
import re

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle.errors import OldstyleError
from oldstyle.markdown_ext import (
    MarkerOptions,
    OldstyleExtension,
    makeExtension,
    marker_day,
    parse_attributes,
)
from oldstyle.markup import MARKER_RE
from oldstyle.parsing import parse

OCTOBER_REVOLUTION = "25 October (O.S.; 7 November N.S.) 1917"


def render(text: str, **config: str) -> str:
    return markdown.markdown(text, extensions=["oldstyle"], extension_configs={"oldstyle": config})


def render_collecting(text: str) -> tuple[str, list[tuple[str, str]]]:
    reports: list[tuple[str, str]] = []
    html = markdown.markdown(
        text, extensions=[OldstyleExtension(reporter=lambda m, r: reports.append((m, r)))]
    )
    return html, reports


def time_element(html: str) -> str:
    match = re.search(r"<time [^>]*>[^<]*</time>", html)
    assert match is not None, html
    return match.group(0)


def attributes(element: str) -> dict[str, str]:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', element.split(">", 1)[0]))


def test_os_marker_renders_the_default_dual_date_with_machine_readable_attributes() -> None:
    html = render("Stormed on :os[1917-10-25].")
    assert html.startswith("<p>Stormed on <time ")
    assert html.endswith(f">{OCTOBER_REVOLUTION}</time>.</p>")
    assert attributes(time_element(html)) == {
        "class": "oldstyle",
        "datetime": "1917-11-07",
        "data-julian": "1917-10-25",
        "data-gregorian": "1917-11-07",
        "title": "Gregorian (New Style): 1917-11-07",
    }


def test_ns_marker_names_the_same_day_from_the_other_side() -> None:
    element = time_element(render(":ns[1917-11-07]"))
    assert OCTOBER_REVOLUTION in element
    assert 'datetime="1917-11-07"' in element
    assert 'data-julian="1917-10-25"' in element
    assert 'title="Julian (Old Style): 1917-10-25"' in element


def test_module_path_and_make_extension_work_like_the_entry_point_name() -> None:
    by_path = markdown.markdown(":os[1917-10-25]", extensions=["oldstyle.markdown_ext"])
    assert by_path == render(":os[1917-10-25]")
    assert isinstance(makeExtension(style="iso"), OldstyleExtension)


@pytest.mark.parametrize(
    ("marker", "visible"),
    [
        (":os[1917-10-25]{style=bracket}", "7 November [O.S. 25 October] 1917"),
        (":os[1917-10-25]{style=iso}", "1917-10-25 O.S. (1917-11-07 N.S.)"),
        (":os[1917-10-25]{style='us'}", "October 25 (O.S.; November 7 N.S.), 1917"),
        (":os[1752-09-02]{style=bracket region=GB}", "13 September [O.S. 2 September] 1752"),
        (":os[1642-12-25]", "25 December 1642 (O.S.; 4 January 1643 N.S.)"),
        (":os[25 October 1917]", OCTOBER_REVOLUTION),
        (":os[25 October 1917 O.S.]", OCTOBER_REVOLUTION),
        (":ns[7 November 1917]", OCTOBER_REVOLUTION),
        (":os[1917-10-25]{weekday=yes}", f"Wednesday, {OCTOBER_REVOLUTION}"),
        (":os[1917-10-25]{weekday=no}", OCTOBER_REVOLUTION),
        (":ns[1918-02-14]{weekday=true lang=ru}", "четверг, 1 февраля (ст. ст.; 14 февраля н. ст.) 1918"),
        (":os[Wednesday, 25 October 1917]", OCTOBER_REVOLUTION),
    ],
)
def test_markers_with_attributes_and_prose(marker: str, visible: str) -> None:
    assert f">{visible}</time>" in render(marker)


def test_region_gives_the_dual_year_of_a_lady_day_year_start() -> None:
    element = time_element(render(":os[1732-02-11]{region=GB}"))
    assert "1731/32" in element
    assert 'data-gregorian="1732-02-22"' in element


def test_extension_config_sets_the_default_style() -> None:
    assert ">7 November [O.S. 25 October] 1917</time>" in render(":os[1917-10-25]", style="bracket")


def test_bc_dates_have_no_datetime_attribute_but_keep_the_data_attributes() -> None:
    element = time_element(render(":os[15 March 44 BC]"))
    assert "datetime=" not in element
    assert 'data-julian="-0043-03-15"' in element
    assert 'data-gregorian="-0043-03-13"' in element
    assert "44 BC" in element


def test_markers_in_code_and_escaped_markers_stay_literal() -> None:
    assert "<code>:os[1917-10-25]</code>" in render("`:os[1917-10-25]`")
    assert "<time" not in render(r":os\[1917-10-25]")
    assert "<time" not in render("```\n:os[1917-10-25]\n```")


def test_marker_text_is_not_reprocessed_as_markdown() -> None:
    # The bracket style's "[O.S. ...]" must not become a link or reference.
    html = render(":os[1917-10-25]{style=bracket}\n\n[O.S. 25 October]: https://example.org")
    assert "<a " not in html


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        (":os[]", "empty marker"),
        (":os[   ]", "empty marker"),
        (":os[1917-02-30]", "1917-02-30"),
        (":os[banana]", "banana"),
        (":os[1917-10-25]{style=nope}", "nope"),
        (":os[1917-10-25]{colour=red}", "colour=red"),
        (":os[1917-10-25]{style}", "style"),
        (":os[1917-10-25]{region=XX}", "XX"),
        (":os[1917-10-25]{style='os-ns}", "attributes"),
        (":os[1917-10-25]{lang=xx}", "xx"),
        (":os[7 November 1917 N.S.]", ":ns"),
        (":os[1917", "unclosed marker"),
        (":os[1917-10-25]{style=bracket", "unclosed attributes"),
        (":ns[1900-02-29]", "1900"),
        (":os[1917-10-25]{weekday=maybe}", "weekday=yes or weekday=no"),
        (":os[Sunday, 25 October 1917]", "was a Wednesday as O.S. and a Thursday as N.S., not a Sunday"),
        (":os[Thursday, 25 October 1917]", "that day was a Wednesday, not a Thursday"),  # right only as N.S.
    ],
)
def test_bad_markers_render_a_visible_error_and_are_reported(marker: str, reason: str) -> None:
    html, reports = render_collecting(f"Before {marker} after.")
    assert '<span class="oldstyle-error" title="' in html
    assert "<time" not in html
    assert len(reports) == 1
    reported_marker, why = reports[0]
    assert reported_marker.startswith(marker)
    assert reason in why
    assert "after." in html


def test_unclosed_markers_mark_only_the_opening_and_keep_the_rest_as_text() -> None:
    html, _ = render_collecting("An :os[1917 *emphasis* here")
    assert '">:os[</span>1917 <em>emphasis</em> here' in html
    html, _ = render_collecting(":os[1917-10-25]{style=os-ns *still*")
    assert '">:os[1917-10-25]{</span>style=os-ns <em>still</em>' in html


def test_bad_marker_without_a_reporter_logs_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="oldstyle.markdown_ext"):
        html = render(":os[banana]")
    assert "oldstyle-error" in html
    assert any("banana" in record.getMessage() for record in caplog.records)


def test_error_title_is_escaped() -> None:
    html, _ = render_collecting(":os[&lt;script&gt; \"'&]")
    assert "<script>" not in html
    assert 'title="&#x27;&amp;lt;script&amp;gt; &quot;' in html
    assert "'" not in html  # quotes are escaped in text too: inert even inside a raw attribute
    assert ">:os[&amp;lt;script&amp;gt; &quot;&#x27;&amp;]</span>" in html


def test_html_inside_a_marker_is_left_to_markdown_and_named_as_the_problem() -> None:
    # Raw HTML is the writer's (Markdown passes it through without us too); we add no script.
    html, reports = render_collecting(':os["<script>"]')
    assert html.count("<script>") == markdown.markdown(':os["<script>"]').count("<script>")
    assert '<span class="oldstyle-error" title="a marker holds plain text only' in html
    assert reports == [(':os["\N{HORIZONTAL ELLIPSIS}"]', reports[0][1])]


def test_bad_extension_config_is_an_error_at_setup() -> None:
    with pytest.raises(OldstyleError, match="nope"):
        markdown.Markdown(extensions=["oldstyle"], extension_configs={"oldstyle": {"style": "nope"}})
    with pytest.raises(OldstyleError):
        markdown.Markdown(extensions=["oldstyle"], extension_configs={"oldstyle": {"region": "Atlantis"}})


def test_parse_attributes_overrides_only_what_it_names() -> None:
    options = parse_attributes('style="slash" lang=en', MarkerOptions(region="GB"))
    assert options == MarkerOptions(style="slash", region="GB", language="en")


def test_huge_and_adversarial_input_renders() -> None:
    # (Deeply nested brackets are quadratic in Python-Markdown's link reader, which
    # runs before markers: 300 of them, not 20,000, keep this test quick.)
    texts = [
        ":os[" * 300,
        ":os[" + "9" * 500_000,
        ":os[1917-10-25]{" + "{" * 100_000,
        (":os[1917-10-25]" * 2_000),
    ]
    # The marker pattern's linearity is checked by its structure (test_regex_safety);
    # a blow-up here would show as a suite that never ends, not as a flaky timing.
    for text in texts:
        html, _ = render_collecting(text)
        assert html.startswith("<p>")


def test_marker_pattern_bounds_the_body() -> None:
    match = MARKER_RE.search(":os[" + "1" * 1000 + "]")
    assert match is not None
    assert match.group(3) is None  # too long: treated as unclosed, and reported


@given(st.text(max_size=60), st.sampled_from(["os", "ns"]), st.one_of(st.none(), st.text(max_size=30)))
def test_any_marker_body_renders_without_raising(body: str, calendar: str, attributes: str | None) -> None:
    marker = f":{calendar}[{body}]" + (f"{{{attributes}}}" if attributes is not None else "")
    html, reports = render_collecting(marker)
    assert isinstance(html, str)
    assert all(isinstance(reason, str) and reason for _, reason in reports)


@given(
    st.sampled_from(["os", "ns"]),
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.sampled_from(["", " ", "\t"]),
)
def test_iso_bodies_read_as_the_full_reader_reads_them(
    calendar: str, year: int, month: int, day: int, pad: str
) -> None:
    body = f"{pad}{year:04d}-{month:02d}-{day:02d}{pad}"
    meant = "julian" if calendar == "os" else "gregorian"
    try:
        expected = parse(body).day(meant)
    except OldstyleError:
        with pytest.raises(OldstyleError):
            marker_day(calendar, body)
        return
    assert marker_day(calendar, body) == expected


def test_options_are_checked_once_and_again_after_a_change() -> None:
    extension = OldstyleExtension()
    assert extension.options() is extension.options()
    extension.setConfig("style", "bracket")
    assert extension.options().style == "bracket"
    extension.setConfig("style", "nope")
    with pytest.raises(OldstyleError, match="nope"):
        extension.options()


def test_a_repeated_marker_renders_and_reports_every_time() -> None:
    html, reports = render_collecting(":os[banana] :os[banana] :os[1917-10-25] :os[1917-10-25]")
    assert len(reports) == 2
    assert html.count('class="oldstyle-error"') == 2
    assert html.count(f">{OCTOBER_REVOLUTION}</time>") == 2
