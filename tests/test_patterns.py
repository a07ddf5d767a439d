"""Large regular expressions compiled once and rebuilt from their kept code."""

import re

import pytest

from releasepipe import patterns


class _Store:
    def __init__(self):
        self.rows = {}
        self.reads = 0

    def get_pattern(self, k):
        self.reads += 1
        return self.rows.get(k)

    def put_pattern(self, k, code):
        self.rows[k] = code


# A pattern past the size limit, built like spaCy's French tokenizer exceptions: many
# alternatives, each with a large character class.
_WORDS = [f"mot{i:05d}" for i in range(9000)]
_LARGE = "(?iu)(?:" + "|".join(f"^{w}[-–][a-zà-ÿ]+$" for w in _WORDS) + r")|(?P<tail>^zz\d+$)"


@pytest.fixture
def store():
    s = _Store()
    assert patterns.install(s)
    re.purge()
    yield s
    patterns.uninstall()
    re.purge()


@pytest.mark.parametrize("word, matched", [
    ("mot00042-là", True), ("MOT08999-été", True), ("mot00042", False), ("mot9000-xx", False), ("zz17", True),
])
def test_patterns_a_large_pattern_rebuilt_from_its_code_matches_as_compiled(store, word, matched):
    assert len(_LARGE) > patterns.LIMIT
    first = re.compile(_LARGE)
    assert len(store.rows) == 1
    re.purge()
    rebuilt = re.compile(_LARGE)
    assert rebuilt is not first and store.reads == 2
    assert (rebuilt.pattern, rebuilt.flags, rebuilt.groupindex) == (first.pattern, first.flags, first.groupindex)
    assert bool(rebuilt.match(word)) == bool(first.match(word)) == matched


@pytest.mark.parametrize("damage", [
    lambda code: code[:-64],  # cut short
    lambda code: b'["x"]\0garbage',  # not code at all
    lambda code: b'[0, 99999999, {}, []]\0' + code.partition(b"\0")[2],  # millions of groups asked for
    lambda code: code + code.partition(b"\0")[2] * 40,  # bloated
])
def test_patterns_a_damaged_row_is_compiled_again_and_replaced(store, damage):
    re.compile(_LARGE)
    (k,) = store.rows
    good = store.rows[k]
    store.rows[k] = damage(good)
    re.purge()
    assert re.compile(_LARGE).match("mot00001-là")
    assert store.rows[k] == good


def test_patterns_small_patterns_are_compiled_as_usual(store):
    assert re.compile(r"\bab+c\b").search("x abbc y")
    assert store.rows == {} and store.reads == 0


def test_patterns_a_run_keeps_the_french_tokenizers_exceptions_in_out(tmp_path):
    import sqlite3
    import subprocess
    import sys

    from releasepipe import cache

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Communiqué de presse\n\nDes abris à Dakar\n\nDAKAR, 4 juin 2024 – Trois abris "
                                 "ont ouvert aujourd'hui pour 1 200 familles.\n", encoding="utf-8")
    outputs, rows = [], []
    for _ in range(2):  # a fresh worker process each time: the second builds the pattern from OUT
        subprocess.run([sys.executable, "-m", "releasepipe.cli", "run", str(inbox), "--out", str(tmp_path / "out"),
                        "--no-docx", "--force"], check=True, capture_output=True)
        outputs.append((tmp_path / "out" / "releases.jsonl").read_bytes())
        db = sqlite3.connect(tmp_path / "out" / cache.FILENAME)
        rows.append(db.execute("SELECT key, length(code), used FROM patterns").fetchall())
        db.close()
    assert len(rows[0]) == 1 and rows[0][0][1] > 100_000  # the first run compiled and kept it
    assert [r[:2] for r in rows[1]] == [r[:2] for r in rows[0]] and rows[1][0][2] > rows[0][0][2]  # the second read it
    assert outputs[0] == outputs[1]
