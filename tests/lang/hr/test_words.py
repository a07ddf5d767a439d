"""Words of Croatian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Croatian pack (``releasepipe.lang.hr``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "hr"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("„Primili smo više prijava nego što smo očekivali“, rekla je Ivana Babić, ravnateljica zaklade. "
     "„Trebamo više volontera u svim podružnicama“, dodala je.",
     [], [("Primili smo više prijava", "Ivana Babić"), ("Trebamo više", "Ivana Babić")]),
    ("Prema riječima Petra Jurića, „nova tvornica do jeseni će zaposliti dvjesto ljudi“.",
     [], [("nova tvornica", "Petra Jurića")]),
    ("Gradonačelnik Tomislav Perić izjavio je: „Radovi na mostu počinju sljedećeg proljeća.“",
     [], [("Radovi na mostu", "Tomislav Perić")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_hr(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("„Spremni smo“, rekao je Marko Horvat, glasnogovornik ministarstva.",
     "Marko Horvat", "glasnogovornik ministarstva"),
    ("Izvješće je predstavila Ana Kovačević, predsjednica povjerenstva.",
     "Ana Kovačević", "predsjednica povjerenstva"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_hr(check, text, person, role):
    check.role(text, person, role)


# (word, whether it names a function)
ROLE_WORDS = [
    ("glasnogovornica", True),
    ("ministar", True),
    ("ministrica", True),
    ("gradonačelnik", True),
    ("ministarstvo", False),
    ("predsjedništvo", False),
    ("županija", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_hr(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Novi program za obitelji\n\nZAGREB, 3. ožujka 2024. – Zaklada danas pokreće program potpore obiteljima.\n\n'
CONTACT = "Maja Horvat, +385 1 234 5678"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Kontakt za medije",
    "Dodatne informacije",
    "Odnosi s javnošću",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_hr(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_hr(check):
    check.pack_has_the_words()
