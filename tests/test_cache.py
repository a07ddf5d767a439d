"""The paragraph cache: the model reads each paragraph once, and the releases are the same without it."""

import os
import sqlite3

import pytest

from releasepipe import cache as cache_mod
from releasepipe.cache import ParagraphCache
from releasepipe.model import Document, Source
from releasepipe.pipeline import load_pipeline, process_many

SALT = cache_mod.salt("fr", "model", "1.0")


def test_cache_keys_depend_on_text_and_salt():
    assert cache_mod.key(SALT, "Un paragraphe.") == cache_mod.key(SALT, "Un paragraphe.")
    assert cache_mod.key(SALT, "Un paragraphe.") != cache_mod.key(SALT, "Un paragraphe. ")
    assert cache_mod.key(SALT, "Un paragraphe.") != cache_mod.key(cache_mod.salt("fr", "model", "1.1"), "Un paragraphe.")


def test_cache_memory_is_bounded_least_recently_used_first():
    cache = ParagraphCache(memory_entries=2)
    a, b, c = (cache_mod.key(SALT, t) for t in "abc")
    cache.put_many([(a, [(0, 1, "PER", "")]), (b, [])])
    assert cache.get_many([a]) == {a: ((0, 1, "PER", ""),)}  # a is now the most recent
    cache.put_many([(c, [])])
    assert set(cache.get_many([a, b, c])) == {a, c}


def test_cache_kept_between_runs_and_evicted_by_last_use(tmp_path):
    path = tmp_path / cache_mod.FILENAME
    keys = [cache_mod.key(SALT, f"paragraphe {i}") for i in range(5)]
    first = ParagraphCache(path)
    first.put_many((k, [(0, 3, "LOC", "")]) for k in keys)
    first.close()
    second = ParagraphCache(path, max_entries=2)
    assert second.get_many(keys[3:]) == {k: ((0, 3, "LOC", ""),) for k in keys[3:]}  # used by the later run
    assert second.evict() == 3
    second.close()
    third = ParagraphCache(path)
    assert set(third.get_many(keys)) == set(keys[3:])
    third.close()


@pytest.mark.parametrize("content", [b"not a database, a user's notes\n", None])
def test_cache_never_touches_a_file_it_did_not_write(tmp_path, content):
    path = tmp_path / cache_mod.FILENAME
    if content is None:  # another program's SQLite database of that name
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE notes (line TEXT)")
        db.commit()
        db.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    cache = ParagraphCache(path)
    k = cache_mod.key(SALT, "x")
    cache.put_many([(k, [])])
    assert cache.get_many([k]) == {k: ()}  # memory still works
    cache.close()
    assert "paragraph cache not used" in cache.problem
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [cache_mod.FILENAME]


def test_cache_path_taken_by_a_folder_is_a_problem_not_an_error(tmp_path):
    (tmp_path / cache_mod.FILENAME).mkdir()
    cache = ParagraphCache(tmp_path / cache_mod.FILENAME)
    assert cache.problem and "not a regular file" in cache.problem
    assert cache_mod.prepare(tmp_path / cache_mod.FILENAME) == cache.problem


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes to read-only folders")
def test_cache_in_read_only_folder_is_a_problem_not_an_error(tmp_path):
    tmp_path.chmod(0o555)
    try:
        cache = ParagraphCache(tmp_path / cache_mod.FILENAME)
        assert cache.problem and "paragraph cache not used" in cache.problem
    finally:
        tmp_path.chmod(0o755)


# The same "about" block and contact block in releases of three languages, and a
# paragraph written twice in one release.
_ABOUT_FR = ("À propos de Solidarité Rivière : fondée en 1987 à Lyon par Marguerite Dubois, l'association "
             "aide les familles sinistrées en France, au Sénégal et au Mali.")
