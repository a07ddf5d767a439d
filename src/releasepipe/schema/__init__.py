"""The output contract as a JSON Schema, and validation of releases against it.

JSON Schema cannot say that a span's ``text`` equals ``release["text"][start:end]``,
so :func:`validate` checks that too.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema_rs

from ..errors import Code, ReleasepipeError


class SchemaError(ReleasepipeError):
    """A release does not follow the output contract (a bug in releasepipe)."""


@cache
def release_schema() -> dict[str, Any]:
    """The JSON Schema of one release (output contract version 2)."""
    return json.loads((resources.files(__name__) / "release.schema.json").read_text(encoding="utf-8"))


@cache
def _validator():
    # jsonschema-rs: the same Draft 2020-12 semantics as the reference
    # implementation, several hundred times faster (every release is validated).
    return jsonschema_rs.validator_for(release_schema())


def errors(release: dict[str, Any]) -> list[str]:
    """Every way ``release`` breaks the contract, as readable messages; empty when valid."""
    found = [f"{'/'.join(map(str, e.instance_path)) or '<root>'}: {e.message}"
             for e in _validator().iter_errors(release)]
    text = release.get("text")
    if isinstance(text, str):
        for where, span in _spans(release):
            start, end = span.get("start"), span.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                found.append(f"{where}: offsets {start}..{end} outside the text")
            elif "text" in span and text[start:end] != span["text"]:
                found.append(f"{where}: text {span['text']!r} != text[{start}:{end}] {text[start:end]!r}")
    return found


def validate(release: dict[str, Any]) -> None:
    """Raise SchemaError when ``release`` breaks the output contract."""
    problems = errors(release)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SchemaError(Code.PROCESSING_FAILED, f"output breaks the contract: {problems[0]}{more}")


def _spans(release: dict[str, Any]):
    for i, entity in enumerate(release.get("entities") or []):
        for j, m in enumerate(entity.get("mentions") or []):
            yield f"entities/{i}/mentions/{j}", m
    for key in ("dates", "figures", "quotes"):
        for i, item in enumerate(release.get(key) or []):
            yield f"{key}/{i}", item
            if key == "quotes" and item.get("speaker_mention"):
                yield f"quotes/{i}/speaker_mention", item["speaker_mention"]
    if isinstance(release.get("dateline"), dict):
        yield "dateline", release["dateline"]
    for i, item in enumerate(release.get("contacts") or []):
        yield f"contacts/{i}", item
    for i, item in enumerate(release.get("blocks") or []):
        yield f"blocks/{i}", item
    for i, item in enumerate((release.get("language") or {}).get("segments") or []):
        yield f"language/segments/{i}", item
