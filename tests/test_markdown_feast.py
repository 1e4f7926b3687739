"""The ``:feast[...]`` marker: a feast date rendered in the dual style (issue 16)."""

from __future__ import annotations

import re

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle.feastviews import render_feast_marker
from oldstyle.markdown_ext import OldstyleExtension
from oldstyle.markup import MARKER_RE, mask_markdown


def render(text: str, **config: str) -> str:
    return markdown.markdown(text, extensions=["oldstyle"], extension_configs={"oldstyle": config})


def render_collecting(text: str) -> tuple[str, list[tuple[str, str]]]:
    reports: list[tuple[str, str]] = []
    extension = OldstyleExtension(reporter=lambda marker, reason: reports.append((marker, reason)))
    return markdown.markdown(text, extensions=[extension]), reports


def test_a_feast_marker_renders_the_day_in_a_time_element() -> None:
    html = render(":feast[Michaelmas 1666]{region=GB}")
    assert html == (
        '<p><time class="oldstyle" datetime="1666-10-09" data-julian="1666-09-29" '
        'data-gregorian="1666-10-09" title="Gregorian (New Style): 1666-10-09">'
        "29 September (O.S.; 9 October N.S.) 1666</time></p>"
    )


@pytest.mark.parametrize(
    ("marker", "region", "style", "language", "weekday"),
    [
        (":feast[Michaelmas 1666]{region=GB}", "GB", "os-ns", "en", False),
        (":feast[Easter 1700]{region=FR style=bracket}", "FR", "bracket", "en", False),
        (":feast[Lady Day 1731/2]{region=GB lang=de weekday=yes}", "GB", "os-ns", "de", True),
        (":feast[the Monday after Easter 1381]", None, "os-ns", "en", False),
        (":feast[Old Michaelmas Day 1760]{style=slash}", None, "slash", "en", False),
    ],
)
def test_the_marker_options_reach_render_feast_marker(
    marker: str, region: str | None, style: str, language: str, weekday: bool
) -> None:
    body = marker.split("[", 1)[1].split("]", 1)[0]
    expected = render_feast_marker(body, region=region, style=style, language=language, weekday=weekday)
    html = render(marker)
    visible = re.search(r">([^<]*)</time>", html)
    assert visible is not None and visible.group(1) == expected.text.replace("'", "&#x27;")
    assert f'data-julian="{expected.day.isoformat()}"' in html


def test_the_extension_defaults_apply_to_feast_markers() -> None:
    html = render(":feast[Michaelmas 1666]", region="GB", style="bracket")
    assert ">9 October [O.S. 29 September] 1666</time>" in html


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        (":feast[Michelmas 1666]", "did you mean Michaelmas"),
        (":feast[]", "empty feast marker"),
        (":feast[   ]", "empty feast marker"),
        (":feast[Easter 100]", "326"),
        (":feast[Michaelmas]", "not a feast date"),
        (":feast[Michaelmas 1666]{region=Atlantis}", "unknown region"),
        (":feast[Michaelmas 1666]{colour=red}", "not understood"),
        (":feast[Michaelmas 1666]{weekday=perhaps}", "weekday"),
        (":feast[Michaelmas 1666", "unclosed marker"),
        (":feast[Michaelmas 1666]{region=GB", "unclosed attributes"),
        (":feast[" + "x" * 300 + "]", "unclosed marker"),
    ],
)
def test_a_bad_feast_marker_gives_the_error_span_and_a_warning(marker: str, reason: str) -> None:
    html, reports = render_collecting(marker)
    assert '<span class="oldstyle-error"' in html and "<time" not in html
    assert len(reports) == 1 and reason in reports[0][1]


def test_a_bad_feast_marker_warns_on_the_logger(caplog: pytest.LogCaptureFixture) -> None:
    render(":feast[Michelmas 1666]")
    assert "did you mean Michaelmas" in caplog.text


def test_escaped_and_code_feast_markers_are_left_as_written() -> None:
    assert render("\\:feast[Michaelmas 1666]") == "<p>:feast[Michaelmas 1666]</p>"
    assert "<time" not in render("`:feast[Michaelmas 1666]`")


def test_a_feast_marker_is_not_checked_as_prose() -> None:
    text = "See :feast[Michaelmas (29 September) 1712]{region=GB} here."
    masked = mask_markdown(text)
    assert len(masked) == len(text) and "Michaelmas" not in masked
    assert MARKER_RE.search(text) is not None


@given(st.text(alphabet=":feast[]{}= Michaelms1623/GB", max_size=80))
def test_feast_marker_soup_never_raises(text: str) -> None:
    render_collecting(text)
