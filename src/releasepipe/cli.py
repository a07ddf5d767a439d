"""The ``releasepipe`` command: parses options and calls the library, nothing more."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import ConfigError, ReleasepipeError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _options(fn):
    """Options shared by the commands that process releases."""
    fn = click.option("--region", metavar="CC", default=None,
                      help="Country (ISO 3166, e.g. NE) of phone numbers written without a country code, "
                           "when the release's own e-mail domains and addresses do not tell.")(fn)
    fn = click.option("--reference-date", type=click.DateTime(["%Y-%m-%d"]), default=None,
                      help="Date (YYYY-MM-DD) that resolves relative dates and is `published` when nothing else gives it.")(fn)
    fn = click.option("--lang", metavar="CODE", default=None,
                      help="Force the language (ISO 639-1, e.g. fr) instead of detecting it.")(fn)
    fn = click.option("--pipeline", "pipeline_name", metavar="NAME|PATH", default="default", show_default=True,
                      help="A shipped pipeline name (see `releasepipe pipelines`) or a path to a .toml definition.")(fn)
    return fn


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
        raise click.BadParameter(str(exc), param_hint="--pipeline") from None
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
                   "digest.docx and run-report.json.")
@_options
@click.option("--fail-on", type=click.Choice(["error", "never"]), default="error", show_default=True,
              help="`error`: exit 1 when any input failed; `never`: exit 0 whenever the run completed.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes, each loading a model once. [default: number of cores]")
@click.option("--force", is_flag=True, help="Redo every release, even those whose input and pipeline did not change.")
@click.option("--keep-deleted", is_flag=True,
              help="Keep (and only report) the outputs of inputs that no longer exist, instead of removing them.")
@click.option("--no-docx", is_flag=True, help="Write JSON only: no Word summaries, no digest (faster).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0, show_default=True,
              help="Seconds one file may take to be read and parsed before it is reported as failed.")
@click.option("--max-file-mb", type=click.FloatRange(min=0, min_open=True), default=25.0, show_default=True,
              help="Largest input file read; larger ones are reported (RP112). Other limits: docs/security.md.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="`local`: this machine's processes (--jobs); `dask`: a Dask cluster, the one at --scheduler "
                   "or else a local one of --jobs workers (needs `pip install \"releasepipe[dask]\"`).")
@click.option("--scheduler", metavar="URL", default=None,
              help="Address of the Dask scheduler to run on, e.g. tcp://host:8786 (with --engine dask).")
def run(inputs: tuple[str, ...], out: str, pipeline_name: str, lang: str | None, reference_date, region: str | None,
        fail_on: str, jobs: int | None, force: bool, keep_deleted: bool, no_docx: bool, timeout: float,
        max_file_mb: float, engine: str, scheduler: str | None) -> None:
    """Process every release in INPUTS (folders are walked recursively) into OUT.

    INPUTS and OUT are paths or file:// URLs. Each INPUT/sub/name.ext gives
    OUT/sub/name.json (and name.docx). A file that
    cannot be read is reported on stderr and in OUT/run-report.json, and the
    batch goes on. A rerun into the same OUT processes only new or changed
    inputs (state in OUT/.releasepipe-state.sqlite) and removes the outputs of
    deleted ones.

    Exit codes: 0 every input processed; 1 some input failed (with --fail-on
    error); 2 usage error; 130 interrupted (run again to resume).
    """
    import os
    import signal

    from .runner import RunSettings, local_path
    from .runner import run as run_batch

    config, options = _setup(pipeline_name, lang, reference_date, region)
    for value, hint in [*((i, "INPUTS") for i in inputs), (out, "--out")]:
        try:
            local_path(value)
        except ConfigError as exc:
            raise click.BadParameter(exc.message, param_hint=hint) from None
    if scheduler is not None and engine != "dask":
        raise click.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine == "dask":
        from .engines.dask import INSTALL_HINT, available

        if not available():
            raise click.BadParameter(INSTALL_HINT, param_hint="--engine")
    from .ingest.limits import Limits, MiB

    settings = RunSettings(jobs=jobs or os.cpu_count() or 1, force=force, docx=not no_docx,
                           prune=not keep_deleted, file_timeout=timeout, engine=engine, scheduler=scheduler,
                           limits=Limits(max_bytes=int(max_file_mb * MiB)), freeze_heap=True)
    bar = None
    show_bar = sys.stderr.isatty()

    def on_start(total: int) -> None:
        nonlocal bar
        if show_bar and total > 1:
            bar = click.progressbar(length=total, label="releases", file=sys.stderr)
            bar.__enter__()

    def on_result(result) -> None:
        if result.status == "failed":
            click.echo(f"error: {result.path}: {result.error['message']} [{result.error['code']}]", err=True)
        if bar is not None and not result.reused:  # only files counted by on_start arrive after it
            bar.update(1)

    def terminate(signum, frame):  # SIGTERM stops like Ctrl-C: complete outputs, resumable state
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        report = run_batch(list(inputs), out, config=config, options=options, settings=settings,
                           on_result=on_result, on_start=on_start)
    except KeyboardInterrupt:
        click.echo("interrupted: outputs written so far are complete; run again to finish the batch", err=True)
        sys.exit(130)
    except ConfigError as exc:  # e.g. an unreachable scheduler, workers without the models
        raise click.UsageError(str(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bar is not None:
            bar.__exit__(None, None, None)
    counts = report.counts
    click.echo(f"{counts['processed']} processed, {counts['reused']} unchanged, {counts['failed']} failed, "
               f"{counts['skipped']} skipped, {counts['removed']} removed in {report.seconds:.1f}s -> {out}", err=True)
    sys.exit(EXIT_FAILED if counts["failed"] and fail_on == "error" else EXIT_OK)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
def digest(out: Path) -> None:
    """Rebuild OUT/digest.docx from the JSON outputs already in OUT, without re-extracting."""
    from .runner import write_digest

    if not (out / "releases.jsonl").is_file():
        raise click.BadParameter(f"{out} has no releases.jsonl: run `releasepipe run` first", param_hint="OUT")
    click.echo(str(write_digest(out)), err=True)


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@_options
def extract(file: Path, pipeline_name: str, lang: str | None, reference_date, region: str | None) -> None:
    """Process one release FILE and print its JSON on stdout."""
    from .runner import InputFile, process_file
    from .write.jsonout import dumps_release

    config, options = _setup(pipeline_name, lang, reference_date, region)
    try:
        release = process_file(InputFile(file, file.name), config=config, options=options)
    except ReleasepipeError as exc:
        click.echo(f"error: {file}: {exc.message} [{exc.code.value}]", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(dumps_release(release), nl=False)


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
    """List the languages of a pipeline, the model each uses and whether it is installed."""
    if ctx.invoked_subcommand is not None:
        return
    from . import models as registry
    from .pipeline import load_pipeline

    try:
        # A definition naming a missing model is what this listing is for.
        config = load_pipeline(pipeline_name, check_models=False)
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--pipeline") from None
    installed = set(registry.installed())
    rows = sorted(config.models.items())
    rows += [(lang, name, "fallback") for lang, name in sorted(config.fallbacks.items())]
    for lang, name, *how in rows:
        status = "installed" if name in installed else "NOT INSTALLED"
        click.echo(f"{lang}  {name}  {status}{'  (fallback: a neighbour language)' if how else ''}")
        about = registry.describe(name)
        if about:
            click.echo(f"    {about}")
    others = sorted(m.name for m in registry.KNOWN if m.name not in {row[1] for row in rows})
    if others:
        click.echo(f"also installable: {', '.join(others)} (releasepipe models install LANG|NAME)")


@models.command("install")
@click.argument("lang_or_name")
def models_install(lang_or_name: str) -> None:
    """Install the known spaCy model(s) for a language code or a model name with pip."""
    import subprocess

    from . import models as registry

    try:
        command = registry.install_command(lang_or_name)
    except ConfigError as exc:
        raise click.BadParameter(exc.message, param_hint="LANG_OR_NAME") from None
    click.echo(" ".join(command[2:]), err=True)
    sys.exit(subprocess.call(command))


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--corpus", "corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder the gold files' `file` paths are relative to (the one holding press/). "
                   "[default: found from GOLD_DIR when it is or lies in press/gold]")
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
    """Process the texts of the gold files in GOLD_DIR and print the pass rate of each check category.

    GOLD_DIR holds `*.gold.json` files (searched recursively), e.g.
    ../shared/corpus/press/gold or one of its sets. Recall-like categories
    count the labelled facts found; precision_* categories count releases
    with nothing spurious. Exit codes: 0 done; 1 below --min; 2 usage error.
    """
    from typing import cast

    from . import evaluate as evaluation
    from .write.atomic import write_text

    if corpus_dir is None:
        here = gold_dir.resolve()
        holder = next((p for p in (here, *here.parents) if p.name == "gold" and p.parent.name == "press"), None)
        if holder is None:
            raise click.BadParameter("GOLD_DIR is not in press/gold: give the corpus folder", param_hint="--corpus")
        corpus_dir = holder.parent.parent
    config, options = _setup(pipeline_name, None, None)
    grouping = cast(evaluation.Grouping, by)
    try:
        cases = list(evaluation.load_gold(gold_dir, corpus_dir))
        if not cases:
            raise click.ClickException(f"no *.gold.json file in {gold_dir}")
        report = evaluation.evaluate(cases, config=config, options=options)
    except evaluation.GoldError as exc:
        raise click.ClickException(str(exc)) from None
    for result in report.failed:
        click.echo(f"error: {result.key}: {result.error}", err=True)
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
