"""Word (.docx): body paragraphs and tables in document order.

python-docx opens the package and gives styles and core properties. The body
is walked on its XML, because python-docx's ``Paragraph.text`` and
``iter_inner_content()`` skip text that Word documents often carry: content
controls (``w:sdt``, common in templates), tracked insertions (``w:ins``),
simple fields and text boxes.

Kinds: the first paragraph styled "Title" or "Heading 1" (or a style based
on them) is ``"title"``; other Title/Heading styles are ``"heading"``. A table
row is one ``"paragraph"`` block with cells joined by " | " (a cell's own
paragraphs joined by "; "); a row with a single filled cell, or cells holding
several paragraphs or headings, is layout and gives its paragraphs as blocks.

An ``altChunk`` (content Word imports from another file kept in the package)
is read where it stands when it is HTML or plain text, through the HTML
reader's extraction or the text decoding; any other kind (RTF, MHTML, a
nested .docx) is not read and is reported as a ``CONTENT_SKIPPED`` warning.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import docx
from docx.oxml.ns import qn

from releasepipe.errors import Code, InputError
from releasepipe.ingest.limits import DEFAULT_LIMITS, TOO_LARGE, UNSAFE_CONTENT, Limits, check_text, megabytes
from releasepipe.ingest import html as html_reader
from releasepipe.ingest.text import decode, join_blocks, normalize, one_line, paragraph_blocks, short_reason
from releasepipe.model import Document, Issue

__all__ = ["check_package", "read"]

_W_P = qn("w:p")
_W_TBL = qn("w:tbl")
_W_TR = qn("w:tr")
_W_TC = qn("w:tc")
_W_T = qn("w:t")
_W_TAB = qn("w:tab")
_W_PTAB = qn("w:ptab")
_W_BR = qn("w:br")
_W_CR = qn("w:cr")
_W_NB_HYPHEN = qn("w:noBreakHyphen")
_W_TXBX = qn("w:txbxContent")
_W_PPR = qn("w:pPr")
_W_RPR = qn("w:rPr")
_W_VMERGE = qn("w:vMerge")
_W_TCPR = qn("w:tcPr")
_W_VAL = qn("w:val")
_W_ALT_CHUNK = qn("w:altChunk")
_R_ID = qn("r:id")
# Containers whose children are body content again.
_CONTAINERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")})
# Deleted or moved-away text, and the fallback copy of drawings.
_SKIP = frozenset(
    {qn("w:del"), qn("w:moveFrom"), qn("w:instrText"), qn("w:delText"), _W_PPR, _W_RPR,
     "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
)

# What a document made from python-docx's own template says until someone
# fills it in: not a real author or creation date.
_TEMPLATE_AUTHOR = "python-docx"
_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15, tzinfo=timezone.utc)

_HEADING_STYLE = re.compile(r"^(?:title|heading\s*([1-9]))$", re.IGNORECASE)

# "<!DOCTYPE" in the two encodings package XML may use (UTF-8, UTF-16).
_DTD_MARKERS = tuple("<!DOCTYPE".encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be"))
_XML_PARTS = (".xml", ".rels")
_CHUNK = 1 << 16

# altChunk parts read as text: content type -> "html" or "text".
_ALT_CHUNK_KINDS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
# Heading levels of the kinds the HTML extraction gives.
_HTML_LEVELS = {"title": 1, "heading": 2}


@dataclass(slots=True)
class _Context:
    """What walking the body needs besides the XML: styles, the part, the limits, warnings."""

    styles: dict[str, int]
    part: Any
    limits: Limits
    warnings: list[Issue] = field(default_factory=list)


def read(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a Word release: title, blocks, and core properties."""
    check_package(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile, lxml and python-docx all raise their own
        raise InputError(Code.CORRUPT_FILE, f"not a readable .docx file ({short_reason(exc)})") from None

    context = _Context(_style_levels(document), document.part, limits)
    paragraphs: list[tuple[str, str]] = []
    title_seen = False
    for para, level in _body(document.element.body, context):
        if level is None:
            paragraphs.append((para, "paragraph"))
        elif level <= 1 and not title_seen and para.strip():
            paragraphs.append((para, "title"))
            title_seen = True
        else:
            paragraphs.append((para, "heading"))

    text, blocks = join_blocks(paragraphs)
    title = next((one_line(text[s:e]) for s, e, k in blocks if k == "title"), None)

    props = _core_properties(document)
    return Document(
        text=text,
        format="docx",
        title=title or props.get("title"),
        published=props.get("published"),
        author=props.get("author"),
        blocks=blocks,
        warnings=context.warnings,
    )


def check_package(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a zip package over ``limits`` or with a DTD, inflating nothing whole.

    Declared sizes are checked first (no inflating at all), then each member
    is inflated in 64 KB chunks and counted, since a zip header can lie.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [member for member in archive.infolist() if not member.is_dir()]
            if len(members) > limits.max_zip_members:
                raise InputError(
                    TOO_LARGE, f".docx holds {len(members):,} zip entries, over the {limits.max_zip_members:,}"
                    " limit (max_zip_members)"
                )
            for member in members:
                _check_ratio(member.filename, member.file_size, member.compress_size, limits)
                _check_xml_part(member.filename, member.file_size, limits)
            _check_inflated(sum(member.file_size for member in members), limits)
            total = 0
            for member in members:
                total = _inflate_member(archive, member, total, limits)
    except InputError:
        raise
    except Exception as exc:  # zipfile raises BadZipFile, EOFError, zlib.error, NotImplementedError…
        raise InputError(Code.CORRUPT_FILE, f"not a readable .docx file ({short_reason(exc)})") from None


def _inflate_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, total: int, limits: Limits) -> int:
    """Inflate one member as a stream, counting; the running total of inflated bytes."""
    scan = member.filename.lower().endswith(_XML_PARTS)
    size = 0
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            _check_inflated(total + size, limits)
            if scan:
                _check_xml_part(member.filename, size, limits)
            if scan and any(marker in tail + chunk for marker in _DTD_MARKERS):
                raise InputError(
                    UNSAFE_CONTENT, f".docx part {member.filename} declares a DTD (<!DOCTYPE>), which Office"
                    " packages may not carry; refused as an entity attack"
                )
            tail = chunk[-(len(_DTD_MARKERS[1]) - 1) :]
    _check_ratio(member.filename, size, member.compress_size, limits)
    return total + size


def _check_ratio(name: str, size: int, compressed: int, limits: Limits) -> None:
    if size >= limits.ratio_min_bytes and size > compressed * limits.max_compression_ratio:
        ratio = size / compressed if compressed else float("inf")
        raise InputError(
            UNSAFE_CONTENT, f".docx part {name} inflates {ratio:,.0f} times ({megabytes(size)}), over the"
            f" {limits.max_compression_ratio:,.0f}:1 limit (max_compression_ratio): a zip bomb"
        )


def _check_xml_part(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_xml_part_bytes and name.lower().endswith(_XML_PARTS):
        raise InputError(
            TOO_LARGE, f".docx part {name} inflates to over {megabytes(limits.max_xml_part_bytes)} of XML"
            " (max_xml_part_bytes)"
        )


def _check_inflated(size: int, limits: Limits) -> None:
    if size > limits.max_inflated_bytes:
        raise InputError(
            TOO_LARGE, f".docx inflates to over {megabytes(limits.max_inflated_bytes)} (max_inflated_bytes)"
        )


def _style_levels(document: Any) -> dict[str, int]:
    """Style id → 0 for Title, N for Heading N (following ``based on`` links)."""
    levels: dict[str, int] = {}
    try:
        styles = list(document.styles)
    except Exception:  # a broken styles part only costs the headings
        return levels
    for style in styles:
        current, depth = style, 0
        while current is not None and depth < 10:
            match = _HEADING_STYLE.match(str(getattr(current, "name", "") or ""))
            if match:
                levels[str(style.style_id)] = int(match.group(1) or 0)
                break
            try:
                current = current.base_style
            except Exception:
                break
            depth += 1
    return levels


def _body(element: Any, context: _Context) -> Iterator[tuple[str, int | None]]:
    """``(text, heading level or None)`` for each paragraph, in document order."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == _W_P:
            yield from _paragraph(child, context)
        elif tag == _W_TBL:
            yield from _table(child, context)
        elif tag in _CONTAINERS:
            yield from _body(child, context)
        elif tag == _W_ALT_CHUNK:
            yield from _alt_chunk(child, context)


def _paragraph(p: Any, context: _Context) -> Iterator[tuple[str, int | None]]:
    parts: list[str] = []
    boxes: list[Any] = []
    _run_text(p, parts, boxes)
    yield "".join(parts), _paragraph_level(p, context.styles)
    for box in boxes:  # text boxes anchored in this paragraph follow it
        yield from _body(box, context)


def _alt_chunk(element: Any, context: _Context) -> Iterator[tuple[str, int | None]]:
    """The paragraphs of an imported HTML or text part; a warning for any other kind."""
    rid = element.get(_R_ID)
    try:
        part = context.part.related_parts[rid]
    except (KeyError, AttributeError):
        context.warnings.append(
            Issue(Code.CONTENT_SKIPPED.value, f"imported content (altChunk {rid}) not read: its part is missing")
        )
        return
    name = str(part.partname).lstrip("/")
    content_type = str(part.content_type).split(";")[0].strip().lower()
    kind = _ALT_CHUNK_KINDS.get(content_type)
    if kind is None:
        context.warnings.append(
            Issue(Code.CONTENT_SKIPPED.value, f"imported content not read: {name} ({content_type})")
        )
        return
    blob = part.blob or b""
    try:
        text, issues = html_reader.decode_page(blob) if kind == "html" else decode(blob)
    except InputError as exc:  # binary or undecodable: costs this part only
        context.warnings.append(Issue(Code.CONTENT_SKIPPED.value, f"imported content not read: {name} ({exc.message})"))
        return
    context.warnings.extend(issues)
    if kind == "html":
        for para, para_kind in html_reader.extract(text, limits=context.limits).paragraphs:
            yield para, _HTML_LEVELS.get(para_kind)
    else:
        check_text(text, context.limits, f"imported text {name}")
        text = normalize(text)
        for start, end, _ in paragraph_blocks(text):
            yield text[start:end], None


def _run_text(element: Any, parts: list[str], boxes: list[Any]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _W_T:
            parts.append(child.text or "")
        elif tag in (_W_TAB, _W_PTAB):
            parts.append("\t")
        elif tag in (_W_BR, _W_CR):
            parts.append("\n")
        elif tag == _W_NB_HYPHEN:
            parts.append("-")
        elif tag == _W_TXBX:
            boxes.append(child)
        else:
            _run_text(child, parts, boxes)


def _paragraph_level(p: Any, styles: dict[str, int]) -> int | None:
    ppr = p.find(_W_PPR)
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    style_id = style.get(_W_VAL) if style is not None else None
    return styles.get(style_id) if style_id else None


def _table(tbl: Any, context: _Context) -> Iterator[tuple[str, int | None]]:
    for tr in _children(tbl, _W_TR):
        cells: list[list[tuple[str, int | None]]] = []
        for tc in _children(tr, _W_TC):
            if _continues_merge(tc):
                continue
            content = [(para, level) for para, level in _body(tc, context) if para.strip()]
            if content:
                cells.append(content)
        if not cells:
            continue
        layout = len(cells) == 1 or any(
            len(cell) > 2 or any(level is not None for _, level in cell) for cell in cells
        )
        if layout:
            for cell in cells:
                yield from cell
        else:
            yield " | ".join("; ".join(one_line(para) for para, _ in cell) for cell in cells), None


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Direct children with ``tag``, looking through content controls."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _continues_merge(tc: Any) -> bool:
    tcpr = tc.find(_W_TCPR)
    vmerge = tcpr.find(_W_VMERGE) if tcpr is not None else None
    return vmerge is not None and vmerge.get(_W_VAL, "continue") == "continue"


def _core_properties(document: Any) -> dict[str, str]:
    """Title, author and creation date (as ISO date) from the core properties."""
    found: dict[str, str] = {}
    try:
        props = document.core_properties
        title, author, created = props.title, props.author, props.created
    except Exception:  # a broken core-properties part only costs the metadata
        return found
    if title and one_line(title):
        found["title"] = one_line(title)
    if author and one_line(author) and author != _TEMPLATE_AUTHOR:
        found["author"] = one_line(author)
    if isinstance(created, datetime) and created.replace(tzinfo=timezone.utc) != _TEMPLATE_CREATED:
        found["published"] = created.date().isoformat()
    return found
