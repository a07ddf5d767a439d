"""Words of Ukrainian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Ukrainian pack (``releasepipe.lang.uk``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "uk"

# (text, people the recognizer found, [(start of each quote, its speaker)])
# (the first with the people a recognizer found, the others without)
QUOTES = [
    ("«Ми отримали більше заявок, ніж очікували», — сказала Олена Коваленко, директорка фонду. «Нам потрібно "
     "більше волонтерів у всіх відділеннях», — додала вона.",
     ["Олена Коваленко"], [("Ми отримали більше", "Олена Коваленко"), ("Нам потрібно більше", "Олена Коваленко")]),
    ("За словами Андрія Шевченка, «новий завод до осені дасть роботу двомстам людям».",
     [], [("новий завод", "Андрія Шевченка")]),
    ("Міністр Ірина Бондаренко заявила: «Роботи на мосту почнуться наступної весни.»",
     [], [("Роботи на мосту", "Ірина Бондаренко")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_uk(text, people, expected):
    found = quotes.extract(text, LANG, persons=[_person(text, p) for p in people])
    assert [(q.text[:len(start)], q.speaker) for q, (start, _) in zip(found, expected)] == expected
    assert len(found) == len(expected), [q.text for q in found]


def _doc(text: str, people: list[str]):
    """A model-free doc whose people are marked by hand, as a recognizer would."""
    doc = spacy.blank(LANG)(text)
    spans = [doc.char_span(text.index(p), text.index(p) + len(p), label="PER") for p in people]
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return doc


# (text, person, the role the release gives them)
ROLES = [
    ("«Ми готові», — заявив Петро Мельник, речник міністерства.",
     "Петро Мельник", "речник міністерства"),
    ("Звіт представила Наталія Ткаченко, голова комітету.",
     "Наталія Ткаченко", "голова комітету"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_uk(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (word, whether it names a function)
ROLE_WORDS = [
    ("речник", True),
    ("речниця", True),
    ("міністр", True),
    ("голова", True),
    ("директорка", True),
    ("міністерство", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_uk(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Контакти для ЗМІ",
    "Прес-служба",
    "Додаткова інформація",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_uk(heading):
    text = "Нова програма для родин\n\nКИЇВ, 3 березня 2024 року – Фонд запускає сьогодні програму підтримки родин.\n\n" + heading + "\nПетро Мельник, +380 44 123 4567\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_uk():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
