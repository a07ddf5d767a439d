"""The Dask engine writes what the local engine writes, and loses no release when a worker dies."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402

from releasepipe import runner  # noqa: E402
from releasepipe.cli import main  # noqa: E402
from releasepipe.engines import dask as engine  # noqa: E402
from releasepipe.pipeline import PipelineConfig  # noqa: E402
from releasepipe.runner import RunSettings, run  # noqa: E402

LIGHT = {"name": "light", "stages": ["language", "anatomy", "dates", "figures", "contacts", "quotes"]}
FR = ("Communiqué de presse\n\nLe Niger accueille une conférence régionale sur les migrations\n\n"
      "NIAMEY, 14 octobre 2024 – Les délégations de douze pays se réunissent cette semaine à Niamey "
      "pour coordonner l’aide aux personnes migrantes bloquées dans le désert.\n")
#: written per run with timings: compared by statuses only
UNSTABLE = ("run-report.json", ".releasepipe-state.sqlite", ".releasepipe-cache.sqlite", ".releasepipe.lock")


@pytest.fixture(scope="module")
def light() -> PipelineConfig:
    return PipelineConfig.from_dict(LIGHT, source="<test>")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes shared by the tests that name a scheduler."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as local, \
            distributed.Client(local) as client:
        yield local, client


@pytest.fixture(scope="module")
def local_samples(tmp_path_factory, samples_dir, light) -> Path:
    """The samples processed by the local engine, in one process."""
    out = tmp_path_factory.mktemp("local") / "out"
    run([samples_dir], out, config=light, settings=RunSettings(docx=False, jobs=1))
    return out


@pytest.fixture()
def spy(monkeypatch) -> dict[str, engine.DaskRun]:
    """Catches what the engine's generator returns, and hands it on to the runner."""
    caught: dict[str, engine.DaskRun] = {}
    real = engine.outcomes

    def outcomes(*args):
        caught["run"] = yield from real(*args)
        return caught["run"]

    monkeypatch.setattr(engine, "outcomes", outcomes)
    return caught


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(UNSTABLE)}


def statuses(out: Path) -> dict[str, tuple[str, str | None]]:
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    return {f["path"]: (f["status"], (f["error"] or {}).get("code")) for f in report["files"]}


def assert_same_outputs(out: Path, reference: Path) -> None:
    got, want = outputs(out), outputs(reference)
    assert sorted(got) == sorted(want)
    assert [name for name in want if got[name] != want[name]] == []
    assert statuses(out) == statuses(reference)


def test_engine_dask_local_cluster_output_identical_to_local(tmp_path, monkeypatch, samples_dir, light,
                                                             local_samples, spy):
    monkeypatch.setattr(runner, "CHUNK", 3)
    out = tmp_path / "out"
    report = run([samples_dir], out, config=light, settings=RunSettings(docx=False, engine="dask", jobs=2))
    assert report.counts["ok"] == report.counts["processed"] == 16
    batch_files = {"releases.jsonl", "entities.jsonl", "translations.jsonl", "facts.csv", "contacts.vcf"}
    assert batch_files <= set(outputs(out)) and len(outputs(out)) == 16 + len(batch_files)
    assert_same_outputs(out, local_samples)
    assert spy["run"].workers == 2 and spy["run"].tasks == 6
    assert spy["run"].lost_workers == spy["run"].retried == []


def test_engine_dask_worker_failure_reported_like_local(tmp_path, cluster, light):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "niamey.txt").write_text(FR, encoding="utf-8")
    local, _ = cluster
    run([src], tmp_path / "local", config=light, settings=RunSettings(docx=False))
    report = run([src], tmp_path / "dask", config=light,
                 settings=RunSettings(docx=False, engine="dask", scheduler=local.scheduler_address))
    by_path = {f.path: f for f in report.files}
    assert by_path["empty.txt"].status == "failed" and by_path["empty.txt"].error["code"] == "RP101"
    assert by_path["niamey.txt"].status == "ok"
    assert_same_outputs(tmp_path / "dask", tmp_path / "local")


def test_engine_dask_file_urls_and_cli(tmp_path, cluster):
    src = tmp_path / "in"
    src.mkdir()
    (src / "niamey.txt").write_text(FR, encoding="utf-8")
    local, _ = cluster
    pipeline = tmp_path / "light.toml"
    pipeline.write_text('name = "light"\nstages = ["language", "anatomy"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["run", src.as_uri(), "--out", (tmp_path / "out").as_uri(), "--no-docx",
                                       "--pipeline", str(pipeline), "--engine", "dask",
                                       "--scheduler", local.scheduler_address])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "niamey.json").read_text(encoding="utf-8"))["language"]["code"] == "fr"


@pytest.mark.parametrize("args,needle", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"], "cannot reach the Dask scheduler"),
])
def test_engine_dask_cli_usage_errors_exit_2(tmp_path, args, needle):
    src = tmp_path / "in"
    src.mkdir()
    (src / "niamey.txt").write_text(FR, encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == 2, result.output
    assert needle in result.output


def test_engine_dask_cli_remote_urls_are_refused(tmp_path):
    result = CliRunner().invoke(main, ["run", "s3://bucket/releases", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "only local paths and file:// URLs" in result.output
    assert not (tmp_path / "out").exists()


def test_engine_dask_killed_worker_loses_no_release(tmp_path, monkeypatch, cluster, samples_dir, light,
                                                     local_samples, spy):
    monkeypatch.setattr(runner, "CHUNK", 1)  # 16 tasks: several are on each worker when one dies
    local, client = cluster
    address, pid = sorted(client.run(os.getpid).items())[0]
    killed: list[str] = []

    def kill_after_first(result) -> None:
        if not killed and result.status == "ok":  # a release done on the cluster, not a file skipped before
            os.kill(pid, signal.SIGKILL)
            killed.append(address)

    out = tmp_path / "out"
    report = run([samples_dir], out, config=light, on_result=kill_after_first,
                 settings=RunSettings(docx=False, engine="dask", scheduler=local.scheduler_address))
    assert killed
    releases = [f for f in report.files if not f.path.endswith(".gold.json")]  # samples/gold: not releases
    assert {f.status for f in releases} == {"ok"} and len(releases) == 16
    assert_same_outputs(out, local_samples)
    assert spy["run"].lost_workers == [address]
    assert report.engine["lost_workers"] == [address]  # the run report says so
    assert set(spy["run"].retried) <= {f.path for f in report.files}


def test_engine_dask_and_runner_do_not_import_each_other():
    """What both use (inputs, settings, processing a chunk) is in releasepipe.chunk, below both: the engine
    imports neither the runner nor anything that imports it, and the runner picks the engine only when asked."""
    import ast
    import subprocess
    import sys

    source = Path(engine.__file__).read_text(encoding="utf-8")
    imported = {node.module for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)}
    assert "runner" not in {m.rsplit(".", 1)[-1] for m in imported if m}
    loaded = subprocess.run([sys.executable, "-c", "import sys, releasepipe.engines.dask; "
                                                   "print('releasepipe.runner' in sys.modules)"],
                            capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"
    chunk_source = Path(engine.__file__).parents[1].joinpath("chunk.py").read_text(encoding="utf-8")
    assert "runner" not in {node.module for node in ast.walk(ast.parse(chunk_source))
                            if isinstance(node, ast.ImportFrom) and node.module}
