"""Bad inputs: every failure is an InputError with a code and a one-line message."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import docx
import pytest
from reportlab.pdfgen import canvas

from releasepipe.errors import Code, InputError
from releasepipe.ingest import FORMATS, read, read_bytes, supported_extensions


def junk(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def valid_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Genève, le 3 mars 2025 – Texte du communiqué.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def valid_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Genève, le 3 mars 2025 – Texte du communiqué.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "pas un document Word")
    return buffer.getvalue()


def read_error(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read(path)
    error = caught.value
    assert error.path == str(path)
    assert error.message and "\n" not in error.message
    assert "Traceback" not in error.message
    return error


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        pytest.param("vide.txt", b"", Code.EMPTY_INPUT, id="empty-file"),
        pytest.param("blancs.txt", b"  \r\n\t\n\xc2\xa0\n", Code.EMPTY_INPUT, id="whitespace-only"),
        pytest.param("vide.md", b"![logo](logo.png)\n", Code.EMPTY_INPUT, id="markdown-without-text"),
        pytest.param("vide.html", b"<html><body><nav>Menu</nav></body></html>", Code.EMPTY_INPUT, id="html-no-text"),
        pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40, Code.BINARY_CONTENT, id="nul-junk-txt"),
        pytest.param("page.html", b"<p>\x00\x01\x02</p>" * 40, Code.BINARY_CONTENT, id="nul-junk-html"),
        pytest.param("illisible.txt", bytes(range(0x80, 0x100)) * 4, Code.UNDECODABLE, id="undecodable"),
        pytest.param("aleatoire.docx", junk(2048), Code.CORRUPT_FILE, id="random-docx"),
        pytest.param("tronque.docx", valid_docx()[:3000], Code.CORRUPT_FILE, id="truncated-docx"),
        pytest.param("archive.docx", plain_zip(), Code.CORRUPT_FILE, id="zip-not-docx"),
        pytest.param("aleatoire.pdf", junk(2048), Code.CORRUPT_FILE, id="random-pdf"),
        pytest.param("tronque.pdf", valid_pdf()[: len(valid_pdf()) // 2], Code.CORRUPT_FILE, id="truncated-pdf"),
        pytest.param("faux.pdf", b"%PDF-1.7\n" + junk(512), Code.CORRUPT_FILE, id="pdf-header-then-junk"),
    ],
)
def test_bad_input(tmp_path: Path, name: str, data: bytes, code: Code) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert read_error(path).code is code


def test_corrupt_file_message_names_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "aleatoire.docx"
    path.write_bytes(b"ceci n'est pas un zip" * 10)
    error = read_error(path)
    assert "docx" in error.message
    assert "BadZipFile" in error.message or "Package" in error.message


def test_unsupported_extension_lists_supported(tmp_path: Path) -> None:
    path = tmp_path / "communique.rtf"
    path.write_bytes(b"{\\rtf1 Texte}")
    error = read_error(path)
    assert error.code is Code.UNSUPPORTED_FORMAT
    assert "'.rtf'" in error.message
    for extension in supported_extensions():
        assert extension in error.message


def test_no_extension_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "LISEZMOI"
    path.write_text("Texte.", encoding="utf-8")
    assert read_error(path).code is Code.UNSUPPORTED_FORMAT


def test_missing_file(tmp_path: Path) -> None:
    error = read_error(tmp_path / "disparu.txt")
    assert error.code is Code.FILE_NOT_FOUND
    assert str(tmp_path / "disparu.txt") in str(error)


def test_directory_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.txt"
    folder.mkdir()
    assert read_error(folder).code is Code.UNREADABLE


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "prive.txt"
    path.write_text("Texte.", encoding="utf-8")
    path.chmod(0)
    try:
        assert read_error(path).code is Code.UNREADABLE
    finally:
        path.chmod(0o600)


def test_permission_error_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "prive.txt"
    path.write_text("Texte.", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    error = read_error(path)
    assert error.code is Code.UNREADABLE
    assert "permission" in error.message


def test_unexpected_library_error_is_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    from releasepipe.ingest import txt

    def broken(data: bytes, **_: object) -> None:
        raise RuntimeError("something deep went wrong\nwith a second line")

    monkeypatch.setattr(txt, "read", broken)
    with pytest.raises(InputError) as caught:
        read_bytes(b"Texte.", "txt", name="a.txt")
    assert caught.value.code is Code.PROCESSING_FAILED
    assert caught.value.message == "could not read txt file (RuntimeError: something deep went wrong)"


def test_read_bytes_unknown_format() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(b"Texte.", "rtf", name="memo")
    assert caught.value.code is Code.UNSUPPORTED_FORMAT
    assert caught.value.path == "memo"


def test_read_bytes_default_name() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(b"", "txt")
    assert caught.value.code is Code.EMPTY_INPUT
    assert caught.value.path == "<bytes>"


def test_formats_table() -> None:
    assert FORMATS == {
        ".txt": "txt",
        ".md": "md",
        ".markdown": "md",
        ".docx": "docx",
        ".html": "html",
        ".htm": "html",
        ".eml": "eml",
        ".pdf": "pdf",
    }
    assert supported_extensions() == tuple(sorted(FORMATS))
