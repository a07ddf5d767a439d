"""Plain text (.txt): decode, normalize, one block per paragraph."""

from __future__ import annotations

from releasepipe.ingest.limits import DEFAULT_LIMITS, Limits, check_text
from releasepipe.ingest.text import decode, normalize, paragraph_blocks
from releasepipe.model import Document


def read(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a plain-text release. The title is left to the anatomy finder."""
    raw, issues = decode(data)
    check_text(raw, limits)
    text = normalize(raw)
    return Document(text=text, format="txt", blocks=paragraph_blocks(text), warnings=issues)
