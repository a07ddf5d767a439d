"""The state of an output folder, for incremental runs: an embedded SQLite database.

One row per input file: its size, modification time and content hash, the key
of the pipeline and options that produced its outputs, the outputs, status and
timing. A rerun compares each input with its row and redoes only what changed.
Rows are committed as each release is written, so a run stopped by Ctrl-C or a
kill resumes where it stopped.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

#: The database's name inside OUT (hidden: it is not an output).
FILENAME = ".releasepipe-state.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path       TEXT PRIMARY KEY,
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
    updated    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


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


class State:
    """Open (or create) the state database of an output folder."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / FILENAME
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def rows(self) -> dict[str, Row]:
        """Every recorded input, by path."""
        cur = self._db.execute(
            "SELECT path, size, mtime_ns, sha256, run_key, outputs, status, error_code, seconds, language, warnings"
            " FROM files")
        return {r[0]: Row(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7], r[8], r[9],
                          json.loads(r[10] or "[]")) for r in cur}

    def record(self, row: Row) -> None:
        """Store one input's outcome, committed at once."""
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (row.path, row.size, row.mtime_ns, row.sha256, row.run_key, json.dumps(row.outputs), row.status,
             row.error_code, row.seconds, row.language, json.dumps(row.warnings),
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
        self._db.commit()

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        """An input whose bytes did not change although its timestamp did (a fresh checkout)."""
        self._db.execute("UPDATE files SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, path))
        self._db.commit()

    def forget(self, path: str) -> None:
        self._db.execute("DELETE FROM files WHERE path=?", (path,))
        self._db.commit()

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (key, value))
        self._db.commit()

    def close(self) -> None:
        self._db.close()
