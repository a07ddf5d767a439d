"""A contact's name a person; a person's organization from their role, and a contact record's role
and organization."""

import pytest

from releasepipe.extract.people import complete, from_contacts, from_speakers
from releasepipe.model import Contact, Entity, Mention, Quote


def _entity(kind, name, text, *, role=None, aliases=()):
    start = text.index(name)
    return Entity(type=kind, name=name, aliases=list(aliases), role=role,
                  mentions=[Mention(start, start + len(name), name)])


@pytest.mark.parametrize(
    "text,person,role,org,aliases,expected",
    [
        ("Aminata Diallo, cheffe de mission de l'OIM au Niger, a salué l'accord. "
         "L'Organisation internationale pour les migrations (OIM) finance le programme.",
         "Aminata Diallo", "cheffe de mission de l'OIM au Niger",
         "Organisation internationale pour les migrations", ["OIM"],
         "Organisation internationale pour les migrations"),
        ("\"We are ready,\" said Tom Baker, head of logistics at Harbour Light Foundation.",
         "Tom Baker", "head of logistics at Harbour Light Foundation", "Harbour Light Foundation", [],
         "Harbour Light Foundation"),
        ("La portavoz de ACNUR en Panamá, Lucía Gómez, explicó la situación del Alto Comisionado de las "
         "Naciones Unidas para los Refugiados.",
         "Lucía Gómez", "portavoz de ACNUR en Panamá",
         "Alto Comisionado de las Naciones Unidas para los Refugiados", ["ACNUR"],
         "Alto Comisionado de las Naciones Unidas para los Refugiados"),
        # an organization's name inside a longer word is not named
        ("Die Sprecherin der BUNDESBANK-Stiftung, Eva Roth, sagte, die Bank BUND helfe.",
         "Eva Roth", "Sprecherin der BUNDESBANK-Stiftung", "BUND", [], None),
    ],
)
def test_people_organization_from_role(text, person, role, org, aliases, expected):
    people = _entity("person", person, text, role=role)
    organization = _entity("organization", org, text, aliases=aliases)
    complete([people, organization], [])
    assert people.organization == expected
    assert organization.organization is None


@pytest.mark.parametrize(
    "text,name,contact_role,contact_org,written_role,role,organization",
    [
        # a person named only in the contact block takes the record's role and organization
        ("Le programme continue. Contact presse : Julie Martin, chargée de communication, OIM Niger",
         "Julie Martin", "chargée de communication", "OIM Niger", None,
         "chargée de communication", "OIM Niger"),
        # the role written with the name wins over the contact record's
        ("Press officer Anna Berg said the route reopens. Contact: Anna Berg, Communications, Nordic Rail",
         "Anna Berg", "Communications", "Nordic Rail", "Press officer",
         "Press officer", "Nordic Rail"),
    ],
)
def test_people_contact_fills_role_and_organization(text, name, contact_role, contact_org, written_role,
                                                    role, organization):
    person = _entity("person", name, text, role=written_role)
    start = text.rindex(name)
    contact = Contact(name=name, role=contact_role, organization=contact_org, phones=["+41227179111"],
                      emails=[], urls=[], start=start, end=len(text))
    complete([person], [contact])
    assert (person.role, person.organization) == (role, organization)


def test_people_contact_without_matching_person_changes_nothing():
    text = "Maria Lopez spoke. Contact: press office, +41 22 717 91 11"
    person = _entity("person", "Maria Lopez", text)
    contact = Contact(name=None, role="press office", organization="UNHCR", phones=["+41227179111"],
                      emails=[], urls=[], start=19, end=len(text))
    complete([person], [contact])
    assert (person.role, person.organization) == (None, None)


def test_people_contact_organization_named_by_entity():
    text = ("The Office of the High Commissioner for Refugees (UNHCR) opened a centre. "
            "Media contact: Sam Ortiz, UNHCR")
    person = _entity("person", "Sam Ortiz", text)
    org = _entity("organization", "Office of the High Commissioner for Refugees", text, aliases=["UNHCR"])
    contact = Contact(name="Sam Ortiz", role=None, organization="UNHCR", phones=[], emails=["s@unhcr.org"],
                      urls=[], start=text.index("Sam"), end=len(text))
    complete([person, org], [contact])
    assert person.organization == "Office of the High Commissioner for Refugees"


def _contact(name, text):
    start = text.rindex(name)
    return Contact(name=name, role=None, organization=None, phones=["+16125550100"], emails=[], urls=[],
                   start=start, end=len(text))


