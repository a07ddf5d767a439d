"""Typed results: what readers return and what a release JSON holds.

Every dataclass here maps one-to-one onto an object of the output contract
(``releasepipe schema``); ``Release.to_dict()`` is the JSON a run writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

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
        """The release as the output contract's JSON object.

        >>> release.to_dict()["language"]["code"]  # doctest: +SKIP
        'fr'
        """
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": self.id, "content_sha256": self.content_sha256}
        data.update(_plain(self))
        return data

    def __getitem__(self, key: str) -> Any:
        """Deprecated: ``release["title"]`` as on the dict ``releasepipe.process_path`` returned
        before 0.2; use the attributes (``release.title``) or ``release.to_dict()``."""
        import warnings

        warnings.warn("a Release is not a dict: use its attributes or .to_dict() (dict access goes in 0.3)",
                      DeprecationWarning, stacklevel=2)
        return self.to_dict()[key]

    def to_json(self) -> str:
        """The release as the exact JSON ``releasepipe run`` writes to ``OUT/<name>.json``."""
        from .write.jsonout import dumps_release

        return dumps_release(self.to_dict())

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Release":
        """The typed release of a contract dict (a release JSON read back):
        ``Release.from_dict(json.load(f)).to_json()`` gives the file's bytes again.

        >>> release = Release.from_dict(json.load(open("OUT/fr/niamey.json")))  # doctest: +SKIP
        >>> [e.name for e in release.entities if e.type == "person"]  # doctest: +SKIP
        """
        return _build(cls, {k: v for k, v in data.items() if k != "schema_version"})


def _build(cls: type, data: Any) -> Any:
    """An instance of the dataclass ``cls`` from its plain form (``_plain``'s inverse)."""
    hints = _hints(cls)
    values = {}
    for name in _field_names(cls):
        if name in data:
            values[name] = _value(hints[name], data[name])
    return cls(**values)


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin is list:
        (item,) = get_args(hint)
        return [_value(item, v) for v in value]
    if origin in (Union, UnionType):
        classes = [a for a in get_args(hint) if hasattr(a, "__dataclass_fields__")]
        return _build(classes[0], value) if classes else value
    if hasattr(hint, "__dataclass_fields__"):
        return _build(hint, value)
    return value


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return get_type_hints(cls)


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies: the leaves here are
    immutable (str, int, float, bool, None), and a release has thousands."""
    names = _field_names(type(value)) if hasattr(value, "__dataclass_fields__") else None  # type: ignore[arg-type]
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
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
