"""Plain-text reader."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from releasepipe.ingest import read
from releasepipe.model import Document

RELEASE = (
    "COMMUNIQUÉ DE PRESSE\r\n"
    "\r\n"
    "Au Niger, 3\u00a0200 migrants rentrés chez eux   \r\n"
    "\r\n\r\n\r\n"
    "Niamey, le 14 octobre 2024 – L’équipe a organisé\r\n"
    "des retours volontaires depuis\u00a02015.\r\n"
    "\r\n"
    "Contact presse : Julie Martin, +227 90 12 34 56\r\n"
)
EXPECTED = (
    "COMMUNIQUÉ DE PRESSE\n\n"
    "Au Niger, 3\u00a0200 migrants rentrés chez eux\n\n"
    "Niamey, le 14 octobre 2024 – L’équipe a organisé\n"
    "des retours volontaires depuis\u00a02015.\n\n"
    "Contact presse : Julie Martin, +227 90 12 34 56"
)


def assert_blocks_exact(doc: Document) -> None:
    for start, end, _ in doc.blocks:
        assert doc.text[start:end] == doc.text[start:end].strip()
        assert "\n\n" not in doc.text[start:end]
    assert "\n\n".join(doc.text[s:e] for s, e, _ in doc.blocks) == doc.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("communique.txt", RELEASE.encode("utf-8")),
        ("communique.TXT", codecs.BOM_UTF8 + RELEASE.encode("utf-8")),
        ("communique-utf16.txt", RELEASE.encode("utf-16")),
        ("communique-cp1252.txt", RELEASE.encode("cp1252")),
    ],
)
def test_txt_read_encodings(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    doc = read(path)
    assert doc.format == "txt"
    assert doc.text == EXPECTED
    assert doc.title is None
    assert doc.warnings == []
    assert_blocks_exact(doc)


def test_txt_blocks_are_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "communique.txt"
    path.write_text(RELEASE, encoding="utf-8")
    doc = read(str(path))
    assert [doc.text[s:e].split("\n")[0] for s, e, _ in doc.blocks] == [
        "COMMUNIQUÉ DE PRESSE",
        "Au Niger, 3\u00a0200 migrants rentrés chez eux",
        "Niamey, le 14 octobre 2024 – L’équipe a organisé",
        "Contact presse : Julie Martin, +227 90 12 34 56",
    ]
    assert {kind for _, _, kind in doc.blocks} == {"paragraph"}
