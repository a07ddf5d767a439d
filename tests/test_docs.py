"""The README's quick start is what CI runs, and its two commands stay two."""

import re

import pytest

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


def test_docs_api_reference_builds_from_the_docstrings(tmp_path):
    """The API reference (README: `python -m pdoc …`) builds offline, and documents the public names."""
    import subprocess
    import sys

    pytest.importorskip("pdoc")
    modules = ["releasepipe", "releasepipe.api", "releasepipe.model", "releasepipe.linking", "releasepipe.pipeline",
               "releasepipe.errors"]
    subprocess.run([sys.executable, "-m", "pdoc", "--no-search", *modules, "-o", str(tmp_path)], check=True,
                   capture_output=True)
    api = (tmp_path / "releasepipe" / "api.html").read_text(encoding="utf-8")
    for name in ("Pipeline", "process_text", "load", "pipe"):
        assert f'id="{name}"' in api or f'id="Pipeline.{name}"' in api
    model = (tmp_path / "releasepipe" / "model.html").read_text(encoding="utf-8")
    assert 'id="Release.from_dict"' in model and 'id="Release.to_json"' in model


def test_docs_public_api_has_docstrings_with_examples():
    import inspect

    import releasepipe
    from releasepipe import api

    for name in ("load", "process_text", "process_path", "Pipeline"):
        doc = inspect.getdoc(getattr(api, name)) or ""
        assert ">>>" in doc, name
    for name in ("process_text", "process_path", "pipe"):
        assert ">>>" in (inspect.getdoc(getattr(api.Pipeline, name)) or ""), name
    for name in dir(releasepipe):
        if not name.startswith("_"):
            assert inspect.getdoc(getattr(releasepipe, name)), name


def test_docs_languages_section_and_pack_schema():
    """The README says what `releasepipe languages` shows and how to add a language; docs/languages.md
    describes every concern of the pack schema."""
    from dataclasses import fields

    from releasepipe.lang import base

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Languages\n", 1)[1].split("\n## ", 1)[0]
    for needed in ("releasepipe languages", "src/releasepipe/lang/<code>.py", "tests/lang/<code>/", "RP215",
                   "docs/languages.md"):
        assert needed in section, needed
    assert "releasepipe languages [--json] [--pipeline NAME|PATH]" in readme
    schema = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    for concern in base.CONCERNS:
        words = type(getattr(base.Pack("xx"), concern))
        assert f"`{concern}`" in schema and f"`{words.__name__}`" in schema, concern
        assert all(f"`{f.name}`" in schema for f in fields(words)), concern
