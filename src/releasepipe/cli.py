"""The ``releasepipe`` command: parses options and calls the library, nothing more."""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__
from .errors import Code, ConfigError, OutputError, ReleasepipeError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

#: Formats `extract -` can read from standard input: the readers' file suffixes
#: (kept here rather than imported, so that --help does not import the readers;
#: a test keeps them equal to ``ingest.FORMATS``).
STDIN_FORMATS = ("txt", "md", "markdown", "docx", "html", "htm", "eml", "pdf")

#: Characters shown escaped in messages besides the C0/C1 controls: line and
#: paragraph separators and the bidirectional controls, which can reorder or
#: break what a terminal shows.
_FORMAT_CONTROLS = frozenset("\u2028\u2029\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                             "\u2066\u2067\u2068\u2069")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(value: object) -> str:
    """``value`` (a path, a message) made safe to print on one line of a terminal.

    Control characters (newline, carriage return, escape…) appear as ``\\n``,
    ``\\r``, ``\\x1b``, so that a file name cannot start a line of its own or
    move the cursor; the bytes of a file name that are not UTF-8 (which Python
    keeps as lone surrogates) appear as ``\\xff``.
    """
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    text = os.fsdecode(value) if isinstance(value, bytes) else str(value)
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF or ch in _FORMAT_CONTROLS:
            out.append(f"\\u{code:04x}")
        elif unicodedata.category(ch) == "Cc":
            out.append(f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)


def _error_line(*parts: object) -> None:
    """One ``error: …`` line on stderr, each part escaped."""
    click.echo("error: " + ": ".join(shown(p) for p in parts), err=True)


def _stop(message: str, code: Code | str) -> NoReturn:
    """The run cannot go on (its output folder cannot be used): one line, exit 2."""
    _error_line(f"{message} [{Code(code).value}]")
    sys.exit(EXIT_USAGE)


@contextmanager
def _output_errors(stdout_closed: str | None = None) -> Iterator[None]:
    """Turn the errors that stop a command into one line on stderr, never a traceback.

    An output folder that cannot be used (OutputError, RP4xx) or a write that
    fails (disk full, read-only file system) exits 2; standard output closed
    by its reader (``| head``) exits 1, with the ``stdout_closed`` line if any.
    """
    try:
        yield
    except OutputError as exc:
        _stop(f"{exc.path}: {exc.message}" if exc.path else exc.message, exc.code)
    except BrokenPipeError:
        if stdout_closed:
            click.echo(stdout_closed, err=True)
        _stdout_closed()
    except OSError as exc:
        where = f"{os.fsdecode(exc.filename)}: " if exc.filename is not None else ""
        _stop(f"{where}{exc.strerror or exc}", Code.OUTPUT_NOT_WRITABLE)


def _stdout_closed() -> NoReturn:
    """The reader of standard output went away: stop quietly, exit 1."""
    try:  # Python would report the broken pipe again when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests)
        pass
    sys.exit(EXIT_FAILED)


def _print_json(text: str) -> None:
    """JSON on stdout as UTF-8 bytes, whatever the terminal's encoding (JSON is UTF-8)."""
    click.echo(text.encode("utf-8"), nl=False)


def _options(fn):
    """Options shared by the commands that process releases."""
    fn = click.option("--region", metavar="CC", default=None,
                      help="Country (ISO 3166, e.g. NE) of phone numbers written without a country code, "
                           "when the release's own e-mail domains and addresses do not tell.")(fn)
    fn = click.option("--reference-date", type=click.DateTime(["%Y-%m-%d"]), default=None,
                      help="Date (YYYY-MM-DD) that resolves relative dates and is `published` when nothing else gives it.")(fn)
    fn = click.option("--lang", metavar="CODE", default=None,
                      help="Force the language (ISO 639-1, e.g. fr) instead of detecting it: a language "
                           "releasepipe can detect or one the pipeline has a model for (a wrong code lists them).")(fn)
    fn = click.option("--pipeline", "pipeline_name", metavar="NAME|PATH", default="default", show_default=True,
                      help="A shipped pipeline name (see `releasepipe pipelines`) or a path to a .toml definition.")(fn)
    return fn


def _limit_options(fn):
    """The time and size limits of reading one input, shared by `run` and `extract`."""
    fn = click.option("--max-file-mb", type=click.FloatRange(min=0, min_open=True), default=25.0, show_default=True,
                      help="Largest input file read; larger ones are reported (RP112). Other limits: docs/security.md.")(fn)
    fn = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0, show_default=True,
                      help="Seconds one file may take to be read and parsed before it is reported as failed (RP110).")(fn)
    return fn


