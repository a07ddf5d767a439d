"""Word reader."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

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
