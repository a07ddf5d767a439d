"""Words of Polish: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Polish pack (``releasepipe.lang.pl``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "pl"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("„Otrzymaliśmy więcej wniosków, niż się spodziewaliśmy” – powiedziała Anna Kowalska, dyrektor fundacji. "
     "„Potrzebujemy więcej wolontariuszy we wszystkich oddziałach” – dodała.",
     [], [("Otrzymaliśmy więcej wniosków", "Anna Kowalska"), ("Potrzebujemy więcej", "Anna Kowalska")]),
    ("Według Piotra Nowaka, „nowa fabryka zatrudni dwieście osób do jesieni”.",
     [], [("nowa fabryka", "Piotra Nowaka")]),
    ("Burmistrz Jan Wiśniewski powiedział: „Prace przy moście rozpoczną się wiosną przyszłego roku.”",
     [], [("Prace przy moście", "Jan Wiśniewski")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_pl(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("„Jesteśmy gotowi” – powiedziała Anna Kowalska, rzeczniczka ministerstwa.",
     "Anna Kowalska", "rzeczniczka ministerstwa"),
    ("Prezes spółki, Tomasz Lewandowski, przedstawił raport.",
     "Tomasz Lewandowski", "Prezes spółki"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_pl(check, text, person, role):
    check.role(text, person, role)


# (word, whether it names a function)
ROLE_WORDS = [
    ("rzeczniczka", True),
    ("wiceprezes", True),
    ("przewodniczący", True),
    ("urząd", False),
    ("ministerstwo", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_pl(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Nowy program dla rodzin\n\nWARSZAWA, 3 marca 2024 r. – Fundacja uruchamia dziś program wsparcia dla rodzin.\n\n'
CONTACT = "Anna Kowalska, +48 22 123 45 67"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Kontakt dla mediów",
    "Dodatkowe informacje",
    "Biuro prasowe",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_pl(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_pl(check):
    check.pack_has_the_words()