_CONTACT = "Contact presse : Paul Lefèvre, +33 1 42 68 53 00, paul.lefevre@example.org"
_RELEASES = {
    "fr/a.txt": f"Communiqué de presse\n\nDes abris à Dakar\n\nDAKAR, 4 juin 2024 – Trois abris ont ouvert pour "
                f"1 200 familles, a déclaré Awa Diop, directrice du programme.\n\n{_ABOUT_FR}\n\n{_CONTACT}",
    "fr/b.txt": f"Communiqué de presse\n\nUne école rouverte à Bamako\n\nBAMAKO, 6 juin 2024 – L'école du quartier "
                f"a rouvert ses portes à 300 élèves, selon Issa Traoré.\n\n{_ABOUT_FR}\n\n{_ABOUT_FR}\n\n{_CONTACT}",
    "en/c.txt": f"Press release\n\nShelters open in Dakar\n\nDAKAR, 4 June 2024 – Three shelters opened for 1,200 "
                f"families, said Awa Diop, the programme's director.\n\n{_ABOUT_FR}\n\n{_CONTACT}",
    "es/d.txt": f"Comunicado de prensa\n\nRefugios en Dakar\n\nDAKAR, 4 de junio de 2024 – Tres refugios abrieron "
                f"para 1.200 familias, dijo Awa Diop, directora del programa.\n\n{_ABOUT_FR}\n\n{_CONTACT}",
}


def _items():
    return [(Document(text=text, format="txt"), Source(path, "txt", len(text), "0" * 64))
            for path, text in _RELEASES.items()]


@pytest.fixture
def counted(monkeypatch):
    """Every paragraph the models read, as (model, text)."""
    from spacy.language import Language

    read: list[tuple[str, str]] = []
    real_pipe = Language.pipe

    def pipe(nlp, texts, *args, **kwargs):
        texts = list(texts)
        read.extend((f'{nlp.meta["lang"]}_{nlp.meta["name"]}', t) for t in texts)
        return real_pipe(nlp, texts, *args, **kwargs)

    monkeypatch.setattr(Language, "pipe", pipe)
    return read


def test_cache_releases_identical_and_each_paragraph_read_once(counted):
    config = load_pipeline("fast")
    plain = [r.to_dict() for r in process_many(_items(), config=config)]
    without = len(counted)
    counted.clear()
    cache = ParagraphCache()
    first = [r.to_dict() for r in process_many(_items(), config=config, cache=cache)]
    assert first == plain
    # each distinct paragraph once per model; the French block, written in releases of
    # three languages (and twice in one), is read once, by the French model
    assert len(counted) == len(set(counted)) < without
    assert [model for model, text in counted if text == _ABOUT_FR] == ["fr_core_news_sm"]
    counted.clear()
    again = [r.to_dict() for r in process_many(list(reversed(_items())), config=config, cache=cache)]
    assert again == list(reversed(plain))
    assert counted == []  # every paragraph known: no model ran


def test_cache_of_a_run_shared_by_workers_and_kept_in_out(tmp_path):
    from releasepipe.runner import RunSettings, run

    inbox = tmp_path / "in"
    for path, text in _RELEASES.items():
        (inbox / path).parent.mkdir(parents=True, exist_ok=True)
        (inbox / path).write_text(text, encoding="utf-8")
    config = load_pipeline("fast")
    outs = {}
    for name, settings in [("none", RunSettings(jobs=1, docx=False, cache=False)),
                           ("two", RunSettings(jobs=2, docx=False)),
                           ("one", RunSettings(jobs=1, docx=False))]:
        out = tmp_path / name
        report = run([inbox], out, config=config, settings=settings)
        assert report.notices == []
        outs[name] = (out / "releases.jsonl").read_bytes()
        assert (out / cache_mod.FILENAME).exists() == settings.cache
    assert outs["none"] == outs["two"] == outs["one"]
    # a forced rerun reads every paragraph from OUT's cache: same outputs
    out = tmp_path / "one"
    db = sqlite3.connect(out / cache_mod.FILENAME)
    stored = db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    db.close()
    assert stored > 0
    run([inbox], out, config=config, settings=RunSettings(jobs=1, docx=False, force=True))
    assert (out / "releases.jsonl").read_bytes() == outs["none"]


@pytest.mark.parametrize("companion", ["", "-wal"])
def test_cache_never_writes_through_a_link(tmp_path, companion):
    """A link in OUT named like the cache (or its journal) pointing elsewhere: nothing is created there."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{cache_mod.FILENAME}{companion}").symlink_to(elsewhere / "target")
    cache = ParagraphCache(out / cache_mod.FILENAME)
    cache.put_many([(cache_mod.key(SALT, "x"), [])])
    cache.close()
    assert cache.problem and "is a link" in cache.problem
    assert list(elsewhere.iterdir()) == []
