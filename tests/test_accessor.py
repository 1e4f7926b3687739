"""The .oldstyle Series accessor, registered by importing oldstyle.frame."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import oldstyle
import oldstyle.frame


def test_accessor_methods_are_the_frame_functions() -> None:
    df = pd.DataFrame({"baptised": ["1731-02-11", "1760-02-11", None, "1752-09-05"]})
    column = df["baptised"].oldstyle
    by_region = column.to_gregorian(region="GB", errors="coerce")
    assert by_region.tolist() == ["1732-02-22", "1760-02-11", None, None]
    assert column.to_gregorian(errors="coerce").tolist() == ["1731-02-22", "1760-02-22", None, "1752-09-16"]
    assert column.to_julian(errors="coerce").tolist() == ["1731-01-31", "1760-01-31", None, "1752-08-25"]
    assert column.is_valid(region="GB").tolist() == [True, True, False, False]
    reasons = column.error_reasons(region="GB").tolist()
    assert reasons[:3] == [None, None, None] and "did not exist in GB" in reasons[3]


def test_accessor_datetime64_to_julian() -> None:
    days = pd.Series(pd.to_datetime(["1917-11-07"]))
    assert days.oldstyle.to_julian().tolist() == ["1917-10-25"]


def test_accessor_garbage_is_a_library_error() -> None:
    column = pd.Series(["1917-10-25"]).oldstyle
    with pytest.raises(oldstyle.OldstyleError, match="unknown errors="):
        column.to_gregorian(errors="skip")
    with pytest.raises(oldstyle.UnknownRegionError):
        column.is_valid(region="Narnia")
    with pytest.raises(TypeError):
        column.to_gregorian(colour="blue")  # an unknown keyword is Python's own error


def test_import_oldstyle_does_not_import_pandas() -> None:
    code = "import sys, oldstyle; print('pandas' in sys.modules, 'numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
