"""Words of Portuguese: quotes and their speakers, roles written with a name, contact headings.

Release-style sentences written for these tests; they exercise the words of the
Portuguese pack (``releasepipe.lang.pt``) through the stages that read them.
"""

from __future__ import annotations

import pytest

LANG = "pt"

# (text, people the recognizer found, [(start of each quote, its speaker)])
QUOTES = [
    ("«Recebemos mais pedidos do que o previsto», afirmou Ana Ribeiro, diretora da fundação. «Precisamos de "
     "mais voluntários em todas as sedes», acrescentou.",
     [], [("Recebemos mais pedidos", "Ana Ribeiro"), ("Precisamos de mais", "Ana Ribeiro")]),
    ("De acordo com Pedro Santos, «a nova fábrica vai empregar duzentas pessoas até ao outono».",
     [], [("a nova fábrica", "Pedro Santos")]),
    ("O presidente da câmara, Rui Almeida, explicou: «As obras na ponte vão começar na próxima primavera.»",
     [], [("As obras na ponte", "Rui Almeida")]),
    ("«Esta parceria é a primeira na região», disse a Dra. Marta Sousa.",
     [], [("Esta parceria é", "Marta Sousa")]),
]


@pytest.mark.parametrize("text,people,expected", QUOTES)
def test_quotes_speaker_pt(check, text, people, expected):
    check.quotes(text, people, expected)


# (text, person, the role the release gives them)
ROLES = [
    ("«Estamos prontos», afirmou Ana Ribeiro, diretora da Fundação Aurora.",
     "Ana Ribeiro", "diretora da Fundação Aurora"),
    ("O porta-voz do ministério, Carlos Lima, confirmou a data.",
     "Carlos Lima", "porta-voz do ministério"),
]


@pytest.mark.parametrize("text,person,role", ROLES)
def test_entities_role_with_the_name_pt(check, text, person, role):
    check.role(text, person, role)


# (text, the name of the body it writes)
ORGS = [
    ("O Ministério da Saúde publicou o relatório.", "Ministério da Saúde"),
    ("A Fundação para a Ciência abriu um concurso.", "Fundação para a Ciência"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_entities_organization_name_pt(check, text, name):
    check.organization(text, name)


# (word, whether it names a function)
ROLE_WORDS = [
    ("porta-voz", True),
    ("diretora", True),
    ("vereadora", True),
    ("prefeitura", False),
    ("ministério", False),
]


@pytest.mark.parametrize("word,expected", ROLE_WORDS)
def test_roles_is_role_word_pt(check, word, expected):
    check.role_word(word, expected)


# the top of a release and the line of its contact block, around each heading below
RELEASE = 'Novo programa para as famílias\n\nLISBOA, 3 de março de 2024 – A fundação apresenta hoje um programa de apoio às famílias.\n\n'
CONTACT = "Carlos Lima, +351 21 123 4567"

# a contact block's heading, then a line of the block
CONTACTS = [
    "Assessoria de imprensa",
    "Para mais informações:",
    "Contactos para a imprensa",
]


@pytest.mark.parametrize("heading", CONTACTS)
def test_anatomy_contact_heading_pt(check, heading):
    check.contact_heading(RELEASE, heading, CONTACT)


def test_lang_pack_has_the_words_pt(check):
    check.pack_has_the_words()
