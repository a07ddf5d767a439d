"""The README's quick start is what CI runs, and its two commands stay two."""

import re

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_docs_quick_start_has_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert commands[0].endswith("releasepipe run samples --out out")
    assert commands[1].endswith("pytest")


def test_docs_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()
