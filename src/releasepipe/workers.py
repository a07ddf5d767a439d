"""Worker processes a run can always stop: time limits that hold, deaths it survives.

Each chunk of inputs is processed in a worker process, never in the run's own
process. The worker tells its supervisor what it is doing (reading file i,
analysing n files, loading a model); the supervisor gives each step a deadline
(``timeout`` per file plus a grace period; model loading does not count). Inside
the worker a ``SIGALRM`` timer already stops Python code that runs too long;
the supervisor's deadline is the backstop for what a signal cannot interrupt
(a C parser or a regular expression that never returns): it kills the worker,
reports the file (RP110) and starts a fresh worker for the rest.

A worker that dies (``kill -9``, the kernel's out-of-memory killer, a crash in a
C extension) is detected by its process sentinel: its chunk is retried file by
file, each once more in a fresh worker, and a file that kills two workers is
reported (RP115). Workers die with the run: they get SIGKILL when their parent
dies (``PR_SET_PDEATHSIG`` on Linux) and leave when their pipe closes.

Python's ``ProcessPoolExecutor`` offers none of this: a killed worker breaks the
whole pool, and it has no way to stop one task.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from . import models
from .errors import Code

Item = TypeVar("Item")
Outcome = TypeVar("Outcome")

#: Seconds a step may overrun its time limit before its worker is killed: the
#: in-worker timer normally stops it first, with a cleaner report.
GRACE = 10.0
#: Tasks sent to one worker ahead of the one it is working on (it never waits
#: for the supervisor between chunks).
AHEAD = 1

#: A worker's report of its progress: ("read", i) before reading its i-th input,
#: ("analyse", n) before analysing n inputs, ("loading", 0) and ("loaded", seconds)
#: around a model load (its time does not count).
Progress = Callable[[str, float], None]


@dataclass(slots=True)
class _Task(Generic[Item]):
    chunk: int  # index of the chunk the items come from
    slots: list[int]  # their positions in that chunk
    items: list[Item]
    #: 1 when this is the retry of a single input whose worker died
    attempt: int = 0


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    tasks: deque = field(default_factory=deque)  # sent and not yet answered, in order
    stage: tuple[str, float] | None = None
    deadline: float = float("inf")
    #: time left before the deadline when a model load paused it
    paused: float | None = None
    started: int = 0  # tasks the worker said it started


def _die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux); elsewhere the closed pipe ends it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _serve(conn: Connection, parent: int, work: Callable[[list, Progress], list],
           warm: Callable[[], None] | None) -> None:
    """A worker's life: take tasks from ``conn``, send back progress and outcomes."""
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the supervisor, which ends the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if warm is not None:  # start-up work (imports, tables) is not the first file's time
        warm()

    def progress(stage: str, value: float) -> None:
        conn.send((stage, value))

    models.load_listeners.append(progress)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        if task is None:
            break
        conn.send(("start", 0))
        conn.send(("done", work(task, progress)))
    conn.close()


