"""PDF reader."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from releasepipe.errors import Code, InputError
from releasepipe.ingest import read, read_bytes
from releasepipe.model import Document


def make_pdf(
    pages: list[list[str]],
    *,
    title: str | None = None,
    author: str | None = None,
    encrypt: StandardEncryption | None = None,
) -> bytes:
    """A PDF with one ``drawString`` per line; an empty line starts a new paragraph."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    if title:
        pdf.setTitle(title)
    if author:
        pdf.setAuthor(author)
    for lines in pages:
        y = 780.0
        for line in lines:
            if line:
                pdf.drawString(72, y, line)
            y -= 14 if line else 20
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


TITLE = "Au Niger, 3 200 migrants rentrés chez eux"
RELEASE = [
    [
        "Communiqué de presse",
        "",
        "Au Niger, 3 200 migrants rentrés chez eux",
        "",
        "Niamey, le 14 octobre 2024 – L’aide humani-",
        "taire a atteint les familles, selon Jean-",
        "Pierre Martin, porte-parole du programme. Le porte-",
        "parole a rappelé que le programme dure",
        "",
        "1",
    ],
    [
        "depuis 2015 et concerne six régions.",
        "",
        "Page 2 / 2",
    ],
]


def paragraphs(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e, _ in doc.blocks]


def test_pdf_paragraphs_and_hyphenation(tmp_path: Path) -> None:
    path = tmp_path / "retours.pdf"
    path.write_bytes(make_pdf(RELEASE, title=TITLE, author="Service de presse"))
    doc = read(path)
    assert doc.format == "pdf"
    assert paragraphs(doc) == [
        "Communiqué de presse",
        "Au Niger, 3 200 migrants rentrés chez eux",
        "Niamey, le 14 octobre 2024 – L’aide humanitaire a atteint les familles, selon Jean-Pierre Martin, "
        "porte-parole du programme. Le porte-parole a rappelé que le programme dure "
        "depuis 2015 et concerne six régions.",
    ]
    assert "\n\n".join(paragraphs(doc)) == doc.text


def test_pdf_metadata() -> None:
    doc = read_bytes(make_pdf(RELEASE, title=TITLE, author="Service de presse"), "pdf")
    assert doc.title == TITLE
    assert doc.author == "Service de presse"
    assert doc.published is not None and len(doc.published) == 10  # reportlab stamps today's date
    assert [kind for _, _, kind in doc.blocks] == ["paragraph", "title", "paragraph"]


@pytest.mark.parametrize("title", ["Microsoft Word - communique_final.docx", "Document1", "untitled"])
def test_pdf_placeholder_titles_ignored(title: str) -> None:
    doc = read_bytes(make_pdf([["Texte du communiqué."]], title=title), "pdf")
    assert doc.title is None


def test_pdf_without_text_layer_may_be_a_scan() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(72, 500, 300, 200, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(InputError) as caught:
        read_bytes(buffer.getvalue(), "pdf", name="scan.pdf")
    assert caught.value.code is Code.EMPTY_INPUT
    assert "scan" in caught.value.message


def test_pdf_with_password_is_corrupt_file() -> None:
    data = make_pdf([["Texte confidentiel."]], encrypt=StandardEncryption("secret", canPrint=0))
    with pytest.raises(InputError) as caught:
        read_bytes(data, "pdf")
    assert caught.value.code is Code.CORRUPT_FILE
    assert "password" in caught.value.message
