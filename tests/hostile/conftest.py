"""Fixtures of the hostile corpus; the builders are in hostile_corpus.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests import hostile_corpus (pytest runs in importlib mode)

from hostile_corpus import bomb_member, package  # noqa: E402


@pytest.fixture(scope="session")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 1 MB .docx whose document.xml inflates to 1 GiB (honest headers)."""
    path = tmp_path_factory.mktemp("bomb") / "bombe.docx"
    path.write_bytes(package(bomb_member()))
    return path


@pytest.fixture(scope="session")
def big_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 40 MB text file of ordinary lines."""
    path = tmp_path_factory.mktemp("big") / "gros fichier.txt"
    line = "Niamey, le 14 octobre 2024 – le programme a aidé 3 200 personnes.\n".encode()
    path.write_bytes(line * (40 * 1024 * 1024 // len(line) + 1))
    return path
