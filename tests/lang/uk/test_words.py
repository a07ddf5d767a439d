"""Words of Ukrainian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Ukrainian pack (``releasepipe.lang.uk``) through the stages that read them.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_uk(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("«Ми готові», — заявив Петро Мельник, речник міністерства.",
     "Петро Мельник", "речник міністерства"),
    ("Звіт представила Наталія Ткаченко, голова комітету.",
     "Наталія Ткаченко", "голова комітету"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_uk(check, text, person, role):
    check.role(text, person, role)


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
def test_roles_is_role_word_uk(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Нова програма для родин\n\nКИЇВ, 3 березня 2024 року – Фонд запускає сьогодні програму підтримки родин.\n\n'
CONTACT = "Петро Мельник, +380 44 123 4567"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Контакти для ЗМІ",
    "Прес-служба",
    "Додаткова інформація",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_uk(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_uk(check):
    check.pack_has_the_words()
