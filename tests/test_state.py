"""The output folder's state database: versions, damaged files, unwritable folders, any path, roots, temporaries."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from releasepipe.errors import Code, OutputError
from releasepipe.state import FILENAME, SCHEMA_VERSION, Row, State

#: The first schema, as the first releasepipe with a state wrote it (no version, no roots).
SCHEMA_V0 = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT, run_key TEXT NOT NULL,
    outputs TEXT NOT NULL, status TEXT NOT NULL, error_code TEXT, seconds REAL, language TEXT, warnings TEXT,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def row(path: str, **changes) -> Row:
    fields = dict(path=path, size=120, mtime_ns=1_700_000_000_000_000_000, sha256="ab" * 32, run_key="k1",
                  outputs=[str(Path(path).with_suffix(".json"))], status="ok", error_code=None, seconds=0.25,
                  language="fr", warnings=["RP202"])
    fields.update(changes)
    return Row(**fields)


def healthy_state(out: Path, n: int) -> Path:
    """A state of ``n`` rows, closed (its WAL checkpointed into the file); its path."""
    out.mkdir(exist_ok=True)
    state = State(out)
    for i in range(n):
        state.record(row(f"releases/{i:05d}-communique-de-presse.txt"))
    state.close()
    return out / FILENAME


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def sqlite_file(path: Path, script: str) -> None:
    db = sqlite3.connect(path)
    db.executescript(script)
    db.close()


# -- damaged or foreign state files --------------------------------------------------------------------


def random_bytes(out: Path) -> None:
    (out / FILENAME).write_bytes(random.Random(7).randbytes(20_000))


def truncated_header(out: Path) -> None:
    path = healthy_state(out, 50)
    path.write_bytes(path.read_bytes()[:60])


def truncated_half(out: Path) -> None:
    path = healthy_state(out, 2000)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def page_overwritten(out: Path) -> None:
    path = healthy_state(out, 2000)
    data = bytearray(path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))


def wrong_files_table(out: Path) -> None:
    sqlite_file(out / FILENAME, "CREATE TABLE files (name TEXT, body BLOB); INSERT INTO files VALUES ('a', x'00');")


def another_database(out: Path) -> None:
    sqlite_file(out / FILENAME, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                                "INSERT INTO customers VALUES (1, 'x');")


def empty_file(out: Path) -> None:
    (out / FILENAME).write_bytes(b"")


def a_directory(out: Path) -> None:
    (out / FILENAME).mkdir()
    (out / FILENAME / "inside.txt").write_text("kept", encoding="utf-8")


def dangling_link(out: Path) -> None:
    (out / FILENAME).symlink_to(out / "nowhere")


@pytest.mark.parametrize("linked", ["", "-wal"])
def test_state_link_out_of_out_is_never_written_through(tmp_path, linked):
    """A state file (or companion) that is a link to a file elsewhere is moved aside, its target untouched."""
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere.db"
    out.mkdir()
    (tmp_path / "first").mkdir()
    State(tmp_path / "first").close()  # a valid state database, outside OUT
    elsewhere.write_bytes((tmp_path / "first" / FILENAME).read_bytes())
    before = elsewhere.read_bytes()
    if linked:
        State(out).close()
    link = Path(f"{out / FILENAME}{linked}")
    link.unlink(missing_ok=True)
    link.symlink_to(elsewhere)
    state = State(out)
    try:
        assert state.rebuilt is not None and "not a regular file" in state.rebuilt
    finally:
        state.close()
    assert elsewhere.read_bytes() == before
    assert not (out / FILENAME).is_symlink()


@pytest.mark.parametrize("damage, reason", [
    (random_bytes, "file is not a database"),
    (truncated_header, "malformed"),
    (truncated_half, "malformed"),
    (page_overwritten, "damaged"),
    (wrong_files_table, "table files: columns name, body"),
    (another_database, "table files: no such table"),
    (empty_file, "empty"),
    (a_directory, "not a regular file"),
    (dangling_link, "not a regular file"),
])
def test_state_unusable_file_moved_aside_and_rebuilt(tmp_path, damage, reason):
    out = tmp_path / "out"
    out.mkdir()
    damage(out)
    found = out / FILENAME
    before = found.read_bytes() if found.is_file() else None
    state = State(out)
    try:
        assert state.rebuilt is not None and reason in state.rebuilt and "\n" not in state.rebuilt
        assert state.moved_aside is not None and state.moved_aside.name in state.rebuilt
        assert state.moved_aside.name.startswith(f"{FILENAME}.corrupt-")
        assert state.rows() == {}
        state.record(row("fr/niamey.txt"))
        assert list(state.rows()) == ["fr/niamey.txt"]
    finally:
        state.close()
    assert os.path.lexists(state.moved_aside)  # never deleted
    if before is not None:
        assert state.moved_aside.read_bytes() == before
    if damage is a_directory:
        assert (state.moved_aside / "inside.txt").read_text(encoding="utf-8") == "kept"
    assert user_version(found) == SCHEMA_VERSION
    again = State(out)  # the fresh state is a good one
    try:
        assert again.rebuilt is None and list(again.rows()) == ["fr/niamey.txt"]
    finally:
        again.close()


def test_state_companions_moved_aside_with_the_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    random_bytes(out)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{out / FILENAME}{suffix}").write_bytes(suffix.encode() * 100)
    state = State(out)
    state.close()
    for suffix in ("-wal", "-shm", "-journal"):
        assert Path(f"{state.moved_aside}{suffix}").read_bytes() == suffix.encode() * 100


def test_state_second_damage_in_the_same_second_gets_its_own_name(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    asides = []
    for _ in range(3):
        random_bytes(out)
        state = State(out)
        state.close()
        asides.append(state.moved_aside)
    assert len(set(asides)) == 3 and all(p.read_bytes() == asides[0].read_bytes() for p in asides)


@pytest.mark.parametrize("outputs", ["{not json", '"a.json"', '["a.json", 3]', '["../../home/me/notes.txt"]',
                                     '["/etc/passwd"]'])
def test_state_row_that_cannot_be_read_rebuilds_at_rows(tmp_path, outputs):
    out = tmp_path / "out"
    healthy_state(out, 3)
    db = sqlite3.connect(out / FILENAME)
    db.execute("UPDATE files SET outputs=? WHERE path LIKE '%00001%'", (outputs,))
    db.commit()
    db.close()
    state = State(out)
    try:
        assert state.rebuilt is None
        assert state.rows() == {}
        assert state.rebuilt is not None and "cannot be read" in state.rebuilt
        state.record(row("fr/dakar.txt"))
        assert list(state.rows()) == ["fr/dakar.txt"]
    finally:
        state.close()
    kept = sqlite3.connect(state.moved_aside)
    assert kept.execute("SELECT count(*) FROM files").fetchone()[0] == 3
    kept.close()


def test_state_killed_run_keeps_the_rows_in_its_wal(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    script = (
        "import os, sys; from releasepipe.state import State, Row; s = State(sys.argv[1]);\n"
        "for i in range(20): s.record(Row(f'{i:02d}.txt', 1, 2, None, 'k', [f'{i:02d}.json'], 'ok', None, None,"
        " None, [], '/in'))\n"
        "os._exit(0)  # no close: the rows are in the WAL only"
    )
    subprocess.run([sys.executable, "-c", script, str(out)], check=True)
    assert Path(f"{out / FILENAME}-wal").stat().st_size > 0
    state = State(out)
    try:
        assert state.rebuilt is None
        assert sorted(state.rows()) == [f"{i:02d}.txt" for i in range(20)]
    finally:
        state.close()


def test_state_file_inconsistent_without_its_wal_is_kept(tmp_path):
    """A full disk can stop a checkpoint after the header of the file grew: read alone (as immutable)
    the file is malformed, with its write-ahead log it is whole, and it is kept."""
    import struct

    out = tmp_path / "out"
    out.mkdir()
    script = (
        "import os, sys; from releasepipe.state import State, Row; s = State(sys.argv[1]);\n"
        "s.record(Row('a.txt', 1, 2, None, 'k', ['a.json'], 'ok', None, None, None, [], '/in'))\n"
        "os._exit(0)  # no close: the row is in the WAL only"
    )
    subprocess.run([sys.executable, "-c", script, str(out)], check=True)
    raw = bytearray((out / FILENAME).read_bytes())
    raw[28:32] = struct.pack(">I", struct.unpack(">I", raw[28:32])[0] + 5)  # the header's page count
    (out / FILENAME).write_bytes(bytes(raw))
    state = State(out)
    try:
        assert state.rebuilt is None
        assert sorted(state.rows()) == ["a.txt"]
    finally:
        state.close()


# -- versions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_state_newer_version_refused_and_left_alone(tmp_path, version):
    out = tmp_path / "out"
    path = healthy_state(out, 3)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={version}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(OutputError) as caught:
        State(out)
    assert caught.value.code is Code.STATE_TOO_NEW
    assert f"state version {version}, this one reads up to {SCHEMA_VERSION}" in str(caught.value)
    assert "upgrade, or use another --out" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [FILENAME]


@pytest.mark.parametrize("script, meta", [
    (SCHEMA_V0 + "INSERT INTO meta VALUES ('batch', 'b-1');", "b-1"),
    (SCHEMA_V0.split("CREATE TABLE IF NOT EXISTS meta")[0], None),
])
def test_state_version_0_migrated_with_rows_kept(tmp_path, script, meta):
    out = tmp_path / "out"
    out.mkdir()
    sqlite_file(out / FILENAME, script + """
        INSERT INTO files VALUES ('fr/niamey.txt', 10, 20, 'aa', 'k0', '["fr/niamey.json"]', 'ok', NULL, 0.5, 'fr',
                                  '["RP202"]', '2024-10-14T00:00:00+00:00');
        INSERT INTO files VALUES ('ru/москва.txt', 11, 21, NULL, 'k0', '["ru/\\u043c\\u043e\\u0441\\u043a\\u0432\\u0430.json"]',
                                  'failed', 'RP104', NULL, NULL, NULL, '2024-10-14T00:00:00+00:00');
    """)
    assert user_version(out / FILENAME) == 0
    state = State(out)
    try:
        assert state.rebuilt is None
        assert state.rows() == {
            "fr/niamey.txt": Row("fr/niamey.txt", 10, 20, "aa", "k0", ["fr/niamey.json"], "ok", None, 0.5, "fr",
                                 ["RP202"]),
            "ru/москва.txt": Row("ru/москва.txt", 11, 21, None, "k0", ["ru/москва.json"], "failed", "RP104", None,
                                 None, []),
        }
        assert state.get_meta("batch") == meta
        state.record(row("de/berlin.txt", root="/in"))
        state.add_temporaries(["de/.berlin.json.part"])
    finally:
        state.close()
    assert user_version(out / FILENAME) == SCHEMA_VERSION
    state = State(out)
    try:
        assert state.rows()["de/berlin.txt"].root == "/in" and state.rows()["fr/niamey.txt"].root is None
        assert state.temporaries() == ["de/.berlin.json.part"]
    finally:
        state.close()


def test_state_row_keeps_its_eleven_field_constructor():
    assert Row("a.txt", 1, 2, None, "k", ["a.json"], "ok", None, None, None, []).root is None
    assert Row("a.txt", 1, 2, None, "k", ["a.json"], "ok", None, None, None, [], "/in").root == "/in"


# -- folders the database cannot be written in ------------------------------------------------------------


def test_state_output_folder_that_is_a_file_raises_not_writable(tmp_path):
    out = tmp_path / "out"
    out.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        State(out)
    assert caught.value.code is Code.OUTPUT_NOT_WRITABLE
    assert str(caught.value).startswith(f"{out}: cannot write the state database: unable to open database file")


@pytest.mark.parametrize("write", [
    lambda s: s.record(row("x/" + "long-name-" * 400 + ".txt")),
    lambda s: s.set_meta("batch", "b" * 20_000),
    lambda s: s.add_temporaries([f"t/{i:04d}-" + "p" * 200 for i in range(200)]),
])
def test_state_full_disk_on_write_raises_not_writable(tmp_path, write):
    state = State(tmp_path)
    try:
        pages = state._db.execute("PRAGMA page_count").fetchone()[0]
        state._db.execute(f"PRAGMA max_page_count={pages}")  # what a full disk looks like to SQLite
        with pytest.raises(OutputError) as caught:
            write(state)
        assert caught.value.code is Code.OUTPUT_NOT_WRITABLE
        assert str(caught.value).startswith(f"{tmp_path}: cannot write the state database: database or disk is full")
        assert state.temporaries() == []  # a batch is written whole or not at all
    finally:
        state.close()


needs_modes = pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                                 reason="file modes are not enforced (root, or not POSIX)")


@needs_modes
@pytest.mark.parametrize("existing", [0, 5])
def test_state_read_only_folder_raises_not_writable(tmp_path, existing):
    out = tmp_path / "out"
    out.mkdir()
    if existing:
        healthy_state(out, existing)
    out.chmod(0o555)
    try:
        with pytest.raises(OutputError) as caught:
            State(out)
        assert caught.value.code is Code.OUTPUT_NOT_WRITABLE
        assert str(caught.value).startswith(f"{out}: cannot write the state database: ")
    finally:
        out.chmod(0o755)
    if existing:
        state = State(out)
        try:
            assert len(state.rows()) == existing
        finally:
            state.close()


@needs_modes
def test_state_damaged_file_in_read_only_folder_raises_not_writable(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    random_bytes(out)
    out.chmod(0o555)
    try:
        with pytest.raises(OutputError) as caught:
            State(out)
        assert caught.value.code is Code.OUTPUT_NOT_WRITABLE and "moved aside" in str(caught.value)
    finally:
        out.chmod(0o755)
    assert (out / FILENAME).read_bytes() == random.Random(7).randbytes(20_000)


@needs_modes
def test_state_read_only_file_raises_not_writable_on_write(tmp_path):
    out = tmp_path / "out"
    healthy_state(out, 2)
    (out / FILENAME).chmod(0o444)
    try:
        with pytest.raises(OutputError) as caught:
            State(out)  # SQLite opens a file it cannot write read-only: the first write fails
        assert caught.value.code is Code.OUTPUT_NOT_WRITABLE
        assert str(caught.value).startswith(f"{out}: cannot write the state database: attempt to write a readonly")
    finally:
        (out / FILENAME).chmod(0o644)
    assert (out / FILENAME).is_file() and not list(out.glob("*.corrupt-*"))  # not taken for a damaged file


# -- any path Python can name --------------------------------------------------------------------------


PATHS = [
    "plain.txt",
    "fr/communiqué été.txt",
    os.fsdecode(b"latin1-\xe9t\xe9.txt"),  # a file name that is not UTF-8, as os.walk gives it
    os.fsdecode(b"dir-\xff/\xfe.txt"),
    "lone-high-\ud800.txt",
    "pair-\ud83d\ude00.txt",  # two surrogates: not the same name as the emoji
    "emoji-😀.txt",
    "nul-\x00.txt",
]


@pytest.mark.parametrize("path", PATHS)
def test_state_any_path_round_trips(tmp_path, path):
    state = State(tmp_path)
    try:
        state.record(row(path, outputs=[path + ".json", "x.json"], warnings=[path], root="/in/" + path))
        state.set_meta(path, path)
        state.add_temporaries([path + ".part"])
    finally:
        state.close()
    state = State(tmp_path)
    try:
        (got,) = state.rows().values()
        assert got == row(path, outputs=[path + ".json", "x.json"], warnings=[path], root="/in/" + path)
        assert state.get_meta(path) == path and state.temporaries() == [path + ".part"]
        state.touch(path, 1, 2)
        state.set_root([path], "/other")
        assert (state.rows()[path].size, state.rows()[path].root) == (1, "/other")
        state.clear_temporaries([path + ".part"])
        state.forget(path)
        assert state.rows() == {} and state.temporaries() == []
    finally:
        state.close()


def test_state_paths_that_look_alike_stay_apart(tmp_path):
    alike = ["pair-\ud83d\ude00.txt", "pair-😀.txt", os.fsdecode(b"y-\xff.txt"), "y-\xff.txt", "y-\\udcff.txt"]
    state = State(tmp_path)
    try:
        for i, path in enumerate(alike):
            state.record(row(path, size=i))
        assert {p: r.size for p, r in state.rows().items()} == {p: i for i, p in enumerate(alike)}
    finally:
        state.close()


# -- roots and temporaries --------------------------------------------------------------------------------


def test_state_roots_recorded_and_reassigned(tmp_path):
    state = State(tmp_path)
    try:
        state.record(row("a.txt", root="/in/one"))
        state.record(row("b.txt", root="/in/one"))
        state.record(row("c.txt"))
        state.set_root(["b.txt", "c.txt", "not-recorded.txt"], "/in/two")
        assert {p: r.root for p, r in state.rows().items()} == {"a.txt": "/in/one", "b.txt": "/in/two",
                                                                "c.txt": "/in/two"}
        state.record(row("a.txt", root=None))
        assert state.rows()["a.txt"].root is None
    finally:
        state.close()


def test_state_temporaries_added_listed_cleared_across_runs(tmp_path):
    state = State(tmp_path)
    try:
        state.add_temporaries(["fr/.niamey.json.part", ".releases.jsonl.part"])
        state.add_temporaries(["fr/.niamey.json.part"])  # twice is once
    finally:
        state.close()
    state = State(tmp_path)
    try:
        assert state.temporaries() == [".releases.jsonl.part", "fr/.niamey.json.part"]
        state.clear_temporaries(["fr/.niamey.json.part", "never-added.part"])
        assert state.temporaries() == [".releases.jsonl.part"]
    finally:
        state.close()


OUTSIDE = ["", ".", "../x.part", "fr/../../x.part", "/etc/passwd", "fr/./../../x.part"]
if os.name == "nt":
    OUTSIDE += ["\\\\server\\share\\x.part", "C:\\x.part", "C:x.part", "..\\x.part", "\\x.part"]


@pytest.mark.parametrize("name", OUTSIDE)
def test_state_temporaries_outside_out_refused(tmp_path, name):
    state = State(tmp_path)
    try:
        with pytest.raises(ValueError, match="not a path inside the output folder"):
            state.add_temporaries(["ok.part", name])
        assert state.temporaries() == []  # nothing of the batch recorded
        state._db.execute("INSERT INTO temporaries VALUES (?)", (name,))  # a state edited by hand
        state.add_temporaries(["ok.part"])
        assert state.temporaries() == ["ok.part"]
    finally:
        state.close()
