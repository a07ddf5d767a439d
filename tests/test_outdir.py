"""OUT is releasepipe's own: no input or foreign file is ever replaced or deleted, one run at a time,
reruns on part of the inputs leave the rest alone, outputs readable as the umask says."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from pathlib import Path

import pytest

from releasepipe.errors import Code, OutputError
from releasepipe.runner import LOCKFILE, RunSettings, run
from releasepipe.state import FILENAME, State
from releasepipe.write.atomic import temporary_path

TEXT = ("Communiqué de presse\n\nDes vivres pour {city}\n\n{upper}, 14 octobre 2024 – Plus de 3 200 personnes "
        "ont reçu une aide alimentaire cette semaine, selon les autorités locales.\n")
JSON_ONLY = RunSettings(docx=False, jobs=1)


def release(folder: Path, name: str, city: str = "Niamey") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEXT.format(city=city, upper=city.upper()), encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones included) and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_outdir_equal_to_an_input_folder_is_refused(tmp_path, rules_only):
    inbox = tmp_path / "in"
    release(inbox, "a.txt")
    (inbox / "a.docx").write_bytes(b"the user's own Word file")
    before = snapshot(inbox)
    for out in (inbox, tmp_path / "in" / ".." / "in"):
        with pytest.raises(OutputError) as raised:
            run([inbox], out, config=rules_only, settings=JSON_ONLY)
        assert raised.value.code is Code.OUTPUT_OVERLAPS_INPUT
    assert snapshot(inbox) == before


@pytest.mark.parametrize("docx", [True, False])
def test_outdir_output_that_would_replace_an_input_fails_that_input(tmp_path, rules_only, docx):
    """``run project/releases --out project``: an input at releases/releases/a.txt maps onto itself's folder."""
    project = tmp_path / "project"
    inbox = project / "releases"
    release(inbox, "releases/a.json.txt")  # harmless name
    release(inbox, "b.txt")
    (inbox / "b.json").write_text('{"mine": true}', encoding="utf-8")  # an input folder file at b's output
    foreign = release(project, "c.docx.txt")
    (project / "b.json").write_text('{"user": "notes"}', encoding="utf-8")  # a user's file where b.json goes
    before = snapshot(project)
    report = run([inbox], project, config=rules_only, settings=RunSettings(docx=docx, jobs=1))
    status = {f.path: (f.status, f.error["code"] if f.error else None) for f in report.files}
    assert status["b.txt"] == ("failed", Code.OUTPUT_COLLISION.value)
    assert status["releases/a.json.txt"] == ("ok", None)
    after = snapshot(project)
    for name, data in before.items():
        assert after[name] == data, name
    assert foreign.read_bytes() == before["c.docx.txt"]


def test_outdir_sweep_never_deletes_by_pattern(tmp_path, rules_only):
    """Files named like temporary files, in OUT and its hidden folders, are not releasepipe's."""
    project = tmp_path / "project"
    release(project / "releases", "a.txt")
    planted = [project / ".git" / "objects" / "pack" / ".pack-1234.part", project / ".notes.part",
               project / "releases-out" / ".a.json.part", project / f".a.json.{'0' * 12}.part"]
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("user data", encoding="utf-8")
    run([project / "releases"], project, config=rules_only, settings=JSON_ONLY)
    run([project / "releases"], project, config=rules_only, settings=RunSettings(docx=False, jobs=1, force=True))
    assert all(p.read_text(encoding="utf-8") == "user data" for p in planted)
    assert (project / "a.json").is_file()


def test_outdir_killed_write_leaves_a_temporary_file_the_next_run_deletes(tmp_path, rules_only):
    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "a.txt")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    # A run killed mid-write: it recorded the temporary name, then created the file.
    leftover = temporary_path(out / "a.json", token="deadbeef0000")
    state = State(out)
    state.add_temporaries([leftover.relative_to(out).as_posix()])
    state.close()
    leftover.write_text('{"half', encoding="utf-8")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert not leftover.exists()
    state = State(out)
    assert state.temporaries() == []
    state.close()


