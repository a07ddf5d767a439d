"""Figures: numbers with their meaning ("3 200 migrants", "1,5 million d'euros", "près de 40 %").

Works on plain text, without a spaCy model. Numerals written in digits are
read with the language's marks (thousands and decimal separators, scale
words); numbers written as words are found by ``text2num`` (``text_to_num``)
for the languages it covers, and from the pack's table of number words for
the others (Polish, Russian, Ukrainian). Around the numeral, the meaning is
read from the language pack (``releasepipe.lang``, ``NumberWords``): currency,
percent, unit or counted noun, qualifier ("plus de", "rund") and ranges, and
telling figures apart from years, ordinals, list and section numbers,
versions and phone numbers. This module holds no word of any language.

A few lists mark shapes rather than one language's grammar, and releases
quote other languages: label words ("Article 3"), ordinal suffixes, scale
abbreviations glued to digits, short function words that end a counted noun,
currency symbols and ISO codes are read from every pack, the release's own
first. A language without number words (the ``xx`` pack) still gets digits,
symbols and ISO codes; ``extract`` then reports RP215 in ``issues``.

Public API: :func:`extract` (figures) and :func:`numbers` (every numeral with
its value, the lower layer the figures are built on).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import find_numbers, text2num

from releasepipe import lang as _packs
from releasepipe.errors import Code
from releasepipe.lang.base import NumberWords
from releasepipe.model import Figure, Issue

__all__ = ["Numeral", "extract", "language_issue", "numbers", "phone_spans"]

_NBSP = "\u00a0\u202f\u2009\u2007"
_WORD = r"[^\W\d_]"
_APOS = "'’"


def _alt(words) -> str:
    """A regex alternation, longest first, with internal spaces matching any blank."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        out.append(re.escape(w).replace(r"\ ", rf"[\s{_NBSP}]+").replace("'", f"[{_APOS}]"))
    return "|".join(out) or r"(?!x)x"


# Physical units written as symbols (SI and the press's usual ones): kind "quantity".
_PHYSICAL_UNITS = ("km km² km2 m² m2 m³ m3 cm mm kg g mg t kt Mt ha l L ml hl kW kWh MW MWh GW GWh TW TWh "
                   "W V Hz MHz GHz km/h mph °C °F GB MB TB Go Mo To Mbit/s Gbit/s").split()
# Every currency sign of Unicode ("₡", "₾", "₿"): money even when no pack names its currency.
_CURRENCY_SIGNS = re.escape("".join(chr(i) for i in range(0x20, 0x10000) if unicodedata.category(chr(i)) == "Sc"))
# Ordinal marks that are symbols, not words ("3º", "2ª").
_ORDINAL_SYMBOLS = ("º", "ª", "°")
# ISO 4217 codes that are also common upper-case words in headlines ("ALL 5 members").
_ISO_LOOKALIKES = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "SOS"})


# ---------------------------------------------------------------------------
# What every pack holds of the shapes releases share
# ---------------------------------------------------------------------------

def _number_words(code: str) -> NumberWords:
    return _packs.get(code).numbers


@lru_cache(maxsize=None)
def _shared() -> _Shared:
    packs = [_packs.get(c).numbers for c in _packs.CODES]
    symbols: dict[str, str] = {}
    clash: set[str] = set()
    for p in packs:
        for sym, iso in p.currency_symbols.items():
            if symbols.setdefault(sym, iso) != iso:
                clash.add(sym)
    glued: dict[str, float] = {}
    for p in packs:
        for k, v in p.glued_scales.items():
            glued.setdefault(k.lower(), v)
    return _Shared(
        labels=frozenset(_packs.every("numbers", "label_words")),
        stop=frozenset(_packs.every("numbers", "stop_words")),
        ordinal_suffixes=tuple(sorted(set(_packs.every("numbers", "ordinal_suffixes")) | set(_ORDINAL_SYMBOLS),
                                      key=len, reverse=True)),
        glued=glued,
        symbols={s: i for s, i in symbols.items() if s not in clash},
        iso=frozenset(_packs.every("numbers", "iso_codes")) - _ISO_LOOKALIKES,
        # between a number and a scale word text2num read alone ("1 of a million", "2 de millions")
        scale_gap=re.compile(rf"(?:[\s{_NBSP}]+(?:(?:{_alt(_packs.every('numbers', 'scale_links'))})"
                             rf"[\s{_NBSP}]+)?|-)", re.I),
    )


@dataclass(frozen=True)
class _Shared:
    labels: frozenset[str]
    stop: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    glued: dict[str, float]
    symbols: dict[str, str]
    iso: frozenset[str]
    scale_gap: re.Pattern[str]


# ---------------------------------------------------------------------------
# Compiled patterns, one set per language
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Lang:
    code: str
    w: NumberWords
    number: re.Pattern[str]
    number_after_iso: re.Pattern[str]
    number_core: re.Pattern[str]
    bare_decimal: re.Pattern[str]
    currency_name_before: re.Pattern[str]
    subunit_join: re.Pattern[str]
    scale: re.Pattern[str]
    scales: dict[str, float]
    of: re.Pattern[str]
    percent: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_words: dict[str, str]
    symbols: dict[str, str]
    currency_before: re.Pattern[str]
    subunit_only: re.Pattern[str]
    physical: re.Pattern[str]
    time_words: frozenset[str]
    qualifier: re.Pattern[str]
    qualifiers: dict[str, str]
    range_mid: re.Pattern[str]
    range_open: re.Pattern[str]
    stop: frozenset[str]
    verbish: tuple[str, ...]
    minus: re.Pattern[str]
    months: frozenset[str]
    month: re.Pattern[str]
    labels: frozenset[str]
    other_stop: frozenset[str]
    vague: frozenset[str]
    dozens: frozenset[str]
    hundreds: dict[str, int]
    word_number: re.Pattern[str] | None


_WORD_RE = re.compile(rf"{_WORD}+(?:[-‐]{_WORD}+)*(?:\.(?=\s|$))?|[^\W_]+")
_TOKEN_RE = re.compile(rf"{_WORD}+(?:[-‐]{_WORD}+)*|\d+|[^\w\s]")
_PHONE_RE = re.compile(
    r"(?:\+|00)\d{1,3}[\s.\-/]*(?:\(0\)[\s.\-/]*)?\d(?:[\d\s.\-/]{5,16})\d"
    r"|\(?\b0\d{1,4}\)?[\s.\-/]\d{2,4}(?:[\s.\-/]\d{2,4}){1,4}\b"
    r"|\b\d{2}(?:[ .]\d{2}){4}\b")
