"""Dates: every date expression of a text, normalized to ISO 8601.

``extract(text, lang, reference=...)`` returns the date mentions and the
warnings they raise (an ambiguous day/month order). Values follow the output
contract: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``--MM-DD`` (year unknown and
no reference date), ``--MM`` (month alone, no reference date), durations as
``P10Y``, ranges with ``end_value``, and relative expressions ("hier", "last
week", "el próximo lunes") resolved against ``reference`` or left ``None``.

Why not dateparser: ``dateparser.search.search_dates`` restricted to one
language takes 20–120 ms on a 550-word release and reports fragments such as
"à sa", "53" or "Après six ans" as dates; ``dateparser.parse`` on candidate
spans costs 0.25 ms a call and gives nothing the month tables below do not.
So candidate spans are found and normalized with the words of the
language's pack (``releasepipe.lang``: month and weekday names from CLDR,
relative words, range words, holidays), which takes well under 1 ms; the
patterns are compiled once per language. A language without a pack (or a
pack without date words) gets ISO and numeric dates and years only, and a
date written with a month name it cannot read ("15 Machi 2024") raises one
``NO_LANGUAGE_WORDS`` (RP215) warning instead of a silently wrong value.
"""

from __future__ import annotations

import calendar as _cal
from bisect import bisect_right
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import find_numbers, text2num

from releasepipe import lang as lang_packs
from releasepipe.extract.figures import _Tok, phone_spans
from releasepipe.errors import Code
from releasepipe.lang.base import DateWords
from releasepipe.model import DateMention, Issue

__all__ = ["AMBIGUOUS_DAY_MONTH", "NO_LANGUAGE_WORDS", "extract"]

# Warning code (RP2xx: warning on a processed release) for a numeric date whose
# day/month order the locale does not settle, e.g. "03/04/2024" in English.
AMBIGUOUS_DAY_MONTH = Code.AMBIGUOUS_DAY_MONTH.value
# Warning code for a date the stage could not read: the language's pack has no month names.
NO_LANGUAGE_WORDS = Code.NO_LANGUAGE_WORDS.value

_NB = "\u00a0\u202f\u2009"
_S = rf"[\s{_NB}]"

# Symbols after a four-digit number that make it an amount, not a year; the words
# ("percent", "euros") are the packs' ``not_year_after``.
_NOT_YEAR_AFTER = r"%|‰|€|\$|£|EUR\b|USD\b|km|kg|m²"
_NOT_YEAR_BEFORE = r"[€$£#№]|n°|nº"


def _easter(y: int) -> dt.date:
    """Easter Sunday of year ``y`` (Gregorian calendar, anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


# Ordinal marks after a day number common to many languages; the words ("er", "th") are the packs'.
_ORD_MARKS = r"º|°|ª|\."


def _fold_table() -> dict[int, str]:
    """Accent folding that keeps every offset: each accented Latin letter becomes its base letter."""
    import unicodedata

    table = {ord("’"): "'", ord("ʼ"): "'", ord("‘"): "'"}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    return table


_FOLD = {chr(cp): base for cp, base in _fold_table().items()}
# The characters _FOLD changes, replaced by one regex scan: str.translate looks every character
# of a release up in the table, four times slower when a few in a hundred are accented.
_FOLDABLE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_FOLD)) + "]")


def _fold(s: str) -> str:
    """``s`` without accents, same length: "décembre" -> "decembre", so "decembre" matches too."""
    return _FOLDABLE.sub(lambda m: _FOLD[m.group()], s)


def _rc(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(_fold(pattern), flags)


def _lower_alt(words) -> str:
    """``_alt`` of the lowercased words, for a case-sensitive pattern run on lowercased text.

    Such an alternation runs about twice as fast as the same one with
    re.IGNORECASE, which compares letter by letter at every position.
    """
    return _alt({w.lower() for w in words}) if words else r"(?!x)x"


def _alt(words) -> str:
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        out.append(re.escape(w).replace(r"\ ", rf"{_S}+").replace("'", "['’]").replace(r"\-", "[-‐]"))
    return "|".join(out)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # date, range, duration, relative
    a: tuple[int | None, int | None, int | None] = (None, None, None)
    b: tuple[int | None, int | None, int | None] | None = None
    value: str | None = None  # preset ISO value (durations, relative)
    end_value: str | None = None
    warn: str | None = None
    weekday: bool = False  # a weekday alone ("mardi"), absorbed by a date written right after it


@dataclass(frozen=True)
class _Tables:
    lang: str
    #: the pack's date words, keys accent-folded (extraction runs on folded text)
    w: DateWords
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    full: dict[str, int]
    weekdays: dict[str, int]
    weekday_re: re.Pattern[str]
    left_weekday: re.Pattern[str]
    left_day_range: re.Pattern[str]
    left_open: re.Pattern[str]
    left_since: re.Pattern[str]
    left_modifier: re.Pattern[str]
    connector: re.Pattern[str]
    month_context: re.Pattern[str]
    year_block_after: re.Pattern[str]
    year_block_before: re.Pattern[str]
    #: before a day/month written with a slash ("le 3/4"): what makes it a date
    dm_left: re.Pattern[str]
    #: weekday names and abbreviations, to split a list of them
    short_weekday_re: re.Pattern[str]
    #: "and" words, as a pattern
    and_words: str
    #: the words after a date that may write its year ("de dos mil dieciocho")
    word_year: re.Pattern[str]
    #: before a weekday in lower case, when the language needs one ("on friday")
    lower_weekday_left: re.Pattern[str] | None
    #: the four word scans that place the windows: lowercase patterns, run on the
    #: lowercased text (see _lower_alt)
    unit_re: re.Pattern[str]
    fullmonth_re: re.Pattern[str]
    month_re: re.Pattern[str]
    gates: dict[str, re.Pattern[str]]
    #: patterns that need one of a few words: a lowercase scan of the lowercased
    #: text for those words decides whether the pattern runs at all
    word_gates: dict[str, re.Pattern[str]]
    #: words between a number written in words and the month after it ("diez de octubre")
    link_words: frozenset[str] = frozenset()
    #: a four-digit date written in words ("15 Machi 2024") in a language without month names: RP215
    unread: re.Pattern[str] | None = None
    count_link: re.Pattern[str] | None = None
    week_of: re.Pattern[str] | None = None
    count_later: re.Pattern[str] | None = None


_DIGIT_SLASH = re.compile(r"\d/\d")
_DIGIT_DASH = re.compile(r"\d-\d")
_DIGIT_RANGE = re.compile(r"\d[/–-]\d")
# Every mark written between two digits, in one scan: it answers the three gates above.
_DIGIT_JOIN = re.compile(r"\d([/–-])(?=\d)")
_DIGITS_8 = re.compile(r"[12]\d{7}")
_DECADE_YEAR = re.compile(r"(?:1[6-9]|20)\d0")
_NEVER = r"(?!x)x"

_MAPPINGS = ("months", "full_months", "weekdays", "short_weekdays", "day_words", "units", "dir_before", "dir_after",
             "quarter_dir_after", "last_next", "holidays", "movable", "quarter_ordinals", "numbers",
             "day_word_not_after")
_SETS = ("capital_months", "day_words_lowercase_only", "nearest_dirs", "few", "one", "one_and_half")


def _folded(words: DateWords) -> DateWords:
    """The pack's words with accent-folded keys: "février" is looked up as "fevrier"."""
    changes: dict = {name: {_fold(k.lower()).replace("’", "'"): v for k, v in getattr(words, name).items()}
                     for name in _MAPPINGS}
    changes.update({name: frozenset(_fold(k) for k in getattr(words, name)) for name in _SETS})
    return dataclasses.replace(words, **changes)


def _a(words) -> str:
    """``_alt`` of a word list, or a pattern that never matches when it is empty."""
    return _alt(words) if words else _NEVER


