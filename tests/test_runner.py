import json
import zipfile
from pathlib import Path

import pytest

from releasepipe.errors import Code, OutputError
from releasepipe.runner import run

FR = ("Communiqué de presse\n\nLe Niger accueille une conférence régionale sur les migrations\n\n"
      "NIAMEY, 14 octobre 2024 – Les délégations de douze pays se réunissent cette semaine à Niamey "
      "pour coordonner l’aide aux personnes migrantes bloquées dans le désert.\n")
EN = ("Press release\n\nNew shelters open for families displaced by floods\n\n"
      "NAIROBI, 3 May 2024 – Aid agencies opened four new shelters this week for families who lost "
      "their homes when the river burst its banks.\n")

BAD = {
    "empty.txt": (b"", "RP101"),
    "junk.txt": (bytes(range(256)) * 8, "RP105"),
    "broken-word.docx": (b"PK\x03\x04 this is not a zip archive at all", "RP104"),
    "broken-scan.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage", "RP104"),
}


def write_inputs(folder: Path) -> None:
    (folder / "fr").mkdir(parents=True)
    (folder / "fr" / "niamey.txt").write_text(FR, encoding="utf-8")
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "notes.xyz").write_text("not a release", encoding="utf-8")


def test_runner_bad_inputs_are_reported_and_batch_goes_on(tmp_path, rules_only):
    src, out = tmp_path / "in", tmp_path / "out"
    write_inputs(src)
    report = run([src], out, config=rules_only)
    by_path = {f.path: f for f in report.files}
    assert by_path["fr/niamey.txt"].status == "ok" and by_path["en.txt"].status == "ok"
    for name, (_, code) in BAD.items():
        assert by_path[name].status == "failed", name
        assert by_path[name].error["code"] == code, (name, by_path[name].error)
    assert by_path["notes.xyz"].status == "skipped"
    assert json.loads((out / "fr" / "niamey.json").read_text(encoding="utf-8"))["language"]["code"] == "fr"
    lines = (out / "releases.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == ["en.txt", "fr/niamey.txt"]
    written = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    assert written["counts"] == {"ok": 2, "failed": len(BAD), "skipped": 1, "processed": 2, "reused": 0, "removed": 0}
    assert not list(out.rglob("*.part"))


def test_runner_undecodable_and_unsupported_files_named_explicitly(tmp_path, rules_only):
    odd = tmp_path / "odd.txt"
    odd.write_bytes(bytes(range(0x80, 0x100)) * 4)
    unsupported = tmp_path / "slides.pptx"
    unsupported.write_bytes(b"PK")
    report = run([odd, unsupported, tmp_path / "missing.txt"], tmp_path / "out", config=rules_only)
    codes = {f.path: f.error["code"] for f in report.files}
    assert codes["slides.pptx"] == "RP102"
    assert codes["missing.txt"] == "RP106"
    assert codes["odd.txt"] == "RP103"


def test_runner_output_collision_fails_before_writing(tmp_path, rules_only):
    src = tmp_path / "in"
    src.mkdir()
    (src / "release.txt").write_text(FR, encoding="utf-8")
    (src / "release.md").write_text(FR, encoding="utf-8")
    (src / "other.txt").write_text(EN, encoding="utf-8")
    report = run([src], tmp_path / "out", config=rules_only)
    failed = {f.path: f.error for f in report.failed}
    assert set(failed) == {"release.txt", "release.md"}
    assert all(e["code"] == "RP108" and "release.json" in e["message"] for e in failed.values())
    assert not (tmp_path / "out" / "release.json").exists()
    assert (tmp_path / "out" / "other.json").exists()


def test_runner_file_deleted_during_run(tmp_path, rules_only):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(FR, encoding="utf-8")
    (src / "b.txt").write_text(EN, encoding="utf-8")
    report = run([src], tmp_path / "out", config=rules_only, on_start=lambda n: (src / "b.txt").unlink())
    status = {f.path: (f.status, f.error and f.error["code"]) for f in report.files}
    assert status == {"a.txt": ("ok", None), "b.txt": ("failed", "RP106")}


def test_runner_interrupted_run_leaves_complete_files_and_resumes(tmp_path, rules_only):
    src, out = tmp_path / "in", tmp_path / "out"
    write_inputs(src)
    run([src], out, config=rules_only)
    before = (out / "releases.jsonl").read_bytes()
    (out / "en.json").unlink()

    def interrupt(result):
        if result.status == "ok":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([src], out, config=rules_only, on_result=interrupt)
    assert not list(out.rglob("*.part"))
    assert (out / "releases.jsonl").read_bytes() == before  # the old batch file is intact
    for path in out.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # every file is whole
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True
    for f in report["files"]:  # the report lists no output that was not written
        assert f["status"] != "ok" or (out / f["output"]).is_file(), f
    run([src], out, config=rules_only)
    assert (out / "en.json").exists()
    assert (out / "releases.jsonl").read_bytes() == before


def test_runner_write_error_stops_the_run_and_keeps_what_was_written(tmp_path, rules_only, monkeypatch):
    from releasepipe import runner
    from releasepipe.state import State

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(40):
        (src / f"{i:02d}.txt").write_text(FR.replace("douze", f"{i + 2} "), encoding="utf-8")
    real, calls = runner.write_bytes, []

    def disk_full_at_the_sixth(path, data):
        if str(path).endswith(".json"):
            calls.append(path)
            if len(calls) == 6:
                raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(runner, "write_bytes", disk_full_at_the_sixth)
    with pytest.raises(OutputError, match="No space left") as raised:
        run([src], out, config=rules_only)
    assert raised.value.code is Code.OUTPUT_NOT_WRITABLE
    written = sorted(p.name for p in out.glob("??.json"))
    assert written == [f"{i:02d}.json" for i in range(5)]  # in input order, each whole
    for name in written:
        json.loads((out / name).read_text(encoding="utf-8"))
    state = State(out)
    try:
        assert sorted(state.rows()) == [f"{i:02d}.txt" for i in range(5)]  # recorded after its file
    finally:
        state.close()
    listed = json.loads((out / "run-report.json").read_text(encoding="utf-8"))["files"]
    assert sorted(f["path"] for f in listed) == [f"{i:02d}.txt" for i in range(5)]  # only what was written
    monkeypatch.setattr(runner, "write_bytes", real)
    report = run([src], out, config=rules_only)
    assert report.counts["ok"] == 40 and report.counts["reused"] == 5


def test_runner_output_folder_inside_input_is_not_read(tmp_path, rules_only):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(FR, encoding="utf-8")
    run([src], src / "out", config=rules_only)
    report = run([src], src / "out", config=rules_only)
    assert [f.path for f in report.files] == ["a.txt"]


def test_runner_docx_zip_without_document_is_corrupt(tmp_path, rules_only):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    report = run([path], tmp_path / "out", config=rules_only)
    assert report.files[0].error["code"] == "RP104"


def test_runner_model_loading_does_not_count_against_the_time_limit(tmp_path, samples_dir):
    """Loading a spaCy model takes seconds; a --timeout shorter than that still lets a release through."""
    from releasepipe.pipeline import load_pipeline
    from releasepipe.runner import RunSettings

    src = tmp_path / "in"
    src.mkdir()
    (src / "niamey.txt").write_bytes((samples_dir / "fr" / "niamey-retours.txt").read_bytes())
    report = run([src], tmp_path / "out", config=load_pipeline("default"),
                 settings=RunSettings(docx=False, jobs=1, file_timeout=1.0))
    assert [(f.status, f.error) for f in report.files] == [("ok", None)]
    release = json.loads((tmp_path / "out" / "niamey.json").read_text(encoding="utf-8"))
    assert release["entities"]  # the model ran


@pytest.mark.parametrize(("path", "shown"), [
    ("niamey.txt", "niamey.txt"),
    ("caf\udce9.txt", "caf\\xe9.txt"),  # a Latin-1 byte of a file name, as os.walk gives it
    ("half\ud800.txt", "half\\ud800.txt"),  # a lone surrogate no file name gives
    ("été/a\nb.txt", "été/a\nb.txt"),  # valid Unicode is kept as it is
])
def test_runner_printable_path_is_valid_unicode(path, shown):
    from releasepipe.runner import printable_path

    assert printable_path(path) == shown
    printable_path(path).encode("utf-8")


def test_runner_language_pack_edit_redoes_releases_without_force(tmp_path, rules_only, monkeypatch):
    """The pipeline fingerprint covers the language packs: a pack edited since the last run (its source,
    so lang.fingerprint()) makes the next incremental run process the releases again."""
    from releasepipe import lang
    from releasepipe.runner import RunSettings

    src = tmp_path / "in"
    write_inputs(src)
    for name in BAD:
        (src / name).unlink()
    settings = RunSettings(docx=False, isolate=False)
    first = run([src], tmp_path / "out", config=rules_only, settings=settings)
    assert first.counts["processed"] == 2
    assert run([src], tmp_path / "out", config=rules_only, settings=settings).counts["processed"] == 0
    before = rules_only.fingerprint
    monkeypatch.setattr(lang, "fingerprint", lambda: "a pack was edited")
    assert rules_only.fingerprint != before
    again = run([src], tmp_path / "out", config=rules_only, settings=settings)
    assert again.counts["processed"] == 2 and again.counts["reused"] == 0
    assert run([src], tmp_path / "out", config=rules_only, settings=settings).counts["processed"] == 0
