"""Words of Bulgarian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Bulgarian pack (``releasepipe.lang.bg``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "bg"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("„Получихме повече заявления, отколкото очаквахме“, каза Елена Георгиева, директор на фондацията. "
     "„Нуждаем се от още доброволци във всички клонове“, добави тя.",
     [], [("Получихме повече заявления", "Елена Георгиева"), ("Нуждаем се", "Елена Георгиева")]),
    ("Според Стефан Николов, „новият завод ще осигури работа на двеста души до есента“.",
     [], [("новият завод", "Стефан Николов")]),
    ("Кметът Иван Стоянов заяви: „Ремонтът на моста започва следващата пролет.“",
     [], [("Ремонтът на моста", "Иван Стоянов")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_bg(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("„Готови сме“, заяви Петър Иванов, говорител на министерството.",
     "Петър Иванов", "говорител на министерството"),
    ("Докладът беше представен от Мария Петрова, председател на комисията.",
     "Мария Петрова", "председател на комисията"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_bg(check, text, person, role):
    check.role(text, person, role)


# (word, whether it names a function)
ROLE_WORDS = [
    ("говорител", True),
    ("министър", True),
    ("заместник-министър", True),
    ("кмет", True),
    ("министерство", False),
    ("кметство", False),
    ("председателство", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_bg(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = ('Нова програма за семейства\n\nСОФИЯ, 3 март 2024 г. – Фондацията стартира днес програма за подкрепа '
           'на семейства.\n\n')
CONTACT = "Иванка Петрова, +359 2 123 4567"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Контакти за медиите",
    "За повече информация",
    "Пресцентър",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_bg(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_bg(check):
    check.pack_has_the_words()