def _summary_languages() -> tuple[str, ...]:
    from .write.labels import LANGUAGES

    return LANGUAGES


def _digest_options(fn):
    """The digest's language and contents, shared by `run` and `digest`."""
    from .write.labels import LANGUAGES

    fn = click.option("--digest-briefs/--no-digest-briefs", default=True, show_default=True,
                      help="End the digest with every release's brief (else: its first pages only).")(fn)
    fn = click.option("--digest-lang", type=click.Choice(LANGUAGES), default="en", show_default=True,
                      help="Language of the digest's headings, labels and dates.")(fn)
    return fn


def _limits(max_file_mb: float):
    from .ingest.limits import Limits, MiB

    return Limits(max_bytes=int(max_file_mb * MiB))


def known_languages(config: Any) -> set[str]:
    """The language codes ``--lang`` accepts: those langdetect can return, and those of the pipeline's models."""
    from .extract.language import detectable

    return set(detectable()) | set(config.models) | set(config.fallbacks)


#: Thread pools of the numeric libraries under spaCy, limited to one thread per process.
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _setup(pipeline_name: str, lang: str | None, reference_date, region: str | None = None):
    from .pipeline import Options, load_pipeline

    # One numeric thread per process, unless the environment says otherwise: --jobs
    # is the parallelism. With a BLAS thread pool in each worker, --jobs 2 on 2 cores
    # ran 1.64x --jobs 1 instead of 1.78x, and --jobs 1 itself was 5 % slower.
    # Set before the models load: numpy reads these when it is first imported.
    for variable in THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")

    if lang is not None and not (lang.isalpha() and len(lang) == 2 and lang.islower()):
        raise click.BadParameter(f"{lang!r} is not an ISO 639-1 code such as fr, en, es", param_hint="--lang")
    try:
        config = load_pipeline(pipeline_name)
    except ConfigError as exc:
        raise click.BadParameter(shown(exc), param_hint="--pipeline") from None
    if lang is not None and lang not in (known := known_languages(config)):
        raise click.BadParameter(f"{lang!r} is not a language releasepipe knows; known: {', '.join(sorted(known))}",
                                 param_hint="--lang")
    if region is not None and not (region.isalpha() and len(region) == 2):
        raise click.BadParameter(f"{region!r} is not an ISO 3166 country code such as NE, CH, CO", param_hint="--region")
    ref: date | None = reference_date.date() if reference_date else None
    return config, Options(lang=lang, reference_date=ref, region=region.upper() if region else None)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="releasepipe")
