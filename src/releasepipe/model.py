"""Typed results: what readers return and what a release JSON holds.

Every dataclass here maps one-to-one onto an object of the output contract
(``releasepipe schema``); ``Release.to_dict()`` is the JSON a run writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, Literal

SCHEMA_VERSION = "2.1"

EntityType = Literal["person", "organization", "location", "misc"]


@dataclass(frozen=True, slots=True)
class Issue:
    """A warning attached to a release: something a reader should know."""

    code: str
    message: str


@dataclass(slots=True)
class Document:
    """What a reader gets out of one input file, before any analysis.

    ``text`` is normalized (NFC, ``\\n`` line endings, paragraphs separated by
    one blank line). ``blocks`` are the paragraphs the format knows, as
    ``(start, end, kind)`` offsets into ``text``, where ``kind`` is ``"title"``,
    ``"heading"`` or ``"paragraph"``; readers of unstructured formats may leave
    it empty and let the anatomy finder split on blank lines.
    """

    text: str
    format: str
    title: str | None = None
    published: str | None = None  # ISO date, from the format's metadata
    author: str | None = None
    blocks: list[tuple[int, int, str]] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    format: str
    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Candidate:
    code: str
    probability: float


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    code: str


@dataclass(slots=True)
class LanguageInfo:
    code: str
    confidence: float
    candidates: list[Candidate] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    date: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    #: index into ``Release.blocks`` of the block the mention starts in
    block: int | None = None


@dataclass(slots=True)
class Entity:
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    #: for a person: the organization the text says they work for (one of the
    #: release's organizations when it names one), else None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None
    end_value: str | None
    kind: Literal["date", "range", "duration", "relative"]
    #: index into ``Release.blocks`` of the block the date starts in
    block: int | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    start: int
    end: int
    value: float | int
    unit: str | None
    qualifier: str | None
    kind: Literal["count", "money", "percent", "quantity", "duration"]
    #: the upper bound of a range ("between 20 and 30 %": value 20, end_value 30), else None
    end_value: float | int | None = None
    #: index into ``Release.blocks`` of the block the figure starts in
    block: int | None = None


@dataclass(slots=True)
class Contact:
    name: str | None
    role: str | None
    organization: str | None
    phones: list[str]
    emails: list[str]
    urls: list[str]
    start: int
    end: int
    faxes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: Mention | None


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of the release and the part of the anatomy it belongs to."""

    start: int
    end: int
    kind: Literal["kicker", "title", "dateline", "embargo", "body", "contact", "boilerplate"]


@dataclass(slots=True)
class Release:
    #: unique per input of a run and stable across runs: see ``pipeline.release_id``
    id: str
    source: Source
    text: str
    language: LanguageInfo
    kicker: list[str] = field(default_factory=list)
    title: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    embargo: str | None = None
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    #: SHA-256 of the source file's bytes: equal for copies of one release
    content_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The release as the output contract's JSON object."""
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": self.id, "content_sha256": self.content_sha256}
        data.update(_plain(self))
        return data


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies: the leaves here are
    immutable (str, int, float, bool, None), and a release has thousands."""
    names = _field_names(type(value)) if hasattr(value, "__dataclass_fields__") else None
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
