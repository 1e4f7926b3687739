"""Shared test settings: hypothesis profiles and the reference vectors."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from hypothesis import HealthCheck, settings

DATA = Path(__file__).parent / "data"

settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def load_vectors() -> list[dict[str, str]]:
    """Rows of tests/data/test-vectors.csv (historical dual dates)."""
    with (DATA / "test-vectors.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
