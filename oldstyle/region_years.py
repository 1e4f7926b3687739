"""A region's year starts: which New Year it kept, and the year labels it wrote.

:class:`YearStarts` holds the methods of :class:`~oldstyle.Region` that read
its rows of the year-start table (:mod:`oldstyle.regiondata`) and apply the
rules of :mod:`oldstyle.yearstart`: GB kept Lady Day until 1751, so it wrote
11 February 1731/32 for what we call 11 February 1732.
"""

from __future__ import annotations

from oldstyle import core, yearstart
from oldstyle.eras import check_region_label
from oldstyle.errors import DateParseError, InvalidDateError, OldstyleError
from oldstyle.names import date_words, day_month_words
from oldstyle.regiondata import YearStartRule, year_start_rules
from oldstyle.yearstart import YearStartStyle

__all__ = ["YearStarts"]


class YearStarts:
    """The methods of :class:`~oldstyle.Region` about New Year and year labels."""

    code: str
    year_starts: tuple[YearStartRule, ...]

    def _describe(self) -> str:
        raise NotImplementedError  # Region's

    def month_days(self, year: int, month: int) -> list[int]:
        raise NotImplementedError  # CalendarHistory's

    def year_start(self, year: int, month: int = 1, day: int = 1) -> YearStartStyle:
        """The year-start style in force on a date (1-January year) there.

        GB: ``"lady_day"`` until 1751, ``"january"`` from 1752; FR: ``"easter"``
        until 1566.
        """
        label = check_region_label(year, month, day)
        for rule in year_start_rules(self.code, self.year_starts):
            if rule.covers(label):
                return rule.style
        return "january"

    def historical_year(self, year: int, month: int, day: int) -> int:
        """The year label written there for a date with a 1-January ``year``.

        >>> from oldstyle import region
        >>> region("GB").historical_year(1732, 2, 11), region("GB-SCT").historical_year(1649, 1, 30)
        (1731, 1649)
        """
        return yearstart.historical_year(year, month, day, self.year_start(year, month, day))

    def january_years(self, label_year: int, month: int, day: int) -> list[int]:
        """Every 1-January year whose date was written with ``label_year`` there.

        Usually one; none for a label never written (GB 1 February 1751:
        1751 began on 25 March and 1752 on 1 January), two where a change of
        style made a label repeat (Russia's 1 September 1700).
        """
        label = core.check_int("label_year", label_year)
        check_region_label(label, month, day)
        found = []
        for year in (label - 1, label, label + 1):
            if self.historical_year(year, month, day) == label:
                found.append(year)
        return found

    def january_year(self, label_year: int, month: int, day: int) -> int:
        """The 1-January year of a date written there with ``label_year``: GB 1731-02-11 -> 1732.

        Raises :class:`~oldstyle.InvalidDateError` if no date was written so,
        and :class:`~oldstyle.OldstyleError` if two were.
        """
        years = self.january_years(label_year, month, day)
        written = date_words(label_year, month, day)
        if len(years) == 1:
            return years[0]
        if not years:
            raise InvalidDateError(
                f"{written} was never written in {self._describe()}: with its New Year rules that label "
                f"year did not include {day_month_words(day, month)}",
                advice="year_start",
            )
        raise OldstyleError(
            f"{written} is ambiguous in {self._describe()}: a change of New Year made it the label of "
            f"1-January years {years[0]} and {years[1]}"
        )

    def label_year_length(self, label_year: int) -> int:
        """Days written with that year label there: GB 1751 had 282 (25 March - 31 December)."""
        label = core.check_int("label_year", label_year)
        count = 0
        for year in (label - 1, label, label + 1):
            for month in range(1, 13):
                days = self.month_days(year, month)
                count += sum(1 for day in days if self.historical_year(year, month, day) == label)
        return count

    def dual_year_text(self, year: int, month: int, day: int) -> str | None:
        """The dual year written there for a date (``"1731/32"``), or None where the labels agree."""
        return yearstart.dual_year_text(year, month, day, self.year_start(year, month, day))

    def read_dual_year(self, text: str, month: int, day: int) -> int:
        """The 1-January year of a date written with a dual year there.

        ``region("GB").read_dual_year("1731/32", 2, 11) == 1732``.  Raises
        :class:`~oldstyle.DateParseError` if the text is not a dual year or
        the region did not write that date with that dual year.
        """
        first, second = yearstart.parse_dual_year(text)
        for year in (second, first):
            if {self.historical_year(year, month, day), year} == {first, second}:
                return year
        written = day_month_words(day, month)
        styles = {self.year_start(year, month, day) for year in (first, second)}
        raise DateParseError(
            f"{text!r} is not a dual year {self.code} wrote for {written}: its New Year then was "
            f"{' / '.join(sorted(styles))}, which gives {written} {first} and {second} one label each"
        )
