"""Contact records: tables of release-style contact blocks and sentences per language."""

from __future__ import annotations

import re

import pytest

from releasepipe.extract.contacts import PHONE_REGION_UNKNOWN, extract
from releasepipe.model import Entity, Mention


def person(text: str, name: str) -> Entity:
    mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
    return Entity(type="person", name=name, mentions=mentions)


# (lang, text, region, [(name, phones, emails)])
CASES = [
    ("fr",
     "Pour plus d'informations, veuillez contacter Julie Martin, chargée de communication, "
     "Tél. : +227 90 12 34 56, courriel : jmartin@iom.int",
     None,
     [("Julie Martin", ["+22790123456"], ["jmartin@iom.int"])]),
    # several people in one block, each with their own numbers; a fax kept apart
    ("fr",
     "Contacts presse :\n"
     "Julie Martin\nChargée de communication, OIM Niger\nTél. : +227 90 12 34 56\nJMartin@iom.int\n\n"
     "Paul Durand\nPorte-parole\nTél. : +33 1 45 67 89 10\nTélécopie : +33 1 45 67 89 11\npdurand@exemple.fr",
     None,
     [("Julie Martin", ["+22790123456"], ["jmartin@iom.int"]),
      ("Paul Durand", ["+33145678910"], ["pdurand@exemple.fr"])]),
    # no country code: the region comes from the release's .fr addresses
    ("fr",
     "Contact presse : Marc Lefèvre, 01 42 68 53 00, m.lefevre@ville-exemple.fr",
     None,
     [("Marc Lefèvre", ["+33142685300"], ["m.lefevre@ville-exemple.fr"])]),
    # the region passed by the caller (--region or the dateline country)
    ("fr",
     "Contact : Moussa Issa, Tél. : 90 12 34 56, moussa.issa@exemple.org",
     "NE",
     [("Moussa Issa", ["+22790123456"], ["moussa.issa@exemple.org"])]),
    # a press desk with no name
    ("en",
     "Media inquiries: press@unhcr.org",
     None,
     [(None, [], ["press@unhcr.org"])]),
    # obfuscated address in a sentence, international number
    ("en",
     "For more information, please contact Amy Carter at acarter [at] example.org or +44 20 7946 0321.",
     None,
     [("Amy Carter", ["+442079460321"], ["acarter@example.org"])]),
    # a block listing two people; NANP numbers read in the caller's region
    ("en",
     "Media contacts\n\n"
     "Rachel Green\nHorizon Communications\n(202) 555-0143\nrgreen@horizon-pr.com\n\n"
     "Tom Baker\nRiver Aid Foundation\nO: (613) 555-0142 ext. 227\nC: 613-555-0199\ntbaker@riveraid.org",
     "US",
     [("Rachel Green", ["+12025550143"], ["rgreen@horizon-pr.com"]),
      ("Tom Baker", ["+16135550142", "+16135550199"], ["tbaker@riveraid.org"])]),
    # a US postal address in the record says where the number is
    ("en",
     "Press contact\nLinda Brooks\n1200 Main Street, Springfield, IL 62701\nPhone: (217) 555-0175\n"
     "lbrooks@example.com",
     None,
     [("Linda Brooks", ["+12175550175"], ["lbrooks@example.com"])]),
    # a desk in a sentence, among figures and dates that are not phones
    ("en",
     "Since 14/10/2024 the agency has helped 3,200 people and spent 1,125,000 dollars. To contact the "
     "Regional Sales Desk, call +1 (604) 555-0188 or email sales@example.com.",
     None,
     [(None, ["+16045550188"], ["sales@example.com"])]),
    ("es",
     "Contacto de prensa: María López, portavoz, +34 91 123 45 67, mlopez@ejemplo.es",
     None,
     [("María López", ["+34911234567"], ["mlopez@ejemplo.es"])]),
    ("es",
     "Para más información: prensa (arroba) ejemplo (punto) es",
     None,
     [(None, [], ["prensa@ejemplo.es"])]),
    # de: signature block with Telefax and a glued direct-dial number
    ("de",
     "Pressekontakt:\nAnna Schmidt\nPressesprecherin\nTel.: +49 30 1234567-12\nTelefax: +49 30 1234567-99\n"
     "E-Mail: anna.schmidt@beispiel.de",
     None,
     [("Anna Schmidt", ["+4930123456712"], ["anna.schmidt@beispiel.de"])]),
    ("de",
     "Weitere Informationen:\nKlaus Weber\nTel. 030 2345678 Durchwahl 12\nklaus.weber (at) beispiel (punkt) org",
     "DE",
     [("Klaus Weber", ["+49302345678"], ["klaus.weber@beispiel.org"])]),
    # a doubled prefix and an extension glued with a hyphen
    ("de",
     "Pressekontakt:\nRita Alvarez\nHorizon PR\n++1 202-555-0143-752\nrita@horizon-pr.com",
     None,
     [("Rita Alvarez", ["+12025550143"], ["rita@horizon-pr.com"])]),
]


