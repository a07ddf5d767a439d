"""What the rest of a release says about its people: the organization each works for,
and the role and organization of a person named in a contact record.

A plain function over the release's entities and contacts, run after both: the
role written with a name ("cheffe de mission de l'OIM au Niger") names the
organization when one of the release's organizations occurs in it, and a
media contact ("Julie Martin, chargée de communication, OIM") gives a person
the text names nowhere else a role and an organization.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Contact, Entity


def complete(entities: Sequence[Entity], contacts: Sequence[Contact]) -> None:
    """Fill ``role`` and ``organization`` of the person entities in place, never
    replacing what the text writes with the name."""
    persons = {e.name: e for e in entities if e.type == "person"}
    organizations = [e for e in entities if e.type == "organization"]
    for contact in contacts:
        person = persons.get(contact.name or "")
        if person is None:
            continue
        if person.role is None and contact.role:
            person.role = contact.role
        if person.organization is None and contact.organization:
            person.organization = _named_in(contact.organization, organizations) or contact.organization
    for person in persons.values():
        if person.organization is None and person.role:
            person.organization = _named_in(person.role, organizations)


def _named_in(phrase: str, organizations: Sequence[Entity]) -> str | None:
    """The name of the organization written first in ``phrase`` (the longest form
    at that place), or None."""
    best: tuple[int, int, str] | None = None
    for org in organizations:
        forms = {org.name, *org.aliases, *(m.text for m in org.mentions)}
        for form in forms:
            if len(form) < 2 or form not in phrase:  # most forms are not in the role at all
                continue
            found = _whole(form).search(phrase)
            if found is not None:
                key = (found.start(), -len(form), org.name)
                if best is None or key < best:
                    best = key
    return best[2] if best else None


@lru_cache(maxsize=4096)
def _whole(form: str) -> re.Pattern[str]:
    """``form`` as a whole word or phrase (not inside a longer word)."""
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
