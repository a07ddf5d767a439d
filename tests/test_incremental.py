"""Incremental runs for CI: only new or changed inputs are processed; parallel runs match serial ones."""

import json
import os
import subprocess
import sys

import pytest

from releasepipe import runner
from releasepipe.pipeline import PipelineConfig, load_pipeline
from releasepipe.runner import RunSettings, run

JSON_ONLY = RunSettings(docx=False)


def release_text(city: str, n: int) -> str:
    return (f"Communiqué de presse\n\nL’aide humanitaire arrive à {city}\n\n"
            f"{city.upper()}, 14 octobre 2024 – Plus de {n} 000 personnes ont reçu une aide alimentaire "
            f"cette semaine, selon les autorités locales et les organisations partenaires.\n")


@pytest.fixture()
def inbox(tmp_path):
    src = tmp_path / "in"
    (src / "fr").mkdir(parents=True)
    for i, city in enumerate(["Niamey", "Dakar", "Bamako", "Conakry"]):
        (src / "fr" / f"{city.lower()}.txt").write_text(release_text(city, i + 2), encoding="utf-8")
    return src


def statuses(report):
    return {f.path: ("reused" if f.reused else f.status) for f in report.files}


def test_incremental_second_ci_run_processes_only_added_and_edited(inbox, tmp_path, rules_only):
    out = tmp_path / "out"
    first = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert first.counts["processed"] == 4
    # A fresh checkout: same bytes, new timestamps; then one release added and one edited.
    for path in inbox.rglob("*.txt"):
        os.utime(path, ns=(10**18, 10**18))
    (inbox / "fr" / "agadez.txt").write_text(release_text("Agadez", 9), encoding="utf-8")
    (inbox / "fr" / "dakar.txt").write_text(release_text("Dakar", 7), encoding="utf-8")
    second = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert statuses(second) == {"fr/agadez.txt": "ok", "fr/dakar.txt": "ok", "fr/bamako.txt": "reused",
                                "fr/conakry.txt": "reused", "fr/niamey.txt": "reused"}
    lines = [json.loads(x) for x in (out / "releases.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in lines] == sorted(statuses(second))
    assert "7 000" in next(r["text"] for r in lines if r["source"]["path"] == "fr/dakar.txt")


def test_incremental_pipeline_change_and_force_redo_everything(inbox, tmp_path, rules_only):
    out = tmp_path / "out"
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert run([inbox], out, config=rules_only, settings=JSON_ONLY).counts["processed"] == 0
    other = PipelineConfig.from_dict({"name": "x", "stages": ["language", "anatomy", "dates"]}, source="<test>")
    assert run([inbox], out, config=other, settings=JSON_ONLY).counts["processed"] == 4
    forced = run([inbox], out, config=other, settings=RunSettings(docx=False, force=True))
    assert forced.counts["processed"] == 4


def test_incremental_deleted_input_outputs_removed_or_kept(inbox, tmp_path, rules_only):
    out = tmp_path / "out"
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    (inbox / "fr" / "bamako.txt").unlink()
    kept = run([inbox], out, config=rules_only, settings=RunSettings(docx=False, prune=False))
    assert kept.removed == ["fr/bamako.txt"] and (out / "fr" / "bamako.json").exists()
    pruned = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert pruned.removed == ["fr/bamako.txt"] and not (out / "fr" / "bamako.json").exists()
    assert "bamako" not in (out / "releases.jsonl").read_text(encoding="utf-8")


def test_incremental_no_change_run_does_not_import_spacy(inbox, tmp_path):
    out = tmp_path / "out"
    script = (
        "import sys; from releasepipe.pipeline import load_pipeline; from releasepipe.runner import run, RunSettings;"
        f"r = run([{str(inbox)!r}], {str(out)!r}, config=load_pipeline('fast'), settings=RunSettings(docx=False, jobs=1, isolate=False));"
        "print(r.counts['processed'], 'spacy' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["4", "True"]
    second = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert second.stdout.split() == ["0", "False"]


def test_incremental_jobs_2_output_identical_to_jobs_1(samples_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CHUNK", 3)  # several chunks, so both workers get work
    config = load_pipeline("fast")
    one = run([samples_dir], tmp_path / "one", config=config, settings=RunSettings(docx=False, jobs=1))
    two = run([samples_dir], tmp_path / "two", config=config, settings=RunSettings(docx=False, jobs=2))
    assert one.counts == two.counts and one.counts["failed"] == 0
    assert (tmp_path / "one" / "releases.jsonl").read_bytes() == (tmp_path / "two" / "releases.jsonl").read_bytes()


def test_incremental_symlinks_leaving_the_folder_are_not_followed(tmp_path, rules_only):
    src = tmp_path / "in"
    src.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(release_text("Secret", 1), encoding="utf-8")
    (src / "inside.txt").write_text(release_text("Niamey", 2), encoding="utf-8")
    (src / "outside.txt").symlink_to(secret)
    (src / "alias.txt").symlink_to(src / "inside.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    report = run([src], tmp_path / "out", config=rules_only, settings=JSON_ONLY)
    status = {f.path: (f.status, f.error and f.error["code"]) for f in report.files}
    assert status["outside.txt"] == ("failed", "RP111")
    assert status["loop.txt"] == ("failed", "RP111")
    assert status["alias.txt"] == ("ok", None) and status["inside.txt"] == ("ok", None)
    assert "SECRET" not in (tmp_path / "out" / "releases.jsonl").read_text(encoding="utf-8")


def test_incremental_digest_written_and_rebuilt(inbox, tmp_path, rules_only):
    from click.testing import CliRunner

    from releasepipe.cli import main

    out = tmp_path / "out"
    run([inbox], out, config=rules_only)
    assert (out / "fr" / "niamey.docx").exists() and (out / "digest.docx").exists()
    (out / "digest.docx").unlink()
    result = CliRunner().invoke(main, ["digest", str(out)])
    assert result.exit_code == 0 and (out / "digest.docx").exists()


def test_incremental_indexes_kept_when_an_edit_changes_nothing_they_read(inbox, tmp_path, rules_only):
    """A rerun rebuilds entities.jsonl and translations.jsonl only when what they are built from
    changed: a sentence without a name, date or figure added to a release leaves them as they are."""
    out = tmp_path / "out"
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    files = [out / name for name in runner.INDEXES]
    before = [(f.stat().st_ino, f.stat().st_mtime_ns) for f in files]
    dakar = inbox / "fr" / "dakar.txt"
    dakar.write_text(dakar.read_text(encoding="utf-8") + "Les opérations se poursuivent dans le calme.\n",
                     encoding="utf-8")
    assert run([inbox], out, config=rules_only, settings=JSON_ONLY).counts["processed"] == 1
    assert "dans le calme" in (out / "releases.jsonl").read_text(encoding="utf-8")
    assert [(f.stat().st_ino, f.stat().st_mtime_ns) for f in files] == before
    # the dateline's date changes (translation groups read it): they are rebuilt
    dakar.write_text(release_text("Dakar", 2).replace("14 octobre", "15 octobre"), encoding="utf-8")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert [(f.stat().st_ino, f.stat().st_mtime_ns) for f in files] != before
    (out / "entities.jsonl").unlink()  # a missing index is written again, whatever the state says
    dakar.write_text(dakar.read_text(encoding="utf-8") + "Une phrase de plus.\n", encoding="utf-8")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert (out / "entities.jsonl").is_file()


@pytest.mark.parametrize("damage", ['{"id": "x", "type": "person", "name": "Fake", "releases": []}\n',
                                    '{"id": "x", "type": "person", "name": "Fake", "names": [], "releases": [], '
                                    '"joins": []}\n'])
def test_incremental_indexes_damaged_since_are_built_again(inbox, tmp_path, rules_only, damage):
    """An index file changed since releasepipe wrote it (a line added or edited) is not kept:
    --force rebuilds it, and so does a rerun whose edits leave what it reads as it was."""
    out = tmp_path / "out"
    run([inbox], out, config=rules_only, settings=RunSettings(docx=True))
    whole = (out / "translations.jsonl").read_bytes()
    assert whole != damage.encode()
    (out / "translations.jsonl").write_text(damage, encoding="utf-8")
    run([inbox], out, config=rules_only, settings=RunSettings(docx=False, force=True))
    assert (out / "translations.jsonl").read_bytes() == whole
    (out / "translations.jsonl").write_text(damage, encoding="utf-8")
    dakar = inbox / "fr" / "dakar.txt"
    dakar.write_text(dakar.read_text(encoding="utf-8") + "Les opérations se poursuivent.\n", encoding="utf-8")
    report = run([inbox], out, config=rules_only, settings=RunSettings(docx=True))
    assert report.counts["failed"] == 0 and (out / "translations.jsonl").read_bytes() == whole