@lru_cache(maxsize=None)
def _tables(lang: str) -> _Tables:
    w = _folded(lang_packs.get(lang).dates)
    # English month names are common in other languages' datelines ("OTTAWA, Canadá - June 25, 2008")
    en = _folded(lang_packs.get("en").dates)
    months = {**{k: v for k, v in en.full_months.items() if k not in en.capital_months}, **w.months}
    full = dict(w.full_months)
    weekdays = dict(w.weekdays)
    mon = _a(months)
    fullmon = _a(full)
    wd = _a(weekdays)
    mdy = w.numeric_date_order == "mdy"
    of = _a(w.of_words)
    arts = _a(w.articles)
    opt_of = rf"(?:(?:{of}){_S}+)?"
    suffixes = _alt(w.day_suffixes) + "|" + _ORD_MARKS if w.day_suffixes else _ORD_MARKS
    ordinal = rf"(?:{suffixes})?"
    word_ord = rf"(?:{_alt(w.day_suffixes)})?" if w.day_suffixes else ""  # after a month: no dot
    to, and_, open_words = _a(w.range_to), _a(w.range_and), _a(w.range_open)
    day = rf"(?P<d>[0-3]?\d){ordinal}"
    year_tail = rf"(?:{_S}*(?:{_alt(w.year_suffixes)})(?![^\W\d_]))?" if w.year_suffixes else ""
    year = rf"(?P<y>(?:1[6-9]|20|21)\d\d)(?!\d){year_tail}"
    # a two-digit year after a month: after "of" or an apostrophe ("octubre de 92", "April '87"), or one no
    # day can be ("juillet 98") before a punctuation mark
    yy = (rf"(?:{_S}*(?:(?:{of}){_S}+|['’])(?P<yy>\d\d)|{_S}+(?P<yy2>3[2-9]|[4-9]\d)(?={_S}*(?:[,.;:!?)]|$)))"
          rf"(?![\w%/]|[.,]\d)")
    pats: list[tuple[str, str]] = [
        ("iso", r"(?<![\w/.])(?<![\d/.]-)(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/]|-\d)"),
        # "20161016", "report-20170302.html": a valid month and day only
        ("compact", r"(?<![\w.,/])(?<!\d-)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)"),
        # "12-2015", "03/2020": a month in two digits and a year
        ("my", r"(?<![\w/.,-])(?P<m>0[1-9]|1[0-2])[-/](?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d)"),
        ("ymd", r"(?<![\w/.-])(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\w/])"),
        ("ym", r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])(?![\w/-])"),
        ("numeric", r"(?<![\w/.,-])(?P<p>[0-3]?\d)(?P<s>[./-])(?P<q>[0-3]?\d)(?P=s)"
                    r"(?P<y>\d{4}|(?<=/\d/)\d{2}|(?<=/\d\d/)\d{2}|(?<=\d\d\.\d\d\.)\d{2})(?![\w/-]|[.,]\d)"
                    + year_tail),
        # "15. 3. 2024": day, month and year each followed by a full stop and a space, in the
        # languages that write dates so (pack: spaced_numeric_dates), the day first
        *([("numeric_spaced", r"(?<![\w/.,-])(?P<p>[0-3]?\d)\.[ \u00a0](?P<q>[01]?\d)\.[ \u00a0](?P<y>\d{4})"
                              r"(?![\w/-]|[.,]\d)" + year_tail)] if w.spaced_numeric_dates else []),
        ("dm_num", r"(?<![\w/.,:-])(?P<p>[0-3]?\d)(?P<s>[/-])(?P<q>[0-3]?\d)(?![\w/]|[.,]\d|(?<=-\d)-|(?<=-\d\d)-)"),
        ("dm_num_de", rf"(?<![\w/.,:-])(?P<p>[0-3]?\d)\.{_S}?(?P<q>[01]?\d)(?P<dot>\.)?(?![\w]|\d|[.,]\d)")
        if w.dotted_day_month
        else ("", ""),
        ("day_month",
         rf"(?<![\w.,/$€£-])(?<![$€£]{_S}){day}(?:{_S}*(?:-|–|/){_S}*(?P<d2>[0-3]?\d){ordinal})?{_S}*{opt_of}"
         rf"(?P<mon>{mon})(?![^\W\d_])\.?(?:,?{_S}*{opt_of}{year}|{yy})?"),
        ("month_day",
         rf"(?<![\w])(?P<mon>{mon})(?![^\W\d_])\.?{',?' if mdy else ''}{_S}*(?:(?:{arts}){_S}+)?(?P<d>[0-3]?\d){word_ord}"
         rf"(?:{_S}*(?:-|–|{to}){_S}*(?P<d2>[0-3]?\d){word_ord})?(?![\d:.,]\d|\w)"
         rf"(?:,?{_S}*{year})?"),
        ("day_month_sep", rf"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<s>[/-])(?P<mon>{mon})(?:(?P=s)(?:(?P<y>\d{{4}})|(?P<yy>\d\d)))?"
                          rf"(?![\w/-])"),
        # months in other orders: "septembre-2020-23", "2020/23/Sep", "23-2020-septembre"
        ("mon_y_d", rf"(?<![\w/.-])(?P<mon>{mon})(?P<s>[/-])(?P<y>\d{{4}})(?P=s)(?P<d>[0-3]?\d)(?![\w/-])"),
        ("y_d_mon", rf"(?<![\w/.-])(?P<y>\d{{4}})(?P<s>[/-])(?P<d>[0-3]?\d)(?P=s)(?P<mon>{mon})(?![^\W\d_])"),
        ("d_y_mon", rf"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<s>[/-])(?P<y>\d{{4}})(?P=s)(?P<mon>{mon})(?![^\W\d_])"),
        ("ymd_mon", rf"(?<![\w/.-])(?P<y>\d{{4}})(?P<s>[/-])(?P<mon>{mon})(?P=s)(?P<d>[0-3]?\d)(?![\w/-])"),
        ("month_day_sep", rf"(?<![\w/.-])(?P<mon>{mon})(?P<s>[/-])(?P<d>[0-3]?\d)(?:(?P=s)(?P<y>\d{{4}}))?(?![\w/]|-\d)"),
        ("month_year", rf"(?<![\w])(?P<mon>{mon})(?![^\W\d_])\.?(?:(?:,?{_S}*{opt_of}|[-/]){year}|{yy})"),
        ("month", rf"(?<![\w])(?<!\d-)(?P<mon>{fullmon})(?![^\W\d_])"),
        # "between August and October", "Jan-Feb 2017", "de noviembre a febrero de 2017"
        ("month_pair", rf"(?<![\w])(?:(?P<open>{open_words}){_S}+)?(?P<mon>{mon})(?![^\W\d_])\.?{_S}*"
                       rf"(?:[-–]|(?P<to>{to})|(?P<and>{and_})){_S}*(?P<mon2>{mon})(?![^\W\d_])\.?"
                       rf"(?:,?{_S}*{opt_of}{year})?"),
        # "from 10/1 to 11/7", "5/1-5/7/2020", "10/1-11/2/2017"
        ("num_range", rf"(?<![\w/.,-])(?:(?P<open>{open_words}){_S}+)?(?P<p>[0-3]?\d)/(?P<q>[0-3]?\d)"
                      rf"(?:/(?P<y1>\d{{4}}))?{_S}*(?:[-–]|{to}){_S}*(?P<p2>[0-3]?\d)/(?P<q2>[0-3]?\d)"
                      rf"(?:/{year})?(?![\w/]|[.,]\d)"),
        ("year_range", r"(?<![\w.,/-])(?P<y>(?:19|20)\d\d)(?:/|[-–]|–)(?P<y2>(?:19|20)\d\d|\d\d)(?![\w/%]|[.,]\d)"
                       + year_tail),
        ("year", r"(?<![\w.,/+-])(?P<y>(?:19|20)\d\d|2100)(?![\w/%°]|[.,]\d|-\d|:\d)" + year_tail),
    ]
    units_all = dict(w.units)
    allunits = _a(units_all)
    before, after = dict(w.dir_before), dict(w.dir_after)
    if weekdays:
        if w.day_words:
            pats.append(("dayword", rf"(?<![\w-])(?P<w>{_alt(w.day_words)})(?![\w-])"))
        per = _a(k for k, v in units_all.items() if v in ("Y", "M", "W"))
        this_suffix = rf"(?:{_alt(w.this_suffixes)})?" if w.this_suffixes else ""
        if before:
            pats.append(("period_before", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<dir>{_alt(before)}){_S}*(?P<u>{per})"
                                          rf"{this_suffix}(?![\w])"))
            pats.append(("weekday_before", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<dir>{_alt(before)}){_S}*(?P<wd>{wd})(?![\w])"))
        if after:
            pats.append(("period_after", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<u>{per}){_S}*(?P<dir>{_alt(after)})(?![\w])"))
            pats.append(("weekday_after", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<wd>{wd}){_S}*(?P<dir>{_alt(after)})(?![\w])"))
        numw = rf"(?P<n>\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-‐][^\W\d_]+)*)"
        if w.ago_before:
            pats.append(("ago", rf"(?<![\w])(?:{_alt(w.ago_before)}){_S}+{numw}{_S}+(?P<u>{allunits})(?![\w])"))
        if w.ago_after:
            pats.append(("ago", rf"(?<![\w]){numw}{_S}+(?P<u>{allunits}){_S}+(?:{_alt(w.ago_after)})(?![\w])"))
        if w.in_words:
            pats.append(("in", rf"(?<![\w])(?:{_alt(w.in_words)}){_S}+{numw}{_S}+(?P<u>{allunits})(?![\w])"))
        ahead = _a(k for k, v in w.last_next.items() if v > 0)
        if w.within:
            pats.append(("in", rf"(?<![\w])(?P<within>{_alt(w.within)}){_S}+(?:(?:(?:{arts}){_S}+)?(?:{ahead}){_S}+)?"
                               rf"{numw}{_S}+(?P<u>{allunits})(?![\w])"))
        pats.append(("duration", rf"(?<![\w.,]){numw}(?:{_S}+|[-‐])(?P<u>{allunits})(?![\w])"))
        pats.append(("duration", rf"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)(?P<u>{allunits})(?![\w])"))
        if w.quarter_hour:
            pats.append(("dur_quarter_hour", rf"(?<![\w])(?:{w.quarter_hour})(?![\w])"))
        if w.half_before:
            pats.append(("dur_half", rf"(?<![\w])(?:{w.half_before}){_S}*(?P<u>{allunits})(?![\w])"))
        if w.half_after:
            pats.append(("dur_half", rf"(?<![\w.,]){numw}{_S}+(?P<plus>{w.half_after}){_S}+(?P<u>{allunits})(?![\w])"))
            pats.append(("dur_half", rf"(?<![\w.,]){numw}{_S}+(?P<u>{allunits}){_S}+(?P<plus>{w.half_after})(?![\w])"))
        if w.last_next:
            lastnext = _alt(w.last_next)
            pats.append(("span_n", rf"(?<![\w])(?P<dir>{lastnext}){_S}+{numw}{_S}+(?P<u>{allunits})(?![\w])"))
            pats.append(("span_n", rf"(?<![\w]){numw}{_S}+(?P<dir>{lastnext}){_S}+(?P<u>{allunits})(?![\w])"))
            # "los 2 días siguientes", "the 3 months following"
            pats.append(("span_n", rf"(?<![\w]){numw}{_S}+(?P<u>{allunits}){_S}+(?P<dir>{lastnext})(?![\w])"))
        if w.whole_before:
            pats.append(("whole", rf"(?<![\w])(?:{_alt(w.whole_before)}){_S}+(?P<u>{allunits})(?![\w])"))
        if w.whole_after:
            pats.append(("whole", rf"(?<![\w])(?:(?:{arts}){_S}+)?(?P<u>{allunits}){_S}+(?:{_alt(w.whole_after)})(?![\w])"))
        # "Tuesday of last week", "el lunes de la semana siguiente": that weekday in that week
        week_units = _a(k for k, v in units_all.items() if v == "W")
        if before:
            pats.append(("weekday_week", rf"(?<![\w])(?P<wd>{wd}){_S}+(?:(?:{of}){_S}+)?(?:(?:{arts}){_S}+)?"
                                         rf"(?P<dir>{_alt(before)}){_S}*(?:{week_units})(?![\w])"))
        if before:
            pats.append(("weekday_week", rf"(?<![\w])(?:(?:{arts}){_S}+)?(?P<dir>{_alt(before)}){_S}*(?:{week_units})"
                                         rf"{_S}+(?:(?:{_a(w.weekday_lead)}){_S}+)?(?P<wd>{wd})(?![\w])"))
        if after:
            pats.append(("weekday_week", rf"(?<![\w])(?P<wd>{wd}){_S}+(?:(?:{of}){_S}+)?(?:(?:{arts}){_S}+)?"
                                         rf"(?:{week_units}){_S}*(?P<dir>{_alt(after)})(?![\w])"))
        if before:
            pats.append(("month_dir", rf"(?<![\w])(?P<dir>{_alt(before)}){_S}+(?P<mon>{fullmon})(?![\w])"))
        if after:
            pats.append(("month_dir", rf"(?<![\w])(?P<mon>{fullmon}){_S}+(?P<dir>{_alt(after)})(?![\w])"))
        if w.day_alone_articles:
            pats.append(("day_only", rf"(?<![\w])(?:{_alt(w.day_alone_articles)}){_S}+(?P<d>[0-3]?\d)"
                                     rf"(?:{_a(w.day_suffixes)})(?![\w])(?!{_S}*{opt_of}(?:{mon}))"
                                     rf"(?!{_S}+[^\W\d_])"))  # "the 5th edition" is not a day
        if w.day_nouns:
            pats.append(("day_only", rf"(?<![\w])(?:{_alt(w.day_nouns)}){_S}+(?P<d>[0-3]?\d)(?![\w/-]|[.,:]\d)"
                                     rf"(?!{_S}*{opt_of}(?:{mon}))(?!{_S}*(?:\d|%|(?:{allunits})(?![\w])))"))
        # "Sunday 31", "vendredi 13", "Mon 13th": that weekday falling on that day, nearest the reference
        short_wd = _a(w.short_weekdays or weekdays)
        # "na terça, qua ou sexta", "on Mon or Tue": abbreviations read after a weekday lead word, in a list
        if w.weekday_lead and w.short_weekdays:
            sep = rf"(?:{_S}*,{_S}*|{_S}+)(?:(?:{_a(set(w.or_words) | set(w.range_and))}){_S}+)?"
            # the first one written in full or nearly ("terça"): "o dom" is a gift, "a ter" a verb
            first_wd = _a(k for k in w.short_weekdays if len(k.rstrip(".")) > 3)
            pats.append(("weekday_list", rf"(?<![\w])(?:{_alt(w.weekday_lead)}){_S}+(?:{first_wd})\.?(?![\w])"
                                         rf"(?:{sep}(?:{short_wd})\.?(?![\w]))*"))
        pats.append(("weekday_day", rf"(?<![\w-])(?P<wd>{short_wd})\.?,?{_S}+(?:(?:{arts}){_S}+)?(?P<d>[0-3]?\d)"
                                    rf"{word_ord}(?![\w/-]|[.,:]\d)(?!{_S}*{opt_of}(?:{mon}))"
                                    rf"(?!{_S}*(?:{allunits})(?![\w]))"))
        if w.vague:
            pats.append(("vague", rf"(?<![\w])(?:{w.vague})(?![\w])"))
        if w.quarter_words:
            qw = _alt(w.quarter_words)
            qord = _a(w.quarter_ordinals)
            yof = rf"(?:{_S}*,?{_S}*{opt_of}(?:(?:{arts}){_S}+)?{year})?"
            pats.append(("quarter", rf"(?<![\w])(?:(?:{arts}){_S}+)?(?P<q>{qord}){_S}*(?:{qw})(?![\w]){yof}"))
            if w.year_words:
                pats.append(("quarter", rf"(?<![\w])(?:(?:{arts}){_S}+)?(?P<q>{qord}){_S}*(?:{qw})(?![\w])"
                                        rf"(?:{_S}+(?:{of}){_S}+(?:(?:{arts}){_S}*)?"
                                        rf"(?P<ythis>{_alt(w.year_words)}))"))
            qdir_b = _alt(before) if before else None
            qdir_a = _alt({**after, **w.quarter_dir_after}) if (after or w.quarter_dir_after) else None
            if qdir_b:
                pats.append(("quarter_rel", rf"(?<![\w])(?P<dir>{qdir_b}){_S}*(?:{qw})(?![\w])"))
            if qdir_a:
                pats.append(("quarter_rel", rf"(?<![\w])(?:{qw}){_S}*(?P<dir>{qdir_a})(?![\w])"))
        # "Q3 2024", "2024-Q3": no words
        pats.append(("quarter", rf"(?<![\w])[Qq](?P<qn>[1-4])(?:{_S}*[/-]?{_S}*(?P<y>(?:19|20)\d\d)(?!\d)|{_S}*['’](?P<yy>\d\d)(?!\d))?(?![\w])"))
        pats.append(("quarter", rf"(?<![\w])(?P<y>(?:19|20)\d\d){_S}*[/-]?{_S}*[Qq](?P<qn>[1-4])(?![\w])"))
        if w.decade:
            pats.append(("decade", rf"(?<![\w'’])(?:{w.decade})(?![\w])"))
        if w.week_words:
            pats.append(("week_num", rf"(?<![\w])(?:{_alt(w.week_words)})\.?{_S}*(?P<w>[1-5]?\d)(?![\w.,]\d|\w)"
                                     rf"(?:{_S}*(?:,|{of})?{_S}*{year})?"))
        if full:
            pats.append(("day_month_words", rf"(?<![\w])(?P<dw>[^\W\d_]+(?:[-‐ ][^\W\d_]+){{0,3}}){_S}+{opt_of}(?P<mon>{fullmon})(?![^\W\d_])(?:,?{_S}*{opt_of}{year})?"))
            pats.append(("month_day_words", rf"(?<![\w])(?P<mon>{fullmon}){_S}+(?:(?:{arts}){_S}+)?(?P<dw>[^\W\d_]+(?:[-‐ ][^\W\d_]+){{0,2}})(?![^\W\d_])(?:,?{_S}*{year})?"))
        if w.holidays:
            pats.append(("holiday", rf"(?<![\w])(?P<h>{_alt(w.holidays)})(?![\w])(?:{_S}+{year})?"))
        if w.movable:
            pats.append(("movable", rf"(?<![\w])(?P<h>{_alt(w.movable)})(?![\w])(?:{_S}+{year})?"))
        if (w.holidays or w.movable) and before:
            # "last Easter", "the following Christmas", "laatste Pasen": the one before or after the reference
            pats.append(("holiday_dir", rf"(?<![\w])(?:(?:{arts}){_S}+)?(?P<dir>{_alt(before)}){_S}+"
                                        rf"(?P<h>{_a({**w.holidays, **w.movable})})(?![\w])"))
        if w.weekend:
            wk = _alt(w.weekend)
            wk_pre = _a(set(w.weekend_this) | set(before))
            wk_post = rf"(?:{_S}+(?P<post>{_alt(after)}))?" if after else ""
            # "the weekend edition", "weekend shifts": a noun after "weekend" makes it an adjective
            wk_noun = rf"(?!{_S}+(?:{_alt(w.weekend_not_before)})s?(?![\w]))" if w.weekend_not_before else ""
            pats.append(("weekend", rf"(?<![\w-])(?P<pre>{wk_pre}){_S}+(?P<we>{wk})(?![\w-]){wk_noun}{wk_post}"))
            if after:
                pats.append(("weekend", rf"(?<![\w-])(?:(?:{arts}){_S}+)?(?P<we>{wk}){_S}+(?P<post>{_alt(after)})(?![\w])"))
        pats.append(("weekday", rf"(?<![\w-])(?P<wd>{wd})(?![\w-])"))
    compiled = tuple((name, _rc(p)) for name, p in pats if name)
    connector = _rc(rf"{_S}*(?:[-–—]|(?P<to>{to})|(?P<and>{and_})){_S}*(?:(?:{arts}){_S}+)?$", re.I)
    dm_left_words = _a(set(w.weekday_lead) | set(w.articles) | set(w.range_open) | set(w.range_to)
                       | set(w.range_and))
    has_words = bool(weekdays)
    return _Tables(
        lang=lang,
        w=w,
        patterns=compiled,
        months=months,
        full=full,
        weekdays=weekdays,
        weekday_re=_rc(rf"(?P<wd>{_lower_alt(weekdays)})", 0),
        short_weekday_re=_rc(rf"(?<![\w])(?:{_a(w.short_weekdays)})(?![\w])"),
        and_words=and_,
        word_year=re.compile(rf"(?:,?{_S}*(?:{of}){_S}+|,?{_S}+)(?P<w>[^\W\d_]+(?:(?:[-‐]|{_S}+)[^\W\d_]+){{0,6}})",
                             re.I),
        left_weekday=_rc(
            rf"(?:(?:{_a(w.weekday_lead)}){_S}+)?(?P<wd>{wd})(?:{_S}*(?:,|{and_}|[-–]){_S}*(?:{wd}))*"
            rf",?{_S}*(?P<paren>\()?{_S}*(?:(?:{arts}){_S}+)?$"),
        left_day_range=_rc(
            rf"(?:(?P<open>{open_words}){_S}*(?:(?:{arts}){_S}+)?)?(?P<d>[0-3]?\d){ordinal}{_S}*"
            rf"(?:[-–]|(?:{to}|{and_}))"
            rf"{_S}*(?:(?:{arts}){_S}+)?$"),
        left_open=_rc(rf"(?<![\w])(?:{open_words}){_S}*(?:(?:{arts}){_S}+)?$"),
        left_since=_rc(rf"(?<![\w])(?:{_a(w.since)}){_S}*(?:(?:{arts}){_S}*)?$"),
        left_modifier=_rc(rf"(?<![\w])(?:{w.modifiers or _NEVER}){_S}*(?:(?:{of})?{_S}*)$"),
        connector=connector,
        month_context=_rc(rf"(?<![\w])(?:{w.month_context or _NEVER})['’]?{_S}*(?:(?:{arts}){_S}+)?$"),
        year_block_after=_rc(rf"{_S}*(?:{_NOT_YEAR_AFTER}" + (rf"|(?:{_alt(w.not_year_after)})(?![\w])"
                                                             if w.not_year_after else "") + ")"),
        dm_left=_rc(rf"(?:{wd}|\(|(?<![\w])(?:{dm_left_words})){_S}*$"),
        lower_weekday_left=_rc(rf"(?<![\w])(?:{_alt(w.lowercase_weekday_after)}){_S}+$")
        if w.lowercase_weekday_after else None,
        fullmonth_re=_rc(rf"(?<![\w])(?:{_lower_alt(full)})(?![\w])", 0),
        month_re=_rc(rf"(?<![^\W\d_])(?:{_lower_alt(months)})(?![^\W\d_])", 0),  # "3maart" too
        gates={**({"decade": _DECADE_YEAR} if w.decade else {}),
               # numbers joined by a slash or a dash, which these patterns need
               **dict.fromkeys(("ymd", "num_range"), _DIGIT_SLASH), "dm_num": _DIGIT_RANGE,
               **dict.fromkeys(("iso", "ym"), _DIGIT_DASH), "year_range": _DIGIT_RANGE,
               "compact": _DIGITS_8, "my": _DIGIT_RANGE},
        word_gates={name: _rc(_lower_alt(words), 0) for name, words in
                    (("holiday", w.holidays), ("movable", w.movable), ("weekend", w.weekend),
                     ("weekday_list", [k for k in w.short_weekdays if len(k.rstrip(".")) > 3]),
                     ("dayword", w.day_words), ("quarter_rel", w.quarter_words),
                     # led by a calendar unit, but rarer than one: "les 3 derniers mois", "il y a 2 ans"
                     ("span_n", w.last_next), ("ago", (*w.ago_before, *w.ago_after)),
                     ("in", (*w.in_words, *w.within))) if words} | {
            "weekday_day": _rc(rf"(?:{_lower_alt(w.short_weekdays or weekdays)})\.?,?{_S}+(?:[^\W\d_]+{_S}+)?\d", 0),
            "quarter": _rc(rf"{_lower_alt(w.quarter_words)}|q[1-4]", 0),
            **({"week_num": _rc(rf"(?:{_lower_alt(w.week_words)})\.?{_S}*\d", 0)} if w.week_words else {})}
        if has_words else {},
        link_words=frozenset(w.of_words) | frozenset(w.articles),
        unread=None if w.months else _rc(
            rf"(?<![\w.,])(?:[0-3]?\d\.?{_S}+(?P<word>[^\W\d_]{{3,}})\.?|(?P<word2>[^\W\d_]{{3,}})\.?{_S}+[0-3]?\d),?{_S}+"
            rf"(?:19|20)\d\d(?![\w])"),
        unit_re=_rc(rf"(?<![^\W\d_])(?:{_lower_alt(units_all)})(?![\w])", 0) if has_words and units_all
        else _rc(_NEVER),
        week_of=_rc(rf"(?<![\w])(?:{w.week_of}){_S}*$") if w.week_of else None,
        count_link=_rc(rf"{_S}+(?:(?P<after>{_a(w.count_after)})|(?P<before>{_a(w.count_before)})){_S}+"
                       rf"(?:(?:{arts}|{of}){_S}+)?") if has_words and (w.count_after or w.count_before) else None,
        count_later=_rc(rf"{_S}+(?:(?P<later>{_a(w.count_later)})|(?P<earlier>{_a(w.count_earlier)}))(?![\w])"
                        rf"(?!{_S}*(?:{of}|{arts})(?![\w]))")
        if has_words and (w.count_later or w.count_earlier) else None,
        year_block_before=_rc(
            rf"(?:{_NOT_YEAR_BEFORE}" + (rf"|(?<![\w])(?:{_alt(w.not_year_before)})" if w.not_year_before else "")
            + rf"){_S}*$"),
    )


def _century(y: int) -> int:
    """A two-digit year in full: 1930-2029."""
    return y if y >= 100 else y + (2000 if y < 30 else 1900)


def _days_in_month(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if not 1 <= d <= 31:
            return False
        if m is not None and d > _days_in_month(y or 2000, m):
            return False
    return True


def _iso(p: tuple[int | None, int | None, int | None]) -> str | None:
    y, m, d = p
    if y is not None and m is not None and d is not None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if y is not None and m is not None:
        return f"{y:04d}-{m:02d}"
    if y is not None:
        return f"{y:04d}"
    if m is not None and d is not None:
        return f"--{m:02d}-{d:02d}"
    if m is not None:
        return f"--{m:02d}"
    return None


def _nearest_year(m: int, d: int | None, ref: dt.date) -> int:
    """The year that puts month ``m`` (day ``d``) nearest to the reference date."""
    best, best_gap = ref.year, None
    # 29 February: the nearest leap year, up to four years away
    years = range(ref.year - 4, ref.year + 5) if (m, d) == (2, 29) else (ref.year - 1, ref.year, ref.year + 1)
    for y in years:
        if d is not None and d > _days_in_month(y, m):
            continue
        dd = min(d or 15, _days_in_month(y, m))
        gap = abs((dt.date(y, m, dd) - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _number(word: str, t: _Tables) -> float | None:
    """A count written in digits or in words ("3", "trois", "zweieinhalb", "quelques": three)."""
    w = t.w
    try:
        return float(word.replace(",", "."))
    except ValueError:
        pass
    lower = word.lower()
    low = _fold(lower)
    if low in w.few:  # vague counts read as three, as "a few days" is read by calendar assistants
        return 3.0
    if w.half_suffix and low.endswith(w.half_suffix) and low != w.half_suffix:  # "zweieinhalb"
        whole = _number(lower[:-len(w.half_suffix)], t)
        return None if whole is None else whole + 0.5
    if low in w.one_and_half:
        return 1.5
    if low in w.one:
        return 1.0
    if low in w.numbers:
        return float(w.numbers[low])
    if not _reads_words(t.lang):
        return None
    try:
        return float(text2num(lower, t.lang))
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=None)
def _reads_words(code: str) -> bool:
    """Whether text_to_num reads number words of language ``code``."""
    try:
        text2num("1", code)
    except ValueError as exc:
        return "unsupported" not in str(exc)
    except TypeError:
        return False
    return True


def _shift(ref: dt.date, n: float, unit: str) -> tuple[str, dt.date | None]:
    """``ref`` moved by ``n`` units, as ISO at the unit's precision."""
    n = int(n)
    mult = 1
    if unit[:-1].isdigit():
        mult, unit = int(unit[:-1]), unit[-1]
    n *= mult
    if unit == "D":
        d = ref + dt.timedelta(days=n)
        return d.isoformat(), d
    if unit == "W":
        d = ref + dt.timedelta(weeks=n)
        return d.isoformat(), d
    if unit == "M":
        total = ref.year * 12 + ref.month - 1 + n
        y, m = divmod(total, 12)
        return f"{y:04d}-{m + 1:02d}", None
    if unit == "Y":
        return f"{ref.year + n:04d}", None
    return ref.isoformat(), ref


def _duration(n: float, unit: str) -> str:
    mult = 1
    if unit[:-1].isdigit():
        mult, unit = int(unit[:-1]), unit[-1]
    v = n * mult
    num = str(int(v)) if float(v).is_integer() else f"{v:g}"
    if unit in ("H", "TM", "TS"):
        return f"PT{num}{unit[-1]}"
    return f"P{num}{unit}"


def _add(ref: dt.date, n: int, unit: str) -> dt.date:
    """``ref`` moved by ``n`` calendar units, the day clamped to the month's length."""
    mult = 1
    if unit[:-1].isdigit():
        mult, unit = int(unit[:-1]), unit[-1]
    n *= mult
    if unit == "D":
        return ref + dt.timedelta(days=n)
    if unit == "W":
        return ref + dt.timedelta(weeks=n)
    months = n * 12 if unit == "Y" else n
    y, m = divmod(ref.year * 12 + ref.month - 1 + months, 12)
    return dt.date(y, m + 1, min(ref.day, _days_in_month(y, m + 1)))


def _weekday_date(ref: dt.date, wd: int, direction: int | None, *, by_week: bool = False) -> dt.date:
    """Weekday ``wd`` near ``ref``: in the week ``direction`` weeks away when ``by_week`` ("next Friday" is
    the Friday of next week), else the nearest one in that direction."""
    delta = wd - ref.weekday()
    if by_week and direction:
        return ref + dt.timedelta(days=delta, weeks=direction)
    if direction is not None and abs(direction) > 1:  # "übernächsten Montag"
        step = 1 if direction > 0 else -1
        return _weekday_date(ref, wd, step) + dt.timedelta(weeks=direction - step)
    if direction == -1:
        return ref + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction == 1:
        return ref + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if direction == 0:
        return ref + dt.timedelta(days=delta)
    # bare weekday: the nearest one
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return ref + dt.timedelta(days=delta)


def _month_of(name: str, t: _Tables) -> int | None:
    return t.months.get(name.lower().rstrip("."))


# Patterns whose matches may start inside an earlier one ("March and May twenty nine").
_OVERLAPPING = frozenset({"day_month_words", "month_day_words"})
# Patterns whose every match holds a month name, and how far around a month name
# they are looked for ("du lundi 14 au mercredi 16 octobre 2024" starts 27
# characters before "octobre"). Scanning only there spares most of the text.
_MONTH_LED = frozenset({"day_month", "month_day", "day_month_sep", "ymd_mon", "month_day_sep", "month_year",
                        "mon_y_d", "y_d_mon", "d_y_mon",
                        "month", "month_pair", "month_dir"})
_WORD_REACH = 80
# Patterns whose every match holds a weekday name or a calendar unit word, scanned
# only within _WORD_REACH of one.
_WORD_LED = {"weekday_before": "weekday", "weekday_after": "weekday", "weekday": "weekday",
             "period_before": "unit", "period_after": "unit"}


def _around(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Windows of _WORD_REACH characters on both sides of ``spans``, overlaps joined."""
    return _merged((max(0, start - _WORD_REACH), min(size, end + _WORD_REACH)) for start, end in spans)


def _merged(windows) -> list[tuple[int, int]]:
    """Overlapping (start, end) windows joined, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in windows:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _overlapping(pat: re.Pattern[str], text: str, lo: int, hi: int):
    pos = lo
    while (m := pat.search(text, pos, hi)) is not None:
        yield m
        pos = m.start() + 1


def _day_words(text: str, start: int, end: int, t: _Tables, *, last: bool) -> tuple[int, int, int] | None:
    """A day of the month written as words inside ``text[start:end]`` ("twenty-first", "neunundzwanzigsten"):
    the day and its span, the last number of the words before a month or the first one after it."""
    toks = [_Tok(m.group(), start + m.start(), start + m.end(), t.lang)
            for m in re.finditer(r"[^\W\d_]+", text[start:end])]
    if last:  # "diez de octubre", "zehnter des": the connector before the month is not part of the day
        while toks and toks[-1].word.lower() in t.link_words:
            toks.pop()
    if not toks:
        return None
    if not _reads_words(t.lang):  # one word the pack knows ("pierwszego" is not read: ordinals are not listed)
        tok = toks[-1] if last else toks[0]
        v = t.w.numbers.get(tok.word.lower())
        return (v, tok.start, tok.end) if v is not None and 1 <= v <= 31 else None
    occs = find_numbers(toks, t.lang, 0.0)
    if not occs:
        return None
    occ = occs[-1] if last else occs[0]
    if (last and occ.end != len(toks)) or (not last and occ.start != 0):
        return None
    v = occ.value
    if not isinstance(v, int) and not float(v).is_integer():
        return None
    if not 1 <= int(v) <= 31:
        return None
    return int(v), toks[occ.start].start, toks[occ.end - 1].end


def _candidates(text: str, t: _Tables, ref: dt.date | None, orig: str | None = None) -> list[_Cand]:
    out: list[_Cand] = []
    w = t.w
    mdy = w.numeric_date_order == "mdy"
    dirs = {**w.dir_before, **w.dir_after}
    # patterns built around a calendar unit ("3 ans", "il y a 3 ans") only run near one: much faster
    # Folded text keeps its length when lowercased (the one letter lower() lengthens,
    # "İ", is folded to "I"), so offsets into ``low`` are offsets into ``text``.
    low = text.lower()
    units = [u.span() for u in t.unit_re.finditer(low)]
    windows = [(max(0, start - 60), min(len(text), end + 12)) for start, end in units]
    month_windows = _around([m.span() for m in t.month_re.finditer(low)], len(text))
    led_windows = {"weekday": _around([m.span() for m in t.weekday_re.finditer(low)], len(text)),
                   "unit": _around(units, len(text))}
    full_months = list(t.fullmonth_re.finditer(low))
    joins = set(_DIGIT_JOIN.findall(text))
    searched: dict[re.Pattern[str], bool] = {_DIGIT_SLASH: "/" in joins, _DIGIT_DASH: "-" in joins,
                                             _DIGIT_RANGE: bool(joins)}
    for g in t.gates.values():
        if g not in searched:
            searched[g] = g.search(text) is not None
    gated = {name: searched[g] for name, g in t.gates.items()}
    gated.update({name: bool(g.search(low)) for name, g in t.word_gates.items()})
    if "holiday" in t.word_gates or "movable" in t.word_gates:  # "last Easter" needs one of their words
        gated["holiday_dir"] = any(gated[k] for k in ("holiday", "movable") if k in t.word_gates)
    if ref is None:
        gated["day_only"] = False  # a day alone ("le 5") is read only against the reference date
    for name, pat in t.patterns:
        if not gated.get(name, True):
            continue  # a cheap scan found nothing the pattern needs (a word, joined digits)
        if name in _UNIT_LED:
            seen: set[tuple[int, int]] = set()
            matches = []
            for lo, hi in windows:
                for m in pat.finditer(text, lo, hi):
                    if m.span() not in seen:
                        seen.add(m.span())
                        matches.append(m)
        elif name in _MONTH_LED:
            # every match holds a month name: scan only around them, with room on both sides
            matches = [m for lo, hi in month_windows for m in pat.finditer(text, lo, hi)]
        elif name in _WORD_LED:
            # likewise around weekday names ("mardi dernier") or calendar units ("la semaine prochaine")
            matches = [m for lo, hi in led_windows[_WORD_LED[name]] for m in pat.finditer(text, lo, hi)]
        elif name in _OVERLAPPING:
            # only near a month name: the words before or after it are read by text2num
            matches = []
            seen_w: set[tuple[int, int]] = set()
            for mm in full_months:
                for m in _overlapping(pat, text, max(0, mm.start() - 45), min(len(text), mm.end() + 60)):
                    if m.span() not in seen_w:
                        seen_w.add(m.span())
                        matches.append(m)
        else:
            matches = pat.finditer(text)
        for m in matches:
            s, e = m.span()
            g = m.groupdict()
            c: _Cand | None = None
            if name in ("iso", "ymd", "compact"):
                y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
                if _valid(y, mo, d):
                    c = _Cand(s, e, "date", (y, mo, d))
            elif name in ("ym", "my"):
                c = _Cand(s, e, "date", (int(g["y"]), int(g["m"]), None))
            elif name in ("numeric", "numeric_spaced"):
                p, q = int(g["p"]), int(g["q"])
                y = _century(int(g["y"]))
                warn = None
                if mdy and name == "numeric":
                    mo, d = p, q  # month first, as the US and the ISO order
                    if not _valid(y, mo, d) and _valid(y, q, p):
                        mo, d = q, p
                    elif p <= 12 and q <= 12 and p != q and g["s"] == "/":
                        warn = m.group()
                else:
                    d, mo = p, q
                if _valid(y, mo, d):
                    c = _Cand(s, e, "date", (y, mo, d), warn=warn)
            elif name in ("dm_num", "dm_num_de"):
                p, q = int(g["p"]), int(g["q"])
                raw = m.group()
                if raw in ("24/7", "9/11") or (len(g["q"]) < 2 and len(g["p"]) < 2):
                    continue
                day_part = q if mdy else p
                if name == "dm_num" and len(g["q"]) < 2 and day_part <= 12 and not t.dm_left.search(
                        text, max(0, s - 15), s):
                    continue
                if (g.get("s") == "-" or (name == "dm_num_de" and not g.get("dot"))) and (
                        mdy or not t.dm_left.search(text, max(0, s - 15), s)):
                    continue  # "20-11", "22.04": a day and a month only after a weekday or a date word
                d, mo = (q, p) if mdy else (p, q)
                if _valid(None, mo, d):
                    c = _Cand(s, e, "date", (None, mo, d))
            elif name in ("day_month", "month_day", "month_year", "month", "day_month_sep", "ymd_mon",
                          "month_day_sep", "mon_y_d", "y_d_mon", "d_y_mon"):
                mo = _month_of(g["mon"], t)
                if mo is None:
                    continue
                mon_text = g["mon"]
                if name == "month":
                    if not mon_text[0].isupper() and mon_text.lower() in w.capital_months:
                        continue
                    if not t.month_context.search(text, max(0, s - 25), s):
                        continue
                if name in ("month_day", "month_year") and w.short_months_need_capital \
                        and not mon_text[0].isupper() and len(mon_text) <= 3 and mon_text.lower() not in t.full \
                        and text[m.end("mon"):m.end("mon") + 1] not in ("-", "/"):  # "dec-2018" is a month
                    continue
                if name in ("day_month", "month_day") and not mon_text[0].isupper() \
                        and mon_text.lower() in w.capital_months:
                    continue
                if name in ("day_month", "month_year", "month") and m.group().endswith(".") \
                        and mon_text.lower() in t.full and m.end("mon") + 1 == e:
                    e -= 1  # a full month name's dot ends the sentence
                y = int(g["y"]) if g.get("y") else None
                if y is None and (g.get("yy") or g.get("yy2")):
                    y = _century(int(g.get("yy") or g["yy2"]))
                d = int(g["d"]) if g.get("d") else None
                d2 = int(g["d2"]) if g.get("d2") else None
                if not _valid(y, mo, d) or (d2 is not None and (not _valid(y, mo, d2) or d2 <= (d or 0))):
                    continue
                if d2 is not None:
                    c = _Cand(s, e, "range", (y, mo, d), (y, mo, d2))
                else:
                    c = _Cand(s, e, "date", (y, mo, d))
            elif name == "month_pair":
                mo, mo2 = _month_of(g["mon"], t), _month_of(g["mon2"], t)
                if mo is None or mo2 is None or mo == mo2 or (g.get("and") and not g.get("open")):
                    continue
                bad = False
                for mt, k in ((g["mon"], "mon"), (g["mon2"], "mon2")):
                    low = mt.lower()
                    if not mt[0].isupper() and text[m.end(k):m.end(k) + 1] != "." and not g.get("open") and (
                            low in w.capital_months
                            or (w.short_months_need_capital and len(mt) <= 3 and low not in t.full)):
                        bad = True
                if bad:
                    continue
                if not g.get("y") and text[e - 1] == "." and g["mon2"].lower() in t.full:
                    e -= 1  # a full month name's dot ends the sentence
                y2 = int(g["y"]) if g.get("y") else None
                y1 = (y2 - 1 if mo > mo2 else y2) if y2 is not None else None
                c = _Cand(s, e, "range", (y1, mo, None), (y2, mo2, None))
            elif name == "num_range":
                p_, q_, p2, q2 = int(g["p"]), int(g["q"]), int(g["p2"]), int(g["q2"])
                has_year = bool(g.get("y") or g.get("y1"))
                # "from 1/3 to 1/2" is a fraction: without a year, one part in two digits and in order
                if not has_year and (not g.get("open") or max(len(g[k]) for k in ("p", "q", "p2", "q2")) < 2):
                    continue
                (m1, d1, m2, d2) = (p_, q_, p2, q2) if mdy else (q_, p_, q2, p2)
                y2 = int(g["y"]) if g.get("y") else (int(g["y1"]) if g.get("y1") else None)
                y1 = int(g["y1"]) if g.get("y1") else (y2 - 1 if y2 is not None and (m1, d1) > (m2, d2) else y2)
                if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)) or (not has_year and (m1, d1) >= (m2, d2)):
                    continue
                c = _Cand(s, e, "range", (y1, m1, d1), (y2, m2, d2))
            elif name == "year_range":
                y1, y2 = int(g["y"]), g["y2"]
                y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
                if y2i <= y1 or y2i - y1 > 100:
                    continue
                c = _Cand(s, e, "range", (y1, None, None), (y2i, None, None))
            elif name == "year":
                if t.year_block_after.match(text, e) or t.year_block_before.search(text, max(0, s - 12), s):
                    continue
                c = _Cand(s, e, "date", (int(g["y"]), None, None))
            elif name == "dayword":
                word = re.sub(rf"{_S}+", " ", g["w"].lower()).replace("’", "'")
                not_after = w.day_word_not_after.get(word)
                if not_after and re.search(rf"(?<![\w])(?:{_alt(not_after)}){_S}+$", text[max(0, s - 12):s], re.I):
                    continue  # "la mañana": the morning
                if word in w.day_words_lowercase_only and g["w"][0].isupper():
                    continue  # "am Morgen"
                off = w.day_words[word]
                val = (ref + dt.timedelta(days=off)).isoformat() if ref else None
                c = _Cand(s, e, "relative", value=val)
            elif name in ("period_before", "period_after"):
                dword = re.sub(rf"{_S}+", " ", g["dir"].lower()).replace("’", "'")
                direction = dirs.get(dword)
                unit = w.units.get(g["u"].lower())
                if direction is None or unit is None:
                    continue
                val = end_val = None
                if ref:
                    if unit == "W":
                        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=direction)
                        val, end_val = monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
                    else:
                        val = _shift(ref, direction, unit)[0]
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name in ("weekday_before", "weekday_after", "weekday"):
                wd = t.weekdays.get(g["wd"].lower())
                if wd is None:
                    continue
                direction = None
                if name != "weekday":
                    dword = re.sub(rf"{_S}+", " ", g["dir"].lower())
                    direction = dirs.get(dword)
                elif t.lower_weekday_left is not None and not g["wd"][0].isupper() \
                        and not t.lower_weekday_left.search(text, max(0, s - 7), s):
                    continue
                # "next Friday": the Friday of next week, "last Friday" of last week; "coming Friday" the next one
                by_week = name != "weekday" and dword not in w.nearest_dirs
                val = _weekday_date(ref, wd, direction, by_week=by_week).isoformat() if ref else None
                c = _Cand(s, e, "relative", value=val, weekday=name == "weekday")
            elif name in ("ago", "in"):
                n = _number((orig or text)[m.start("n"):m.end("n")], t)
                unit = w.units.get(g["u"].lower())
                if n is None or unit is None or unit in _NOT_CALENDAR:
                    continue
                if g.get("within"):
                    val = ref.isoformat() if ref else None
                    end_val = _add(ref, int(n), unit).isoformat() if ref and float(n).is_integer() else None
                    c = _Cand(s, e, "relative", value=val, end_value=end_val)
                    out.append(c)
                    continue
                val = _shift(ref, -n if name == "ago" else n, unit)[0] if ref else None
                c = _Cand(s, e, "relative", value=val)
            elif name == "duration":
                n = _number((orig or text)[m.start("n"):m.end("n")], t)
                unit = w.units.get(g["u"].lower())
                if n is None or unit is None or n <= 0 or n > 1000:
                    continue
                if g["n"][0].isdigit() and len(g["n"]) == 4 and 1800 <= n <= 2100:
                    continue
                c = _Cand(s, e, "duration", value=_duration(n, unit))
            elif name == "whole":
                unit = w.units.get(g["u"].lower())
                if unit is None:
                    continue
                c = _Cand(s, e, "duration", value=_duration(1, unit))
            elif name == "weekday_week":
                wd = t.weekdays.get(g["wd"].lower())
                direction = dirs.get(re.sub(rf"{_S}+", " ", g["dir"].lower()))
                if wd is None or direction is None:
                    continue
                val = None
                if ref:
                    day_ = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=direction, days=wd)
                    val = day_.isoformat()
                c = _Cand(s, e, "relative", value=val)
            elif name == "dur_quarter_hour":
                c = _Cand(s, e, "duration", value="PT0.75H" if g.get("q") else "PT0.25H")
            elif name == "dur_half":
                unit = w.units.get(g["u"].lower())
                n = _number((orig or text)[m.start("n"):m.end("n")], t) if g.get("n") else 0.0
                if unit is None or n is None or n > 1000:
                    continue
                c = _Cand(s, e, "duration", value=_duration(n + 0.5, unit))
            elif name == "span_n":
                n = _number((orig or text)[m.start("n"):m.end("n")], t)
                unit = w.units.get(g["u"].lower())
                direction = w.last_next.get(re.sub(rf"{_S}+", " ", g["dir"].lower()))
                if n is None or unit is None or unit in _NOT_CALENDAR or direction is None:
                    continue
                val = end_val = None
                if ref and unit == "3M":  # quarters: whole calendar quarters before or after the current one
                    q_start = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
                    if direction < 0:
                        val, end_val = _add(q_start, -int(n), unit), q_start - dt.timedelta(days=1)
                    else:
                        first = _add(q_start, 1, unit)
                        val, end_val = first, _add(first, int(n), unit) - dt.timedelta(days=1)
                    val, end_val = val.isoformat(), end_val.isoformat()
                elif ref:
                    if direction < 0:
                        val, end_val = _add(ref, -int(n), unit).isoformat(), ref.isoformat()
                    else:
                        val, end_val = (ref + dt.timedelta(days=1)).isoformat(), _add(ref, int(n), unit).isoformat()
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name == "month_dir":
                mo = _month_of(g["mon"], t)
                dword = re.sub(rf"{_S}+", " ", g["dir"].lower())
                direction = dirs.get(dword)
                if mo is None or direction is None:
                    continue
                val = None
                if ref:
                    y = ref.year
                    if direction > 0 and mo <= ref.month:
                        y += 1
                    elif direction < 0 and mo >= ref.month:
                        y -= 1
                    val = f"{y:04d}-{mo:02d}"
                c = _Cand(s, e, "relative", value=val)
            elif name == "day_only":
                if not ref:
                    continue
                d = int(g["d"])
                best = None
                for k in (-1, 0, 1):
                    y, m0 = divmod(ref.year * 12 + ref.month - 1 + k, 12)
                    if d <= _days_in_month(y, m0 + 1):
                        cand = dt.date(y, m0 + 1, d)
                        if best is None or abs((cand - ref).days) < abs((best - ref).days):
                            best = cand
                if best is None:
                    continue
                c = _Cand(s, e, "relative", value=best.isoformat())
            elif name == "weekday_list":
                for wm in t.short_weekday_re.finditer(text, s, e):
                    wd = w.short_weekdays.get(wm.group().lower())
                    if wd is None:
                        continue
                    val = _weekday_date(ref, wd, None).isoformat() if ref else None
                    out.append(_Cand(wm.start(), wm.end(), "relative", value=val, weekday=True))
                continue
            elif name == "weekday_day":
                wd = (w.short_weekdays or t.weekdays).get(g["wd"].lower())
                d = int(g["d"])
                if wd is None or not 1 <= d <= 31:
                    continue
                val = None
                if ref:
                    found_days = []
                    for k in range(-14, 15):
                        y, m0 = divmod(ref.year * 12 + ref.month - 1 + k, 12)
                        if d <= _days_in_month(y, m0 + 1) and dt.date(y, m0 + 1, d).weekday() == wd:
                            found_days.append(dt.date(y, m0 + 1, d))
                    if not found_days:
                        continue
                    val = min(found_days, key=lambda x: abs((x - ref).days)).isoformat()
                c = _Cand(s, e, "relative", value=val)
            elif name == "quarter":
                if g.get("qn"):
                    q = int(g["qn"])
                else:
                    q = w.quarter_ordinals.get(re.sub(rf"{_S}+", " ", g["q"].lower()).rstrip("."),
                                               w.quarter_ordinals.get(g["q"].lower()))
                y = int(g["y"]) if g.get("y") else (2000 + int(g["yy"]) if g.get("yy") else None)
                if y is None and ref is not None:  # "the first quarter (of the year)"
                    y = ref.year
                if q is None or y is None:
                    continue
                c = _Cand(s, e, "range", (y, 3 * q - 2, None), (y, 3 * q, None))
            elif name == "quarter_rel":
                dword = re.sub(rf"{_S}+", " ", g["dir"].lower())
                direction = {**dirs, **w.quarter_dir_after}.get(dword)
                if direction is None:
                    continue
                val = end_val = None
                if ref:
                    k = ref.year * 4 + (ref.month - 1) // 3 + direction
                    y, q0 = divmod(k, 4)
                    val, end_val = f"{y:04d}-{3 * q0 + 1:02d}", f"{y:04d}-{3 * q0 + 3:02d}"
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name == "decade":
                y = int(g["y"])
                c = _Cand(s, e, "range", (y, None, None), (y + 9, None, None))
            elif name == "week_num":
                week = int(g["w"])
                y = int(g["y"]) if g.get("y") else (ref.year if ref else None)
                if y is None or not 1 <= week <= 53:
                    continue
                try:
                    monday = dt.date.fromisocalendar(y, week, 1)
                except ValueError:
                    continue
                sunday = monday + dt.timedelta(days=6)
                c = _Cand(s, e, "range", (monday.year, monday.month, monday.day),
                          (sunday.year, sunday.month, sunday.day))
            elif name in ("day_month_words", "month_day_words"):
                mo = _month_of(g["mon"], t)
                if mo is None or (g["mon"].lower() in w.capital_months and not g["mon"][0].isupper()):
                    continue
                found = _day_words(text, m.start("dw"), m.end("dw"), t, last=name == "day_month_words")
                if found is None:
                    continue
                d, ds, de_ = found
                y = int(g["y"]) if g.get("y") else None
                if not _valid(y, mo, d):
                    continue
                if name == "day_month_words":
                    s = ds
                else:
                    e = de_ if not g.get("y") else e
                c = _Cand(s, e, "date", (y, mo, d))
            elif name == "movable":
                off = w.movable[re.sub(rf"{_S}+", " ", g["h"].lower()).replace("’", "'")]
                if g.get("y"):
                    day_ = _easter(int(g["y"])) + dt.timedelta(days=off)
                    c = _Cand(s, e, "date", (day_.year, day_.month, day_.day))
                elif ref:
                    day_ = min((_easter(y) + dt.timedelta(days=off) for y in (ref.year - 1, ref.year, ref.year + 1)),
                               key=lambda x: abs((x - ref).days))
                    c = _Cand(s, e, "relative", value=day_.isoformat())
                else:
                    c = _Cand(s, e, "relative", value=None)
            elif name == "weekend":
                direction = 0
                for word in (g.get("pre"), g.get("post")):
                    if word:
                        direction = dirs.get(re.sub(rf"{_S}+", " ", word.lower()), direction)
                val = end_val = None
                if ref:
                    sat = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5, weeks=direction)
                    val, end_val = sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat()
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name == "vague":
                c = _Cand(s, e, "relative", value=None)
            elif name == "holiday_dir":
                direction = dirs.get(re.sub(rf"{_S}+", " ", g["dir"].lower()))
                key = re.sub(rf"{_S}+", " ", g["h"].lower()).replace("’", "'")
                if direction is None or direction == 0:
                    continue
                val = None
                if ref:
                    if key in w.movable:
                        days = [_easter(y) + dt.timedelta(days=w.movable[key]) for y in range(ref.year - 2, ref.year + 3)]
                    else:
                        mo, d = w.holidays[key]
                        days = [dt.date(y, mo, d) for y in range(ref.year - 2, ref.year + 3) if _valid(y, mo, d)]
                    if direction < 0:
                        val = max(x for x in days if x < ref).isoformat()
                    else:
                        val = min(x for x in days if x > ref).isoformat()
                c = _Cand(s, e, "relative", value=val)
            elif name == "holiday":
                mo, d = w.holidays[re.sub(rf"{_S}+", " ", g["h"].lower()).replace("’", "'")]
                y = int(g["y"]) if g.get("y") else None
                c = _Cand(s, e, "date", (y, mo, d))
            if c is not None:
                out.append(c)
    return out


# Units that are no step on the calendar: hours, minutes, seconds, weekends (only durations: "three weekends").
_NOT_CALENDAR = frozenset({"H", "TM", "TS", "WE"})

_UNIT_LED = frozenset({"duration", "dur_half", "span_n", "ago", "in", "whole", "weekday_week"})

_KIND_RANK = {"range": 0, "date": 1, "relative": 2, "duration": 3}


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest non-overlapping candidates."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start, _KIND_RANK[c.kind]))
    starts: list[int] = []  # the kept candidates, by start: they never overlap, so only the
    taken: list[_Cand] = []  # neighbours of a new one can (linear, not quadratic, in the text)
    for c in cands:
        k = bisect_right(starts, c.start)
        if (k and taken[k - 1].end > c.start) or (k < len(taken) and taken[k].start < c.end):
            continue
        starts.insert(k, c.start)
        taken.insert(k, c)
    return taken


def _fill(a, b):
    """Complete the parts ``a`` lacks from ``b`` ("20" .. "22 mars 2024")."""
    y, m, d = a
    by, bm, _ = b
    if m is None and d is not None:
        m = bm
    if y is None and (m == bm or m is None or (m is not None and bm is not None and m <= bm)):
        y = by
    return (y, m, d)


def _merge(text: str, cands: list[_Cand], t: _Tables) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        # "du 14 au 16/10", "14 et 15/10", "20-22 March", "vom 3. bis 5. Mai"
        if c.kind == "date" and c.a[2] is not None and c.a[1] is not None:
            left = t.left_day_range.search(text, max(0, c.start - 25), c.start)
            prev_end = out[-1].end if out else 0
            if left and left.start() >= prev_end:
                d1 = int(left.group("d"))
                if d1 < c.a[2] and _valid(c.a[0], c.a[1], d1):
                    c = _Cand(left.start(), c.end, "range", (c.a[0], c.a[1], d1), c.a, warn=c.warn)
        if out and c.kind in ("date", "range"):
            p = out[-1]
            if p.kind in ("date", "range") and p.b is None:
                conn = t.connector.fullmatch(text, p.end, c.start) if p.end <= c.start else None
                if conn:
                    opener = t.left_open.search(text, max(0, p.start - 12), p.start)
                    same_grain = (p.a[1] is None) == (c.a[1] is None)
                    if same_grain and (conn.group("and") is None or opener):
                        start = opener.start() if opener else p.start
                        a = _fill(p.a, c.a)
                        b = c.b if c.kind == "range" else c.a
                        out[-1] = _Cand(start, c.end, "range", a, b, warn=p.warn or c.warn)
                        continue
        out.append(c)
    # openers, "since", modifiers and weekdays written before a date belong to its span
    final: list[_Cand] = []
    prev_end = 0  # the end of the last date kept that is not a weekday alone
    for c in out:
        if c.kind == "range" and c.b is not None:
            op = t.left_open.search(text, max(prev_end, c.start - 12), c.start)
            if op:
                c.start = op.start()
        if c.kind in ("date", "range"):
            lo = max(prev_end, c.start - 30)
            sm = t.left_since.search(text, lo, c.start)
            if sm:
                c.start = sm.start()
            mm = t.left_modifier.search(text, lo, c.start)
            if mm:
                c.start = mm.start()
            if c.a[2] is not None:
                wm = t.left_weekday.search(text, max(prev_end, c.start - 40), c.start)
                if wm:
                    c.start = wm.start("wd") if wm.group("wd") else wm.start()
                    while final and final[-1].weekday and final[-1].start >= c.start:
                        final.pop()
                    if wm.group("paren"):
                        cm = re.match(rf"{_S}*\)", text[c.end:c.end + 3])
                        if cm:
                            c.end += cm.end()
        final.append(c)
        if not c.weekday:
            prev_end = c.end
    return final


def extract(text: str, lang: str, *, reference: dt.date | None = None) -> tuple[list[DateMention], list[Issue]]:
    """The date mentions of ``text`` and the warnings they raise.

    ``reference`` (the dateline date, else the publication date) gives the
    year of "12 mars" and resolves relative expressions; without it a date
    without year is ``--MM-DD`` and a relative expression has value ``None``.
    A numeric date whose day/month order the language does not settle
    ("03/04/2024" in English, read month first) raises an
    ``AMBIGUOUS_DAY_MONTH`` warning.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    t = _tables(lang)
    folded = _fold(text)
    phones = phone_spans(text)
    found = [c for c in _candidates(folded, t, reference, text)
             if not any(c.start < e and s < c.end for s, e in phones)]
    selected = _select(found)
    if _reads_words(t.lang):
        _word_years(text, selected, t)
    cands = _merge(folded, selected, t)
    mentions: list[DateMention] = []
    issues: list[Issue] = []
    for c in cands:
        if c.kind in ("date", "range"):
            a, b = c.a, c.b
            if reference is not None:
                if a[0] is None and a[1] is not None:
                    a = (_nearest_year(a[1], a[2], reference), a[1], a[2])
                if b is not None and b[0] is None and b[1] is not None:
                    if a[0] and a[1] is not None:  # "Nov to March": the March after
                        b = (a[0] if (b[1], b[2] or 0) >= (a[1], a[2] or 0) else a[0] + 1, b[1], b[2])
                    else:
                        b = (a[0] if a[0] and (b[1] >= (a[1] or 0)) else _nearest_year(b[1], b[2], reference),
                             b[1], b[2])
            start = c.start
            if b is None and None not in a and t.week_of is not None:
                wm = t.week_of.search(folded, max(0, c.start - 40), c.start)
                if wm:  # "the week of April 10th": that day's week, Monday to Sunday
                    monday = dt.date(*a) - dt.timedelta(days=dt.date(*a).weekday())  # type: ignore[misc]
                    sunday = monday + dt.timedelta(days=6)
                    start, a, b = wm.start(), (monday.year, monday.month, monday.day), \
                        (sunday.year, sunday.month, sunday.day)
            c.start = start
            value = _iso(a)
            end_value = _iso(b) if b is not None else None
            kind = "range" if b is not None else "date"
            if value is None:
                continue
            if len(value) == 4 and value.startswith("--"):
                # A month with neither year nor reference date ("en mars"): the
                # contract has no month-only form, and the month is relative to a
                # year nobody gave, so it is a relative date left unresolved.
                value, end_value, kind = None, None, "relative"
            if c.warn:
                issues.append(Issue(AMBIGUOUS_DAY_MONTH,
                                    f"ambiguous day/month order in '{c.warn}'; read as {value} (month first)"))
        else:
            value, end_value, kind = c.value, c.end_value, c.kind
        mentions.append(DateMention(text[c.start:c.end], c.start, c.end, value, end_value, kind))  # type: ignore[arg-type]
    if t.count_link is not None and any(m.kind == "duration" for m in mentions):
        mentions = _count_from(text, folded, mentions, t, reference)
    if t.unread is not None:
        for um in t.unread.finditer(folded):
            ws, we = um.span("word") if um.group("word") else um.span("word2")
            if not any(m.start < we and ws < m.end for m in mentions):
                issues.append(Issue(NO_LANGUAGE_WORDS, f"no date words for language '{lang}': "
                                                       f"'{text[um.start():um.end()]}' not read as a date"))
                break
    return mentions, issues


_DUR_RE = re.compile(r"P(\d+)([YMWD])")


_WORD_YEAR_MAX = 6  # "nineteen hundred and ninety three": words a year is written in, at most


def _word_years(text: str, cands: list[_Cand], t: _Tables) -> None:
    """A year written in words after a date without one ("25 January nineteen eighty six", "octubre de dos mil
    dieciocho", "October two thousand"): read by text_to_num, then taken into the date's span."""
    for i, c in enumerate(cands):
        if c.kind != "date" or c.a[0] is not None or c.a[1] is None:
            continue
        m = t.word_year.match(text, c.end)
        if m is None:
            continue
        limit = cands[i + 1].start if i + 1 < len(cands) else len(text)
        toks = [_Tok(w.group(), m.start("w") + w.start(), m.start("w") + w.end(), t.lang)
                for w in re.finditer(r"[^\W\d_]+", m.group("w"))][:_WORD_YEAR_MAX]
        toks = [k for k in toks if k.end <= limit]
        occs = find_numbers(toks, t.lang, 0.0) if toks else []
        if not occs or occs[0].start != 0:
            continue
        year, last = None, None
        v0 = occs[0].value
        if float(v0).is_integer() and 1600 <= v0 <= 2100:
            year, last = int(v0), occs[0].end
            after = text[toks[last - 1].end:toks[last - 1].end + 12]
            if year % 100 == 0 and not re.match(rf"{_S}*(?:[,.;:!?)]|$|(?:{t.and_words})(?![\w]))", after, re.I):
                continue  # "two thousand people"
        elif len(occs) > 1 and occs[1].start == occs[0].end and float(v0).is_integer() and 10 <= v0 <= 20 \
                and float(occs[1].value).is_integer() and 10 <= occs[1].value <= 99:
            year, last = int(v0) * 100 + int(occs[1].value), occs[1].end  # "nineteen eighty six"
        if year is None:
            continue
        c.a = (year, c.a[1], c.a[2])
        c.end = toks[last - 1].end
        c.value = None


def _count_from(text: str, folded: str, mentions: list[DateMention], t: _Tables,
                ref: dt.date | None) -> list[DateMention]:
    """A duration counted from a day: "3 days after 12 January", "two weeks before today", "trois ans plus tard"
    (from the reference date), one relative mention with the day it gives."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        dm = _DUR_RE.fullmatch(m.value or "") if m.kind == "duration" else None
        if dm is None:
            out.append(m)
            i += 1
            continue
        n, unit = int(dm.group(1)), dm.group(2)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        link = t.count_link.match(folded, m.end)
        if link and nxt is not None and nxt.start == link.end() and nxt.kind in ("date", "relative") \
                and (nxt.value is None or re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value)):
            sign = -1 if link.group("before") else 1
            val = None
            if nxt.value:
                val = _add(dt.date.fromisoformat(nxt.value), sign * n, unit).isoformat()
            out.append(DateMention(text[m.start:nxt.end], m.start, nxt.end, val, None, "relative"))
            i += 2
            continue
        later = t.count_later.match(folded, m.end)
        if later:
            sign = -1 if later.group("earlier") else 1
            val = _add(ref, sign * n, unit).isoformat() if ref else None
            out.append(DateMention(text[m.start:later.end()], m.start, later.end(), val, None, "relative"))
            i += 1
            continue
        out.append(m)
        i += 1
    return out
