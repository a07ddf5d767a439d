"""Release JSON: one pretty-printed file per release and the batch's JSON Lines."""

from __future__ import annotations

import json
from typing import Any


def dumps_release(release: dict[str, Any]) -> str:
    """A release as the pretty-printed UTF-8 JSON of ``OUT/<name>.json``."""
    return json.dumps(release, ensure_ascii=False, indent=2) + "\n"


def dumps_line(release: dict[str, Any]) -> str:
    """A release as one line of ``releases.jsonl``."""
    return json.dumps(release, ensure_ascii=False, separators=(",", ":")) + "\n"
