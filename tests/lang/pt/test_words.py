"""Words of Portuguese: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Portuguese pack (``releasepipe.lang.pt``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "pt"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("«Recebemos mais pedidos do que o previsto», afirmou Ana Ribeiro, diretora da fundação. «Precisamos de "
     "mais voluntários em todas as sedes», acrescentou.",
     [], [("Recebemos mais pedidos", "Ana Ribeiro"), ("Precisamos de mais", "Ana Ribeiro")]),
    ("De acordo com Pedro Santos, «a nova fábrica vai empregar duzentas pessoas até ao outono».",
     [], [("a nova fábrica", "Pedro Santos")]),
    ("O presidente da câmara, Rui Almeida, explicou: «As obras na ponte vão começar na próxima primavera.»",
     [], [("As obras na ponte", "Rui Almeida")]),
    ("«Esta parceria é a primeira na região», disse a Dra. Marta Sousa.",
     [], [("Esta parceria é", "Marta Sousa")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_pt(text, people, expected):
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
    ("«Estamos prontos», afirmou Ana Ribeiro, diretora da Fundação Aurora.",
     "Ana Ribeiro", "diretora da Fundação Aurora"),
    ("O porta-voz do ministério, Carlos Lima, confirmou a data.",
     "Carlos Lima", "porta-voz do ministério"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_pt(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (text, the name of the body it writes)
ORGS = [
    ("O Ministério da Saúde publicou o relatório.", "Ministério da Saúde"),
    ("A Fundação para a Ciência abriu um concurso.", "Fundação para a Ciência"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organizations_pt(text, name):
    nlp = spacy.blank(LANG)
    entities.configure(nlp, LANG)
    found = entities.extract([(nlp(text), 0)], text=text, lang=LANG)
    assert [e.name for e in found if e.type == "organization"] == [name]


# (word, whether it names a function)
ROLE_WORDS = [
    ("porta-voz", True),
    ("diretora", True),
    ("vereadora", True),
    ("prefeitura", False),
    ("ministério", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_pt(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Assessoria de imprensa",
    "Para mais informações:",
    "Contactos para a imprensa",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_pt(heading):
    text = "Novo programa para as famílias\n\nLISBOA, 3 de março de 2024 – A fundação apresenta hoje um programa de apoio às famílias.\n\n" + heading + "\nCarlos Lima, +351 21 123 4567\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_pt():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
