"""Batch runs: discover inputs, process each, write outputs and the run report.

A failing input is reported (status, stable code, one-line message) and the
batch goes on. Every output is written atomically, so an interrupted run leaves
only complete files behind, and a rerun completes the batch.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from . import __version__, ingest, schema
from .errors import Code, InputError, ReleasepipeError
from .model import Source
from .pipeline import Options, PipelineConfig, load_pipeline, process
from .write.atomic import atomic_open, write_text
from .write.jsonout import dumps_line, dumps_release

#: Files every run writes at the top of OUT; no release may map onto them.
RESERVED = ("releases.jsonl", "run-report.json", "digest.docx", "digest.json")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input: where it is, and its path relative to the input it was found under."""

    path: Path
    rel: str

    @property
    def output(self) -> str:
        """The release JSON's path relative to OUT."""
        return str(Path(self.rel).with_suffix(".json").as_posix())


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


@dataclass(slots=True)
class RunReport:
    """The whole run, as written to ``OUT/run-report.json``."""

    started: str
    options: dict[str, Any]
    files: list[FileResult] = field(default_factory=list)
    finished: str | None = None
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def counts(self) -> dict[str, int]:
        counts = {"ok": 0, "failed": 0, "skipped": 0}
        for f in self.files:
            counts[f.status] += 1
        return counts

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "releasepipe": __version__,
            "started": self.started,
            "finished": self.finished,
            "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
            "options": self.options,
            "counts": self.counts,
            "files": [asdict(f) for f in self.files],
        }


def discover(inputs: Sequence[str | os.PathLike], *, out: Path | None = None) -> tuple[list[InputFile], list[FileResult]]:
    """Input files in path order, and results for what cannot be an input.

    A folder is walked recursively (hidden files and the output folder are left
    out); files with another extension found in a folder are ``skipped``; a file
    named explicitly with an unsupported extension, or missing, ``failed``.
    """
    files: list[InputFile] = []
    results: list[FileResult] = []
    out_resolved = out.resolve() if out else None
    for raw in inputs:
        root = Path(raw)
        if root.is_dir():
            for path in sorted(_walk(root, out_resolved)):
                rel = path.relative_to(root).as_posix()
                if path.suffix.lower() in ingest.FORMATS:
                    files.append(InputFile(path, rel))
                else:
                    results.append(FileResult(rel, "skipped", error=_err(
                        Code.UNSUPPORTED_FORMAT, f"not a release format ({path.suffix or 'no extension'})")))
        elif root.is_file() or root.suffix.lower() in ingest.FORMATS:
            # A missing file is kept: reading it reports the error like any other.
            files.append(InputFile(root, root.name))
        else:
            results.append(FileResult(str(raw), "failed", error=_err(Code.FILE_NOT_FOUND, "no such file or folder")))
    return files, results


def _walk(root: Path, skip: Path | None) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and (here / d).resolve() != skip]
        for name in filenames:
            if not name.startswith("."):
                yield here / name


def find_collisions(files: Sequence[InputFile]) -> dict[str, list[InputFile]]:
    """Inputs that map to one output name (or onto a file every run writes)."""
    by_output: dict[str, list[InputFile]] = {}
    for f in files:
        by_output.setdefault(f.output.casefold(), []).append(f)
    return {k: v for k, v in by_output.items() if len(v) > 1 or k in RESERVED}


