import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from releasepipe import __version__
from releasepipe.cli import main
from releasepipe.errors import Code, OutputError

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


# --- extract: many files, standard input, limits ---------------------------------

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
NIAMEY = SAMPLES / "fr" / "niamey-retours.txt"
QUITO = SAMPLES / "es" / "quito-centro-orientacion.txt"
ABIDJAN = SAMPLES / "mixed" / "abidjan-forum-mobilite.txt"


def test_cli_stdin_formats_are_the_readers_formats():
    from releasepipe.cli import STDIN_FORMATS
    from releasepipe.ingest import FORMATS

    assert sorted(STDIN_FORMATS) == sorted(suffix.lstrip(".") for suffix in FORMATS)


@pytest.mark.parametrize(
    "sample,fmt,lang",
    [
        (SAMPLES / "fr" / "niamey-retours.txt", None, "fr"),
        (SAMPLES / "fr" / "dakar-inondations.md", "md", "fr"),
        (SAMPLES / "fr" / "geneve-appel-sahel.html", "html", "fr"),
        (SAMPLES / "en" / "amman-winter-cash.docx", "docx", "en"),
    ],
)
def test_cli_extract_reads_stdin(light, sample, fmt, lang):
    args = ["extract", "-", sample, "--pipeline", light] + (["--format", fmt] if fmt else [])
    result = CliRunner().invoke(main, [str(a) for a in args], input=sample.read_bytes())
    assert result.exit_code == 0, result.stderr
    from_stdin, from_file = map(json.loads, result.stdout.splitlines())
    assert from_stdin["source"]["path"] == f"stdin.{fmt or 'txt'}"
    assert from_stdin["source"]["bytes"] == sample.stat().st_size
    assert from_stdin["language"]["code"] == lang
    # The same release as from the file, apart from where it came from (and the id, which may depend on it).
    assert {**from_stdin, "source": None, "id": None} == {**from_file, "source": None, "id": None}


def test_cli_extract_reads_stdin_in_a_real_process(light):
    with NIAMEY.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "releasepipe.cli", "extract", "-", "--pipeline", light],
                              stdin=stdin, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert json.loads(done.stdout)["source"]["path"] == "stdin.txt"


@pytest.mark.parametrize(
    "command,stderr",
    [
        (["extract", *[NIAMEY] * 3], b""),
        (["run", SAMPLES / "fr", SAMPLES / "mixed", "--no-docx", "--jsonl", "-"],
         b"stopped: standard output was closed; outputs written so far are complete, run again to finish the batch\n"),
    ],
)
def test_cli_stdout_closed_by_its_reader_exit_1_no_traceback(tmp_path, light, command, stderr):
    if command[0] == "run":
        command += ["--out", tmp_path / "out"]
    args = [sys.executable, "-m", "releasepipe.cli", *map(str, command), "--pipeline", light]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.close()  # a reader gone before the first release, as `| head -c 0`
        assert process.wait(timeout=120) == 1
        assert process.stderr.read() == stderr


@pytest.mark.parametrize(
    "args,needle",
    [
        (["extract", str(NIAMEY), "--format", "md"], "applies to `-` (standard input) only"),
        (["extract", "-", "-"], "`-` (standard input) can be given once"),
        (["extract", "-", "--format", "odt"], "'odt' is not one of"),
        (["extract"], "Missing argument 'FILES...'"),
        (["extract", str(NIAMEY), "--timeout", "0"], "--timeout"),
        (["extract", str(NIAMEY), "--max-file-mb", "-1"], "--max-file-mb"),
    ],
)
def test_cli_extract_usage_errors_exit_2(light, args, needle):
    result = CliRunner().invoke(main, [*args, "--pipeline", light], input=b"")
    assert result.exit_code == 2
    assert needle in result.output
    assert result.stdout == "" or "Usage:" in result.stdout


def test_cli_extract_one_file_pretty_many_files_json_lines(light):
    one = invoke("extract", NIAMEY, "--pipeline", light)
    assert one.exit_code == 0
    assert one.stdout.startswith("{\n  ") and json.loads(one.stdout)["source"]["path"] == "niamey-retours.txt"

    many = invoke("extract", NIAMEY, QUITO, ABIDJAN, "--pipeline", light)
    assert many.exit_code == 0 and many.stderr == ""
    lines = many.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [
        "niamey-retours.txt", "quito-centro-orientacion.txt", "abidjan-forum-mobilite.txt"]
    assert json.loads(lines[0]) == json.loads(one.stdout)

    forced = invoke("extract", NIAMEY, "--jsonl", "--pipeline", light)
    assert forced.exit_code == 0 and forced.stdout == lines[0] + "\n"


