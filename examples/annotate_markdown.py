"""Annotate a Markdown file: give every date marked O.S. its New Style twin.

Usage: python annotate_markdown.py [file.md] [--html]

"3 July 1712 O.S." becomes "3 July (O.S.; 14 July N.S.) 1712".  Dates that do not say
which calendar they are in are left alone: guessing is how wrong dual dates get printed.
With --html the annotated text is rendered to HTML with the oldstyle Markdown extension,
which also turns :os[...] and :ns[...] markers into dual dates (needs `pip install markdown`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from oldstyle.formatting import format_dual
from oldstyle.scanning import scan

DEFAULT_INPUT = Path(__file__).parent / "data" / "diary.md"


def annotate(text: str) -> str:
    """``text`` with each single date marked O.S. replaced by its dual date."""
    pieces: list[str] = []
    position = 0
    for mention in scan(text):
        if mention.julian is None or mention.gregorian is not None:
            continue  # already dual, or a New Style date: nothing to add
        pieces.append(text[position : mention.start])
        pieces.append(format_dual(mention.julian))
        position = mention.end
    pieces.append(text[position:])
    return "".join(pieces)


def main(argv: list[str]) -> int:
    """Annotate the file named in argv (or the bundled diary) and print the result."""
    paths = [arg for arg in argv[1:] if not arg.startswith("--")]
    source = Path(paths[0]) if paths else DEFAULT_INPUT
    annotated = annotate(source.read_text(encoding="utf-8"))
    if "--html" in argv:
        import markdown  # only this option needs the Markdown package

        annotated = markdown.markdown(annotated, extensions=["oldstyle"])
    print(annotated)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
