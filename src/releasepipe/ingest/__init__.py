"""Readers: one per input format, each turning a file's bytes into a Document.

:func:`read` reads a file once and dispatches on its extension;
:func:`read_bytes` does the same for bytes already in memory. Every failure
is an :class:`~releasepipe.errors.InputError` with a stable code and a
one-line message; no library exception escapes.

Both take a :class:`~releasepipe.ingest.limits.Limits`: the size of the file
is checked before its bytes are read, and each reader checks the limits of
its format (inflated size of a .docx, nesting of HTML and e-mail…) before
the parsing step they protect.
"""

from __future__ import annotations

import importlib
import os
import stat
from pathlib import Path

from releasepipe.errors import Code, InputError
from releasepipe.ingest.limits import DEFAULT_LIMITS, TOO_DEEP, TOO_LARGE, Limits, megabytes, text_too_long
from releasepipe.ingest.text import short_reason
from releasepipe.model import Document

__all__ = ["FORMATS", "Limits", "read", "read_bytes", "supported_extensions"]

#: File extension (lower case, with the dot) → format name.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".eml": "eml",
    ".pdf": "pdf",
}

# Format name → reader module (imported on first use: pdfminer and lxml are
# only loaded when a file needs them).
_READERS: dict[str, str] = {
    "txt": "releasepipe.ingest.txt",
    "md": "releasepipe.ingest.markdown",
    "docx": "releasepipe.ingest.docx",
    "html": "releasepipe.ingest.html",
    "eml": "releasepipe.ingest.eml",
    "pdf": "releasepipe.ingest.pdf",
}


def supported_extensions() -> tuple[str, ...]:
    """The file extensions :func:`read` accepts, sorted."""
    return tuple(sorted(FORMATS))


def read(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read the file at ``path`` (its bytes, once) with the reader for its extension.

    A file larger than ``limits.max_bytes`` is refused from its size, without
    reading it.
    """
    file = Path(path)
    name = str(path)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(Code.UNREADABLE, "is a directory, not a file", path=name)
        fmt = FORMATS.get(file.suffix.lower())
        if fmt is None:
            raise InputError(Code.UNSUPPORTED_FORMAT, _unsupported(file.suffix), path=name)
        if not stat.S_ISREG(info.st_mode):  # reading a pipe or a device would block or never end
            raise InputError(Code.UNREADABLE, "not a regular file (a pipe, socket or device)", path=name)
        if info.st_size > limits.max_bytes:
            raise InputError(TOO_LARGE, _too_large(info.st_size, limits), path=name)
        data = file.read_bytes()  # a file that grew since stat() is caught by read_bytes()
    except FileNotFoundError:
        raise InputError(Code.FILE_NOT_FOUND, "file not found (missing or deleted)", path=name) from None
    except PermissionError:
        raise InputError(Code.UNREADABLE, "permission denied", path=name) from None
    except IsADirectoryError:
        raise InputError(Code.UNREADABLE, "is a directory, not a file", path=name) from None
    except OSError as exc:
        reason = exc.strerror or short_reason(exc)
        raise InputError(Code.UNREADABLE, f"cannot read file ({reason})", path=name) from None
    return read_bytes(data, fmt, name=name, limits=limits)


def read_bytes(data: bytes, fmt: str, *, name: str = "<bytes>", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read ``data`` as format ``fmt`` (a format name, or an extension like ``".md"``).

    ``name`` is the path shown in error messages. ``limits`` bounds what the
    reader may spend on the data (see :class:`~releasepipe.ingest.limits.Limits`).
    """
    key = fmt.lower()
    fmt_name = FORMATS.get(key if key.startswith(".") else f".{key}") or (key if key in _READERS else None)
    if fmt_name is None:
        raise InputError(Code.UNSUPPORTED_FORMAT, _unsupported(fmt), path=name)
    if not data:
        raise InputError(Code.EMPTY_INPUT, "file is empty (0 bytes)", path=name)
    if len(data) > limits.max_bytes:
        raise InputError(TOO_LARGE, _too_large(len(data), limits), path=name)
    try:
        reader = importlib.import_module(_READERS[fmt_name])
        document: Document = reader.read(data, limits=limits)
    except InputError as exc:
        exc.path = exc.path or name
        raise
    except RecursionError:  # a parser that recurses on nesting the limits did not foresee
        raise InputError(TOO_DEEP, f"{fmt_name} file is nested too deeply to parse", path=name) from None
    except MemoryError:
        raise InputError(TOO_LARGE, f"{fmt_name} file needs more memory than is available", path=name) from None
    except Exception as exc:  # a reader bug or an unexpected library error
        raise InputError(
            Code.PROCESSING_FAILED, f"could not read {fmt_name} file ({short_reason(exc)})", path=name
        ) from None
    if not document.text:
        raise InputError(Code.EMPTY_INPUT, f"no text after extracting the {fmt_name} file", path=name)
    if len(document.text) > limits.max_text_chars:
        raise InputError(TOO_LARGE, text_too_long(len(document.text), limits), path=name)
    return document


def _unsupported(suffix: str) -> str:
    shown = f"'{suffix}'" if suffix else "(no extension)"
    return f"unsupported file type {shown}; supported: {', '.join(supported_extensions())}"


def _too_large(size: int, limits: Limits) -> str:
    return f"file is {megabytes(size)}, over the {megabytes(limits.max_bytes)} limit (max_bytes)"