def test_cli_extract_failed_files_one_line_each_others_printed(tmp_path, light):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = invoke("extract", NIAMEY, empty, missing, QUITO, tmp_path, "--pipeline", light)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {empty}: file is empty (0 bytes) [RP101]",
        f"error: {missing}: no such file or folder [RP106]",
        f"error: {tmp_path}: is a folder, not a file (`releasepipe run` processes folders) [RP107]",
    ]
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [
        "niamey-retours.txt", "quito-centro-orientacion.txt"]


@pytest.mark.parametrize("use_stdin", [False, True])
def test_cli_extract_max_file_mb(light, use_stdin):
    target = "-" if use_stdin else str(NIAMEY)
    result = CliRunner().invoke(main, ["extract", target, "--pipeline", light, "--max-file-mb", "0.001"],
                                input=NIAMEY.read_bytes())
    assert result.exit_code == 1 and result.stdout == ""
    name = "<stdin>" if use_stdin else str(NIAMEY)
    assert result.stderr.startswith(f"error: {name}: file is ") and result.stderr.endswith("(--max-file-mb) [RP112]\n")


@pytest.mark.parametrize(
    "args,timeout,max_bytes",
    [([], 120.0, 25 * 1024 * 1024), (["--timeout", "2.5", "--max-file-mb", "1"], 2.5, 1024 * 1024)],
)
def test_cli_extract_has_run_limits(monkeypatch, light, args, timeout, max_bytes):
    import releasepipe.runner as runner

    seen = {}

    def fake(items, *, config, options, settings):
        seen["settings"] = settings
        return iter([])

    monkeypatch.setattr(runner, "process_inputs", fake)
    invoke("extract", "missing.txt", "--pipeline", light, *args)
    assert seen["settings"].file_timeout == timeout
    assert seen["settings"].limits.max_bytes == max_bytes
    assert seen["settings"].docx is False


def test_cli_extract_and_run_share_limit_defaults():
    run_params = {p.name: p for p in main.commands["run"].params}
    for param in main.commands["extract"].params:
        if param.name in ("timeout", "max_file_mb"):
            assert param.default == run_params[param.name].default
            assert param.help == run_params[param.name].help


# --- --lang --------------------------------------------------------------------

@pytest.mark.parametrize("command", ["extract", "run"])
def test_cli_lang_unknown_code_lists_the_known_ones(tmp_path, light, command):
    args = [command, NIAMEY, "--pipeline", light, "--lang", "xx"]
    if command == "run":
        args += ["--out", tmp_path / "out"]
    result = invoke(*args)
    assert result.exit_code == 2
    assert "'xx' is not a language releasepipe knows; known: af, ar, " in result.stderr
    assert ", fr, " in result.stderr and ", zh" in result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_lang_accepts_a_language_only_the_pipeline_has_a_model_for(tmp_path):
    from releasepipe.cli import known_languages
    from releasepipe.pipeline import PipelineConfig

    bare = PipelineConfig(name="bare")
    assert {"fr", "en", "zh"} <= known_languages(bare) and "xx" not in known_languages(bare)
    assert "eu" in known_languages(PipelineConfig(name="basque", models={"eu": "eu_model"}))
    assert "br" in known_languages(PipelineConfig(name="breton", fallbacks={"br": "fr_core_news_md"}))


def test_cli_lang_forced(light):
    result = invoke("extract", QUITO, "--pipeline", light, "--lang", "pt")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["language"]["code"] == "pt"


# --- run: --jsonl -, --wait, output errors ---------------------------------------