@pytest.mark.parametrize("lang,text,region,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_contacts_records(lang: str, text: str, region: str | None, expected: list[tuple]) -> None:
    contacts, issues = extract(text, region=region)
    assert [(c.name, c.phones, c.emails) for c in contacts] == expected
    assert not issues
    for c in contacts:
        assert 0 <= c.start < c.end <= len(text)
        assert all(p.startswith("+") and p[1:].isdigit() for p in c.phones)


# Long one-line records, inside the contact block the anatomy step found.
BLOCK_CASES = [
    # "teléfono:" ends in "no:" but is no reference label; "ext. 1415" ends no sentence
    ("es",
     "Contacto de prensa:\nLaura Pineda, Dirección de Comunicación, Alcaldía de Cuenca, teléfono: "
     "+593 7 284 1200 ext. 230, correo: lpineda@cuenca.gob.ec",
     None,
     [("Laura Pineda", ["+59372841200"], ["lpineda@cuenca.gob.ec"])]),
    # a place or an organization as a label before each name
    ("es",
     "Contacto de prensa:\nEn Lima: Rosa Quispe, oficial de prensa, +51 987 112 233, rquispe@ejemplo.org\n"
     "ACNUR: Diego Salas, portavoz, +41 79 555 12 34, salasd@ejemplo.org",
     None,
     [("Rosa Quispe", ["+51987112233"], ["rquispe@ejemplo.org"]),
      ("Diego Salas", ["+41795551234"], ["salasd@ejemplo.org"])]),
]


@pytest.mark.parametrize("lang,text,region,expected", BLOCK_CASES)
def test_contacts_records_in_a_known_block(lang: str, text: str, region: str | None, expected: list[tuple]) -> None:
    contacts, issues = extract(text, region=region, blocks=[(0, len(text))])
    assert [(c.name, c.phones, c.emails) for c in contacts] == expected
    assert issues == []


@pytest.mark.parametrize("text, email", [
    ("Write to acarter [at] example.org for interviews.", "acarter@example.org"),
    ("Schreiben Sie an k.weber (at) beispiel (punkt) org.", "k.weber@beispiel.org"),
    ("Écrire à presse {arobase} exemple.fr avant lundi.", "presse@exemple.fr"),
    ("Or reach the desk at press at example dot org today.", "press@example.org"),
])
def test_contacts_obfuscated_addresses(text: str, email: str) -> None:
    contacts, _ = extract(text)
    assert [e for c in contacts for e in c.emails] == [email]


def test_contacts_fax_is_kept_out_of_phones() -> None:
    text = ("Pressekontakt:\nAnna Schmidt\nTel.: +49 30 1234567-12\nTelefax: +49 30 1234567-99\n"
            "anna.schmidt@beispiel.de")
    contacts, _ = extract(text)
    assert contacts[0].phones == ["+4930123456712"]
    assert contacts[0].faxes == ["+4930123456799"]


@pytest.mark.parametrize("text", [
    "Contact : Marc Lefèvre, Tél. : 01 42 68 53 00, marc.lefevre@exemple.org",
    "Contacto: Ana Ruiz, Tel.: 310 456 7890, ana.ruiz@ejemplo.org",
])
def test_contacts_number_without_region_is_skipped_with_warning(text: str) -> None:
    contacts, issues = extract(text)
    assert contacts[0].phones == []
    assert [i.code for i in issues] == [PHONE_REGION_UNKNOWN]
    assert "--region" in issues[0].message


@pytest.mark.parametrize("text,phone", [
    ("Contact: Rachel Green, (202) 555-0143, rgreen@horizon-pr.com", "+12025550143"),
    ("Media contact:\nTom Baker\nHorizon PR\n613-555-0188, ext. 12\ntbaker@horizon-pr.com", "+16135550188"),
    ("Pressekontakt:\nLisa Berg\nTel.: +33 1 42 68 53 00\n\nJim Park\nCell: (919) 555-0147\njim.park@example.com",
     "+19195550147"),
])
def test_contacts_north_american_layout_is_read_with_a_warning(text: str, phone: str) -> None:
    from releasepipe.extract.contacts import PHONE_READ_AS_NANP

    contacts, issues = extract(text)
    assert phone in [p for c in contacts for p in c.phones]
    assert PHONE_READ_AS_NANP in [i.code for i in issues]


# (lang, dateline, contact line, phones, warning codes)
DATELINE_CASES = [
    # the city says the country: a number valid there is read there
    ("fr", "Lyon, le 3 mars 2025 – La Métropole", "Contact : Anne Morel, 04 72 10 33 20, anne.morel@agence.example",
     ["+33472103320"], []),
    ("pl", "Kraków, 10 marca 2025 r. – Gmina", "Kontakt: Ewa Nowak, tel. 12 616 12 34, ewa.nowak@urzad.example",
     ["+48126161234"], []),
    # a qualifier after the city overrules its name; the North American layout decides
    ("en", "BIRMINGHAM, Ala., March 3, 2025 – The university",
     "Media contact: Dana Cole, (205) 934-3884, dcole@univ.example", ["+12059343884"], ["RP210"]),
    # the e-mail's country before the city's: Santiago de Compostela is no Santiago de Chile
    ("es", "Santiago, 4 de marzo de 2025 – La universidad",
     "Contacto: Marta Castro, tel. 981 56 31 00, prensa@universidad.es", ["+34981563100"], []),
    # a town of another country than the language's: no guess from the language
    ("fr", "Neuchâtel, le 5 mai 2025 – L'horloger",
     "Contact : Delphine Jaquet, tél. 032 720 50 00, delphine.jaquet@horloger.example", [], ["RP208"]),
    # a number invalid in the city's country is not read there
    ("en", "Perth, 3 March 2025 – The council", "Contact: Iain Ross, 01738 475000, iain.ross@council.example",
     [], ["RP208"]),
]


@pytest.mark.parametrize("lang,dateline,line,phones,codes", DATELINE_CASES)
def test_contacts_dateline_city_hints_the_country(lang: str, dateline: str, line: str, phones: list[str],
                                                  codes: list[str]) -> None:
    text = f"{dateline} body of the release.\n\n{line}"
    contacts, issues = extract(text, lang=lang, dateline=dateline)
    assert [p for c in contacts for p in c.phones] == phones
    assert [i.code for i in issues] == codes


@pytest.mark.parametrize("lang,text", [
    # a date, a register or tax number beside an e-mail address is no phone
    ("de", "Akkreditierungen sind bis zum 12.03.2025 an presse@messe.example.de zu richten."),
    ("de", "Anmeldung bis 12.03.2025, presse@messe.example.de"),
    ("it", "AgroHub S.r.l. – P.IVA 01234567890 – info@agrohub.example"),
    ("pl", "Fundacja Zielona, REGON 015275433, biuro@fundacja.example"),
    ("ru", "ООО «Вектор», ИНН 7707083893, info@vektor.example"),
    ("de", "Spendenkonto: DE89 3704 0044 0532 0130 00 – Fragen an spenden@verein.example.de"),
])
def test_contacts_numbers_beside_an_address_that_are_no_phones(lang: str, text: str) -> None:
    contacts, _ = extract(text, lang=lang)
    assert [p for c in contacts for p in c.phones] == []


@pytest.mark.parametrize("lang,text,phone", [
    ("fr", "Contact presse\nHélène Caradec, attachée de presse\n06 23 45 71 98 – h.caradec@festival.example",
     "+33623457198"),
    ("nl", "Voor meer informatie: Pieter Smit, woordvoerder, 06 - 24 68 13 57, p.smit@gemeente.example", "+31624681357"),
    ("it", "Ufficio stampa: Giulia Ferri, 347 218 9034, g.ferri@museo.example", "+393472189034"),
])
def test_contacts_number_read_in_the_country_of_the_language(lang: str, text: str, phone: str) -> None:
    from releasepipe.extract.contacts import PHONE_READ_BY_LANGUAGE

    contacts, issues = extract(text, lang=lang)
    assert [p for c in contacts for p in c.phones] == [phone]
    assert [i.code for i in issues] == [PHONE_READ_BY_LANGUAGE]


@pytest.mark.parametrize("lang,text", [
    # valid in no country the language's likeliest: still skipped, never guessed
    ("fr", "Contact : Marc Lefèvre, Tél. : 310 456 78, marc.lefevre@exemple.org"),
    ("und", "Contact: Ana Ruiz, Tel.: 01 42 68 53 00, ana.ruiz@ejemplo.org"),
])
def test_contacts_number_invalid_in_the_country_of_the_language_is_skipped(lang: str, text: str) -> None:
    contacts, issues = extract(text, lang=lang)
    assert contacts[0].phones == []
    assert [i.code for i in issues] == [PHONE_REGION_UNKNOWN]


@pytest.mark.parametrize("text,region,phone", [
    # a region that lacks the area code reads only the number's end: the release's own region reads it whole
    ("Pressekontakt\nTel.: (030) 90217-3345\nE-Mail: presse@senat.example.de", None, "+4930902173345"),
    ("Assessoria de Imprensa\n(11) 3214-5567 / (11) 98123-4567\nimprensa@prefeitura.example.br", None,
     "+5511981234567"),
    ("Pressekontakt\nTel.: (030) 90217-3345", "DE", "+4930902173345"),
])
def test_contacts_area_code_in_brackets_is_kept(text: str, region: str | None, phone: str) -> None:
    contacts, _ = extract(text, region=region, blocks=[(0, len(text))])
    assert phone in [p for c in contacts for p in c.phones]


@pytest.mark.parametrize("line,phone", [
    # a name starting with F or T is no fax or phone label
    ("Métropole de Nantes – Fanny Ferrand – 02 40 41 90 00 – f.ferrand@nantes.example", "+33240419000"),
    ("Ufficio stampa – Fabio Fontana – 02 8634 5120 – f.fontana@museo.example", "+390286345120"),
])
def test_contacts_names_are_not_labels(line: str, phone: str) -> None:
    contacts, _ = extract(line, region="FR" if "Nantes" in line else "IT")
    assert contacts[0].phones == [phone] and contacts[0].faxes == []


@pytest.mark.parametrize("lang,text,persons,expected", [
    # a desk's line above the person and her numbers: the desk is her organization
    ("pl", "Kontakt:\nBiuro Prasowe Politechniki Gdańskiej\nMagdalena Wróbel-Kos\ntel. 58 347 12 90\n"
     "e-mail: m.wrobel@pg.example.pl", ["Magdalena Wróbel-Kos"],
     ("Magdalena Wróbel-Kos", "Biuro Prasowe Politechniki Gdańskiej")),
    ("pt", "Assessoria de Comunicação – Câmara Municipal de Braga\nRicardo Matos Pinheiro\n+351 253 203 150\n"
     "imprensa@cm-braga.example.pt", ["Ricardo Matos Pinheiro"],
     ("Ricardo Matos Pinheiro", "Assessoria de Comunicação – Câmara Municipal de Braga")),
    ("de", "Landratsamt Göppingen\nReferat Öffentlichkeitsarbeit\nJonas Kühnle, Pressesprecher\n"
     "+49 7161 202 1140\npresse@lrags.example.de", ["Jonas Kühnle"], ("Jonas Kühnle", "Landratsamt Göppingen")),
    # a line that opens with a first name stays the contact's name, whatever the entities say
    ("en", "Media Contact:\nMorgan Whitfield (for Lumio)\nBrightline PR\nmwhitfield@brightline.example\n"
     "O: +1 303 555 0142", ["Brightline PR"], ("Morgan Whitfield", None)),
])
def test_contacts_body_line_above_the_person(lang: str, text: str, persons: list[str],
                                             expected: tuple[str, str | None]) -> None:
    contacts, _ = extract(text, blocks=[(0, len(text))], persons=[person(text, n) for n in persons], lang=lang)
    assert contacts[0].name == expected[0]
    if expected[1] is not None:
        assert contacts[0].organization == expected[1]


@pytest.mark.parametrize("lang,line,role,organization", [
    # a department named in the language's words is the contact's function there
    ("de", "Anna Berg, Unternehmenskommunikation, +49 89 636 00, anna.berg@firma.example", "Unternehmenskommunikation",
     None),
    ("es", "Lucía Prieto, Comunicación, +34 91 555 12 34, lprieto@ayto.example", "Comunicación", None),
    # a company's name is its organization, though dictionaries know brands as words
    ("de", "Anna Berg, Siemens, +49 89 636 00, anna.berg@firma.example", None, "Siemens"),
    ("en", "Jane Doe, Apple, +1 408 996 1010, jane@firma.example", None, "Apple"),
])
def test_contacts_department_or_company_after_the_name(lang: str, line: str, role: str | None,
                                                       organization: str | None) -> None:
    name = line.split(",")[0]
    contacts, _ = extract(line, blocks=[(0, len(line))], persons=[person(line, name)], lang=lang)
    assert (contacts[0].name, contacts[0].role, contacts[0].organization) == (name, role, organization)


@pytest.mark.parametrize("lang,text,role,organization", [
    # a label naming a function, on the name's line or above it, is the contact's role
    ("it", "Per informazioni:\nReferente: Giulia Ferri – tel. 051 527 1234 – cell. 338 612 5566", "Referente", None),
    ("es", "Portavoz:\nGiulia Ferri\ntel. +34 91 555 12 34", "Portavoz", None),
    # a heading's words are no body; a body's name is
    ("fr", "Renseignements :\nGiulia Ferri\nVille de Lyon\n+33 4 72 10 30 30", None,
     "Ville de Lyon"),
    ("en", "Aonix:\nGiulia Ferri\n+1 858 457 2700", None, "Aonix"),
])
def test_contacts_labels_before_the_name(lang: str, text: str, role: str | None, organization: str | None) -> None:
    contacts, _ = extract(text, region="IT" if lang == "it" else None, blocks=[(0, len(text))],
                          persons=[person(text, "Giulia Ferri")], lang=lang)
    assert (contacts[0].name, contacts[0].role, contacts[0].organization) == ("Giulia Ferri", role, organization)


@pytest.mark.parametrize("text", [":\nJane Doe\n+33 1 42 68 53 00", "Contact:\n :\nJane Doe, +33 1 42 68 53 00"])
def test_contacts_a_bare_colon_line_is_no_label(text: str) -> None:
    contacts, _ = extract(text, blocks=[(0, len(text))], lang="fr")
    assert [(c.name, c.organization, c.phones) for c in contacts] == [("Jane Doe", None, ["+33142685300"])]


def test_contacts_record_starts_where_the_contact_block_starts() -> None:
    # the short lines above the block (a squad list) are not the contact's
    text = ("Gardiennes : Laura Perrin (Nantes), Chloé Vasseur (Brest)\nArrières : voir le site\n"
            "Contact presse Fédération\nAgathe Roussel, responsable presse\n+33 6 21 43 65 87 – a.roussel@ff.example")
    block = text.index("Contact presse")
    contacts, _ = extract(text, blocks=[(block, len(text))],
                          persons=[person(text, n) for n in ("Laura Perrin", "Chloé Vasseur", "Agathe Roussel")])
    assert [(c.name, c.role) for c in contacts] == [("Agathe Roussel", "responsable presse")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Réf. 2024/113-45 du 12/03/2024 : 3 200 migrants sont rentrés, soit 1 125 000 personnes en 2015."),
    ("en", "The 2024-2025 plan (ref. 2024/113-45) covers 12,500 households and 1,125,000 people."),
    ("es", "El expediente n° 2024/113-45, del 14/10/2024, cubre a 1.125.000 personas."),
    ("de", "Aktenzeichen 2024/113-45 vom 14.10.2024: 1.125.000 Menschen in 16 Bundesländern."),
])
def test_contacts_dates_figures_and_references_are_not_phones(lang: str, text: str) -> None:
    for region in (None, "FR", "US", "DE", "ES"):
        contacts, issues = extract(text, region=region)
        assert contacts == [] and issues == []