_DATE_LIKE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
# A phone number is written with digits, blanks and ".-/()+" only, eight of them at least, and
# starts with a digit, "+" or "(": the stretches of text where one can be.
_PHONE_STRETCH_RE = re.compile(r"[\d+(][\d\s.\-/()+]{7,}")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that look like phone numbers (and not like numeric dates)."""
    return list(_phone_spans(text))


# Dates and figures both ask for the phones of a release, one right after the other.
@lru_cache(maxsize=4)
def _phone_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    # _PHONE_RE tries its three forms at every character; run only on the stretches where a phone
    # can be, a few per release, it finds the same numbers about three times faster. The window
    # ends one character after the stretch, so that its closing \b sees what follows.
    for stretch in _PHONE_STRETCH_RE.finditer(text):
        spans += [m.span() for m in _PHONE_RE.finditer(text, stretch.start(), stretch.end() + 1)
                  if not _DATE_LIKE_RE.fullmatch(m.group())]
    return tuple(spans)


# The first digit before the check that no word character precedes it (a \b): starting with a
# digit, the pattern is only tried at digits.
_TIME_OF_DAY_RE = re.compile(r"\d(?<!\w\d)\d?(?::\d{2}|[hH]\d{2}|\s?[hH]\b|\s?(?:a\.?m\.?|p\.?m\.?)(?!\w))")
_LIST_NUMBER_RE = re.compile(r"(?m)^[ \t]*(?:\d+(?:\.\d+)*[.)]|\(\d+\))[ \t]")


def _lang_tables(lang: str | None) -> _Lang:
    return _compiled(_packs.get(lang).code)


@lru_cache(maxsize=None)
def _compiled(code: str) -> _Lang:
    pack = _packs.get(code)
    w = pack.numbers
    shared = _shared()
    point = w.decimal_mark == "."
    seps = "".join(dict.fromkeys(s for s in w.group_marks if s != w.decimal_mark)) or ","
    ts = f"[{re.escape(seps)}]"
    dec = r"\." if point else ","
    other = "," if point else r"\."
    # Grouped thousands with one consistent separator, else plain digits; then an optional decimal
    # part (the language's mark, or the other mark when not followed by exactly three digits).
    # ``first`` checks what comes before the first digit, looking back from after it: a pattern
    # that starts with a digit lets the regex engine skip from digit to digit, about three times
    # faster than trying the look-behinds at every character.
    glued = shared.glued

    def core(first: str = "") -> str:
        return (rf"(?P<num>\d{first}(?:\d{{0,2}}(?P<sep>{ts})\d{{3}}(?:(?P=sep)\d{{3}})*(?!\d)"
                rf"|\d*)(?:{dec}\d+|{other}(?!\d{{3}}(?!\d))\d+)?)"
                rf"(?P<glued>(?i:{_alt(glued)})(?![\w]))?"
                rf"(?P<ord>(?:{_alt(shared.ordinal_suffixes)})(?!\w))?"
                rf"(?![\w,.](?:\d))(?![.,]?\d)")
    # not after a letter, a mark or an address sign, nor after a word and a dash or slash ("A-4", "v/2")
    number = re.compile(core(r"(?<![\w.,:@#]\d)(?<![^\W\d_][-/]\d)(?<![\w][.,]\d)"))
    # digits right after an ISO code ("USD115.5", "EUR12,50")
    number_after_iso = re.compile(r"[A-Z]{3}(?=\d)")
    number_core = re.compile(core())
    bare_decimal = re.compile(rf"{dec}(\d+)(?![\d.,]|\w)")
    scales = {k.lower(): float(v) for k, v in w.scales.items()}
    scale = re.compile(rf"[\s{_NBSP}]*(?P<scale>{_alt(scales)})(?![^\W_])", re.I)
    of = re.compile(rf"[\s{_NBSP}]*(?:{_alt(w.of_words)})(?:(?<=['’])|[\s{_NBSP}]+)" if w.of_words else r"(?!x)x",
                    re.I)
    percent = re.compile(rf"[\s{_NBSP}]*(?:%|‰|{_alt(w.percent_words)}(?![^\W_]))", re.I)
    words = {re.sub(r"\s+", " ", k.lower()).replace("’", "'"): v for k, v in w.currency_names.items()}
    symbols = {**shared.symbols, **w.currency_symbols}
    sym_alt = _alt(symbols)
    iso_alt = "|".join(sorted(shared.iso))
    # "usd$", "NZ$": a code or country prefix and the dollar sign; "MUSD": millions of a currency
    coded = r"[A-Za-z]{2,3}\$|\$[A-Z]{2,3}(?![^\W\d_])"
    currency_after = re.compile(
        rf"[\s{_NBSP}]*(?P<cur>{sym_alt}|{coded}|[{_CURRENCY_SIGNS}]|(?-i:M?(?:{iso_alt}))"
        rf"|-?(?:{_alt(words)}))(?![^\W\d_])", re.I)
    currency_before = re.compile(
        rf"(?P<cur>{sym_alt}|[{_CURRENCY_SIGNS}]|(?<![^\W\d_])(?:{coded}|{iso_alt}))[\s{_NBSP}]*$")
    currency_name_before = re.compile(rf"(?<![^\W\d_])(?P<cur>{_alt(words)})[\s{_NBSP}]+$", re.I)
    link_words = [*w.mixed_and, *w.split_and, *w.range_and]
    subunit_join = re.compile(rf"[\s{_NBSP}]*(?:(?:{_alt(link_words)})[\s{_NBSP}]+)?$", re.I)
    subunit = re.compile(rf"[\s{_NBSP}]*(?P<sub>{_alt(w.subunits)})(?![^\W_])", re.I)
    physical = re.compile(
        rf"[\s{_NBSP}]*(?P<unit>(?-i:{_alt(_PHYSICAL_UNITS)})(?![\w²³/])|(?:{_alt(w.unit_words)})"
        rf"(?![^\W_]))", re.I)
    quals = {re.sub(r"\s+", " ", k.lower()).replace("’", "'"): v for k, v in w.qualifiers.items()}
    qualifier = re.compile(rf"(?:^|(?<=[\s(«\"“„']))(?P<q>{_alt(quals)})[\s{_NBSP}]*$", re.I)
    range_mid = re.compile(
        rf"[\s{_NBSP}]*(?:[-–—]|(?:{_alt(w.range_to)})(?![^\W_])|(?P<and>{_alt(w.range_and)})(?![^\W_]))"
        rf"[\s{_NBSP}]*", re.I)
    range_open = re.compile(rf"(?:^|(?<=\W))(?:{_alt(w.range_open)})[\s{_NBSP}]*$", re.I)
    minus = re.compile(rf"(?:(?<![\w\d.,+-])-[ \t]?|(?<![^\W_])(?:{_alt(w.minus_words)})[ \t]+)$", re.I)
    months = frozenset(pack.dates.months)
    link = rf"(?:(?:{_alt(w.month_links)})[\s\u00a0]+)?" if w.month_links else ""
    month = re.compile(rf"\.?[\s{_NBSP}]*{link}(?:{_alt(months)})(?![^\W_])\.?", re.I)
    word_number = None
    if w.number_words:
        word_number = re.compile(rf"(?<![^\W_])(?:{_alt([*w.number_words, *scales])})(?![^\W_])", re.I)
    return _Lang(
        code=code, w=w, number=number, number_after_iso=number_after_iso, number_core=number_core,
        bare_decimal=bare_decimal, currency_name_before=currency_name_before, subunit_join=subunit_join,
        scale=scale, scales=scales, of=of, percent=percent, currency_after=currency_after, currency_words=words,
        symbols=symbols, currency_before=currency_before, subunit_only=subunit, physical=physical,
        time_words=frozenset(t.lower() for t in w.time_words), qualifier=qualifier, qualifiers=quals,
        range_mid=range_mid, range_open=range_open, stop=w.stop_words, verbish=w.verb_endings, minus=minus,
        months=months, month=month, labels=shared.labels, other_stop=shared.stop, vague=w.vague_words,
        dozens=w.dozens, hundreds=dict(w.hundreds), word_number=word_number)

# ---------------------------------------------------------------------------
# Numerals
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Numeral:
    """A number written in the text: digits (with scale words) or words."""

    start: int
    end: int
    value: float | int
    words: bool = False  # written as words ("trois", "twenty-two")
    scaled: bool = False  # a scale word or suffix was applied ("1,5 million", "£1bn")
    ordinal: bool = False
    grouped: bool = False  # written with thousands separators ("3 200")
    form: str = ""  # "fraction" ("two thirds"), "ratio" ("one in three"), "power" ("1.3e6"), else ""


def _to_number(raw: str, t: _Lang, sep: str | None) -> float | int:
    if not sep and re.fullmatch(r"\d{1,3}[.,]000", raw):
        return int(raw[:-4]) * 1000
    if sep:
        raw = raw.replace(sep, "")
    if t.w.decimal_mark == ".":
        raw = raw.replace(",", ".") if "." not in raw else raw
    else:
        raw = raw.replace(",", ".")
    val = float(raw)
    return int(val) if val.is_integer() and "." not in raw else val


def _clean(value: float) -> float | int:
    if value and abs(value) < 1e-3:  # "a trillionth": significant digits, not decimal places
        return float(f"{value:.6g}")
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


class _Tok:
    """A token for text2num: the word and where it is."""

    __slots__ = ("word", "start", "end", "lang")

    def __init__(self, word: str, start: int, end: int, lang: str = "") -> None:
        self.word, self.start, self.end, self.lang = word, start, end, lang

    def text(self) -> str:
        return _respell(self.word, self.lang)

    def nt_separated(self, previous: _Tok) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _digit_numerals(text: str, t: _Lang) -> list[Numeral]:
    out = []
    matches = list(t.number.finditer(text))
    if any(c.isupper() for c in text):
        for im in t.number_after_iso.finditer(text):
            if im.group() not in _shared().iso or (im.start() and (text[im.start() - 1].isalpha())):
                continue
            nm = t.number_core.match(text, im.end())
            if nm:
                matches.append(nm)
        matches.sort(key=lambda m: m.start())
    for m in matches:
        start, end = m.start("num"), m.end("num")
        sep = m.group("sep")
        try:
            value = _to_number(m.group("num"), t, sep)
        except ValueError:
            continue
        scaled = False
        if m.group("ord"):
            out.append(Numeral(start, m.end(), value, ordinal=True))
            continue
        if m.group("glued"):
            value *= _shared().glued[m.group("glued").lower()]
            end, scaled = m.end("glued"), True
        else:
            sm = t.scale.match(text, end)
            # a one-letter scale that is also a unit ("m") only right after the digits, never "3 m" (metres)
            if sm and not (len(sm.group("scale")) == 1 and sm.start("scale") != end
                           and sm.group("scale") in _PHYSICAL_UNITS):
                word = sm.group("scale").lower()
                value *= t.scales.get(word, 1.0)
                end, scaled = sm.end("scale"), True
        out.append(Numeral(start, end, _clean(value), scaled=scaled, grouped=bool(sep)))
    if any(p.search(text) for p in _DECIMAL_HINT_RES):
        out = _dotted_and_bare_decimals(text, t, out)
    return out


# An address of four dotted groups ("192.168.1.2"): four numbers, not a grouped one; so is a
# list of numbers joined by commas whose groups are not all thousands ("nrs. 22,24,26,31").
_DOTTED_QUAD_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}(?![\w.,]?\d|\w)|\d{1,3}(?:,\d{1,3}){2,}(?![\w]|[.,]\d)")


# Where a dotted address, a list of numbers or a bare decimal may be: a mark between digits
# twice, or a mark after a blank or an opening bracket (or at the start) and before a digit.
# Two patterns, each starting with the character it needs, run faster than their alternation.
_DECIMAL_HINT_RES = (re.compile(r"\d[.,]\d{1,3}[.,]\d"), re.compile(r"[.,](?<![^\s(\[][.,])\d"))


def _dotted_and_bare_decimals(text: str, t: _Lang, out: list[Numeral]) -> list[Numeral]:
    """Numbers of a dotted address one by one, and decimals written without their
    leading zero (".08", ",08" in a comma-decimal language)."""
    extra: list[Numeral] = []
    lists = [m for m in _DOTTED_QUAD_RE.finditer(text)
             if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,"))
             and not ("," in m.group() and all(len(g) == 3 for g in m.group().split(",")[1:]))]  # "1,234,567"
    for m in lists:
        pos = m.start()
        for part in re.split(r"[.,]", m.group()):
            extra.append(Numeral(pos, pos + len(part), int(part)))
            pos += len(part) + 1
    for m in t.bare_decimal.finditer(text):
        if m.start() and text[m.start() - 1] not in " \t\n([":
            continue
        extra.append(Numeral(m.start(), m.end(), _clean(float("0." + m.group(1)))))
    if not extra:
        return out
    spans = _Spans([(n.start, n.end) for n in extra])
    quads = _Spans([m.span() for m in lists])
    kept = [n for n in out if not _overlaps(n.start, n.end, spans) and not _overlaps(n.start, n.end, quads)]
    return sorted(kept + extra, key=lambda n: n.start)


def _merged_fraction(toks: list[_Tok], lang: str) -> float | None:
    """The value of a numerator and a plural ordinal that text2num read as one ordinal ("twenty fifths"
    is 20/5, "one hundred thirty fifths" 100/35, "one hundred and thirty fifths" 130/5), else None."""

    def value(words: list[str]) -> float | None:
        occ = find_numbers([_Tok(w, 0, 0, lang) for w in words], lang, 0.0)
        return float(occ[0].value) if len(occ) == 1 and occ[0].end == len(words) else None

    words = [tk.word for tk in toks if tk.word not in "-‐"]
    den = value([words[-1][:-1]])
    num_words = words[:-1]
    if den is None:
        return None
    if "-" not in words[-1] and den < 10 and len(num_words) >= 2 \
            and num_words[-1].lower() in _number_words(lang).tens_words \
            and num_words[-2].lower() != "and":  # "three twenty firsts": 3/21
        den += value([num_words[-1]]) or 0
        num_words = num_words[:-1]
    num = value(num_words) if num_words else None
    if num is None or den < 3:
        return None
    return num / den


#: Tokens kept on each side of a word text2num reads as a number: the words that
#: join a number's parts ("a hundred", "cent un", "one hundred and five") are no
#: numbers on their own.
_NUMBER_CONTEXT = 3


@lru_cache(maxsize=1 << 16)
def _number_word(word: str, lang: str) -> bool:
    """Whether text2num reads ``word`` alone as a number (cached: a release repeats its words)."""
    return bool(find_numbers([_Tok(word, 0, len(word), lang)], lang, 0.0))


def _number_windows(words: list[str], lang: str) -> list[tuple[int, int]]:
    """Ranges of ``words`` around those text2num reads as numbers, merged: text2num
    only needs to read these.

    text2num calls back into Python for every token it reads, so reading a whole
    release costs more than all the rest of the figures; a number's words are
    consecutive, so windows around the words it reads alone hold every number.
    """
    windows: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if _number_word(word, lang):
            lo, hi = max(0, i - _NUMBER_CONTEXT), i + _NUMBER_CONTEXT + 1
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
    return windows


def _word_numerals(text: str, t: _Lang) -> list[Numeral]:
    code = t.w.text2num
    if not code:
        return _table_numerals(text, t)
    matches = list(_TOKEN_RE.finditer(text))
    toks: dict[int, _Tok] = {}
    occurrences = []
    for lo, hi in _number_windows([m.group() for m in matches], code):
        window = [_Tok(m.group(), m.start(), m.end(), code) for m in matches[lo:hi]]
        toks.update(enumerate(window, lo))
        occurrences += [(lo + occ.start, lo + occ.end, occ) for occ in find_numbers(window, code, 0.0)]
    out = []
    for occ_start, occ_end, occ in occurrences:
        first, last = toks[occ_start], toks[occ_end - 1]
        span = text[first.start:last.end]
        if any(ch.isdigit() for ch in span):
            continue
        value = occ.value
        if occ.is_ordinal and occ.end - occ.start >= 2 and t.w.plural_ordinal_fractions \
                and last.word.lower().endswith("s"):
            frac = _merged_fraction([toks[i] for i in range(occ_start, occ_end)], code)
            if frac is not None:  # "three fifths" read by text2num as one plural ordinal
                out.append(Numeral(first.start, last.end, _clean(frac), words=True, form="fraction"))
                continue
        if occ.is_ordinal:
            out.append(Numeral(first.start, last.end, _clean(value), words=True, ordinal=True))
            continue
        out.append(Numeral(first.start, last.end, _clean(value), words=True,
                           scaled=value >= 1000 and not any(c.isdigit() for c in span)))
    return out


_TABLE_TOKEN_RE = re.compile(rf"{_WORD}+(?:['’ʼ]{_WORD}+)*\.?")


def _table_numerals(text: str, t: _Lang) -> list[Numeral]:
    """Numbers written as words in a language text2num lacks, from the pack's table of number
    words ("двадцать пять тысяч", "trzy miliony"): units, tens and hundreds add up, a scale word
    multiplies what comes before it."""
    if t.word_number is None or not t.word_number.search(text):
        return []
    table = {k.lower(): v for k, v in t.w.number_words.items()}
    out: list[Numeral] = []
    run: list[tuple[int, int, float, bool]] = []  # (start, end, value, is_scale)

    def flush() -> None:
        if run and any(not s for *_, s in run):
            total = current = 0.0
            for _, _, v, is_scale in run:
                if is_scale:
                    total += (current or 1) * v
                    current = 0
                else:
                    current += v
            total += current
            span = text[run[0][0]:run[-1][1]]
            out.append(Numeral(run[0][0], run[-1][1], _clean(total), words=True,
                               scaled=any(s for *_, s in run) and total >= 1000 and not any(c.isdigit() for c in span)))
        run.clear()

    last_end = -1
    for m in _TABLE_TOKEN_RE.finditer(text):
        word = m.group().lower().replace("’", "'").replace("ʼ", "'")
        end = m.end()
        if word in table:
            value, is_scale = float(table[word]), False
        elif word.rstrip(".") in table and word.endswith("."):
            value, is_scale, end = float(table[word.rstrip(".")]), False, end - 1
        elif word in t.scales or word.rstrip(".") in t.scales:
            value = t.scales.get(word) or t.scales[word.rstrip(".")]
            is_scale = True
            if word not in t.scales:
                end -= 1
        else:
            flush()
            continue
        if run and not re.fullmatch(rf"[\s{_NBSP}]+", text[last_end:m.start()]):
            flush()
        if run and not is_scale and run[-1][3] is False and run[-1][2] <= value:
            flush()  # "два три" are two numbers; "двадцать пять" one
        run.append((m.start(), end, value, is_scale))
        last_end = end
    flush()
    return out


def numbers(text: str, lang: str) -> list[Numeral]:
    """Every numeral of ``text`` with its value, in reading order.

    Digits follow the locale of ``lang`` ("1.500" is 1500 in German and 1.5 in
    English); numbers written as words are read by text2num. Ordinals are
    included with ``ordinal=True``.
    """
    t = _lang_tables(lang)
    digits = _digit_numerals(text, t)
    spans = _Spans([(n.start, n.end) for n in digits])
    words = [w for w in _word_numerals(text, t) if not _overlaps(w.start, w.end, spans)]
    found = sorted(digits + words, key=lambda n: n.start)
    found = _compose(text, _fractions(text, found), t)
    powers = _powers(text, t)
    if powers:
        spans = _Spans([(n.start, n.end) for n in powers])
        found = sorted(powers + [n for n in found if not _overlaps(n.start, n.end, spans)], key=lambda n: n.start)
    return _signed(text, found, t)


_FRACTION_CHARS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                   "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_FRACTION_CHAR_RE = re.compile("[" + "".join(_FRACTION_CHARS) + "]")


def _fractions(text: str, found: list[Numeral]) -> list[Numeral]:
    """Join "3/4" and "2 1/4" into one numeral, and read "½"."""
    out: list[Numeral] = []
    i = 0
    while i < len(found):
        n = found[i]
        if (i + 1 < len(found) and not n.words and not found[i + 1].words
                and re.fullmatch(r"[ \t]*/[ \t]*", text[n.end:found[i + 1].start])
                and found[i + 1].value and isinstance(n.value, int) and isinstance(found[i + 1].value, int)
                and not re.match(r"[ \t]*/\d", text[found[i + 1].end:found[i + 1].end + 3])):
            d = found[i + 1]
            value = n.value / d.value
            start = n.start
            if out and not out[-1].words and isinstance(out[-1].value, int) and \
                    re.fullmatch(r"[ \t]+", text[out[-1].end:n.start]):
                whole = out.pop()
                value += whole.value
                start = whole.start
            out.append(Numeral(start, d.end, _clean(value)))
            i += 2
            continue
        out.append(n)
        i += 1
    for m in _FRACTION_CHAR_RE.finditer(text):
        out.append(Numeral(m.start(), m.end(), _clean(_FRACTION_CHARS[m.group()])))
    return sorted(out, key=lambda n: n.start)


# ---------------------------------------------------------------------------
# Composite numerals: fractions, mixed numbers, ratios, scale words after words
# ---------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def _respell(word: str, lang: str) -> str:
    """``word`` as text2num reads it: the pack's respellings ("dieciseis" -> "dieciséis", "fuenf" -> "fünf")."""
    w = _number_words(lang) if lang else None
    if w is None:
        return word
    low = word.lower()
    if low in w.respellings:
        return w.respellings[low]
    for a, b in w.respell_parts:
        if a in low:
            word = re.sub(a, b, word, flags=re.I)
            low = word.lower()
    return word