def test_cli_run_jsonl_streams_releases_to_stdout(tmp_path, light):
    out = tmp_path / "out"
    result = invoke("run", SAMPLES / "fr", SAMPLES / "mixed", "--out", out, "--pipeline", light, "--no-docx",
                    "--jsonl", "-")
    assert result.exit_code == 0, result.output
    assert sorted(result.stdout.splitlines()) == sorted((out / "releases.jsonl").read_text(encoding="utf-8").splitlines())
    assert len(result.stdout.splitlines()) == 6
    assert "6 processed, 0 unchanged, 0 failed" in result.stderr and "{" not in result.stderr
    again = invoke("run", SAMPLES / "fr", SAMPLES / "mixed", "--out", out, "--pipeline", light, "--no-docx",
                   "--jsonl", "-")
    assert again.exit_code == 0
    assert sorted(again.stdout.splitlines()) == sorted(result.stdout.splitlines())
    assert "0 processed, 6 unchanged" in again.stderr


def test_cli_run_without_jsonl_prints_nothing_on_stdout(tmp_path, light):
    result = invoke("run", SAMPLES / "mixed", "--out", tmp_path / "out", "--pipeline", light, "--no-docx")
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("value", ["out.jsonl", "", "--"])
def test_cli_run_jsonl_accepts_only_dash(tmp_path, light, value):
    result = invoke("run", SAMPLES / "mixed", "--out", tmp_path / "out", "--pipeline", light, f"--jsonl={value}")
    assert result.exit_code == 2
    assert "only `-` (stdout) is supported" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args,wait", [([], False), (["--wait"], True)])
def test_cli_run_wait(monkeypatch, tmp_path, light, args, wait):
    import releasepipe.runner as runner

    seen = {}

    def fake(inputs, out, *, settings, **kwargs):
        seen["settings"] = settings
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "run", fake)
    result = invoke("run", SAMPLES / "mixed", "--out", tmp_path / "out", "--pipeline", light, *args)
    assert result.exit_code == 130
    assert seen["settings"].wait is wait


def _raise(exc):
    def fake(*args, **kwargs):
        raise exc
    return fake


OUTPUT_ERRORS = [
    (lambda out: OutputError(Code.OUTPUT_LOCKED, "another run is writing to this folder (pid 4242); "
                                                "wait for it or use --wait", path=str(out)),
     "error: {out}: another run is writing to this folder (pid 4242); wait for it or use --wait [RP402]"),
    (lambda out: OutputError(Code.OUTPUT_NOT_WRITABLE, "no space left on the device"),
     "error: no space left on the device [RP403]"),
    (lambda out: OutputError(Code.STATE_TOO_NEW, "state written by a newer releasepipe (0.3.0)", path=str(out)),
     "error: {out}: state written by a newer releasepipe (0.3.0) [RP404]"),
    (lambda out: OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(out / "a.json")),
     "error: {out}/a.json: No space left on device [RP403]"),
    (lambda out: OSError(errno.EROFS, os.strerror(errno.EROFS), str(out / "evil\nerror: forged.json")),
     "error: {out}/evil\\nerror: forged.json: Read-only file system [RP403]"),
    (lambda out: PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
     "error: Permission denied [RP403]"),
]


@pytest.mark.parametrize("make,expected", OUTPUT_ERRORS)
def test_cli_run_output_errors_one_line_exit_2(monkeypatch, tmp_path, light, make, expected):
    import releasepipe.runner as runner

    out = tmp_path / "out"
    monkeypatch.setattr(runner, "run", _raise(make(out)))
    result = invoke("run", SAMPLES / "mixed", "--out", out, "--pipeline", light)
    assert result.exit_code == 2
    assert result.stderr == expected.format(out=out) + "\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("make,expected", OUTPUT_ERRORS[:4])
