"""E-mail (.eml): the message body, with Subject, Date and From as metadata.

The body is the text/plain part, else the text/html part run through the
HTML reader's extraction. Attachments are not read; each one is reported as
an ``ATTACHMENT_SKIPPED`` warning. The Subject is ``Document.title`` and is
not added to the text.

Parts nested deeper than ``Limits.max_mime_depth`` (multiparts in multiparts,
attached messages) refuse the message before any part is read: the standard
library walks them recursively.

Header fields are split from the message cheaply and parsed only when the
reader asks for one (Subject, From, Date, Content-Type…). That parse is
quadratic in the length of the field and in its number of RFC 2047 encoded
words, so every field is measured against ``Limits.max_header_chars`` and
``Limits.max_header_encoded_words`` just before it is parsed, in any part;
a field over either refuses the message. Fields the reader never asks for
(a long To, Received chains) cost nothing and are not held to the limits.
"""

from __future__ import annotations

import re
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from typing import Any
from email.utils import parsedate_to_datetime

from releasepipe.errors import Code, InputError
from releasepipe.ingest import html as html_reader
from releasepipe.ingest.limits import DEFAULT_LIMITS, TOO_DEEP, TOO_LARGE, UNSAFE_CONTENT, Limits, check_text
from releasepipe.ingest.text import decode, join_blocks, normalize, one_line, paragraph_blocks
from releasepipe.model import Document, Issue

__all__ = ["read"]

# Reply and forward prefixes of several mail clients (English, French,
# German, Spanish, Italian, Dutch, Polish…): "Fwd:", "TR :", "WG:", "RV:"…
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|tr|wg|aw|rv|enc|doorst|odp|pd|sv|vs)\s*:\s*)+", re.IGNORECASE)


