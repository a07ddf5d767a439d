"""SIGINT, SIGTERM and SIGKILL during a real run: only complete outputs, and the next run resumes."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

N = 720  # enough that a loaded machine still interrupts the run before its end
TEXT = ("Communiqué de presse\n\nDistribution de vivres à {city}\n\n"
        "{upper}, 14 octobre 2024 – Plus de {n} 000 personnes ont reçu une aide alimentaire cette semaine, "
        "selon les autorités locales et les organisations partenaires présentes sur place.\n")


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(N):
        city = f"Ville{i:03d}"
        (folder / f"{i:03d}.txt").write_text(TEXT.format(city=city, upper=city.upper(), n=i + 1), encoding="utf-8")
    (tmp_path / "light.toml").write_text('stages = ["language", "anatomy", "dates", "figures"]\n', encoding="utf-8")
    return folder


def start(inbox: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "releasepipe.cli", "run", str(inbox), "--out", str(out), "--jobs", "1",
         "--pipeline", str(inbox.parent / "light.toml"), "--no-docx"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_for_outputs(out: Path, proc: subprocess.Popen, count: int = 5) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and sum(1 for _ in out.glob("*.json")) >= count:
            return
        time.sleep(0.02)
    pytest.fail("the run wrote no output in time")


def assert_complete(out: Path) -> int:
    """Every JSON under its final name is whole; returns how many there are."""
    files = [p for p in out.glob("*.json") if p.name != "run-report.json"]
    for path in files:
        json.loads(path.read_text(encoding="utf-8"))
    return len(files)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signals_interrupted_run_resumes(inbox, tmp_path, sig):
    out = tmp_path / "out"
    proc = start(inbox, out)
    wait_for_outputs(out, proc)
    if proc.poll() is not None or sum(1 for _ in out.glob("*.json")) > N // 2:
        # a machine so loaded that this process slept through most of the run: a signal now could
        # fall after its end, which tells nothing
        pytest.skip("the run was nearly over before it could be interrupted")
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    done = assert_complete(out)
    assert 0 < done < N
    assert not list(out.rglob("*.part"))
    assert json.loads((out / "run-report.json").read_text(encoding="utf-8"))["interrupted"] is True
    second = start(inbox, out)
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    assert report["counts"]["ok"] == N
    assert report["counts"]["reused"] >= done - 1  # at most the one being written was lost
    assert len((out / "releases.jsonl").read_text(encoding="utf-8").splitlines()) == N


def test_signals_killed_run_leaves_no_half_file(inbox, tmp_path):
    out = tmp_path / "out"
    proc = start(inbox, out)
    wait_for_outputs(out, proc, count=20)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert_complete(out)  # whatever sits under a final name is whole
    second = start(inbox, out)
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert assert_complete(out) == N
    assert not list(out.rglob("*.part"))


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except FileNotFoundError:
        return []


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def assert_gone(pids: list[int], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    assert not any(alive(p) for p in pids)


linux_only = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")


def start_with_workers(inbox: Path, out: Path) -> tuple[subprocess.Popen, list[int]]:
    """A run that has written some outputs, and its worker processes."""
    proc = start(inbox, out)
    wait_for_outputs(out, proc)
    workers = children(proc.pid)
    assert workers, "the run has a worker process"
    return proc, workers


@linux_only
def test_signals_killed_worker_is_replaced_and_the_batch_completes(inbox, tmp_path):
    out = tmp_path / "out"
    proc, workers = start_with_workers(inbox, out)
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    assert report["counts"]["ok"] == N
    assert report["engine"]["workers_died"] == 1
    assert assert_complete(out) == N


@linux_only
def test_signals_sigterm_ends_the_run_and_its_workers_within_seconds(inbox, tmp_path):
    out = tmp_path / "out"
    proc, workers = start_with_workers(inbox, out)
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert time.monotonic() - sent < 10
    assert proc.returncode == 130, err
    assert_gone(workers)
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True and report["finished"]


@linux_only
def test_signals_killed_run_takes_its_workers_along(inbox, tmp_path):
    out = tmp_path / "out"
    proc, workers = start_with_workers(inbox, out)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert_gone(workers)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_signals_fifo_among_the_inputs_is_reported_not_read(inbox, tmp_path):
    os.mkfifo(inbox / "pipe.txt")
    out = tmp_path / "out"
    proc = start(inbox, out)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    by_path = {f["path"]: f for f in report["files"]}
    assert by_path["pipe.txt"]["error"]["code"] == "RP116"
    assert report["counts"]["ok"] == N
