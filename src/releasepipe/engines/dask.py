"""Run chunks of releases on Dask workers: a LocalCluster on this machine, or a cluster's scheduler.

Only the work moves: this process still discovers the inputs, writes every
output and keeps the state, and the workers return what a local worker would
(:func:`releasepipe.chunk.process_chunk`), so OUT is byte for byte what a local
run writes. A worker process loads a model the first time one of its releases
needs it and keeps it (:func:`releasepipe.models.load` caches per process), as a
local worker does; a worker of a long-lived cluster keeps it across runs.

A worker that dies (killed, out of memory, its machine gone) loses no release:
the scheduler runs its chunks again elsewhere, and the run says which inputs
were redone. A chunk that still cannot complete (its workers died
``distributed.scheduler.allowed-failures`` times) is reported as failed, file
by file, and the batch goes on; the next run retries those files.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import uuid
from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..errors import Code, ConfigError
from ..pipeline import Options, PipelineConfig
from ..chunk import InputFile, Outcome, RunSettings, failure, process_chunk

if TYPE_CHECKING:  # Dask is an optional extra: imported when the engine runs
    from distributed import Client, Future

__all__ = ["INSTALL_HINT", "RETRIES", "DaskRun", "available", "outcomes"]

INSTALL_HINT = 'the dask engine needs Dask: pip install "releasepipe[dask]"'
#: Further attempts for a chunk whose task raised. A worker that dies is another
#: matter: the scheduler reruns its tasks elsewhere (``allowed-failures`` times).
RETRIES = 2


@dataclass(slots=True)
class DaskRun:
    """What the cluster did during one run, for the run report."""

    #: the scheduler's address (a LocalCluster's is a local tcp:// address)
    scheduler: str
    #: workers when the run started
    workers: int = 0
    #: chunks submitted, one task each
    tasks: int = 0
    #: workers that left without being asked to while the run was going
    lost_workers: list[str] = field(default_factory=list)
    #: inputs whose chunk ran again because the worker holding it left
    retried: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def available() -> bool:
    """Whether Dask distributed is installed (``pip install "releasepipe[dask]"``)."""
    return importlib.util.find_spec("distributed") is not None


def outcomes(chunks: Sequence[Sequence[InputFile]], config: PipelineConfig, options: Options,
             settings: RunSettings) -> Generator[Outcome, None, DaskRun]:
    """Outcomes of ``chunks`` in input order, computed on Dask workers; returns what the cluster did.

    With ``settings.scheduler`` (``tcp://host:port``) the chunks go to that
    cluster; without, to a LocalCluster of ``settings.jobs`` worker processes
    started for this run. Raises ConfigError when Dask is not installed or the
    workers cannot run this version of releasepipe or the pipeline's models.
    """
    if not chunks:
        return DaskRun(scheduler=settings.scheduler or "")
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError(Code.BAD_OPTION, INSTALL_HINT) from None
    cluster = client = None
    finished = False
    try:
        if settings.scheduler:
            try:
                client = Client(settings.scheduler)
            except (OSError, ValueError, TypeError) as exc:
                raise ConfigError(Code.BAD_OPTION,
                                  f"cannot reach the Dask scheduler {settings.scheduler}: {exc}") from None
        else:
            # No dashboard; the scheduler's small HTTP server (health, metrics) takes any free local port.
            # The library does not print: the cluster's own log messages are silenced, what matters
            # (lost workers, redone inputs) is in the returned DaskRun.
            # Dask makes worker processes return freed memory eagerly (MALLOC_TRIM_THRESHOLD_),
            # which slows spaCy by about a tenth: these workers keep the C library's default.
            with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
                cluster = LocalCluster(n_workers=max(1, min(settings.jobs, len(chunks))), threads_per_worker=1,
                                       processes=True, dashboard_address=None, silence_logs=logging.CRITICAL,
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
            client = Client(cluster)
        run = yield from _submit(client, chunks, config, options, settings)
        finished = True
        return run
    finally:  # also on KeyboardInterrupt and when the caller stops early
        if client is not None:
            client.close()
        if cluster is not None:
            if finished:
                # Worker processes holding models take seconds to exit: let them while the
                # caller writes the batch files (a non-daemon thread: the interpreter waits for it).
                threading.Thread(target=cluster.close, name="releasepipe-dask-close").start()
            else:
                cluster.close()


def _submit(client: Client, chunks: Sequence[Sequence[InputFile]], config: PipelineConfig, options: Options,
            settings: RunSettings) -> Generator[Outcome, None, DaskRun]:
    workers = _check_workers(client, config)
    run = DaskRun(scheduler=client.scheduler.address, workers=workers, tasks=len(chunks))
    token = uuid.uuid4().hex
    redone: set[str] = set()
    lost: list[str] = []
    lock = threading.Lock()

    def on_event(event: tuple[float, Any]) -> None:  # runs in the client's event-loop thread
        msg = event[1]
        if not isinstance(msg, dict) or msg.get("action") != "remove-worker":
            return
        keys = {str(k) for part in ("processing-tasks", "lost-computed-tasks") for k in msg.get(part) or ()}
        with lock:
            redone.update(k for k in keys if k.startswith(f"releasepipe-chunk-{token}-"))
            if not msg.get("expected"):
                lost.append(str(msg.get("worker", "")))

    client.subscribe_topic("all", on_event)
    # Like the local engine, keep a bounded number of chunks in flight: memory stays flat.
    window = 2 * max(1, sum(client.nthreads().values()))
    pending: deque[tuple[Sequence[InputFile], Future]] = deque()
    try:
        for i, chunk in enumerate(chunks):
            # Workers may run elsewhere: absolute paths; ``rel`` (and so every output) is unchanged.
            chunk = [InputFile(item.path.absolute(), item.rel) for item in chunk]
            future = client.submit(process_chunk, chunk, config, options, settings,
                                   key=f"releasepipe-chunk-{token}-{i}", pure=False, retries=RETRIES)
            pending.append((chunk, future))
            if len(pending) >= window:
                yield from _result(*pending.popleft())
        while pending:
            yield from _result(*pending.popleft())
    finally:
        if pending:  # stopped early: the cluster need not finish them
            client.cancel([future for _, future in pending])
        try:
            client.unsubscribe_topic("all")
        except (ValueError, OSError):  # already gone with the connection
            pass
    with lock:
        run.lost_workers = sorted(set(lost))
        chunk_of = {f"releasepipe-chunk-{token}-{i}": chunk for i, chunk in enumerate(chunks)}
        run.retried = sorted(item.rel for key in redone for item in chunk_of.get(key, ()))
    return run


def _result(chunk: Sequence[InputFile], future: Future) -> list[Outcome]:
    """The chunk's outcomes; each of its files failed when the task could not complete."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - the task's own error, e.g. KilledWorker
        if future.status != "error":
            raise
        return [failure(item, exc, 0.0) for item in chunk]


def _check_workers(client: Client, config: PipelineConfig) -> int:
    """The number of workers; ConfigError when one cannot give the outputs this version would."""
    try:
        answers: dict[str, tuple[str, list[str]]] = client.run(_worker_check, sorted(set(config.models.values())
                                                                                      | set(config.fallbacks.values())))
    except Exception as exc:  # noqa: BLE001 - e.g. releasepipe not importable on a worker
        raise ConfigError(Code.BAD_OPTION, f"the Dask workers cannot run releasepipe ({type(exc).__name__}: {exc}); "
                                           f"install releasepipe {__version__} and the pipeline's models on every "
                                           "worker") from None
    for worker, (version, missing) in sorted(answers.items()):
        if version != __version__:
            raise ConfigError(Code.BAD_OPTION, f"Dask worker {worker} runs releasepipe {version}, this machine "
                                               f"{__version__}: install the same version everywhere")
        if missing:
            raise ConfigError(Code.UNKNOWN_MODEL, f"Dask worker {worker} lacks the model(s) {', '.join(missing)} "
                                                  f"of pipeline {config.name!r}")
    return len(answers)


def _worker_check(model_names: list[str]) -> tuple[str, list[str]]:
    """On a worker: its releasepipe version and which of ``model_names`` it lacks."""
    from .. import models

    installed = set(models.installed())
    return __version__, [name for name in model_names if name not in installed]