@dataclass(frozen=True)
class _Composer:
    denominators: re.Pattern[str]
    half_nouns: re.Pattern[str]
    one_before: re.Pattern[str]
    mixed: re.Pattern[str]
    chain: re.Pattern[str]
    ratio: re.Pattern[str]
    scale_after: re.Pattern[str]
    dozen_article: re.Pattern[str]
    fraction_of: re.Pattern[str]
    denominator_after: re.Pattern[str] | None
    decimal_word: re.Pattern[str] | None
    mixed_after: re.Pattern[str]
    denominator_glued: re.Pattern[str] | None
    split_and: re.Pattern[str]
    half_compounds: re.Pattern[str] | None


@lru_cache(maxsize=None)
def _composer(lang: str) -> _Composer:
    w = _number_words(lang)
    b = rf"[\s{_NBSP}]+"
    scale_words = [s for s in w.scales if len(s.rstrip(".")) >= 3]
    links = rf"|{b}(?:{_alt(w.scale_links)}){b}" if w.scale_links else ""
    return _Composer(
        denominators=re.compile(rf"(?<![\w-])(?:{_alt(w.fraction_words)})(?![\w-])", re.I),
        half_nouns=re.compile(rf"(?<![\w-])(?:{_alt(w.half_nouns)})(?![\w-])", re.I),
        one_before=re.compile(rf"(?<![\w-])(?:{_alt(w.one_words)})(?:{b}|-)$", re.I),
        mixed=re.compile(rf"{b}(?:{_alt(w.mixed_and)}){b}$", re.I),
        chain=re.compile(rf"{b}(?:(?P<and>{_alt(w.chain_and)}){b})?$", re.I),
        ratio=re.compile(rf"{b}(?P<w>{_alt(w.ratio_words)}){b}$", re.I),
        scale_after=re.compile(rf"(?:{b}|-{links})(?P<s>{_alt(scale_words)})(?!\w)", re.I),
        dozen_article=re.compile(rf"(?<![\w-])(?:{_alt(w.one_words)}){b}(?P<s>{_alt(w.dozens)})(?!\w)", re.I),
        fraction_of=re.compile(rf"{b}(?:{_alt(w.fraction_of)})(?![^\W_])", re.I),
        mixed_after=re.compile(rf"{b}(?:{_alt(w.mixed_and)}){b}", re.I),
        denominator_glued=re.compile(rf"(?<![\w-])({_WORD}+?)(?:{_alt(w.denominator_suffixes)})(?![\w-])", re.I)
        if w.denominator_suffixes else None,
        decimal_word=re.compile(rf"{b}(?:{_alt(w.decimal_words)}){b}", re.I) if w.decimal_words else None,
        denominator_after=re.compile(rf"{b}(?:{_alt(w.denominator_words)})(?![^\W_])", re.I)
        if w.denominator_words else None,
        split_and=re.compile(rf"[\s{_NBSP}]+(?:{_alt(w.split_and)})[\s{_NBSP}]+", re.I),
        half_compounds=re.compile(w.half_compounds, re.I) if w.half_compounds else None,
    )


