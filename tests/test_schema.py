import copy
import json

import pytest
from jsonschema import Draft202012Validator

from releasepipe.schema import SchemaError, errors, release_schema, validate

TEXT = "Communiqué de presse\n\nTitre\n\nNIAMEY, 14 octobre 2024 – Aminata Diallo a parlé."
RELEASE = {
    "schema_version": "2.1",
    "id": "0123456789abcdef",
    "content_sha256": "a" * 64,
    "source": {"path": "fr/niamey.txt", "format": "txt", "bytes": 80, "sha256": "a" * 64},
    "text": TEXT,
    "language": {"code": "fr", "confidence": 0.99, "candidates": [{"code": "fr", "probability": 0.99}],
                 "segments": [{"start": 0, "end": len(TEXT), "code": "fr"}]},
    "kicker": ["Communiqué de presse"],
    "title": "Titre",
    "dateline": {"place": "Niamey", "date": "2024-10-14", "start": 29, "end": 52},
    "published": "2024-10-14",
    "entities": [{"type": "person", "name": "Aminata Diallo", "aliases": [], "role": None,
                  "mentions": [{"start": 55, "end": 69, "text": "Aminata Diallo", "block": 2}], "organization": None}],
    "dates": [{"text": "14 octobre 2024", "start": 37, "end": 52, "value": "2024-10-14", "end_value": None,
               "kind": "date", "block": 2}],
    "figures": [],
    "contacts": [],
    "quotes": [],
    "warnings": [{"code": "RP201", "message": "no NER model"}],
}


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(release_schema())


def test_schema_accepts_contract_example():
    assert TEXT[55:69] == "Aminata Diallo" and TEXT[37:52] == "14 octobre 2024"
    assert errors(RELEASE) == []
    validate(RELEASE)


@pytest.mark.parametrize(
    "path,value,needle",
    [
        (("entities", 0, "mentions", 0, "start"), 54, "Aminata Diallo"),
        (("language", "code"), "french", "language/code"),
        (("published",), "14/10/2024", "published"),
        (("figures",), [{"text": "x", "start": 0, "end": 1, "value": "3", "unit": None, "qualifier": None,
                         "kind": "count"}], "figures/0"),
        (("dates", 0, "kind"), "sometime", "dates/0/kind"),
        (("warnings", 0, "code"), "W1", "warnings/0/code"),
        (("id",), "a" * 64, "id"),
        (("content_sha256",), "A" * 64, "content_sha256"),
        (("schema_version",), "1.0", "schema_version"),
        (("schema_version",), "2.0", "schema_version"),
        (("dates", 0, "block"), -1, "dates/0/block"),
        (("entities", 0, "mentions", 0, "block"), "2", "mentions/0/block"),
    ],
)
def test_schema_rejects_broken_release(path, value, needle):
    broken = copy.deepcopy(RELEASE)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = errors(broken)
    assert any(needle in e for e in found), found
    with pytest.raises(SchemaError):
        validate(broken)


def test_schema_cli_prints_the_schema():
    from click.testing import CliRunner

    from releasepipe.cli import main

    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == release_schema()


def test_schema_requires_content_sha256():
    broken = copy.deepcopy(RELEASE)
    del broken["content_sha256"]
    assert any("content_sha256" in e for e in errors(broken))


def test_schema_version_matches_the_model():
    from releasepipe.model import SCHEMA_VERSION

    assert release_schema()["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
