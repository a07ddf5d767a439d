"""Shared fixtures: the repository's samples, a model-free pipeline, the measurement corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from releasepipe.pipeline import PipelineConfig

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def rules_only() -> PipelineConfig:
    """A pipeline with no spaCy model: fast, for tests about I/O and errors."""
    return PipelineConfig.from_dict({"name": "rules-only", "stages": ["language", "anatomy"]}, source="<test>")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The measurement corpus beside the repository; tests using it skip without it."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("measurement corpus ../shared/corpus not present")
    return corpus
