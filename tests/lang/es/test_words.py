"""Words of Spanish: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Spanish pack (``releasepipe.lang.es``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "es"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("«Hemos recibido más solicitudes de lo previsto», afirmó Lucía Fernández, directora de la fundación. "
     "«Necesitamos más voluntarios en todas las sedes», añadió.",
     [], [("Hemos recibido", "Lucía Fernández"), ("Necesitamos más voluntarios", "Lucía Fernández")]),
    ("Según Andrés Molina, «la nueva planta dará empleo a doscientas personas antes del otoño».",
     [], [("la nueva planta", "Andrés Molina")]),
    ("La alcaldesa Carmen Ruiz declaró: «Las obras del puente empezarán la próxima primavera en el barrio "
     "norte.»",
     [], [("Las obras del puente", "Carmen Ruiz")]),
    ("«Esta alianza es la primera de la región», dijo la Sra. Elena Vidal.",
     [], [("Esta alianza es", "Elena Vidal")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_es(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("«Estamos listos», afirmó Lucía Fernández, directora de la Fundación Horizonte.",
     "Lucía Fernández", "directora de la Fundación Horizonte"),
    ("El portavoz del ministerio, Jorge Castillo, confirmó la fecha.",
     "Jorge Castillo", "portavoz del ministerio"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_es(check, text, person, role):
    check.role(text, person, role)


# (text, the name of the body it writes)
ORGS = [
    ("El Ministerio de Sanidad publicó el informe.", "Ministerio de Sanidad"),
    ("La Fundación para la Transparencia abre una convocatoria.", "Fundación para la Transparencia"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_entities_organization_name_es(check, text, name):
    check.organization(text, name)


# (word, whether it names a function)
ROLE_WORDS = [
    ("portavoz", True),
    ("vicepresidenta", True),
    ("alcaldesa", True),
    ("ayuntamiento", False),
    ("ministerio", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_es(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Nuevo programa para las familias\n\nMADRID, 3 de marzo de 2024 – La fundación presenta hoy un programa de apoyo a las familias.\n\n'
CONTACT = "Jorge Castillo, +34 912 345 678"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Contacto de prensa",
    "Para más información:",
    "Gabinete de prensa",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_es(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_es(check):
    check.pack_has_the_words()
