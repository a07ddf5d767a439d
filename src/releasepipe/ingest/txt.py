"""Plain text (.txt): decode, normalize, one block per paragraph."""

from __future__ import annotations

from releasepipe.ingest.text import decode, normalize, paragraph_blocks
from releasepipe.model import Document


def read(data: bytes) -> Document:
    """Read a plain-text release. The title is left to the anatomy finder."""
    raw, issues = decode(data)
    text = normalize(raw)
    return Document(text=text, format="txt", blocks=paragraph_blocks(text), warnings=issues)
