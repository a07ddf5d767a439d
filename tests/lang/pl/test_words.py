"""Words of Polish: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Polish pack (``releasepipe.lang.pl``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

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


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_pl(text, people, expected):
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
    ("„Jesteśmy gotowi” – powiedziała Anna Kowalska, rzeczniczka ministerstwa.",
     "Anna Kowalska", "rzeczniczka ministerstwa"),
    ("Prezes spółki, Tomasz Lewandowski, przedstawił raport.",
     "Tomasz Lewandowski", "Prezes spółki"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_pl(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (word, whether it names a function)
ROLE_WORDS = [
    ("rzeczniczka", True),
    ("wiceprezes", True),
    ("przewodniczący", True),
    ("urząd", False),
    ("ministerstwo", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_pl(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Kontakt dla mediów",
    "Dodatkowe informacje",
    "Biuro prasowe",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_pl(heading):
    text = "Nowy program dla rodzin\n\nWARSZAWA, 3 marca 2024 r. – Fundacja uruchamia dziś program wsparcia dla rodzin.\n\n" + heading + "\nAnna Kowalska, +48 22 123 45 67\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_pl():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
