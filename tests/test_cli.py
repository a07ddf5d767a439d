import json
import os

import click
import pytest
from click.testing import CliRunner

from releasepipe import __version__
from releasepipe.cli import main

RELEASE = ("Press release\n\nNew shelters open for families displaced by floods\n\n"
           "NAIROBI, 3 May 2024 – Aid agencies opened four new shelters this week for families who lost "
           "their homes when the river burst its banks.\n")


@pytest.fixture()
def light(tmp_path):
    path = tmp_path / "light.toml"
    path.write_text('name = "light"\nstages = ["language", "anatomy"]\n', encoding="utf-8")
    return str(path)


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_every_command_has_help():
    assert main.help
    for name, command in main.commands.items():
        assert command.help, name
        result = invoke(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts}"


def test_cli_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_run_ok_exit_0(tmp_path, light):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "shelters.txt").write_text(RELEASE, encoding="utf-8")
    result = invoke("run", tmp_path / "in", "--out", tmp_path / "out", "--pipeline", light)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "shelters.json").read_text(encoding="utf-8"))
    assert data["title"] == "New shelters open for families displaced by floods"
    assert "1 processed, 0 unchanged, 0 failed" in result.stderr


def test_cli_run_failure_exit_1_and_one_line_per_file(tmp_path, light):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "shelters.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = invoke("run", tmp_path / "in", "--out", tmp_path / "out", "--pipeline", light)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert "empty.txt" in errors[0] and "[RP101]" in errors[0]
    never = invoke("run", tmp_path / "in", "--out", tmp_path / "out2", "--pipeline", light, "--fail-on", "never")
    assert never.exit_code == 0


@pytest.mark.parametrize(
    "args,needle",
    [
        (["run", "samples"], "--out"),
        (["run", "samples", "--out", "x", "--pipeline", "turbo"], "no pipeline named 'turbo'"),
        (["run", "samples", "--out", "x", "--lang", "french"], "ISO 639-1"),
        (["run", "samples", "--out", "x", "--reference-date", "14/10/2024"], "--reference-date"),
        (["run", "samples", "--out", "x", "--fail-on", "sometimes"], "--fail-on"),
        (["frobnicate"], "No such command"),
    ],
)
def test_cli_usage_errors_exit_2(args, needle):
    result = invoke(*args)
    assert result.exit_code == 2
    assert needle in result.output


def test_cli_extract_prints_json(tmp_path, light):
    path = tmp_path / "shelters.txt"
    path.write_text(RELEASE, encoding="utf-8")
    result = invoke("extract", path, "--pipeline", light, "--lang", "en")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["language"]["code"] == "en" and data["dateline"]["place"] == "Nairobi"


def test_cli_extract_bad_file_exit_1(tmp_path, light):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = invoke("extract", path, "--pipeline", light)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "RP101" in result.stderr


def test_cli_pipelines_lists_shipped_definitions():
    result = invoke("pipelines")
    assert result.exit_code == 0
    assert "default:" in result.output and "fast:" in result.output
    assert "fr=fr_core_news_md" in result.output


@pytest.mark.parametrize("preset", [None, "4"])
def test_cli_run_keeps_numeric_libraries_to_one_thread_unless_told(tmp_path, monkeypatch, preset):
    from releasepipe.cli import THREAD_VARIABLES

    for variable in THREAD_VARIABLES:
        monkeypatch.setenv(variable, "placeholder")  # so that the test's changes are undone
        monkeypatch.delenv(variable)
    if preset:
        monkeypatch.setenv("OMP_NUM_THREADS", preset)
    result = invoke("run", tmp_path, "--out", tmp_path / "out", "--lang", "french")  # refused: no model loads
    assert result.exit_code == 2
    assert os.environ["OMP_NUM_THREADS"] == (preset or "1")
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
