"""Shared text handling for every reader: decoding, normalization, blocks.

All readers build ``Document.text`` with :func:`normalize` (or
:func:`join_blocks`, which normalizes each paragraph), so every release text
follows one convention: NFC, ``\\n`` line endings, no trailing spaces,
paragraphs separated by exactly one blank line.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import webencodings
from charset_normalizer import from_bytes

from releasepipe.errors import Code, InputError
from releasepipe.model import Issue

__all__ = [
    "whatwg_codec",
    "decode",
    "normalize",
    "join_blocks",
    "paragraph_blocks",
    "one_line",
    "iso_date",
    "short_reason",
]

Block = tuple[int, int, str]

# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# A declared charset (HTML meta, MIME part) is honoured only when it is a label of the
# WHATWG Encoding Standard (https://encoding.spec.whatwg.org/, "Names and labels"), the
# table browsers use, as webencodings keeps it: Python knows many more codecs, and some
# turn bytes into text they were never meant to give ("unicode_escape" decodes "\x3c"
# escapes, "idna" and "punycode" rewrite the text), so a page must not pick them. Left
# out: the "replacement" encoding (ISO-2022-KR, HZ…: browsers refuse to decode them) and
# x-user-defined; their labels fall back to detection. The standard decodes GBK with its
# gb18030 decoder, a superset of Python's gbk.
_NOT_DECODED = frozenset({"replacement", "x-user-defined"})
_STANDARD_DECODER = {"gbk": "gb18030"}


def whatwg_codec(label: str) -> str | None:
    """The Python codec for a WHATWG encoding label (case and spaces as the standard
    allows), or None when the standard defines no decoder for it."""
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name in _NOT_DECODED:
        return None
    return _STANDARD_DECODER.get(encoding.name, encoding.codec_info.name)


# Share of control characters above which decoded "text" is taken for binary.
_MAX_CONTROL_RATIO = 0.05
# Share of undecodable characters a mostly-UTF-8 text may have.
_MAX_REPLACED_RATIO = 0.01
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, list[Issue]]:
    """Decode the bytes of a text format; return the text and any warnings.

    Order: byte-order mark; strict UTF-8 (by far the most common, a detector
    can mis-guess short UTF-8, and non-ASCII text that happens to be valid
    UTF-8 is UTF-8 whatever its label says); the ``declared`` charset (HTML
    meta, MIME part) when it is a label of the WHATWG Encoding Standard and
    decodes cleanly; charset-normalizer's best
    guess. Raises :class:`InputError` with ``BINARY_CONTENT`` for binary junk
    and ``UNDECODABLE`` when no encoding explains the bytes.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    Code.UNDECODABLE,
                    f"bytes after the {encoding.upper()} byte-order mark are not valid {encoding.upper()}"
                    f" ({short_reason(exc)})",
                ) from None
            _check_not_binary(text)
            return text, []

    if b"\x00" in data:
        return _decode_nul_bytes(data), []

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_not_binary(text)
        return text, []

    if declared:
        declared_text = _decode_declared(data, declared)
        if declared_text is not None:
            _check_not_binary(declared_text)
            return declared_text, []

    text, issues = _detect(data)
    _check_not_binary(text)
    return text, issues


def _decode_declared(data: bytes, declared: str) -> str | None:
    codec = whatwg_codec(declared.strip(" \t\n\f\r'\""))
    if codec is None:  # a label the standard does not define: detection decides
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        # A wrong label is common in the wild; detection decides.
        return None


def _decode_nul_bytes(data: bytes) -> str:
    """Text with NUL bytes is UTF-16/32 without a BOM, or it is binary."""
    best = from_bytes(data).best()
    if best is not None and best.encoding.startswith(("utf_16", "utf_32")):
        text = str(best)
        if "\x00" not in text and _control_ratio(text) <= _MAX_CONTROL_RATIO:
            return text
    raise InputError(Code.BINARY_CONTENT, "file contains NUL bytes: binary data, not text")


def _detect(data: bytes) -> tuple[str, list[Issue]]:
    # A UTF-8 text with a few stray bytes (two files pasted together) would
    # otherwise be detected as a single-byte code page and turn into mojibake.
    mostly_utf8 = data.decode("utf-8", errors="replace")
    replaced = mostly_utf8.count("\ufffd")
    if len(_UTF8_MULTIBYTE.findall(data)) > replaced and replaced <= len(mostly_utf8) * _MAX_REPLACED_RATIO:
        return mostly_utf8, [_replaced_issue(replaced)]

    results = from_bytes(data)
    best = results.best()
    if best is not None:
        # charset-normalizer ties cp1250, cp1252 and their cousins on short
        # Western European text (every accented letter is a letter in all of
        # them) and may then pick a Central European or even non-Latin code
        # page. Break the tie in favour of cp1252, the most widespread legacy
        # encoding. Polish in cp1250 keeps winning because cp1252 reads its
        # letters as symbols (ł → ³), which raises the chaos score; Czech,
        # whose letters cp1252 reads as other letters (ř → ø), may not.
        if best.encoding != "cp1252":
            western = from_bytes(data, cp_isolation=["cp1252"]).best()
            if western is not None and western.chaos <= best.chaos + 0.01:
                best = western
        return str(best), []

    raise InputError(Code.UNDECODABLE, "no text encoding explains these bytes (tried UTF-8 and detection)")


