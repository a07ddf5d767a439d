"""The role written with a person's name, per language."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from releasepipe.extract import entities, roles


def role_of(entities_in, lang: str, text: str, person: str) -> str | None:
    found = entities_in(lang, text)
    hits = [e for e in found if e.type == "person" and person in {e.name, *e.aliases}]
    assert hits, [(e.type, e.name) for e in found]
    return hits[0].role


ROLE_CASES = [
    # apposition after the name
    ("fr", "Aminata Diallo, cheffe de mission de l’OIM au Niger, a salué l’accord signé à Niamey.",
     "Aminata Diallo", "cheffe de mission de l’OIM au Niger"),
    ("fr", "« Nous resterons mobilisés », a déclaré Pierre Lambert, directeur régional de l’UNICEF pour l’Afrique "
           "de l’Ouest.", "Pierre Lambert", "directeur régional de l’UNICEF"),
    ("en", "Maria Gonzalez, the head of the Lima office, said the centre would open in May.",
     "Maria Gonzalez", "head of the Lima office"),
    ("en", "“We are ready,” said Peter Okafor, the country director of the agency in Nigeria.",
     "Peter Okafor", "country director"),
    ("es", "Carlos Ruiz, jefe de la misión en Ecuador, visitó el albergue de Huaquillas.",
     "Carlos Ruiz", "jefe de la misión en Ecuador"),
    # title before the name
    ("en", "“Returns must be voluntary and dignified,” said IOM Director General Amy Pope in Geneva.",
     "Amy Pope", "IOM Director General"),
    ("en", "Defense Secretary Lloyd Austin met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad.",
     "Lloyd Austin", "Defense Secretary"),
    # apposition before the name
    ("es", "Según explicó la directora regional, Ana López, la ayuda llegará la próxima semana.",
     "Ana López", "directora regional"),
    ("fr", "Le coordinateur national du projet, Jean Moreau, présentera les résultats à Dakar.",
     "Jean Moreau", "coordinateur national du projet"),
    ("en", "The Minister for Development, Sarah Collins, announced the funding in London.",
     "Sarah Collins", "Minister for Development"),
    # a dash between the name and the role
    ("en", "The panel includes Laura Bianchi - Chief Technology Officer of the City of Turin.",
     "Laura Bianchi", "Chief Technology Officer"),
]


@pytest.mark.parametrize("lang, text, person, role", ROLE_CASES)
def test_roles_found_with_model(entities_in, lang, text, person, role):
    found = role_of(entities_in, lang, text, person)
    assert found is not None and role in found


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Maria Gonzalez, who arrived in Lima last week, met the families.", "Maria Gonzalez"),
    ("fr", "Jean Moreau, Paul Martin et Claire Petit ont signé la lettre.", "Jean Moreau"),
])
def test_roles_not_invented(entities_in, lang, text, person):
    assert role_of(entities_in, lang, text, person) is None


def _doc_with_people(lang: str, text: str, people: list[str]):
    """A model-free doc whose people are marked by hand, as a recognizer would."""
    nlp = spacy.blank(lang)
    doc = nlp(text)
    spans = []
    for person in people:
        start = text.index(person)
        spans.append(doc.char_span(start, start + len(person), label="PER"))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return doc


@pytest.mark.parametrize("text, person, role", [
    ("„Wir sind zufrieden“, sagte Anna Schmidt, Leiterin des Berliner Büros.", "Anna Schmidt",
     "Leiterin des Berliner Büros"),
    ("FSFE-Präsident Jonas Weber stellte den Bericht in Berlin vor.", "Jonas Weber", "FSFE-Präsident"),
    ("Die Geschäftsführerin der Stiftung, Maria Keller, eröffnete die Konferenz.", "Maria Keller",
     "Geschäftsführerin der Stiftung"),
])
def test_roles_german_without_model(text, person, role):
    doc = _doc_with_people("de", text, [person])
    found = entities.extract([(doc, 0)], text=text, lang="de")
    people = [e for e in found if e.type == "person"]
    assert [e.name for e in people] == [person]
    assert people[0].role == role


@pytest.mark.parametrize("word, lang, expected", [
    ("directrice", "fr", True),
    ("Secretary", "en", True),
    ("directora", "es", True),
    ("Entwicklungsleiterin", "de", True),
    ("Deutschland-Koordinator", "de", True),
    ("head", "en", True),
    ("headquarters", "en", False),
    ("Ministry", "en", False),
    ("ministère", "fr", False),
    ("migrants", "fr", False),
])
def test_roles_role_words(word, lang, expected):
    assert roles.is_role_word(word, lang) is expected


@pytest.mark.parametrize("lang, text, person", [
    ("en", "The report was written by Laura Chen, ensuring that developers and users were heard.",
     "Laura Chen"),
    ("es", "El texto lo firmó Lucía Pérez, asegurando que los directores lo habían leído.", "Lucía Pérez"),
])
def test_roles_a_clause_after_the_name_is_no_role(entities_in, lang, text, person):
    assert role_of(entities_in, lang, text, person) is None
