"""Write oldstyle/data/month_names.csv: month, weekday and era words from CLDR, through Babel.

Run from a checkout with Babel installed (it is in the test extras)::

    python scripts/gen_month_names.py          # rewrite the table
    python scripts/gen_month_names.py --check  # exit 1 if the committed table differs

The table is committed, so ``import oldstyle`` never needs Babel; a test
regenerates it and fails if CLDR (or this script) and the table disagree.
CLDR has no Latin: Latin rows, and the few forms in everyday use that CLDR
lacks ("Sept", "Tues"), are kept by hand below, each with its source, and
flagged ``hand:`` in the table's source column.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "oldstyle" / "data" / "month_names.csv"

# Our language code -> the CLDR locales whose words it reads (the first is written).
LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en", "en_GB"),
    "ru": ("ru",),
    "uk": ("uk",),
    "bg": ("bg",),
    "mk": ("mk",),
    "sr": ("sr",),
    "sr-Latn": ("sr_Latn",),
    "pl": ("pl",),
    "cs": ("cs",),
    "de": ("de",),
    "nl": ("nl",),
    "fr": ("fr",),
    "it": ("it",),
    "es": ("es",),
    "pt": ("pt",),
    "sv": ("sv",),
    "da": ("da",),
    "nb": ("nb",),
    "el": ("el",),
    "ro": ("ro",),
    "tr": ("tr",),
    "be": ("be",),
    "sk": ("sk",),
    "sl": ("sl",),
    "hu": ("hu",),
    "hr": ("hr",),
    "fi": ("fi",),
    "et": ("et",),
    "lt": ("lt",),
    "lv": ("lv",),
    "ka": ("ka",),
    "hy": ("hy",),
}

# Weekday abbreviations are read case-sensitively ("Sat", never "sat"), and
# only English ones: other languages' two-letter forms ("po", "di") are words.
WEEKDAY_ABBREVIATION_LOCALES = ("en",)

_ALLEN_GREENOUGH = "hand: Allen & Greenough, New Latin Grammar (1903), sections 631-632 and the declensions"
_KEPT = "hand: in common use, read since oldstyle 0.1"
_REGISTERS = "hand: 17th-18th century English registers and letters ('born 6 Janry 1706', 'Octr 25')"

_SERBIAN_GENITIVE = (
    "hand: Serbian writes the month in the genitive after a day ('28. јуна 1914', 'rođen 28. juna'),"
    " a form CLDR's sr leaves out"
)
# CLDR gives Serbian only the nominative ("јун"); the everyday date form is the genitive.
_SERBIAN_GENITIVES: dict[str, tuple[str, ...]] = {
    "sr": (
        "јануара",
        "фебруара",
        "марта",
        "априла",
        "маја",
        "јуна",
        "јула",
        "августа",
        "септембра",
        "октобра",
        "новембра",
        "децембра",
    ),
    "sr-Latn": (
        "januara",
        "februara",
        "marta",
        "aprila",
        "maja",
        "juna",
        "jula",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ),
}

_SERBIAN_DATIVE = (
    "hand: Serbian writes the month in the dative after 'одговара' ('што одговара 28. јуну по"
    " грегоријанском календару', 'corresponds to 28 June'), a case CLDR leaves out"
)
_SERBIAN_DATIVES: dict[str, tuple[str, ...]] = {
    "sr": (
        "јануару",
        "фебруару",
        "марту",
        "априлу",
        "мају",
        "јуну",
        "јулу",
        "августу",
        "септембру",
        "октобру",
        "новембру",
        "децембру",
    ),
    "sr-Latn": (
        "januaru",
        "februaru",
        "martu",
        "aprilu",
        "maju",
        "junu",
        "julu",
        "avgustu",
        "septembru",
        "oktobru",
        "novembru",
        "decembru",
    ),
}

_LATIN_MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "name": (
        ("Ianuarius", "Januarius"),
        ("Februarius",),
        ("Martius",),
        ("Aprilis",),
        ("Maius",),
        ("Iunius", "Junius"),
        ("Iulius", "Julius"),
        ("Augustus",),
        ("September",),
        ("October",),
        ("November",),
        ("December",),
    ),
    # "die 5 Octobris": the genitive after a day, as registers write it.
    "genitive": (
        ("Ianuarii", "Januarii"),
        ("Februarii",),
        ("Martii",),
        ("Aprilis",),
        ("Maii",),
        ("Iunii", "Junii"),
        ("Iulii", "Julii"),
        ("Augusti",),
        ("Septembris",),
        ("Octobris",),
        ("Novembris",),
        ("Decembris",),
    ),
    "abbreviation": tuple(
        (short,)
        for short in (
            "Ian.",
            "Febr.",
            "Mart.",
            "Apr.",
            "Mai.",
            "Iun.",
            "Iul.",
            "Aug.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.",
        )
    ),
}

_ESTONIAN_ADESSIVE = (
    "hand: Estonian writes 'on a day' with the month in the adessive ('sündis 6. juunil (vkj 26. mail)"
    " 1799', et.wikipedia), a case CLDR leaves out"
)
_ESTONIAN_ADESSIVES = (
    "jaanuaril",
    "veebruaril",
    "märtsil",
    "aprillil",
    "mail",
    "juunil",
    "juulil",
    "augustil",
    "septembril",
    "oktoobril",
    "novembril",
    "detsembril",
)

_SLOVENIAN_GENITIVE = (
    "hand: Slovenian writes the month in the genitive after a day ('rojen 26. avgusta 1812',"
    " sl.wikipedia), a form CLDR's sl leaves out"
)
_SLOVENIAN_GENITIVES = (
    "januarja",
    "februarja",
    "marca",
    "aprila",
    "maja",
    "junija",
    "julija",
    "avgusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
)

# CLDR's Hungarian BC era is "i. e.", which is English "i.e.": Hungarian also writes "Kr. e."
# ("Krisztus előtt"), and only that is kept.
_HAND_ERAS = frozenset({"hu"})
_HUNGARIAN_ERA = (
    "hand: Hungarian 'Kr. e.' (Krisztus előtt, 'Kr. e. 44'); CLDR's 'i. e.' is left out, as it reads"
    " as English 'i.e.'"
)

_LATVIAN_LOCATIVE = (
    "hand: Latvian writes 'on a day' with the month in the locative ('dzimis 1834. gada 8. februārī',"
    " lv.wikipedia), a case CLDR leaves out"
)
_LATVIAN_LOCATIVES = (
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
)

# (lang, kind, number, form, text, source): rows CLDR cannot give.
HAND_KEPT: tuple[tuple[str, str, int, str, str, str], ...] = (
    *(
        ("la", "month", number, form, name, _ALLEN_GREENOUGH)
        for form, months in _LATIN_MONTHS.items()
        for number, names in enumerate(months, start=1)
        for name in names
    ),
    ("la", "era", 0, "bc", "a. Chr. n.", _ALLEN_GREENOUGH),
    ("hu", "era", 0, "bc", "Kr. e.", _HUNGARIAN_ERA),
    ("en", "weekday", 2, "abbreviation", "Tues", _KEPT),
    ("en", "weekday", 3, "abbreviation", "Weds", _KEPT),
    ("en", "weekday", 4, "abbreviation", "Thur", _KEPT),
    ("en", "weekday", 4, "abbreviation", "Thurs", _KEPT),
    *(
        ("en", "month", number, "abbreviation", short, _REGISTERS)
        for number, shorts in (
            (1, ("Jany", "Janry")),
            (2, ("Feby", "Febry")),
            (8, ("Augt",)),
            (9, ("Septr",)),
            (10, ("Octr",)),
            (11, ("Novr",)),
            (12, ("Decr",)),
        )
        for short in shorts
    ),
    (
        "it",
        "month",
        9,
        "abbreviation",
        "sett.",
        "hand: in common Italian use ('sett. 7 [agosto 26]', Britannica)",
    ),
    *(
        (lang, "month", number, "genitive", name, _SERBIAN_GENITIVE)
        for lang, names in _SERBIAN_GENITIVES.items()
        for number, name in enumerate(names, start=1)
    ),
    *(
        (lang, "month", number, "genitive", name, _SERBIAN_DATIVE)
        for lang, names in _SERBIAN_DATIVES.items()
        for number, name in enumerate(names, start=1)
    ),
    *(
        ("sl", "month", number, "genitive", name, _SLOVENIAN_GENITIVE)
        for number, name in enumerate(_SLOVENIAN_GENITIVES, start=1)
    ),
    *(
        ("lv", "month", number, "genitive", name, _LATVIAN_LOCATIVE)
        for number, name in enumerate(_LATVIAN_LOCATIVES, start=1)
    ),
    *(
        ("et", "month", number, "genitive", name, _ESTONIAN_ADESSIVE)
        for number, name in enumerate(_ESTONIAN_ADESSIVES, start=1)
    ),
    ("ru", "month", 2, "abbreviation", "фев", _KEPT),
    ("ru", "month", 9, "abbreviation", "сен", _KEPT),
    ("ru", "month", 11, "abbreviation", "ноя", _KEPT),
    ("de", "month", 3, "abbreviation", "Mär", _KEPT),
    ("de", "month", 3, "abbreviation", "Mrz", _KEPT),
)

HEADER = ("lang", "kind", "number", "form", "text", "source")


def cldr_rows() -> Iterator[tuple[str, str, int, str, str, str]]:
    """Every month, weekday and era word (BC and AD) of :data:`LOCALES`, in a stable order."""
    from babel import Locale
    from babel.core import get_cldr_version

    source = f"CLDR {get_cldr_version()}"
    for lang, locales in LOCALES.items():
        for code in locales:
            loc = Locale.parse(code)
            for number in range(1, 13):
                yield lang, "month", number, "name", loc.months["stand-alone"]["wide"][number], source
                yield lang, "month", number, "genitive", loc.months["format"]["wide"][number], source
                for context in ("format", "stand-alone"):
                    short = loc.months[context]["abbreviated"][number]
                    yield lang, "month", number, "abbreviation", short, source
            for index in range(7):  # Babel's 0 is Monday, as datetime.date.weekday()
                for context in ("format", "stand-alone"):
                    yield lang, "weekday", index + 1, "name", loc.days[context]["wide"][index], source
                if code in WEEKDAY_ABBREVIATION_LOCALES:
                    short = loc.days["format"]["abbreviated"][index]
                    yield lang, "weekday", index + 1, "abbreviation", short, source
            if lang not in _HAND_ERAS:
                yield lang, "era", 0, "bc", loc.eras["abbreviated"][0], source
            # "1582 d.C.", "1700 г. н. э.": read after a year (and never written), so the
            # bracket after it still holds the other half.
            yield lang, "era", 0, "ad", loc.eras["abbreviated"][1], source


def table_text() -> str:
    """The whole table as CSV: CLDR rows, then the hand-kept ones, without repeats."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    seen: set[tuple[str, str, int, str, str]] = set()
    for row in (*cldr_rows(), *HAND_KEPT):
        key = row[:5]
        if key not in seen:
            seen.add(key)
            writer.writerow(row)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Write the table, or with ``--check`` say whether the committed one is current."""
    args = sys.argv[1:] if argv is None else list(argv)
    text = table_text()
    if args == ["--check"]:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE} is out of date: run python scripts/gen_month_names.py", file=sys.stderr)
            return 1
        return 0
    if args:
        print("usage: gen_month_names.py [--check]", file=sys.stderr)
        return 2
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
