"""The cluster path: oldstyle.frame functions run unchanged on each partition of a Dask frame."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from oldstyle import array, frame

dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")


def register(rows: int) -> pd.DataFrame:
    """A register of Julian ISO dates across the British reform, with a few bad and missing rows."""
    rng = np.random.default_rng(5)
    ordinals = rng.integers(array.julian_to_ordinal(1700, 1, 1), array.julian_to_ordinal(1800, 1, 1), rows)
    year, month, day = array.ordinal_to_julian(ordinals)
    texts = [
        f"{y:04d}-{m:02d}-{d:02d}"
        for y, m, d in zip(year.tolist(), month.tolist(), day.tolist(), strict=True)
    ]
    texts[3], texts[17], texts[40] = None, "1700-02-30", "not a date"  # type: ignore[call-overload]
    return pd.DataFrame({"baptised": texts, "parish": np.arange(rows) % 7})


def test_a_multi_partition_dask_frame_matches_pandas() -> None:
    pdf = register(2_000)
    ddf = dd.from_pandas(pdf, npartitions=4)
    assert ddf.npartitions == 4
    options = {"region": "GB", "errors": "coerce"}
    ddf["ns"] = ddf["baptised"].map_partitions(frame.julian_to_gregorian, **options, meta=("ns", "object"))
    ddf["why"] = ddf["baptised"].map_partitions(frame.error_reasons, region="GB", meta=("why", "object"))
    with dask.config.set(scheduler="synchronous"):
        result = ddf.compute()
    expected = frame.julian_to_gregorian(pdf["baptised"], region="GB", errors="coerce")
    pd.testing.assert_series_equal(result["ns"], expected, check_names=False, check_dtype=False)
    reasons = frame.error_reasons(pdf["baptised"], region="GB")
    pd.testing.assert_series_equal(result["why"], reasons, check_names=False, check_dtype=False)
    assert result["why"].iloc[17].startswith("1700-02-30 (a lady_day year label: 1-January year 1701)")


def test_dask_datetime64_output_and_accessor_inside_partitions() -> None:
    pdf = register(500)
    ddf = dd.from_pandas(pdf, npartitions=3)
    days = ddf["baptised"].map_partitions(
        lambda part: part.oldstyle.to_gregorian(output="datetime64", errors="coerce"),
        meta=("baptised", "datetime64[s]"),
    )
    with dask.config.set(scheduler="synchronous"):
        computed = days.compute()
    expected = frame.julian_to_gregorian(pdf["baptised"], output="datetime64", errors="coerce")
    pd.testing.assert_series_equal(computed, expected, check_dtype=False)


def test_a_bad_row_raises_in_the_partition_naming_its_row() -> None:
    ddf = dd.from_pandas(register(100), npartitions=2)
    converted = ddf["baptised"].map_partitions(frame.julian_to_gregorian, meta=("baptised", "object"))
    with (
        dask.config.set(scheduler="synchronous"),
        pytest.raises(ValueError, match=r"row 3: the cell is blank|row 17"),
    ):
        converted.compute()