def main() -> None:
    """Turn press releases (txt, md, docx, html, eml, pdf) in many languages into validated JSON.

    Start with `releasepipe run FOLDER --out OUT`.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder for the outputs: one JSON and one .docx per release, releases.jsonl, "
                   "digest.docx, facts.csv, contacts.vcf and run-report.json.")
@_options
@click.option("--fail-on", type=click.Choice(["error", "never"]), default="error", show_default=True,
              help="`error`: exit 1 when any input failed; `never`: exit 0 whenever the run completed.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes, each loading a model once. [default: number of cores]")
@click.option("--force", is_flag=True, help="Redo every release, even those whose input and pipeline did not change.")
@click.option("--keep-deleted", is_flag=True,
              help="Keep (and only report) the outputs of inputs that no longer exist, instead of removing them.")
@click.option("--no-docx", is_flag=True, help="Write JSON only: no Word summaries, no digest (faster).")
@click.option("--summary-lang", type=click.Choice(_summary_languages()), default=None,
              help="Language of the Word summaries' headings and labels. [default: each release's own "
                   "language when it is one of these, else en]")
@_digest_options
@click.option("--no-cache", is_flag=True,
              help="Run the model on every paragraph, even those it has read before in this batch or an "
                   "earlier run into OUT (kept in OUT/.releasepipe-cache.sqlite, with the compiled form of the "
                   "largest regular expressions). The outputs are the same.")
@_limit_options
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="`local`: this machine's processes (--jobs); `dask`: a Dask cluster, the one at --scheduler "
                   "or else a local one of --jobs workers (needs `pip install \"releasepipe[dask]\"`).")
@click.option("--scheduler", metavar="URL", default=None,
              help="Address of the Dask scheduler to run on, e.g. tcp://host:8786 (with --engine dask).")
@click.option("--wait", is_flag=True,
              help="When another run is writing to OUT, wait for it to finish instead of stopping (RP402).")
@click.option("--jsonl", "jsonl", metavar="-", default=None,
              help="`-`: also print each release's JSON line on stdout as soon as its outputs are written "
                   "(releases kept from an earlier run too), for a pipe; the summary stays on stderr.")
def run(inputs: tuple[str, ...], out: str, pipeline_name: str, lang: str | None, reference_date, region: str | None,
        fail_on: str, jobs: int | None, force: bool, keep_deleted: bool, no_docx: bool, summary_lang: str | None,
        digest_lang: str, digest_briefs: bool, no_cache: bool, timeout: float, max_file_mb: float, engine: str,
        scheduler: str | None, wait: bool, jsonl: str | None) -> None:
    """Process every release in INPUTS (folders are walked recursively) into OUT.

    INPUTS and OUT are paths or file:// URLs. Each INPUT/sub/name.ext gives
    OUT/sub/name.json (and name.docx); the batch gives OUT/releases.jsonl,
    OUT/digest.docx, OUT/facts.csv and OUT/contacts.vcf. A file that
    cannot be read is reported on stderr and in OUT/run-report.json, and the
    batch goes on. A rerun into the same OUT processes only new or changed
    inputs (state in OUT/.releasepipe-state.sqlite) and removes the outputs of
    deleted ones. A paragraph the model has read before (an organization's
    "About" block, an unchanged paragraph of an edited release) is not read
    again (OUT/.releasepipe-cache.sqlite; --no-cache).

    Exit codes: 0 every input processed; 1 some input failed (with --fail-on
    error); 2 usage error, or OUT cannot be used (locked by another run,
    read-only, full: one `error: … [RP4nn]` line); 130 interrupted (run
    again to resume).
    """
    import signal

    from .runner import RunSettings, local_path
    from .runner import run as run_batch

    if jsonl is not None and jsonl != "-":
        raise click.BadParameter(f"{shown(jsonl)!r}: only `-` (stdout) is supported; the batch's JSON Lines "
                                 "are also in OUT/releases.jsonl", param_hint="--jsonl")
    config, options = _setup(pipeline_name, lang, reference_date, region)
    for value, hint in [*((i, "INPUTS") for i in inputs), (out, "--out")]:
        try:
            local_path(value)
        except ConfigError as exc:
            raise click.BadParameter(shown(exc.message), param_hint=hint) from None
    if scheduler is not None and engine != "dask":
        raise click.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine == "dask":
        from .engines.dask import INSTALL_HINT, available

        if not available():
            raise click.BadParameter(INSTALL_HINT, param_hint="--engine")
    settings = RunSettings(jobs=jobs or os.cpu_count() or 1, force=force, docx=not no_docx,
                           prune=not keep_deleted, file_timeout=timeout, engine=engine, scheduler=scheduler,
                           limits=_limits(max_file_mb), freeze_heap=True, wait=wait, cache=not no_cache,
                           summary_lang=summary_lang, digest_lang=digest_lang, digest_briefs=digest_briefs)
    bar = None
    show_bar = sys.stderr.isatty()

    def on_start(total: int) -> None:
        nonlocal bar
        if show_bar and total > 1:
            bar = click.progressbar(length=total, label="releases", file=sys.stderr)
            bar.__enter__()

    def on_result(result) -> None:
        if result.status == "failed":
            _error_line(result.path, f"{result.error['message']} [{result.error['code']}]")
        if bar is not None and not result.reused:  # only files counted by on_start arrive after it
            bar.update(1)

    def terminate(signum, frame):  # SIGTERM stops like Ctrl-C: complete outputs, resumable state
        raise KeyboardInterrupt

    def on_release(result, line: str) -> None:
        _print_json(line)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        with _output_errors("stopped: standard output was closed; outputs written so far are complete, "
                            "run again to finish the batch"):
            report = run_batch(list(inputs), out, config=config, options=options, settings=settings,
                               on_result=on_result, on_start=on_start, on_release=on_release if jsonl else None)
    except KeyboardInterrupt:
        click.echo("interrupted: outputs written so far are complete; run again to finish the batch", err=True)
        sys.exit(130)
    except ConfigError as exc:  # e.g. an unreachable scheduler, workers without the models
        raise click.UsageError(shown(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bar is not None:
            bar.__exit__(None, None, None)
    counts = report.counts
    click.echo(f"{counts['processed']} processed, {counts['reused']} unchanged, {counts['failed']} failed, "
               f"{counts['skipped']} skipped, {counts['removed']} removed in {report.seconds:.1f}s -> {shown(out)}",
               err=True)
    sys.exit(EXIT_FAILED if counts["failed"] and fail_on == "error" else EXIT_OK)


def _batch_folder(out: Path) -> None:
    if not out.is_dir():
        raise click.BadParameter(f"{shown(out)}: no such folder", param_hint="OUT")
    if not (out / "releases.jsonl").is_file():
        raise click.BadParameter(f"{shown(out)} has no releases.jsonl: run `releasepipe run` first", param_hint="OUT")


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@_digest_options
def digest(out: Path, digest_lang: str, digest_briefs: bool) -> None:
    """Rebuild OUT/digest.docx from the JSON outputs already in OUT, without re-extracting.

    Exit codes: 0 written; 2 usage error, or OUT cannot be written (one
    `error: … [RP4nn]` line).
    """
    from .runner import write_digest

    _batch_folder(out)
    with _output_errors():
        target = write_digest(out, lang=digest_lang, briefs=digest_briefs)
    click.echo(shown(target), err=True)


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--format", "formats", type=click.Choice(["csv", "vcf", "xlsx"]), multiple=True,
              help="`csv`: OUT/facts.csv, one row per entity, figure, date and quote, for spreadsheets; "
                   "`xlsx`: the same rows as OUT/facts.xlsx, an Excel workbook; "
                   "`vcf`: OUT/contacts.vcf, one vCard per person or desk, for address books. "
                   "Repeatable. [default: csv and vcf, as run writes them]")
def export(out: Path, formats: tuple[str, ...]) -> None:
    """Rebuild OUT/facts.csv and OUT/contacts.vcf (or write OUT/facts.xlsx) from the JSON outputs already in OUT.

    `run` writes both; this rebuilds them without re-extracting. A file of
    that name that releasepipe did not write is left alone (RP405).

    Exit codes: 0 written; 2 usage error, or OUT cannot be written (one
    `error: … [RP4nn]` line).
    """
    from .runner import write_exports

    _batch_folder(out)
    with _output_errors():
        targets = write_exports(out, formats or ("csv", "vcf"))
    for target in targets:
        click.echo(shown(target), err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str, allow_dash=True))
@_options
@_limit_options
@click.option("--format", "stdin_format", type=click.Choice(STDIN_FORMATS), default=None,
              help="Format of the release read from standard input (FILE `-`). [default: txt]")
@click.option("--jsonl", is_flag=True,
              help="Print JSON Lines (one release per line) even for one FILE; the default for several.")
def extract(files: tuple[str, ...], pipeline_name: str, lang: str | None, reference_date, region: str | None,
            timeout: float, max_file_mb: float, stdin_format: str | None, jsonl: bool) -> None:
    """Process release FILES and print their JSON on stdout, writing nothing.

    One FILE gives its release as pretty JSON (as OUT/name.json); several
    FILES, or --jsonl, give JSON Lines: one release per line, in the order
    given. `-` reads one release from standard input (format: --format;
    path in the release: stdin.txt, stdin.html…). The models load once for
    all FILES. A FILE that cannot be processed gets one line on stderr
    (`error: FILE: reason [RPnnn]`) and the others are still printed.

    Exit codes: 0 every FILE processed; 1 some FILE failed; 2 usage error.
    """
    from .runner import InputFile, RunSettings, process_inputs
    from .write.jsonout import dumps_line, loads

    if files.count("-") > 1:
        raise click.BadParameter("`-` (standard input) can be given once", param_hint="FILES")
    if stdin_format is not None and "-" not in files:
        raise click.BadParameter("applies to `-` (standard input) only; a FILE's format is its suffix",
                                 param_hint="--format")
    config, options = _setup(pipeline_name, lang, reference_date, region)
    settings = RunSettings(docx=False, file_timeout=timeout, limits=_limits(max_file_mb))
    items: list[InputFile] = []
    not_files: set[int] = set()  # missing, or folders: reported without reading
    for i, name in enumerate(files):
        if name == "-":
            path = Path(f"stdin.{stdin_format or 'txt'}")
            # One byte over the limit is enough for the reader to report the input as too large.
            data = sys.stdin.buffer.read(settings.limits.max_bytes + 1)
            items.append(InputFile(path, path.name, data=data))
        elif not os.path.lexists(name) or os.path.isdir(name):
            not_files.add(i)
        else:
            items.append(InputFile(Path(name), Path(name).name))
    as_lines = jsonl or len(files) > 1
    failed = 0
    try:
        with _output_errors():
            results = process_inputs(items, config=config, options=options, settings=settings)
            for i, name in enumerate(files):
                shown_name = "<stdin>" if name == "-" else name
                if i in not_files:
                    if os.path.isdir(name):
                        _error_line(shown_name, "is a folder, not a file (`releasepipe run` processes folders) "
                                                f"[{Code.UNREADABLE.value}]")
                    else:
                        _error_line(shown_name, f"no such file or folder [{Code.FILE_NOT_FOUND.value}]")
                    failed += 1
                    continue
                result, text = next(results)
                if text is None:
                    error = result.error or {}
                    _error_line(shown_name, f"{error.get('message', 'failed')} [{error.get('code', Code.PROCESSING_FAILED.value)}]")
                    failed += 1
                else:
                    _print_json(dumps_line(loads(text)) if as_lines else text)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str, allow_dash=True))
def validate(files: tuple[str, ...]) -> None:
    """Check release JSON FILES against the output contract: the JSON Schema
    (`releasepipe schema`) and the offset rules (each span's `text` is
    `text[start:end]`).

    A FILE holds one release as JSON (OUT/name.json, `extract FILE`) or JSON
    Lines, one release per line (OUT/releases.jsonl, `extract --jsonl`): a
    FILE ending in .jsonl always, another when its first line is a whole JSON
    value. `-` reads standard input. Each problem is one line on stdout,
    `FILE: problem` or `FILE:LINE: problem`; a count on stderr.

    Exit codes: 0 every release valid; 1 some release invalid or a FILE
    unreadable; 2 usage error (no FILE, a FILE that does not exist).
    """
    from .write.jsonout import loads

    for name in files:
        if name != "-" and not os.path.exists(name):
            raise click.BadParameter(f"{shown(name)}: no such file", param_hint="FILES")
    checked = invalid = 0
    for name in files:
        label = "<stdin>" if name == "-" else name
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            click.echo(f"{shown(label)}: cannot read: {shown(exc.strerror or exc)}")
            invalid += 1
            continue
        for line, problems in _releases(name, data, loads):
            checked += 1
            where = shown(label) if line is None else f"{shown(label)}:{line}"
            for problem in problems:
                click.echo(f"{where}: {shown(problem)}")
            if problems:
                invalid += 1
    click.echo(f"{checked} release{'s' if checked != 1 else ''} checked in {len(files)} "
               f"file{'s' if len(files) != 1 else ''}: {invalid} invalid", err=True)
    sys.exit(EXIT_FAILED if invalid else EXIT_OK)


def _releases(name: str, data: bytes, loads) -> Iterator[tuple[int | None, list[str]]]:
    """Each release in a file's bytes, with its line number (None for a whole-file JSON) and its problems."""
    lines = data.splitlines()
    first = next((line for line in lines if line.strip()), b"")
    as_lines = name.lower().endswith(".jsonl")
    if not as_lines:
        try:
            yield None, _problems(loads(data))
            return
        except ValueError as exc:
            whole = exc
        try:
            loads(first)
            as_lines = len([line for line in lines if line.strip()]) > 1
        except ValueError:
            pass
        if not as_lines:
            yield None, [f"not JSON: {whole}"]
            return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            release = loads(line)
        except ValueError as exc:
            yield number, [f"not JSON: {exc}"]
            continue
        yield number, _problems(release)


