"""The schema every language pack fills: one frozen dataclass per concern.

A pack (``lang/<code>.py``) builds one ``Pack``; extractors read only its
fields and never branch on a language code. What CLDR knows (month and
weekday names, number symbols, currency names) is filled from ``cldr`` when
the pack is built; the rest is written in the pack, each list with a comment
on its source. Fields default to "nothing known", and ``Pack.stages()`` says
which stages a pack has the words for, so a stage can warn instead of
returning a silently wrong value.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Literal, Mapping

EMPTY: Mapping = MappingProxyType({})

NumericOrder = Literal["dmy", "mdy", "ymd"]


def words(text: str) -> frozenset[str]:
    """A word list written as one string: spaces separate words, "_" stands for a space inside one."""
    return frozenset(w.replace("_", " ") for w in text.split())


@dataclass(frozen=True)
class DateWords:
    """What the dates stage needs: calendar names, order of numeric dates, relative-date words."""

    #: month name (lower case, every form) -> 1..12; CLDR plus the pack's extra spellings
    months: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: weekday name (lower case, every form) -> 0 (Monday) .. 6
    weekdays: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: how "03/04/2024" is read
    numeric_date_order: NumericOrder = "dmy"

    @property
    def complete(self) -> bool:
        return bool(self.months and self.weekdays)


@dataclass(frozen=True)
class NumberWords:
    """What the figures stage needs: number symbols, scale words, currencies, percent words."""

    decimal_mark: str = "."
    group_marks: tuple[str, ...] = (",",)
    #: currency name as written after an amount (lower case) -> ISO 4217
    currency_names: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: currency symbol -> ISO 4217
    currency_symbols: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: scale word (lower case) -> multiplier ("million" -> 1e6)
    scales: Mapping[str, float] = field(default_factory=lambda: EMPTY)
    percent_words: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return bool(self.scales and self.currency_names and self.percent_words)


@dataclass(frozen=True)
class SpeechWords:
    """What the quotes stage needs: verbs that introduce speech, "according to", pronouns."""

    verbs: tuple[str, ...] = ()
    according_to: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return bool(self.verbs)


@dataclass(frozen=True)
class PeopleWords:
    """What people and roles need: courtesy titles, name particles, role words and ranks."""

    honorifics: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        return bool(self.role_words)


@dataclass(frozen=True)
class LayoutWords:
    """What anatomy and contacts need: headings of contact and "about" blocks, labels of contact lines."""

    contact_headings: frozenset[str] = frozenset()
    about_headings: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        return bool(self.contact_headings)


@dataclass(frozen=True)
class EntityWords:
    """What the entity rules need: articles, organization heads, place prepositions."""

    articles: frozenset[str] = frozenset()
    capitalises_nouns: bool = False

    @property
    def complete(self) -> bool:
        return bool(self.articles)


#: The concerns a pack holds, in the order ``releasepipe languages`` shows them.
CONCERNS: tuple[str, ...] = ("dates", "numbers", "speech", "people", "layout", "entities")


@dataclass(frozen=True)
class Pack:
    """Everything releasepipe knows of one language."""

    code: str
    dates: DateWords = field(default_factory=DateWords)
    numbers: NumberWords = field(default_factory=NumberWords)
    speech: SpeechWords = field(default_factory=SpeechWords)
    people: PeopleWords = field(default_factory=PeopleWords)
    layout: LayoutWords = field(default_factory=LayoutWords)
    entities: EntityWords = field(default_factory=EntityWords)

    def stages(self) -> dict[str, bool]:
        """Concern -> whether the pack holds enough words for its stage."""
        return {name: getattr(self, name).complete for name in CONCERNS}


def concern_fields(cls: type) -> tuple[str, ...]:
    """The field names of a concern class (for the completeness test and ``languages``)."""
    return tuple(f.name for f in fields(cls))
