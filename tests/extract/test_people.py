"""A person's organization from their role, and a contact record's role and organization."""

import pytest

from releasepipe.extract.people import complete
from releasepipe.model import Contact, Entity, Mention


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
