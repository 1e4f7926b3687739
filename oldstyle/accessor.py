"""The ``.oldstyle`` accessor on pandas Series, registered the way pandas documents.

Importing :mod:`oldstyle.frame` registers it (``import oldstyle`` alone
does not import pandas)::

    >>> import pandas as pd
    >>> import oldstyle.frame
    >>> df = pd.DataFrame({"baptised": ["1731-02-11", "1760-02-11", None]})
    >>> df["baptised"].oldstyle.to_gregorian(region="GB").tolist()
    ['1732-02-22', '1760-02-11', None]

Each method is the :mod:`oldstyle.frame` function of the same meaning, with
the same keyword options (``region``, ``year_start``, ``gap``, ``prose``,
``errors``, ``output``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from oldstyle import frame

__all__ = ["OldstyleAccessor"]


@pd.api.extensions.register_series_accessor("oldstyle")
class OldstyleAccessor:
    """``series.oldstyle``: the column's dates converted, checked or explained."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def to_gregorian(self, **options: Any) -> pd.Series:
        """Gregorian dates of Julian text, or of text as ``region`` wrote it: frame.julian_to_gregorian."""
        return frame.julian_to_gregorian(self._series, **options)

    def to_julian(self, **options: Any) -> pd.Series:
        """Julian dates of Gregorian text or datetime64 days: :func:`frame.gregorian_to_julian`."""
        return frame.gregorian_to_julian(self._series, **options)

    def is_valid(self, calendar: str = "julian", **options: Any) -> pd.Series:
        """True where the row holds a date that converts: :func:`frame.is_valid`."""
        return frame.is_valid(self._series, calendar, **options)

    def error_reasons(self, calendar: str = "julian", **options: Any) -> pd.Series:
        """Why each row does not convert (None where it does): :func:`frame.error_reasons`."""
        return frame.error_reasons(self._series, calendar, **options)
