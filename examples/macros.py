"""Dual dates from templates: a module for mkdocs-macros, usable from any Jinja environment.

In an MkDocs site with the mkdocs-macros plugin, name this module in ``mkdocs.yml``::

    plugins:
      - macros:
          module_name: macros

and write ``{{ dual("1917-10-25") }}`` or ``{{ "1917-11-07" | dual("ns", "bracket") }}``
in a page.  Run it directly to see the same macro used from plain Python (and from Jinja,
if jinja2 is installed):  python macros.py
"""

from __future__ import annotations

import string
import sys
from typing import Any

from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.formatting import format_dual

TEMPLATE = (
    "The Winter Palace fell on {{ dual('1917-10-25') }}; "
    "Russia changed calendars on {{ '1918-02-14' | dual('ns', 'bracket') }}."
)


def dual(iso_date: str, calendar: str = "os", style: str = "os-ns") -> str:
    """The dual date of an ISO date given on the ``os`` (Julian) or ``ns`` (Gregorian) side."""
    kind = JulianDate if calendar == "os" else GregorianDate
    return format_dual(kind.fromisoformat(iso_date), style)


def define_env(env: Any) -> None:
    """The hook mkdocs-macros calls: offer ``dual`` as a macro and as a filter."""
    env.macro(dual)
    env.filter(dual)


def render_with_jinja(template: str) -> str | None:
    """The template rendered by Jinja with the ``dual`` macro and filter, or None without jinja2."""
    try:
        import jinja2
    except ImportError:
        return None
    environment = jinja2.Environment(autoescape=True)
    environment.globals["dual"] = dual
    environment.filters["dual"] = dual
    return environment.from_string(template).render()


def main() -> int:
    """Print the sample sentence rendered with string.Template, then with Jinja if present."""
    plain = string.Template("The Winter Palace fell on $storm; Russia changed calendars on $change.")
    print(plain.substitute(storm=dual("1917-10-25"), change=dual("1918-02-14", "ns", "bracket")))
    rendered = render_with_jinja(TEMPLATE)
    if rendered is not None:
        print(rendered)
    return 0


if __name__ == "__main__":
    sys.exit(main())
