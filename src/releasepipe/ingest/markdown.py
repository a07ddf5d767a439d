"""Markdown (.md, .markdown): blocks from markdown-it-py's token stream.

The first ``#`` heading is the title (kind ``"title"``), other headings are
``"heading"``; paragraphs, list items (without their bullet), table rows
(cells joined by " | "), quotes and code blocks are ``"paragraph"``.
Emphasis and link markup go, link text stays; images are dropped; raw HTML
keeps its text only. A source line break inside a paragraph stays a line
break, as in plain text, so line-based parts (contacts) keep their lines.

markdown-it stops nesting at its ``maxNesting`` and silently drops what lies
deeper; blocks nested ``Limits.max_markdown_depth`` levels deep are refused
instead, so that no text is lost without a word.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from releasepipe.ingest import html as html_reader
from releasepipe.errors import InputError
from releasepipe.ingest.limits import DEFAULT_LIMITS, TOO_DEEP, Limits, check_text
from releasepipe.ingest.text import decode, iso_date, join_blocks, one_line
from releasepipe.model import Document

__all__ = ["read"]

# Only ``key: value`` lines between two ``---`` lines at the very top.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")


def read(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a Markdown release: title from the first ``#`` heading."""
    raw, issues = decode(data)
    raw = html_reader.strip_data_uris(raw)  # ![photo](data:image/jpeg;base64,…) is not text
    check_text(raw, limits)
    source = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    meta, source = _front_matter(source)

    tokens = _parser(limits).parse(source)
    if tokens and max(token.level for token in tokens) >= limits.max_markdown_depth:
        raise InputError(
            TOO_DEEP, f"Markdown blocks are nested {limits.max_markdown_depth} levels deep or more (max_markdown_depth)"
        )
    paragraphs = _paragraphs(tokens, limits)
    text, blocks = join_blocks(paragraphs)
    title = next((text[start:end] for start, end, kind in blocks if kind == "title"), None)
    return Document(
        text=text,
        format="md",
        title=one_line(title) if title else meta.get("title"),
        published=iso_date(meta.get("date")),
        author=meta.get("author"),
        blocks=blocks,
        warnings=issues,
    )


def _parser(limits: Limits) -> MarkdownIt:
    options = {"maxNesting": limits.max_markdown_depth + 1}
    return MarkdownIt("commonmark", options).enable(["table", "strikethrough"])


def _front_matter(source: str) -> tuple[dict[str, str], str]:
    """Title, date and author of a YAML front matter block, and the rest.

    Hand-written because the front matter plugin (mdit-py-plugins) would be
    one more dependency and a YAML parser another, for three flat fields.
    Without this, markdown-it reads the block as a rule and a setext heading.
    """
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    fields: dict[str, str] = {}
    lines = match.group("body").splitlines()
    if lines and not all(_FIELD.match(line) or not line.strip() or line.startswith((" ", "-", "#")) for line in lines):
        return {}, source  # a rule followed by ordinary text, not front matter
    for line in lines:
        field = _FIELD.match(line)
        if field:
            value = field.group("value").strip().strip("'\"")
            if value:
                fields[field.group("key").lower()] = one_line(value)
    return fields, source[match.end() :]


def _paragraphs(tokens: list[Token], limits: Limits) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    title_seen = False
    heading: str | None = None
    items: list[list[str]] = []  # text of each open list item, innermost last
    row: list[str] | None = None

    def emit(para: str, kind: str) -> None:
        if para.strip():
            out.append((para, kind))

    def flush_item() -> None:
        if items and items[-1]:
            emit("\n".join(items[-1]), "paragraph")
            items[-1].clear()

    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = None
        elif kind == "list_item_open":
            flush_item()  # the parent item's own text comes before its sub-list
            items.append([])
        elif kind == "list_item_close":
            flush_item()
            items.pop()
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row and any(cell.strip() for cell in row):
                emit(" | ".join(cell.strip() for cell in row), "paragraph")
            row = None
        elif kind == "inline":
            para = _inline_text(token)
            if row is not None:
                row.append(para.replace("\n", " "))
            elif heading is not None:
                if heading == "h1" and not title_seen and para.strip():
                    title_seen = True
                    emit(para, "title")
                else:
                    emit(para, "heading")
            elif items:
                items[-1].append(para)
            else:
                emit(para, "paragraph")
        elif kind in ("fence", "code_block"):
            if items:
                items[-1].append(token.content)
            else:
                emit(token.content, "paragraph")
        elif kind == "html_block":
            for para, _ in html_reader.extract(token.content, limits=limits).paragraphs:
                emit(para, "paragraph")
    return out


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n")
        elif child.type == "hardbreak":
            parts.append("\n")
        # emphasis, links (their text is a child "text"), images and inline
        # HTML tags carry no text of their own
    return "".join(parts)
