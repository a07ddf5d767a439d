"""Words of English: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
English pack (``releasepipe.lang.en``) through the stages that read them.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_en(check, text, people, expected):
    check.quotes(text, people, expected)


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
def test_entities_role_with_the_name_en(check, text, person, role):
    check.role(text, person, role)


# (text, the name of the body it writes)
ORGS = [
    ("The Ministry of Health published the report.", "Ministry of Health"),
    ("The Harbour Light Foundation opened a call for projects.", "Harbour Light Foundation"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_entities_organization_name_en(check, text, name):
    check.organization(text, name)


# (word, whether it names a function)
ROLE_WORDS = [
    ("spokesperson", True),
    ("co-founder", True),
    ("Lt.", True),
    ("headquarters", False),
    ("council", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_en(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'New programme for families\n\nLONDON, 3 March 2024 – The charity today launches a programme of support for families.\n\n'
CONTACT = "Tom Reed, +44 20 7946 0000"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Media contacts",
    "For more information:",
    "Press office",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_en(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_en(check):
    check.pack_has_the_words()