def _problems(release: Any) -> list[str]:
    from . import schema

    if not isinstance(release, dict):
        kind = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}.get(type(release), "null")
        return [f"not a release: a JSON {kind}, not an object"]
    return schema.errors(release)


@main.command()
def schema() -> None:
    """Print the JSON Schema every release JSON follows (output contract v1)."""
    from .schema import release_schema

    click.echo(json.dumps(release_schema(), indent=2, ensure_ascii=False))


@main.command()
def pipelines() -> None:
    """List the shipped pipeline definitions: name, models per language, stages."""
    from .pipeline import available

    for config in available():
        click.echo(f"{config.name}: {config.description}")
        click.echo(f"  file:   {config.path}")
        click.echo(f"  stages: {', '.join(config.stages)}")
        models = ", ".join(f"{lang}={name}" for lang, name in sorted(config.models.items())) or "none"
        click.echo(f"  models: {models}")


@main.group(invoke_without_command=True)
@click.option("--pipeline", "pipeline_name", metavar="NAME|PATH", default="default", show_default=True,
              help="The pipeline definition whose models to list.")
@click.pass_context
def models(ctx: click.Context, pipeline_name: str) -> None:
    """List the languages of a pipeline, the model each uses and whether it is installed.

    Each model is described once (licence, training data, score); a language that borrows a
    model (a fallback) shows the score the pipeline definition records for it.
    See also `releasepipe languages`, every stage per language.
    """
    if ctx.invoked_subcommand is not None:
        return
    from . import models as registry
    from .pipeline import load_pipeline

    try:
        # A definition naming a missing model is what this listing is for.
        config = load_pipeline(pipeline_name, check_models=False)
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--pipeline") from None
    described: dict[str, str] = {}  # model -> the first language listed with it: described there only
    for choice in registry.choices(config):
        status = "installed" if choice.installed else "NOT INSTALLED"
        how = f"  (fallback{': ' + choice.score if choice.score else ''})" if choice.fallback else ""
        click.echo(f"{choice.lang}  {choice.name}  {status}{how}")
        if choice.name in described:
            continue
        described[choice.name] = choice.lang
        about = registry.describe(choice.name)
        if about:
            click.echo(f"    {about}")
    others = sorted(m.name for m in registry.KNOWN if m.name not in described)
    if others:
        click.echo(f"also installable: {', '.join(others)} (releasepipe models install LANG|NAME)")
    if config.fallbacks:
        click.echo("fallback: a model borrowed by a language without its own (its releases get RP209), "
                   "with the score the pipeline definition records")


