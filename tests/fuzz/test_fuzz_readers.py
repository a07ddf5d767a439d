"""Property tests over every reader: only InputError escapes, and a Document keeps its contract."""

from __future__ import annotations

import pytest
from fuzz_strategies import docx_files, emails, encoded_texts, html_pages, markdown_sources, pdf_files
from hypothesis import given
from hypothesis import strategies as st

from releasepipe.errors import InputError
from releasepipe.ingest import read_bytes
from releasepipe.ingest.text import normalize
from releasepipe.model import Document

KINDS = {"title", "heading", "paragraph"}


def read_or_refuse(data: bytes, fmt: str) -> Document | None:
    """The document, or None when the reader refused the data with an InputError."""
    try:
        doc = read_bytes(data, fmt, name=f"fuzz.{fmt}")
    except InputError as error:
        assert error.message and "\n" not in error.message
        assert error.code.value.startswith("RP1")
        return None
    check_document(doc)
    return doc


def check_document(doc: Document) -> None:
    assert doc.text and normalize(doc.text) == doc.text
    previous_end = 0
    for start, end, kind in doc.blocks:
        assert kind in KINDS
        assert previous_end <= start < end <= len(doc.text)
        assert doc.text[start:end].strip()
        previous_end = end
    for issue in doc.warnings:
        assert issue.code.startswith("RP2") and "\n" not in issue.message


@given(st.binary(max_size=2048), st.sampled_from(["txt", "md", "html", "eml", "docx", "pdf"]))
def test_fuzz_any_reader_on_random_bytes(data: bytes, fmt: str) -> None:
    read_or_refuse(data, fmt)


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "eml"])
@given(data=encoded_texts())
def test_fuzz_text_readers_on_encoded_text(fmt: str, data: bytes) -> None:
    read_or_refuse(data, fmt)


@given(encoded_texts())
def test_fuzz_txt_keeps_the_words(data: bytes) -> None:
    doc = read_or_refuse(data, "txt")
    if doc is not None:
        assert "\n\n".join(doc.text[s:e] for s, e, _ in doc.blocks).split() == doc.text.split()


@given(html_pages())
def test_fuzz_html(data: bytes) -> None:
    read_or_refuse(data, "html")


@given(markdown_sources())
def test_fuzz_markdown(data: bytes) -> None:
    read_or_refuse(data, "md")


@given(emails())
def test_fuzz_eml(data: bytes) -> None:
    read_or_refuse(data, "eml")


@given(docx_files())
def test_fuzz_docx(data: bytes) -> None:
    read_or_refuse(data, "docx")


@given(pdf_files())
def test_fuzz_pdf(data: bytes) -> None:
    read_or_refuse(data, "pdf")
