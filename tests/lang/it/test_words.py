"""Words of Italian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Italian pack (``releasepipe.lang.it``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "it"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("«Abbiamo ricevuto più richieste del previsto», ha dichiarato Giulia Romano, direttrice della fondazione. "
     "«Servono più volontari in tutte le sedi», ha aggiunto.",
     [], [("Abbiamo ricevuto", "Giulia Romano"), ("Servono più volontari", "Giulia Romano")]),
    ("Secondo Marco Bianchi, «il nuovo stabilimento darà lavoro a duecento persone entro l'autunno».",
     [], [("il nuovo stabilimento", "Marco Bianchi")]),
    ("Il sindaco Luca Ferrari ha spiegato: «I lavori sul ponte inizieranno la prossima primavera nel quartiere "
     "nord.»",
     [], [("I lavori sul ponte", "Luca Ferrari")]),
    ("«Questo accordo è il primo nella regione», ha detto il Dott. Paolo Greco.",
     [], [("Questo accordo è", "Paolo Greco")]),
    ("«Il progetto è finanziato interamente con fondi europei», ha sottolineato la Sig.ra Anna Conti.",
     [], [("Il progetto è finanziato", "Anna Conti")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_it(text, people, expected):
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
    ("«Siamo pronti», ha dichiarato Giulia Romano, direttrice della Fondazione Aurora.",
     "Giulia Romano", "direttrice della Fondazione Aurora"),
    ("Il portavoce del ministero, Davide Costa, ha confermato la data.",
     "Davide Costa", "portavoce del ministero"),
    ("La sindaca Elena Galli ha inaugurato il centro.",
     "Elena Galli", "sindaca"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_it(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (text, the name of the body it writes)
ORGS = [
    ("Il Ministero della Salute ha pubblicato il rapporto.", "Ministero della Salute"),
    ("La Fondazione per la Ricerca ha aperto un bando.", "Fondazione per la Ricerca"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organizations_it(text, name):
    nlp = spacy.blank(LANG)
    entities.configure(nlp, LANG)
    found = entities.extract([(nlp(text), 0)], text=text, lang=LANG)
    assert [e.name for e in found if e.type == "organization"] == [name]


# (word, whether it names a function)
ROLE_WORDS = [
    ("direttore", True),
    ("portavoce", True),
    ("sindaco", True),
    ("presidente", True),
    ("ministro", True),
    ("capo", True),
    ("capoluogo", False),
    ("ministero", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_it(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Ufficio stampa",
    "Per maggiori informazioni:",
    "Contatti stampa",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_it(heading):
    text = "Nuovo programma per le famiglie\n\nROMA, 3 marzo 2024 – La fondazione presenta oggi un programma di sostegno alle famiglie.\n\n" + heading + "\nDavide Costa, +39 06 1234 5678\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_it():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