@main.command()
@click.option("--pipeline", "pipeline_name", metavar="NAME|PATH", default="default", show_default=True,
              help="The pipeline definition whose NER models to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON (one object per language).")
def languages(pipeline_name: str, as_json: bool) -> None:
    """Show, per language, which stages releasepipe runs fully.

    One row per language with a pack of its own (src/releasepipe/lang/), per
    language langdetect can report and per language the pipeline gives a
    model or a fallback: whether language identification knows it, its NER
    model (its own, a fallback with the score the definition records, or
    none), and whether its pack holds the words of dates, figures, quotes,
    roles, anatomy and the entity rules. A stage without them reads only what
    needs no words (digits, ISO dates, symbols).
    """
    from .lang import coverage
    from .pipeline import load_pipeline

    try:
        config = load_pipeline(pipeline_name, check_models=False)
    except ConfigError as exc:
        raise click.BadParameter(shown(exc), param_hint="--pipeline") from None
    rows = coverage.table(config)
    with _output_errors():
        if as_json:
            _print_json(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=2) + "\n")
        else:
            for line in coverage.format_table(rows):
                click.echo(line)


@models.command("install")
@click.argument("lang_or_name")
def models_install(lang_or_name: str) -> None:
    """Install the known spaCy model(s) for a language code or a model name with pip."""
    import subprocess

    from . import models as registry

    try:
        command = registry.install_command(lang_or_name)
    except ConfigError as exc:
        raise click.BadParameter(shown(exc.message), param_hint="LANG_OR_NAME") from None
    click.echo(" ".join(command[2:]), err=True)
    sys.exit(subprocess.call(command))


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--type", "kinds", type=click.Choice(["person", "organization", "location"]), multiple=True,
              help="Only entities of this type (repeatable). [default: all]")
