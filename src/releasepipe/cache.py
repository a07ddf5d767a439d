"""The model's result per paragraph, kept so that no paragraph goes through a model twice.

Releases repeat themselves: an organization's "About" block, its contact
block and its legal boilerplate come back in every release it publishes,
and an edited release comes back with most paragraphs unchanged. The cache
keeps, per paragraph, what the model (with the rule components before it)
found: the entity spans, relative to the paragraph. Every later step still
runs on the whole release, so a release's output cannot depend on which
release a paragraph was first seen in: it is the same with ``--no-cache``.

Keys are content addresses: the SHA-256 of the paragraph's exact text and of
everything that could change the model's answer (language, model name and
version, pipeline fingerprint, the rule patterns). Within a process the
cache is a bounded dictionary; a run also keeps it in OUT
(``.releasepipe-cache.sqlite``), shared by its worker processes (each reads
and writes the same database; SQLite serializes the writes) and kept for the
next run, bounded by least-recently-used eviction.

The database also keeps the compiled code of the largest regular expressions
(see :mod:`releasepipe.patterns`), which a worker would otherwise compile again.

The cache only ever saves time: a database that cannot be opened, read or
written (read-only folder, full disk, damage, another program's file of that
name) is left alone and the run goes on with the in-memory cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path

#: The database's name inside OUT (hidden: it is not an output).
FILENAME = ".releasepipe-cache.sqlite"
#: Entries kept in OUT's database (about 150 bytes each): the oldest-used go first.
MAX_ENTRIES = 500_000
#: Entries kept in a process's memory.
MEMORY_ENTRIES = 50_000

_APPLICATION_ID = 0x72706361  # "rpca": marks the database as this cache's
_SCHEMA = """
CREATE TABLE IF NOT EXISTS paragraphs (
    key  BLOB PRIMARY KEY,      -- SHA-256 of the salt and the paragraph's text
    ents TEXT NOT NULL,         -- JSON [[start, end, label, rule id], ...], offsets in the paragraph
    used INTEGER NOT NULL       -- the sequence number of the last run that used it
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS paragraphs_used ON paragraphs (used);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS patterns (
    key  BLOB PRIMARY KEY,      -- SHA-256 of a large regular expression, its flags and the Python build
    code BLOB NOT NULL,         -- what releasepipe.patterns rebuilds it from
    used INTEGER NOT NULL
) WITHOUT ROWID;
"""
#: Compiled patterns kept (one per large pattern and Python build; a handful in practice).
MAX_PATTERNS = 16

#: One entity span: start and end offsets in the paragraph, label, rule id ("" for the model's).
Span = tuple[int, int, str, str]


def key(salt: bytes, text: str) -> bytes:
    """The cache key of ``text`` read by the model that ``salt`` describes."""
    return hashlib.sha256(salt + text.encode("utf-8", "surrogatepass")).digest()


def salt(*parts: str) -> bytes:
    """What makes one model's answers differ from another's, as the prefix of its keys."""
    return hashlib.sha256(json.dumps(parts).encode()).digest()


class ParagraphCache:
    """Entity spans per paragraph key: in memory, and in ``path`` when given."""

    def __init__(self, path: str | os.PathLike | None = None, *, max_entries: int = MAX_ENTRIES,
                 memory_entries: int = MEMORY_ENTRIES) -> None:
        self.path = Path(path) if path is not None else None
        self.max_entries = max_entries
        self.memory_entries = memory_entries
        self._memory: OrderedDict[bytes, tuple[Span, ...]] = OrderedDict()
        self._db: sqlite3.Connection | None = None
        self._run = 0
        self._lock = threading.Lock()
        #: why the database is not used, in one line (None while it is, or when none was asked)
        self.problem: str | None = None
        if self.path is not None:
            self._open()

    # --- reading and writing -----------------------------------------------------

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, tuple[Span, ...]]:
        """The cached spans of those of ``keys`` that are known."""
        found: dict[bytes, tuple[Span, ...]] = {}
        with self._lock:
            missing = []
            for k in keys:
                spans = self._memory.get(k)
                if spans is None:
                    missing.append(k)
                else:
                    self._memory.move_to_end(k)
                    found[k] = spans
            if missing and self._db is not None:
                for k, ents in self._select(missing):
                    spans = tuple(tuple(e) for e in json.loads(ents))  # type: ignore[misc]
                    found[k] = spans
                    self._remember(k, spans)
            if self._db is not None and found:
                self._touch(list(found))
        return found

    def put_many(self, entries: Iterable[tuple[bytes, Sequence[Span]]]) -> None:
        """Keep the spans of new paragraphs."""
        rows = []
        with self._lock:
            for k, spans in entries:
                spans = tuple(tuple(s) for s in spans)  # type: ignore[misc]
                self._remember(k, spans)
                rows.append((k, json.dumps(spans, ensure_ascii=False, separators=(",", ":")), self._run))
            if rows and self._db is not None:
                self._write("INSERT OR REPLACE INTO paragraphs (key, ents, used) VALUES (?, ?, ?)", rows)

    # A kept pattern only saves a worker's start: a patterns table that cannot be read or written
    # (another schema, a locked file) is passed over, and the paragraph cache goes on.

    def get_pattern(self, k: bytes) -> bytes | None:
        """The compiled form of a regular expression kept under ``k`` (see ``releasepipe.patterns``)."""
        with self._lock:
            if self._db is None:
                return None
            try:
                row = self._db.execute("SELECT code FROM patterns WHERE key = ?", (k,)).fetchone()
                if row is not None:
                    self._db.execute("UPDATE patterns SET used = ? WHERE key = ?", (self._run, k))
            except sqlite3.Error:
                return None
            return row[0] if row is not None and isinstance(row[0], bytes) else None

    def put_pattern(self, k: bytes, code: bytes) -> None:
        """Keep the compiled form of a regular expression, and only the MAX_PATTERNS last used."""
        with self._lock:
            if self._db is None:
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.execute("INSERT OR REPLACE INTO patterns (key, code, used) VALUES (?, ?, ?)",
                                     (k, code, self._run))
                    self._db.execute("DELETE FROM patterns WHERE key NOT IN "
                                     "(SELECT key FROM patterns ORDER BY used DESC LIMIT ?)", (MAX_PATTERNS,))
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error:
                pass

    def close(self) -> None:
        """Close the database (the memory part stays usable)."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def evict(self) -> int:
        """Delete the least-recently-used entries beyond ``max_entries``; how many went."""
        with self._lock:
            if self._db is None:
                return 0
            try:
                count = self._db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
                if count <= self.max_entries:
                    return 0
                self._db.execute("DELETE FROM paragraphs WHERE key IN "
                                 "(SELECT key FROM paragraphs ORDER BY used LIMIT ?)", (count - self.max_entries,))
                return count - self.max_entries
            except sqlite3.Error as exc:
                self._give_up(exc)
                return 0

    def __len__(self) -> int:
        return len(self._memory)

    # --- internals ---------------------------------------------------------------

    def _remember(self, k: bytes, spans: tuple[Span, ...]) -> None:
        self._memory[k] = spans
        self._memory.move_to_end(k)
        while len(self._memory) > self.memory_entries:
            self._memory.popitem(last=False)

    def _open(self) -> None:
        assert self.path is not None
        existed = self.path.exists()
        try:
            # A link (to a file elsewhere, or dangling) would have SQLite write outside OUT.
            if any(os.path.islink(f"{self.path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")):
                raise sqlite3.DatabaseError("is a link")
            if existed and not self.path.is_file():
                raise sqlite3.DatabaseError("not a regular file")
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            try:
                app = db.execute("PRAGMA application_id").fetchone()[0]
                if existed and app != _APPLICATION_ID:
                    raise sqlite3.DatabaseError("not a releasepipe cache")
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(f"PRAGMA application_id={_APPLICATION_ID}")
                db.executescript(_SCHEMA)
                # Each opening is a new "run" for least-recently-used eviction.
                db.execute("INSERT INTO meta (key, value) VALUES ('run', 1) "
                           "ON CONFLICT(key) DO UPDATE SET value = value + 1")
                self._run = db.execute("SELECT value FROM meta WHERE key = 'run'").fetchone()[0]
            except BaseException:
                db.close()
                raise
        except (sqlite3.Error, OSError) as exc:
            self.problem = f"{self.path}: paragraph cache not used: {_one_line(exc)}"
            return
        self._db = db

    def _select(self, keys: list[bytes]) -> list[tuple[bytes, str]]:
        assert self._db is not None
        rows: list[tuple[bytes, str]] = []
        try:
            for i in range(0, len(keys), 500):
                part = keys[i:i + 500]
                rows += self._db.execute(
                    f"SELECT key, ents FROM paragraphs WHERE key IN ({','.join('?' * len(part))})", part).fetchall()
        except sqlite3.Error as exc:
            self._give_up(exc)
        return rows

    def _touch(self, keys: list[bytes]) -> None:
        self._write("UPDATE paragraphs SET used = ? WHERE key = ? AND used < ?",
                    [(self._run, k, self._run) for k in keys])

    def _write(self, sql: str, rows: list[tuple]) -> None:
        assert self._db is not None
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(sql, rows)
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            self._give_up(exc)

    def _give_up(self, exc: sqlite3.Error) -> None:
        self.problem = f"{self.path}: paragraph cache no longer used: {_one_line(exc)}"
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


#: The cache of each database path (None: memory only) in this process, and the
#: process it was opened in: a forked worker opens its own connection.
_OPEN: dict[str | None, ParagraphCache] = {}
_OPENED_IN = os.getpid()
_INHERITED: list[ParagraphCache] = []


def shared(path: str | os.PathLike | None) -> ParagraphCache:
    """This process's cache for ``path`` (opened once; a worker keeps it for all its chunks)."""
    global _OPENED_IN
    if _OPENED_IN != os.getpid():
        # A forked child: the parent's connections are not its to use, nor to close
        # (closing the last connection checkpoints the database): kept, untouched.
        _INHERITED.extend(_OPEN.values())
        _OPEN.clear()
        _OPENED_IN = os.getpid()
    name = os.fspath(path) if path is not None else None
    cache = _OPEN.get(name)
    if cache is None:
        cache = _OPEN[name] = ParagraphCache(name)
    return cache


def release(path: str | os.PathLike) -> None:
    """Close this process's connection to ``path``."""
    cache = _OPEN.pop(os.fspath(path), None) if _OPENED_IN == os.getpid() else None
    if cache is not None:
        cache.close()


def prepare(path: str | os.PathLike) -> str | None:
    """At the start of a run: create (or check) the database, then close it, so that the
    worker processes each open their own connection; why it cannot be used, or None."""
    release(path)
    cache = ParagraphCache(path)
    cache.close()
    return cache.problem


def finish(path: str | os.PathLike, *, max_entries: int = MAX_ENTRIES) -> str | None:
    """At the end of a run: evict the least-recently-used entries beyond ``max_entries``
    and close this process's connection; why the cache could not be used, or None."""
    release(path)
    cache = ParagraphCache(path, max_entries=max_entries)
    cache.evict()
    cache.close()
    return cache.problem
