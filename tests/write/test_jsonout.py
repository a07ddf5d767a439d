"""Tests for releasepipe.write.jsonout: the text of release files and JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from releasepipe.runner import process_path
from releasepipe.write.jsonout import dumps_line, dumps_release, loads

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

VALUES = [
    {"title": "Niger : 3 200 migrants rentrés chez eux", "language": {"code": "fr", "confidence": 0.9999}},
    {"figures": [{"value": 1.5, "unit": "EUR", "end_value": None}, {"value": 3200, "unit": None}]},
    {"quotes": [], "contacts": [], "entities": {}, "warnings": [{"code": "RP201", "message": "“no model”"}]},
    {"text": "Ligne 1\nLigne 2\tavec tabulation \u00a0et \"guillemets\" \\ barre", "ar": "اللاجئين", "zh": "难民"},
    {"value": 0.1 + 0.2, "big": 2.5e12, "tiny": 0.001, "negative": -4, "flag": True, "nothing": None},
    {"control": "bell\x07 and escape\x1b", "emoji": "📣"},
]


@pytest.mark.parametrize("release", VALUES)
def test_jsonout_writes_what_the_standard_library_writes(release) -> None:
    assert dumps_release(release) == json.dumps(release, ensure_ascii=False, indent=2) + "\n"
    assert dumps_line(release) == json.dumps(release, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert loads(dumps_release(release)) == loads(dumps_line(release)) == release


@pytest.mark.parametrize("path", sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".txt", ".md")),
                         ids=lambda p: p.name)
def test_jsonout_sample_releases_as_the_standard_library_writes_them(path, rules_only) -> None:
    release = process_path(path, config=rules_only)
    assert dumps_release(release) == json.dumps(release, ensure_ascii=False, indent=2) + "\n"
    assert dumps_line(release) == json.dumps(release, ensure_ascii=False, separators=(",", ":")) + "\n"
