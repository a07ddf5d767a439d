"""Words of Russian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Russian pack (``releasepipe.lang.ru``) through the stages that read them.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_ru(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("«Мы готовы», — сказала Анна Смирнова, пресс-секретарь министерства.",
     "Анна Смирнова", "пресс-секретарь министерства"),
    ("Доклад представил Сергей Волков, председатель комитета.",
     "Сергей Волков", "председатель комитета"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_ru(check, text, person, role):
    check.role(text, person, role)


# (word, whether it names a function)
ROLE_WORDS = [
    ("председатель", True),
    ("пресс-секретарь", True),
    ("министр", True),
    ("министерство", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_ru(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Новая программа для семей\n\nМОСКВА, 3 марта 2024 года – Фонд запускает сегодня программу поддержки семей.\n\n'
CONTACT = "Анна Смирнова, +7 495 123-45-67"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Контакты для СМИ",
    "Пресс-служба",
    "Дополнительная информация",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_ru(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_ru(check):
    check.pack_has_the_words()
