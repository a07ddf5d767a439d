"""Resource limits for the readers: how big, how compressed, how deep an input may be.

Files arrive from outside (mail attachments, scraped pages, partners'
documents), so every reader works within a :class:`Limits`. The defaults are
far above what a press release needs and far below what would exhaust a
worker; ``docs/security.md`` gives the reasoning for each and how to raise
them for trusted input.

An input over a limit is refused with an :class:`~releasepipe.errors.InputError`
whose code is one of the constants below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from releasepipe.errors import Code, InputError

__all__ = ["DEFAULT_LIMITS", "Limits", "TOO_DEEP", "TOO_LARGE", "UNSAFE_CONTENT", "check_text"]

MiB: Final = 1024 * 1024

# Error codes of the guards.
TOO_LARGE: Final = Code.TOO_LARGE
UNSAFE_CONTENT: Final = Code.UNSAFE_CONTENT
TOO_DEEP: Final = Code.TOO_DEEP


@dataclass(frozen=True, slots=True)
class Limits:
    """What one input file may cost. Every field is checked before the expensive step."""

    #: Size of the file itself. A press release is rarely over 5 MB, even a
    #: PDF with photos; 25 MB is the usual mail attachment ceiling.
    max_bytes: int = 25 * MiB
    #: Bytes a .docx (all zip members together) or a PDF (all compressed
    #: streams the parser decodes) may inflate to. Checked on the declared
    #: sizes first, then while inflating, before python-docx or pdfminer
    #: hold the data.
    max_inflated_bytes: int = 100 * MiB
    #: Inflated size of any one XML part of a .docx. python-docx holds a part
    #: as an lxml tree some 9 times its size (a 96 MB document.xml took 900 MB
    #: and 49 s); 20 MB of XML carries millions of characters of text.
    max_xml_part_bytes: int = 20 * MiB
    #: Inflated/compressed size ratio above which a zip member is a bomb
    #: (Apache POI's ``ZipSecureFile`` uses the same 100).
    max_compression_ratio: float = 100.0
    #: Members that inflate to less than this are not held to the ratio: a
    #: small run of blank XML compresses better than 100:1 and is harmless.
    ratio_min_bytes: int = 1 * MiB
    #: Entries of a .docx zip; Word writes a few dozen.
    max_zip_members: int = 10_000
    #: Element nesting of an HTML page (and of an e-mail's HTML body). Blink
    #: stops nesting at 512 levels; real pages stay under 100.
    max_html_depth: int = 512
    #: Nesting of Markdown blocks (quotes in quotes, lists in lists).
    #: markdown-it drops what lies deeper than its own limit; this refuses it.
    max_markdown_depth: int = 100
    #: Nesting of multipart and attached messages in an e-mail (Postfix's
    #: ``mime_nesting_limit`` default is 100).
    max_mime_depth: int = 100
    #: Characters of one e-mail header field (its raw, folded value), checked
    #: before the standard library parses a header the reader uses. Its
    #: parser is quadratic: a 390 KB From with 20,000 addresses took 3 s, a
    #: 190 KB Content-Type with 20,000 parameters 4.4 s. A To with a
    #: thousand recipients is some 40 KB.
    max_header_chars: int = 64 * 1024
    #: RFC 2047 encoded words (``=?utf-8?q?…?=``) in one e-mail header field.
    #: The standard library's parser holds memory in the square of their
    #: number: 5,000 took 180 MB, 10,000 took 700 MB, 200,000 (a 2.8 MB
    #: Subject) 22 GB. An encoded word carries up to 75 characters, so a long
    #: Subject needs a few dozen.
    max_header_encoded_words: int = 1_000
    #: Characters of decoded text or markup a reader works on, and of the text
    #: it returns. 2 million characters is some 300,000 words; a release
    #: has a few thousand.
    max_text_chars: int = 2_000_000

    def __post_init__(self) -> None:
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"Limits.{name} must be a positive number, not {value!r}")


#: The limits :func:`releasepipe.ingest.read` uses when given none.
DEFAULT_LIMITS: Final = Limits()


def megabytes(size: int) -> str:
    """``size`` in bytes as a short human figure for messages ("25 MB", "1.5 MB", "12 kB")."""
    value = size / MiB
    if value < 0.1:
        return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} bytes"
    return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"


def text_too_long(chars: int, limits: Limits, what: str = "text") -> str:
    """The message for text or markup over ``limits.max_text_chars``."""
    return f"{what} is {chars:,} characters, over the {limits.max_text_chars:,} limit (max_text_chars)"


def check_text(text: str, limits: Limits, what: str = "text") -> None:
    """Refuse ``text`` (decoded input or markup) longer than ``limits.max_text_chars``."""
    if len(text) > limits.max_text_chars:
        raise InputError(TOO_LARGE, text_too_long(len(text), limits, what))
