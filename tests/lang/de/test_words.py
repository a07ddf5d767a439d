"""Words of German: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
German pack (``releasepipe.lang.de``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "de"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("„Wir haben mehr Anfragen erhalten als erwartet“, sagte Julia Becker, Leiterin der Stiftung. „Wir brauchen "
     "mehr Freiwillige an allen Standorten“, fügte sie hinzu.",
     [], [("Wir haben mehr Anfragen", "Julia Becker"), ("Wir brauchen mehr Freiwillige", "Julia Becker")]),
    ("„Das neue Werk beschäftigt bis zum Herbst zweihundert Menschen“, so Thomas Krüger.",
     [], [("Das neue Werk", "Thomas Krüger")]),
    ("Bürgermeisterin Karin Vogel erklärte: „Die Arbeiten an der Brücke beginnen im nächsten Frühjahr.“",
     [], [("Die Arbeiten an der Brücke", "Karin Vogel")]),
    ("„Diese Partnerschaft ist eine Premiere für die Region“, sagte Dr. Michael Braun.",
     [], [("Diese Partnerschaft ist", "Michael Braun")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_de(text, people, expected):
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
    ("„Wir sind bereit“, sagte Julia Becker, Leiterin der Stiftung Lichtblick.",
     "Julia Becker", "Leiterin der Stiftung Lichtblick"),
    ("Projektkoordinator Stefan Wolf stellte den Bericht vor.",
     "Stefan Wolf", "Projektkoordinator"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_de(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (text, the name of the body it writes)
ORGS = [
    ("Das Bundesministerium für Gesundheit veröffentlichte den Bericht.", "Bundesministerium für Gesundheit"),
    ("Die Stiftung Warentest prüfte die Geräte.", "Stiftung Warentest"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organizations_de(text, name):
    nlp = spacy.blank(LANG)
    entities.configure(nlp, LANG)
    found = entities.extract([(nlp(text), 0)], text=text, lang=LANG)
    assert [e.name for e in found if e.type == "organization"] == [name]


# (word, whether it names a function)
ROLE_WORDS = [
    ("Entwicklungsleiterin", True),
    ("Pressesprecher", True),
    ("Geschäftsführerin", True),
    ("Bundesamt", False),
    ("Bundesministerium", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_de(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Pressekontakt",
    "Für Rückfragen:",
    "Weitere Informationen",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_de(heading):
    text = "Neues Programm für Familien\n\nBERLIN, 3. März 2024 – Die Stiftung startet heute ein Programm zur Unterstützung von Familien.\n\n" + heading + "\nJulia Becker, +49 30 1234567\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_de():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
