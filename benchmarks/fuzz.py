"""The long fuzz run: the property tests of tests/fuzz with 10,000 examples each.

    PYTHONPATH=src python benchmarks/fuzz.py [--examples 10000] [--out docs/fuzz.md]

Runs tests/fuzz/test_fuzz_readers.py and tests/fuzz/test_fuzz_extractors.py
in two processes at once, with random seeds (CI runs 200 fixed examples per
test), and writes what each test tried and any failure (its minimal example)
to ``docs/fuzz.md``. Exits 1 when a test failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ("tests/fuzz/test_fuzz_readers.py", "tests/fuzz/test_fuzz_extractors.py")

_STATS_HEAD = re.compile(r"^(tests/fuzz/\S+::\S+):\s*$", re.MULTILINE)
_COUNTS = re.compile(r"(\d+) passing(?: examples?)?, (\d+) failing(?: examples?)?,(?: and)? (\d+) invalid")
_PHASE = re.compile(r"during (\w+) phase \(([\d.]+) seconds\)")
_RESULT = re.compile(r"^(tests/fuzz/\S+::\S+) (PASSED|FAILED|SKIPPED|XFAIL|XPASS|ERROR)", re.MULTILINE)
_SUMMARY = re.compile(r"^=+ (.*(?:passed|failed|skipped|error).*) in ([\d.]+)s", re.MULTILINE)


@dataclass
class TestRun:
    name: str
    outcome: str = "?"
    passing: int = 0
    failing: int = 0
    invalid: int = 0
    seconds: float = 0.0
    stopped: str = ""
    failure: str = ""


@dataclass
class FileRun:
    path: str
    seconds: float
    summary: str
    tests: dict[str, TestRun] = field(default_factory=dict)


def run_file(path: str, examples: int) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "RELEASEPIPE_FUZZ_EXAMPLES": str(examples),
        "RELEASEPIPE_FUZZ_RANDOM": "1",
        "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    command = [sys.executable, "-m", "pytest", path, "-p", "no:cacheprovider", "-rA", "-v",
               "--hypothesis-show-statistics", "--tb=short", "-W", "ignore::DeprecationWarning"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def parse(path: str, output: str, seconds: float) -> FileRun:
    summary = _SUMMARY.findall(output)
    result = FileRun(path, seconds, summary[-1][0] if summary else "no summary (see the output)")
    for name, outcome in _RESULT.findall(output):
        result.tests.setdefault(name, TestRun(name)).outcome = outcome
    heads = list(_STATS_HEAD.finditer(output))
    for i, head in enumerate(heads):
        block = output[head.end() : heads[i + 1].start() if i + 1 < len(heads) else len(output)]
        test = result.tests.setdefault(head.group(1), TestRun(head.group(1)))
        for (phase, phase_seconds), counts in zip(_PHASE.findall(block), _COUNTS.findall(block)):
            test.passing += int(counts[0])
            test.failing += int(counts[1])
            test.invalid += int(counts[2])
            test.seconds += float(phase_seconds)
        stopped = re.search(r"Stopped because (.*)", block)
        test.stopped = stopped.group(1).strip() if stopped else ""
    for name, test in result.tests.items():
        if test.outcome in ("FAILED", "ERROR"):
            short = name.split("::")[-1]
            match = re.search(rf"_+ {re.escape(short)}(?:\[[^\]]*\])? _+\n(.*?)(?=\n_{{5,}} |\n=+ )", output, re.S)
            test.failure = _falsifying(match.group(1) if match else output)
    return result


def _falsifying(text: str) -> str:
    """The error line and the minimal example from a failure's report."""
    lines = text.splitlines()
    keep = [line for line in lines if line.startswith("E ") or "Falsifying" in line or line.startswith("    ")]
    example = [line for line in lines if line.strip().startswith(("Falsifying", "data=", "text=", "fmt=", "lang=",
                                                                   "case=", "region=", "reference=", "title_hint="))]
    errors = [line for line in lines if line.startswith("E ")]
    return "\n".join((example or keep[-20:]) + errors[:6])


def write_report(runs: list[FileRun], examples: int, out: Path, started: dt.datetime, elapsed: float) -> None:
    lines = [
        "# Fuzz run",
        "",
        "Written by `benchmarks/fuzz.py`: the property tests of `tests/fuzz/` with up to "
        f"{examples:,} generated examples per test and random seeds (CI runs 200 fixed examples per test). "
        "Readers may only refuse an input with `InputError`; extractors may not raise at all; every offset "
        "must index the text it claims.",
        "",
        f"- Run: {started:%Y-%m-%d %H:%M} UTC, {elapsed / 60:.1f} min, Python {platform.python_version()},"
        f" {platform.machine()}, {os.cpu_count()} CPUs",
        "",
        "| test | outcome | passing | failing | invalid | seconds | stopped because |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    failures: list[TestRun] = []
    for run in runs:
        for test in run.tests.values():
            lines.append(f"| `{test.name.split('::')[-1]}` | {test.outcome} | {test.passing:,} | {test.failing:,} |"
                         f" {test.invalid:,} | {test.seconds:.0f} | {test.stopped} |")
            if test.failure:
                failures.append(test)
    lines += ["", "Per file: " + "; ".join(f"`{Path(r.path).name}`: {r.summary}" for r in runs), ""]
    if failures:
        lines += ["## Failures", ""]
        for test in failures:
            lines += [f"### `{test.name}`", "", "```", test.failure.strip() or "(see the run's output)", "```", ""]
    else:
        lines += ["No failure: no exception escaped and every offset indexed its text.", ""]
    out.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "fuzz.md")
    args = parser.parse_args()

    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    processes = [(path, time.perf_counter(), run_file(path, args.examples)) for path in FILES]
    runs = []
    for path, began, process in processes:
        output, _ = process.communicate()
        log = Path(tempfile.gettempdir()) / f"releasepipe-fuzz-{Path(path).stem}.log"
        log.write_text(output, encoding="utf-8")
        runs.append(parse(path, output, time.perf_counter() - began))
        print(f"{path}: {runs[-1].summary} (full output: {log})")
    write_report(runs, args.examples, args.out, started, time.perf_counter() - t0)
    print(f"report: {args.out}")
    failed = any(t.outcome in ("FAILED", "ERROR") for r in runs for t in r.tests.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