def test_cli_digest_output_errors_one_line_exit_2(monkeypatch, tmp_path, make, expected):
    import releasepipe.runner as runner

    (tmp_path / "releases.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(runner, "write_digest", _raise(make(tmp_path)))
    result = invoke("digest", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == expected.format(out=tmp_path) + "\n"


def test_cli_extract_output_error_one_line_exit_2(monkeypatch, light):
    import releasepipe.runner as runner

    monkeypatch.setattr(runner, "process_inputs", _raise(OutputError(Code.OUTPUT_NOT_WRITABLE, "read-only")))
    result = invoke("extract", NIAMEY, "--pipeline", light)
    assert result.exit_code == 2 and result.stderr == "error: read-only [RP403]\n"


@pytest.fixture()
def locked_out(tmp_path):
    """OUT with its lock held, as by another run; and the function that ends that run."""
    import fcntl
    import threading

    from releasepipe.runner import LOCKFILE

    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / LOCKFILE, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, b"4242", 0)
    once = threading.Lock()
    held = [True]

    def release() -> None:
        with once:
            if held[0]:
                held[0] = False
                os.close(fd)

    yield out, release
    release()


def test_cli_run_locked_out_one_line_exit_2(locked_out, light):
    out, _ = locked_out
    result = invoke("run", SAMPLES / "mixed", "--out", out, "--pipeline", light)
    assert result.exit_code == 2
    assert result.stderr == (f"error: {out} is in use by another releasepipe run (process 4242): "
                             "wait for it to finish, or pass --wait [RP402]\n")
    assert not (out / "abidjan-forum-mobilite.json").exists()


def test_cli_run_wait_waits_for_the_lock(locked_out, light):
    import threading

    out, release = locked_out
    threading.Timer(1.0, release).start()  # the other run ends a second later
    result = invoke("run", SAMPLES / "mixed", "--out", out, "--pipeline", light, "--no-docx", "--wait")
    assert result.exit_code == 0, result.output
    assert (out / "abidjan-forum-mobilite.json").exists()


def test_cli_run_out_is_an_input_folder_exit_2(tmp_path, light):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "abidjan.txt").write_bytes(ABIDJAN.read_bytes())
    result = invoke("run", folder, "--out", folder, "--pipeline", light)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {folder} is also an input folder") and result.stderr.endswith("[RP401]\n")
    assert len(result.stderr.splitlines()) == 1


def test_cli_run_out_cannot_be_created_one_line_exit_2(tmp_path, light):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "file" / "out"
    result = invoke("run", SAMPLES / "mixed", "--out", out, "--pipeline", light)
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: cannot create the output folder: Not a directory [RP403]\n"


# --- names and messages cannot forge lines -----------------------------------------

@pytest.mark.parametrize(
    "value,expected",
    [
        ("plain/é.txt", "plain/é.txt"),
        ("a\nerror: forged.txt", "a\\nerror: forged.txt"),
        ("a\r\nb", "a\\r\\nb"),
        ("x\x1b[2Jy", "x\\x1b[2Jy"),
        ("tab\there", "tab\\there"),
        ("nul\x00del\x7fnel\x85", "nul\\x00del\\x7fnel\\x85"),
        ("line\u2028sep", "line\\u2028sep"),
        ("right\u202eto-left", "right\\u202eto-left"),
        (os.fsdecode(b"bad\xff\xfe.txt"), "bad\\xff\\xfe.txt"),
        (b"bytes\xff\n", "bytes\\xff\\n"),
        (Path("dir") / "x\ny", "dir/x\\ny"),
    ],
)
def test_cli_shown_escapes_controls(value, expected):
    from releasepipe.cli import shown

    assert shown(value) == expected
    assert shown(value).encode("ascii", "backslashreplace").isascii()


FORGING_NAMES = [
    (b"evil\nerror: forged.txt", "evil\\nerror: forged.txt"),
    (b"esc\x1b[31mred.txt", "esc\\x1b[31mred.txt"),
    (b"cr\rerror: forged.txt", "cr\\rerror: forged.txt"),
    (b"latin1-caf\xe9.txt", "latin1-caf\\xe9.txt"),
]


def _empty_file_named(folder: Path, name: bytes) -> Path:
    folder.mkdir(exist_ok=True)
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
    try:
        path.write_bytes(b"")
    except OSError:
        pytest.skip("the file system refuses that name")
    return path


@pytest.mark.parametrize("name,shown_as", FORGING_NAMES)
def test_cli_extract_file_names_cannot_forge_lines(tmp_path, light, name, shown_as):
    path = _empty_file_named(tmp_path / "in", name)
    result = invoke("extract", path, NIAMEY, "--pipeline", light)
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path}/in/{shown_as}: file is empty (0 bytes) [RP101]\n"
    assert json.loads(result.stdout)["source"]["path"] == "niamey-retours.txt"


