"""Words of Czech: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Czech pack (``releasepipe.lang.cs``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "cs"

# (text, people the recognizer found, [(start of each quote, its speaker)])
# (the first with the people a recognizer found, the others without)
QUOTES = [
    ("„Dostali jsme víc žádostí, než jsme čekali,“ řekla Eva Černá, ředitelka nadace. "
     "„Potřebujeme více dobrovolníků ve všech pobočkách,“ dodala.",
     ["Eva Černá"], [("Dostali jsme víc žádostí", "Eva Černá"), ("Potřebujeme více", "Eva Černá")]),
    ("Podle Pavla Horáka, „nová továrna zaměstná do podzimu dvě stě lidí“.",
     [], [("nová továrna", "Pavla Horáka")]),
    ("Starosta Martin Procházka uvedl: „Práce na mostě začnou příští jaro.“",
     [], [("Práce na mostě", "Martin Procházka")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_cs(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("„Jsme připraveni,“ uvedl Tomáš Král, mluvčí ministerstva.",
     "Tomáš Král", "mluvčí ministerstva"),
    ("Předseda představenstva, Karel Dvořák, představil výsledky.",
     "Karel Dvořák", "Předseda představenstva"),
    ("Zprávu představila Jana Veselá, ředitelka nadace.",
     "Jana Veselá", "ředitelka nadace"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_cs(check, text, person, role):
    check.role(text, person, role)


# (word, whether it names a function)
ROLE_WORDS = [
    ("mluvčí", True),
    ("ministr", True),
    ("předsedkyně", True),
    ("místopředseda", True),
    ("ministerstvo", False),
    ("ředitelství", False),
    ("starosti", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_cs(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Nový program pro rodiny\n\nPRAHA, 3. března 2024 – Nadace dnes spouští program podpory rodin.\n\n'
CONTACT = "Jana Nováková, +420 221 123 456"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Kontakt pro média",
    "Další informace",
    "Tiskové oddělení",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_cs(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_cs(check):
    check.pack_has_the_words()
