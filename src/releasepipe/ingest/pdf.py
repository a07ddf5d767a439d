"""PDF (.pdf): text in reading order, paragraphs rebuilt from text boxes.

pdfminer.six lays out the text (``extract_pages`` with ``LAParams``). What it
does not do is rebuild prose, so that part is hand-written: the lines of a
text box are joined with a space into one paragraph, boxes are separated by
blank lines, words hyphenated at a line end are rejoined ("humani-" +
"taire"), bare page numbers are dropped, and a paragraph cut by a page break
is mended. Metadata Title/Author/CreationDate fill the Document fields.

Compressed streams are decoded within ``Limits.max_inflated_bytes`` for each
pass over the file (see :mod:`releasepipe.ingest.pdfstreams`): a PDF is not a
zip, but a FlateDecode stream can be a bomb all the same. References that
lead back to themselves read as null (see :mod:`releasepipe.ingest.pdfrefs`)
rather than hang pdfminer.

The handlers around pdfminer catch ``Exception`` only, so the runner's time
limit (:class:`~releasepipe.errors.TimeLimit`, a ``BaseException``) always
gets through them.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTFigure, LTImage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from releasepipe.errors import Code, InputError
from releasepipe.ingest import pdfrefs, pdfstreams
from releasepipe.ingest.limits import DEFAULT_LIMITS, TOO_LARGE, Limits, megabytes
from releasepipe.ingest.pdfstreams import InflateLimitExceeded
from releasepipe.ingest.text import iso_date, join_blocks, one_line, short_reason
from releasepipe.model import Document, Issue

__all__ = ["read"]

# pdfminer logs every damaged object it skips. Without a handler of its own,
# Python's last-resort handler would print those to stderr from inside the
# library; with a NullHandler they still reach any handler the application
# configures.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
# Reference cycles read as null instead of hanging pdfminer (see pdfrefs).
pdfrefs.install()

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|seite|página|pagina|strona|стр\.?)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|sur|de|von|di|z|из)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
_WORD_BEFORE_HYPHEN = re.compile(r"(\w+)[-\u2010]$")
_WORD_AT_START = re.compile(r"^\w+")
_COMPOUND = re.compile(r"\w+(?:[-\u2010]\w+)+")
_ENDS_SENTENCE = re.compile(r"[.!?:;…»\"”’)\]]$")
# Metadata titles that name a file or a template rather than the release.
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel) - .*|untitled.*|sans titre.*|document\d*|"
    r".*\.(?:docx?|odt|rtf|pdf|indd|pptx?|txt))$",
    re.IGNORECASE,
)


def read(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a PDF release: paragraphs from the text layer, metadata fields."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(Code.CORRUPT_FILE, "not a PDF file (no %PDF- header)")
    info = _bounded(_metadata, data, limits)

    pages, has_images = _bounded(_pages, data, limits, all_texts=False)
    if not any(pages):
        # Some producers put all text in form XObjects, which pdfminer only
        # lays out when asked to look inside figures.
        pages, has_images = _bounded(_pages, data, limits, all_texts=True)
    if not pages:
        raise InputError(Code.CORRUPT_FILE, "PDF has no pages")

    warnings: list[Issue] = []
    lost = sum(len(_CID.findall(line)) for page in pages for box in page for line in box)
    if lost:
        warnings.append(
            Issue(Code.DECODING_REPLACED.value, f"{lost} PDF glyph(s) have no Unicode mapping and were dropped")
        )
    paragraphs = _paragraphs(pages)
    if not any(p.strip() for p in paragraphs):
        reason = "it may be a scanned image; run OCR first" if has_images else "it may be a scan"
        raise InputError(Code.EMPTY_INPUT, f"PDF has no text layer ({reason})")

    title = info.get("title")
    if title and _PLACEHOLDER_TITLE.match(title):
        title = None
    kinds = ["paragraph"] * len(paragraphs)
    if title:
        wanted = title.casefold()
        for i, para in enumerate(paragraphs):
            if one_line(para).casefold() == wanted:
                kinds[i] = "title"
                break
    text, blocks = join_blocks(zip(paragraphs, kinds))
    return Document(
        text=text,
        format="pdf",
        title=title,
        published=iso_date(info.get("creationdate")),
        author=info.get("author"),
        blocks=blocks,
        warnings=warnings,
    )


def _bounded(step: Any, data: bytes, limits: Limits, **options: Any) -> Any:
    """Run one pass of pdfminer over ``data`` within the inflate budget."""
    try:
        with pdfstreams.budget(limits.max_inflated_bytes):
            return step(data, **options)
    except InflateLimitExceeded:
        raise InputError(
            TOO_LARGE, f"PDF streams inflate to over {megabytes(limits.max_inflated_bytes)} (max_inflated_bytes)"
        ) from None


def _metadata(data: bytes) -> dict[str, str]:
    """Title, Author and CreationDate of the document information dictionary."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise InputError(Code.CORRUPT_FILE, "PDF is encrypted and needs a password") from None
    except PDFEncryptionError as exc:
        raise InputError(Code.CORRUPT_FILE, f"PDF encryption is not supported ({short_reason(exc)})") from None
    except InflateLimitExceeded:
        raise
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, KeyError, ValueError…
        raise InputError(Code.CORRUPT_FILE, f"corrupt or truncated PDF ({short_reason(exc)})") from None
    found: dict[str, str] = {}
    for info in reversed(document.info):  # the latest update first
        for key in ("Title", "Author", "CreationDate"):
            if key.lower() not in found:
                value = _info_text(info.get(key))
                if value:
                    found[key.lower()] = value
    return found