@pytest.mark.parametrize("name,shown_as", FORGING_NAMES)
def test_cli_run_file_names_cannot_forge_lines(tmp_path, light, name, shown_as):
    _empty_file_named(tmp_path / "in", name)
    result = invoke("run", tmp_path / "in", "--out", tmp_path / "out", "--pipeline", light)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"error: {shown_as}: file is empty (0 bytes) [RP101]"
    assert len(lines) == 2 and lines[1].startswith("0 processed, 0 unchanged, 1 failed")


def test_cli_undecodable_name_in_a_real_process(tmp_path, light):
    path = _empty_file_named(tmp_path, b"caf\xe9\n.txt")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "releasepipe.cli", "extract", path, "--pipeline", light],
                          capture_output=True, timeout=120, env=env)
    assert done.returncode == 1
    assert done.stderr == b"error: " + os.fsencode(tmp_path) + b"/caf\\xe9\\n.txt: file is empty (0 bytes) [RP101]\n"


# --- validate --------------------------------------------------------------------

@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """OUT of a run over samples/fr and samples/mixed (read only: shared by the tests)."""
    folder = tmp_path_factory.mktemp("outputs")
    light = folder / "light.toml"
    light.write_text('name = "light"\nstages = ["language", "anatomy"]\n', encoding="utf-8")
    out = folder / "out"
    result = invoke("run", SAMPLES / "fr", SAMPLES / "mixed", "--out", out, "--pipeline", light, "--no-docx")
    assert result.exit_code == 0
    return out


def test_cli_validate_valid_outputs_exit_0(outputs):
    files = sorted(outputs.glob("**/*.json"))
    files.remove(outputs / "run-report.json")
    result = invoke("validate", *files, outputs / "releases.jsonl")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"12 releases checked in {len(files) + 1} files: 0 invalid\n"


def test_cli_validate_reads_extract_output_from_stdin(light):
    for args in ([NIAMEY], [NIAMEY, QUITO]):
        extracted = invoke("extract", *args, "--pipeline", light)
        result = CliRunner().invoke(main, ["validate", "-"], input=extracted.stdout)
        assert result.exit_code == 0, result.output
        assert result.stderr == f"{len(args)} release{'s' if len(args) > 1 else ''} checked in 1 file: 0 invalid\n"


def _broken(release: dict, how: str) -> dict:
    release = json.loads(json.dumps(release))
    if how == "missing":
        del release["title"]
    elif how == "offsets":
        release["dateline"]["text"] = "X\nerror: forged"
    elif how == "type":
        release["language"]["confidence"] = "high"
    return release


@pytest.mark.parametrize(
    "how,problem",
    [
        ("missing", '<root>: "title" is a required property'),
        ("offsets", "dateline: text 'X\\nerror: forged' != text[116:139] 'NIAMEY, 14 octobre 2024'"),
        ("type", 'language/confidence: "high" is not of type "number"'),
    ],
)
def test_cli_validate_reports_each_problem(outputs, tmp_path, how, problem):
    good = json.loads((outputs / "niamey-retours.json").read_text(encoding="utf-8"))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_broken(good, how), ensure_ascii=False, indent=2), encoding="utf-8")
    result = invoke("validate", bad)
    assert result.exit_code == 1
    assert result.stdout == f"{bad}: {problem}\n"

    lines = (outputs / "releases.jsonl").read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if json.loads(line)["source"]["path"] == "niamey-retours.txt")
    lines[number - 1] = json.dumps(_broken(json.loads(lines[number - 1]), how), ensure_ascii=False)
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("validate", jsonl, outputs / "releases.jsonl")
    assert result.exit_code == 1
    assert result.stdout == f"{jsonl}:{number}: {problem}\n"
    assert result.stderr == "12 releases checked in 2 files: 1 invalid\n"


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("a.json", b"", ["a.json: not JSON: "]),
        ("a.json", b"[1, 2]", ["a.json: not a release: a JSON array, not an object"]),
        ("a.json", b'{"title": ', ["a.json: not JSON: "]),
        ("a.jsonl", b'not json\n\n"text"\n', ["a.jsonl:1: not JSON: ", "a.jsonl:3: not a release: a JSON string"]),
        ("a.txt", b'{}\n[]\n', ["a.txt:1: <root>: ", "a.txt:2: not a release: a JSON array"]),
    ],
)
def test_cli_validate_not_releases(tmp_path, name, content, expected):
    (tmp_path / name).write_bytes(content)
    result = invoke("validate", tmp_path / name)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    for prefix in expected:
        assert any(line.startswith(f"{tmp_path}/{prefix}") for line in lines), (prefix, lines)


