"""The state of an output folder, for incremental runs: an embedded SQLite database.

One row per input file: its size, modification time and content hash, the key
of the pipeline and options that produced its outputs (the pipeline's fingerprint
covers the language packs, so editing one redoes the releases), the outputs, status and
timing, and the input root it was found under. A rerun compares each input with
its row and redoes only what changed. Rows are committed as each release is
written, so a run stopped by Ctrl-C or a kill resumes where it stopped.

The database carries its schema version (``PRAGMA user_version``): an older one
is migrated in place, a newer one is refused (``OutputError`` RP404). A file
that is not a usable state (corrupt, truncated, another database, a directory)
is moved aside, never deleted, and a fresh state is created: ``State.rebuilt``
says why, so the run can warn (RP212). A folder the database cannot be written
in raises ``OutputError`` RP403.

Paths are stored as SQLite TEXT when they are valid Unicode, and otherwise (a
file name with undecodable bytes reaches Python with lone surrogates) as a BLOB
of their UTF-8 bytes with surrogates kept: a BLOB never equals a TEXT, so the
two forms cannot collide, and every ``str`` reads back identical.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePath

from .errors import Code, OutputError

#: The database's name inside OUT (hidden: it is not an output).
FILENAME = ".releasepipe-state.sqlite"

#: The schema version this code writes and the newest it reads. 0: the first,
#: unversioned schema; 1: ``files.root``, the ``temporaries`` table, paths that
#: are not valid Unicode stored as BLOBs.
SCHEMA_VERSION = 1

_FILES_V0 = ("path", "size", "mtime_ns", "sha256", "run_key", "outputs", "status", "error_code", "seconds",
             "language", "warnings", "updated")
_TABLES = {
    0: {"files": _FILES_V0, "meta": ("key", "value")},
    1: {"files": _FILES_V0 + ("root",), "meta": ("key", "value"), "temporaries": ("name",)},
}

_SCHEMA = """
CREATE TABLE files (
    path       TEXT PRIMARY KEY,   -- relative to its root, a BLOB when not valid Unicode
    size       INTEGER NOT NULL,
    mtime_ns   INTEGER NOT NULL,
    sha256     TEXT,
    run_key    TEXT NOT NULL,
    outputs    TEXT NOT NULL,      -- JSON list of paths relative to OUT
    status     TEXT NOT NULL,      -- ok | failed
    error_code TEXT,
    seconds    REAL,
    language   TEXT,
    warnings   TEXT,               -- JSON list of warning codes
    updated    TEXT NOT NULL,
    root       TEXT                -- the input folder or file the path was found under; NULL before version 1
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE temporaries (name TEXT PRIMARY KEY);  -- relative to OUT, recorded before the file is created
"""

_MIGRATIONS = {
    # 0 -> 1
    0: """
ALTER TABLE files ADD COLUMN root TEXT;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE temporaries (name TEXT PRIMARY KEY);
""",
}

# SQLite result codes (primary code: the low byte of the extended one).
_CORRUPT = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_NOT_WRITABLE = {3, 8, 10, 13, 14}  # SQLITE_PERM, _READONLY, _IOERR, _FULL, _CANTOPEN
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Row:
    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    run_key: str
    outputs: list[str]
    status: str
    error_code: str | None
    seconds: float | None
    language: str | None
    warnings: list[str]
    #: the resolved input folder or file ``path`` was found under; None for rows
    #: recorded before the state knew roots
    root: str | None = None


class _Unusable(Exception):
    """The file is not a state this code can use; the message says why, in one line."""


class State:
    """Open (or create) the state database of an output folder.

    Raises ``OutputError``: RP404 when the state was written by a newer
    releasepipe, RP403 when the folder does not let the database be written
    (read-only, full), RP402 when another process holds it locked. Every
    writing method raises RP403 the same way.
    """

    #: why the state file found in OUT could not be used and was replaced by a
    #: fresh one (one line, naming where the old one was moved), or None
    rebuilt: str | None
    #: where the unusable state file was moved, or None
    moved_aside: Path | None

    def __init__(self, out_dir: str | os.PathLike) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / FILENAME
        self.rebuilt = None
        self.moved_aside = None
        self._judge_with_log = False
        self._db = self._open()

    # -- reading ---------------------------------------------------------------------------------------

    def rows(self) -> dict[str, Row]:
        """Every recorded input, by path; every output named is inside OUT.

        A database found damaged only now is moved aside and replaced like at
        opening (see ``rebuilt``); the answer is then empty.
        """
        try:
            cur = self._db.execute(
                "SELECT path, size, mtime_ns, sha256, run_key, outputs, status, error_code, seconds, language,"
                " warnings, root FROM files")
            rows = {}
            for r in cur:
                path = str(r[0] if type(r[0]) is str else _dec(r[0]))
                outputs = _dec_list(r[5])
                if not all(map(_inside, outputs)):  # the runner deletes outputs: never one outside OUT
                    raise ValueError(f"an output outside the output folder: {outputs!r}")
                rows[path] = Row(path, r[1], r[2], r[3], r[4], outputs, r[6], r[7], r[8], r[9],
                                 _dec_list(r[10] or "[]"), r[11] if type(r[11]) is not bytes else _dec(r[11]))
            return rows
        except sqlite3.DatabaseError as exc:
            if _code(exc) not in _CORRUPT:
                raise self._as_output_error(exc, "read") from exc
            reason = _one_line(exc)
        except (ValueError, TypeError) as exc:  # a value that is not what this code wrote
            reason = f"a row that cannot be read ({_one_line(exc)})"
        self._replace(reason)
        return {}

    def get_meta(self, key: str) -> str | None:
        with self._errors("read"):
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (_enc(key),)).fetchone()
        return _dec(row[0]) if row else None

    def temporaries(self) -> list[str]:
        """The temporary files (relative to OUT) recorded by ``add_temporaries`` and not cleared since.

        Names that would reach outside OUT are never returned, whatever the file holds.
        """
        with self._errors("read"):
            names = [_dec(r[0]) for r in self._db.execute("SELECT name FROM temporaries")]
        return sorted(n for n in names if isinstance(n, str) and _inside(n))

    # -- writing ---------------------------------------------------------------------------------------

    def record(self, row: Row) -> None:
        """Store one input's outcome, committed at once."""
        with self._errors():
            self._db.execute(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, run_key, outputs, status, error_code,"
                " seconds, language, warnings, updated, root) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (_enc(row.path), row.size, row.mtime_ns, row.sha256, row.run_key, _enc_list(row.outputs),
                 row.status, row.error_code, row.seconds, row.language, _enc_list(row.warnings),
                 datetime.now(timezone.utc).isoformat(timespec="seconds"), _enc(row.root)))

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        """An input whose bytes did not change although its timestamp did (a fresh checkout)."""
        with self._errors():
            self._db.execute("UPDATE files SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, _enc(path)))

    def set_root(self, paths: Iterable[str], root: str) -> None:
        """Record that ``paths`` were found under ``root`` (rows kept from an earlier run), in one commit."""
        with self._errors(), self._transaction():
            self._db.executemany("UPDATE files SET root=? WHERE path=?", ((_enc(root), _enc(p)) for p in paths))

    def forget(self, path: str) -> None:
        with self._errors():
            self._db.execute("DELETE FROM files WHERE path=?", (_enc(path),))

    def set_meta(self, key: str, value: str) -> None:
        with self._errors():
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (_enc(key), _enc(value)))

    def add_temporaries(self, names: Iterable[str]) -> None:
        """Record temporary files (relative to OUT) before creating them, so that a later run can
        delete exactly these if this one dies first.

        Raises ValueError for a name that is absolute or climbs out of OUT with ``..``.
        """
        names = list(names)
        for name in names:
            if not _inside(name):
                raise ValueError(f"not a path inside the output folder: {name!r}")
        with self._errors(), self._transaction():
            self._db.executemany("INSERT OR IGNORE INTO temporaries VALUES (?)", ((_enc(n),) for n in names))

    def clear_temporaries(self, names: Iterable[str]) -> None:
        """Forget temporary files that were renamed into place or deleted."""
        with self._errors(), self._transaction():
            self._db.executemany("DELETE FROM temporaries WHERE name=?", ((_enc(n),) for n in names))

    def close(self) -> None:
        self._db.close()

    # -- opening ---------------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            reason = self._unusable_file()
            if reason is None:
                db = self._connect()
                try:
                    # again with the WAL's transactions, which are part of the state
                    self._check(db, thorough=self._judge_with_log)
                except BaseException:
                    db.close()
                    raise
                return self._prepare(db)
        except _Unusable as exc:
            reason = str(exc)
        self._move_aside(reason)
        return self._prepare(self._connect())

    def _unusable_file(self) -> str | None:
        """Why the file in place is no state, judged without changing it or its companions, or None.

        SQLite deletes a ``-journal`` it finds invalid and the ``-wal`` and
        ``-shm`` when it closes: the file is first read as immutable, so that a
        file moved aside keeps them.
        """
        # SQLite would write through a link to wherever it points, outside OUT
        if any(os.path.islink(f"{self.path}{suffix}") for suffix in ("",) + _COMPANIONS):
            return "the state file is not a regular file"
        try:
            st = os.stat(self.path) if os.path.lexists(self.path) else None
        except OSError:  # a dangling or looping symbolic link
            return "the state file is not a regular file"
        if st is None:
            return None
        if not stat.S_ISREG(st.st_mode):
            return "the state file is not a regular file"
        if st.st_size == 0:
            wal = Path(f"{self.path}-wal")
            return None if wal.is_file() and wal.stat().st_size else "the state file is empty"
        try:
            db = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as exc:
            raise self._as_output_error(exc) from exc
        try:
            self._check(db, thorough=True)
        except _Unusable:
            # Read as immutable, the file is judged without its write-ahead log; the last
            # transactions (all of them, when a full disk stopped the checkpoint) may be
            # there alone. It is then judged again with the log, when it is opened.
            if not self._has_log():
                raise
            self._judge_with_log = True
        finally:
            db.close()
        return None

    def _has_log(self) -> bool:
        """Whether an SQLite file stands beside a write-ahead log SQLite would read (by their magic numbers)."""
        try:
            with open(self.path, "rb") as db, open(f"{self.path}-wal", "rb") as wal:
                return db.read(16) == b"SQLite format 3\x00" and wal.read(4) in (b"\x37\x7f\x06\x82",
                                                                                   b"\x37\x7f\x06\x83")
        except OSError:
            return False

    def _connect(self) -> sqlite3.Connection:
        try:
            return sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._as_output_error(exc) from exc

    def _check(self, db: sqlite3.Connection, *, thorough: bool) -> None:
        """Refuse a newer state (OutputError); raise _Unusable for one that is not a releasepipe state.

        Reads only. ``thorough`` adds ``PRAGMA quick_check``, which finds damage
        before the run starts rather than on a query halfway through it: it
        measured 3.5-4 ms on a state of 10,000 rows (3.4 MB, warm cache), against
        0.3 ms to open the database and read its version.
        """
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise self._too_new(version)
            if thorough:
                problem = _one_line(db.execute("PRAGMA quick_check(1)").fetchone()[0])
                if problem != "ok":
                    problem = problem.removeprefix("*** in database main *** ")
                    raise _Unusable(f"damaged ({problem[:160]})")
            tables = {name: tuple(c[1] for c in db.execute(f"PRAGMA table_info('{name}')"))
                      for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            if _code(exc) in _CORRUPT:
                raise _Unusable(_one_line(exc)) from exc
            raise self._as_output_error(exc) from exc
        if version < 0:
            raise _Unusable(f"unknown state version {version}")
        if version == 0 and not tables:
            return  # a new database
        expected = dict(_TABLES[version])
        if version == 0 and "meta" not in tables:  # the first schema created it with files: tolerate its absence
            del expected["meta"]
        for name, columns in expected.items():
            if tables.get(name) != columns:
                found = f"columns {', '.join(tables[name])}" if name in tables else "no such table"
                raise _Unusable(f"not a releasepipe state (table {name}: {found})")

    def _too_new(self, version: int) -> OutputError:
        return OutputError(Code.STATE_TOO_NEW, (
            f"{self.path}: written by a newer releasepipe (state version {version}, this one reads up to"
            f" {SCHEMA_VERSION}): upgrade, or use another --out"))

    def _prepare(self, db: sqlite3.Connection) -> sqlite3.Connection:
        """WAL mode, then create or migrate the schema up to SCHEMA_VERSION, in one transaction."""
        self._db = db
        try:
            with self._errors():
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                with self._transaction():
                    version = db.execute("PRAGMA user_version").fetchone()[0]  # again, under the write lock
                    if version > SCHEMA_VERSION:
                        raise self._too_new(version)
                    if version == 0 and not db.execute("SELECT 1 FROM sqlite_schema WHERE name='files'").fetchone():
                        _script(db, _SCHEMA)
                    else:
                        for v in range(version, SCHEMA_VERSION):
                            _script(db, _MIGRATIONS[v])
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            db.close()
            raise
        return db

    def _replace(self, reason: str) -> None:
        """Move a state found damaged after opening aside and start a fresh one."""
        self._db.close()
        self._move_aside(reason)
        self._db = self._prepare(self._connect())

    def _move_aside(self, reason: str) -> None:
        """Rename the unusable state and its companions to ``<name>.corrupt-<UTC time>``: never deleted."""
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{FILENAME}.corrupt-{stamp}")
        n = 1
        while any(os.path.lexists(f"{aside}{s}") for s in ("",) + _COMPANIONS):
            n += 1
            aside = self.path.with_name(f"{FILENAME}.corrupt-{stamp}-{n}")
        try:
            for suffix in ("",) + _COMPANIONS:
                if os.path.lexists(f"{self.path}{suffix}"):
                    os.rename(f"{self.path}{suffix}", f"{aside}{suffix}")
        except OSError as exc:
            raise OutputError(Code.OUTPUT_NOT_WRITABLE, (
                f"{self.out_dir}: cannot write the state database: {reason}, and it cannot be moved aside:"
                f" {exc.strerror or exc}")) from exc
        self.moved_aside = aside
        self.rebuilt = f"{reason}; moved aside to {aside.name}"

    # -- errors ----------------------------------------------------------------------------------------

    @contextmanager
    def _errors(self, verb: str = "write") -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise self._as_output_error(exc, verb) from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:  # a failed COMMIT (a full disk) leaves the transaction open
                self._db.execute("ROLLBACK")
            raise

    def _as_output_error(self, exc: sqlite3.Error, verb: str = "write") -> Exception:
        """The OutputError the run stops with for an SQLite error, or the error itself when unexpected."""
        code = _code(exc)
        if code in (8, 13):  # SQLITE_READONLY, SQLITE_FULL: whatever was asked, a write failed
            verb = "write"
        if code in _BUSY:
            return OutputError(Code.OUTPUT_LOCKED, f"{self.out_dir}: the state database is locked by another process")
        if code in _NOT_WRITABLE or code in _CORRUPT:
            return OutputError(Code.OUTPUT_NOT_WRITABLE,
                               f"{self.out_dir}: cannot {verb} the state database: {_one_line(exc)}")
        return exc


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if code is not None else None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _script(db: sqlite3.Connection, script: str) -> None:
    """Run each statement of ``script`` inside the open transaction (``executescript`` would commit it)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def _enc(value: str | None) -> str | bytes | None:
    """TEXT when ``value`` is valid Unicode, else a BLOB of its UTF-8 bytes with surrogates kept."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")
    return value


def _dec(value: str | bytes | None) -> str | None:
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    return value


def _enc_list(values: list[str]) -> str | bytes:
    # ensure_ascii=False: "\ud83d\ude00" escapes would read back as one character, not the two written
    return _enc(json.dumps(values, ensure_ascii=False))  # type: ignore[return-value]


def _dec_list(value: str | bytes) -> list[str]:
    values = json.loads(value if type(value) is str else _dec(value))  # type: ignore[arg-type]
    if type(values) is not list or not set(map(type, values)) <= {str}:
        raise ValueError(f"not a list of names: {_one_line(values)[:80]}")
    return values


def _inside(name: str) -> bool:
    """Whether ``name`` is a relative path that stays inside the folder it is relative to.

    As this system reads it: on Windows ``C:x`` and ``\\\\server\\share`` are outside, on POSIX they
    are plain names.
    """
    parts = PurePath(name).parts
    return bool(parts) and not PurePath(name).anchor and ".." not in parts
