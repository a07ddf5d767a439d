"""Batch runs: discover inputs, process what changed, write outputs, state and report.

A failing input is reported (status, stable code, one-line message) and the
batch goes on. Every output is written atomically and recorded in the output
folder's state database as soon as it is written, so an interrupted run leaves
only complete files behind and the next run resumes where it stopped. Releases
are processed in chunks, in this process or in ``jobs`` worker processes that
each load a model once (or on a Dask cluster, :mod:`releasepipe.engines.dask`);
results are written in input order either way. What a chunk goes through, and
what the runner and the engines share, is in :mod:`releasepipe.chunk`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from urllib.request import url2pathname

from . import __version__, cache, ingest
from .chunk import FileResult, InputFile, Outcome, RunSettings, printable_path, process_chunk
from .chunk import error_entry as _err
from .errors import Code, ConfigError, InputError, OutputError
from .model import Source
from .pipeline import Options, PipelineConfig, load_pipeline
from .state import Row, State
from .write.atomic import atomic_open, temporary_path, write_bytes, write_text
from .write.jsonout import dumps_line, dumps_release, loads

#: Files every run writes at the top of OUT; no release may map onto them.
RESERVED = ("releases.jsonl", "run-report.json", "digest.docx")
#: The batch's exports, written at the top of OUT beside releases.jsonl (no release maps onto them).
EXPORTS = {"csv": "facts.csv", "vcf": "contacts.vcf", "xlsx": "facts.xlsx"}
#: The exports every run rebuilds (the workbook only on demand: ``releasepipe export OUT --format xlsx``).
RUN_EXPORTS = ("csv", "vcf")
#: The batch entity index and the translation groups (see :mod:`releasepipe.linking`), beside releases.jsonl.
INDEXES = ("entities.jsonl", "translations.jsonl")
#: The file whose lock a run holds on OUT.
LOCKFILE = ".releasepipe.lock"
#: Releases per task: large enough for efficient ``nlp.pipe`` batches, small
#: enough to keep memory flat and results flowing.
CHUNK = 16



@dataclass(slots=True)
class RunReport:
    """The whole run, as written to ``OUT/run-report.json``."""

    started: str
    options: dict[str, Any]
    files: list[FileResult] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    finished: str | None = None
    seconds: float = 0.0
    interrupted: bool = False
    #: what a distributed engine reports: workers lost, inputs processed again
    engine: dict[str, Any] = field(default_factory=dict)
    #: warnings about the run as a whole (code and message), e.g. a state rebuilt
    notices: list[dict[str, str]] = field(default_factory=list)
    #: peak resident memory of the run and its workers (MB)
    memory: dict[str, float] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        counts = {"ok": 0, "failed": 0, "skipped": 0, "processed": 0, "reused": 0, "removed": len(self.removed)}
        for f in self.files:
            counts[f.status] += 1
            if f.status == "ok":
                counts["reused" if f.reused else "processed"] += 1
        return counts

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        data = {
            "releasepipe": __version__,
            "started": self.started,
            "finished": self.finished,
            "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
            "options": self.options,
            "counts": self.counts,
            "removed": self.removed,
            "engine": self.engine or {"name": "local"},
            "memory": self.memory,
            "notices": self.notices,
            "files": [asdict(f) for f in self.files],
        }
        return _valid_unicode(data)


def _valid_unicode(value: Any) -> Any:
    if isinstance(value, str):
        return printable_path(value)
    if isinstance(value, dict):
        return {_valid_unicode(k): _valid_unicode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_valid_unicode(v) for v in value]
    return value


# --- discovery -----------------------------------------------------------------

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")


def local_path(value: str | os.PathLike) -> Path:
    """The path a local path or a ``file://`` URL names; ConfigError for other URLs (``s3://``…)."""
    text = os.fspath(value)
    if not isinstance(text, str) or not _URL.match(text):
        return Path(value)
    url = urlsplit(text)
    if url.scheme.lower() == "file" and url.netloc in ("", "localhost"):
        return Path(url2pathname(url.path))
    raise ConfigError(Code.BAD_OPTION, f"{text}: only local paths and file:// URLs on this machine are supported")