@click.option("--min-releases", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only entities named in at least this many releases.")
@click.option("--json", "as_json", is_flag=True, help="Print the index's JSON Lines instead of a table.")
def entities(out: Path, kinds: tuple[str, ...], min_releases: int, as_json: bool) -> None:
    """Print the batch entity index of OUT: one person, organization or place across releases
    and languages (OUT/entities.jsonl, written by `releasepipe run`), with its names and why they
    were joined (docs/linking.md)."""
    from .write.jsonout import loads

    index = out / "entities.jsonl"
    if not index.is_file():
        raise click.BadParameter(f"{shown(out)} has no entities.jsonl: run `releasepipe run` first", param_hint="OUT")
    with _output_errors():
        for line in index.read_text(encoding="utf-8").splitlines():
            entity = loads(line)
            releases = len({m["path"] for m in entity["releases"]})
            if (kinds and entity["type"] not in kinds) or releases < min_releases:
                continue
            if as_json:
                click.echo(line)
                continue
            others = sorted({n["name"] for n in entity["names"]} - {entity["name"]})
            langs = ",".join(sorted({n["lang"] for n in entity["names"]}))
            why = ",".join(sorted({j["why"] for j in entity["joins"]}))
            click.echo(f"{entity['type']:<12} {releases:>4}  {shown(entity['name'])}  [{langs}]"
                       + (f"  also: {shown('; '.join(others))}" if others else "") + (f"  ({why})" if why else ""))


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--texts", "--corpus", "corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None,
              help="Folder the gold files' `file` paths are relative to: the releases the gold labels. [default: "
                   "the parent of a folder named gold (samples/gold -> samples/), or the corpus root for press/gold]")
