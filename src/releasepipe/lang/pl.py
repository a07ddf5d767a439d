"""Polish: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    months=cldr.months("pl"),
    weekdays=cldr.weekdays("pl"),
    numeric_date_order="dmy",
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    decimal_mark=cldr.number_symbols("pl")[0],
    group_marks=(cldr.number_symbols("pl")[1],),
    currency_names=cldr.currency_names("pl"),
    currency_symbols=cldr.currency_symbols("pl"),
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords()

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords()

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords()

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords()

PACK = Pack(code="pl", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
