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

from charset_normalizer import from_bytes

from releasepipe.errors import Code, InputError
from releasepipe.model import Issue

__all__ = [
    "WHATWG_LABELS",
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

# The encodings of the WHATWG Encoding Standard (https://encoding.spec.whatwg.org/,
# "Names and labels"), each with its labels and the Python codec that decodes
# it. A declared charset (HTML meta, MIME part) is honoured only through this
# table: Python knows many more codecs, and some turn bytes into text they were
# never meant to give ("unicode_escape" decodes "\x3c" escapes, "idna" and
# "punycode" rewrite the text), so a page must not pick them. What browsers
# read as windows-1252 (latin-1, ASCII…) is cp1252 here too. Left out: the
# "replacement" encoding (ISO-2022-KR, HZ…: browsers refuse to decode them)
# and x-user-defined (no Python codec); their labels fall back to detection.
_WHATWG_ENCODINGS: dict[str, tuple[str, ...]] = {
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"),
    "cp866": ("866", "cp866", "csibm866", "ibm866"),
    "iso8859-2": ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
                  "iso_8859-2:1987", "l2", "latin2"),
    "iso8859-3": ("csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3",
                  "iso_8859-3:1988", "l3", "latin3"),
    "iso8859-4": ("csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4",
                  "iso_8859-4:1988", "l4", "latin4"),
    "iso8859-5": ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595",
                  "iso_8859-5", "iso_8859-5:1988"),
    "iso8859-6": ("arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6",
                  "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6",
                  "iso_8859-6:1987"),
    "iso8859-7": ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126",
                  "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"),
    "iso8859-8": ("csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138",
                  "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual",
                  # ISO-8859-8-I: the same bytes, in logical order
                  "csiso88598i", "iso-8859-8-i", "logical"),
    "iso8859-10": ("csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"),
    "iso8859-13": ("iso-8859-13", "iso8859-13", "iso885913"),
    "iso8859-14": ("iso-8859-14", "iso8859-14", "iso885914"),
    "iso8859-15": ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"),
    "iso8859-16": ("iso-8859-16",),
    "koi8-r": ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"),
    "koi8-u": ("koi8-ru", "koi8-u"),
    "mac-roman": ("csmacintosh", "mac", "macintosh", "x-mac-roman"),
    "cp874": ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
    "cp1250": ("cp1250", "windows-1250", "x-cp1250"),
    "cp1251": ("cp1251", "windows-1251", "x-cp1251"),
    "cp1252": ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
               "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
               "windows-1252", "x-cp1252"),
    "cp1253": ("cp1253", "windows-1253", "x-cp1253"),
    "cp1254": ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
               "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"),
    "cp1255": ("cp1255", "windows-1255", "x-cp1255"),
    "cp1256": ("cp1256", "windows-1256", "x-cp1256"),
    "cp1257": ("cp1257", "windows-1257", "x-cp1257"),
    "cp1258": ("cp1258", "windows-1258", "x-cp1258"),
    "mac-cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    # GBK: the standard decodes it with its gb18030 decoder, a superset
    "gb18030": ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
                "x-gbk", "gb18030"),
    "big5hkscs": ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "euc-jp": ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"),
    "iso2022-jp": ("csiso2022jp", "iso-2022-jp"),
    "cp932": ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"),
    "cp949": ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
              "ksc5601", "ksc_5601", "windows-949"),
    "utf-16-be": ("unicodefffe", "utf-16be"),
    "utf-16-le": ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"),
}
#: A WHATWG encoding label (lower case) -> the Python codec for it.
WHATWG_LABELS: dict[str, str] = {
    label: codec for codec, labels in _WHATWG_ENCODINGS.items() for label in labels
}

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
        text = _decode_declared(data, declared)
        if text is not None:
            _check_not_binary(text)
            return text, []

    text, issues = _detect(data)
    _check_not_binary(text)
    return text, issues


def _decode_declared(data: bytes, declared: str) -> str | None:
    codec = WHATWG_LABELS.get(declared.strip(" \t\n\f\r'\"").lower())
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
