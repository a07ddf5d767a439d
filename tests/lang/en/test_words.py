"""Words of English: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
English pack (``releasepipe.lang.en``) through the stages that read them.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, entities, quotes, roles
from releasepipe.model import Entity, Mention

LANG = "en"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("\"We have never seen demand like this,\" said Sarah Collins, chief executive of the charity. \"We need more "
     "volunteers in every town,\" she added.",
     [], [("We have never seen", "Sarah Collins"), ("We need more volunteers", "Sarah Collins")]),
    ("According to Mark Evans, \"the new plant will employ two hundred people by the autumn.\"",
     [], [("the new plant", "Mark Evans")]),
    ("Mayor Linda Hughes told reporters: \"Work on the bridge will start next spring and finish within a year.\"",
     [], [("Work on the bridge", "Linda Hughes")]),
    ("\"This partnership is a first for the region,\" said Dr. James Porter.",
     [], [("This partnership is", "James Porter")]),
]


def _person(text: str, name: str) -> Entity:
    """A person entity with a mention at every occurrence of its name."""
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_en(text, people, expected):
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
    ("\"We are ready,\" said Sarah Collins, chief executive of Harbour Aid.",
     "Sarah Collins", "chief executive of Harbour Aid"),
    ("The regional director, Tom Reed, opened the meeting.",
     "Tom Reed", "regional director"),
    ("Defence Secretary Helen Ward visited the base.",
     "Helen Ward", "Defence Secretary"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_roles_en(text, person, role):
    found = entities.extract([(_doc(text, [person]), 0)], text=text, lang=LANG)
    people = [e for e in found if e.type == "person"]
    assert [(e.name, e.role) for e in people] == [(person, role)]


# (text, the name of the body it writes)
ORGS = [
    ("The Ministry of Health published the report.", "Ministry of Health"),
    ("The Harbour Light Foundation opened a call for projects.", "Harbour Light Foundation"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_organizations_en(text, name):
    nlp = spacy.blank(LANG)
    entities.configure(nlp, LANG)
    found = entities.extract([(nlp(text), 0)], text=text, lang=LANG)
    assert [e.name for e in found if e.type == "organization"] == [name]


# (word, whether it names a function)
ROLE_WORDS = [
    ("spokesperson", True),
    ("co-founder", True),
    ("Lt.", True),
    ("headquarters", False),
    ("council", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_role_words_en(word, expected):
    assert roles.is_role_word(word, LANG) is expected


# a contact block's heading, then a line of the block
CONTACTS = [
    "Media contacts",
    "For more information:",
    "Press office",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_contact_heading_en(heading):
    text = "New programme for families\n\nLONDON, 3 March 2024 – The charity today launches a programme of support for families.\n\n" + heading + "\nTom Reed, +44 20 7946 0000\n"
    kinds = [b.kind for b in anatomy.find(text).blocks]
    assert kinds[-1] == "contact", kinds


def test_pack_has_the_words_en():
    stages = lang.get(LANG).stages()
    assert stages["speech"] and stages["people"] and stages["layout"], stages