def discover(inputs: Sequence[str | os.PathLike], *, out: Path | None = None) -> tuple[list[InputFile], list[FileResult]]:
    """Input files in path order, and results for what cannot be an input.

    A folder is walked recursively (hidden files and the output folder are left
    out; symbolic links are followed only while they stay inside the folder);
    files with another extension found in a folder are ``skipped``; a file named
    explicitly with an unsupported extension, or missing, ``failed``.
    """
    files: list[InputFile] = []
    results: list[FileResult] = []
    out_resolved = out.resolve() if out else None
    for raw in inputs:
        try:
            root = local_path(raw)
        except ConfigError as exc:
            results.append(FileResult(str(raw), "failed", error=_err(exc.code, exc.message)))
            continue
        if root.is_dir():
            base = str(root.resolve())
            for path, problem in _walk(root, out_resolved):
                rel = path.relative_to(root).as_posix()
                if problem is not None:
                    results.append(FileResult(rel, "failed", error=_err(*problem)))
                elif path.suffix.lower() in ingest.FORMATS:
                    files.append(InputFile(path, rel, root=base, walked=True))
                else:
                    results.append(FileResult(rel, "skipped", error=_err(
                        Code.UNSUPPORTED_FORMAT, f"not a release format ({path.suffix or 'no extension'})")))
        elif root.is_file() or root.suffix.lower() in ingest.FORMATS:
            # A missing file is kept: reading it reports the error like any other.
            files.append(InputFile(root, root.name, root=str(root.resolve())))
        else:
            results.append(FileResult(str(raw), "failed", error=_err(Code.FILE_NOT_FOUND, "no such file or folder")))
    files.sort(key=lambda f: f.rel)
    results.sort(key=lambda r: r.path)
    return files, results


def _walk(root: Path, skip: Path | None) -> Iterator[tuple[Path, tuple[Code, str] | None]]:
    """Files under ``root``, each with a problem that keeps it from being read, or None."""
    base = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root):  # does not descend into linked folders
        here = Path(dirpath)
        kept = []
        for d in sorted(dirnames):
            if d.startswith(".") or (here / d).resolve() == skip:
                continue
            if (here / d).is_symlink():
                yield here / d, (Code.UNSAFE_LINK, "symbolic link to a folder: not followed")
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield path, (Code.UNSAFE_LINK, "symbolic link that loops or points nowhere")
                    continue
                if not target.is_relative_to(base):
                    yield path, (Code.UNSAFE_LINK, "symbolic link to a file outside the input folder: not followed")
                    continue
                if skip is not None and target.is_relative_to(skip):
                    yield path, (Code.UNSAFE_LINK, "symbolic link into the output folder: not followed")
                    continue
            yield path, None


def find_collisions(files: Sequence[InputFile]) -> dict[str, list[InputFile]]:
    """Inputs that map to one output name (or onto a file every run writes)."""
    by_output: dict[str, list[InputFile]] = {}
    for f in files:
        by_output.setdefault(f.output.casefold(), []).append(f)
    reserved = {Path(r).with_suffix(".json").as_posix() for r in RESERVED} | set(RESERVED)
    return {k: v for k, v in by_output.items() if len(v) > 1 or k in reserved}


# --- the batch -----------------------------------------------------------------

def process_inputs(items: Sequence[InputFile], *, config: PipelineConfig, options: Options = Options(),
                   settings: RunSettings = RunSettings(docx=False)) -> Iterator[tuple[FileResult, str | None]]:
    """Process inputs without writing anything: each one's result and release JSON (None if it failed), in order.

    The same reading, limits, time limit and workers as a run (``settings``); the
    models load once for all of them.
    """
    for outcome in _outcomes(list(items), config, options, settings, {}):
        yield outcome.result, outcome.json_text


def process_file(item: InputFile, *, config: PipelineConfig, options: Options) -> dict[str, Any]:
    """Read, analyse and validate one input; the release as a contract dict."""
    outcome = process_chunk([item], config, options, RunSettings(docx=False, file_timeout=None, isolate=False))[0]
    if outcome.json_text is None:
        error = outcome.result.error or {}
        raise InputError(Code(error.get("code", Code.PROCESSING_FAILED.value)), error.get("message", ""), path=item.rel)
    return loads(outcome.json_text)


def process_path(
    path: str | os.PathLike, *, config: PipelineConfig | None = None, options: Options = Options()
) -> dict[str, Any]:
    """Process one release file; the release as the output contract's dict.

    Raises InputError when the file cannot be read or processed. ``config``
    defaults to the shipped ``default`` pipeline.
    """
    path = Path(path)
    return process_file(InputFile(path, path.name), config=config or load_pipeline("default"), options=options)


