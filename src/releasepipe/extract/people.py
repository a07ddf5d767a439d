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

from ..model import Contact, Entity, Mention, Quote
from . import entity_rules as rules
from . import gazetteer, roles


def from_contacts(text: str, entities: Sequence[Entity], contacts: Sequence[Contact], lang: str = "en") -> list[Entity]:
    """The entities with every contact's name a person: the contact extractor reads a name
    from its place in a contact record ("Media Contact:", a name above a phone), which the
    model, reading a line with no sentence around it, often calls a place or a body
    ("AJ Venter", "Christie Denniston (for Tasktop)") or misses.

    An entity written exactly as the name becomes a person; a mention that runs over the
    name ("North America Wade Olson") or sits inside it gives way to it; a name no entity
    covers gets a person entity of its own, with every place the release writes it.
    Entities stay in the order of their first mention. A person written exactly as a contact's
    role is that role ("Oficial de Comunicaciones" on the line of "Gabriela Pardo"), and so is a
    body or place whose last word names a function ("Media Officer"; not "Secretaria Municipal da
    Saúde", a body a record may give where its role stands)."""
    functions = {c.role for c in contacts if c.role}
    kept = [e for e in entities if not _a_contacts_function(e, functions, lang)]
    return _as_people(text, kept, {c.name for c in contacts if c.name and _person_like(c.name, lang)})


def _a_contacts_function(entity: Entity, functions: set[str], lang: str) -> bool:
    """Whether ``entity`` is written exactly as a contact's role and is that role: a person with no
    role of its own, or a body or place whose last word names a function."""
    if entity.name not in functions:
        return False
    if entity.type == "person":
        return not entity.role
    return roles.is_role_word((entity.name.split() or [""])[-1], lang)


def from_speakers(text: str, entities: Sequence[Entity], quotes: Sequence[Quote], lang: str = "en") -> list[Entity]:
    """The entities with every quote's speaker a person, as ``from_contacts`` does for contacts:
    the quotes extractor reads a name from its place next to a speech verb ("…, zegt CEO ir.
    Sanne Verhoeven"), which the model may have missed or called a place. Only a name no person
    already has, that opens with a first name and names no body ("Sfera Robotics said")."""
    known = {n for e in entities if e.type == "person" for n in (e.name, *e.aliases)}
    return _as_people(text, entities, {
        q.speaker for q in quotes if q.speaker and q.speaker not in known
        and gazetteer.is_given_name(q.speaker.split()[0], lang) and _person_like(q.speaker, lang)})


def _as_people(text: str, entities: Sequence[Entity], names: set[str]) -> list[Entity]:
    """``entities`` with each of ``names`` a person (see ``from_contacts``)."""
    if not names:
        return list(entities)
    out = list(entities)
    for name in sorted(names):
        spans = [(m.start(), m.end()) for m in _whole(name).finditer(text)]
        if not spans:
            continue
        person = next((e for e in out if e.type == "person" and (e.name == name or name in e.aliases)), None)
        for entity in out:
            if entity is not person and entity.type != "person" and entity.mentions \
                    and all(m.text == name for m in entity.mentions):
                entity.type = "person"
                person = person or entity
        taken: list[tuple[int, int]] = []
        for entity in list(out):
            if entity.type == "person":
                taken += [(m.start, m.end) for m in entity.mentions]
                continue
            kept = [m for m in entity.mentions if not any(m.start < end and start < m.end for start, end in spans)]
            if len(kept) < len(entity.mentions):
                entity.mentions = kept
                if not kept:
                    out.remove(entity)
        free = [Mention(start, end, name) for start, end in spans
                if not any(start < e and s < end for s, e in taken)]
        if not free:
            continue
        if person is None:
            out.append(Entity(type="person", name=name, mentions=free))
        else:
            person.mentions = sorted([*person.mentions, *free], key=lambda m: (m.start, m.end))
    out.sort(key=lambda e: e.mentions[0].start if e.mentions else len(text))
    return out


def _person_like(name: str, lang: str) -> bool:
    """Two to four words, the first and last capitalised, at most half of them common words of the
    release's language or English: a person's name as contact records write it ("Janice Hughes",
    "Wade Olson", "Helio Chissini de Castro"), not the body or office the record names instead
    ("Press Office", "Amnesty International", "Global Affairs Canada", "Doctors Without Borders")."""
    words = name.split()
    if not (2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()) \
            or rules.names_a_body(words, lang):
        return False
    if gazetteer.is_given_name(words[0], lang) and not gazetteer.is_common_word(words[-1], "en"):
        return True  # a first name and a surname ("Rocío Valdivia": dictionaries list both as words)
    common = sum(gazetteer.is_common_word(w, lang) or gazetteer.is_common_word(w, "en") for w in words)
    return common * 2 <= len(words)


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
