"""Where one mention's time goes on date-dense text, and the floors under it.

Issue 14 asks for at most 10 µs per mention on dense text.  This script splits
what ``scan`` spends on each mention of ``bench_reader``'s dense text into
its stages, each timed alone on the same tokens (best CPU time of several
rounds, the cyclic collector paused as ``scan`` pauses it):

* **tokenize**: :func:`oldstyle.patterns.tokenize` over the whole text;
* **grammar**: :func:`oldstyle.grammar.read_draft` at each mention's first token;
* **settle and record**: :func:`oldstyle.settling.settle` of those drafts and
  the :class:`~oldstyle.scanning.Mention` made of each reading;
* **scan**: the whole of :func:`oldstyle.scanning.scan`, with the collector
  paused (as it runs) and left on (as before issue 14's third round).

Then the floors, which no reader built this way goes under: the ``TOKEN``
regex's own pass (C code, no token made), one tuple made per token in a
Python loop, and the Python function calls a mention costs (counted with
:mod:`cProfile`).  Run from a checkout: ``python benchmarks/bench_mention.py``
(``--quick`` for a smoke run).
"""

from __future__ import annotations

import cProfile
import gc
import pstats
import sys
import time
from collections.abc import Callable, Sequence

from bench_core import parse_args
from bench_reader import dense_text

from oldstyle import scanning
from oldstyle.grammar import read_draft
from oldstyle.patterns import TOKEN, LineCounter, Token, tokenize
from oldstyle.settling import settle


def paused_time(work: Callable[[], object], repeat: int, *, collect: bool = False) -> float:
    """Best CPU seconds of ``work`` over ``repeat`` runs, the cyclic collector paused unless ``collect``."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        was = gc.isenabled()
        if not collect:
            gc.disable()
        try:
            start = time.thread_time()
            work()
            best = min(best, time.thread_time() - start)
        finally:
            if was:
                gc.enable()
    return best


def _collector_on(text: str) -> None:
    """scan with the pause it makes undone: gc.disable is made a no-op for the call."""
    disable = gc.disable
    gc.disable = lambda: None
    try:
        scanning.scan(text)
    finally:
        gc.disable = disable


def _token_tuples(text: str) -> list[tuple[str, str, int, int]]:
    """The least a tokenizer can do in Python: one tuple per regex match, nothing sorted."""
    return [(match.lastgroup or "", match.group(), *match.span()) for match in TOKEN.finditer(text)]


def calls_per_mention(text: str, mentions: int) -> float:
    """Python function calls (and C calls cProfile sees) that scan makes per mention."""
    profile = cProfile.Profile()
    profile.runcall(scanning.scan, text)
    calls: int = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
    return calls / mentions


def main(argv: Sequence[str] | None = None) -> int:
    """Print the per-mention time of each stage, the floors, and the calls a mention costs."""
    args = parse_args(argv, __doc__)
    count = 200 if args.quick else 10_000
    text = dense_text(count)
    tokens: list[Token] = tokenize(text)
    window = scanning._Window(text, 0, len(text))
    readings, _ = scanning._read_window(window)
    first_token = {token.start: index for index, token in enumerate(window.tokens)}
    starts = [first_token[reading.start] for reading in readings]
    drafts = [read_draft(window.tokens, index) for index in starts]
    lines = LineCounter(text)
    mentions = len(readings)

    def per_mention(work: Callable[[], object], *, collect: bool = False) -> float:
        return paused_time(work, args.repeat, collect=collect) / mentions * 1e6

    def grammar() -> object:
        return [read_draft(window.tokens, index) for index in starts]

    def settled() -> object:
        return [scanning._mention(text, settle(window.tokens, d), lines) for d in drafts if d is not None]

    stages = {
        "tokenize (whole text)": per_mention(lambda: tokenize(text)),
        "grammar (read_draft at each mention)": per_mention(grammar),
        "settle and make the Mention": per_mention(settled),
    }
    whole = per_mention(lambda: scanning.scan(text))
    collector_on = per_mention(lambda: _collector_on(text), collect=True)
    floors = {
        "the TOKEN regex's pass alone (no token made)": per_mention(lambda: list(TOKEN.finditer(text))),
        "one tuple per token in a Python loop": per_mention(lambda: _token_tuples(text)),
    }
    print(f"Dense text: {mentions:,} mentions, {len(tokens) / mentions:.1f} tokens each (µs per mention):")
    for name, value in stages.items():
        print(f"  {name:<48} {value:8.2f}")
    print(f"  {'sum of the stages':<48} {sum(stages.values()):8.2f}")
    print(f"  {'scan, the collector paused (as it runs)':<48} {whole:8.2f}")
    print(f"  {'scan, the collector left on':<48} {collector_on:8.2f}")
    print("Floors (µs per mention):")
    for name, value in floors.items():
        print(f"  {name:<48} {value:8.2f}")
    print(f"  Python calls per mention (cProfile): {calls_per_mention(text, mentions):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
