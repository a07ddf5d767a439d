"""Words of French: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
French pack (``releasepipe.lang.fr``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "fr"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("« Nous avons reçu plus de demandes que prévu », a déclaré Claire Moreau, directrice de l'association. « "
     "Il faudra renforcer les équipes dès le mois prochain », a-t-elle ajouté.",
     [], [("Nous avons reçu", "Claire Moreau"), ("Il faudra renforcer", "Claire Moreau")]),
    ("Selon Paul Girard, « la nouvelle usine emploiera deux cents personnes dès l'automne ».",
     [], [("la nouvelle usine", "Paul Girard")]),
    ("Le maire Jean Dupuis a expliqué : « Les travaux commenceront au printemps prochain dans le quartier nord. "
     "»",
     [], [("Les travaux commenceront", "Jean Dupuis")]),
    ("« Ce partenariat est une première en Europe », a souligné Mme Sophie Lambert.",
     [], [("Ce partenariat est", "Sophie Lambert")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_fr(text, people, expected):
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
    ("« Nous sommes prêts », a déclaré Claire Moreau, directrice de l'association Terre Solidaire.",
     "Claire Moreau", "directrice de l'association Terre Solidaire"),
    ("La porte-parole du ministère, Julie Martin, a confirmé la date.",
     "Julie Martin", "porte-parole du ministère"),
    ("Le préfet Marc Lefèvre a inauguré le centre.",
     "Marc Lefèvre", "préfet"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_fr(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (text, the name of the body it writes)
ORGS = [
    ("Le Ministère de la Santé a publié le rapport.", "Ministère de la Santé"),
    ("La Fondation pour la Mer ouvre un appel à projets.", "Fondation pour la Mer"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organizations_fr(text, name):
    nlp = spacy.blank(LANG)
    entities.configure(nlp, LANG)
    found = entities.extract([(nlp(text), 0)], text=text, lang=LANG)
    assert [e.name for e in found if e.type == "organization"] == [name]


# (word, whether it names a function)
ROLE_WORDS = [
    ("directrice", True),
    ("porte-parole", True),
    ("sous-préfète", True),
    ("maire", True),
    ("mairie", False),
    ("ministère", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_fr(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Contacts presse",
    "Pour plus d'informations :",
    "Relations médias",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_fr(heading):
    text = "Lancement d'un nouveau programme\n\nPARIS, 3 mars 2024 – L'association lance aujourd'hui un programme d'aide aux familles.\n\n" + heading + "\nJulie Martin, +33 1 23 45 67 89\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_fr():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
