"""Words of Dutch: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Dutch pack (``releasepipe.lang.nl``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "nl"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("„We hebben meer aanvragen ontvangen dan verwacht”, zei Sanne de Vries, directeur van de stichting. „We "
     "hebben meer vrijwilligers nodig op alle locaties”, voegde ze eraan toe.",
     [], [("We hebben meer aanvragen", "Sanne de Vries"), ("We hebben meer vrijwilligers", "Sanne de Vries")]),
    ("„De nieuwe fabriek biedt tegen de herfst werk aan tweehonderd mensen”, aldus Pieter Jansen.",
     [], [("De nieuwe fabriek", "Pieter Jansen")]),
    ("Burgemeester Karin Smit zei: „De werkzaamheden aan de brug beginnen volgend voorjaar in de noordelijke "
     "wijk.”",
     [], [("De werkzaamheden aan de brug", "Karin Smit")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_nl(text, people, expected):
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
    ("„We zijn er klaar voor”, zei Sanne Bakker, woordvoerder van de gemeente.",
     "Sanne Bakker", "woordvoerder van de gemeente"),
    ("Beleidsadviseur Tom Visser presenteerde het rapport.",
     "Tom Visser", "Beleidsadviseur"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_nl(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (text, the name of the body it writes)
ORGS = [
    ("Het Ministerie van Volksgezondheid publiceerde het rapport.", "Ministerie van Volksgezondheid"),
    ("De Stichting Lezen opent een nieuw programma.", "Stichting Lezen"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organizations_nl(text, name):
    nlp = spacy.blank(LANG)
    entities.configure(nlp, LANG)
    found = entities.extract([(nlp(text), 0)], text=text, lang=LANG)
    assert [e.name for e in found if e.type == "organization"] == [name]


# (word, whether it names a function)
ROLE_WORDS = [
    ("woordvoerster", True),
    ("burgemeester", True),
    ("beleidsadviseur", True),
    ("gemeente", False),
    ("ministerie", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_nl(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Perscontact",
    "Voor meer informatie:",
    "Meer informatie:",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_nl(heading):
    text = "Nieuw programma voor gezinnen\n\nAMSTERDAM, 3 maart 2024 – De stichting start vandaag een programma voor gezinnen.\n\n" + heading + "\nSanne Bakker, +31 20 123 4567\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_nl():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