@pytest.mark.parametrize("text, entities, name", [
    # the model called the name on a contact line a place or a body: it is a person
    ("KOffice 2.0 is out.\n\nPress Contacts\n\nAfrica\nAJ Venter\n13 Sandown Road\nCape Town",
     [("location", "AJ Venter"), ("location", "Cape Town")], "AJ Venter"),
    ("The plug-in ships today.\n\nMedia Contact:\nChristie Denniston (for Tasktop)\ncd@example.com",
     [("organization", "Christie Denniston")], "Christie Denniston"),
    # no entity at all on the name: a person of its own
    ("Aonix joins the project.\n\nAonix:\nJanice Hughes\nMedia Relations\njanice@example.net",
     [("organization", "Aonix")], "Janice Hughes"),
    # a mention running over the name gives way to it
    ("Press contacts\n\nNorth America Wade Olson\n2422 Johnson St NE\nMinneapolis",
     [("location", "North America Wade Olson"), ("location", "Minneapolis")], "Wade Olson"),
    # the same person written in the body keeps one entity, with the contact's mention too
    ("Ewa Nowak presented the plan.\n\nKontakt:\nEwa Nowak\n+48 22 555 01 00",
     [("person", "Ewa Nowak")], "Ewa Nowak"),
])
def test_people_a_contacts_name_is_a_person(text, entities, name):
    found = from_contacts(text, [_entity(kind, n, text) for kind, n in entities], [_contact(name, text)])
    people = [e for e in found if e.name == name]
    assert len(people) == 1 and people[0].type == "person"
    assert {m.start for m in people[0].mentions} == {i for i in range(len(text)) if text.startswith(name, i)}
    assert not any(e.type != "person" and any(m.start < text.rindex(name) + len(name) and text.rindex(name) < m.end
                                              for m in e.mentions) for e in found)
    assert [e.mentions[0].start for e in found] == sorted(e.mentions[0].start for e in found)


@pytest.mark.parametrize("name", [
    "Press Office",  # a body's head word: an office, not a person
    "Amnesty International",  # common words: a body's name
    "Doctors Without Borders",
    "Global Affairs Canada",
    "Presse",  # one word
    None,
])
def test_people_a_contact_record_naming_no_person_adds_none(name):
    text = f"The route reopens.\n\nContact: {name or 'Presse'}, Nordic Rail Foundation, +47 22 00 00 00\n\nPresse"
    org = _entity("organization", "Nordic Rail Foundation", text)
    contact = Contact(name=name, role=None, organization=None, phones=["+4722000000"], emails=[], urls=[],
                      start=text.index("Contact"), end=len(text))
    found = from_contacts(text, [org], [contact])
    assert [(e.type, e.name) for e in found] == [("organization", "Nordic Rail Foundation")]


@pytest.mark.parametrize("lang,name", [
    ("de", "Polizeipräsidium Oberbayern Nord"),  # a body's head at the end of a compound
    ("pl", "Urząd Miasta Krakowa"),  # a head word in its base form
])
def test_people_a_body_named_in_the_contact_records_name_is_no_person(lang, name):
    text = f"Die Straße ist wieder frei.\n\nKontakt: {name}, +49 841 555 1010\n"
    contact = Contact(name=name, role=None, organization=None, phones=["+498415551010"], emails=[], urls=[],
                      start=text.index("Kontakt"), end=len(text))
    assert not [e for e in from_contacts(text, [], [contact], lang) if e.type == "person"]


def _quote(text: str, said: str, speaker: str | None) -> Quote:
    start = text.index(said)
    at = text.rindex(speaker) if speaker else None
    return Quote(text=said, start=start, end=start + len(said), speaker=speaker,
                 speaker_mention=Mention(at, at + len(speaker), speaker) if speaker else None)


@pytest.mark.parametrize("lang, text, entities, said, speaker, person", [
    # a speaker the model missed: a person of their own
    ("nl", "\"Met licht verplaatsen we tien keer zoveel data\", zegt CEO ir. Sanne Verhoeven.", [],
     "Met licht verplaatsen we tien keer zoveel data", "Sanne Verhoeven", "Sanne Verhoeven"),
    # one the model called a place
    ("de", "„Wir bleiben vor Ort“, sagte Dirk Schallenberg in Köln.", [("location", "Dirk Schallenberg")],
     "Wir bleiben vor Ort", "Dirk Schallenberg", "Dirk Schallenberg"),
    # a body said it: no person
    ("it", "«Il robot lavora di notte», spiega Sfera Robotics in una nota.", [("organization", "Sfera Robotics")],
     "Il robot lavora di notte", "Sfera Robotics", None),
    # the speaker is a person already: nothing added
    ("en", "Ana Ruiz spoke first. “We are ready,” said Ana Ruiz.", [("person", "Ana Ruiz")],
     "We are ready,", "Ana Ruiz", "Ana Ruiz"),
])
def test_people_a_quotes_speaker_is_a_person(lang, text, entities, said, speaker, person):
    found = from_speakers(text, [_entity(kind, n, text) for kind, n in entities], [_quote(text, said, speaker)], lang)
    people = [e.name for e in found if e.type == "person"]
    assert people == ([person] if person else [])


@pytest.mark.parametrize("text, entity, role, kept", [
    # an entity written exactly as a contact's role is that role
    ("Media contact\nJess Walker\nMedia Officer\n+1 612 555 0100", ("organization", "Media Officer"), "Media Officer",
     False),
    ("Contactos\nGabriela Pardo, Oficial de Comunicaciones\n+57 310 456 7788",
     ("person", "Oficial de Comunicaciones"), "Oficial de Comunicaciones", False),
    # a body a record gives where its role stands stays a body
    ("Contato\nAna Lima\nSecretaria Municipal da Saúde\n+55 11 3397 2000",
     ("organization", "Secretaria Municipal da Saúde"), "Secretaria Municipal da Saúde", True),
])
def test_people_an_entity_named_as_a_contacts_role(text, entity, role, kept):
    name = text.split("\n")[1].split(",")[0]
    contact = Contact(name=name, role=role, organization=None, phones=["+16125550100"], emails=[], urls=[],
                      start=text.index(name), end=len(text))
    found = from_contacts(text, [_entity(entity[0], entity[1], text)], [contact])
    assert any(e.name == entity[1] for e in found) is kept
