"""Words of Spanish: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Spanish pack (``releasepipe.lang.es``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "es"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("«Hemos recibido más solicitudes de lo previsto», afirmó Lucía Fernández, directora de la fundación. "
     "«Necesitamos más voluntarios en todas las sedes», añadió.",
     [], [("Hemos recibido", "Lucía Fernández"), ("Necesitamos más voluntarios", "Lucía Fernández")]),
    ("Según Andrés Molina, «la nueva planta dará empleo a doscientas personas antes del otoño».",
     [], [("la nueva planta", "Andrés Molina")]),
    ("La alcaldesa Carmen Ruiz declaró: «Las obras del puente empezarán la próxima primavera en el barrio "
     "norte.»",
     [], [("Las obras del puente", "Carmen Ruiz")]),
    ("«Esta alianza es la primera de la región», dijo la Sra. Elena Vidal.",
     [], [("Esta alianza es", "Elena Vidal")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_es(text, people, expected):
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
    ("«Estamos listos», afirmó Lucía Fernández, directora de la Fundación Horizonte.",
     "Lucía Fernández", "directora de la Fundación Horizonte"),
    ("El portavoz del ministerio, Jorge Castillo, confirmó la fecha.",
     "Jorge Castillo", "portavoz del ministerio"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_es(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (text, the name of the body it writes)
ORGS = [
    ("El Ministerio de Sanidad publicó el informe.", "Ministerio de Sanidad"),
    ("La Fundación para la Transparencia abre una convocatoria.", "Fundación para la Transparencia"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organizations_es(text, name):
    nlp = spacy.blank(LANG)
    entities.configure(nlp, LANG)
    found = entities.extract([(nlp(text), 0)], text=text, lang=LANG)
    assert [e.name for e in found if e.type == "organization"] == [name]


# (word, whether it names a function)
ROLE_WORDS = [
    ("portavoz", True),
    ("vicepresidenta", True),
    ("alcaldesa", True),
    ("ayuntamiento", False),
    ("ministerio", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_es(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Contacto de prensa",
    "Para más información:",
    "Gabinete de prensa",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_es(heading):
    text = "Nuevo programa para las familias\n\nMADRID, 3 de marzo de 2024 – La fundación presenta hoy un programa de apoyo a las familias.\n\n" + heading + "\nJorge Castillo, +34 912 345 678\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_es():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