def test_outdir_rerun_on_a_subfolder_keeps_the_other_outputs(tmp_path, rules_only):
    inbox, out = tmp_path / "in", tmp_path / "out"
    for city in ("Niamey", "Agadez", "Zinder"):
        release(inbox, f"fr/{city.lower()}.txt", city)
    for city in ("Nairobi", "Kisumu"):
        release(inbox, f"en/{city.lower()}.txt", city)
    first = run([inbox], out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
    assert first.counts["ok"] == 5
    outputs = snapshot(out)
    second = run([inbox / "fr"], out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
    assert second.removed == []
    after = snapshot(out)
    for name in outputs:
        if name.endswith((".json", ".docx")) and "/" in name:
            assert after[name] == outputs[name], name  # nothing of the first run's releases touched
    lines = (out / "releases.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8  # the 5 releases of the first run and the 3 new top-level ones
    # Deleting an input under the second run's root removes its outputs, and only those.
    (inbox / "fr" / "zinder.txt").unlink()
    third = run([inbox / "fr"], out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
    assert third.removed == ["zinder.txt"]
    assert not (out / "zinder.json").exists() and (out / "fr" / "zinder.json").exists()
    assert len((out / "releases.jsonl").read_text(encoding="utf-8").splitlines()) == 7


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_outdir_outputs_honour_the_umask(tmp_path, rules_only, umask):
    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "a.txt")
    previous = os.umask(umask)
    try:
        run([inbox], out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
    finally:
        os.umask(previous)
    for name in ("a.json", "a.docx", "releases.jsonl", "digest.docx", "run-report.json"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o666 & ~umask, name


def test_outdir_second_run_is_refused_while_the_first_holds_the_lock(tmp_path, rules_only):
    import fcntl

    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "a.txt")
    out.mkdir()
    with open(out / LOCKFILE, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        held.write("4242")
        held.flush()
        with pytest.raises(OutputError) as raised:
            run([inbox], out, config=rules_only, settings=JSON_ONLY)
        assert raised.value.code is Code.OUTPUT_LOCKED and "4242" in raised.value.message
        assert not (out / "a.json").exists() and not (out / FILENAME).exists()
        # With wait, the run starts once the lock is released.
        done = []
        waiter = threading.Thread(target=lambda: done.append(
            run([inbox], out, config=rules_only, settings=RunSettings(docx=False, jobs=1, wait=True,
                                                                      isolate=False))))
        waiter.start()
        time.sleep(0.5)
        assert not done and not (out / "a.json").exists()
    waiter.join(60)
    assert done and done[0].counts["ok"] == 1


def test_outdir_corrupt_state_is_moved_aside_and_the_run_goes_on(tmp_path, rules_only):
    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "a.txt")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    (out / FILENAME).write_bytes(b"this is not a database" * 100)
    report = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert report.counts["ok"] == 1 and report.counts["processed"] == 1  # redone: nothing known
    assert [n["code"] for n in report.notices] == [Code.STATE_REBUILT.value]
    assert any(p.name.startswith(FILENAME + ".corrupt") for p in out.iterdir())
    saved = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    assert saved["notices"][0]["code"] == Code.STATE_REBUILT.value
    assert saved["memory"]["peak_total_rss_mb"] > 0


def test_outdir_unreadable_names_and_long_names_are_processed(tmp_path, rules_only):
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    names = [os.fsdecode(b"caf\xe9-latin1.txt"), "x" * 240 + ".txt", "tab\tand\x1bescape.txt"]
    for name in names:
        (inbox / name).write_text(TEXT.format(city="Niamey", upper="NIAMEY"), encoding="utf-8")
    for attempt in range(2):  # the rerun reads the names back from the state
        report = run([inbox], out, config=rules_only, settings=JSON_ONLY)
        status = {f.path: f.status for f in report.files}
        assert status == dict.fromkeys(names, "ok"), status
        assert report.counts["reused"] == (3 if attempt else 0)


def test_outdir_output_name_too_long_fails_only_that_input(tmp_path, rules_only):
    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "ok.txt")
    release(inbox, "b" * 251 + ".md")  # allowed as an input; its .json and .docx would be 254 and 255 + 1 bytes
    for attempt in range(2):
        report = run([inbox], out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
        status = {f.path[:8]: (f.status, f.error["code"] if f.error else None) for f in report.files}
        assert status == {"ok.txt": ("ok", None), "b" * 8: ("failed", Code.OUTPUT_COLLISION.value)}
    assert (out / "ok.json").is_file() and (out / "releases.jsonl").is_file()


@pytest.mark.parametrize("name", ["run-report.json", "releases.jsonl", "digest.docx"])
@pytest.mark.parametrize("kind", ["file", "link"])
def test_outdir_batch_file_of_the_user_is_left_alone(tmp_path, rules_only, name, kind):
    inbox, out = tmp_path / "in", tmp_path / "project"
    release(inbox, "a.txt")
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("the user's own", encoding="utf-8")
    if kind == "file":
        (out / name).write_text("the user's own", encoding="utf-8")
    else:
        (out / name).symlink_to(elsewhere)
    before = snapshot(tmp_path)
    with pytest.raises(OutputError) as raised:
        run([inbox], out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
    assert raised.value.code is Code.OUTPUT_TAKEN and name in raised.value.message
    after = snapshot(tmp_path)
    for path, data in before.items():
        assert after[path] == data, path
    assert (out / name).is_symlink() == (kind == "link")


def test_outdir_file_swapped_for_a_link_after_discovery_is_not_followed(tmp_path, rules_only, monkeypatch):
    from releasepipe import runner

    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "a.txt")
    release(inbox, "b.txt", "Agadez")
    secret = tmp_path / "secret.txt"
    secret.write_text(TEXT.format(city="SECRET-OUTSIDE", upper="SECRET"), encoding="utf-8")
    discover = runner.discover

    def swap_after_discovery(*args, **kwargs):
        found = discover(*args, **kwargs)
        (inbox / "b.txt").unlink()
        (inbox / "b.txt").symlink_to(secret)
        return found

    monkeypatch.setattr(runner, "discover", swap_after_discovery)
    report = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    status = {f.path: (f.status, f.error["code"] if f.error else None) for f in report.files}
    assert status == {"a.txt": ("ok", None), "b.txt": ("failed", Code.UNSAFE_LINK.value)}
    assert "SECRET" not in "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.json*"))


def test_outdir_link_into_a_nested_output_folder_is_not_an_input(tmp_path, rules_only):
    inbox = tmp_path / "in"
    release(inbox, "a.txt")
    run([inbox], inbox / "out", config=rules_only, settings=JSON_ONLY)
    (inbox / "evil.txt").symlink_to(inbox / "out" / "a.json")
    report = run([inbox], inbox / "out", config=rules_only, settings=JSON_ONLY)
    status = {f.path: (f.status, f.error["code"] if f.error else None) for f in report.files}
    assert status["evil.txt"] == ("failed", Code.UNSAFE_LINK.value)


def test_outdir_input_deleted_after_runs_on_a_subfolder_and_its_parent(tmp_path, rules_only):
    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "fr/niamey.txt")
    release(inbox, "fr/agadez.txt", "Agadez")
    release(inbox, "en/nairobi.txt", "Nairobi")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    run([inbox / "fr"], out, config=rules_only, settings=JSON_ONLY)  # also writes niamey.json at the top
    (inbox / "fr" / "niamey.txt").unlink()
    report = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert report.removed == ["fr/niamey.txt", "niamey.txt"]
    assert not (out / "niamey.json").exists() and not (out / "fr" / "niamey.json").exists()
    assert (out / "agadez.json").exists()  # its input is still there: a second view of it, kept
    lines = (out / "releases.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3  # fr/agadez, en/nairobi, and agadez from the subfolder run


def test_outdir_own_batch_files_recognised_after_the_state_is_lost(tmp_path, rules_only):
    """A long list of inputs pushes the report's counts far down the file: its start still tells it is ours."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    paths = [release(inbox, f"{i:03d}-{'long-name-' * 4}.txt") for i in range(120)]
    run(paths, out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
    (out / FILENAME).unlink()
    report = run(paths, out, config=rules_only, settings=RunSettings(docx=True, jobs=1))
    assert report.counts["ok"] == 120


def test_outdir_outputs_are_not_removed_through_a_folder_linked_out_of_out(tmp_path, rules_only):
    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "fr/niamey.txt")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    (out / "fr").rename(tmp_path / "moved")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "niamey.json").write_text("the user's own", encoding="utf-8")
    (out / "fr").symlink_to(mine)  # OUT/fr is now a link to a folder of the user's
    (inbox / "fr" / "niamey.txt").unlink()
    report = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert report.removed == ["fr/niamey.txt"]
    assert (mine / "niamey.json").read_text(encoding="utf-8") == "the user's own"


@pytest.mark.parametrize("replace", ["own text", "link"])
def test_outdir_output_replaced_by_the_user_is_not_removed_with_its_input(tmp_path, rules_only, replace):
    """An input deleted: its recorded outputs go, unless what stands at their path now is not releasepipe's."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    release(inbox, "fr/niamey.txt")
    run([inbox], out, config=rules_only, settings=JSON_ONLY)
    mine = out / "fr" / "niamey.json"
    elsewhere = tmp_path / "notes.json"
    elsewhere.write_text("the user's notes", encoding="utf-8")
    mine.unlink()
    if replace == "link":
        mine.symlink_to(elsewhere)
    else:
        mine.write_text("the user's own", encoding="utf-8")
    (inbox / "fr" / "niamey.txt").unlink()
    report = run([inbox], out, config=rules_only, settings=JSON_ONLY)
    assert report.removed == ["fr/niamey.txt"]
    assert os.path.lexists(mine) and elsewhere.read_text(encoding="utf-8") == "the user's notes"