class Pool(Generic[Item, Outcome]):
    """Supervised worker processes; :meth:`map` yields outcomes in input order.

    ``work(items, progress)`` runs in a worker and returns one outcome per item;
    ``failure(item, code, message)`` makes the outcome of an item whose worker
    was killed or died; ``warm()``, if given, runs once in each new worker
    before its first task, outside any time limit.
    """

    def __init__(self, work: Callable[[list[Item], Progress], list[Outcome]], *,
                 failure: Callable[[Item, Code, str], Outcome], jobs: int = 1, timeout: float | None = None,
                 grace: float = GRACE, warm: Callable[[], None] | None = None) -> None:
        self.work = work
        self.warm = warm
        self.failure = failure
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.grace = grace
        method = "fork" if "fork" in get_all_start_methods() else "spawn"
        self._ctx = get_context(method)
        self._workers: list[_Worker] = []
        #: what the run report tells: workers lost, inputs processed again
        self.events: dict[str, int] = {"workers_killed": 0, "workers_died": 0, "retried": 0}

    # -- workers ---------------------------------------------------------------

    def _spawn(self) -> _Worker:
        ours, theirs = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(  # type: ignore[attr-defined]
            target=_serve, args=(theirs, os.getpid(), self.work, self.warm), daemon=True, name="releasepipe-worker")
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    def _end(self, worker: _Worker, *, kill: bool) -> None:
        self._workers.remove(worker)
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.conn.close()
        worker.process.join(timeout=5)
        if worker.process.is_alive():  # pragma: no cover - a process that survives SIGKILL
            worker.process.kill()

    def close(self) -> None:
        """End every worker: those that are idle leave, the others are killed."""
        for worker in list(self._workers):
            busy = bool(worker.tasks)
            if not busy:
                try:
                    worker.conn.send(None)
                except OSError:
                    busy = True
            self._end(worker, kill=busy)

    def __enter__(self) -> "Pool[Item, Outcome]":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the run ---------------------------------------------------------------

    def map(self, chunks: Sequence[Sequence[Item]]) -> Iterator[Outcome]:
        """Process ``chunks`` in the workers; every item's outcome, in input order."""
        results: list[list[Outcome | None]] = [[None] * len(c) for c in chunks]
        missing = [len(c) for c in chunks]
        queue: deque[_Task] = deque(_Task(i, list(range(len(c))), list(c)) for i, c in enumerate(chunks))
        window = 2 * self.jobs + 2  # chunks done but not yet yielded stay few: memory stays flat
        next_out = 0
        while next_out < len(chunks):
            if missing[next_out] == 0:
                yield from results[next_out]  # type: ignore[misc]
                results[next_out] = []
                next_out += 1
                continue
            self._dispatch(queue, limit=next_out + window)
            self._step(queue, results, missing)

    def _dispatch(self, queue: deque[_Task], *, limit: int) -> None:
        while len(self._workers) < self.jobs and queue:
            self._spawn()
        for depth in range(AHEAD + 1):  # every idle worker gets a task before any gets a second
            for worker in self._workers:
                if queue and len(worker.tasks) == depth and queue[0].chunk < limit:
                    task = queue.popleft()
                    worker.tasks.append(task)
                    try:
                        worker.conn.send(task.items)
                    except OSError:
                        # The worker died since the last step (a broken pipe): the next step
                        # sees it gone and puts its tasks, this one too, back in the queue.
                        pass

    def _step(self, queue: deque[_Task], results: list[list[Outcome | None]], missing: list[int]) -> None:
        """Wait for one message, death or deadline, and act on it."""
        now = time.monotonic()
        nearest = min((w.deadline for w in self._workers), default=float("inf"))
        ready = wait([w.conn for w in self._workers] + [w.process.sentinel for w in self._workers],
                     timeout=None if nearest == float("inf") else max(0.0, nearest - now))
        now = time.monotonic()
        for worker in list(self._workers):
            gone = False
            if worker.conn in ready or worker.process.sentinel in ready:
                try:  # every message the worker sent before it died counts
                    while worker.conn.poll():
                        self._message(worker, worker.conn.recv(), results, missing)
                except (EOFError, OSError):
                    gone = True
            if gone or not worker.process.is_alive():
                self._lost(worker, queue, results, missing, killed=False)
            elif worker.deadline <= now:
                self._lost(worker, queue, results, missing, killed=True)

    def _message(self, worker: _Worker, message: tuple[str, Any], results: list[list[Outcome | None]],
                 missing: list[int]) -> None:
        kind, value = message
        now = time.monotonic()
        limit = self.timeout
        if kind == "start":
            worker.started += 1
            worker.stage = ("start", 0)
            worker.deadline = now + (limit + self.grace if limit else float("inf"))
        elif kind == "read":
            worker.stage = ("read", value)
            worker.deadline = now + (limit + self.grace if limit else float("inf"))
        elif kind == "analyse":
            worker.stage = ("analyse", value)
            worker.deadline = now + (limit * max(1, value) + self.grace if limit else float("inf"))
        elif kind == "loading":  # model loading is not the file's time
            worker.stage, worker.paused = worker.stage, worker.deadline - now
            worker.deadline = float("inf")
        elif kind == "loaded":
            if worker.paused is not None:
                worker.deadline = now + worker.paused
                worker.paused = None
        elif kind == "done":
            task = worker.tasks.popleft()
            worker.started -= 1
            for slot, outcome in zip(task.slots, value):
                self._settle(task.chunk, slot, outcome, results, missing)
            worker.stage = None
            worker.deadline = float("inf")

    def _settle(self, chunk: int, slot: int, outcome: Outcome, results: list[list[Outcome | None]],
                missing: list[int]) -> None:
        if results[chunk][slot] is None:
            missing[chunk] -= 1
        results[chunk][slot] = outcome

    def _lost(self, worker: _Worker, queue: deque[_Task], results: list[list[Outcome | None]],
              missing: list[int], *, killed: bool) -> None:
        """A worker was past its deadline (killed now) or died: report or retry its tasks."""
        stage = worker.stage
        tasks = list(worker.tasks)
        self._end(worker, kill=True)
        exitcode = worker.process.exitcode  # known once the process is joined
        self.events["workers_killed" if killed else "workers_died"] += 1
        if worker.started and tasks:
            current, waiting = tasks[0], tasks[1:]
        else:
            current, waiting = None, tasks
        for task in reversed(waiting):  # not started: unchanged, at the front of the queue
            queue.appendleft(task)
        if current is None:
            return
        retry: list[_Task] = []
        if killed and stage and stage[0] == "read":
            # The input being read is the one that hangs; the others go on together.
            guilty = int(stage[1])
            self._settle(current.chunk, current.slots[guilty],
                         self.failure(current.items[guilty], Code.TIMEOUT,
                                      f"reading took longer than {self.timeout:g} s (see --timeout)"),
                         results, missing)
            rest = [i for i in range(len(current.items)) if i != guilty]
            if rest:
                retry.append(_Task(current.chunk, [current.slots[i] for i in rest],
                                   [current.items[i] for i in rest], current.attempt))
        elif len(current.items) > 1:
            # Which input is to blame is not known: each is tried alone.
            retry += [_Task(current.chunk, [slot], [item]) for slot, item in zip(current.slots, current.items)]
        elif killed:
            self._settle(current.chunk, current.slots[0],
                         self.failure(current.items[0], Code.TIMEOUT,
                                      f"processing took longer than {self.timeout:g} s (see --timeout)"),
                         results, missing)
        elif current.attempt == 0:
            retry.append(_Task(current.chunk, current.slots, current.items, attempt=1))
        else:
            self._settle(current.chunk, current.slots[0],
                         self.failure(current.items[0], Code.WORKER_DIED,
                                      f"the worker processing this file died twice ({_death(exitcode)})"),
                         results, missing)
        self.events["retried"] += sum(len(t.items) for t in retry)
        for task in reversed(retry):
            queue.appendleft(task)


def _death(exitcode: int | None) -> str:
    if exitcode is None:
        return "no exit status"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"killed by {name}" + (": out of memory?" if -exitcode == signal.SIGKILL else "")
    return f"exit status {exitcode}"