def _replaced_issue(count: int) -> Issue:
    return Issue(
        Code.DECODING_REPLACED.value,
        f"{count} byte sequence(s) were not valid UTF-8 and were replaced by U+FFFD",
    )


#: Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F)
#: other than the white space of text files (tab, line feed, vertical tab,
#: form feed, carriage return).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _check_not_binary(text: str) -> None:
    if "\x00" in text:
        raise InputError(Code.BINARY_CONTENT, "file contains NUL characters: binary data, not text")
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise InputError(Code.BINARY_CONTENT, "file is mostly control characters: binary data, not text")


# --- normalization ---------------------------------------------------------

# Deleted: zero-width space, word joiner, BOM used as a zero-width no-break
# space, Mongolian vowel separator, soft hyphen. Zero-width (non-)joiners
# (U+200C, U+200D) are kept: they change spelling in Persian and Indic
# scripts and build emoji sequences.
_DELETE = "\u200b\u2060\ufeff\u180e\u00ad"
_TRANSLATE: dict[int, str | None] = {ord(ch): None for ch in _DELETE}
_TRANSLATE.update({ord("\t"): " ", ord("\v"): "\n", ord("\f"): "\n", 0x2028: "\n", 0x2029: "\n\n"})
# Other C0 and C1 control characters carry no text.
for _cp in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
    if chr(_cp) not in "\t\n\r\v\f":
        _TRANSLATE[_cp] = None

# Trailing whitespace except the no-break spaces (U+00A0, U+202F) that French
# typography puts before ; : ! ? » and inside numbers.
_TRAILING = re.compile(r"[^\S\n\u00a0\u202f]+$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize(text: str) -> str:
    """Return ``text`` in the release convention (see the module docstring).

    No-break spaces U+00A0 and U+202F are kept inside lines; they are
    meaningful in French ("3 200", "« Merci »").
    """
    text = text.translate(_TRANSLATE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = ["" if not line.strip() else line for line in text.split("\n")]
    text = _TRAILING.sub("", "\n".join(lines))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def join_blocks(paragraphs: Iterable[tuple[str, str]]) -> tuple[str, list[Block]]:
    """Join ``(text, kind)`` paragraphs into one normalized text and its blocks.

    Each paragraph is normalized and keeps its inner line breaks but no blank
    line, so blank lines separate blocks only. Empty paragraphs are dropped.
    The returned blocks are exact: ``text[start:end]`` is the block's text.
    """
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for raw, kind in paragraphs:
        para = re.sub(r"\n+", "\n", normalize(raw))
        if not para:
            continue
        if parts:
            offset += 2  # the "\n\n" separator
        parts.append(para)
        blocks.append((offset, offset + len(para), kind))
        offset += len(para)
    return "\n\n".join(parts), blocks


def paragraph_blocks(text: str) -> list[Block]:
    """Blocks of kind ``"paragraph"`` for an already normalized text.

    A paragraph runs up to the next blank line; its block starts after any
    indentation of its first line.
    """
    # A scan for blank lines rather than a regex: ``(?:.|\n(?!\n))*`` keeps
    # backtracking state for every character, 1.3 GB on a 10 MB line.
    blocks: list[Block] = []
    pos, size = 0, len(text)
    while pos < size:
        end = text.find("\n\n", pos)
        if end == -1:
            end = size
        start = pos
        while start < end and text[start] in " \n":
            start += 1
        if start < end:
            blocks.append((start, end, "paragraph"))
        pos = end + 2
    return blocks


# --- small shared helpers --------------------------------------------------


def one_line(text: str) -> str:
    """``text`` normalized onto one line (for titles and table cells).

    Only ASCII spaces and line breaks collapse; no-break spaces stay.
    """
    return re.sub(r"[ \n]+", " ", normalize(text)).strip(" ")


_ISO_DAY = re.compile(r"^\s*(\d{4})([-/.])(\d{2})\2(\d{2})(?!\d)")  # 2024-10-14, 2024/10/14…
_COMPACT_DAY = re.compile(r"^\s*(?:D:)?(\d{4})()(\d{2})(\d{2})")  # 20241014, PDF D:20241014…


def iso_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a metadata date, or ``None``.

    Accepts ISO 8601 dates and timestamps, compact ``YYYYMMDD``, PDF
    ``D:YYYYMMDD…`` and RFC 2822 mail dates. The date is the one written
    (local to the publisher), not converted to UTC.
    """
    if not value:
        return None
    match = _ISO_DAY.match(value) or _COMPACT_DAY.match(value)
    if match:
        year, _, month, day = match.groups()
        try:
            return date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            return None
    try:
        parsed: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()


def short_reason(exc: BaseException, limit: int = 160) -> str:
    """A library exception as one short line: ``Type: first line of message``."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    reason = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return reason if len(reason) <= limit else reason[: limit - 1] + "…"