def read(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a message: body blocks, Subject → title, Date → published, From → author."""
    try:
        message = BytesParser(policy=_BoundedPolicy(limits=limits)).parsebytes(data)  # type: ignore[call-overload]
    except RecursionError:  # the parser recurses once per level of nesting
        raise InputError(TOO_DEEP, "e-mail parts are nested too deeply to parse (max_mime_depth)") from None
    assert isinstance(message, EmailMessage)
    _check_depth(message, limits.max_mime_depth)

    warnings: list[Issue] = []
    text, blocks, body_part, html_title = _body(message, warnings, limits)
    if not text:
        raise InputError(Code.EMPTY_INPUT, "e-mail has no text/plain or text/html body with text")
    warnings.extend(_skipped_parts(message, body_part))

    subject = _header(message, "subject")
    title = _SUBJECT_PREFIX.sub("", subject).strip() if subject else None
    return Document(
        text=text,
        format="eml",
        title=title or html_title,
        published=_published(message),
        author=_author(message),
        blocks=blocks,
        warnings=warnings,
    )


class _BoundedPolicy(EmailPolicy):
    """``email.policy.default`` that measures each header field before parsing it."""

    limits: Limits = DEFAULT_LIMITS  # a class attribute, so that the constructor accepts it

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        if isinstance(value, str) and not hasattr(value, "name"):  # raw, not yet parsed
            _check_header(name, value, self.limits)
        return super().header_fetch_parse(name, value)


def _check_header(name: str, value: str, limits: Limits) -> None:
    """Refuse a header field the standard library's parser would spend too much on."""
    if len(value) > limits.max_header_chars:
        raise InputError(
            TOO_LARGE, f"e-mail header {name} is {len(value):,} characters, over the {limits.max_header_chars:,}"
            " limit (max_header_chars)"
        )
    words = value.count("=?")  # every encoded word starts so; counting a few false ones is harmless
    if words > limits.max_header_encoded_words:
        raise InputError(
            UNSAFE_CONTENT, f"e-mail header {name} holds {words:,} encoded words, over the"
            f" {limits.max_header_encoded_words:,} limit (max_header_encoded_words)"
        )


def _check_depth(message: Message, max_depth: int) -> None:
    """Refuse parts nested deeper than ``max_depth`` (walked iteratively)."""
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > max_depth:
            raise InputError(TOO_DEEP, f"e-mail parts are nested over {max_depth} levels deep (max_mime_depth)")
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend((child, depth + 1) for child in payload if isinstance(child, Message))


def _body(
    message: EmailMessage, warnings: list[Issue], limits: Limits
) -> tuple[str, list[tuple[int, int, str]], Message | None, str | None]:
    for subtype in ("plain", "html"):
        part = message.get_body(preferencelist=(subtype,))
        if part is None:
            continue
        raw, issues = _part_text(part)
        if subtype == "plain":
            check_text(raw, limits, "text/plain body")
            if _param(part, "format") == "flowed":
                raw = _unflow(raw, delsp=_param(part, "delsp") == "yes")
            text = normalize(raw)
            blocks = paragraph_blocks(text)
            html_title = None
        else:
            content = html_reader.extract(raw, limits=limits)  # checks the markup without embedded files
            text, blocks = join_blocks(content.paragraphs)
            html_title = content.title
        if text:
            warnings.extend(issues)
            return text, blocks, part, html_title
    return "", [], None, None


def _param(part: Message, name: str) -> str:
    value = part.get_param(name, "")
    return (value if isinstance(value, str) else "").strip().lower()


def _part_text(part: Message) -> tuple[str, list[Issue]]:
    """The part's text: its declared charset when that decodes, else detection."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return "", []
    return decode(payload, declared=part.get_content_charset())


def _unflow(text: str, *, delsp: bool) -> str:
    """Undo RFC 3676 ``format=flowed`` soft line breaks.

    The standard library decodes the transfer encoding but not this line
    format, so wrapped paragraphs would otherwise keep a break every ~72
    characters.
    """
    out: list[str] = []
    current = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):  # space-stuffing
            line = line[1:]
        if line.endswith(" ") and line != "-- ":  # soft break: paragraph goes on
            current += line[:-1] if delsp else line
            continue
        out.append(current + line)
        current = ""
    if current:
        out.append(current)
    return "\n".join(out)


def _skipped_parts(message: Message, body: Message | None) -> list[Issue]:
    """One warning per attachment (or embedded image) that was not read."""
    issues: list[Issue] = []
    stack: list[Message] = [message]
    while stack:
        part = stack.pop(0)
        if part is body:
            continue
        content_type = part.get_content_type()
        if part.is_multipart() and content_type != "message/rfc822":
            stack[0:0] = list(part.iter_parts()) if isinstance(part, EmailMessage) else []
            continue
        attached = part.get_content_disposition() == "attachment" or bool(part.get_filename())
        if not attached and content_type in ("text/plain", "text/html"):
            continue  # the other rendering of the body
        name = part.get_filename()
        if not name and content_type == "message/rfc822":
            inner = part.get_payload()
            subject = _header(inner[0], "subject") if isinstance(inner, list) and inner else None  # type: ignore[arg-type]
            name = f"forwarded message “{subject}”" if subject else None
        name = name or "(no file name)"
        issues.append(Issue(Code.ATTACHMENT_SKIPPED.value, f"attachment not read: {name} ({content_type})"))
    return issues


def _header(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except InputError:  # over a header limit: the message is refused
        raise
    except Exception:  # a malformed header must not cost the whole message
        return None
    text = one_line(str(value)) if value is not None else ""
    return text or None


def _published(message: Message) -> str | None:
    value = _header(message, "date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _author(message: Message) -> str | None:
    try:
        sender = message.get("from")
        addresses = getattr(sender, "addresses", ())
    except InputError:
        raise
    except Exception:  # a malformed header must not cost the whole message
        return None
    if addresses:
        first = addresses[0]
        return first.display_name or first.addr_spec or None
    return _header(message, "from")
