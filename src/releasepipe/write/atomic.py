"""Atomic file writes: a temporary file in the target folder, then a rename.

After Ctrl-C, a kill or a crash the target is either the old file or the new
one, never half of one, since ``os.replace`` is atomic on POSIX and Windows.

The temporary file's name is known before it is created
(:func:`temporary_path`), so a run can record it and a later run can delete
exactly that name if this one was killed mid-write: nothing is ever deleted
by pattern. It is created with mode 0666 less the umask, like any file a
program writes (``tempfile.mkstemp`` would make every output 0600).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

#: Distinguishes this process's temporary files from any other's.
TOKEN = secrets.token_hex(6)
#: Longest target name (in bytes) kept whole in a temporary name; most file
#: systems allow 255 bytes, and the temporary name adds about 20.
_KEEP = 200


def temporary_path(path: str | os.PathLike, token: str = TOKEN) -> Path:
    """Where :func:`atomic_open` writes ``path`` before renaming it: ``.NAME.TOKEN.part``
    beside it, a long NAME shortened to its start and a hash of the whole."""
    target = Path(path)
    name = target.name
    raw = os.fsencode(name)
    if len(raw) > _KEEP:
        digest = hashlib.sha256(raw).hexdigest()[:16]
        name = os.fsdecode(raw[:_KEEP - 40]).encode("utf-8", "ignore").decode("utf-8", "ignore") + "~" + digest
    return target.with_name(f".{name}.{token}.part")


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w") -> Iterator[IO]:
    """Open a temporary file next to ``path``; on success it replaces ``path``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o666)
    except FileExistsError:  # this process's own name, left by a write that could not clean up
        os.unlink(tmp)
        fd = os.open(tmp, flags, 0o666)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": "\n"})) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    with atomic_open(path, "w") as fh:
        fh.write(text)


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)
