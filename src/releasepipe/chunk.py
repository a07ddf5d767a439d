"""Processing one chunk of inputs, wherever it runs: what the runner and every engine share.

A chunk is read, analysed (the models see its releases as one stream),
validated and serialized here, in this process, a local worker process
(:mod:`releasepipe.workers`) or a Dask worker (:mod:`releasepipe.engines.dask`);
each input gets one :class:`Outcome`, which travels back to the process that
writes the outputs (:mod:`releasepipe.runner`). Neither the runner nor an
engine is imported here, so an engine never imports the runner.
"""

from __future__ import annotations

import gc
import hashlib
import os
import signal
import stat as stat_module
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import cache, ingest, models
from .errors import Code, InputError, ReleasepipeError, TimeLimit
from .ingest.limits import DEFAULT_LIMITS, TOO_LARGE, Limits, megabytes
from .model import Document, Source
from .pipeline import Options, PipelineConfig
from .write.jsonout import dumps_release

__all__ = ["FileResult", "InputFile", "Outcome", "RunSettings", "error_entry", "failure", "printable_path",
           "process_chunk"]


@dataclass(frozen=True, slots=True)
class RunSettings:
    """How a batch runs (as opposed to what the pipeline extracts)."""

    jobs: int = 1
    force: bool = False
    docx: bool = True
    #: remove the outputs of inputs that disappeared (else only report them)
    prune: bool = True
    #: seconds one file may spend being read and parsed
    file_timeout: float | None = 120.0
    #: size, depth and inflation limits of the readers (see docs/security.md)
    limits: Limits = DEFAULT_LIMITS
    #: "local" (this process or a pool of worker processes) or "dask"
    engine: str = "local"
    #: a Dask scheduler address (tcp://host:port); None starts a LocalCluster
    scheduler: str | None = None
    #: once the models are loaded, exempt them (and everything else alive then) from
    #: garbage collection for the rest of the process (``gc.freeze``): faster, but a
    #: program that goes on after the run keeps those objects; the CLI sets it
    freeze_heap: bool = False
    #: when another run holds OUT's lock: wait for it (True) or stop with OutputError RP402
    wait: bool = False
    #: process inputs in worker processes the run can kill (time limits that hold,
    #: a crash costs one input); False runs them in this process
    isolate: bool = True
    #: keep the model's result per paragraph, so that no paragraph is read by a model
    #: twice (see :mod:`releasepipe.cache`); outputs are the same without it
    cache: bool = True
    #: language of the Word summaries' own words; None: each release's own when known
    summary_lang: str | None = None
    #: language of the digest, and whether it ends with every release's brief
    digest_lang: str = "en"
    digest_briefs: bool = True
    #: where the cache is kept between runs (a run sets OUT's); None: in memory only
    cache_path: str | None = None


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: where it is, and its path relative to the input it was found under."""

    path: Path
    rel: str
    #: the input's bytes when they do not come from ``path`` (``extract -`` reads stdin)
    data: bytes | None = None
    #: the resolved input folder (or file) it was found under: a rerun removes the
    #: outputs of deleted inputs only under the roots it was given
    root: str | None = None
    #: found by walking the folder ``root``: it must still lie inside it when it is read
    walked: bool = False

    @property
    def output(self) -> str:
        """The release JSON's path relative to OUT."""
        return Path(self.rel).with_suffix(".json").as_posix()

    @property
    def summary(self) -> str:
        """The release's Word summary, relative to OUT."""
        return Path(self.rel).with_suffix(".docx").as_posix()


@dataclass(slots=True)
class FileResult:
    """What happened to one input file."""

    path: str
    status: Literal["ok", "failed", "skipped"]
    output: str | None = None
    error: dict[str, str] | None = None
    seconds: float = 0.0
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: outputs of an earlier run were kept: the input and pipeline did not change
    reused: bool = False


