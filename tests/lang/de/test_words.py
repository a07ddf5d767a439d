"""Words of German: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
German pack (``releasepipe.lang.de``) through the stages that read them.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_de(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("„Wir sind bereit“, sagte Julia Becker, Leiterin der Stiftung Lichtblick.",
     "Julia Becker", "Leiterin der Stiftung Lichtblick"),
    ("Projektkoordinator Stefan Wolf stellte den Bericht vor.",
     "Stefan Wolf", "Projektkoordinator"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_de(check, text, person, role):
    check.role(text, person, role)


# (text, the name of the body it writes)
ORGS = [
    ("Das Bundesministerium für Gesundheit veröffentlichte den Bericht.", "Bundesministerium für Gesundheit"),
    ("Die Stiftung Warentest prüfte die Geräte.", "Stiftung Warentest"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_entities_organization_name_de(check, text, name):
    check.organization(text, name)


# (word, whether it names a function)
ROLE_WORDS = [
    ("Entwicklungsleiterin", True),
    ("Pressesprecher", True),
    ("Geschäftsführerin", True),
    ("Bundesamt", False),
    ("Bundesministerium", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_de(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Neues Programm für Familien\n\nBERLIN, 3. März 2024 – Die Stiftung startet heute ein Programm zur Unterstützung von Familien.\n\n'
CONTACT = "Julia Becker, +49 30 1234567"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Pressekontakt",
    "Für Rückfragen:",
    "Weitere Informationen",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_de(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_de(check):
    check.pack_has_the_words()