def test_contacts_urls_and_social_handles() -> None:
    text = ("Media contact:\nJulie Martin\njmartin@iom.int\nwww.iom.int/niger\nTwitter: @IOM\n"
            "twitter.com/UNmigration\nMastodon: @iom@mastodon.social")
    [contact], _ = extract(text)
    assert contact.urls == [
        "https://www.iom.int/niger", "https://twitter.com/IOM", "https://twitter.com/UNmigration",
        "https://mastodon.social/@iom",
    ]


def test_contacts_names_from_person_entities() -> None:
    text = ("Asia and India\nPriya Raman\nPhone: +91 98210 33168\n\n"
            "North America Dana Whitfield\n2422 Elm St NE\nMinneapolis, MN 55418\nPhone: (612) 555-0178")
    persons = [person(text, "Priya Raman"), person(text, "Dana Whitfield")]
    contacts, issues = extract(text, persons=persons)
    assert [(c.name, c.phones) for c in contacts] == [
        ("Priya Raman", ["+919821033168"]), ("Dana Whitfield", ["+16125550178"])]
    assert not issues


def test_contacts_region_label_before_name_without_entities() -> None:
    text = "Europe\nIngrid Holm\nPhone: +46 13 29 08 53\n\nNorth America Dana Whitfield\nPhone: +1 612 555 0178"
    contacts, _ = extract(text)
    assert [c.name for c in contacts] == ["Ingrid Holm", "Dana Whitfield"]