@click.option("--pipeline", "pipeline_name", metavar="NAME|PATH", default="default", show_default=True,
              help="A shipped pipeline name (see `releasepipe pipelines`) or a path to a .toml definition.")
@click.option("--by", type=click.Choice(["set", "lang", "category"]), default="set", show_default=True,
              help="Columns of the table besides `all`: one per corpus set, one per language, or none.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write every case's checks, and the summary, to this JSON file.")
@click.option("--min", "min_rate", type=click.FloatRange(0, 1), default=None,
              help="Exit 1 when the overall pass rate (all checks) is below this rate, e.g. 0.6.")
def evaluate(gold_dir: Path, corpus_dir: Path | None, pipeline_name: str, by: str, json_path: Path | None,
             min_rate: float | None) -> None:
    """Process the releases the gold files in GOLD_DIR label and print the pass rate of each check category.

    GOLD_DIR holds `*.gold.json` files (searched recursively; the format is in
    docs/evaluation.md), e.g. samples/gold, which ships with releasepipe, or
    your own gold beside your releases (--texts). Recall-like categories
    count the labelled facts found; precision_* categories count releases
    with nothing spurious. Exit codes: 0 done; 1 below --min; 2 usage error.
    """
    from typing import cast

    from . import evaluation
    from .write.atomic import write_text

    if corpus_dir is None:
        try:
            corpus_dir = evaluation.default_texts(gold_dir)
        except evaluation.GoldError as exc:
            raise click.BadParameter(shown(exc), param_hint="--texts") from None
    config, options = _setup(pipeline_name, None, None)
    grouping = cast(evaluation.Grouping, by)
    try:
        cases = list(evaluation.load_gold(gold_dir, corpus_dir))
        if not cases:
            raise click.ClickException(f"no *.gold.json file in {shown(gold_dir)}")
        report = evaluation.evaluate(cases, config=config, options=options)
    except evaluation.GoldError as exc:
        raise click.ClickException(shown(exc)) from None
    for result in report.failed:
        _error_line(result.key, result.error)
    rows = evaluation.table(report, grouping)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        click.echo("| " + " | ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))) + " |")
        if n == 0:
            click.echo("|" + "|".join("-" * (w + 1) + ("-" if i == 0 else ":") for i, w in enumerate(widths)) + "|")
    overall = report.overall
    click.echo(f"{len(report.cases)} texts, {overall.total} checks, pipeline {report.pipeline}, "
               f"{report.seconds:.1f}s", err=True)
    if json_path is not None:
        write_text(json_path, json.dumps(report.to_dict(grouping), ensure_ascii=False, indent=2) + "\n")
    if min_rate is not None and (overall.rate or 0.0) < min_rate:
        click.echo(f"overall pass rate {overall.rate or 0.0:.3f} is below --min {min_rate}", err=True)
        sys.exit(EXIT_FAILED)


if __name__ == "__main__":  # pragma: no cover
    main()