def test_cli_validate_empty_jsonl_is_valid(tmp_path):
    (tmp_path / "releases.jsonl").write_bytes(b"")
    result = invoke("validate", tmp_path / "releases.jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "0 releases checked in 1 file: 0 invalid\n"


@pytest.mark.parametrize(
    "args,needle",
    [
        ([], "Missing argument 'FILES...'"),
        (["no-such-file.json"], "no-such-file.json: no such file"),
        (["no\nsuch.json"], "no\\nsuch.json: no such file"),
        (["--strict"], "No such option"),
    ],
)
def test_cli_validate_usage_errors_exit_2(args, needle):
    result = invoke("validate", *args)
    assert result.exit_code == 2
    assert needle in result.stderr


# --- help ---------------------------------------------------------------------------

def test_cli_help_imports_no_model_library():
    code = ("import sys; from click.testing import CliRunner; from releasepipe.cli import main\n"
            "for name in ('extract', 'run', 'validate'):\n"
            "    assert CliRunner().invoke(main, [name, '--help']).exit_code == 0\n"
            "print(sorted(m for m in ('spacy', 'langdetect', 'jsonschema_rs', 'releasepipe.ingest') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"


def test_cli_languages_table_and_json(tmp_path):
    """`languages` shows every pack's language, langdetect's and the pipeline's, with their stages."""
    from releasepipe import lang

    table = invoke("languages")
    assert table.exit_code == 0, table.output
    rows = {line.split()[0]: line for line in table.output.splitlines()[1:] if line.strip() and line[:2].islower()
            and line[2:4] == "  "}
    assert set(lang.CODES) | {"sw", "cs", "zh"} <= set(rows)
    assert "fr_core_news_md" in rows["fr"] and "(fallback, slavicner-dev 0.684)" in rows["cs"]
    assert "none" in rows["sw"].split()
    data = json.loads(invoke("languages", "--json").output)
    by_code = {row["code"]: row for row in data}
    assert by_code["uk"]["model"] == {"lang": "uk", "name": "releasepipe_ner_ru", "fallback": True,
                                      "note": "slavicner-dev 0.701; releasepipe_ner_xx 0.647",
                                      "installed": by_code["ru"]["model"]["installed"]}
    assert by_code["sw"]["model"] is None and by_code["sw"]["language_id"] and not by_code["sw"]["pack"]
    assert not any(by_code["sw"]["stages"].values())
    assert set(by_code["fr"]["stages"]) == {"dates", "figures", "quotes", "roles", "anatomy", "entity_rules"}
    assert by_code["fr"]["stages"]["dates"] and by_code["fr"]["stages"]["figures"]
    # another pipeline: its models, its languages (eu: neither a pack nor langdetect's)
    mine = tmp_path / "basque.toml"
    mine.write_text('[models]\neu = "fr_core_news_sm"\n', encoding="utf-8")
    basque = {row["code"]: row for row in json.loads(invoke("languages", "--json", "--pipeline", mine).output)}
    assert basque["eu"]["model"]["name"] == "fr_core_news_sm" and not basque["eu"]["language_id"]
    assert basque["fr"]["model"] is None
    bad = invoke("languages", "--pipeline", "turbo")
    assert bad.exit_code == 2 and "RP301" in bad.output


def test_cli_models_describes_each_model_once():
    out = invoke("models").output
    assert out.count("trained for releasepipe: F1 0.51") <= 1  # the multilingual model, borrowed by many
    assert "cs  releasepipe_ner_xx" in out and "(fallback: slavicner-dev 0.684)" in out
    about = [line for line in out.splitlines() if line.startswith("    ")]
    assert about and len(about) == len(set(about))


def test_cli_help_and_languages_help_do_not_import_babel():
    for args in (["--help"], ["languages", "--help"]):
        code = ("import sys; from releasepipe.cli import main; sys.argv = ['releasepipe', *%r]\n"
                "try:\n    main()\nexcept SystemExit:\n    pass\nprint('babel' in sys.modules)" % (args,))
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert done.stdout.strip().splitlines()[-1] == "False", args