def _is_denominator(n: Numeral, text: str, t: _Lang) -> bool:
    if n.form == "denom":
        return True
    return (n.ordinal and n.words and n.value >= 3
            and text[n.start:n.end].lower() not in t.w.not_denominators)


def _cardinal(n: Numeral) -> bool:
    return not n.ordinal and not n.form


def _last_scale(text: str, n: Numeral, t: _Lang) -> float:
    """The multiplier of the scale word a numeral ends with ("4 thousand" -> 1000), else 0."""
    m = re.search(r"(\w+)\W*$", text[n.start:n.end])
    if not m:
        return 0
    w = m.group(1).lower()
    return t.scales.get(w) or t.hundreds.get(w) or 0


def _split_on_and(text: str, n: Numeral, t: _Lang) -> tuple[Numeral, Numeral] | None:
    """"one hundred and three" read by text2num as 103 -> (100, 3), to put a fraction on the 3."""
    span = text[n.start:n.end]
    last = None
    for m in _composer(t.code).split_and.finditer(span):
        last = m
    if not n.words or last is None or not t.w.text2num:
        return None
    try:
        whole = text2num(_respell(span[:last.start()], t.code), t.w.text2num)
        part = text2num(_respell(span[last.end():], t.code), t.w.text2num)
    except (ValueError, TypeError, IndexError):
        return None
    return (Numeral(n.start, n.start + last.start(), whole, words=True, scaled=whole >= 1000),
            Numeral(n.start + last.end(), n.end, part, words=True))


