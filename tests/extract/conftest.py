"""Fixtures for the extractor tests: the default pipeline's models, loaded once."""

from __future__ import annotations

import pytest

from releasepipe import models
from releasepipe.extract import entities
from releasepipe.pipeline import load_pipeline


@pytest.fixture(scope="session")
def pipelines() -> dict:
    """fr, en and es models, loaded and configured as a run loads them (skipped when absent)."""
    config = load_pipeline("default", check_models=False)
    loaded = {}
    for lang in ("fr", "en", "es"):
        name = config.models[lang]
        if name in models.installed():
            nlp = models.load(name, exclude=config.exclude)
            entities.configure(nlp, lang)
            loaded[lang] = nlp
    return loaded
