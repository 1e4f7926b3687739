"""A ratchet on the dev corpus of real published dual dates: the reading must not get worse.

Scores ``shared/corpus/dual-dates-dev.jsonl`` exactly as ``shared/tools/corpus-score``
does (detection: snippets where scan finds a mention; recall: wrong pairs that check
flags, leaving out those marked ``needs_context``; precision: flagged snippets that
really are wrong) and fails if a figure falls below the best reached so far.  Raise
the floors when the reading gets better; never lower them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

import oldstyle

# The best figures reached; each must hold.
DETECTION_FLOOR = 0.97
RECALL_FLOOR = 0.89
PRECISION_FLOOR = 1.00

_CORPUS = Path("corpus") / "dual-dates-dev.jsonl"


def _corpus_path() -> Path | None:
    """The dev corpus: $OLDSTYLE_CORPUS, or shared/ beside the repository (as CI lays it out)."""
    given = os.environ.get("OLDSTYLE_CORPUS")
    if given:
        return Path(given) if Path(given).is_file() else None
    repo = Path(__file__).resolve().parent.parent
    for shared in (repo.parent / "shared", repo.parent.parent / "shared"):
        if (shared / _CORPUS).is_file():
            return shared / _CORPUS
    return None


@dataclass
class Score:
    snippets: int = 0
    found: int = 0
    flagged_right: int = 0
    false_alarms: int = 0
    missed: int = 0

    @property
    def detection(self) -> float:
        return self.found / max(self.snippets, 1)

    @property
    def recall(self) -> float:
        return self.flagged_right / max(self.flagged_right + self.missed, 1)

    @property
    def precision(self) -> float:
        return self.flagged_right / max(self.flagged_right + self.false_alarms, 1)


def score(path: Path) -> Score:
    """The corpus-score figures of the snippets in ``path``."""
    result = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = row["text"]
        result.snippets += 1
        problems = oldstyle.check(text)
        result.found += bool(oldstyle.scan(text))
        wrong = not row["consistent"]
        if wrong and row.get("needs_context"):
            continue
        if problems and wrong:
            result.flagged_right += 1
        elif problems:
            result.false_alarms += 1
        elif wrong:
            result.missed += 1
    return result


@pytest.fixture(scope="module")
def dev_score() -> Score:
    path = _corpus_path()
    if path is None:
        pytest.skip("the dev corpus (shared/corpus/dual-dates-dev.jsonl beside the repository) is absent")
    return score(path)


def test_detection_does_not_drop(dev_score: Score) -> None:
    assert round(dev_score.detection, 2) >= DETECTION_FLOOR, dev_score


def test_recall_does_not_drop(dev_score: Score) -> None:
    assert round(dev_score.recall, 2) >= RECALL_FLOOR, dev_score


def test_precision_does_not_drop(dev_score: Score) -> None:
    assert round(dev_score.precision, 2) >= PRECISION_FLOOR, dev_score