def test_contacts_offsets_cover_the_record() -> None:
    text = ("About us\nWe help people on the move.\n\nPress contact\nPaul Durand\nPorte-parole\n"
            "Tél. : +33 1 45 67 89 10\npdurand@exemple.fr")
    [contact], _ = extract(text)
    assert text[contact.start:contact.end] == "Paul Durand\nPorte-parole\nTél. : +33 1 45 67 89 10\npdurand@exemple.fr"
    assert contact.role == "Porte-parole"


def test_contacts_known_block_takes_long_lines() -> None:
    line = ("Paul Durand, porte-parole du bureau régional pour l'Afrique de l'Ouest et du Centre, joignable "
            "au 01 45 67 89 10")
    text = "Contact\n" + line
    contacts, _ = extract(text, region="FR", blocks=[(0, len(text))])
    assert contacts[0].phones == ["+33145678910"]


@pytest.mark.parametrize("line,role,organization", [
    ("Laura Pineda, Dirección de Comunicación, Alcaldía de Cuenca, teléfono: +593 7 284 1200",
     "Dirección de Comunicación", "Alcaldía de Cuenca"),
    ("Jan Nowak, Pressesprecher, Stadtwerke Leipzig, Tel.: +49 341 121 3344", "Pressesprecher", "Stadtwerke Leipzig"),
    ("Claire Dubois, chargée de communication, +33 1 45 67 89 10", "chargée de communication", None),
    ("Owen Price, Oxfam Cymru, +44 29 2055 1234", None, "Oxfam Cymru"),
])
def test_contacts_role_and_organization_on_the_name_line(line: str, role: str | None, organization: str | None) -> None:
    text = "Press contact:\n" + line + "\n"
    [contact], _ = extract(text, blocks=[(0, len(text))])
    assert (contact.role, contact.organization) == (role, organization)


