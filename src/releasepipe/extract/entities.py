"""People, organizations and places from a spaCy model's named entities.

The model runs on the body's paragraphs one at a time (never across the line
breaks between kicker, title and dateline), and its labels are mapped onto the
contract's four types. Mentions of one name are grouped into one entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from ..model import Entity, EntityType, Mention

# OntoNotes (English) and WikiNER (French, Spanish, …) labels onto the contract's types.
LABELS: dict[str, EntityType] = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "LOC": "location",
    "GPE": "location",
    "FAC": "location",
    "MISC": "misc",
    "NORP": "misc",
    "EVENT": "misc",
    "LAW": "misc",
    "PRODUCT": "misc",
    "WORK_OF_ART": "misc",
    "LANGUAGE": "misc",
}

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_CONTACT_NOISE = re.compile(r"@|https?://|www\.|\+?\d[\d ]{5,}")


def extract(docs: Iterable[tuple[Doc, int]]) -> list[Entity]:
    """Entities of the release from ``(doc, offset)`` pairs.

    Each ``doc`` is one paragraph of the release and ``offset`` is where that
    paragraph starts in the release's text, so mentions index the whole text.
    Entities come in order of first mention.
    """
    found: dict[tuple[str, str], Entity] = {}
    for doc, offset in docs:
        for ent in doc.ents:
            etype = LABELS.get(ent.label_)
            if etype is None:
                continue
            mention = _mention(ent.text, ent.start_char + offset)
            if mention is None:
                continue
            key = (etype, mention.text.casefold())
            entity = found.get(key)
            if entity is None:
                found[key] = Entity(type=etype, name=mention.text, mentions=[mention])
            else:
                entity.mentions.append(mention)
    return list(found.values())


def _mention(raw: str, start: int) -> Mention | None:
    """A cleaned mention, or None for spans no reader would call a name."""
    stripped = _EDGE.sub("", raw)
    if not stripped or "\n" in stripped or stripped.islower() or stripped.isdigit():
        return None
    if _CONTACT_NOISE.search(stripped):
        return None
    lead = raw.index(stripped)
    return Mention(start=start + lead, end=start + lead + len(stripped), text=stripped)
