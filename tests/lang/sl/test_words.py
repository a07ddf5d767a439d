"""Words of Slovenian: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Slovenian pack (``releasepipe.lang.sl``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "sl"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("»Prejeli smo več prijav, kot smo pričakovali,« je povedala Maja Zupan, direktorica fundacije. "
     "»Potrebujemo več prostovoljcev v vseh enotah,« je dodala.",
     [], [("Prejeli smo več prijav", "Maja Zupan"), ("Potrebujemo več", "Maja Zupan")]),
    ("Po besedah Petra Kranjca, »bo nova tovarna do jeseni zaposlila dvesto ljudi«.",
     [], [("bo nova tovarna", "Petra Kranjca")]),
    ("Župan Tomaž Kos je dejal: »Dela na mostu se bodo začela prihodnjo pomlad.«",
     [], [("Dela na mostu", "Tomaž Kos")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_sl(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("»Pripravljeni smo,« je dejal Marko Novak, tiskovni predstavnik ministrstva.",
     "Marko Novak", "tiskovni predstavnik ministrstva"),
    ("Poročilo je predstavila Ana Kovač, predsednica komisije.",
     "Ana Kovač", "predsednica komisije"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_sl(check, text, person, role):
    check.role(text, person, role)


# (word, whether it names a function)
ROLE_WORDS = [
    ("minister", True),
    ("ministrica", True),
    ("podpredsednica", True),
    ("župan", True),
    ("ministrstvo", False),
    ("veleposlaništvo", False),
    ("članek", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_sl(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Nov program za družine\n\nLJUBLJANA, 3. marca 2024 – Fundacija danes začenja program podpore družinam.\n\n'
CONTACT = "Mojca Novak, +386 1 234 56 78"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Kontakt za medije",
    "Dodatne informacije",
    "Odnosi z javnostmi",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_sl(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_sl(check):
    check.pack_has_the_words()
