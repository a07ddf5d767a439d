"""Word reader."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement

from releasepipe.errors import Code, InputError
from releasepipe.ingest import read, read_bytes
from releasepipe.model import Document


def blocks_of(doc: Document) -> list[tuple[str, str]]:
    return [(doc.text[s:e], kind) for s, e, kind in doc.blocks]


def to_bytes(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def make_release() -> bytes:
    document = docx.Document()
    document.add_paragraph("Communiqué de presse")
    document.add_paragraph("Au Niger, 3\u00a0200 migrants rentrés chez eux", style="Title")
    body = document.add_paragraph("Niamey, le 14 octobre 2024 – Le programme de retour ")
    body.add_run("volontaire").bold = True
    body.add_run(" a aidé\tdes familles.")
    document.add_paragraph("")
    document.add_paragraph("Chiffres clés", style="Heading 2")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Contact"
    table.cell(0, 1).text = "Téléphone"
    table.cell(1, 0).text = "Julie Martin"
    table.cell(1, 1).text = "+227 90 12 34 56"
    closing = document.add_paragraph("Fin du communiqué")
    closing.add_run().add_break()
    closing.add_run("À propos de l’organisation")
    props = document.core_properties
    props.title = "Retours volontaires (version finale)"
    props.author = "Service de presse"
    props.created = datetime(2024, 10, 13, 17, 30, tzinfo=timezone.utc)
    return to_bytes(document)


def test_docx_blocks_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "retours.docx"
    path.write_bytes(make_release())
    doc = read(path)
    assert doc.format == "docx"
    assert blocks_of(doc) == [
        ("Communiqué de presse", "paragraph"),
        ("Au Niger, 3\u00a0200 migrants rentrés chez eux", "title"),
        ("Niamey, le 14 octobre 2024 – Le programme de retour volontaire a aidé des familles.", "paragraph"),
        ("Chiffres clés", "heading"),
        ("Contact | Téléphone", "paragraph"),
        ("Julie Martin | +227 90 12 34 56", "paragraph"),
        ("Fin du communiqué\nÀ propos de l’organisation", "paragraph"),
    ]
    assert "\n\n".join(text for text, _ in blocks_of(doc)) == doc.text


def test_docx_metadata() -> None:
    doc = read_bytes(make_release(), "docx")
    assert doc.title == "Au Niger, 3\u00a0200 migrants rentrés chez eux"  # the Title paragraph wins
    assert doc.published == "2024-10-13"
    assert doc.author == "Service de presse"


def test_docx_core_title_when_no_title_style() -> None:
    document = docx.Document()
    document.add_paragraph("Genève, le 3 mars 2025 – Texte.")
    document.core_properties.title = "Appel aux dons"
    doc = read_bytes(to_bytes(document), "docx")
    assert doc.title == "Appel aux dons"
    assert [kind for _, _, kind in doc.blocks] == ["paragraph"]


def test_docx_template_defaults_are_not_metadata() -> None:
    document = docx.Document()
    document.add_paragraph("Texte.")
    doc = read_bytes(to_bytes(document), "docx")
    assert (doc.title, doc.published, doc.author) == (None, None, None)


@pytest.mark.parametrize(
    ("styles", "kinds"),
    [
        (["Heading 1", "Heading 1", "Normal"], ["title", "heading", "paragraph"]),
        (["Heading 2", "Title", "Heading 1"], ["heading", "title", "heading"]),
        (["Normal", "Heading 3"], ["paragraph", "heading"]),
    ],
)
def test_docx_heading_styles(styles: list[str], kinds: list[str]) -> None:
    document = docx.Document()
    for number, style in enumerate(styles):
        document.add_paragraph(f"Paragraphe {number}", style=style)
    assert [kind for _, _, kind in read_bytes(to_bytes(document), "docx").blocks] == kinds


def test_docx_text_python_docx_skips() -> None:
    """Tracked insertions and content controls are read; deletions are not."""
    document = docx.Document()
    paragraph = document.add_paragraph("Le programme a aidé ")
    paragraph._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="A"><w:r><w:t>3 200</w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="A"><w:r><w:delText>2 900</w:delText></w:r></w:del>')
    )
    paragraph.add_run(" personnes.")
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Communiqué de presse</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    doc = read_bytes(to_bytes(document), "docx")
    assert doc.text == "Communiqué de presse\n\nLe programme a aidé 3 200 personnes."


def test_docx_layout_table_gives_paragraphs() -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Julie Martin"
    cell.add_paragraph("Chargée de communication")
    cell.add_paragraph("+227 90 12 34 56")
    doc = read_bytes(to_bytes(document), "docx")
    assert [text for text, _ in blocks_of(doc)] == ["Julie Martin", "Chargée de communication", "+227 90 12 34 56"]


def test_docx_merged_cells_are_not_repeated() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Contacts presse"
    table.cell(0, 2).text = "Téléphone"
    table.cell(1, 0).text = "Julie Martin"
    table.cell(1, 1).text = "OIM"
    table.cell(1, 2).text = "+227 90 12 34 56"
    doc = read_bytes(to_bytes(document), "docx")
    assert [text for text, _ in blocks_of(doc)] == [
        "Contacts presse | Téléphone",
        "Julie Martin | OIM | +227 90 12 34 56",
    ]


def with_alt_chunk(content_type: str, blob: bytes, name: str, *, in_table: bool = False) -> bytes:
    """A document with "Avant." and "Après." around an altChunk importing ``blob``."""
    document = docx.Document()
    document.add_paragraph("Avant.")
    part = Part(PackURI(f"/word/{name}"), content_type, blob, document.part.package)
    rid = document.part.relate_to(part, RT.A_F_CHUNK)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), rid)
    if in_table:
        document.add_table(rows=1, cols=1).cell(0, 0)._tc.append(chunk)
        document.add_paragraph("Après.")
    else:
        document.add_paragraph("Après.")._p.addprevious(chunk)
    return to_bytes(document)


HTML_CHUNK = '<html><head><meta charset="windows-1252"></head><body><h1>Titre importé</h1><p>Genève – texte.</p></body></html>'


@pytest.mark.parametrize(
    ("content_type", "blob", "name", "blocks"),
    [
        pytest.param("text/html", HTML_CHUNK.encode("cp1252"), "afchunk.htm",
                     [("Avant.", "paragraph"), ("Titre importé", "title"), ("Genève – texte.", "paragraph"),
                      ("Après.", "paragraph")], id="html"),
        pytest.param("application/xhtml+xml", b"<html><body><p>Texte import\xc3\xa9.</p></body></html>", "chunk.xhtml",
                     [("Avant.", "paragraph"), ("Texte importé.", "paragraph"), ("Après.", "paragraph")], id="xhtml"),
        pytest.param("text/plain", "Ligne un.\r\n\r\nLigne deux.".encode("utf-16"), "afchunk.txt",
                     [("Avant.", "paragraph"), ("Ligne un.", "paragraph"), ("Ligne deux.", "paragraph"),
                      ("Après.", "paragraph")], id="text-utf16"),
    ],
)
def test_docx_alt_chunk_is_read_in_place(content_type: str, blob: bytes, name: str, blocks: list[tuple[str, str]]) -> None:
    doc = read_bytes(with_alt_chunk(content_type, blob, name), "docx")
    assert blocks_of(doc) == blocks
    assert doc.title == ("Titre importé" if content_type == "text/html" else None)
    assert doc.warnings == []


def test_docx_alt_chunk_in_a_table_cell() -> None:
    doc = read_bytes(with_alt_chunk("text/plain", "Cellule importée.".encode(), "c.txt", in_table=True), "docx")
    assert doc.text == "Avant.\n\nCellule importée.\n\nAprès."


@pytest.mark.parametrize(
    ("content_type", "blob", "name"),
    [
        pytest.param("application/rtf", b"{\\rtf1\\ansi Texte RTF}", "afchunk.rtf", id="rtf"),
        pytest.param("message/rfc822", b"MIME-Version: 1.0\r\n\r\nTexte", "afchunk.mht", id="mhtml"),
        pytest.param("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     b"PK\x03\x04 a whole .docx", "afchunk.docx", id="nested-docx"),
        pytest.param("text/plain", b"\x00\x01\x02\x03" * 100, "binaire.txt", id="binary-text"),
    ],
)
def test_docx_alt_chunk_not_read_is_reported(content_type: str, blob: bytes, name: str) -> None:
    doc = read_bytes(with_alt_chunk(content_type, blob, name), "docx")
    assert doc.text == "Avant.\n\nAprès."
    assert [w.code for w in doc.warnings] == [Code.CONTENT_SKIPPED.value]
    assert f"word/{name}" in doc.warnings[0].message


def test_docx_alt_chunk_html_is_held_to_the_limits() -> None:
    page = f"<html><body>{'<div>' * 600}texte{'</div>' * 600}</body></html>".encode()
    with pytest.raises(InputError) as caught:
        read_bytes(with_alt_chunk("text/html", page, "afchunk.htm"), "docx")
    assert caught.value.code is Code.TOO_DEEP
