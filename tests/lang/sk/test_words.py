"""Words of Slovak: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Slovak pack (``releasepipe.lang.sk``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "sk"

# (text, people the recognizer found, [(start of each quote, its speaker)])
# (the first with the people a recognizer found, the others without)
QUOTES = [
    ("„Dostali sme viac žiadostí, než sme čakali,“ povedala Eva Horváthová, riaditeľka nadácie. "
     "„Potrebujeme viac dobrovoľníkov vo všetkých pobočkách,“ dodala.",
     ["Eva Horváthová"], [("Dostali sme viac", "Eva Horváthová"), ("Potrebujeme viac", "Eva Horváthová")]),
    ("Podľa Pavla Horáka, „nová továreň zamestná do jesene dvesto ľudí“.",
     [], [("nová továreň", "Pavla Horáka")]),
    ("Starosta Martin Kováč uviedol: „Práce na moste sa začnú budúcu jar.“",
     [], [("Práce na moste", "Martin Kováč")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_sk(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("„Sme pripravení,“ uviedol Tomáš Kráľ, hovorca ministerstva.",
     "Tomáš Kráľ", "hovorca ministerstva"),
    ("Správu predstavila Jana Veselá, riaditeľka nadácie.",
     "Jana Veselá", "riaditeľka nadácie"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_sk(check, text, person, role):
    check.role(text, person, role)


# (word, whether it names a function)
ROLE_WORDS = [
    ("hovorca", True),
    ("hovorkyňa", True),
    ("ministerka", True),
    ("predseda", True),
    ("ministerstvo", False),
    ("riaditeľstvo", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_sk(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Nový program pre rodiny\n\nBRATISLAVA, 3. marca 2024 – Nadácia dnes spúšťa program podpory rodín.\n\n'
CONTACT = "Jana Nováková, +421 2 1234 5678"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Kontakt pre médiá",
    "Ďalšie informácie",
    "Tlačové oddelenie",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_sk(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_sk(check):
    check.pack_has_the_words()