# What may come between a numerator and its denominator: blanks or a hyphen ("three fifths", "two-thirds").
_NUMERATOR_GAP_RE = re.compile(rf"[\s{_NBSP}-]+")


def _compose(text: str, found: list[Numeral], t: _Lang) -> list[Numeral]:
    """Numerals made of several parts: "two thirds", "3 millions et demi", "one in three",
    "a dozen", "one trillion", "4 thousand 3 hundred and 21"."""
    c = _composer(t.code)
    if c.denominator_after is not None:
        # "dois onze avos": the cardinal before the word is a denominator
        found = [Numeral(n.start, dm.end(), n.value, words=True, form="denom")
                 if n.words and _cardinal(n) and (dm := c.denominator_after.match(text, n.end)) else n
                 for n in found]
    if c.denominator_glued is not None:
        # "tres veintiunavos": a number word and the suffix that makes it a denominator, in one word
        spans = _Spans([(n.start, n.end) for n in found])
        glued = [Numeral(m.start(), m.end(), v, words=True, form="denom")
                 for m in c.denominator_glued.finditer(text)
                 if (v := _number_value(m.group(1), t.w.text2num)) and v >= 3
                 and not _overlaps(m.start(), m.end(), spans)]
        if glued:
            found = sorted(found + glued, key=lambda n: n.start)
    if c.decimal_word is not None and len(found) > 1:
        found = _decimal_words(text, found, t, c.decimal_word)
    found_spans = [(n.start, n.end) for n in found]
    spans = _Spans(found_spans)
    fraction_words = {k.lower(): v for k, v in t.w.fraction_words.items()}
    # .get: the pattern ignores case, and a letter whose lower case is two characters ("DEMİ")
    # matches a fraction word it then does not spell
    extra = [Numeral(m.start(), m.end(), value, words=True, form="denom")
             for m in c.denominators.finditer(text) if not _overlaps(m.start(), m.end(), spans)
             and (value := fraction_words.get(m.group().lower())) is not None]
    spans = _Spans(found_spans + [(n.start, n.end) for n in extra])
    extra += [Numeral(m.start(), m.end(), 0.5, words=True, form="fraction")
              for m in c.half_nouns.finditer(text) if not _overlaps(m.start(), m.end(), spans)]
    extra += [Numeral(m.start(), m.end(), 12, words=True, scaled=True)
              for m in c.dozen_article.finditer(text) if not _overlaps(m.start("s"), m.end("s"), spans)]
    for m in _HYPHEN_PAIR_RE.finditer(text) if t.w.text2num else ():
        # "two-thirds", "one-eighth": text2num reads a hyphenated word as one number or none
        a, b_ = m.group("a"), m.group("b")
        if _overlaps(m.start(), m.end(), spans) or not (b_.lower() in fraction_words
                                                         or b_.lower().endswith(t.w.ordinal_endings or ("\0",))):
            continue
        occ = find_numbers([_Tok(a, m.start("a"), m.end("a"), t.code), _Tok(b_, m.start("b"), m.end("b"), t.code)],
                           t.w.text2num, 0.0)
        if len(occ) == 2 and not occ[0].is_ordinal and (occ[1].is_ordinal or b_.lower() in fraction_words):
            extra.append(Numeral(m.start("a"), m.end("a"), occ[0].value, words=True))
            extra.append(Numeral(m.start("b"), m.end("b"), occ[1].value, words=True, ordinal=True))
        elif len(occ) == 1 and not occ[0].is_ordinal and b_.lower() in fraction_words:
            extra.append(Numeral(m.start("a"), m.end("a"), occ[0].value, words=True))
    if c.half_compounds is not None:
        for m in c.half_compounds.finditer(text):
            v = 1.5 if m.group("ah") else 0.75 if m.group("dv") else text2num(m.group("n").lower(), t.w.text2num) + 0.5
            extra.append(Numeral(m.start(), m.end(), v, words=True, form="fraction"))
    if not extra and len(found) < 2 and not (found and found[0].words):
        return found
    if extra:
        espans = _Spans([(n.start, n.end) for n in extra])
        found = sorted(extra + [n for n in found if not _overlaps(n.start, n.end, espans)],
                       key=lambda n: n.start)
    out: list[Numeral] = []
    i = 0
    while i < len(found):
        n = found[i]
        i += 1
        if out and n.start < out[-1].end:
            continue  # already part of the numeral before ("a dozen" in "half a dozen")
        nxt = found[i] if i < len(found) else None
        # a numerator and its denominator: "three fifths", "un quart", "zwei Drittel", "tres veinteavos"
        joined = _cardinal(n) and nxt is not None and _NUMERATOR_GAP_RE.fullmatch(text, n.end, nxt.start)
        if joined and ((n.value and n.words) or abs(n.value) < 1000):
            den = None
            if _is_denominator(nxt, text, t) and (n.words or nxt.form != "denom"):
                den = nxt.value  # "2 quarters" after digits is a period, not a half
            elif nxt.words and _cardinal(nxt) and 0 < nxt.value < 1 and t.w.fraction_word_is_value:
                den = round(1 / nxt.value)  # "-avos" read by text2num as the fraction itself
            parts = _split_on_and(text, n, t) if den else None
            if parts:
                out.append(parts[0])
                n = parts[1]
            if den and abs(n.value) < 1000:
                n = Numeral(n.start, nxt.end, _clean(n.value / den), words=True, form="fraction")
                i += 1
                nxt = found[i] if i < len(found) else None
        # "a fifth", "un demi", "ein Drittel"; "half" before a scale ("half million", "demi-million")
        if n.form == "denom" or (_is_denominator(n, text, t) and not n.form):
            low = text[n.start:n.end].lower()
            one = c.one_before.search(text, max(0, n.start - 6), n.start)
            if one and (n.form != "denom" or low in t.w.ambiguous_denominators) and not (
                    c.fraction_of.match(text, n.end) or re.match(rf"[\s{_NBSP}]*(?:[,.;:!?)]|$)", text[n.end:])):
                one = None
            if one:
                n = Numeral(one.start(), n.end, _clean(1 / n.value), words=True, form="fraction")
            elif n.form == "denom" and low in t.w.half_words and (
                    (out and c.mixed.search(text, out[-1].end, n.start))
                    or c.scale_after.match(text, n.end) or _scale_numeral(text, nxt, n.end, t)):
                n = Numeral(n.start, n.end, _clean(1 / n.value), words=True, form="fraction")
        if n.form == "denom" or (n.ordinal and n.form == ""):
            out.append(n)
            continue
        prev = out[-1] if out else None
        # a fraction or a number written as words before a scale: "half a million", "one trillion", "three dozens"
        mult = 1.0
        if (n.form == "fraction" or (n.words and _cardinal(n))) and not n.scaled:
            sm = c.scale_after.match(text, n.end)
            if sm:
                mult = t.scales.get(sm.group("s").lower(), 1)
                n = Numeral(n.start, sm.end(), _clean(n.value * mult), words=True, scaled=True, form=n.form)
            elif nxt is not None and _scale_numeral(text, nxt, n.end, t):
                mult = nxt.value
                n = Numeral(n.start, nxt.end, _clean(n.value * nxt.value), words=True, scaled=True, form=n.form)
                i += 1
        # a whole number and its fraction: "two and a half", "cent trois et deux tiers", "3 millions et demi";
        # a scale after the fraction applies to both when the whole has none ("fünf und drei Viertel Milliarden")
        while n.form == "fraction" and prev is not None and _cardinal(prev) and prev.end <= n.start \
                and c.mixed.fullmatch(text, prev.end, n.start):
            scale = _last_scale(text, prev, t)
            if n.scaled and not scale and not prev.scaled:
                value = prev.value * mult + n.value
            else:
                value = prev.value + (n.value * scale if scale >= 1e6 and not n.scaled else n.value)
            big = scale >= 1e6 or n.scaled
            n = Numeral(prev.start, n.end, _clean(value), words=prev.words or n.words,
                        scaled=prev.scaled or big, form="" if big else "fraction")
            out.pop()
            prev = out[-1] if out else None
        if n.form == "fraction" and n.scaled:
            n = Numeral(n.start, n.end, n.value, words=n.words, scaled=True)  # "half a million" is a count
        # a smaller group after a scale: "4 thousand 3 hundred and 21", "twenty-one trillion three hundred"
        if prev is not None and _cardinal(n) and _cardinal(prev) and prev.end <= n.start:
            cm = c.chain.fullmatch(text, prev.end, n.start)
            scale = _last_scale(text, prev, t) if cm else 0
            if scale and n.value < scale and n.value >= 0 and (cm.group("and") or n.scaled or (n.words and prev.words)) \
                    and not _is_year_text(text, n):
                out[-1] = Numeral(prev.start, n.end, _clean(prev.value + n.value), words=prev.words or n.words,
                                  scaled=True, grouped=prev.grouped)
                continue
            # a ratio: "one in three", "1 sur 3", "uno de cada tres"
            rm = c.ratio.fullmatch(text, prev.end, n.start)
            if rm and n.value and 0 < prev.value < n.value and not _is_year_text(text, n):
                w = rm.group("w").lower()
                if w not in t.w.ratio_loose or not (t.physical.match(text, n.end) or _time_word_after(text, n.end, t)):
                    out[-1] = Numeral(prev.start, n.end, _clean(prev.value / n.value),
                                      words=prev.words or n.words, form="ratio")
                    continue
        out.append(n)
    return [n for n in out if n.form != "denom"]


