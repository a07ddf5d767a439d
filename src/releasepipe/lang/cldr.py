"""What CLDR knows of a language, read through Babel when a pack is first used.

Month and weekday names in every form CLDR keeps (format and stand-alone,
wide and abbreviated: the genitive "марта", "października" and the nominative
"март", "październik"), number symbols, currency names with their plural
forms and symbols, language names. Nothing here is typed by hand: a pack adds
only the forms CLDR lacks (spellings without accents, older abbreviations).

Babel reads one locale's data in 10-30 ms, and only when a pack is built, so
``import releasepipe`` and ``--help`` never pay for it.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from types import MappingProxyType
from typing import Mapping

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, list_currencies

_CONTEXTS = ("format", "stand-alone")
_WIDTHS = ("wide", "abbreviated")


def fold(word: str) -> str:
    """Lower-case and strip accents ("Février" -> "fevrier"); how packs key names."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@cache
def locale(code: str) -> Locale | None:
    """The CLDR locale for a language code, or None when CLDR has none."""
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def _names(table, code: str) -> dict[str, int]:
    loc = locale(code)
    out: dict[str, int] = {}
    if loc is None:
        return out
    for context in _CONTEXTS:
        for width in _WIDTHS:
            for index, name in getattr(loc, table)[context][width].items():
                for form in dict.fromkeys((name.lower(), name.lower().rstrip("."))):  # in one order every run
                    if form and not form.isdigit():
                        out.setdefault(form, index)  # months 1-12, days 0=Monday
    return out


@cache
def months(code: str) -> Mapping[str, int]:
    """Month name (lower case, every CLDR form, with and without a final dot) -> 1..12."""
    return MappingProxyType(_names("months", code))


@cache
def weekdays(code: str) -> Mapping[str, int]:
    """Weekday name (lower case, every CLDR form) -> 0 (Monday) .. 6 (Sunday)."""
    return MappingProxyType(_names("days", code))


@cache
def date_order(code: str) -> str:
    """The order of day, month and year in the language's short numeric date ("dd.MM.y" -> "dmy",
    "M/d/yy" -> "mdy", "y-MM-dd" -> "ymd"); "dmy" when CLDR has no locale for ``code``."""
    loc = locale(code)
    if loc is None:
        return "dmy"
    pattern = loc.date_formats["short"].pattern
    firsts = {letter: pattern.find(letter) for letter in "dMy" if letter in pattern}
    order = "".join(sorted(firsts, key=firsts.__getitem__)).lower()
    return order if order in ("dmy", "mdy", "ymd") else "dmy"


@cache
def number_symbols(code: str) -> tuple[str, str]:
    """(decimal mark, group mark) of the language's default numbering system."""
    loc = locale(code)
    if loc is None:
        return ".", ","
    symbols = loc.number_symbols.get("latn", loc.number_symbols)
    return symbols.get("decimal", "."), symbols.get("group", ",")


@cache
def current_currencies() -> frozenset[str]:
    """ISO 4217 codes legal tender somewhere today (CLDR territory data)."""
    from babel.core import get_global

    codes: set[str] = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if end is None and tender:
                codes.add(code)
    return frozenset(codes & set(list_currencies()))


@cache
def currency_names(code: str) -> Mapping[str, str]:
    """Currency name in the language (lower case, singular and every plural form) -> ISO code.

    Only currencies in use today; a name two currencies share ("dollar",
    "peso") keeps the first CLDR lists under that exact name, and a pack
    states what a bare name means in its language.
    """
    loc = locale(code)
    out: dict[str, str] = {}
    if loc is None:
        return out
    plural = loc._data["currency_names_plural"]
    for iso in sorted(current_currencies()):
        forms = dict.fromkeys([get_currency_name(iso, locale=loc), *plural.get(iso, {}).values()])
        for form in forms:
            if form and form != iso and "(" not in form:
                out.setdefault(form.lower(), iso)
    return MappingProxyType(out)


@cache
def currency_symbols(code: str) -> Mapping[str, str]:
    """Currency symbol as the language writes it ("$US", "zł", "₽") -> ISO code, current currencies only.

    A symbol several currencies share ("$", "kr") is left out: the pack says
    what it means in that language.
    """
    loc = locale(code)
    seen: dict[str, set[str]] = {}
    if loc is None:
        return {}
    for iso in current_currencies():
        symbol = loc.currency_symbols.get(iso)
        if symbol and symbol != iso:
            seen.setdefault(symbol, set()).add(iso)
    return MappingProxyType({s: next(iter(isos)) for s, isos in seen.items() if len(isos) == 1})


#: Symbols CLDR leaves out of ``currency_symbols`` as shared by several currencies or no
#: longer its own ("$", "Fr."), with the currency a press release means by them; a pack adds
#: its language's reading of another shared one ("kr", "Kč").
UNLISTED_SYMBOLS: Mapping[str, str] = MappingProxyType({
    "$": "USD", "US$": "USD", "USD$": "USD", "U$S": "USD", "C$": "CAD", "CAD$": "CAD", "AU$": "AUD",
    "AUD$": "AUD", "MXN$": "MXN", "Fr.": "CHF", "CHF": "CHF", "₦": "NGN", "₺": "TRY", "₽": "RUB",
    "zł": "PLN", "₴": "UAH", "₪": "ILS", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "R$": "BRL",
})


@cache
def language_name(code: str, in_language: str = "en") -> str:
    """The name of language ``code`` in ``in_language`` ("pl", "fr" -> "polonais"); the
    code itself when CLDR has no name for it (a language alone: "und" is not "English
    (United States)", as ``Locale.parse`` would read it)."""
    target = locale(in_language)
    if target is None:
        return code
    return target.languages.get(code) or target.languages.get(code.split("-")[0]) or code
