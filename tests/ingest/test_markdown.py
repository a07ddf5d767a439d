"""Markdown reader."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest

from releasepipe.ingest import read, read_bytes
from releasepipe.model import Document

RELEASE = """\
Communiqué de presse

# Au Niger, *3\u00a0200* migrants [rentrés chez eux](https://example.org/retours)

![Logo](logo.png)

Niamey, le 14 octobre 2024 – Le **programme de retour volontaire** a aidé
des familles dans `six` régions.

## Chiffres clés

- 3\u00a0200 personnes rentrées
- Budget : 1,5 million d’euros
  - dont 40\u00a0% pour la réinsertion

| Contact | Téléphone |
|---|---|
| Julie Martin | +227 90 12 34 56 |

<p class="note">Fin du communiqué</p>

# Notes aux rédactions
"""


def blocks_of(doc: Document) -> list[tuple[str, str]]:
    return [(doc.text[s:e], kind) for s, e, kind in doc.blocks]


def test_markdown_structure(tmp_path: Path) -> None:
    path = tmp_path / "retours.md"
    path.write_text(RELEASE, encoding="utf-8")
    doc = read(path)
    assert doc.format == "md"
    assert doc.title == "Au Niger, 3\u00a0200 migrants rentrés chez eux"
    assert blocks_of(doc) == [
        ("Communiqué de presse", "paragraph"),
        ("Au Niger, 3\u00a0200 migrants rentrés chez eux", "title"),
        (
            "Niamey, le 14 octobre 2024 – Le programme de retour volontaire a aidé\n"
            "des familles dans six régions.",
            "paragraph",
        ),
        ("Chiffres clés", "heading"),
        ("3\u00a0200 personnes rentrées", "paragraph"),
        ("Budget : 1,5 million d’euros", "paragraph"),
        ("dont 40\u00a0% pour la réinsertion", "paragraph"),
        ("Contact | Téléphone", "paragraph"),
        ("Julie Martin | +227 90 12 34 56", "paragraph"),
        ("Fin du communiqué", "paragraph"),
        ("Notes aux rédactions", "heading"),
    ]
    assert "\n\n".join(text for text, _ in blocks_of(doc)) == doc.text


@pytest.mark.parametrize("ext", ["md", ".markdown", "markdown"])
def test_markdown_format_names(ext: str) -> None:
    assert read_bytes(b"# Titre\n\nTexte.", ext).title == "Titre"


def test_markdown_setext_heading_is_title() -> None:
    doc = read_bytes("Appel aux dons\n==============\n\nGenève, le 3 mars.".encode(), "md")
    assert doc.title == "Appel aux dons"
    assert blocks_of(doc)[0] == ("Appel aux dons", "title")


def test_markdown_without_h1_has_no_title() -> None:
    doc = read_bytes(b"## Sous-titre\n\nTexte du communique.", "md")
    assert doc.title is None
    assert [kind for _, _, kind in doc.blocks] == ["heading", "paragraph"]


def test_markdown_front_matter() -> None:
    source = (
        "---\n"
        'title: "Retours volontaires au Niger"\n'
        "date: 2024-10-14\n"
        "author: Service de presse\n"
        "---\n"
        "Niamey, le 14 octobre 2024 – Texte du communiqué.\n"
    )
    doc = read_bytes(source.encode(), "md")
    assert doc.title == "Retours volontaires au Niger"
    assert doc.published == "2024-10-14"
    assert doc.author == "Service de presse"
    assert doc.text == "Niamey, le 14 octobre 2024 – Texte du communiqué."


def test_markdown_rule_at_top_is_not_front_matter() -> None:
    doc = read_bytes(b"---\nUne phrase ordinaire, pas des champs.\n\nSuite.\n", "md")
    assert "Une phrase ordinaire" in doc.text
    assert doc.published is None


def test_markdown_embedded_photo_does_not_count_against_the_text_limit() -> None:
    photo = base64.b64encode(random.Random(0).randbytes(2 * 1024 * 1024)).decode()
    source = f"# Titre\n\nGenève, le 3 mars 2025.\n\n![Photo](data:image/jpeg;base64,{photo})\n\nFin.\n"
    doc = read_bytes(source.encode(), "md")
    assert doc.title == "Titre"
    assert "Genève, le 3 mars 2025." in doc.text and doc.text.endswith("Fin.")
