"""``python -m oldstyle``: the same as the ``oldstyle`` command."""

from __future__ import annotations

import sys

from oldstyle.cli import main

if __name__ == "__main__":
    sys.exit(main())