def run(
    inputs: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    config: PipelineConfig,
    options: Options = Options(),
    settings: RunSettings = RunSettings(),
    on_result: Callable[[FileResult], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    on_release: Callable[[FileResult, str], None] | None = None,
) -> RunReport:
    """Process ``inputs`` into ``out``; the report is also written to ``out/run-report.json``.

    Only inputs that are new, changed, failed before or were produced by another
    pipeline or options are processed (all with ``settings.force``). ``on_start``
    receives the number of files to process and ``on_result`` each file's
    result as it is known (the CLI draws progress and errors with them);
    ``on_release`` each release's JSON (one line, as in ``releases.jsonl``) once
    its outputs are written, or kept from an earlier run.
    """
    out_dir = local_path(out)
    _check_not_an_input_folder(out_dir, inputs)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(Code.OUTPUT_NOT_WRITABLE, f"{out_dir}: cannot create the output folder: "
                                                    f"{exc.strerror or exc}") from None
    with _locked(out_dir, wait=settings.wait):
        return _run_locked(inputs, out_dir, config, options, settings, on_result, on_start, on_release)


def _run_locked(inputs: Sequence[str | os.PathLike], out_dir: Path, config: PipelineConfig, options: Options,
                settings: RunSettings, on_result: Callable[[FileResult], None] | None,
                on_start: Callable[[int], None] | None,
                on_release: Callable[[FileResult, str], None] | None) -> RunReport:
    t0 = time.perf_counter()
    run_key = _run_key(config, options, settings)
    report = RunReport(started=_now(), options={
        "inputs": [str(i) for i in inputs], "out": str(out_dir), "pipeline": config.name,
        "pipeline_fingerprint": config.fingerprint, "lang": options.lang,
        "reference_date": options.reference_date.isoformat() if options.reference_date else None,
        "jobs": settings.jobs, "force": settings.force, "docx": settings.docx,
    })
    state = State(out_dir)
    try:
        _check_batch_files(out_dir, state_known=state.get_meta("batch") is not None)
    except OutputError:
        state.close()
        raise
    _remove_partial_writes(out_dir, state)  # left by a run that was killed mid-write
    settings = _with_cache(settings, out_dir, report)
    completed = False
    own_while_workers: float | None = None
    todo: list[InputFile] = []
    try:
        files, early = discover(inputs, out=out_dir)
        for result in early:
            _record(report, result, on_result)
        rows = state.rows()
        if state.rebuilt:  # at opening, or when reading the rows
            report.notices.append(_err(Code.STATE_REBUILT, f"state of earlier runs unusable ({state.rebuilt}): "
                                                           "every input is processed again"))
        ours = {o for row in rows.values() for o in row.outputs}
        refused = _refuse_foreign_outputs(files, out_dir, ours, settings.docx)
        collisions = find_collisions([f for f in files if f.rel not in refused])
        collided = {id(f) for group in collisions.values() for f in group}
        for group in collisions.values():
            names = ", ".join(f.rel for f in group)
            for f in group:
                _record(report, FileResult(f.rel, "failed", error=_err(
                    Code.OUTPUT_COLLISION, f"output name {f.output!r} is also claimed by: {names}")), on_result)
        for rel, message in refused.items():
            _record(report, FileResult(rel, "failed", error=_err(Code.OUTPUT_COLLISION, message)), on_result)
        adopted: dict[str, list[str]] = {}
        for item in (f for f in files if id(f) not in collided and f.rel not in refused):
            if not settings.force and _unchanged(item, rows.get(item.rel), run_key, out_dir, state):
                row = rows[item.rel]
                if row.root != item.root and item.root:
                    adopted.setdefault(item.root, []).append(item.rel)
                _record(report, FileResult(item.rel, "ok", output=item.output, seconds=row.seconds or 0.0,
                                           language=row.language, warnings=row.warnings, reused=True), on_result)
                if on_release:
                    on_release(report.files[-1], dumps_line(loads((out_dir / item.output).read_bytes())))
            else:
                todo.append(item)
        for root, paths in adopted.items():
            state.set_root(paths, root)
        # Only inputs that were under this run's roots can have been deleted; rows of
        # other roots (another input folder into the same OUT) are not this run's to judge.
        roots = _roots(inputs)
        current = {f.rel for f in files}
        for path in sorted(p for p, row in rows.items() if _gone(p, row, roots, current)):
            report.removed.append(path)
            if settings.prune:
                for output in rows[path].outputs:
                    target = out_dir / output
                    # a file put there since (not releasepipe's, or a link) is the user's: left alone
                    if not target.is_symlink() and (not target.exists() or _written_by_releasepipe(target)):
                        _unlink(out_dir, output)
                state.forget(path)
        if on_start:
            on_start(len(todo))
        changed = bool(todo or report.removed) or not all(
            (out_dir / name).exists() for name in ("releases.jsonl", *(EXPORTS[f] for f in RUN_EXPORTS), *INDEXES))
        root_of = {f.rel: f.root for f in todo}
        for outcome in _outcomes(todo, config, options, settings, report.engine):
            _write(outcome, out_dir, state, run_key, root_of.get(outcome.result.path))
            _record(report, outcome.result, on_result)
            if on_release and outcome.json_text is not None:
                on_release(outcome.result, dumps_line(loads(outcome.json_text)))
        own_while_workers = _max_rss("self")
        batch = _batch(state, out_dir)
        digest_options = f"digest {settings.docx} {settings.digest_lang} {settings.digest_briefs}"
        key = hashlib.sha256("\n".join([*batch, digest_options]).encode("utf-8", "surrogateescape")).hexdigest()[:16]
        if changed or state.get_meta("batch") != key:
            _write_batch_files(batch, out_dir, settings, state)
            state.set_meta("batch", key)
        completed = True
    except KeyboardInterrupt:
        report.interrupted = True
        raise
    finally:
        try:
            report.files.sort(key=lambda r: r.path)
            report.finished = _now()
            report.seconds = time.perf_counter() - t0
            report.memory = _peak_memory(own_while_workers, min(settings.jobs, max(1, -(-len(todo) // CHUNK))))
            if settings.cache_path is not None:
                problem = cache.finish(settings.cache_path)
                if problem:
                    report.notices.append(_err(Code.CACHE_UNUSED, problem))
            _write_files(out_dir, {"run-report.json": dumps_release(report.to_dict()).encode()}, state)
            # Every temporary file of this run was renamed into place or deleted by atomic_open,
            # unless a signal fell between its creation and the cleanup that guards it.
            _remove_partial_writes(out_dir, state)
        except (OSError, OutputError):
            if completed:  # the run's own error, if any, is the one to tell
                raise
        finally:
            state.close()
    return report


def _with_cache(settings: RunSettings, out_dir: Path, report: RunReport) -> RunSettings:
    """The run's settings with OUT's paragraph cache, when it can be used (else a notice, and
    each process keeps its cache in memory)."""
    if not settings.cache:
        return settings
    path = out_dir / cache.FILENAME
    problem = cache.prepare(path)
    if problem:
        report.notices.append(_err(Code.CACHE_UNUSED, problem))
        return settings
    return replace(settings, cache_path=str(path))


def _gone(path: str, row: Row, roots: set[str], current: set[str]) -> bool:
    """Whether the input of a state row was deleted, as far as this run can tell: rows found under
    one of its roots and not found now; rows of an earlier run on a folder inside one of its roots
    whose file is gone. Rows of other roots, or recorded before roots were, are not its to judge."""
    if path in current or row.root is None:
        return False
    if row.root in roots:
        return True
    if any(Path(row.root).is_relative_to(root) for root in roots):
        source = Path(row.root) / path if os.path.isdir(row.root) else Path(row.root)
        return not os.path.lexists(source)
    return False


def _check_not_an_input_folder(out_dir: Path, inputs: Sequence[str | os.PathLike]) -> None:
    """Refuse an OUT that is one of the input folders: every output would land among the inputs."""
    try:
        target = out_dir.resolve()
    except (OSError, RuntimeError):
        return
    for raw in inputs:
        try:
            root = local_path(raw)
            if root.is_dir() and root.resolve() == target:
                raise OutputError(Code.OUTPUT_OVERLAPS_INPUT,
                                  f"{out_dir} is also an input folder: outputs would be written among the inputs; "
                                  "choose another --out (a folder inside the input folder is fine: it is not read)")
        except (OSError, RuntimeError, ConfigError):
            continue


def _roots(inputs: Sequence[str | os.PathLike]) -> set[str]:
    roots = set()
    for raw in inputs:
        try:
            roots.add(str(local_path(raw).resolve()))
        except (OSError, RuntimeError, ConfigError):
            pass
    return roots


def _refuse_foreign_outputs(files: Sequence[InputFile], out_dir: Path, ours: set[str], docx: bool) -> dict[str, str]:
    """Inputs whose outputs would replace a file releasepipe did not write (an input, a user's
    file, a link), with why: that file is left alone and the input fails (RP108)."""
    refused: dict[str, str] = {}
    inputs: set[str] | None = None  # built only when an output path is taken by an unknown file
    longest = _name_max(out_dir)
    for item in files:
        for output in (item.output, item.summary) if docx else (item.output,):
            target = out_dir / output
            if len(os.fsencode(target.name)) > longest:
                refused[item.rel] = (f"output name {target.name[:60]!r}… is longer than the {longest} bytes "
                                     "this file system allows: rename the input")
                break
            if output in ours or not os.path.lexists(target):
                continue
            if inputs is None:
                inputs = {os.path.realpath(f.path) for f in files if f.data is None}
            if os.path.realpath(target) in inputs:
                why = "is an input"
            elif target.is_symlink() or not target.is_file():
                why = "is a link or not a regular file"
            elif not _written_by_releasepipe(target):
                why = "was not written by releasepipe"
            else:
                continue
            refused[item.rel] = (f"output {output!r} would replace {target}, which {why}: left alone "
                                 "(move it, or choose another --out)")
            break
    return refused


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _check_batch_files(out_dir: Path, state_known: bool) -> None:
    """Refuse to run when a file a run writes at the top of OUT is there and is not releasepipe's.
    The exports, newer than some OUT folders' state, are always judged by their content."""
    for name in RESERVED:
        _check_batch_file(out_dir / name, state_known)
    for name in (*(EXPORTS[f] for f in RUN_EXPORTS), *INDEXES):
        _check_batch_file(out_dir / name, False)


def _check_batch_file(target: Path, state_known: bool) -> None:
    if not os.path.lexists(target):
        return
    if target.is_symlink() or not target.is_file():
        why = "is a link or not a regular file"
    elif state_known or _written_by_releasepipe(target):
        return
    else:
        why = "was not written by releasepipe"
    raise OutputError(Code.OUTPUT_TAKEN, f"{target} {why}: releasepipe writes its own {target.name} there; "
                                         "move that file, or choose another --out")


def _written_by_releasepipe(path: Path) -> bool:
    """Whether a file at an output path, unknown to the state (e.g. rebuilt), bears releasepipe's mark."""
    import zipfile

    try:
        if path.suffix in (".json", ".jsonl"):
            with path.open("rb") as fh:
                head = fh.read(4096)
            if path.name == "run-report.json":
                return head.lstrip().startswith(b'{') and b'"releasepipe"' in head and b'"started"' in head
            if path.name in INDEXES:
                return not head or head.startswith((b'{"id":', b'{"group":'))
            return not head.strip() or (b'"schema_version"' in head and b'"source"' in head)
        if path.suffix in (".csv", ".vcf"):
            from .write.exports import FACT_COLUMNS, PRODID

            with path.open("rb") as fh:
                head = fh.read(4096)
            if path.suffix == ".csv":
                return not head or head.startswith(("\ufeff" + ",".join(FACT_COLUMNS) + "\r\n").encode())
            return not head or (head.startswith(b"BEGIN:VCARD") and f"PRODID:{PRODID}".encode() in head)
        if path.suffix in (".docx", ".xlsx"):
            with zipfile.ZipFile(path) as archive:
                return b">releasepipe<" in archive.read("docProps/core.xml")[:65536]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return False
    return False


@contextmanager
def _locked(out_dir: Path, *, wait: bool) -> Iterator[None]:
    """Hold OUT's lock (``OUT/.releasepipe.lock``) for the whole run: one run per OUT."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        yield
        return
    path = out_dir / LOCKFILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
    except OSError as exc:
        raise OutputError(Code.OUTPUT_NOT_WRITABLE, f"{out_dir}: cannot create the lock file: "
                                                    f"{exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise OutputError(Code.OUTPUT_LOCKED, f"{out_dir} is in use by another releasepipe run"
                                                  f"{f' (process {holder})' if holder.isdigit() else ''}: "
                                                  "wait for it to finish, or pass --wait") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_partial_writes(out_dir: Path, state: State) -> None:
    """Delete the temporary files of atomic writes that never completed: by the exact
    names recorded before they were created, never by pattern."""
    names = state.temporaries()
    for name in names:
        _unlink(out_dir, name)
    if names:
        state.clear_temporaries(names)


def _unlink(out_dir: Path, name: str) -> None:
    """Remove a file releasepipe recorded, by its exact name inside OUT; never through a folder
    that has become a link out of OUT since."""
    target = out_dir / name
    if not Path(os.path.realpath(target.parent)).is_relative_to(os.path.realpath(out_dir)):
        return
    try:
        target.unlink(missing_ok=True)
    except IsADirectoryError:
        pass
    except OSError as exc:
        raise OutputError(Code.OUTPUT_NOT_WRITABLE, f"{out_dir}: cannot remove {name}: "
                                                    f"{exc.strerror or exc}") from None


def _write_files(out_dir: Path, files: dict[str, bytes], state: State) -> None:
    """Write each ``OUT/name`` atomically, their temporary names recorded first (one commit);
    one-line error when OUT cannot take them."""
    if not files:
        return
    state.add_temporaries([temporary_path(Path(name)).as_posix() for name in files])
    for name, data in files.items():
        try:
            write_bytes(out_dir / name, data)
        except OSError as exc:
            raise OutputError(Code.OUTPUT_NOT_WRITABLE, f"cannot write {out_dir / name}: "
                                                        f"{exc.strerror or exc}") from None


def _peak_memory(own_while_workers: float | None, workers_at_once: int) -> dict[str, float]:
    """Peak resident memory in MB: of this process, of its largest worker, and a bound on the
    whole run's (this process while the workers ran plus that many of the largest worker, or
    this process alone afterwards, when it writes the digest)."""
    own = _max_rss("self")
    if own is None:  # pragma: no cover - not POSIX
        return {}
    workers = _max_rss("children") or 0.0
    during = (own_while_workers or 0.0) + workers * workers_at_once
    return {"peak_rss_mb": round(own, 1), "peak_worker_rss_mb": round(workers, 1),
            "peak_total_rss_mb": round(max(own, during), 1)}


def _max_rss(who: Literal["self", "children"]) -> float | None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return None
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024  # KB on Linux, bytes on macOS
    target = resource.RUSAGE_SELF if who == "self" else resource.RUSAGE_CHILDREN
    return resource.getrusage(target).ru_maxrss * scale


def _run_key(config: PipelineConfig, options: Options, settings: RunSettings) -> str:
    """What the outputs depend on besides the input's bytes."""
    payload = [config.fingerprint, options.lang, str(options.reference_date), options.region, settings.docx]
    if settings.docx and settings.summary_lang:  # the summaries' words
        payload.append(settings.summary_lang)
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:16]


def _unchanged(item: InputFile, row: Row | None, run_key: str, out_dir: Path, state: State) -> bool:
    """Whether the outputs an earlier run wrote for ``item`` are still right."""
    if row is None or row.status != "ok" or row.run_key != run_key:
        return False
    if not all((out_dir / o).exists() for o in row.outputs):
        return False
    try:
        st = item.path.stat()
    except OSError:
        return False
    if (st.st_size, st.st_mtime_ns) == (row.size, row.mtime_ns):
        return True
    # A fresh checkout gives every file a new timestamp: compare the bytes.
    try:
        same = st.st_size == row.size and hashlib.sha256(item.path.read_bytes()).hexdigest() == row.sha256
    except OSError:
        return False
    if same:
        state.touch(item.rel, st.st_size, st.st_mtime_ns)
    return same


def _outcomes(todo: Sequence[InputFile], config: PipelineConfig, options: Options,
              settings: RunSettings, engine: dict[str, Any]) -> Iterator[Outcome]:
    """Outcomes in input order, from this process or from a pool of workers.

    ``engine`` receives what the engine has to tell about the run (workers
    lost, inputs processed again) for the run report.
    """
    chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    if settings.engine == "dask":
        from .engines.dask import outcomes as dask_outcomes

        info = yield from dask_outcomes(chunks, config, options, settings)
        engine.update(info.to_dict())
        return
    if not settings.isolate:
        for chunk in chunks:
            yield from process_chunk(chunk, config, options, settings)
        return
    from .workers import Pool

    work = partial(_work, config=config, options=options, settings=settings)
    with Pool(work, failure=_failed_in_worker, jobs=min(settings.jobs, len(chunks)),
              timeout=settings.file_timeout,
              warm=partial(_warm_up, config, options, freeze=settings.freeze_heap,
                           cache_path=settings.cache_path if settings.cache else None)) as pool:
        yield from pool.map(chunks)
    if any(pool.events.values()):
        engine.update({"name": "local", **pool.events})


#: A tiny release a new worker processes before its first input (see _warm_up).
_WARM_UP = ("Communiqué de presse\n\nUne aide pour les familles\n\nNIAMEY, 14 octobre 2024 – Plus de "
            "3 200 personnes ont reçu une aide, a déclaré Mme Awa Diallo, porte-parole. Contact : "
            "info@example.org, +227 20 72 00 00.\n").encode()


def _warm_up(config: PipelineConfig, options: Options, *, freeze: bool = False,
             cache_path: str | None = None) -> None:
    """What a new worker does once before its first input, outside any time limit: the imports
    and tables every release needs, built on first use, through the rule stages (no model).

    The cycle collector is off meanwhile (:func:`_collector_paused`): what is built here lives as
    long as the worker, and each full collection, triggered again and again as it grows, walked all
    of it. With ``freeze`` (``RunSettings.freeze_heap``) it is then collected once and frozen, so
    that the collections while the models load do not walk it either. Together: 7.5 → 6.8 s of
    CPU for a worker's start and first chunk of French releases.

    With OUT's cache (``cache_path``), the largest regular expressions (spaCy's French tokenizer
    exceptions: 2.3 s) are built from the code an earlier worker compiled (:mod:`.patterns`).
    """
    import gc
    from dataclasses import replace

    from .extract import language
    from .pipeline import process_many

    if cache_path is not None:
        from . import patterns

        patterns.install(cache.shared(cache_path))
    with _collector_paused():
        language.preload()
        rules = replace(config, stages=tuple(s for s in config.stages if s != "entities"))
        document = ingest.read_bytes(_WARM_UP, "txt", name="warm-up.txt")
        source = Source(path="warm-up.txt", format="txt", bytes=len(_WARM_UP),
                        sha256=hashlib.sha256(_WARM_UP).hexdigest())
        release = process_many([(document, source)], config=rules, options=options)[0]
        if not isinstance(release, Exception):
            from . import schema

            schema.validate(release.to_dict())
    if freeze:
        gc.collect()
        gc.freeze()


def _work(items: list[InputFile], progress: Callable[[str, float], None], *, config: PipelineConfig,
          options: Options, settings: RunSettings) -> list[Outcome]:
    return process_chunk(items, config, options, settings, progress)


def _failed_in_worker(item: InputFile, code: Code, message: str) -> Outcome:
    return Outcome(FileResult(item.rel, "failed", error=_err(code, message)))


def _write(outcome: Outcome, out_dir: Path, state: State, run_key: str, root: str | None) -> None:
    """Write one release's outputs, then record it: a crash in between only redoes it."""
    result = outcome.result
    files: dict[str, bytes] = {}
    if outcome.json_text is not None and result.output:
        files[result.output] = outcome.json_text.encode()
        if outcome.docx is not None:
            files[Path(result.output).with_suffix(".docx").as_posix()] = outcome.docx
    _write_files(out_dir, files, state)
    size, mtime = outcome.stat
    state.record(Row(result.path, size, mtime, outcome.sha256, run_key, list(files), result.status,
                     result.error["code"] if result.error else None, result.seconds, result.language,
                     result.warnings, root))


def _batch(state: State, out_dir: Path) -> list[str]:
    """The release JSON files OUT holds, in path order: every input of every run into it that is
    ok and not removed (a run on some of the inputs leaves the others' outputs in the batch)."""
    rows = state.rows()
    return [rows[p].outputs[0] for p in sorted(rows)
            if rows[p].status == "ok" and rows[p].outputs and (out_dir / rows[p].outputs[0]).is_file()]


def _write_batch_files(batch: Sequence[str], out_dir: Path, settings: RunSettings, state: State) -> None:
    """``releases.jsonl`` (and the digest) from every release JSON of the batch, in input order."""
    names = ("releases.jsonl", "digest.docx", *(EXPORTS[f] for f in RUN_EXPORTS), *INDEXES)
    state.add_temporaries([temporary_path(Path(n)).as_posix() for n in names])
    try:
        with _collector_paused():
            _write_batch_contents(batch, out_dir, settings, state)
    except OSError as exc:
        raise OutputError(Code.OUTPUT_NOT_WRITABLE, f"cannot write the batch files in {out_dir}: "
                                                    f"{exc.strerror or exc}") from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block (back on after it, if it was on), where many
    objects are made that outlive it: while the batch files are built, tens of thousands of
    release dicts are read and kept, none in a cycle, and each allocation would otherwise count
    towards collections that walk them all again (a fifth of the time on 10,000 releases)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_batch_contents(batch: Sequence[str], out_dir: Path, settings: RunSettings, state: State) -> None:
    from . import linking

    releases = []  # read once: the indexes, exports and digest are built from the same dicts
    with atomic_open(out_dir / "releases.jsonl") as jsonl:
        for output in batch:
            release = loads((out_dir / output).read_bytes())
            releases.append(release)
            jsonl.write(dumps_line(release))
    # The indexes are built again unless --force is off, what they read is unchanged
    # (linking.inputs_key) and their files are byte for byte the ones written with that key: a
    # rerun that corrected a sentence keeps them, and the Word digest reads them back.
    key = linking.inputs_key(releases)
    recorded = (state.get_meta("indexes") or "").split()
    kept = not settings.force and recorded[:1] == [key] and recorded[1:] == [_digest_of(out_dir, INDEXES)]
    linked = _read_indexes(out_dir) if kept and settings.docx else None
    if not kept or (settings.docx and linked is None):
        linked = write_indexes(out_dir, releases=releases)
        state.set_meta("indexes", f"{key} {_digest_of(out_dir, INDEXES)}")
    write_exports(out_dir, RUN_EXPORTS, releases=releases)
    if settings.docx:
        write_digest(out_dir, lang=settings.digest_lang, briefs=settings.digest_briefs, linked=linked,
                     releases=releases)


def write_digest(out_dir: str | os.PathLike, *, lang: str = "en", briefs: bool = True,
                 linked: tuple[Sequence[Any], Sequence[Any]] | None = None,
                 releases: Sequence[dict[str, Any]] | None = None) -> Path:
    """(Re)build ``OUT/digest.docx`` from ``OUT/releases.jsonl`` (or ``releases``, its lines
    already read) without re-extracting; ``linked``: the batch entities and translation groups
    :func:`write_indexes` built."""
    from .write.summary import digest_docx

    out_dir = Path(out_dir)
    releases = _releases(out_dir) if releases is None else releases
    target = out_dir / "digest.docx"
    write_bytes(target, digest_docx(releases, lang=lang, briefs=briefs, linked=linked))
    return target


def write_indexes(out_dir: str | os.PathLike,
                  releases: Sequence[dict[str, Any]] | None = None) -> tuple[list[Any], list[Any]]:
    """(Re)build ``OUT/entities.jsonl`` (one line per batch entity: one person, organization or
    place across releases and languages) and ``OUT/translations.jsonl`` (one line per group of
    releases that are versions of one another) from ``OUT/releases.jsonl`` (or ``releases``, its
    lines already read); the entities and groups, for the digest."""
    from . import linking

    out_dir = Path(out_dir)
    releases = _releases(out_dir) if releases is None else releases
    entities = linking.index(releases)
    groups = linking.translations(releases, entities)
    for name, items in (("entities.jsonl", entities), ("translations.jsonl", groups)):
        target = out_dir / name
        _check_batch_file(target, state_known=False)
        with atomic_open(target) as fh:
            for item in items:
                fh.write(dumps_line(item.to_dict()))
    return entities, groups


def _digest_of(out_dir: Path, names: Sequence[str]) -> str:
    """A digest of the bytes of OUT's files ``names`` ("-" for one that is missing or unreadable)."""
    digest = hashlib.sha256()
    for name in names:
        try:
            digest.update(hashlib.sha256((out_dir / name).read_bytes()).digest())
        except OSError:
            digest.update(b"-")
    return digest.hexdigest()[:32]


def _read_indexes(out_dir: Path) -> tuple[list[Any], list[Any]] | None:
    """The batch entities and translation groups a previous run wrote in OUT, or None when a file
    is missing or unreadable (they are then built again)."""
    from . import linking

    try:
        entities = [linking.BatchEntity.from_dict(loads(line)) for line in _lines(out_dir / "entities.jsonl")]
        groups = [linking.TranslationGroup.from_dict(loads(line)) for line in _lines(out_dir / "translations.jsonl")]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return entities, groups


def write_exports(out_dir: str | os.PathLike, formats: Sequence[str] = RUN_EXPORTS,
                  releases: Sequence[dict[str, Any]] | None = None) -> list[Path]:
    """(Re)build ``OUT/facts.csv``, ``OUT/contacts.vcf`` and ``OUT/facts.xlsx`` (``formats``: ``csv``,
    ``vcf``, ``xlsx``) from ``OUT/releases.jsonl`` (or ``releases``, its lines already read); a file
    of that name releasepipe did not write is left alone (RP405)."""
    from .write.exports import contacts_vcf, facts_csv, facts_xlsx

    out_dir = Path(out_dir)
    releases = _releases(out_dir) if releases is None else releases
    writers = {"csv": facts_csv, "vcf": contacts_vcf, "xlsx": facts_xlsx}
    written = []
    for fmt in formats:
        target = out_dir / EXPORTS[fmt]
        _check_batch_file(target, state_known=False)
        write_bytes(target, writers[fmt](releases))
        written.append(target)
    return written


def _releases(out_dir: Path) -> list[dict[str, Any]]:
    return [loads(line) for line in _lines(out_dir / "releases.jsonl")]


def _lines(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as fh:
        yield from (line for line in fh if line.strip())


def _record(report: RunReport, result: FileResult, callback: Callable[[FileResult], None] | None) -> None:
    report.files.append(result)
    if callback:
        callback(result)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