@pytest.mark.parametrize("text,role,organization", [
    # the name's line gives a function no list holds and the body, the numbers on the next line
    ("Contactos para medios\nGabriela Pardo, Oficial de Comunicaciones, ACNUR Colombia\n+57 310 456 7788\n",
     "Oficial de Comunicaciones", "ACNUR Colombia"),
    # a town and a country are no function nor body; nor an agency, a degree or a company in capitals
    ("Kontakt dla mediów\nJan Nowak, Przemyśl, Polska\n+48 22 555 01 23\n", None, None),
    ("Media contact\nSarah Jones, Firefly Communications, for Acme Robotics\n+44 20 7946 0321\n", None, None),
    ("Media contact\nJane Doe, PhD, University of Leeds\n+44 113 243 1751\n", None, None),
])
def test_contacts_role_and_organization_after_the_name_without_function_words(
        text: str, role: str | None, organization: str | None) -> None:
    [contact], _ = extract(text, blocks=[(0, len(text))])
    assert (contact.role, contact.organization) == (role, organization)


@pytest.mark.parametrize("text,role,organization", [
    # a function named by any language pack's role words, on the line after the name
    ("Contatti per la stampa\nMaria Rossi\nResponsabile comunicazione\nFondazione Arco Aperto\n"
     "Tel. +39 051 123 4567\n", "Responsabile comunicazione", "Fondazione Arco Aperto"),
    ("Kontakt dla mediów:\nAnna Nowak\nrzeczniczka prasowa Orlik Energia S.A.\ntel. +48 22 555 01 23\n",
     "rzeczniczka prasowa Orlik Energia S.A.", None),
    ("Perscontact\nEva de Boer\nwoordvoerder\nGemeente Zwolle\n+31 38 498 1234\n", "woordvoerder", "Gemeente Zwolle"),
    # an Austrian heading is no organization
    ("Rückfragehinweis:\nMag. Eva Gruber\nStadtwerke Graz\nTel.: +43 316 887 1234\n", None, "Stadtwerke Graz"),
])
def test_contacts_role_and_organization_on_lines_of_their_own(text: str, role: str | None,
                                                              organization: str | None) -> None:
    [contact], _ = extract(text, blocks=[(0, len(text))])
    assert (contact.role, contact.organization) == (role, organization)


