"""Words of Russian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Russian pack (``releasepipe.lang.ru``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "ru"

# (text, people the recognizer found, [(start of each quote, its speaker)])
# (the first with the people a recognizer found, the others without)
QUOTES = [
    ("«Мы получили больше заявок, чем ожидали», — сказала Анна Смирнова, директор фонда. «Нам нужно больше "
     "волонтёров во всех отделениях», — добавила она.",
     ["Анна Смирнова"], [("Мы получили больше", "Анна Смирнова"), ("Нам нужно больше", "Анна Смирнова")]),
    ("По словам Игоря Петрова, «новый завод до осени даст работу двумстам людям».",
     [], [("новый завод", "Игоря Петрова")]),
    ("Мэр Ольга Иванова заявила: «Работы на мосту начнутся следующей весной.»",
     [], [("Работы на мосту", "Ольга Иванова")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_ru(text, people, expected):
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
    ("«Мы готовы», — сказала Анна Смирнова, пресс-секретарь министерства.",
     "Анна Смирнова", "пресс-секретарь министерства"),
    ("Доклад представил Сергей Волков, председатель комитета.",
     "Сергей Волков", "председатель комитета"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_ru(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (word, whether it names a function)
ROLE_WORDS = [
    ("председатель", True),
    ("пресс-секретарь", True),
    ("министр", True),
    ("министерство", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_ru(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Контакты для СМИ",
    "Пресс-служба",
    "Дополнительная информация",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_ru(heading):
    text = "Новая программа для семей\n\nМОСКВА, 3 марта 2024 года – Фонд запускает сегодня программу поддержки семей.\n\n" + heading + "\nАнна Смирнова, +7 495 123-45-67\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_ru():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
