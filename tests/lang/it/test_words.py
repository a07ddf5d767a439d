"""Words of Italian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Italian pack (``releasepipe.lang.it``) through the stages that read them.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_it(check, text, people, expected):
    check.quotes(text, people, expected)


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
def test_entities_role_with_the_name_it(check, text, person, role):
    check.role(text, person, role)


# (text, the name of the body it writes)
ORGS = [
    ("Il Ministero della Salute ha pubblicato il rapporto.", "Ministero della Salute"),
    ("La Fondazione per la Ricerca ha aperto un bando.", "Fondazione per la Ricerca"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_entities_organization_name_it(check, text, name):
    check.organization(text, name)


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
def test_roles_is_role_word_it(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Nuovo programma per le famiglie\n\nROMA, 3 marzo 2024 – La fondazione presenta oggi un programma di sostegno alle famiglie.\n\n'
CONTACT = "Davide Costa, +39 06 1234 5678"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Ufficio stampa",
    "Per maggiori informazioni:",
    "Contatti stampa",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_it(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_it(check):
    check.pack_has_the_words()