def process_file(item: InputFile, *, config: PipelineConfig, options: Options) -> dict[str, Any]:
    """Read, analyse and validate one input; the release as a contract dict."""
    try:
        data = item.path.read_bytes()
    except FileNotFoundError:
        raise InputError(Code.FILE_NOT_FOUND, "file not found (deleted during the run?)", path=item.rel) from None
    except IsADirectoryError:
        raise InputError(Code.UNREADABLE, "is a folder, not a file", path=item.rel) from None
    except OSError as exc:
        raise InputError(Code.UNREADABLE, f"cannot read: {exc.strerror or exc}", path=item.rel) from None
    fmt = ingest.FORMATS.get(item.path.suffix.lower())
    if fmt is None:
        raise InputError(Code.UNSUPPORTED_FORMAT,
                         f"unsupported file type {item.path.suffix or '(none)'!r}; supported: "
                         + ", ".join(sorted(ingest.FORMATS)), path=item.rel)
    try:
        document = ingest.read_bytes(data, fmt, name=item.rel)
    except InputError as exc:
        exc.path = item.rel
        raise
    source = Source(path=item.rel, format=fmt, bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    release = process(document, source, config=config, options=options).to_dict()
    schema.validate(release)
    return release


def process_path(
    path: str | os.PathLike, *, config: PipelineConfig | None = None, options: Options = Options()
) -> dict[str, Any]:
    """Process one release file; the release as the output contract's dict.

    Raises InputError when the file cannot be read. ``config`` defaults to the
    shipped ``default`` pipeline.
    """
    path = Path(path)
    return process_file(InputFile(path, path.name), config=config or load_pipeline("default"), options=options)


def run(
    inputs: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    config: PipelineConfig,
    options: Options = Options(),
    on_result: Callable[[FileResult], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> RunReport:
    """Process ``inputs`` into ``out``; the report is also written to ``out/run-report.json``.

    ``on_start`` receives the number of files to process and ``on_result`` each
    file's result as it is known (the CLI draws progress and errors with them).
    """
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    report = RunReport(started=_now(), options={
        "inputs": [str(i) for i in inputs], "out": str(out_dir), "pipeline": config.name,
        "pipeline_fingerprint": config.fingerprint, "lang": options.lang,
        "reference_date": options.reference_date.isoformat() if options.reference_date else None,
    })
    files, early = discover(inputs, out=out_dir)
    collisions = find_collisions(files)
    collided = {id(f) for group in collisions.values() for f in group}
    for result in early:
        _record(report, result, on_result)
    for group in collisions.values():
        names = ", ".join(f.rel for f in group)
        for f in group:
            _record(report, FileResult(f.rel, "failed", error=_err(
                Code.OUTPUT_COLLISION, f"output name {f.output!r} is also claimed by: {names}")), on_result)
    todo = [f for f in files if id(f) not in collided]
    if on_start:
        on_start(len(todo))
    try:
        with atomic_open(out_dir / "releases.jsonl") as jsonl:
            for item in todo:
                _record(report, _process_one(item, out_dir, jsonl, config, options), on_result)
    except KeyboardInterrupt:
        report.interrupted = True
        raise
    finally:
        report.files.sort(key=lambda r: r.path)
        report.finished = _now()
        report.seconds = time.perf_counter() - t0
        write_text(out_dir / "run-report.json", dumps_release(report.to_dict()))
    return report


def _process_one(item: InputFile, out_dir: Path, jsonl, config: PipelineConfig, options: Options) -> FileResult:
    t = time.perf_counter()
    try:
        release = process_file(item, config=config, options=options)
        write_text(out_dir / item.output, dumps_release(release))
        jsonl.write(dumps_line(release))
    except ReleasepipeError as exc:
        return FileResult(item.rel, "failed", error=_err(exc.code, exc.message), seconds=_since(t))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001 - one bad release must not stop the batch
        message = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        return FileResult(item.rel, "failed", error=_err(Code.PROCESSING_FAILED, message), seconds=_since(t))
    return FileResult(item.rel, "ok", output=item.output, seconds=_since(t),
                      language=release["language"]["code"], warnings=[w["code"] for w in release["warnings"]])


def _record(report: RunReport, result: FileResult, callback: Callable[[FileResult], None] | None) -> None:
    report.files.append(result)
    if callback:
        callback(result)


def _err(code: Code, message: str) -> dict[str, str]:
    return {"code": code.value, "message": message}


def _since(t: float) -> float:
    return round(time.perf_counter() - t, 4)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