def _decimal_words(text: str, found: list[Numeral], t: _Lang, decimal_word: re.Pattern[str]) -> list[Numeral]:
    """A whole number, a decimal word and the decimals, all in words: "two hundred point seventy-one",
    "siete con cincuenta", "duzentos vírgula zero três" (zeros after the word count)."""
    out: list[Numeral] = []
    i = 0
    while i < len(found):
        n = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        after = found[i + 2] if i + 2 < len(found) else None
        if (nxt is not None and n.words and nxt.words and _cardinal(n) and _cardinal(nxt)
                and isinstance(n.value, int) and isinstance(nxt.value, int) and nxt.value >= 0
                and decimal_word.fullmatch(text, n.end, nxt.start)
                # "ciento treinta con dos cincoavos", "once con uno y medio": a fraction, not decimals
                and not (after is not None and after.start - nxt.end < 6 and after.form)
                and not _composer(t.code).mixed_after.match(text, nxt.end)):
            zeros = 0
            for word in re.findall(rf"{_WORD}+", text[nxt.start:nxt.end]):
                if _number_value(word, t.w.text2num) != 0:
                    break
                zeros += 1
            digits = "0" * zeros + (str(nxt.value) if nxt.value else "")
            if digits:
                out.append(Numeral(n.start, nxt.end, _clean(n.value + int(digits) / 10 ** len(digits)), words=True))
                i += 2
                continue
        out.append(n)
        i += 1
    return out


@lru_cache(maxsize=4096)
def _number_value(word: str, code: str) -> float | None:
    if not code:
        return None
    try:
        return text2num(_respell(word, code), code)
    except (ValueError, TypeError, IndexError):
        return None


def _scale_numeral(text: str, n: Numeral | None, pos: int, t: _Lang) -> bool:
    """``n`` is a bare scale word ("million" read by text2num) right after ``pos``."""
    return (n is not None and n.words and n.value >= 1000 and text[n.start:n.end].lower() in t.scales
            and _shared().scale_gap.fullmatch(text[pos:n.start]) is not None)


def _is_year_text(text: str, n: Numeral) -> bool:
    raw = text[n.start:n.end]
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100


def _time_word_after(text: str, pos: int, t: _Lang) -> bool:
    m = re.compile(rf"[\s{_NBSP}]+({_WORD}+)").match(text, pos)
    return bool(m and m.group(1).lower() in t.time_words)


_HYPHEN_PAIR_RE = re.compile(rf"(?<![\w-])(?P<a>{_WORD}+)-(?P<b>{_WORD}+)(?![\w-])")

# Powers and scientific notation: "1.3e6", "1.1^23", "6.23x10^-4"; like the numbers, the pattern
# starts with a digit and looks back from after it.
_POWER_RE = re.compile(
    r"(?P<m>\d(?<![\w.,]\d)\d*(?:[.,]\d+)?)(?:[ \t]?[eE](?P<e>[+-]?\d+)|\^(?P<p>[+-]?-?\d+)"
    r"|[ \t]?[x×][ \t]?10\^(?P<x>[+-]?\d+))(?![\w^])")


def _powers(text: str, t: _Lang) -> list[Numeral]:
    if "^" not in text and "e" not in text and "E" not in text:
        return []
    out = []
    for m in _POWER_RE.finditer(text):
        mant = m.group("m")
        mant = mant.replace(",", ".") if t.w.decimal_mark != "." else mant.replace(",", "")
        try:
            base = float(mant)
            if m.group("e") is not None:
                v = base * 10 ** int(m.group("e"))
            elif m.group("x") is not None:
                v = base * 10 ** int(m.group("x"))
            else:
                p = m.group("p")
                exp = int(p.lstrip("+-")) * (-1 if p.count("-") % 2 else 1)
                if abs(exp) > 300:
                    continue
                v = base ** exp
        except (ValueError, OverflowError, ZeroDivisionError):
            continue
        out.append(Numeral(m.start(), m.end(), _clean(v) if abs(v) < 1e15 else v, form="power"))
    return out


def _signed(text: str, found: list[Numeral], t: _Lang) -> list[Numeral]:
    """A minus sign or word before a numeral ("-1", "minus five") makes it negative."""
    out = []
    for n in found:
        m = t.minus.search(text, max(0, n.start - 12), n.start)
        if m and not n.ordinal:
            n = Numeral(m.start(), n.end, -n.value, n.words, n.scaled, n.ordinal, n.grouped, n.form)
        out.append(n)
    return out