def printable_path(path: str) -> str:
    """A path as valid Unicode: bytes of a name that are not UTF-8 (which Python keeps as lone
    surrogates) shown as ``\\xNN``, so it can be written to JSON and terminals."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name gives (from a message, say): \udXXX
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(slots=True)
class Outcome:
    """A processed input as it travels back from a worker."""

    result: FileResult
    json_text: str | None = None
    docx: bytes | None = None
    sha256: str | None = None
    #: the input's size and modification time when it was read
    stat: tuple[int, int] = (0, 0)


def _read(item: InputFile, timeout: float | None,
          limits: Limits = DEFAULT_LIMITS) -> tuple[Document, Source, tuple[int, int]]:
    """Read and parse one input, within the time limit; also its (size, mtime) as read."""
    fmt = ingest.FORMATS.get(item.path.suffix.lower())
    if fmt is None:
        raise InputError(Code.UNSUPPORTED_FORMAT,
                         f"unsupported file type {item.path.suffix or '(none)'!r}; supported: "
                         + ", ".join(sorted(ingest.FORMATS)), path=item.rel)
    try:
        with _time_limit(timeout):
            if item.data is None:
                data, stat = _read_regular(item, limits)
            else:
                data, stat = item.data, (len(item.data), 0)
                if len(data) > limits.max_bytes:
                    raise _too_large(len(data), limits, item.rel)
            document = ingest.read_bytes(data, fmt, name=printable_path(item.rel), limits=limits)
    except InputError as exc:
        exc.path = item.rel
        raise
    source = Source(path=printable_path(item.rel), format=fmt, bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    return document, source, stat


def _too_large(size: int, limits: Limits, rel: str) -> InputError:
    return InputError(TOO_LARGE, f"file is {megabytes(size)}, over the {megabytes(limits.max_bytes)} limit "
                                 "(--max-file-mb)", path=rel)


def _read_regular(item: InputFile, limits: Limits) -> tuple[bytes, tuple[int, int]]:
    """The bytes of a regular file, never more than the size limit.

    Opened without blocking and checked with ``fstat`` on the open descriptor, so
    a FIFO, socket or device in place of a file (or swapped in after discovery)
    is reported instead of read: ``open`` on a FIFO would wait for a writer,
    and ``/dev/zero`` never ends.
    """
    path, flags = item.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if item.walked and item.root:
        # The folder was checked when it was walked; a file swapped for a link since is checked again,
        # and the file opened is the one checked (no link followed at the last step).
        path = Path(os.path.realpath(item.path))
        if not path.is_relative_to(item.root):
            raise InputError(Code.UNSAFE_LINK, "now a symbolic link to a file outside the input folder: not followed",
                             path=item.rel)
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(Code.FILE_NOT_FOUND, "file not found (deleted during the run?)", path=item.rel) from None
    except IsADirectoryError:
        raise InputError(Code.UNREADABLE, "is a folder, not a file", path=item.rel) from None
    except OSError as exc:
        raise InputError(Code.UNREADABLE, f"cannot read: {exc.strerror or exc}", path=item.rel) from None
    try:
        st = os.fstat(fd)
        if stat_module.S_ISDIR(st.st_mode):
            raise InputError(Code.UNREADABLE, "is a folder, not a file", path=item.rel)
        if not stat_module.S_ISREG(st.st_mode):
            raise InputError(Code.NOT_A_REGULAR_FILE, "not a regular file (a FIFO, socket or device): not read",
                             path=item.rel)
        if st.st_size > limits.max_bytes:
            raise _too_large(st.st_size, limits, item.rel)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limits.max_bytes + 1)
        if len(data) > limits.max_bytes:  # grew since fstat
            raise _too_large(len(data), limits, item.rel)
    except OSError as exc:
        raise InputError(Code.UNREADABLE, f"cannot read: {exc.strerror or exc}", path=item.rel) from None
    finally:
        os.close(fd)
    return data, (st.st_size, st.st_mtime_ns)


def process_chunk(items: Sequence[InputFile], config: PipelineConfig, options: Options,
                  settings: RunSettings, progress: Callable[[str, float], None] | None = None) -> list[Outcome]:
    """Read, analyse, validate and serialize a chunk of inputs; one outcome each, in order.

    Each input's reading, and the analysis of the whole chunk, are under
    ``settings.file_timeout`` (per input); when the chunk's analysis runs out of
    time, each input is analysed alone, so only the one that is too slow fails.
    ``progress`` hears what is being done (see :mod:`releasepipe.workers`).
    """
    started = time.perf_counter()
    outcomes: list[Outcome | None] = [None] * len(items)
    readable: list[tuple[int, Document, Source, tuple[int, int]]] = []
    timeout = settings.file_timeout
    for i, item in enumerate(items):
        t = time.perf_counter()
        if progress:
            progress("read", i)
        try:
            readable.append((i, *_read(item, timeout, settings.limits)))
        except Exception as exc:  # noqa: BLE001 - reported per file
            outcomes[i] = failure(item, exc, time.perf_counter() - t)
    if progress:
        progress("analyse", len(readable))
    try:
        with _time_limit(timeout * len(readable) if timeout else None, raising=False):
            done = _analyse(items, readable, config, options, settings)
    except TimeLimit:
        done = []
        for one in readable:
            try:
                with _time_limit(timeout, raising=False):
                    done += _analyse(items, [one], config, options, settings)
            except TimeLimit:
                done.append((one[0], failure(items[one[0]], InputError(
                    Code.TIMEOUT, f"processing took longer than {timeout:g} s (see --timeout)"), 0.0)))
    for i, outcome in done:
        outcomes[i] = outcome
    if settings.freeze_heap:
        _freeze_long_lived()
    # The models see the chunk as one stream, so each release gets an equal share
    # of the chunk's time (reading, models, extractors, validation, Word).
    share = round((time.perf_counter() - started) / max(len(items), 1), 4)
    for i, *_ in readable:
        settled = outcomes[i]
        if settled is not None:
            settled.result.seconds = share
    return [o for o in outcomes if o is not None]


def _analyse(items: Sequence[InputFile], readable: list[tuple[int, Document, Source, tuple[int, int]]],
             config: PipelineConfig, options: Options, settings: RunSettings) -> list[tuple[int, Outcome]]:
    """Releases from read inputs: analysed together, validated, serialized (and summarized) one by one."""
    from . import schema
    from .pipeline import process_many

    paragraphs = cache.shared(settings.cache_path) if settings.cache else None
    releases = process_many([(d, s) for _, d, s, _ in readable], config=config, options=options, cache=paragraphs)
    done: list[tuple[int, Outcome]] = []
    for (i, _, source, stat), release in zip(readable, releases):
        item = items[i]
        try:
            if isinstance(release, Exception):
                raise release
            data = release.to_dict()
            schema.validate(data)
            docx = _summary(data, settings.summary_lang) if settings.docx else None
            done.append((i, Outcome(
                FileResult(item.rel, "ok", output=item.output,
                           language=data["language"]["code"], warnings=[w["code"] for w in data["warnings"]]),
                json_text=dumps_release(data), docx=docx, sha256=source.sha256, stat=stat)))
        except Exception as exc:  # noqa: BLE001
            done.append((i, failure(item, exc, 0.0)))
    return done


#: How many models this process had loaded when it last froze its heap.
_frozen_at = -1


def _freeze_long_lived() -> None:
    """Take what a process keeps for life out of the garbage collector's sight, once
    its models are loaded.

    The models, langdetect's n-gram profiles and the extractors' tables are
    hundreds of thousands of objects that never die; each full collection,
    which the allocations of a few hundred releases trigger, walked them all
    (about 1 ms per release, measured). ``gc.freeze`` after a collection
    moves them to the permanent generation; it is redone whenever another
    model was loaded since.
    """
    global _frozen_at
    if len(models.loaded()) != _frozen_at:
        _frozen_at = len(models.loaded())
        gc.collect()
        gc.freeze()


def _summary(release: dict[str, Any], lang: str | None = None) -> bytes:
    from .write.summary import release_docx

    return release_docx(release, lang=lang)


def failure(item: InputFile, exc: BaseException, seconds: float) -> Outcome:
    """The outcome of an input whose work raised ``exc``: failed, with its code (RP109 for an unexpected error)."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit)):
        raise exc
    if isinstance(exc, ReleasepipeError):
        error = error_entry(exc.code, exc.message)
    else:
        error = error_entry(Code.PROCESSING_FAILED, f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
    return Outcome(FileResult(item.rel, "failed", error=error, seconds=round(seconds, 4)))


@contextmanager
def _time_limit(seconds: float | None, *, raising: bool = True) -> Iterator[None]:
    """Stop the block with :class:`TimeLimit` when it runs longer than ``seconds``,
    not counting the time spent loading models (main thread, POSIX only).

    With ``raising`` (the default) the overrun is reported as InputError RP110;
    otherwise TimeLimit itself reaches the caller.
    """
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    loading = models.load_seconds

    def expire(signum, frame):  # noqa: ARG001
        nonlocal loading
        if models.loading:  # never interrupt a model load: look again shortly
            signal.setitimer(signal.ITIMER_REAL, 0.25)
            return
        extra = models.load_seconds - loading
        if extra > 0.001:  # a model was loaded meanwhile: its time is not the file's
            loading = models.load_seconds
            signal.setitimer(signal.ITIMER_REAL, extra)
            return
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds or 0.0)
    try:
        yield
    except TimeLimit:
        if not raising:
            raise
        raise InputError(Code.TIMEOUT, f"reading took longer than {seconds:g} s (see --timeout)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def error_entry(code: Code, message: str) -> dict[str, str]:
    """An error as FileResult.error and the run report give it: its code and one-line message."""
    return {"code": code.value, "message": message}
