"""Words of Dutch: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Dutch pack (``releasepipe.lang.nl``) through the stages that read them.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_nl(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("„We zijn er klaar voor”, zei Sanne Bakker, woordvoerder van de gemeente.",
     "Sanne Bakker", "woordvoerder van de gemeente"),
    ("Beleidsadviseur Tom Visser presenteerde het rapport.",
     "Tom Visser", "Beleidsadviseur"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_nl(check, text, person, role):
    check.role(text, person, role)


# (text, the name of the body it writes)
ORGS = [
    ("Het Ministerie van Volksgezondheid publiceerde het rapport.", "Ministerie van Volksgezondheid"),
    ("De Stichting Lezen opent een nieuw programma.", "Stichting Lezen"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_entities_organization_name_nl(check, text, name):
    check.organization(text, name)


# (word, whether it names a function)
ROLE_WORDS = [
    ("woordvoerster", True),
    ("burgemeester", True),
    ("beleidsadviseur", True),
    ("gemeente", False),
    ("ministerie", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_nl(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Nieuw programma voor gezinnen\n\nAMSTERDAM, 3 maart 2024 – De stichting start vandaag een programma voor gezinnen.\n\n'
CONTACT = "Sanne Bakker, +31 20 123 4567"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Perscontact",
    "Voor meer informatie:",
    "Meer informatie:",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_nl(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_nl(check):
    check.pack_has_the_words()