class _Spans:
    """Spans asked whether they overlap a given span, in logarithmic time: a
    release has thousands of numerals and of dates, and asking each span in turn
    made the stage quadratic."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        #: the greatest end among the spans that start up to each
        self._ends: list[int] = []
        for _, e in ordered:
            self._ends.append(max(e, self._ends[-1]) if self._ends else e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._ends[i - 1] > start


def _overlaps(start: int, end: int, spans: _Spans) -> bool:
    return spans.overlaps(start, end)


# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------

def _is_year(n: Numeral, text: str) -> bool:
    raw = text[n.start:n.end]
    return (not n.words and not n.scaled and not n.grouped and len(raw) == 4 and raw.isdigit()
            and 1800 <= int(raw) <= 2100)


def _prev_word(text: str, pos: int) -> str:
    m = re.search(rf"({_WORD}[\w.'’§°º-]*|§|n°|nº)[\s{_NBSP}]*$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _counted_noun(text: str, pos: int, t: _Lang) -> tuple[str | None, int]:
    """The counted noun right after ``pos`` ("migrants", "public administrations"), and where it ends."""
    if not t.stop:
        return None, pos  # without the language's function words, no telling where a noun ends
    limit = min(len(text), pos + 120)
    words: list[tuple[str, int, int]] = []
    if 0 < pos < len(text) and text[pos].isalnum() and text[pos - 1].isalnum():
        return None, pos  # glued letters ("4G", "MP3") are a name, not a counted noun
    i = pos
    quote_open = None
    w_ = t.w
    caps = w_.nouns_capitalised
    max_words = w_.noun_max_words
    complement_done = False
    while len(words) < max_words + (1 if complement_done else 0) + sum(
            1 for x in words[:-1] if x[0].lower() in w_.open_adjectives):  # "23 different Eclipse project teams"
        m = re.compile(rf"[ \t{_NBSP}]*([«“\"„‘]?[ \t{_NBSP}]*)").match(text, i, limit)
        j = m.end()
        if m.group(1).strip():
            if words:
                break
            quote_open = m.group(1).strip()
        wm = _WORD_RE.match(text, j, limit)
        if not wm:
            break
        w = wm.group().rstrip(".")
        low = w.lower()
        if any(ch.isdigit() for ch in w):
            break
        if low in t.stop or (not caps and low in t.other_stop and len(low) <= 3 and words):
            # "lines of code", "lignes de code": one complement after a noun
            if words and not complement_done and low in w_.noun_complements:
                nm = re.compile(rf"[\s{_NBSP}]+({_WORD}+(?:-{_WORD}+)*)").match(text, wm.end(), limit)
                if nm:
                    cw = nm.group(1)
                    cl = cw.lower()
                    if (cw[0].islower() and cl not in t.stop and cl not in t.other_stop
                            and not cl.endswith(t.verbish or ("\0",))
                            and not cl.endswith(w_.infinitive_endings or ("\0",))):
                        words.append((cw, nm.start(1), nm.end(1)))
                        complement_done = True
            break
        if words:
            prev = words[-1][0]
            pl_ = prev.lower()
            if caps:
                if prev[0].isupper():
                    break
                if not w[0].isupper() and len(words) >= 2:
                    break
            else:
                if low.endswith(t.verbish or ("\0",)) and len(low) > 3:
                    break
                if w_.adjective_endings and not pl_.endswith(w_.adjective_endings):
                    break  # adjectives, then the noun: "200 новых рабочих мест"
                if (w_.plural_endings and pl_.endswith(w_.plural_endings) and len(prev) > 3) \
                        or pl_ in w_.irregular_plurals:
                    break
                if w_.capital_ends_noun and not w[0].islower() and not prev[0].isupper():
                    break
                if w_.capital_ends_noun_unless_adjective and w[0].isupper() and prev[0].islower() \
                        and pl_ not in w_.open_adjectives:
                    break
        elif caps and w[0].islower() and low in t.stop:
            break
        words.append((w, wm.start(), wm.start() + len(w)))
        i = wm.start() + len(w)
        if caps and w[0].isupper():
            # "310 Open Source-Entwickler": a capitalised word before a hyphenated compound belongs to it
            nm = re.compile(rf"[ \t{_NBSP}]+({_WORD}+(?:-{_WORD}+)+)").match(text, i, limit)
            if nm and nm.group(1)[0].isupper():
                words.append((nm.group(1), nm.start(1), nm.end(1)))
                i = nm.end(1)
            break
    if caps and words and not any(w[0][0].isupper() for w in words):
        return None, pos
    if not words:
        return None, pos
    start, end = words[0][1], words[-1][2]
    if quote_open:
        cm = re.compile(rf"[\s{_NBSP}]*[»”\"“’]").match(text, end, limit)
        if cm:
            end = cm.end()
    return text[start:words[-1][2]], end


def extract(text: str, lang: str, *, exclude: Sequence[tuple[int, int]] = (),
            issues: list[Issue] | None = None) -> list[Figure]:
    """The figures of ``text``: counts, money, percents, quantities and durations.

    ``lang`` is the ISO 639-1 code of the text: its pack (``releasepipe.lang``)
    gives the words; a code without a pack gets the ``xx`` pack, digits,
    symbols and ISO codes only. ``exclude``
    holds spans already known to be something else (dates, phone numbers):
    no figure overlaps them. Durations ("plus de 10 ans") are figures too;
    do not pass duration dates in ``exclude``. A range ("between 20 and 30
    people") is one figure over the whole span whose ``value`` is the lower bound.

    ``issues``, when given, receives an RP215 warning if the language's pack
    has no number words (scales, currency names, percent words, numbers
    written as words): its figures are then only those digits, symbols and
    ISO codes make ("€ 12", "40 %", "USD 5 million").
    """
    t = _lang_tables(lang)
    if issues is not None and not t.w.complete and text.strip():
        issues.append(language_issue(lang))
    blocked = list(exclude)
    blocked += phone_spans(text)
    blocked += [m.span() for m in _TIME_OF_DAY_RE.finditer(text)]
    blocked = _Spans(blocked)
    nums = [n for n in numbers(text, lang) if not _overlaps(n.start, n.end, blocked)]
    list_starts = sorted({m.end() for m in _LIST_NUMBER_RE.finditer(text)})
    month_re = t.month

    figures: list[Figure] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        i += 1
        if n.ordinal or n.value < 0 or text[n.start - 1:n.start] in ("/", "-") or text[n.end:n.end + 1] == "/" \
                or re.match(r"-\d{4}", text[n.end:n.end + 5]):
            continue  # fractions, references, numeric dates, phone number parts
        if n.words and (n.value < 2 or text[n.start:n.end].lower() in t.vague) and not (
                n.value == 1 and (_currency_after(text, n.end, t) or t.subunit_only.match(text, n.end))):
            continue  # articles ("un", "one", "ein") and vague plurals ("hundreds"), not "un yen"
        if n.form in ("ratio", "power") or (n.words and t.dozens.intersection(text[n.start:n.end].lower().split())):
            continue  # "one in three" has no unit of its own; "a dozen" is a round number
        raw_end = n.end
        # list numbers ("1. ", "2) ") at the start of a line
        at = bisect_left(list_starts, n.start)
        if at < len(list_starts) and list_starts[at] <= n.end + 2 and re.match(r"[.)]", text[n.end:n.end + 1]):
            continue
        if text[n.end:n.end + 1] == "." and t.w.ordinal_dot and re.match(r"\.[\s\u00a0]+\w", text[n.end:n.end + 3]) \
                and not n.words:
            continue  # German ordinal "3. Platz"
        # day-month ("12 mars", "14/10") belong to dates
        if (isinstance(n.value, int) and 1 <= n.value <= 31 and not n.grouped and not n.scaled
                and month_re.match(text, n.end)) or re.match(r"[/.]\d{1,2}\b", text[n.end:n.end + 3]):
            continue
        start, end, value = n.start, n.end, n.value
        low_value = value
        high: Numeral | None = None
        # a range: "20 à 30", "between 20 and 30", "20-30"
        if i < len(nums):
            nxt = nums[i]
            mid = t.range_mid.fullmatch(text, n.end, nxt.start)
            if mid and not nxt.ordinal and (n.value < nxt.value or (nxt.scaled and not n.scaled)):
                opener = t.range_open.search(text, max(0, start - 20), start)
                if not mid.group("and") or opener:
                    if not (_is_year(n, text) and _is_year(nxt, text)):
                        high = nxt  # two years ("2019-2021", "między 2019 a 2021 rokiem") are dates
        if high is not None:
            opener = t.range_open.search(text, max(0, start - 20), start)
            if opener:
                start = opener.start()
            if high.scaled and not n.scaled and value < high.value and value < 1000:
                scale = high.value / float(_digits_value(text, high, t) or 1)
                if scale > 1:
                    low_value = _clean(value * scale)
            end = high.end
            i += 1
        elif _is_year(n, text):
            # a year-like number is a figure only with an explicit unit after it, or after a
            # qualifier no year takes ("plus de 2000 personnes", "more than 2000 people")
            if not (t.percent.match(text, end) or t.currency_after.match(text, end) or t.physical.match(text, end)
                    or t.qualifier.search(text, max(0, start - 30), start)):
                continue
        qualifier = None
        kind = "count"
        unit: str | None = None
        # currency before: "$45 million", "USD 45 million", "€ 3"
        cb = t.currency_before.search(text, max(0, start - 8), start)
        if not cb and not n.words and not _counted_noun_after(text, end, t):
            cb = _currency_name_before(text, start, t)  # "dollari 4", not "won 3 medals"
        if cb and not text[max(0, cb.start() - 1):cb.start()].isalpha() and _currency_code(cb.group("cur"), t):
            unit, kind = _currency_code(cb.group("cur"), t), "money"
            start = cb.start()
        tail = end
        if kind == "count":
            pm = t.percent.match(text, tail)
            cm = None
            if not pm:
                om = t.of.match(text, tail)
                cm = t.currency_after.match(text, om.end() if (om and (n.scaled or (high and high.scaled))) else tail)
                if cm is None and om:
                    cm = t.currency_after.match(text, tail)
            if pm:
                unit, kind, tail = "%", "percent", pm.end()
            elif cm and _currency_code(cm.group("cur"), t):
                unit, kind, tail = _currency_code(cm.group("cur"), t), "money", cm.end()
                token = cm.group("cur")
                if len(token) == 4 and token[0] == "M" and token[1:] in _shared().iso:
                    value = _clean(value * 1e6)  # "30 MUSD"
                elif not n.scaled and not (high and high.scaled):
                    sm = t.scale.match(text, tail)  # "75 USD million"
                    if sm and len(sm.group("scale")) > 1:
                        value, tail = _clean(value * t.scales[sm.group("scale").lower()]), sm.end()
                        low_value = value
            elif t.w.subunits and t.subunit_only.match(text, tail):
                sub = t.subunit_only.match(text, tail)
                unit, kind, tail = sub.group("sub").lower(), "money", sub.end()  # "34 cents": as written
            else:
                ph = t.physical.match(text, tail)
                if ph:
                    unit, kind, tail = ph.group("unit"), "quantity", ph.end()
                else:
                    om = t.of.match(text, tail) if (n.scaled or (high and high.scaled)) else None
                    noun, nend = _counted_noun(text, om.end() if om else tail, t)
                    if noun is None and om:
                        noun, nend = _counted_noun(text, tail, t)
                    if noun:
                        unit, tail = noun, nend
                        head = noun.split()[0].lower()
                        if head in t.time_words or noun.split()[-1].lower() in t.time_words:
                            kind = "duration"
                        elif head in t.months:
                            continue
        # else "$45 million in aid": nothing more needed after a prefixed currency
        # plain numbers with no unit, scale or qualifier are not figures
        qm = t.qualifier.search(text, max(0, start - 30), start)
        if qm:
            qualifier = t.qualifiers.get(_norm_q(qm.group("q")))
        if unit is None and not n.scaled and not qualifier:
            continue
        if unit is None and not n.scaled and n.words:
            continue
        raw = text[n.start:raw_end]
        if kind == "count" and not n.scaled and (
                re.fullmatch(r"\d+\.0", raw)
                or (t.w.decimal_mark != "." and re.fullmatch(r"\d+\.\d{1,2}", raw))):
            continue  # versions ("2.0 release", "Eclipse 3.1" in a comma-decimal language)
        if kind == "count" and not n.grouped and not n.scaled and not n.words and isinstance(value, int) \
                and value >= 10000 and not qualifier:
            continue  # postcodes, extensions and ids are written without separators
        # labels: "Article 3", "version 2.0", "Debian 9"
        if kind == "count" and not n.scaled and start == n.start:
            pw = _prev_word(text, start)
            if pw:
                pl = pw.lower()
                if pl in t.labels or (not t.w.nouns_capitalised and pw[0].isupper() and pl not in t.stop
                                      and pl not in t.other_stop
                                        and not qm and not _sentence_initial(text, start - len(pw) - 1)
                                        and not (high and t.range_open.search(text, max(0, start - 20), start))):
                    continue
        if qm:
            start = qm.start("q")
        if n.words and kind == "count" and unit and unit.split()[0].lower() in t.other_stop:
            continue
        span_text = text[start:tail]
        if _overlaps(start, tail, blocked) and _overlaps(n.start, raw_end, blocked):
            continue
        if kind == "money" and not high and unit and unit.isupper() and i < len(nums):
            # "3 dollars 20 cents", "15 euros et 15", "5 euro 50": the hundredths after the amount
            sub = nums[i]
            jm = t.subunit_join.match(text, tail, sub.start) if sub.start >= tail else None
            if jm and sub.form == "fraction" and 0 < sub.value < 1 and re.search(
                    rf"(?:{t.subunit_only.pattern})$", text[sub.start:sub.end], re.I):
                value, tail = _clean(value + sub.value), sub.end  # "7 euro e 50 centesimi": read as 50/100
                span_text = text[start:tail]
                i += 1
            elif jm and _cardinal(sub) and isinstance(sub.value, int) and 0 < sub.value < 100 and not sub.scaled:
                um = t.subunit_only.match(text, sub.end)
                if um or re.match(rf"[\s{_NBSP}]*(?:[.,;:!?)]|$)", text[sub.end:sub.end + 3]):
                    value = _clean(value + sub.value / 100)
                    tail = um.end() if um else sub.end
                    span_text = text[start:tail]
                    i += 1
        figures.append(Figure(span_text, start, tail, low_value if high else value, unit, qualifier, kind,
                              end_value=_clean(high.value) if high else None))
    return figures


def language_issue(lang: str | None) -> Issue:
    """The RP215 warning for a language whose pack has no number words."""
    return Issue(Code.NO_LANGUAGE_WORDS.value,
                 f"figures: no number words for language '{lang}'; only digits, symbols and ISO codes were read")


_LAST_WORDS_RE = re.compile(rf"(?<![^\W_])((?:{_WORD}+[\s{_NBSP}]+)?({_WORD}+))[\s{_NBSP}]+$")


_NEXT_WORD_RE = re.compile(rf"[\s{_NBSP}]*({_WORD}+)")


def _counted_noun_after(text: str, pos: int, t: _Lang) -> bool:
    """Whether a word that may be a counted noun follows the amount ("won 3 medals",
    "доларів 2 000 родинам"): a currency name before the number is then a word of the
    sentence ("won"), or the amount of another phrase, not this number's currency."""
    m = _NEXT_WORD_RE.match(text, pos)
    if not m:
        return False
    word = m.group(1).lower()
    return len(word) > 2 and word not in t.stop and word not in t.scales and not t.scale.match(text, pos)


def _currency_name_before(text: str, pos: int, t: _Lang) -> re.Match[str] | None:
    """The currency name right before an amount ("dollari 4", "US dollars 5"), as a match."""
    m = _LAST_WORDS_RE.search(text, max(0, pos - 40), pos)
    if not m:
        return None
    two, one = m.group(1).lower(), m.group(2).lower()
    if one in t.currency_words or re.sub(r"\s+", " ", two) in t.currency_words:
        return t.currency_name_before.search(text, m.start(), pos)
    return None


def _currency_after(text: str, pos: int, t: _Lang) -> bool:
    cm = t.currency_after.match(text, pos)
    return bool(cm and _currency_code(cm.group("cur"), t))


def _digits_value(text: str, n: Numeral, t: _Lang) -> float | int | None:
    """The value of a numeral's digits before any scale word ("3" in "3 millions")."""
    m = t.number.match(text, n.start)
    if not m:
        return None
    try:
        return _to_number(m.group("num"), t, m.group("sep"))
    except ValueError:
        return None


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos + 1].rstrip()
    return pos <= 0 or not before or before[-1] in ".!?:;\n(«\"“"


def _norm_q(q: str) -> str:
    return re.sub(rf"[\s{_NBSP}]+", " ", q.lower()).replace("’", "'")


def _currency_code(token: str, t: _Lang) -> str | None:
    if token in t.symbols:
        return t.symbols[token]
    if token.startswith("-") and len(token) > 1:
        token = token[1:]  # "a 12-cent dividend", "one-yen"
    if len(token) == 1 and unicodedata.category(token) == "Sc":
        return token  # a sign no pack names: the sign itself
    iso = _shared().iso
    if token in iso:
        return token
    if len(token) == 4 and token[0] == "M" and token[1:] in iso:
        return token[1:]
    if (token.endswith("$") and token[:-1].isalpha()) or (token.startswith("$") and token[1:].isalpha()):
        code = token.strip("$").upper()
        if code in iso:
            return code  # "usd$", "AUD$"
        if len(code) == 2 and code + "D" in iso:
            return code + "D"  # "NZ$", "US$"
        return None
    low = re.sub(rf"[\s{_NBSP}]+", " ", token.lower()).replace("’", "'")
    if low in t.currency_words:
        return t.currency_words[low]
    for sym, code in t.symbols.items():
        if sym.lower() == low:
            return code
    return None