def _info_text(value: Any) -> str | None:
    try:
        value = resolve1(value)
    except Exception:  # a dangling reference only costs this field
        return None
    if isinstance(value, bytes):
        value = decode_text(value)
    elif isinstance(value, PSLiteral):
        value = str(value.name)
    if not isinstance(value, str):
        return None
    return one_line(value) or None


def _pages(data: bytes, *, all_texts: bool) -> tuple[list[list[list[str]]], bool]:
    """Each page as its text boxes, each box as its lines; and whether images occur."""
    pages: list[list[list[str]]] = []
    has_images = False
    try:
        for layout in extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=all_texts)):
            boxes: list[list[str]] = []
            for item in _walk(layout):
                if isinstance(item, LTImage):
                    has_images = True
                elif isinstance(item, LTTextBox):
                    lines = [_line_text(line) for line in item if isinstance(line, LTTextLine)]
                    lines = [line for line in lines if line]
                    if lines and not (len(lines) == 1 and _PAGE_NUMBER.match(lines[0])):
                        boxes.append(lines)
            pages.append(boxes)
    except PDFPasswordIncorrect:
        raise InputError(Code.CORRUPT_FILE, "PDF is encrypted and needs a password") from None
    except InflateLimitExceeded:
        raise
    except Exception as exc:  # pdfminer raises PSEOF, PDFSyntaxError, KeyError, ValueError…
        raise InputError(Code.CORRUPT_FILE, f"corrupt or truncated PDF ({short_reason(exc)})") from None
    return pages, has_images


def _walk(container: Iterable[Any]) -> Iterator[Any]:
    for item in container:
        if isinstance(item, LTFigure):
            yield from _walk(item)
        elif not isinstance(item, LTChar):
            yield item


def _line_text(line: LTTextLine) -> str:
    return line.get_text().translate(_LIGATURES).replace("\n", " ").strip()


def _paragraphs(pages: list[list[list[str]]]) -> list[str]:
    lines = [line for page in pages for box in page for line in box]
    compounds = {m.group(0).casefold().replace("\u2010", "-") for line in lines for m in _COMPOUND.finditer(line)}
    words = {w.casefold() for line in lines for w in re.findall(r"\w+", line)}

    paragraphs: list[str] = []
    for number, page in enumerate(pages):
        for index, box in enumerate(page):
            para = _CID.sub("", box[0])
            for line in box[1:]:
                para = _join(para, _CID.sub("", line), compounds, words)
            # A paragraph that a page break cut in two: the previous page ended
            # mid-sentence and this one goes on in lower case.
            if (
                number > 0
                and index == 0
                and paragraphs
                and not _ENDS_SENTENCE.search(paragraphs[-1])
                and para[:1].islower()
            ):
                paragraphs[-1] = _join(paragraphs[-1], para, compounds, words)
            else:
                paragraphs.append(para)
    return paragraphs


def _join(left: str, right: str, compounds: set[str], words: set[str]) -> str:
    """Join two lines of one paragraph, undoing end-of-line hyphenation.

    "humani-" + "taire" gives "humanitaire" when the next line starts in lower
    case, unless the document writes the hyphenated compound elsewhere and
    never the joined word ("porte-" + "parole"). Before a capital or a digit
    the hyphen is real and stays: "Jean-" + "Pierre" gives "Jean-Pierre".
    """
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    if left.endswith("\u00ad"):
        return left[:-1] + right
    hyphen = _WORD_BEFORE_HYPHEN.search(left)
    if hyphen is None:
        return f"{left} {right}"
    if not right[0].islower():
        return left + right
    first = _WORD_AT_START.match(right)
    if first:
        before, after = hyphen.group(1).casefold(), first.group(0).casefold()
        if f"{before}-{after}" in compounds and f"{before}{after}" not in words:
            return left + right
    return left[:-1] + right
