"""The supervised worker pool: outcomes in order, hangs a signal cannot stop, workers that die."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from releasepipe.errors import Code
from releasepipe.workers import Pool

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX worker processes")


def failure(item, code, message):
    return ("failed", item, code.value, message)


def work(items, progress):
    """Items are instructions: an int is echoed; 'hang-read' / 'hang-analyse' never return (with
    SIGALRM blocked, like a C parser that never gives control back); 'die' kills its worker;
    'die-once:PATH' kills it the first time only."""
    out = []
    for i, item in enumerate(items):
        progress("read", i)
        if item == "hang-read":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(3600)
    progress("analyse", len(items))
    for item in items:
        if item == "hang-analyse":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(3600)
        if item == "die" or (isinstance(item, str) and item.startswith("die-once:")
                             and not os.path.exists(item.split(":", 1)[1])):
            if item != "die":
                Path(item.split(":", 1)[1]).touch()
            os.kill(os.getpid(), signal.SIGKILL)
        out.append(("ok", item, os.getpid()))
    return out


def run_pool(chunks, *, jobs=1, timeout=1.0):
    with Pool(work, failure=failure, jobs=jobs, timeout=timeout, grace=0.5) as pool:
        outcomes = list(pool.map(chunks))
    return outcomes, pool.events


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_outcomes_in_input_order(jobs):
    chunks = [[1, 2, 3], [4], [5, 6], [], [7]]
    outcomes, events = run_pool(chunks, jobs=jobs)
    assert [o[1] for o in outcomes] == [1, 2, 3, 4, 5, 6, 7]
    assert all(o[0] == "ok" for o in outcomes)
    assert os.getpid() not in {o[2] for o in outcomes}  # never in the run's own process
    assert not any(events.values())


@pytest.mark.parametrize("hang", ["hang-read", "hang-analyse"])
def test_workers_hang_is_killed_and_the_others_done(hang):
    started = time.monotonic()
    outcomes, events = run_pool([[1, hang, 3], [4, 5]], timeout=1.0)
    assert time.monotonic() - started < 30
    assert [o[1] for o in outcomes] == [1, hang, 3, 4, 5]
    assert [o[0] for o in outcomes] == ["ok", "failed", "ok", "ok", "ok"]
    assert outcomes[1][2] == Code.TIMEOUT.value
    assert events["workers_killed"] >= 1


def test_workers_dead_worker_retried_once(tmp_path):
    marker = tmp_path / "died-once"
    outcomes, events = run_pool([[1, f"die-once:{marker}", 3]])
    assert [o[0] for o in outcomes] == ["ok", "ok", "ok"]
    assert marker.exists() and events["workers_died"] == 1


def test_workers_input_that_kills_every_worker_is_reported():
    outcomes, events = run_pool([[1, "die", 3], [4]], jobs=2)
    assert [o[1] for o in outcomes] == [1, "die", 3, 4]
    assert [o[0] for o in outcomes] == ["ok", "failed", "ok", "ok"]
    assert outcomes[1][2] == Code.WORKER_DIED.value and "SIGKILL" in outcomes[1][3]
    assert events["workers_died"] >= 2


def test_workers_die_with_their_parent(tmp_path):
    """A run killed with SIGKILL leaves no worker behind."""
    pids = tmp_path / "pids"
    script = (
        "import os, sys, time\n"
        "from releasepipe.workers import Pool\n"
        "def work(items, progress):\n"
        f"    open({str(pids)!r}, 'a').write(f'{{os.getpid()}}\\n')\n"
        "    time.sleep(3600)\n"
        "pool = Pool(work, failure=lambda *a: a, jobs=2, timeout=None)\n"
        "list(pool.map([[1], [2]]))\n")
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not pids.exists() or len(pids.read_text().split()) < 2):
            time.sleep(0.05)
        workers = [int(p) for p in pids.read_text().split()] if pids.exists() else []
        assert len(workers) == 2
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.05)
    assert not any(_alive(p) for p in workers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
