"""Language packs: what releasepipe knows of each language, as data.

``get(code)`` returns the pack of a language (built once, then cached), or the
language-independent ``xx`` pack for a language releasepipe has no pack for.
Each pack is one module, ``lang/<code>.py``, filling the schema of ``base``;
adding a language is adding one such module (and its tests in
``tests/lang/<code>/``)::

    >>> from releasepipe import lang
    >>> lang.get("pl").dates.months["marca"]
    3

``every(concern, field)`` gives one field's words over every pack (in ``CODES``
order, each word once; the ``xx`` pack's last with ``fallback=True``), for the
stages that read a word whatever the release's language::

    >>> "Dr" in lang.every("layout", "abbreviations")
    True
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
from functools import cache
from pathlib import Path

from .base import CONCERNS, Pack

__all__ = ["CODES", "CONCERNS", "Pack", "every", "fingerprint", "get", "has_pack"]

_HERE = Path(__file__).resolve().parent
_NOT_PACKS = frozenset({"base", "cldr", "coverage", "xx"})
#: Modules that only report on the packs: editing them redoes no release.
_REPORTS = frozenset({"coverage"})

#: Languages with a pack of their own, sorted (``xx`` is the fallback, not listed).
CODES: tuple[str, ...] = tuple(sorted(m.name for m in pkgutil.iter_modules([str(_HERE)])
                                      if m.name not in _NOT_PACKS and not m.name.startswith("_")))


def has_pack(code: str) -> bool:
    """Whether ``code`` has a pack of its own (else ``get`` gives the ``xx`` pack)."""
    return code in CODES


@cache
def get(code: str | None) -> Pack:
    """The pack of language ``code`` (ISO 639-1); for a language without one, the ``xx`` pack
    with the month names CLDR has for that language (see ``_calendar_only``)."""
    name = code if code in CODES else "xx"
    pack: Pack = importlib.import_module(f"{__name__}.{name}").PACK
    if name == "xx" and code:
        return _calendar_only(pack, code)
    return pack


def _calendar_only(fallback: Pack, code: str) -> Pack:
    """``fallback`` with the dates CLDR knows for ``code``: month names written in full
    (abbreviations are left out: "mar", "mai" are words too) and the order of numeric dates, so
    that "4. marts 2024" or "4 martie 2024" is read in a language releasepipe has no pack for.
    Its relative-date words stay empty: the stage still says it lacks them (RP215)."""
    from dataclasses import replace

    from . import cldr
    from .base import DateWords

    if not code.isalpha() or code in ("und", "root") or cldr.locale(code) is None:
        return fallback
    months = DateWords.cldr_full("months", code)
    # weekdays are left out: without the pack's words around them they are read alone, and
    # many are common words too (Romanian "luni" is also "months", Indonesian "minggu" "week")
    dates = DateWords(months=months, full_months=months,
                      numeric_date_order=cldr.date_order(code))  # type: ignore[arg-type]
    return replace(fallback, code=code, dates=dates)


@cache
def every(concern: str, field: str, *, fallback: bool = False) -> tuple[str, ...]:
    """The words of the field ``field`` of ``concern`` over every pack, in ``CODES`` order,
    each once (its first place kept); the ``xx`` pack's too, last, when ``fallback``.
    A field that maps words to values gives its words."""
    codes = (*CODES, "xx") if fallback else CODES
    return tuple(dict.fromkeys(w for code in codes for w in getattr(getattr(get(code), concern), field)))


@cache
def fingerprint() -> str:
    """A digest of every pack's source: editing a pack changes it, so the run redoes its releases."""
    digest = hashlib.sha256()
    for path in sorted(_HERE.glob("*.py")):
        if path.stem in _REPORTS:
            continue
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