def test_contacts_postal_code_after_state_code_is_not_a_phone() -> None:
    text = ("Contato para a imprensa\nAna Ribeiro\nRua das Flores 210, sala 4\nCuritiba, PR 80410-150\n"
            "Brasil\nTelefone: +55 41 3322-1144")
    contacts, _ = extract(text, blocks=[(0, len(text))])
    assert [c.phones for c in contacts] == [["+554133221144"]]


@pytest.mark.parametrize("region", ["CA", "DE", None])
def test_contacts_known_block_keeps_country_code_before_glued_extension(region: str | None) -> None:
    # The national pass must not take "514-555-0142-310" alone and lose the "+1".
    text = "Medienkontakt:\nMarie Tremblay\nAgence Nord Relations\n++1 514-555-0142-310\nmarie@nordrelations.ca"
    contacts, issues = extract(text, region=region, blocks=[(0, len(text))])
    assert [c.phones for c in contacts] == [["+15145550142"]]
    assert issues == []


@pytest.mark.parametrize(
    "dateline,region",
    [
        ("OTTAWA, Canada, 25 juin 2008 – La Fondation", "CA"),
        ("Palo Alto, CA, March 18, 2003 - The research center", "US"),
        ("AMMAN, Jordan, 14 November 2024 – The agency", "JO"),
        ("Berlin, Deutschland, 3. Juni 2024 – Die Stiftung", "DE"),
        ("NIAMEY, 14 octobre 2024 – L’OIM", None),
        # a subdivision only one country has
        ("COLUMBUS, Ohio, March 3, 2025 – The state", "US"),
        ("Laval, Mayenne, le 18 mars 2025 – Le groupe", "FR"),
        ("Pressemitteilung – 3. März 2025", None),
    ],
)
def test_contacts_dateline_region(dateline, region) -> None:
    from releasepipe.extract.contacts import dateline_region

    assert dateline_region(dateline) == region
