"""Words of French: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
French pack (``releasepipe.lang.fr``) through the stages that read them.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_fr(check, text, people, expected):
    check.quotes(text, people, expected)


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
def test_entities_role_with_the_name_fr(check, text, person, role):
    check.role(text, person, role)


# (text, the name of the body it writes)
ORGS = [
    ("Le Ministère de la Santé a publié le rapport.", "Ministère de la Santé"),
    ("La Fondation pour la Mer ouvre un appel à projets.", "Fondation pour la Mer"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_entities_organization_name_fr(check, text, name):
    check.organization(text, name)


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
def test_roles_is_role_word_fr(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = "Lancement d'un nouveau programme\n\nPARIS, 3 mars 2024 – L'association lance aujourd'hui un programme d'aide aux familles.\n\n"
CONTACT = "Julie Martin, +33 1 23 45 67 89"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Contacts presse",
    "Pour plus d'informations :",
    "Relations médias",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_fr(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_fr(check):
    check.pack_has_the_words()
